// SPDX-License-Identifier: MIT
// Reads data/errors.json and checks every rule of docs/catalog.md, with the reader and the rules
// the library's run-time catalog_overlay uses (include/wa_errors/payload/catalog_reader.hpp), so
// that the generator and a service loading a newer catalog accept and refuse the same files.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include <wa_errors/payload/catalog_reader.hpp>

#include "catalog_model.hpp"

namespace wa_errors::gen {

// The catalog, or one message naming file, entry index, id and field, e.g.
// `data/errors.json: entries[17] (meta.131047): field "category": unknown value "recpient"`.
inline std::variant<catalog_model, std::string> read_catalog(std::string_view json_text, const std::string& file_name) {
    return payload::catalog_file::read(json_text, file_name);
}

}  // namespace wa_errors::gen
