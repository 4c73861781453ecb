// SPDX-License-Identifier: MIT
#include "terminal.hpp"

#include <wa_errors/detail/text.hpp>

#include <cstdlib>

#if defined(_WIN32)
#include <io.h>
#define WA_ERRORS_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define WA_ERRORS_ISATTY(fd) isatty(fd)
#endif

namespace wa_errors_cli {

namespace {

std::string_view environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string_view(value) : std::string_view();
}

// The payload reader's UTF-8 rules (nlohmann's): one definition of a well-formed sequence.
using wa_errors::detail::utf8_sequence_length;

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static const char hex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

// The code point of the well-formed UTF-8 sequence of `length` bytes at text[at].
char32_t code_point(std::string_view text, std::size_t at, std::size_t length) {
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[at + k])); };
    if (length == 1) return byte(0);
    char32_t value = byte(0) & (length == 2 ? 0x1FU : length == 3 ? 0x0FU : 0x07U);
    for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (byte(k) & 0x3FU);
    return value;
}

// C1 controls, and the characters that reorder text (bidi controls), hide in it (zero-width
// characters) or break its lines where no line break shows (U+2028, U+2029).
bool shown_as_escape(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           c == 0x2060 || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

}  // namespace

bool use_colour(colour_mode mode) {
    if (mode != colour_mode::automatic) return mode == colour_mode::always;
    if (!environment("NO_COLOR").empty()) return false;
    const std::string_view force = environment("CLICOLOR_FORCE");
    if (!force.empty() && force != "0") return true;
    if (environment("TERM") == "dumb" || environment("CLICOLOR") == "0") return false;
    return WA_ERRORS_ISATTY(1) != 0;
}

std::string terminal_text(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            append_hex(out, "\\x", c, 2);
            ++i;
        } else if (c == '\n' && keep_newlines) {
            out += '\n';
            ++i;
        } else if (c < 0x20 || c == 0x7F) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else
                append_hex(out, "\\x", c, 2);
            ++i;
        } else if (length > 1 && shown_as_escape(code_point(text, i, length))) {
            append_hex(out, "\\u", static_cast<unsigned>(code_point(text, i, length)), 4);
            i += length;
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

std::string terminal_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size();) {
        const std::size_t length = utf8_sequence_length(json, i);
        if (length == 0) {  // not from a dump with replacement; keep the text valid UTF-8 anyway
            out += "\\ufffd";
            ++i;
            continue;
        }
        const char32_t point = code_point(json, i, length);
        // Raw C0 controls never appear in a dump (strings escape them; the compact form has no
        // layout), so any one here is inside a string, where \u00XX means the same.
        if (point < 0x20 || point == 0x7F || shown_as_escape(point))
            append_hex(out, "\\u", static_cast<unsigned>(point), 4);
        else
            out.append(json, i, length);
        i += length;
    }
    return out;
}

}  // namespace wa_errors_cli
