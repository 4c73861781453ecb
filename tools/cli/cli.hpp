// SPDX-License-Identifier: MIT
// The wa-errors command line, declared once with CLI11: every subcommand, its options and their
// help. Parsing, `--help`, `wa-errors help`, the man page and the shell completions all read
// this one declaration.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "serve.hpp"
#include "simulate.hpp"
#include "terminal.hpp"

namespace wa_errors_cli {

// What the command line said: the App writes here while it parses.
struct invocation {
    colour_mode colour = colour_mode::automatic;
    explain_options explain{};
    classify_options classify{};
    decide_options decide{};
    list_options list{};
    serve_options serve{};
    simulate_options simulate{};
    std::string shell{};  // completion
    std::string topic{};  // help
};

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
};

command_line declare(invocation& in);

// The subcommands people see (not the hidden `man`), in declaration order.
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

// An option's names as typed, long ones first ("--help", "-h"); a positional's name.
std::vector<std::string> option_names(const CLI::Option& option);

}  // namespace wa_errors_cli
