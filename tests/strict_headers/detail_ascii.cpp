// SPDX-License-Identifier: MIT
// detail/ascii.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/detail/ascii.hpp>

bool strict_detail_ascii(char c) {
    return wa_errors::detail::is_ascii_digit(c) || wa_errors::detail::ascii_lower(c) == 'a';
}
