// SPDX-License-Identifier: MIT
// payload/usage.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/usage.hpp>

#include <chrono>
#include <string_view>

bool strict_payload_usage(std::string_view business, std::string_view app) {
    const wa_errors::payload::usage_report report = wa_errors::payload::parse_usage(business, app);
    return report.status == wa_errors::payload::usage_status::ok && report.highest() >= 0.0 &&
           report.longest_regain() >= std::chrono::milliseconds(0) && !report.hint().says_stop();
}
