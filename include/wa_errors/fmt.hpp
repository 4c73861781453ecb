// SPDX-License-Identifier: MIT
// wa_errors: {fmt} support. The enums print their catalog names and an error_info its id, as
// operator<< does, with a string's options ({:>12}, {:^20}); `{:l}` prints an entry as one
// line for a log: meta.131047 (recipient, retry: never, next: send_template): Re-engagement message
// Opt-in: wa_errors.hpp does not include it, so that the core keeps compiling fast. Needs {fmt}
// (9 or later) and nothing else: link fmt::fmt or fmt::fmt-header-only; there is no wa_errors
// target for it. For C++20's std::format: wa_errors/format.hpp.
#pragma once

#include <fmt/format.h>

#include <string_view>
#include <type_traits>

#include "enum_names.hpp"
#include "types.hpp"
#include "version.hpp"

// Every enum that has names (enum_names.hpp) prints its name, with everything a string format
// spec allows. The formatter is found for the enum wherever its own header was included.
template <class Enum>
struct fmt::formatter<Enum, char, std::enable_if_t<wa_errors::detail::has_names_v<Enum>>>
    : fmt::formatter<fmt::string_view> {
    template <class FormatContext>
    auto format(Enum value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string_view name = wa_errors::to_string(value);
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(name.data(), name.size()), ctx);
    }
};

// An entry prints its id with a string's options, or, for exactly `{:l}`, its log line. An `l`
// followed by anything else is left to the string spec (`{:l>12}` pads with 'l').
template <>
struct fmt::formatter<wa_errors::error_info> : fmt::formatter<fmt::string_view> {
    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it == 'l' && (it + 1 == ctx.end() || *(it + 1) == '}')) {
            long_line_ = true;
            return it + 1;
        }
        return fmt::formatter<fmt::string_view>::parse(ctx);
    }

    template <class FormatContext>
    auto format(const wa_errors::error_info& e, FormatContext& ctx) const -> decltype(ctx.out()) {
        if (long_line_) {
            return fmt::format_to(ctx.out(), "{} ({}, retry: {}, next: {}): {}", e.id, e.category, e.retry.kind,
                                  e.action, e.title);
        }
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(e.id.data(), e.id.size()), ctx);
    }

private:
    bool long_line_ = false;
};
