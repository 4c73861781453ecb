// SPDX-License-Identifier: MIT
// payload/catalog_rules.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_rules.hpp>

#include <cstddef>
#include <string>

std::size_t strict_payload_catalog_rules(const nlohmann::json& root) {
    try {
        return wa_errors::payload::catalog_file::rules::from_json(root, "errors.json").entries.size();
    } catch (const wa_errors::payload::catalog_file::invalid&) {
        return 0;
    }
}
