// SPDX-License-Identifier: MIT
// payload/text.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/text.hpp>

#include <cstddef>
#include <string_view>

std::size_t strict_payload_text(std::string_view body) {
    namespace detail = wa_errors::payload::detail;
    const auto fixed = detail::repaired(body);
    const auto code = detail::code_from_text(" 131047 ");
    const auto from_message = detail::code_from_message("(#130429) Rate limit hit");
    const auto number = detail::code_from_number(1.0e3);
    const auto big = detail::code_from_unsigned(18446744073709551615ULL);
    return detail::utf8_prefix(body, 10).size() + (fixed ? fixed->size() : 0U) +
           static_cast<std::size_t>(detail::http_status_from(code)) + (from_message && number && !big ? 1U : 0U);
}
