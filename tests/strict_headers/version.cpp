// SPDX-License-Identifier: MIT
// version.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/version.hpp>

#include <string_view>

bool strict_version() {
    return std::string_view(wa_errors::version_string).size() > 4 && wa_errors::version_major >= 0;
}
