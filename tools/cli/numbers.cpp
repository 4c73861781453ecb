// SPDX-License-Identifier: MIT
#include "numbers.hpp"

#include <wa_errors/detail/text.hpp>

namespace wa_errors_cli {

std::optional<long long> parse_whole(std::string_view text, long long low, long long high) {
    const auto value = wa_errors::detail::parse_integer(text);
    if (!value || *value < low || *value > high) return std::nullopt;
    return value;
}

std::optional<double> parse_fraction(std::string_view text) {
    // "0" or "1", then a point and digits: not ".5", "1." or "00.5".
    if (text.empty() || (text[0] != '0' && text[0] != '1') || (text.size() > 1 && text[1] != '.') || text.back() == '.')
        return std::nullopt;
    const auto value = wa_errors::detail::parse_decimal(text);
    if (!value || *value > 1.0) return std::nullopt;
    return value;
}

}  // namespace wa_errors_cli
