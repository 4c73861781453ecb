// SPDX-License-Identifier: MIT
// Turns a validated catalog into include/wa_errors/catalog.gen.hpp.
#pragma once

#include <string>

#include "catalog_model.hpp"

namespace wa_errors::gen {

// The header's full text; the same catalog always gives the same bytes.
std::string emit_header(const catalog_model& catalog);

}  // namespace wa_errors::gen
