// SPDX-License-Identifier: MIT
// The wa-errors command line, declared once with CLI11: every subcommand, its options and their
// help. Parsing, `--help`, `wa-errors help`, the man page and the shell completions all read
// this one declaration, and each command's declaration returns what runs it.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "terminal.hpp"

namespace wa_errors_cli {

// The options every command takes, wherever they stand on the command line.
struct global_options {
    colour_mode colour = colour_mode::automatic;
    std::string catalog{};  // --catalog FILE or WA_ERRORS_CATALOG: a newer errors.json to answer from
};

struct command_line;

// What a command does once the command line is parsed; it returns the exit status. `colour` is
// --color weighed against the environment and the terminal.
using runner = std::function<int(const command_line& line, bool colour)>;

// A titled part of the tool's help, which the man page makes a section of its own.
struct section {
    std::string title{};
    std::string text{};  // lines indented by two spaces
};

struct command_line {
    std::unique_ptr<CLI::App> app{};
    // The values an option or positional takes, for its checks, completion and the man page.
    std::map<const CLI::Option*, std::vector<std::string>> choices{};
    std::vector<section> sections{};  // after the commands in `wa-errors --help`
    // Every command's runner, the hidden `man` too. Each command's declaration (cli.cpp) makes
    // its CLI::App, the options it fills in, and this: nothing else names the command.
    std::map<const CLI::App*, runner> runners{};
};

// The App writes the global options to `global` while it parses.
command_line declare(global_options& global);

// The subcommands people see (not the hidden `man`), in declaration order.
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

// An option's names as typed, long ones first ("--help", "-h"); a positional's name.
std::vector<std::string> option_names(const CLI::Option& option);

}  // namespace wa_errors_cli
