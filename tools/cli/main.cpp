// wa-errors: the catalog for on-call engineers and scripts (DESIGN §10).
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#if defined(_WIN32)
#include <io.h>
#define WA_ERRORS_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define WA_ERRORS_ISATTY(fd) isatty(fd)
#endif

#include <wa_errors/lookup.hpp>
#include <wa_errors/version.hpp>

#include "args.hpp"
#include "commands.hpp"
#include "serve.hpp"
#include "simulate.hpp"

namespace {

bool use_colour() {
    const char* no_colour = std::getenv("NO_COLOR");
    return (no_colour == nullptr || *no_colour == '\0') && WA_ERRORS_ISATTY(1);
}

int usage(const std::string& where, const std::string& problem) {
    std::cerr << "wa-errors: " << where << problem << "\nTry 'wa-errors --help'.\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty()) return usage("", "missing command");
    const std::string& command = words[0];
    if (command == "--help" || command == "-h" || command == "help") return std::cout << wa_errors_cli::tool_help(), 0;
    if (command == "--version") {
        std::cout << "wa-errors " << wa_errors::version_string << " (catalog " << wa_errors::catalog_version() << ")\n";
        return 0;
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    const wa_errors_cli::io out{use_colour()};
    try {
        if (command == "explain") return wa_errors_cli::explain(rest, out);
        if (command == "classify") return wa_errors_cli::classify(rest, out);
        if (command == "decide") return wa_errors_cli::decide(rest, out);
        if (command == "list") return wa_errors_cli::list(rest, out);
        if (command == "serve") return wa_errors_cli::serve(rest);
        if (command == "simulate") return wa_errors_cli::simulate(rest);
        return usage("", "unknown command '" + command + "'");
    } catch (const wa_errors_cli::usage_error& e) {
        return usage(command + ": ", e.what());
    } catch (const std::exception& e) {
        std::cerr << "wa-errors: " << command << ": " << e.what() << "\n";
        return 1;
    }
}
