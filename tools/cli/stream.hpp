// SPDX-License-Identifier: MIT
// classify reading a stream (`tail -f app.log | wa-errors classify`): lines as they come, and
// the records they make: a line, or the lines of a JSON value that spans several (a pretty-printed
// body), so that each error is shown as soon as its record is whole rather than at end of input.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text.hpp"

namespace wa_errors_cli {

// True when file descriptor `fd` is a pipe, a socket or a terminal: input that may never end,
// read record by record. Files (and directories, which fail to read) are read whole.
bool is_stream(int fd);

// Tells where a record ends. A record is one line, unless the line opens a JSON object (a '{'
// anywhere, or a '[' first on the line) that it does not close: then it runs to the line that
// closes it. Brackets inside JSON strings don't count; strings don't span lines (JSON's don't).
class record_splitter {
public:
    // Adds a line (without its newline); true when the lines added since the record began now
    // make a whole record, which also begins the next one.
    bool add(std::string_view line);
    // A record that has begun and not ended.
    [[nodiscard]] bool open() const { return scan_.depth() > 0; }
    void reset() { scan_.reset(); }

private:
    bracket_scan scan_{};
};

// Lines from a file descriptor, read with read(2) so that waiting for more input can be bounded.
class line_reader {
public:
    explicit line_reader(int fd) : fd_(fd) {}

    enum class got { line, quiet, end };

    // The next line, without its '\n', into `line`. With `wait`, returns `quiet` when no whole
    // line came within it. `end` at end of input (a last line without '\n' is a line first).
    // Throws io_error when reading fails or a line outgrows max_input.
    got next(std::string& line, std::optional<std::chrono::milliseconds> wait);
    // Everything not read yet, up to the end of input, bounded by max_input.
    std::string rest();

private:
    // Reads once more into buffer_; false at end of input.
    bool fill();

    int fd_;
    std::string buffer_{};
    std::size_t start_ = 0;  // where the unread part of buffer_ begins
    bool ended_ = false;
};

}  // namespace wa_errors_cli
