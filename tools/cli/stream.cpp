// SPDX-License-Identifier: MIT
#include "stream.hpp"

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "failure.hpp"
#include "input.hpp"

namespace wa_errors_cli {

bool is_stream(int fd) {
    struct stat s {};
    if (::fstat(fd, &s) != 0) return false;
    return S_ISFIFO(s.st_mode) || S_ISSOCK(s.st_mode) || S_ISCHR(s.st_mode);
}

bool record_splitter::add(std::string_view line) {
    scan_.end_line();
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (scan_.depth() == 0) {
            // Outside JSON a '[' is mostly a log's "[ERROR]" or "[2026-12-03 ...]": only a '['
            // that starts the line opens a record (a JSON array body).
            const bool starts_line = line.find_first_not_of(" \t") == i;
            if (line[i] == '{' || (line[i] == '[' && starts_line)) scan_.next(line[i]);
            continue;
        }
        scan_.next(line[i]);
    }
    return scan_.depth() == 0;
}

bool line_reader::fill() {
    if (ended_) return false;
    if (start_ > 0) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    char chunk[65536];
    for (;;) {
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got > 0) {
            buffer_.append(chunk, static_cast<std::size_t>(got));
            return true;
        }
        if (got == 0) {
            ended_ = true;
            return false;
        }
        if (errno == EINTR) continue;
        throw io_error(std::string("cannot read standard input: ") + std::strerror(errno));
    }
}

line_reader::got line_reader::next(std::string& line, std::optional<std::chrono::milliseconds> wait) {
    for (;;) {
        const std::size_t newline = buffer_.find('\n', start_);
        if (newline != std::string::npos) {
            line.assign(buffer_, start_, newline - start_);
            start_ = newline + 1;
            return got::line;
        }
        if (buffer_.size() - start_ > max_input)
            throw io_error("standard input has a line longer than " + std::to_string(max_input / (1024 * 1024)) +
                           " MiB, the most classify reads");
        if (wait && !ended_) {
            pollfd p{fd_, POLLIN, 0};
            const int ready = ::poll(&p, 1, static_cast<int>(wait->count()));
            if (ready == 0) return got::quiet;
        }
        if (!fill()) {
            if (start_ < buffer_.size()) {
                line.assign(buffer_, start_, std::string::npos);
                start_ = buffer_.size();
                return got::line;
            }
            return got::end;
        }
    }
}

std::string line_reader::rest() {
    while (fill()) {
        if (buffer_.size() - start_ > max_input)
            throw io_error("standard input is larger than " + std::to_string(max_input / (1024 * 1024)) +
                           " MiB, the most classify reads");
    }
    std::string out = buffer_.substr(start_);
    start_ = buffer_.size();
    return out;
}

}  // namespace wa_errors_cli
