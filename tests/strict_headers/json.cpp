// SPDX-License-Identifier: MIT
// json.hpp (the deprecated names of 0.1) alone, under the strict warnings of CMakeLists.txt.
// Its one function is [[deprecated]]: calling it would be a warning by design, so only the
// names it brings back are used.
#include <wa_errors/json.hpp>

#include <string_view>

bool strict_json(std::string_view body) {
    const wa_errors::json::parse_result result = wa_errors::json::parse(body);
    return result.status == wa_errors::json::parse_status::no_error_found;
}
