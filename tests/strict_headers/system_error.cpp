// SPDX-License-Identifier: MIT
// system_error.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/system_error.hpp>

#include <string>
#include <system_error>

std::string strict_system_error(int value) {
    const std::error_code ec = wa_errors::make_error_code(*wa_errors::find(131047));
    const std::error_code other(value, wa_errors::dialog360_category());
    const bool rate_limited = other == wa_errors::category::rate_limit || ec == wa_errors::retry_kind::throttle;
    const wa_errors::error_info* back = wa_errors::find(ec);
    return rate_limited || back == nullptr ? other.message() : ec.message() + ec.category().name();
}
