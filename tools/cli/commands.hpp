// The wa-errors subcommands. Each returns the exit code: 0 success, 1 when the input can't be
// read or holds no error (message on stderr), and throws usage_error for a usage problem (2).
#pragma once

#include <string>
#include <vector>

namespace wa_errors_cli {

struct io {
    bool colour;  // stdout is a terminal and NO_COLOR is unset
};

int explain(const std::vector<std::string>& words, const io& out);
int classify(const std::vector<std::string>& words, const io& out);
int decide(const std::vector<std::string>& words, const io& out);
int list(const std::vector<std::string>& words, const io& out);

// Help texts: the tool's, and each subcommand's (empty for an unknown subcommand).
std::string tool_help();
std::string command_help(const std::string& command);

}  // namespace wa_errors_cli
