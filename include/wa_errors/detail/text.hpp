// SPDX-License-Identifier: MIT
// wa_errors internals: the small text routines every layer needs, written once: ASCII digits and
// case, trimming, decimal numbers, UTF-8 sequences and JSON's \u escapes. Standard library only;
// nothing here allocates but append_utf8, throws or depends on the locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "../version.hpp"
#include "ascii.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

// Equal but for ASCII case (header names, which HTTP compares case-insensitively).
constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// `text` without the bytes of `spaces` at either end.
constexpr std::string_view trim(std::string_view text, std::string_view spaces = " \t") noexcept {
    while (!text.empty() && spaces.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
    while (!text.empty() && spaces.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
    return text;
}

// The digits at the start of `text`, at most `max_digits` of them: their value, which stops
// growing at `cap` (so that no run of digits overflows), and how many there were.
struct leading_digits {
    std::uint64_t value = 0;
    std::size_t count = 0;
};
constexpr leading_digits read_digits(std::string_view text, std::size_t max_digits,
                                     std::uint64_t cap = UINT64_MAX) noexcept {
    leading_digits out;
    while (out.count < max_digits && out.count < text.size() && is_ascii_digit(text[out.count])) {
        const auto digit = static_cast<std::uint64_t>(text[out.count++] - '0');
        out.value = out.value > (cap - digit) / 10 ? cap : out.value * 10 + digit;
    }
    return out;
}

// A whole text that is an optional minus and 1 to `max_digits` digits (at most 18, which long
// long always holds), else nothing: a garbled number never reads as another one.
constexpr std::optional<long long> parse_integer(std::string_view text, std::size_t max_digits = 18) noexcept {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (text.empty() || text.size() > max_digits || max_digits > 18) return std::nullopt;
    const leading_digits digits = read_digits(text, max_digits);
    if (digits.count != text.size()) return std::nullopt;
    const auto value = static_cast<long long>(digits.value);
    return negative ? -value : value;
}

// A whole text of at most `max_length` bytes that is digits with an optional fraction ("12",
// "12.5", ".5"), else nothing.
constexpr std::optional<double> parse_decimal(std::string_view text, std::size_t max_length = 32) noexcept {
    if (text.empty() || text.size() > max_length) return std::nullopt;
    double value = 0;
    double scale = 0;  // 0 before the point
    for (char c : text) {
        if (c == '.' && scale == 0) {
            scale = 1;
        } else if (is_ascii_digit(c)) {
            if (scale == 0) {
                value = value * 10 + (c - '0');
            } else {
                scale /= 10;
                value += (c - '0') * scale;
            }
        } else {
            return std::nullopt;
        }
    }
    return value;
}

// The length of the well-formed UTF-8 sequence at text[at] (1 for ASCII), or 0 when it is
// ill-formed: truncated, overlong, a surrogate, beyond U+10FFFF (the rules nlohmann applies).
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return 1;
    const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4 || at + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 0;
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second >= 0x90))
        return 0;
    return length;
}

// The value of a "\uXXXX" escape whose backslash is at text[at], or -1.
constexpr long unicode_escape(std::string_view text, std::size_t at) noexcept {
    if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
    long value = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const char h = text[i];
        const int digit = is_ascii_digit(h)      ? h - '0'
                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                 : -1;
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Appends the code point `code` (at most U+10FFFF, no surrogate) to `out` as UTF-8.
inline void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

constexpr bool is_high_surrogate(long v) noexcept { return v >= 0xD800 && v <= 0xDBFF; }
constexpr bool is_low_surrogate(long v) noexcept { return v >= 0xDC00 && v <= 0xDFFF; }
// The code point a surrogate pair stands for.
constexpr long code_point_of_pair(long high, long low) noexcept {
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
}

}  // namespace detail
WA_ERRORS_END_NAMESPACE
