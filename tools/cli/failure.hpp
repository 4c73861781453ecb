// SPDX-License-Identifier: MIT
// The two ways a command fails without an answer, both exit status 2 (docs/cli.md): the command
// line asks for something that cannot be done, or reading the input or writing the output fails.
#pragma once

#include <stdexcept>

namespace wa_errors_cli {

// Reported with a pointer to the command's help.
struct usage_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reported as it is: the message names the file or stream.
struct io_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace wa_errors_cli
