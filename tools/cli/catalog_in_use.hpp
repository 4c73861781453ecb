// SPDX-License-Identifier: MIT
// The catalog every command answers from: the table compiled into the tool, or a newer
// errors.json laid over it (--catalog FILE, or the WA_ERRORS_CATALOG environment variable), read
// and checked as a service's catalog_overlay reads it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wa_errors/payload/catalog_overlay.hpp>

namespace wa_errors_cli {

// The catalog in use; the compiled-in table until use_catalog() loaded a file.
const wa_errors::payload::catalog_overlay& catalog_in_use();

// Every entry of the catalog in use, in catalog order.
std::vector<std::reference_wrapper<const wa_errors::error_info>> catalog_entries();

// Loads `path` over the compiled-in table for the rest of the run. On a problem, its message
// (naming file, entry and field) and nothing changes.
std::optional<std::string> use_catalog(const std::string& path);

}  // namespace wa_errors_cli
