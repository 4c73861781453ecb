// SPDX-License-Identifier: MIT
// with_serve WA_ERRORS [SERVE ARGS...] -- COMMAND [ARGS...]
// Starts `wa-errors serve` on a free loopback port, runs COMMAND with every "{url}" in its
// arguments replaced by the server's URL, stops the server, and exits with COMMAND's code (1 if
// the server did not stop cleanly). A client test in any language can run under it.
#include <signal.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "serve_process.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> serve_args, command;
    bool after = false;
    for (int i = 2; i < argc; ++i) {
        const std::string word = argv[i];
        if (!after && word == "--") {
            after = true;
        } else {
            (after ? command : serve_args).push_back(word);
        }
    }
    if (argc < 2 || command.empty()) {
        std::cerr << "usage: with_serve WA_ERRORS [SERVE ARGS...] -- COMMAND [ARGS...]\n";
        return 2;
    }
    try {
        wa_errors_test::serve_process server(argv[1], serve_args);
        for (std::string& word : command) {
            for (std::size_t at = word.find("{url}"); at != std::string::npos; at = word.find("{url}"))
                word.replace(at, 5, server.url());
        }
        std::string output;
        const int code =
            wa_errors_test::run(command[0], {command.begin() + 1, command.end()}, output, std::chrono::seconds(300));
        std::cout << output;
        const int server_code = server.stop(SIGTERM);
        if (server_code != 0) {
            std::cerr << "with_serve: wa-errors serve exited " << server_code << "; its log:\n" << server.log();
            return 1;
        }
        return code;
    } catch (const std::exception& e) {
        std::cerr << "with_serve: " << e.what() << "\n";
        return 1;
    }
}
