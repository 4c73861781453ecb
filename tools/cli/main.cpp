// SPDX-License-Identifier: MIT
// wa-errors: the catalog for on-call engineers and scripts (docs/cli.md). cli.cpp declares the
// command line; this file runs it and turns every outcome into the exit status of docs/cli.md:
// 0 found, 1 nothing found, 2 a usage error or an input/output error.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "catalog_in_use.hpp"
#include "cli.hpp"
#include "failure.hpp"
#include "suggest.hpp"
#include "terminal.hpp"

namespace {

namespace cli = wa_errors_cli;

int usage_problem(const std::string& command, const std::string& problem) {
    const std::string where = command.empty() ? "" : command + ": ";
    const std::string help = command.empty() ? "wa-errors --help" : "wa-errors " + command + " --help";
    std::cerr << "wa-errors: " << where << cli::terminal_text(problem) << "\nTry '" << help << "'.\n";
    return 2;
}

std::string command_of(const CLI::App& app) {
    const auto parsed = app.get_subcommands();
    return parsed.empty() ? "" : parsed.front()->get_name();
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : cli::visible_commands(app)) names.push_back(command->get_name());
    return names;
}

// The words CLI11 could not place: a mistyped command or option, or one argument too many.
int unexpected(const CLI::App& app) {
    const std::vector<std::string> words = app.remaining(true);
    const std::string command = command_of(app);
    if (command.empty()) {
        for (const std::string& word : words) {
            if (!word.empty() && word.front() == '-') continue;
            std::string problem = "unknown command '" + word + "'";
            const std::string guess = cli::nearest(word, command_names(app));
            if (!guess.empty()) problem += "; did you mean '" + guess + "'?";
            return usage_problem("", problem);
        }
    }
    if (words.empty()) return usage_problem(command, "unexpected arguments");
    const std::string& word = words.front();
    if (word.size() < 2 || word.front() != '-') return usage_problem(command, "unexpected argument '" + word + "'");
    const std::string name = word.substr(0, word.find('='));
    std::vector<const CLI::App*> scopes = {&app};
    if (!command.empty()) scopes.push_back(app.get_subcommand(command));
    std::vector<std::string> known;
    for (const CLI::App* scope : scopes) {
        for (const CLI::Option* option :
             scope->get_options([](const CLI::Option* o) { return !o->get_positional(); })) {
            for (const std::string& n : cli::option_names(*option)) known.push_back(n);
        }
    }
    std::string problem = "unknown option " + name;
    const std::string guess = cli::nearest(name, known);
    if (!guess.empty()) problem += "; did you mean " + guess + "?";
    return usage_problem(command, problem);
}

int run(const cli::command_line& line, const cli::global_options& global, int argc, char** argv) {
    CLI::App& app = *line.app;
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForVersion& e) {
        std::cout << e.what() << "\n";
        return 0;
    } catch (const CLI::ExtrasError&) {
        return unexpected(app);
    } catch (const CLI::ParseError& e) {
        return usage_problem(command_of(app), e.what());
    }
    const std::string command = command_of(app);
    if (command.empty()) {
        std::string names;
        for (const std::string& name : command_names(app)) names += (names.empty() ? "" : ", ") + name;
        return usage_problem("", "missing command (" + names + ")");
    }
    if (!global.catalog.empty()) {
        if (const auto problem = cli::use_catalog(global.catalog)) {
            std::cerr << "wa-errors: " << cli::terminal_text(*problem) << "\n";
            return 2;
        }
    }
    try {
        return line.runners.at(app.get_subcommand(command))(line, cli::use_colour(global.colour));
    } catch (const cli::usage_error& e) {
        return usage_problem(command, e.what());
    } catch (const std::exception& e) {  // io_error, and anything unforeseen (out of memory)
        std::cerr << "wa-errors: " << command << ": " << cli::terminal_text(e.what()) << "\n";
        return 2;
    }
}

// What was written must reach standard output: a full disk, a closed stream or a reader that
// went away (| head) makes the run fail with 2, not look like a success. A closed pipe needs no
// message: whoever closed it is not reading.
int finish(int status) {
    std::cout.flush();
    if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return status;
    if (errno != EPIPE)
        std::cerr << "wa-errors: cannot write to standard output: "
                  << (errno != 0 ? std::strerror(errno) : "write error") << "\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(SIGPIPE)
    // Writes to a pipe nobody reads fail with EPIPE, which finish() turns into exit status 2,
    // instead of killing the process unannounced with status 141.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    cli::global_options global;
    const cli::command_line line = cli::declare(global);
    return finish(run(line, global, argc, argv));
}
