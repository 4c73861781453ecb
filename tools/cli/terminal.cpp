// SPDX-License-Identifier: MIT
#include "terminal.hpp"

#include <wa_errors/payload/text.hpp>

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
using wa_errors::payload::detail::utf8_sequence_length;

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static const char hex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
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
        } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {  // U+0080 to U+009F
            append_hex(out, "\\u00", static_cast<unsigned char>(text[i + 1]), 2);
            i += 2;
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

}  // namespace wa_errors_cli
