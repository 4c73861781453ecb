// SPDX-License-Identifier: MIT
// retry_after.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/retry_after.hpp>

#include <chrono>

bool strict_retry_after() {
    const auto now = std::chrono::system_clock::now();
    const auto wait = wa_errors::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT, 120", now);
    const auto against_date =
        wa_errors::parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:30 1994", now);
    return wait.has_value() && against_date.has_value() && wa_errors::parse_http_date("garbage", now) == std::nullopt;
}
