// SPDX-License-Identifier: MIT
// parsed_error.hpp alone (standard library only), under the strict warnings of CMakeLists.txt.
#include <wa_errors/parsed_error.hpp>

#include <cstddef>

std::size_t strict_parsed_error() {
    wa_errors::payload::parse_result result;
    wa_errors::payload::parsed_error error;
    error.context.recipient_id = "15550001";
    result.errors.push_back(error);
    return result.errors.size() + (result.status == wa_errors::payload::parse_status::ok ? 1U : 0U);
}
