// SPDX-License-Identifier: MIT
// Prints every catalog entry through payload/json_io.hpp, one JSON line each, the way
// `wa-errors list --json` prints them: the test "cli: list --json is what the library's
// to_json writes" compares the two outputs byte for byte.
#include <iostream>

#include <wa_errors/lookup.hpp>
#include <wa_errors/payload/json_io.hpp>

int main() {
    for (const wa_errors::error_info& e : wa_errors::catalog()) {
        const nlohmann::ordered_json j = e;
        std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    }
    return std::cout.good() ? 0 : 1;
}
