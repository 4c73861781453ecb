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
// the bell or start an escape sequence. Line breaks stay when `keep_newlines` is set (for
// messages that span lines on purpose).
std::string terminal_text(std::string_view text, bool keep_newlines = false);

}  // namespace wa_errors_cli
