// SPDX-License-Identifier: MIT
// The text rules the CLI reads with, in one place: the core's (wa_errors/detail/text.hpp) with the
// CLI's choices made (which bytes are space), plus lines and where JSON brackets open and close.
// Numbers are numbers.hpp's.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <wa_errors/detail/text.hpp>

namespace wa_errors_cli {

using wa_errors::detail::is_ascii_digit;

// Pasted text comes with Windows line ends and tabs: all of them are space.
constexpr std::string_view spaces = " \t\r\n";
constexpr bool is_space(char c) { return spaces.find(c) != std::string_view::npos; }
constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr std::string_view trim(std::string_view s) { return wa_errors::detail::trim(s, spaces); }

// ASCII letters lowered; other bytes (UTF-8 included) as they are.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = wa_errors::detail::ascii_lower(c);
    return out;
}

// The words with `between` after each but the last ("a, b, c").
inline std::string joined(const std::vector<std::string>& words, std::string_view between) {
    std::string out;
    for (const std::string& word : words) {
        if (!out.empty()) out += between;
        out += word;
    }
    return out;
}

constexpr bool ends_with(std::string_view word, std::string_view end) {
    return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

// The line that starts at text[at], without its line break; `at` moves past the break.
constexpr std::string_view next_line(std::string_view text, std::size_t& at) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end == text.size() ? end : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// JSON's brackets, read a byte at a time: how deep the text is in arrays and objects, brackets
// inside strings not counted. A backslash outside a string also hides the next byte, so that
// JSON escaped in a log field (body="{\"a\":1}") opens no string.
class bracket_scan {
public:
    enum class step { other, open, close };

    constexpr step next(char c) {
        if (escaped_) {
            escaped_ = false;
            return step::other;
        }
        if (c == '\\') {
            escaped_ = true;
            return step::other;
        }
        if (in_string_) {
            in_string_ = c != '"';
            return step::other;
        }
        if (c == '"') {
            in_string_ = true;
            return step::other;
        }
        if (c == '{' || c == '[') {
            ++depth_;
            return step::open;
        }
        if ((c == '}' || c == ']') && depth_ > 0) {
            --depth_;
            return step::close;
        }
        return step::other;
    }

    [[nodiscard]] constexpr long depth() const { return depth_; }
    // A new line: JSON strings don't span lines.
    constexpr void end_line() { in_string_ = escaped_ = false; }
    constexpr void reset() { *this = bracket_scan(); }

private:
    long depth_ = 0;
    bool in_string_ = false;
    bool escaped_ = false;
};

}  // namespace wa_errors_cli
