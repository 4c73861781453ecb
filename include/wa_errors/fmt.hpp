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

#include "redis/options.hpp"  // connection_state: standard library only, no hiredis
#include "retry.hpp"
#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

// An enum prints its name (to_string) with everything a string format spec allows.
template <class Enum>
struct fmt_name_formatter : fmt::formatter<fmt::string_view> {
    template <class FormatContext>
    auto format(Enum value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string_view name = to_string(value);
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(name.data(), name.size()), ctx);
    }
};

}  // namespace detail
WA_ERRORS_END_NAMESPACE

template <>
struct fmt::formatter<wa_errors::source> : wa_errors::detail::fmt_name_formatter<wa_errors::source> {};
template <>
struct fmt::formatter<wa_errors::category> : wa_errors::detail::fmt_name_formatter<wa_errors::category> {};
template <>
struct fmt::formatter<wa_errors::retry_kind> : wa_errors::detail::fmt_name_formatter<wa_errors::retry_kind> {};
template <>
struct fmt::formatter<wa_errors::retry_scope> : wa_errors::detail::fmt_name_formatter<wa_errors::retry_scope> {};
template <>
struct fmt::formatter<wa_errors::retry_outcome> : wa_errors::detail::fmt_name_formatter<wa_errors::retry_outcome> {};
template <>
struct fmt::formatter<wa_errors::transport_failure>
    : wa_errors::detail::fmt_name_formatter<wa_errors::transport_failure> {};
template <>
struct fmt::formatter<wa_errors::traffic> : wa_errors::detail::fmt_name_formatter<wa_errors::traffic> {};
template <>
struct fmt::formatter<wa_errors::hold_lifts> : wa_errors::detail::fmt_name_formatter<wa_errors::hold_lifts> {};
template <>
struct fmt::formatter<wa_errors::action> : wa_errors::detail::fmt_name_formatter<wa_errors::action> {};
template <>
struct fmt::formatter<wa_errors::stop_reason> : wa_errors::detail::fmt_name_formatter<wa_errors::stop_reason> {};
template <>
struct fmt::formatter<wa_errors::redis::connection_state>
    : wa_errors::detail::fmt_name_formatter<wa_errors::redis::connection_state> {};

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
