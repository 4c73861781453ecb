// SPDX-License-Identifier: MIT
// payload/catalog_snapshot.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_snapshot.hpp>

#include <memory>
#include <string>
#include <variant>

bool strict_payload_catalog_snapshot(const std::string& text) {
    auto read = wa_errors::payload::catalog_snapshot::read(text, "errors.json");
    const auto* snapshot = std::get_if<std::shared_ptr<const wa_errors::payload::catalog_snapshot>>(&read);
    if (snapshot == nullptr) return false;
    return (*snapshot)->classify({400, 131047}).id == "meta.131047" && (*snapshot)->find("meta.131047") != nullptr &&
           (*snapshot)->pace(wa_errors::retry_scope::phone_number).per_second > 0;
}
