// SPDX-License-Identifier: MIT
// Numbers as wa-errors accepts them on its command line and in pasted text: plain decimal only.
// Stricter than std::stoll or CLI11's conversion, which also take "0x10", "1e3" or " 7".
#pragma once

#include <optional>
#include <string_view>

namespace wa_errors_cli {

// A whole decimal number within [low, high]: digits, after a '-' for a negative one. At most
// 18 digits, so it cannot overflow.
std::optional<long long> parse_whole(std::string_view text, long long low, long long high);

// A decimal fraction within [0, 1] ("0", "0.25", "1", "1.0"); no sign, exponent or spaces.
std::optional<double> parse_fraction(std::string_view text);

}  // namespace wa_errors_cli
