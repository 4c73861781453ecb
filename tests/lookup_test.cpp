// SPDX-License-Identifier: MIT
// lookup.hpp: find by code and id, and classify's order of precedence (docs/concepts.md, "Lookup").
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

namespace {

std::string_view classified(error_ref ref) { return classify(ref).id; }

}  // namespace

TEST_CASE("find(code) gives the entry without match") {
    REQUIRE(find(131047) != nullptr);
    CHECK(find(131047)->id == "meta.131047");
    CHECK(find(131053)->id == "meta.131053");
    CHECK(find(1005)->id == "meta.1005");
}

TEST_CASE("find(code) covers Meta's 200-299 permission range") {
    CHECK(find(200)->id == "meta.200_299");
    CHECK(find(250)->id == "meta.200_299");
    CHECK(find(299)->id == "meta.200_299");
    CHECK(find(300) == nullptr);
    CHECK(find(199) == nullptr);
}

TEST_CASE("find(code) falls back to the first variant when every entry has match") {
    const error_info* e = find(2388103);
    REQUIRE(e != nullptr);
    CHECK(e->id == "meta.2388103.migration_failed");
}

TEST_CASE("find(id) finds every id and nothing else") {
    CHECK(find("meta.131047")->code == 131047);
    CHECK(find("360dialog.invalid_api_key")->source == source::dialog360);
    CHECK(find("generic.http_429")->http_status == 429);
    CHECK(find("meta.13104") == nullptr);
    CHECK(find("meta.1310477") == nullptr);
    CHECK(find("META.131047") == nullptr);
    CHECK(find(std::string_view()) == nullptr);
}

TEST_CASE("a known code wins over the HTTP status") {
    CHECK(classified(error_ref(503, 131047)) == "meta.131047");
    CHECK(classified(error_ref(429, 131026)) == "meta.131026");
}

TEST_CASE("match picks a variant from message, title or details, case-insensitively") {
    CHECK(classified(error_ref(403, 1005, {}, "Registration TIMEOUT")) == "meta.1005.registration_timeout");
    CHECK(classified(error_ref(403, 1005, {}, "", "Access denied", "Unknown error: biz_link_info_invalid_payload")) ==
          "meta.1005.biz_link_info_invalid_payload");
    CHECK(classified(error_ref(403, 1005, {}, "", "This number has not been approved for an enterprise")) ==
          "meta.1005.not_approved_for_enterprise");
    CHECK(classified(error_ref(403, 1005, {}, "Access denied", "", "There was an error verifying this phone number")) ==
          "meta.1005.verification_locked");
    CHECK(classified(error_ref(403, 1005, {}, "Access denied", "", "something new")) == "meta.1005");
}

TEST_CASE("a 131053 whose media URL answered 429 or 5xx is transient") {
    const error_info& throttled = classify(
        error_ref(400, 131053, {}, "(#131053) Media upload error", "",
                  "Downloading media from weblink failed with http code 429, status message Too Many Requests"));
    CHECK(throttled.id == "meta.131053.url_throttled");
    CHECK(throttled.retry.kind == retry_kind::backoff);
    const error_info& down = classify(
        error_ref(400, 131053, {}, "Media upload error", "",
                  "Media upload error: Request for url https://x/y.jpg failed with error: 503 (Service Unavailable)"));
    CHECK(down.id == "meta.131053.url_server_error");
    const error_info& missing =
        classify(error_ref(400, 131053, {}, "Media upload error", "",
                           "Request for url https://x/y.jpg failed with error: 404 (Not Found)"));
    CHECK(missing.id == "meta.131053");
    CHECK(missing.retry.kind == retry_kind::never);
}

TEST_CASE("code 200 with 'Provide valid app ID' is the missing token, other 2xx codes are permissions") {
    CHECK(classified(error_ref(400, 200, {}, "Provide valid app ID")) == "meta.200");
    CHECK(classified(error_ref(403, 200, {}, "(#200) Permissions error")) == "meta.200_299");
    CHECK(classified(error_ref(403, 250, {}, "Provide valid app ID")) == "meta.200_299");
}

TEST_CASE("a known subcode stands in for an unknown code") {
    CHECK(classified(error_ref(400, 136023, 2388091, "Request code error")) == "meta.136024.2388091");
    CHECK(classified(error_ref(400, 131047, 2388091)) == "meta.131047");
    CHECK(classified(error_ref(400, 999999, 123456)) == "generic.http_4xx");
}

TEST_CASE("without a code, 360dialog's errors are recognised by their text") {
    CHECK(classified(error_ref(401, {}, {}, "Invalid api_key or token expired")) == "360dialog.invalid_api_key");
    CHECK(classified(error_ref(404, {}, {}, "Invalid api_key or token expired")) == "360dialog.invalid_api_key");
    CHECK(classified(error_ref(400, {}, {}, "You have exceeded the limit of 1 request every 5 seconds.")) ==
          "360dialog.endpoint_rate_limit");
}

TEST_CASE("when several 360dialog texts match, the documented HTTP status decides") {
    // "Internal server error" appears in both; the 502 entry is not about it, so 500 decides.
    CHECK(classified(error_ref(502, {}, {}, "WhatsApp for Business API not available")) ==
          "360dialog.api_not_available");
    CHECK(classified(error_ref(500, {}, {}, "Internal server error: WhatsApp for Business API not available")) ==
          "360dialog.internal_server_error");
    CHECK(classified(error_ref(502, {}, {}, "Internal server error: WhatsApp for Business API not available")) ==
          "360dialog.api_not_available");
}

TEST_CASE("an unknown code is not matched against 360dialog texts") {
    CHECK(classified(error_ref(400, 777777, {}, "You have exceeded the endpoint rate limit.")) == "generic.http_4xx");
}

TEST_CASE("with nothing else to go on, the HTTP status chooses a generic entry") {
    CHECK(classified(error_ref(429)) == "generic.http_429");
    CHECK(classified(error_ref(401)) == "generic.http_401");
    CHECK(classified(error_ref(403)) == "generic.http_403");
    CHECK(classified(error_ref(408)) == "generic.http_408");
    CHECK(classified(error_ref(500)) == "generic.http_5xx");
    CHECK(classified(error_ref(502)) == "generic.http_502");
    CHECK(classified(error_ref(501)) == "generic.http_5xx");
    CHECK(classified(error_ref(599)) == "generic.http_5xx");
    CHECK(classified(error_ref(400)) == "generic.http_4xx");
    CHECK(classified(error_ref(404)) == "generic.http_4xx");
    CHECK(classified(error_ref(0)) == "generic.unknown");
}

TEST_CASE("catalog() lists every entry once, in catalog order") {
    const auto& all = catalog();
    CHECK(std::size(all) >= 130);
    CHECK(all[0].id == "360dialog.api_disabled");
    CHECK(!catalog_version().empty());
}

TEST_CASE("an entry for the exact (code, subcode) pair wins over the code's entries") {
    CHECK(classified(error_ref(400, 100, 2388072, "(#100) Invalid parameter")) == "meta.100.2388072");
    CHECK(classified(error_ref(400, 136024, 2388091, "Request code error")) == "meta.136024.2388091");
    CHECK(classified(error_ref(400, 100, 123456, "(#100) Invalid parameter")) == "meta.100");
    CHECK(classified(error_ref(400, 100, {}, "(#100) Invalid parameter")) == "meta.100");
}

TEST_CASE("a number known only as a subcode is found as if it were a code") {
    REQUIRE(find(2388072) != nullptr);
    CHECK(find(2388072)->id == "meta.100.2388072");
    CHECK(classified(error_ref(400, 2388072)) == "meta.100.2388072");
    CHECK(classified(error_ref(400, 777777, 2388072)) == "meta.100.2388072");
    CHECK(find(33)->id == "meta.33");  // a real code stays itself
}

TEST_CASE("find(code, subcode) finds exactly the pair") {
    REQUIRE(find(100, 2388019) != nullptr);
    CHECK(find(100, 2388019)->id == "meta.100.2388019");
    CHECK(find(100, 33)->id == "meta.100.33");
    CHECK(find(131047, 2388019) == nullptr);
    CHECK(find(100, 131047) == nullptr);
    CHECK(find(100, -1) == nullptr);
    CHECK(find(-1, 2388019) == nullptr);
    CHECK(find(100, 1LL << 40) == nullptr);
}

TEST_CASE("131049 to a US number (+1) is permanent, to others it waits 24 hours") {
    const char* us[] = {"16505551234", "+16505551234", "+1 650 555 1234", "+1 (650) 555-1234", " 1-650-555-1234"};
    for (const char* recipient : us) {
        INFO(recipient);
        const error_info& e = classify(error_ref(400, 131049, {}, "Message failed to send", "", "", recipient));
        CHECK(e.id == "meta.131049.us_recipient");
        CHECK(e.retry.kind == retry_kind::never);
        CHECK(e.retry.outcome == retry_outcome::accepted);
    }
    const char* others[] = {"",  "447700900123", "+44 7700 900123", "+5511987654321", "US.13491208655302741918", "1a",
                            "+", "++16505551234"};
    for (const char* recipient : others) {
        INFO(recipient);
        const error_info& e = classify(error_ref(400, 131049, {}, "Message failed to send", "", "", recipient));
        CHECK(e.id == "meta.131049");
        CHECK(e.retry.min_delay_ms >= 24LL * 3600 * 1000);
    }
}

TEST_CASE("a recipient is never searched beyond what a phone number can be") {
    const std::string long_ones(100, '1');
    CHECK(classified(error_ref(400, 131049, {}, "", "", "", long_ones)) == "meta.131049");
    const std::string formatted = "+1 " + std::string(40, ' ') + "650";  // 46 characters
    CHECK(classified(error_ref(400, 131049, {}, "", "", "", formatted)) == "meta.131049.us_recipient");
}

TEST_CASE("the recipient matters only for entries that have a recipient_prefix") {
    CHECK(classified(error_ref(400, 131047, {}, "", "", "", "+16505551234")) == "meta.131047");
    CHECK(classified(error_ref(400, 131026, {}, "", "", "", "+16505551234")) == "meta.131026");
}
