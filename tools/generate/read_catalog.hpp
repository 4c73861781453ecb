// SPDX-License-Identifier: MIT
// Reads data/errors.json and checks every rule of docs/catalog.md.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "catalog_model.hpp"

namespace wa_errors::gen {

// The catalog, or one message naming file, entry index, id and field, e.g.
// `data/errors.json: entries[17] (meta.131047): field "category": unknown value "recpient"`.
std::variant<catalog_model, std::string> read_catalog(std::string_view json_text, const std::string& file_name);

}  // namespace wa_errors::gen
