// SPDX-License-Identifier: MIT
#include "numbers.hpp"

namespace wa_errors_cli {

std::optional<long long> parse_whole(std::string_view text, long long low, long long high) {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (text.empty() || text.size() > 18) return std::nullopt;
    long long value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (negative) value = -value;
    if (value < low || value > high) return std::nullopt;
    return value;
}

std::optional<double> parse_fraction(std::string_view text) {
    if (text.empty() || text.size() > 32 || (text[0] != '0' && text[0] != '1')) return std::nullopt;
    double value = text[0] - '0';
    if (text.size() > 1) {
        if (text[1] != '.' || text.size() == 2) return std::nullopt;
        double scale = 0.1;
        for (std::size_t i = 2; i < text.size(); ++i, scale /= 10) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value += (text[i] - '0') * scale;
        }
    }
    if (value > 1.0) return std::nullopt;
    return value;
}

}  // namespace wa_errors_cli
