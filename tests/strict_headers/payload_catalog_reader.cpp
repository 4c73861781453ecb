// SPDX-License-Identifier: MIT
// payload/catalog_reader.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_reader.hpp>

#include <string>
#include <variant>

bool strict_payload_catalog_reader(const std::string& text) {
    return std::holds_alternative<wa_errors::payload::catalog_file::model>(
        wa_errors::payload::catalog_file::read(text, "errors.json"));
}
