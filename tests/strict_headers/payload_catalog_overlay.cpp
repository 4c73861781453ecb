// SPDX-License-Identifier: MIT
// payload/catalog_overlay.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_overlay.hpp>

#include <string>

bool strict_payload_catalog_overlay(const std::string& text) {
    wa_errors::payload::catalog_overlay overlay;
    const bool loaded = !overlay.load(text, "errors.json");
    const wa_errors::error_info& e = wa_errors::payload::classify(overlay, {400, 131047});
    const auto parsed = wa_errors::payload::parse(R"({"error":{"code":131047}})", 400, overlay);
    return loaded && e.id == overlay.find(131047)->id && parsed.errors.size() == 1 && overlay.kept() > 0;
}
