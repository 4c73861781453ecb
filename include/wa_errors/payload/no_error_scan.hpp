// SPDX-License-Identifier: MIT
// wa_errors::payload internals: a quick, allocation-free pass that proves a body holds no error.
// Most webhook traffic is sent/delivered/read statuses; proving that such a body is valid JSON
// without any key that could introduce an error answers it without nlohmann at all. The scan
// gives up (and the reader decides) on anything unusual: invalid JSON or UTF-8, escapes in keys,
// surrogate escapes, exponents, deep nesting. So it can only ever be right or unsure.
#pragma once

#include <cstddef>
#include <string_view>

#include "../version.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// Bytes that stand for themselves inside a string: the scanner's tight loops skip them.
struct byte_table {
    bool is[256] = {};
    constexpr byte_table() {
        for (int c = 0x20; c < 0x80; ++c) is[c] = c != '"' && c != '\\';
    }
};
inline constexpr byte_table plain_string_bytes{};

class no_error_scan {
public:
    explicit constexpr no_error_scan(std::string_view text) noexcept : text_(text) {}

    // True only when the body is valid JSON in which no key could introduce an error.
    constexpr bool proves_no_error() noexcept {
        skip_space();
        if (!value()) return false;
        skip_space();
        return at_ == text_.size();
    }

private:
    // Values are read iteratively: containers push onto `open_`, so hostile nesting can't
    // overflow the stack.
    constexpr bool value() noexcept {
        for (;;) {
            if (at_ >= text_.size()) return false;
            const char c = text_[at_];
            if (c == '{' || c == '[') {
                if (depth_ == max_depth) return false;
                open_[depth_++] = c;
                ++at_;
                skip_space();
                if (at_ < text_.size() && text_[at_] == (c == '{' ? '}' : ']')) {
                    ++at_;
                    --depth_;
                } else if (c == '{') {
                    if (!key()) return false;
                    continue;  // the member's value
                } else {
                    continue;  // the first element
                }
            } else if (c == '"') {
                if (!string_value()) return false;
            } else if (!scalar()) {
                return false;
            }
            // After a value: close containers, or move on to the next member or element.
            for (;;) {
                skip_space();
                if (depth_ == 0) return true;
                if (at_ >= text_.size()) return false;
                const char next = text_[at_++];
                if (next == ',') {
                    if (open_[depth_ - 1] == '{' && !key()) return false;
                    break;
                }
                if (next != (open_[depth_ - 1] == '{' ? '}' : ']')) return false;
                --depth_;
            }
        }
    }

    constexpr void skip_plain() noexcept {
        while (at_ < text_.size() && plain_string_bytes.is[static_cast<unsigned char>(text_[at_])]) ++at_;
    }

    // A member's key and its colon. Keys with escapes or non-ASCII bytes are not decoded: the
    // scan gives up on them.
    constexpr bool key() noexcept {
        skip_space();
        if (at_ >= text_.size() || text_[at_] != '"') return false;
        const std::size_t start = ++at_;
        skip_plain();
        if (at_ >= text_.size() || text_[at_] != '"') return false;
        const std::string_view name = text_.substr(start, at_ - start);
        ++at_;
        if (may_introduce_error(name, depth_ <= 2)) return false;
        skip_space();
        if (at_ >= text_.size() || text_[at_] != ':') return false;
        ++at_;
        skip_space();
        return true;
    }

    // A string value: only its validity matters.
    constexpr bool string_value() noexcept {
        ++at_;  // the opening quote
        for (;;) {
            skip_plain();
            if (at_ >= text_.size()) return false;
            const auto c = static_cast<unsigned char>(text_[at_]);
            if (c == '"') {
                ++at_;
                return true;
            }
            if (c == '\\') {
                if (!escape()) return false;
            } else if (c >= 0x80) {
                const std::size_t length = utf8_sequence_length(text_, at_);
                if (length == 0) return false;
                at_ += length;
            } else {
                return false;  // a control character
            }
        }
    }

    constexpr bool escape() noexcept {
        if (at_ + 1 >= text_.size()) return false;
        const char e = text_[at_ + 1];
        if (e == 'u') {
            const long code = unicode_escape(text_, at_);
            if (code < 0 || (code >= 0xD800 && code <= 0xDFFF)) return false;  // surrogates: the reader checks pairs
            at_ += 6;
            return true;
        }
        at_ += 2;
        return e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't';
    }

    // true, false, null or a number, in JSON's exact grammar.
    constexpr bool scalar() noexcept {
        for (std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
            if (text_.substr(at_, word.size()) == word) {
                at_ += word.size();
                return true;
            }
        }
        // Exponents and very long numbers may overflow a double, which nlohmann rejects: those
        // (rare in payloads) are left to it.
        const std::size_t start = at_;
        if (text_[at_] == '-') ++at_;
        if (at_ < text_.size() && text_[at_] == '0') {
            ++at_;
        } else if (!digits()) {
            return false;
        }
        if (at_ < text_.size() && text_[at_] == '.') {
            ++at_;
            if (!digits()) return false;
        }
        if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) return false;
        return at_ - start <= 300;
    }

    constexpr bool digits() noexcept {
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
        return at_ > start;
    }

    constexpr void skip_space() noexcept {
        while (at_ < text_.size() &&
               (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }

    std::string_view text_;
    std::size_t at_ = 0;
    int depth_ = 0;
    char open_[max_depth] = {};
};

// True when `body` provably holds no error; false means "not sure", never "has an error".
constexpr bool proves_no_error(std::string_view body) noexcept { return no_error_scan(body).proves_no_error(); }

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
