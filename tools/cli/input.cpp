// SPDX-License-Identifier: MIT
#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "failure.hpp"

namespace wa_errors_cli {

namespace {

struct file_closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string reason() { return errno != 0 ? std::strerror(errno) : "read error"; }

}  // namespace

std::string read_input(const std::string& path) {
    const bool standard_input = path == "-";
    const std::string name = standard_input ? "standard input" : path;
    std::unique_ptr<std::FILE, file_closer> opened;
    std::FILE* file = stdin;
    if (!standard_input) {
        errno = 0;
        opened.reset(std::fopen(path.c_str(), "rb"));
        if (!opened) throw io_error("cannot open " + name + ": " + reason());
        file = opened.get();
    }
    std::string text;
    char buffer[65536];
    for (;;) {
        errno = 0;
        const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
        if (got == 0) break;
        if (text.size() + got > max_input)
            throw io_error(name + " is larger than " + std::to_string(max_input / (1024 * 1024)) +
                           " MiB, the most classify reads");
        text.append(buffer, got);
    }
    // Reading a directory fails here (EISDIR), as does a standard input that was closed.
    if (std::ferror(file)) throw io_error("cannot read " + name + ": " + reason());
    return text;
}

}  // namespace wa_errors_cli
