// SPDX-License-Identifier: MIT
// wa_errors internals: the two ASCII routines the lookups need, apart from the rest of
// detail/text.hpp (which includes this header), so that the umbrella does not pull <string> and the
// number and UTF-8 parsers into every translation unit that only classifies.
#pragma once

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace detail
WA_ERRORS_END_NAMESPACE
