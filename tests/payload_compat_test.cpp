// SPDX-License-Identifier: MIT
// json.hpp, the deprecated name of payload.hpp, still forwards to it.
#include <chrono>

#include <wa_errors/json.hpp>

#include "catch.hpp"

TEST_CASE("the deprecated wa_errors::json names forward to wa_errors::payload") {
    const wa_errors::json::parse_result r = wa_errors::json::parse(R"({"error":{"code":131047}})", 400);
    CHECK(r.status == wa_errors::json::parse_status::ok);
    CHECK(r.errors.at(0).info->id == "meta.131047");
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    CHECK(wa_errors::json::parse_business_use_case_usage(R"({"1":[{"estimated_time_to_regain_access":12}]})") ==
          std::chrono::seconds(720));
    CHECK_FALSE(wa_errors::json::parse_business_use_case_usage("garbage").has_value());
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}
