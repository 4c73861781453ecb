// SPDX-License-Identifier: MIT
// What wa-errors writes for people: whether it may colour it, and text from payloads or the
// command line made harmless to print on a terminal.
#pragma once

#include <string>
#include <string_view>

namespace wa_errors_cli {

enum class colour_mode { automatic, always, never };

// --color=always and --color=never decide alone. In automatic mode, in this order: a non-empty
// NO_COLOR turns colour off; a CLICOLOR_FORCE that is set and not "0" turns it on; TERM=dumb
// or CLICOLOR=0 turn it off; otherwise standard output must be a terminal.
bool use_colour(colour_mode mode);

// `text` with every control character a terminal would act on made visible: C0 controls as
// \t, \n, \r or \xHH, DEL as \x7f, C1 controls (U+0080 to U+009F) as \u0080 to \u009f, and bytes
// that are not UTF-8 as \xHH. A payload then cannot move the cursor, set the window title, ring
// the bell or start an escape sequence. Characters that reorder or hide text are shown as \uXXXX
// too: the bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the
// zero-width ones (U+200B to U+200D, U+2060, U+FEFF) and the line and paragraph separators
// (U+2028, U+2029), so that what is printed reads in the order and length it was sent. Line
// breaks stay when `keep_newlines` is set (for messages that span lines on purpose).
std::string terminal_text(std::string_view text, bool keep_newlines = false);

// Serialised JSON (valid UTF-8, as nlohmann's dump with error_handler_t::replace writes it) with
// every character that terminal_text makes visible written as a \uXXXX escape instead, and DEL
// and any raw C0 control too. The value is the same JSON value; the text can be printed on a
// terminal and embedded in JavaScript (which U+2028 and U+2029 would otherwise end a line of).
std::string terminal_safe_json(std::string_view json);

}  // namespace wa_errors_cli
