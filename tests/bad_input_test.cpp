// SPDX-License-Identifier: MIT
// Hostile and odd inputs: each has one clear, documented outcome.
#include <climits>
#include <string>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

TEST_CASE("codes outside Meta's range are unknown, never UB") {
    CHECK(find(-1) == nullptr);
    CHECK(find(LLONG_MIN) == nullptr);
    CHECK(find(LLONG_MAX) == nullptr);
    CHECK(find(1LL << 62) == nullptr);
    CHECK(find((1LL << 32) + 131047) == nullptr);  // would alias 131047 if truncated to 32 bits
    CHECK(find(2147483648LL) == nullptr);
}

TEST_CASE("code 0 is Meta's AuthException") { CHECK(find(0)->id == "meta.0"); }

TEST_CASE("an unknown code falls back to its HTTP status") {
    const long long unknown = 987654;
    REQUIRE(find(unknown) == nullptr);
    CHECK(classify(error_ref(0, unknown)).id == "generic.unknown");
    CHECK(classify(error_ref(200, unknown)).id == "generic.unknown");
    CHECK(classify(error_ref(404, unknown)).id == "generic.http_4xx");
    CHECK(classify(error_ref(429, unknown)).id == "generic.http_429");
    CHECK(classify(error_ref(503, unknown)).id == "generic.http_503");
    CHECK(classify(error_ref(507, unknown)).id == "generic.http_5xx");
    CHECK(classify(error_ref(999, unknown)).id == "generic.unknown");
    CHECK(classify(error_ref(-500, unknown)).id == "generic.unknown");
    CHECK(classify(error_ref(INT_MAX, -1, -1)).id == "generic.unknown");
}

TEST_CASE("statuses that are not errors classify as unknown") {
    CHECK(classify(error_ref(200)).id == "generic.unknown");
    CHECK(classify(error_ref(302)).id == "generic.unknown");
    CHECK(classify(error_ref(100)).id == "generic.unknown");
}

TEST_CASE("empty texts select the variant-free entry") {
    CHECK(classify(error_ref(403, 1005)).id == "meta.1005");
    CHECK(classify(error_ref(0, 131053)).id == "meta.131053");
}

TEST_CASE("binary and invalid UTF-8 messages are searched byte by byte") {
    const std::string binary("\xff\xfe\x00\x80registration timeout\xc3", 25);
    CHECK(classify(error_ref(403, 1005, {}, binary, binary, binary)).id == "meta.1005.registration_timeout");
    const std::string garbage("\x00\x01\x02\xff\xc0\xaf", 6);
    CHECK(classify(error_ref(403, 1005, {}, garbage, garbage, garbage)).id == "meta.1005");
    CHECK(classify(error_ref(0, {}, {}, garbage, garbage, garbage)).id == "generic.unknown");
}

TEST_CASE("a fragment interrupted by a non-ASCII byte does not match") {
    CHECK(classify(error_ref(400, {}, {}, "lack\xc2\xa0of payment")).id == "generic.http_4xx");
    CHECK(classify(error_ref(400, {}, {}, "LACK OF PAYMENT")).id == "360dialog.lack_of_payment");
}

TEST_CASE("a huge message is searched only in its first 64 KiB") {
    std::string huge(200 * 1024, 'a');
    huge.replace(100, 20, "registration timeout");
    CHECK(classify(error_ref(403, 1005, {}, huge)).id == "meta.1005.registration_timeout");
    std::string late(200 * 1024, 'a');
    late.replace(100 * 1024, 20, "registration timeout");
    CHECK(classify(error_ref(403, 1005, {}, late)).id == "meta.1005");
}

TEST_CASE("a message shorter than every fragment matches nothing") {
    CHECK(classify(error_ref(400, {}, {}, "x")).id == "generic.http_4xx");
}

TEST_CASE("subcodes outside Meta's range are unknown, never UB") {
    CHECK(find(100, -1) == nullptr);
    CHECK(find(100, LLONG_MIN) == nullptr);
    CHECK(find(100, LLONG_MAX) == nullptr);
    CHECK(find(LLONG_MAX, 2388072) == nullptr);
    CHECK(find((1LL << 32) + 2388072) == nullptr);  // would alias the subcode if truncated to 32 bits
    CHECK(classify(error_ref(400, 100, (1LL << 32) + 2388072)).id == "meta.100");
    CHECK(classify(error_ref(400, LLONG_MIN, LLONG_MIN)).id == "generic.http_4xx");
}

TEST_CASE("hostile recipients are not phone numbers") {
    const std::string binary("\x00\x31\xff", 3);
    CHECK(classify(error_ref(400, 131049, {}, "", "", "", binary)).id == "meta.131049");
    const std::string huge(1 << 20, '1');
    CHECK(classify(error_ref(400, 131049, {}, "", "", "", huge)).id == "meta.131049");
}
