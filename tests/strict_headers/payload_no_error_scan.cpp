// SPDX-License-Identifier: MIT
// payload/no_error_scan.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/no_error_scan.hpp>

#include <string_view>

bool strict_payload_no_error_scan(std::string_view body) { return wa_errors::payload::detail::proves_no_error(body); }
