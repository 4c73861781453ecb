// lookup.hpp: find by code and id, and classify's order of precedence (DESIGN §5).
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
    CHECK(classified({503, 131047, {}, "", "", ""}) == "meta.131047");
    CHECK(classified({429, 131026, {}, "", "", ""}) == "meta.131026");
}

TEST_CASE("match picks a variant from message, title or details, case-insensitively") {
    CHECK(classified({403, 1005, {}, "Registration TIMEOUT", "", ""}) == "meta.1005.registration_timeout");
    CHECK(classified({403, 1005, {}, "", "Access denied", "Unknown error: biz_link_info_invalid_payload"}) ==
          "meta.1005.biz_link_info_invalid_payload");
    CHECK(classified({403, 1005, {}, "", "This number has not been approved for an enterprise", ""}) ==
          "meta.1005.not_approved_for_enterprise");
    CHECK(classified({403, 1005, {}, "Access denied", "", "There was an error verifying this phone number"}) ==
          "meta.1005.verification_locked");
    CHECK(classified({403, 1005, {}, "Access denied", "", "something new"}) == "meta.1005");
}

TEST_CASE("a 131053 whose media URL answered 429 or 5xx is transient") {
    const error_info& throttled =
        classify({400,
                  131053,
                  {},
                  "(#131053) Media upload error",
                  "",
                  "Downloading media from weblink failed with http code 429, status message Too Many Requests"});
    CHECK(throttled.id == "meta.131053.url_throttled");
    CHECK(throttled.retry.kind == retry_kind::backoff);
    const error_info& down =
        classify({400,
                  131053,
                  {},
                  "Media upload error",
                  "",
                  "Media upload error: Request for url https://x/y.jpg failed with error: 503 (Service Unavailable)"});
    CHECK(down.id == "meta.131053.url_server_error");
    const error_info& missing = classify({400,
                                          131053,
                                          {},
                                          "Media upload error",
                                          "",
                                          "Request for url https://x/y.jpg failed with error: 404 (Not Found)"});
    CHECK(missing.id == "meta.131053");
    CHECK(missing.retry.kind == retry_kind::never);
}

TEST_CASE("code 200 with 'Provide valid app ID' is the missing token, other 2xx codes are permissions") {
    CHECK(classified({400, 200, {}, "Provide valid app ID", "", ""}) == "meta.200");
    CHECK(classified({403, 200, {}, "(#200) Permissions error", "", ""}) == "meta.200_299");
    CHECK(classified({403, 250, {}, "Provide valid app ID", "", ""}) == "meta.200_299");
}

TEST_CASE("a known subcode stands in for an unknown code") {
    CHECK(classified({400, 136024, 2388091, "Request code error", "", ""}) == "meta.2388091");
    CHECK(classified({400, 131047, 2388091, "", "", ""}) == "meta.131047");
    CHECK(classified({400, 999999, 123456, "", "", ""}) == "generic.http_4xx");
}

TEST_CASE("without a code, 360dialog's errors are recognised by their text") {
    CHECK(classified({401, {}, {}, "Invalid api_key or token expired", "", ""}) == "360dialog.invalid_api_key");
    CHECK(classified({404, {}, {}, "Invalid api_key or token expired", "", ""}) == "360dialog.invalid_api_key");
    CHECK(classified({400, {}, {}, "You have exceeded the limit of 1 request every 5 seconds.", "", ""}) ==
          "360dialog.endpoint_rate_limit");
}

TEST_CASE("when several 360dialog texts match, the documented HTTP status decides") {
    // "Internal server error" appears in both; the 502 entry is not about it, so 500 decides.
    CHECK(classified({502, {}, {}, "WhatsApp for Business API not available", "", ""}) ==
          "360dialog.api_not_available");
    CHECK(classified({500, {}, {}, "Internal server error: WhatsApp for Business API not available", "", ""}) ==
          "360dialog.internal_server_error");
    CHECK(classified({502, {}, {}, "Internal server error: WhatsApp for Business API not available", "", ""}) ==
          "360dialog.api_not_available");
}

TEST_CASE("an unknown code is not matched against 360dialog texts") {
    CHECK(classified({400, 777777, {}, "You have exceeded the endpoint rate limit.", "", ""}) == "generic.http_4xx");
}

TEST_CASE("with nothing else to go on, the HTTP status chooses a generic entry") {
    CHECK(classified({429, {}, {}, "", "", ""}) == "generic.http_429");
    CHECK(classified({401, {}, {}, "", "", ""}) == "generic.http_401");
    CHECK(classified({403, {}, {}, "", "", ""}) == "generic.http_403");
    CHECK(classified({408, {}, {}, "", "", ""}) == "generic.http_408");
    CHECK(classified({500, {}, {}, "", "", ""}) == "generic.http_5xx");
    CHECK(classified({502, {}, {}, "", "", ""}) == "generic.http_5xx");
    CHECK(classified({599, {}, {}, "", "", ""}) == "generic.http_5xx");
    CHECK(classified({400, {}, {}, "", "", ""}) == "generic.http_4xx");
    CHECK(classified({404, {}, {}, "", "", ""}) == "generic.http_4xx");
    CHECK(classified({0, {}, {}, "", "", ""}) == "generic.unknown");
}

TEST_CASE("catalog() lists every entry once, in catalog order") {
    const auto& all = catalog();
    CHECK(std::size(all) >= 130);
    CHECK(all[0].id == "360dialog.api_disabled");
    CHECK(!catalog_version().empty());
}
