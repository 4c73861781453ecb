// SPDX-License-Identifier: MIT
// The catalog as the generator sees it once it has been read and validated: the model that
// catalog_overlay reads at run time too (include/wa_errors/payload/catalog_model.hpp).
#pragma once

#include <wa_errors/payload/catalog_model.hpp>

namespace wa_errors::gen {

using entry_model = payload::catalog_file::entry;
using limit_model = payload::catalog_file::limit;
using catalog_model = payload::catalog_file::model;

}  // namespace wa_errors::gen
