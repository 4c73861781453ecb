// SPDX-License-Identifier: MIT
// payload.hpp, the payload parser's umbrella, alone under the strict warnings of CMakeLists.txt
// (parse_response and parse_usage have headers of their own: payload_response.cpp, payload_usage.cpp).
#include <wa_errors/payload.hpp>

#include <string_view>

bool strict_payload(std::string_view body) {
    const wa_errors::payload::parse_result parsed = wa_errors::payload::parse(body, 400);
    return parsed.status == wa_errors::payload::parse_status::ok && !parsed.errors.empty() &&
           parsed.errors.front().info != nullptr;
}
