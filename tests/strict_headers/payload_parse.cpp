// SPDX-License-Identifier: MIT
// payload/parse.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/parse.hpp>

#include <cstddef>
#include <string_view>

std::size_t strict_payload_parse(std::string_view body) { return wa_errors::payload::parse(body).errors.size(); }
