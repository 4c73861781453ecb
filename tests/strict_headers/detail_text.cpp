// SPDX-License-Identifier: MIT
// detail/text.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/detail/text.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

std::size_t strict_detail_text(std::string_view text) {
    namespace detail = wa_errors::detail;
    std::string out;
    const long escape = detail::unicode_escape(text, 0);
    if (escape >= 0 && !detail::is_high_surrogate(escape) && !detail::is_low_surrogate(escape))
        detail::append_utf8(out, static_cast<std::uint32_t>(escape));
    const auto integer = detail::parse_integer(detail::trim(text));
    const auto decimal = detail::parse_decimal(detail::trim(text, " \t\r\n"));
    const bool header = detail::equal_ignoring_ascii_case(text, "Retry-After");
    return out.size() + detail::utf8_sequence_length(text, 0) + detail::read_digits(text, 4).count +
           (integer && decimal && header ? 1U : 0U) + static_cast<std::size_t>(detail::ascii_lower('A'));
}
