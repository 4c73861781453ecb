// SPDX-License-Identifier: MIT
// enum_names.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/enum_names.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace strict_names {
enum class colour : std::uint8_t { red, green };
}  // namespace strict_names

template <>
struct wa_errors::detail::enum_names<strict_names::colour> {
    static constexpr std::string_view names[] = {"red", "green"};
};

namespace strict_names {
using wa_errors::operator<<;
}  // namespace strict_names

std::ostream& strict_enum_names(std::ostream& out, std::string_view name) {
    const auto value = wa_errors::from_string<strict_names::colour>(name);
    return out << (value ? *value : strict_names::colour::red) << wa_errors::to_string(strict_names::colour::green);
}
