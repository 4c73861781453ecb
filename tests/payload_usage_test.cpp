// SPDX-License-Identifier: MIT
// payload::parse_usage: Meta's X-Business-Use-Case-Usage and X-App-Usage headers.
#include <chrono>
#include <string>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/usage.hpp>

#include "catch.hpp"

using namespace std::chrono_literals;
using wa_errors::server_hint;
using wa_errors::payload::parse_usage;
using wa_errors::payload::usage_status;

TEST_CASE("every business id and type is reported with its percentages and regain time") {
    const auto r = parse_usage(
        R"({"102290129340398":[{"type":"whatsapp_business_management","call_count":95,"total_cputime":20,"total_time":25,"estimated_time_to_regain_access":0},{"type":"whatsapp_business_messaging","call_count":100,"total_cputime":100,"total_time":100,"estimated_time_to_regain_access":7}],"998877":[{"type":"whatsapp_business_messaging","call_count":100,"estimated_time_to_regain_access":12}]})");
    REQUIRE(r.status == usage_status::ok);
    REQUIRE(r.levels.size() == 3);
    CHECK(r.levels[0].business_id == "102290129340398");
    CHECK(r.levels[0].type == "whatsapp_business_management");
    CHECK(r.levels[0].call_count == 95);
    CHECK(r.levels[0].total_cputime == 20);
    CHECK(r.levels[0].total_time == 25);
    CHECK(r.levels[1].regain == 7min);
    CHECK(r.levels[2].business_id == "998877");
    CHECK(r.longest_regain() == 12min);
    CHECK(r.highest() == 100);
    CHECK(r.hint() == server_hint::wait_for(12min));
}

TEST_CASE("regain times may be fractional minutes or numeric text") {
    CHECK(parse_usage(R"({"1":[{"type":"x","estimated_time_to_regain_access":0.5}]})").longest_regain() == 30s);
    CHECK(parse_usage(R"({"1":{"type":"x","estimated_time_to_regain_access":"3"}})").longest_regain() == 3min);
    CHECK(parse_usage(R"({"1":{"type":"x","call_count":"87.5"}})").levels.at(0).call_count == 87.5);
}

TEST_CASE("usage at 100 % without a regain time is not idle: a one-minute wait") {
    const auto r = parse_usage(R"({"1":[{"type":"x","call_count":100,"estimated_time_to_regain_access":0}]})");
    CHECK(r.hint() == server_hint::wait_for(wa_errors::payload::saturated_wait));
    CHECK(parse_usage(R"({"1":[{"type":"x","call_count":99,"total_time":40}]})").hint() == server_hint::none());
}

TEST_CASE("X-App-Usage is one level of type app") {
    const auto r = parse_usage("", R"({"call_count":28,"total_time":25,"total_cputime":100})");
    REQUIRE(r.levels.size() == 1);
    CHECK(r.levels[0].type == "app");
    CHECK(r.levels[0].business_id.empty());
    CHECK(r.levels[0].total_cputime == 100);
    CHECK(r.hint() == server_hint::wait_for(60s));
}

TEST_CASE("duplicate business ids and types are merged by maximum") {
    const auto r = parse_usage(
        R"({"1":[{"type":"x","call_count":10,"total_time":90}],"1":[{"type":"x","call_count":50,"total_time":5,"estimated_time_to_regain_access":2}]})");
    REQUIRE(r.levels.size() == 1);
    CHECK(r.levels[0].call_count == 50);
    CHECK(r.levels[0].total_time == 90);
    CHECK(r.levels[0].regain == 2min);
}

TEST_CASE("header values joined from repeated lines, and folded lines, are read") {
    const auto joined = parse_usage(R"({"1":[{"type":"x","call_count":10}]}, {"2":[{"type":"x","call_count":20}]})");
    CHECK(joined.levels.size() == 2);
    const auto folded = parse_usage("{\"1\":[{\"type\":\"x\",\r\n \"call_count\":10}]}");
    CHECK(folded.levels.size() == 1);
}

TEST_CASE("absurd values are capped, not zeroed, and negative ones ignored") {
    const auto huge = parse_usage(R"({"1":[{"type":"x","call_count":1e30,"estimated_time_to_regain_access":1e30}]})");
    CHECK(huge.levels.at(0).call_count == wa_errors::payload::max_usage_percent);
    CHECK(huge.longest_regain() == wa_errors::payload::max_regain);
    const auto negative = parse_usage(R"({"1":[{"type":"x","call_count":-5,"estimated_time_to_regain_access":-5}]})");
    CHECK(negative.levels.at(0).call_count == 0);
    CHECK(negative.longest_regain() == 0s);
}

TEST_CASE("malformed or absent headers say so") {
    CHECK(parse_usage("").status == usage_status::absent);
    CHECK(parse_usage("   ").status == usage_status::absent);
    for (const char* header : {"not json", "[]", "{}", "42", R"({"1": 5})", R"({"1":[1,2]})", "{\"1\":[{\"a\":1}"}) {
        INFO(header);
        CHECK(parse_usage(header).status == usage_status::malformed);
    }
    CHECK(parse_usage(std::string(100000, ' ') + "{}").status == usage_status::malformed);  // over 64 KiB
    const std::string deep = R"({"1":)" + std::string(100, '[') + std::string(100, ']') + "}";
    CHECK(parse_usage(deep).status == usage_status::malformed);
}
