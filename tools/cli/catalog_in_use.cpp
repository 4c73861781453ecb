// SPDX-License-Identifier: MIT
#include "catalog_in_use.hpp"

namespace wa_errors_cli {

namespace {

wa_errors::payload::catalog_overlay& overlay() {
    static wa_errors::payload::catalog_overlay catalog;  // made on first use, not at start-up
    return catalog;
}

}  // namespace

const wa_errors::payload::catalog_overlay& catalog_in_use() { return overlay(); }

std::vector<std::reference_wrapper<const wa_errors::error_info>> catalog_entries() {
    std::vector<std::reference_wrapper<const wa_errors::error_info>> entries;
    for (const wa_errors::error_info* e : overlay().current().entries()) entries.emplace_back(*e);
    return entries;
}

std::optional<std::string> use_catalog(const std::string& path) { return overlay().load_file(path); }

}  // namespace wa_errors_cli
