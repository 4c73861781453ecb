// SPDX-License-Identifier: MIT
// wa_errors::payload internals: the quick pass. What Meta and 360dialog send is plain JSON: valid
// UTF-8, few escapes, integer codes. For such a body this pass feeds the reader's events straight
// from the text, each string a view into it (or into one scratch buffer when it has escapes),
// which costs a fraction of nlohmann's lexer: that one copies every string byte by byte and
// keeps a second buffer of the token for its error messages, on every parse.
//
// It reads a subset of JSON and gives up on everything else: a fraction or an exponent, an
// integer of more than 18 digits, a lone surrogate escape, invalid UTF-8, a byte order mark,
// invalid JSON. The caller then starts over with nlohmann, which decides. So whenever this pass
// finishes, nlohmann would have accepted the text and sent the same events with the same values;
// the differential fuzz target (fuzz/differential_fuzzer.cpp) holds it to that.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "../version.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// Handler: the reader's events, with strings as views that live until the next event:
//   bool start_object(std::size_t); bool start_array(std::size_t) (nlohmann's: the size is unknown);
//   bool end_object(); bool end_array();
//   bool key_text(std::string_view); bool string_text(std::string_view);
//   bool number_integer(long long) (negative); bool number_unsigned(std::uint64_t); bool boolean(bool); bool null();
// Any of them may return false to stop the read.
template <class Handler>
class quick_pass {
public:
    quick_pass(std::string_view text, Handler& handler) noexcept
        : text_(text), end_(text.data() + text.size()), at_(text.data()), handler_(handler) {}
    quick_pass(const quick_pass&) = delete;  // one pass, one cursor
    quick_pass& operator=(const quick_pass&) = delete;

    // True when the whole text was read and every event accepted; false when the pass gave up
    // or the handler stopped it (the caller cannot tell which, and need not: it starts over).
    bool run() {
        skip_space();
        if (!value()) return false;
        skip_space();
        return at_ == end_;
    }

private:
    // Iterative, like nlohmann's parser: containers are counted in `open_`, never recursed into.
    bool value() {
        for (;;) {
            skip_space();
            if (at_ == end_) return false;
            const char c = *at_;
            if (c == '{' || c == '[') {
                const bool object = c == '{';
                if (depth_ == max_depth ||
                    !(object ? handler_.start_object(unknown_size) : handler_.start_array(unknown_size)))
                    return false;
                open_[depth_++] = c;
                ++at_;
                skip_space();
                if (at_ != end_ && *at_ == (object ? '}' : ']')) {
                    ++at_;
                    --depth_;
                    if (!(object ? handler_.end_object() : handler_.end_array())) return false;
                } else {
                    if (object && !key()) return false;
                    continue;  // the first member's value, or the first element
                }
            } else if (c == '"') {
                std::string_view text;
                if (!string(text) || !handler_.string_text(text)) return false;
            } else if (!scalar()) {
                return false;
            }
            // After a value: close containers, or go on to the next member or element.
            for (;;) {
                skip_space();
                if (depth_ == 0) return true;
                if (at_ == end_) return false;
                const char next = *at_++;
                const bool in_object = open_[depth_ - 1] == '{';
                if (next == ',') {
                    if (in_object && !key()) return false;
                    break;
                }
                if (next != (in_object ? '}' : ']')) return false;
                --depth_;
                if (!(in_object ? handler_.end_object() : handler_.end_array())) return false;
            }
        }
    }

    // A member's key and its colon.
    bool key() {
        skip_space();
        if (at_ == end_ || *at_ != '"') return false;
        std::string_view name;
        if (!string(name) || !handler_.key_text(name)) return false;
        skip_space();
        if (at_ == end_ || *at_ != ':') return false;
        ++at_;
        return true;
    }

    // The string at *at_ (its opening quote), decoded. A string without escapes is a view into
    // the text; one with escapes is decoded into scratch_.
    bool string(std::string_view& out) {
        const char* start = ++at_;
        if (!skip_plain()) return false;
        if (*at_ == '"') {
            out = std::string_view(start, static_cast<std::size_t>(at_ - start));
            ++at_;
            return true;
        }
        scratch_.assign(start, at_);
        for (;;) {
            // *at_ is a backslash here.
            if (!escape()) return false;
            const char* run = at_;
            if (!skip_plain()) return false;
            scratch_.append(run, at_);
            if (*at_ == '"') {
                out = scratch_;
                ++at_;
                return true;
            }
        }
    }

    // Moves past plain bytes and valid UTF-8; true when it stopped at a quote or a backslash,
    // false at the end of the text, a control character or invalid UTF-8.
    bool skip_plain() noexcept {
        for (;;) {
            skip_plain_words();
            while (at_ != end_ && is_plain(*at_)) ++at_;
            if (at_ == end_) return false;
            const auto c = static_cast<unsigned char>(*at_);
            if (c == '"' || c == '\\') return true;
            if (c < 0x80) return false;  // a control character
            const std::size_t length = utf8_sequence_length(text_, offset());
            if (length == 0) return false;
            at_ += length;
        }
    }

    // Strings are most of a body, so they are read eight bytes at a time where the byte order
    // allows: the classic "has a zero byte" test, (x - 0x01..) & ~x & 0x80.., applied to each
    // kind of byte that ends a run (a quote, a backslash, a control character, non-ASCII). Its
    // lowest flagged byte is exact (borrows only flag bytes above a real match), so on a
    // little-endian machine the run ends at the lowest set bit's byte. Elsewhere the byte loop
    // does all the work.
    void skip_plain_words() noexcept {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        while (end_ - at_ >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, at_, sizeof word);
            const std::uint64_t quote = word ^ (ones * '"');
            const std::uint64_t backslash = word ^ (ones * '\\');
            const std::uint64_t stops = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                                         ((word - ones * 0x20) & ~word) | word) &
                                        highs;
            if (stops != 0) {
                at_ += __builtin_ctzll(stops) / 8;
                return;
            }
            at_ += 8;
        }
#endif
    }

    static bool is_plain(char c) noexcept { return plain_string_bytes.is[static_cast<unsigned char>(c)]; }
    std::size_t offset() const noexcept { return static_cast<std::size_t>(at_ - text_.data()); }

    // The escape at *at_, appended to scratch_ as UTF-8.
    bool escape() {
        if (end_ - at_ < 2) return false;
        const char e = at_[1];
        if (e != 'u') {
            const char plain = e == '"' || e == '\\' || e == '/' ? e
                               : e == 'b'                        ? '\b'
                               : e == 'f'                        ? '\f'
                               : e == 'n'                        ? '\n'
                               : e == 'r'                        ? '\r'
                               : e == 't'                        ? '\t'
                                                                 : '\0';
            if (plain == '\0') return false;
            scratch_ += plain;
            at_ += 2;
            return true;
        }
        long code = unicode_escape(text_, offset());
        if (code < 0 || is_low_surrogate(code)) return false;
        if (is_high_surrogate(code)) {
            const long low = unicode_escape(text_, offset() + 6);
            if (!is_low_surrogate(low)) return false;
            code = code_point_of_pair(code, low);
            at_ += 6;
        }
        at_ += 6;
        append_utf8(scratch_, static_cast<std::uint32_t>(code));
        return true;
    }

    // true, false, null, or an integer of at most 18 digits (which cannot overflow): nlohmann
    // reports a non-negative one as unsigned and a negative one as signed, and so does this.
    bool scalar() {
        const std::string_view rest(at_, static_cast<std::size_t>(end_ - at_));
        if (rest.substr(0, 4) == "true") {
            at_ += 4;
            return handler_.boolean(true);
        }
        if (rest.substr(0, 5) == "false") {
            at_ += 5;
            return handler_.boolean(false);
        }
        if (rest.substr(0, 4) == "null") {
            at_ += 4;
            return handler_.null();
        }
        const bool negative = *at_ == '-';
        if (negative) ++at_;
        const char* first = at_;
        std::uint64_t value = 0;
        while (at_ != end_ && *at_ >= '0' && *at_ <= '9') {
            value = value * 10 + static_cast<std::uint64_t>(*at_ - '0');
            ++at_;
        }
        const auto digits = at_ - first;
        if (digits == 0 || digits > 18 || (digits > 1 && *first == '0')) return false;
        if (at_ != end_ && (*at_ == '.' || *at_ == 'e' || *at_ == 'E')) return false;
        return negative ? handler_.number_integer(-static_cast<long long>(value)) : handler_.number_unsigned(value);
    }

    // Bodies on the wire rarely have any whitespace: one compare answers most calls.
    void skip_space() noexcept {
        while (at_ != end_ && static_cast<unsigned char>(*at_) <= ' ' &&
               (*at_ == ' ' || *at_ == '\n' || *at_ == '\r' || *at_ == '\t'))
            ++at_;
    }

    static constexpr auto unknown_size = static_cast<std::size_t>(-1);

    std::string_view text_;
    const char* end_;
    const char* at_;  // the next byte to read
    Handler& handler_;
    int depth_ = 0;
    char open_[max_depth] = {};
    std::string scratch_{};
};

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
