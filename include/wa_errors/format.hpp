// SPDX-License-Identifier: MIT
// wa_errors: std::format support (C++20). The enums print their catalog names and an error_info
// its id, as operator<< does, with a string's options ({:>12}, {:^20}); `{:l}` prints an entry as
// one line for a log: meta.131047 (recipient, retry: never, next: send_template): Re-engagement message
// Opt-in: wa_errors.hpp does not include it, because <format> is expensive to compile. Where the
// standard library has no complete std::format (C++17; libstdc++ before GCC 13; a libc++ that
// does not define __cpp_lib_format) this header declares nothing and WA_ERRORS_HAS_STD_FORMAT
// is 0. For {fmt}: wa_errors/fmt.hpp.
#pragma once

// <version> says whether <format> is complete; it exists wherever __cpp_lib_format can be set.
#if __has_include(<version>)
#include <version>
#endif

#if defined(__cpp_lib_format) && __has_include(<format>)
#define WA_ERRORS_HAS_STD_FORMAT 1
#else
#define WA_ERRORS_HAS_STD_FORMAT 0
#endif

#if WA_ERRORS_HAS_STD_FORMAT

#include <format>
#include <string_view>

#include "enum_names.hpp"
#include "types.hpp"
#include "version.hpp"

// Every enum that has names (enum_names.hpp) prints its name, with everything a string format
// spec allows. The formatter is found for the enum wherever its own header was included.
template <class Enum>
requires wa_errors::detail::has_names_v<Enum>
struct std::formatter<Enum, char> : std::formatter<std::string_view, char> {
    template <class FormatContext>
    auto format(Enum value, FormatContext& ctx) const {
        return std::formatter<std::string_view, char>::format(wa_errors::to_string(value), ctx);
    }
};

// An entry prints its id with a string's options, or, for exactly `{:l}`, its log line. An `l`
// followed by anything else is left to the string spec (`{:l>12}` pads with 'l').
template <>
struct std::formatter<wa_errors::error_info, char> : std::formatter<std::string_view, char> {
    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it == 'l' && (it + 1 == ctx.end() || *(it + 1) == '}')) {
            long_line_ = true;
            return it + 1;
        }
        return std::formatter<std::string_view, char>::parse(ctx);
    }

    template <class FormatContext>
    auto format(const wa_errors::error_info& e, FormatContext& ctx) const {
        if (long_line_) {
            return std::format_to(ctx.out(), "{} ({}, retry: {}, next: {}): {}", e.id, e.category, e.retry.kind,
                                  e.action, e.title);
        }
        return std::formatter<std::string_view, char>::format(e.id, ctx);
    }

private:
    bool long_line_ = false;
};

#endif  // WA_ERRORS_HAS_STD_FORMAT
