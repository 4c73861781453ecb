// SPDX-License-Identifier: MIT
// wa_errors::redis: what goes into a script run (its arguments) and what comes out (its reply),
// without allocating: numbers are written into the argument itself, replies are small.
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// One argument of a script: a number (written exactly, as %.17g) or a text the caller keeps alive.
// Whole numbers, the common case (flags, counts, microseconds), go through std::to_chars: the
// same text without snprintf's cost on every call.
class script_arg {
public:
    script_arg(double number) noexcept {  // NOLINT(google-explicit-constructor): reads as a list
        if (number >= 0.0 && number < 1e15 && number == static_cast<double>(static_cast<std::uint64_t>(number))) {
            const auto end =
                std::to_chars(buffer_.data(), buffer_.data() + buffer_.size() - 1, static_cast<std::uint64_t>(number))
                    .ptr;
            *end = '\0';
            size_ = static_cast<std::size_t>(end - buffer_.data());
        } else {
            size_ = static_cast<std::size_t>(std::snprintf(buffer_.data(), buffer_.size(), "%.17g", number));
        }
    }
    script_arg(std::string_view text) noexcept : text_(text.data()), size_(text.size()) {}  // NOLINT

    [[nodiscard]] const char* data() const noexcept { return text_ != nullptr ? text_ : buffer_.data(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
    std::array<char, 32> buffer_{};
    const char* text_ = nullptr;
    std::size_t size_ = 0;
};

// What a script answered: up to five integers and one short text. `ok` is false when Redis did
// not answer (down, slow, busy connection) or answered with an error: the caller answers locally.
struct script_reply {
    bool ok = false;
    std::array<std::int64_t, 5> number{};
    std::array<char, 96> text{};
    std::size_t text_size = 0;
    [[nodiscard]] std::string_view text_view() const noexcept { return {text.data(), text_size}; }
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
