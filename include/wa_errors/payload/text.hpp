// SPDX-License-Identifier: MIT
// wa_errors::payload internals: numbers given as text, UTF-8 validity, and the one repair pass
// that makes a mangled body readable (invalid UTF-8 bytes and lone surrogate escapes become '?').
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "../detail/text.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// A code given as a string: optional spaces, an optional minus, digits. Anything else (or more
// digits than long long holds) is no code at all, so a garbled code cannot pick a wrong entry.
constexpr std::optional<long long> code_from_text(std::string_view text) noexcept {
    return wa_errors::detail::parse_integer(wa_errors::detail::trim(text));
}

// A code given as a JSON number: integral and within long long, else no code (1e30, 1.5).
inline std::optional<long long> code_from_number(double value) noexcept {
    if (!std::isfinite(value) || value != std::floor(value) || value < -9.2e18 || value > 9.2e18) return std::nullopt;
    return static_cast<long long>(value);
}

constexpr std::optional<long long> code_from_unsigned(std::uint64_t value) noexcept {
    if (value > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())) return std::nullopt;
    return static_cast<long long>(value);
}

// Meta's messages read "(#130429) Rate limit hit": the code, for bodies that lost the field.
constexpr std::optional<long long> code_from_message(std::string_view message) noexcept {
    if (message.substr(0, 2) != "(#") return std::nullopt;
    const std::size_t close = message.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    return code_from_text(message.substr(2, close - 2));
}

// An HTTP status a body reports (360dialog's httpCode): only 100-599 counts, whether it came as
// a number or as text, so "4294967725" cannot wrap around to 429.
constexpr int http_status_from(std::optional<long long> value) noexcept {
    return value && *value >= 100 && *value <= 599 ? static_cast<int>(*value) : 0;
}

// Bytes that stand for themselves inside a JSON string: printable ASCII but '"' and '\\'. The
// scans skip runs of them in a tight loop.
struct plain_byte_table {
    bool is[256] = {};
    constexpr plain_byte_table() {
        for (int c = 0x20; c < 0x80; ++c) is[c] = c != '"' && c != '\\';
    }
};
inline constexpr plain_byte_table plain_string_bytes{};

// The UTF-8 and \u helpers live in the core (detail/text.hpp); the payload layer and the CLI use
// them under these names.
using wa_errors::detail::append_utf8;
using wa_errors::detail::code_point_of_pair;
using wa_errors::detail::is_high_surrogate;
using wa_errors::detail::is_low_surrogate;
using wa_errors::detail::unicode_escape;
using wa_errors::detail::utf8_sequence_length;

// The length of the JSON number at text[at] when it is one (a maximal run of number bytes that
// follows the grammar exactly), and whether its magnitude may reach 1e308, where strtod, and so
// nlohmann, gives up ("number overflow"). 0 when the run is no valid number: nlohmann decides.
struct number_token {
    std::size_t length = 0;
    bool huge = false;
};
constexpr number_token number_at(std::string_view text, std::size_t at) noexcept {
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    std::size_t end = at;
    while (end < text.size() && (digit(end) || text[end] == '-' || text[end] == '+' || text[end] == '.' ||
                                 text[end] == 'e' || text[end] == 'E'))
        ++end;
    std::size_t i = at;
    if (text[i] == '-') ++i;
    if (!digit(i)) return {};
    // The decimal exponent of the first significant digit, counted while the digits are read.
    long long magnitude = 0;
    bool significant = false;
    if (text[i] == '0') {
        ++i;
    } else {
        while (digit(i)) {
            magnitude += significant ? 1 : 0;
            significant = true;
            ++i;
        }
    }
    if (i < end && text[i] == '.') {
        ++i;
        if (!digit(i)) return {};
        long long zeros = 0;
        while (digit(i)) {
            if (!significant && text[i] != '0') {
                significant = true;
                magnitude = -(zeros + 1);
            }
            zeros += significant ? 0 : 1;
            ++i;
        }
    }
    long long exponent = 0;
    if (i < end && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negative = i < end && text[i] == '-';
        if (i < end && (text[i] == '-' || text[i] == '+')) ++i;
        if (!digit(i)) return {};
        while (digit(i)) {
            if (exponent < 1000000000) exponent = exponent * 10 + (text[i] - '0');  // saturates: only > 308 matters
            ++i;
        }
        if (negative) exponent = -exponent;
    }
    if (i != end) return {};
    return {end - at, significant && magnitude + exponent >= 308};
}

// One pass over the body that finds what would make nlohmann reject a body for one mangled
// character: an ill-formed UTF-8 sequence, or a surrogate escape without its other half (text
// cut in UTF-16 units); with `numbers`, also a number beyond double's range (1e400, an integer of
// 400 digits). Calls put(part) for the text as it should be and returns whether anything was
// replaced; `put` may do nothing, to only ask the question. Bad bytes and lone surrogates become
// '?'; a huge number becomes null, which the reader treats exactly like a number it cannot use as
// a code (1e30): as absent.
template <class Put>
inline bool repair_pass(std::string_view text, bool numbers, Put&& put) {
    bool changed = false;
    bool in_string = false;
    std::size_t copied = 0;  // text[copied, i) is passed on unchanged
    auto replace = [&](std::size_t at, std::size_t length, std::string_view by) {
        put(text.substr(copied, at - copied));
        put(by);
        copied = at + length;
        changed = true;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '"') {
                in_string = !in_string;
            } else if (c == '\\' && in_string && i + 1 < text.size()) {
                const long v = unicode_escape(text, i);
                if (is_high_surrogate(v)) {
                    if (is_low_surrogate(unicode_escape(text, i + 6))) {
                        i += 12;
                        continue;
                    }
                    replace(i, 6, "?");
                    i += 6;
                    continue;
                }
                if (is_low_surrogate(v)) {
                    replace(i, 6, "?");
                    i += 6;
                    continue;
                }
                // An escaped ASCII character cannot end the string; any other byte is checked next.
                i += static_cast<unsigned char>(text[i + 1]) < 0x80 ? 2U : 1U;
                continue;
            } else if (numbers && !in_string && (c == '-' || (c >= '0' && c <= '9'))) {
                const number_token number = number_at(text, i);
                if (number.huge) replace(i, number.length, "null");
                i += number.length > 0 ? number.length : 1;
                continue;
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            replace(i, 1, "?");
            ++i;
        } else {
            i += length;
        }
    }
    if (changed) put(text.substr(copied));
    return changed;
}

// The body with every bad byte and lone surrogate escape replaced by '?', or nullopt when it
// needs no repair (the common case costs one pass and no allocation). For excerpts of text that
// is not JSON, whose numbers are left alone.
inline std::optional<std::string> repaired(std::string_view text, bool numbers = false) {
    if (!repair_pass(text, numbers, [](std::string_view) {})) return std::nullopt;
    std::string out;
    out.reserve(text.size());
    repair_pass(text, numbers, [&](std::string_view part) { out.append(part); });
    return out;
}

// The body as the reader's fallback reads it: repaired, and with numbers beyond double's range
// replaced by null, so that 1e400 anywhere costs only that number (nlohmann would reject the body).
inline std::optional<std::string> readable(std::string_view text) { return repaired(text, true); }

// At most `limit` bytes of valid UTF-8 text, cut before a character that would not fit.
constexpr std::string_view utf8_prefix(std::string_view text, std::size_t limit) noexcept {
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
