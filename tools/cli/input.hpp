// SPDX-License-Identifier: MIT
// What classify reads: a file, or standard input for "-", whole and bounded.
#pragma once

#include <cstddef>
#include <string>

namespace wa_errors_cli {

// Larger inputs are refused rather than read: no paste or captured response comes near it,
// and the bound keeps a wrong file (a disk image, /dev/zero) from exhausting memory.
inline constexpr std::size_t max_input = std::size_t{64} * 1024 * 1024;

// The whole of `path` ("-": standard input). Throws io_error naming the file and the reason
// when it cannot be opened or read (a directory, a closed stream) or holds more than max_input.
std::string read_input(const std::string& path);

}  // namespace wa_errors_cli
