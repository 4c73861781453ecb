// parse_business_use_case_usage: Meta's X-Business-Use-Case-Usage header.
#include <chrono>

#include <wa_errors/json.hpp>

#include "catch.hpp"

using std::chrono::seconds;
using wa_errors::json::parse_business_use_case_usage;

TEST_CASE("the longest announced wait across businesses and types is returned") {
    const char* header =
        R"({"102290129340398":[{"type":"whatsapp_business_management","call_count":95,"total_cputime":20,"total_time":25,"estimated_time_to_regain_access":0},{"type":"whatsapp_business_messaging","call_count":100,"total_cputime":100,"total_time":100,"estimated_time_to_regain_access":7}],"998877":[{"type":"whatsapp_business_messaging","call_count":100,"estimated_time_to_regain_access":12}]})";
    CHECK(parse_business_use_case_usage(header) == seconds(12 * 60));
}

TEST_CASE("no announced wait means 0") {
    CHECK(
        parse_business_use_case_usage(
            R"({"1":[{"type":"x","call_count":28,"total_cputime":25,"total_time":25,"estimated_time_to_regain_access":0}]})") ==
        seconds(0));
    CHECK(parse_business_use_case_usage(R"({"1":[{"type":"x","call_count":28}]})") == seconds(0));
}

TEST_CASE("a business given as one object instead of a list is read too") {
    CHECK(parse_business_use_case_usage(R"({"1":{"type":"x","estimated_time_to_regain_access":"3"}})") == seconds(180));
}

TEST_CASE("malformed headers give nullopt") {
    for (const char* header :
         {"", "   ", "not json", "[]", "{}", "42", R"({"1": 5})", R"({"1":[1,2]})", "{\"1\":[{\"a\":1}"}) {
        INFO(header);
        CHECK_FALSE(parse_business_use_case_usage(header).has_value());
    }
}

TEST_CASE("absurd waits are capped at a year and negative ones ignored") {
    CHECK(parse_business_use_case_usage(R"({"1":[{"estimated_time_to_regain_access":1e30}]})") == seconds(0));
    CHECK(parse_business_use_case_usage(R"({"1":[{"estimated_time_to_regain_access":99999999999}]})") ==
          seconds(60LL * 24 * 366 * 60));
    CHECK(parse_business_use_case_usage(R"({"1":[{"estimated_time_to_regain_access":-5}]})") == seconds(0));
}
