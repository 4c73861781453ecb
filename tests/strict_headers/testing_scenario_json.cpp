// SPDX-License-Identifier: MIT
// testing/scenario_json.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/scenario_json.hpp>

#include <cstddef>
#include <string_view>

std::size_t strict_testing_scenario_json(std::string_view text) {
    return wa_errors::testing::parse_scenario(text).recipients.size();
}
