// SPDX-License-Identifier: MIT
#include "near_json.hpp"

#include <algorithm>
#include <vector>

#include "text.hpp"

namespace wa_errors_cli {

namespace {

// Deeper than any error body; the bound keeps a paste of ten thousand '[' cheap.
constexpr std::size_t max_levels = 256;

bool word_char(char c) { return is_letter(c) || is_ascii_digit(c) || c == '_' || c == '$'; }
// An integer as JSON writes it: no '+', no leading zero.
bool json_integer(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    if (text.empty() || text.size() > 18 || (text.front() == '0' && text.size() > 1)) return false;
    return std::all_of(text.begin(), text.end(), is_ascii_digit);
}

// One pass over the text, writing JSON as it goes: a stack of open arrays and objects and what
// each expects next. What JSON would refuse is rewritten when the intent is plain (a quote, a
// key, a separator, a comma that is missing) and refused otherwise.
class rewriter {
public:
    explicit rewriter(std::string_view text) : t_(text) {}

    std::optional<near_json> run() {
        if (t_.empty() || !open(t_[0], true)) return std::nullopt;
        while (!levels_.empty()) {
            while (i_ < t_.size() && is_space(t_[i_])) ++i_;
            if (i_ == t_.size()) return cut_short();
            scalar_ = std::string::npos;
            const char c = t_[i_];
            const bool ok = want_ == want::key     ? key(c)
                            : want_ == want::colon ? colon(c)
                            : want_ == want::value ? value(c)
                                                   : after(c);
            if (!ok) return std::nullopt;
        }
        return near_json{std::move(out_), i_, false};
    }

private:
    enum class want { key, colon, value, after };

    struct level {
        char closer;
        bool object;
        bool java = false;  // keys followed by '=': values are unquoted text up to ", key=" or the closer
    };

    // "key=" at t_[at] (spaces first): a Java record's "Error[code=1, ...]" is an object.
    bool assignment_at(std::size_t at) const {
        while (at < t_.size() && is_space(t_[at])) ++at;
        const std::size_t start = at;
        while (at < t_.size() && word_char(t_[at])) ++at;
        if (at == start) return false;
        while (at < t_.size() && is_space(t_[at])) ++at;
        return at + 1 < t_.size() && t_[at] == '=' && t_[at + 1] != '=' && t_[at + 1] != '>';
    }

    // The bracket at t_[i_] opens an array or an object; `named` when a class name came before
    // it (or it starts the text), so that '(' and "[key=" open objects too.
    bool open(char c, bool named) {
        if (levels_.size() == max_levels) return false;
        if (c == '{') {
            levels_.push_back({'}', true});
        } else if (c == '[' && named && assignment_at(i_ + 1)) {
            levels_.push_back({']', true, true});
        } else if (c == '[') {
            levels_.push_back({']', false});
        } else if (c == '(' && named) {
            levels_.push_back({')', true, true});
        } else {
            return false;
        }
        out_ += levels_.back().object ? '{' : '[';
        want_ = levels_.back().object ? want::key : want::value;
        ++i_;
        return true;
    }

    void close() {
        if (!out_.empty() && out_.back() == ',') out_.pop_back();  // a trailing comma
        out_ += levels_.back().object ? '}' : ']';
        levels_.pop_back();
        want_ = want::after;
        ++i_;
    }

    std::string_view word() {
        const std::size_t start = i_;
        while (i_ < t_.size() && word_char(t_[i_])) ++i_;
        return t_.substr(start, i_ - start);
    }

    void put_string(std::string_view text) {
        out_ += '"';
        for (const char c : text) {
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                out_ += c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : " ";
            } else {
                out_ += c;
            }
        }
        out_ += '"';
    }

    // A string in double or single quotes, written with double ones. One cut short is closed.
    void string() {
        const char quote = t_[i_++];
        out_ += '"';
        while (i_ < t_.size() && t_[i_] != quote) {
            const char c = t_[i_++];
            if (c == '\\' && i_ < t_.size()) {
                const char n = t_[i_++];
                if (n == '\'') {
                    out_ += '\'';
                } else if (const long unit = wa_errors::detail::unicode_escape(t_, i_ - 2); n == 'u' && unit >= 0) {
                    unicode(unit);
                } else if (std::string_view("\"\\/bfnrt").find(n) != std::string_view::npos) {
                    out_ += '\\';
                    out_ += n;
                } else {  // Python's \x41 and the like: kept as text
                    out_ += "\\\\";
                    put_raw(n);
                }
            } else if (c == '\\') {
                // a backslash the text ends on: dropped
            } else if (c == '"') {
                out_ += "\\\"";
            } else {
                put_raw(c);
            }
        }
        if (i_ < t_.size()) ++i_;  // the closing quote
        out_ += '"';
    }

    // A \uXXXX escape whose four digits start at t_[i_]: a surrogate pair as it is, a lone
    // surrogate (which JSON parsers refuse) as U+FFFD.
    void unicode(long unit) {
        const long low = wa_errors::detail::unicode_escape(t_, i_ + 4);
        if (wa_errors::detail::is_high_surrogate(unit) && wa_errors::detail::is_low_surrogate(low)) {
            out_.append(t_, i_ - 2, 12);
            i_ += 10;
        } else if (wa_errors::detail::is_high_surrogate(unit) || wa_errors::detail::is_low_surrogate(unit)) {
            out_ += "\\ufffd";
            i_ += 4;
        } else {
            out_.append(t_, i_ - 2, 6);
            i_ += 4;
        }
    }

    void put_raw(char c) {
        if (static_cast<unsigned char>(c) >= 0x20) {
            out_ += c;
            return;
        }
        out_ += c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : " ";
    }

    // A JSON number; false when what looks like one runs into a letter ("3rd").
    bool number() {
        const std::size_t start = i_;
        if (t_[i_] == '-') ++i_;
        const std::size_t digits = i_;
        while (i_ < t_.size() && is_ascii_digit(t_[i_])) ++i_;
        if (i_ == digits || (t_[digits] == '0' && i_ - digits > 1)) return false;  // JSON has no 031
        if (i_ + 1 < t_.size() && t_[i_] == '.' && is_ascii_digit(t_[i_ + 1])) {
            ++i_;
            while (i_ < t_.size() && is_ascii_digit(t_[i_])) ++i_;
        }
        if (i_ < t_.size() && word_char(t_[i_])) return false;
        scalar_ = out_.size();
        out_.append(t_, start, i_ - start);
        return true;
    }

    // A Java toString value: the text up to ", key=" or the closer, brackets in it balanced.
    void java_value() {
        const std::size_t start = i_;
        int nested = 0;
        for (; i_ < t_.size(); ++i_) {
            const char c = t_[i_];
            if (c == '(' || c == '[' || c == '{') ++nested;
            if (nested == 0 && (c == levels_.back().closer || (c == ',' && assignment_at(i_ + 1)))) break;
            if ((c == ')' || c == ']' || c == '}') && nested > 0) --nested;
        }
        const std::string_view text = trim(t_.substr(start, i_ - start));
        if (json_integer(text))
            out_.append(text);
        else if (text == "null")
            out_ += "null";
        else
            put_string(text);
        want_ = want::after;
    }

    bool key(char c) {
        if (c == levels_.back().closer) {
            close();
            return true;
        }
        if (c == '"' || c == '\'') {
            string();
        } else if (c == ':' && i_ + 1 < t_.size() && is_letter(t_[i_ + 1])) {  // Ruby's :symbol
            ++i_;
            put_string(word());
        } else if (word_char(c)) {
            put_string(word());
        } else {
            return false;
        }
        want_ = want::colon;
        return true;
    }

    bool colon(char c) {
        if (c == ':') {
            ++i_;
        } else if (c == '=' && i_ + 1 < t_.size() && t_[i_ + 1] == '>') {  // Ruby's =>
            i_ += 2;
        } else if (c == '=') {  // Java's toString
            ++i_;
            levels_.back().java = true;
        } else {
            return false;
        }
        out_ += ':';
        want_ = want::value;
        return true;
    }

    bool value(char c) {
        const level& top = levels_.back();
        if (c == top.closer) {
            if (top.object) out_ += "null";  // "key": with nothing after it
            close();
            return true;
        }
        if (c == '{' || c == '[') return open(c, false);
        if (c == '"' || c == '\'') {
            string();
            want_ = want::after;
            return true;
        }
        if (word_char(c)) {
            // A class name before its bracket: Error{...}, Error(...), Error[code=...].
            std::size_t end = i_;
            while (end < t_.size() && word_char(t_[end])) ++end;
            if (end < t_.size() && (t_[end] == '{' || t_[end] == '(' || t_[end] == '[')) {
                i_ = end;
                return open(t_[end], true);
            }
        }
        if (top.java) {
            java_value();
            return true;
        }
        if (is_ascii_digit(c) || c == '-') {
            want_ = want::after;
            return number();
        }
        if (c == ':' && i_ + 1 < t_.size() && is_letter(t_[i_ + 1])) {  // a Ruby :symbol value
            ++i_;
            put_string(word());
            want_ = want::after;
            return true;
        }
        if (!is_letter(c)) return false;
        const std::size_t at = out_.size();
        const std::string_view w = word();
        if (w == "null" || w == "None" || w == "nil" || w == "NULL" || w == "undefined")
            out_ += "null";
        else if (w == "true" || w == "True")
            out_ += "true";
        else if (w == "false" || w == "False")
            out_ += "false";
        else
            return false;
        scalar_ = at;
        want_ = want::after;
        return true;
    }

    bool after(char c) {
        const level& top = levels_.back();
        if (c == ',') {
            out_ += ',';
            ++i_;
            want_ = top.object ? want::key : want::value;
            return true;
        }
        if (c == top.closer) {
            close();
            return true;
        }
        // A missing comma: the next key or value starts right away.
        if (c == '"' || c == '\'' || c == '{' || c == '[' || word_char(c) || (c == ':' && top.object)) {
            out_ += ',';
            want_ = top.object ? want::key : want::value;
            return true;
        }
        return false;
    }

    // The text ended inside the value: what was cut is closed, and a number or word at the very
    // end is dropped (its last digits may be what was cut).
    std::optional<near_json> cut_short() {
        if (want_ == want::after && scalar_ != std::string::npos &&
            (is_ascii_digit(t_.back()) || is_letter(t_.back()))) {
            out_.resize(scalar_);
            want_ = want::value;
        }
        if (want_ == want::colon) out_ += ":null";
        if (want_ == want::value && !out_.empty() && out_.back() == ':') out_ += "null";
        while (!levels_.empty()) {
            if (!out_.empty() && out_.back() == ',') out_.pop_back();
            out_ += levels_.back().object ? '}' : ']';
            levels_.pop_back();
        }
        return near_json{std::move(out_), t_.size(), true};
    }

    std::string_view t_;
    std::size_t i_ = 0;
    std::string out_{};
    std::vector<level> levels_{};
    want want_ = want::value;
    std::size_t scalar_ = std::string::npos;  // where a number or literal read last starts in out_
};

}  // namespace

std::optional<near_json> as_json(std::string_view text) { return rewriter(text).run(); }

}  // namespace wa_errors_cli
