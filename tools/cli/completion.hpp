// SPDX-License-Identifier: MIT
// Shell completion scripts for bash, zsh and fish, written from the command line's declaration
// (cli.hpp): its commands, their options, and the values those take.
#pragma once

#include <string>

#include "cli.hpp"

namespace wa_errors_cli {

// `shell` is "bash", "zsh" or "fish".
std::string completion_script(const command_line& cli, const std::string& shell);

}  // namespace wa_errors_cli
