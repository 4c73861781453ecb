// SPDX-License-Identifier: MIT
// wa_errors: named enums. An enum has names when detail::enum_names<E> is specialised for it,
// beside the enum, in the header that declares it; that specialisation is the only list. Every
// enum that has names then gets to_string, from_string and operator<< here, a std::formatter in
// format.hpp and an fmt::formatter in fmt.hpp, without any of them naming the enum.
// Standard library only.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>

#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

// names[i] is the name of enumerator i. Empty for an enum without names.
template <class Enum>
struct enum_names {};

template <class Enum, class = void>
struct has_names : std::false_type {};
template <class Enum>
struct has_names<Enum, std::void_t<decltype(enum_names<Enum>::names)>> : std::is_enum<Enum> {};
template <class Enum>
inline constexpr bool has_names_v = has_names<Enum>::value;

template <class Enum>
constexpr std::string_view name_of(Enum value) noexcept {
    const auto index = static_cast<std::size_t>(value);
    return index < std::size(enum_names<Enum>::names) ? enum_names<Enum>::names[index] : std::string_view{};
}

}  // namespace detail

// The catalog name of an enumerator; empty for a value outside the enum.
template <class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
[[nodiscard]] constexpr std::string_view to_string(Enum value) noexcept {
    return detail::name_of(value);
}

// The enumerator with this exact catalog name, e.g. from_string<category>("rate_limit").
template <class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
[[nodiscard]] constexpr std::optional<Enum> from_string(std::string_view name) noexcept {
    std::size_t index = 0;
    for (std::string_view candidate : detail::enum_names<Enum>::names) {
        if (candidate == name) return static_cast<Enum>(index);
        ++index;
    }
    return std::nullopt;
}

// Stream output prints names. A template over the stream, so that this header needs only
// <iosfwd>: the body is instantiated where the caller already has <ostream>.
template <class Traits, class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, Enum value) {
    return os << to_string(value);
}

WA_ERRORS_END_NAMESPACE
