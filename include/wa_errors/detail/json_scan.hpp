// wa_errors::json internals: a quick, allocation-free pass that proves a body holds no error.
// Most webhook traffic is sent/delivered/read statuses; proving that such a body is valid JSON
// without any key that could introduce an error answers it without nlohmann at all. Whenever
// the scan is not sure (invalid JSON, non-UTF-8, surrogate escapes, deep nesting), the full
// parser decides, so the answer never differs from it.
#pragma once

#include <cstddef>
#include <string_view>

#include "json_fields.hpp"

namespace wa_errors::json::detail {

enum class scan_verdict { no_error_keys, maybe_error, unsure };

struct scan_result {
    scan_verdict verdict;
    bool graph_candidate;  // maybe_error found at the root object's first key, "error"
};

// Bytes that stand for themselves inside a string: the scanner's tight loops skip them.
struct byte_table {
    bool is[256] = {};
    constexpr byte_table() {
        for (int c = 0x20; c < 0x80; ++c) is[c] = c != '"' && c != '\\';
    }
};
inline constexpr byte_table plain_string_bytes{};

class error_key_scanner {
public:
    explicit error_key_scanner(std::string_view text) noexcept : text_(text) {}

    scan_result run() noexcept {
        skip_space();
        if (!value()) return {verdict_, graph_candidate_};
        skip_space();
        return {at_ == text_.size() ? scan_verdict::no_error_keys : scan_verdict::unsure, false};
    }

private:
    // Values are read iteratively: containers push onto `open_`, so hostile nesting can't
    // overflow the stack; deeper than max_depth is left to the full parser.
    bool value() noexcept {
        for (;;) {
            if (at_ >= text_.size()) return give_up();
            const char c = text_[at_];
            if (c == '{' || c == '[') {
                if (depth_ == max_depth) return give_up();
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
                if (at_ >= text_.size()) return give_up();
                const char next = text_[at_++];
                if (next == ',') {
                    if (open_[depth_ - 1] == '{' && !key()) return false;
                    break;
                }
                if (next != (open_[depth_ - 1] == '{' ? '}' : ']')) return give_up();
                --depth_;
            }
        }
    }

    void skip_plain() noexcept {
        while (at_ < text_.size() && plain_string_bytes.is[static_cast<unsigned char>(text_[at_])]) ++at_;
    }

    // A member's key and its colon; stops the scan when the key could introduce an error.
    bool key() noexcept {
        skip_space();
        if (at_ >= text_.size() || text_[at_] != '"') return give_up();
        const std::size_t start = at_ + 1;
        at_ = start;
        skip_plain();
        std::string_view name;
        char decoded[16];
        if (at_ < text_.size() && text_[at_] == '"') {  // the usual key: no escapes, plain ASCII
            name = text_.substr(start, at_ - start);
            ++at_;
        } else {
            at_ = start - 1;
            std::size_t length = 0;
            if (!string(&decoded, &length)) return false;
            name = std::string_view(decoded, length < sizeof decoded ? length : 0);
        }
        const bool root_level = depth_ == 1 || (depth_ == 2 && open_[0] == '[');
        if (name == "error" || name == "errors" || name == "meta" || name == "detail" ||
            (root_level && name == "code")) {
            verdict_ = scan_verdict::maybe_error;
            graph_candidate_ = depth_ == 1 && open_[0] == '{' && first_root_key_ && name == "error";
            return false;
        }
        if (depth_ == 1) first_root_key_ = false;
        skip_space();
        if (at_ >= text_.size() || text_[at_] != ':') return give_up();
        ++at_;
        skip_space();
        return true;
    }

    // A string value: only its validity matters.
    bool string_value() noexcept {
        ++at_;  // the opening quote
        auto ignore = [](char) {};
        for (;;) {
            skip_plain();
            if (at_ >= text_.size()) return give_up();
            const auto c = static_cast<unsigned char>(text_[at_]);
            if (c == '"') {
                ++at_;
                return true;
            }
            if (c == '\\') {
                if (!escape(ignore)) return false;
            } else if (c >= 0x80) {
                if (!utf8_sequence()) return false;
            } else {
                return give_up();  // a control character
            }
        }
    }

    // A string; with `decoded`, its first bytes after unescaping (length counts them all).
    bool string(char (*decoded)[16], std::size_t* length = nullptr) noexcept {
        ++at_;  // the opening quote
        std::size_t n = 0;
        auto put = [&](char c) {
            if (decoded != nullptr && n < sizeof *decoded) (*decoded)[n] = c;
            ++n;
        };
        while (at_ < text_.size()) {
            const auto c = static_cast<unsigned char>(text_[at_]);
            if (c == '"') {
                ++at_;
                if (length != nullptr) *length = n;
                return true;
            }
            if (c < 0x20) return give_up();
            if (c == '\\') {
                if (!escape(put)) return false;
            } else if (c >= 0x80) {
                if (!utf8_sequence()) return false;
                put('\x80');  // no interesting key has non-ASCII characters
            } else {
                put(static_cast<char>(c));
                ++at_;
            }
        }
        return give_up();
    }

    template <class Put>
    bool escape(Put& put) noexcept {
        if (at_ + 1 >= text_.size()) return give_up();
        const char e = text_[at_ + 1];
        at_ += 2;
        switch (e) {
            case '"': put('"'); return true;
            case '\\': put('\\'); return true;
            case '/': put('/'); return true;
            case 'b': put('\b'); return true;
            case 'f': put('\f'); return true;
            case 'n': put('\n'); return true;
            case 'r': put('\r'); return true;
            case 't': put('\t'); return true;
            case 'u': break;
            default: return give_up();
        }
        if (at_ + 4 > text_.size()) return give_up();
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[at_++];
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            if (digit < 0) return give_up();
            code = code * 16 + static_cast<unsigned>(digit);
        }
        if (code >= 0xD800 && code <= 0xDFFF) return give_up();  // surrogates: the full parser checks pairs
        put(code < 0x80 ? static_cast<char>(code) : '\x80');
        return true;
    }

    bool utf8_sequence() noexcept {
        const std::size_t length = utf8_sequence_length(text_, at_);
        if (length == 0) return give_up();
        at_ += length;
        return true;
    }

    // true, false, null or a number, in JSON's exact grammar.
    bool scalar() noexcept {
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
            return give_up();
        }
        if (at_ < text_.size() && text_[at_] == '.') {
            ++at_;
            if (!digits()) return give_up();
        }
        if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) return give_up();
        return at_ - start <= 300 || give_up();
    }

    bool digits() noexcept {
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
        return at_ > start;
    }

    void skip_space() noexcept {
        while (at_ < text_.size() &&
               (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }

    bool give_up() noexcept {
        verdict_ = scan_verdict::unsure;
        return false;
    }

    std::string_view text_;
    std::size_t at_ = 0;
    int depth_ = 0;
    char open_[max_depth] = {};
    scan_verdict verdict_ = scan_verdict::unsure;
    bool first_root_key_ = true;
    bool graph_candidate_ = false;
};

inline scan_result scan_for_error_keys(std::string_view body) noexcept { return error_key_scanner(body).run(); }

}  // namespace wa_errors::json::detail
