// SPDX-License-Identifier: MIT
// wa-errors(1): the man page in roff, written from the command line's declaration (cli.hpp), so
// that it says what `--help` says. The build writes it with the hidden `wa-errors man`.
#pragma once

#include <string>

#include "cli.hpp"

namespace wa_errors_cli {

std::string man_page(const command_line& cli);

}  // namespace wa_errors_cli
