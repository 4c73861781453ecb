// SPDX-License-Identifier: MIT
// payload/catalog_model.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_model.hpp>

bool strict_payload_catalog_model() {
    wa_errors::payload::catalog_file::entry e;
    e.code = 131047;
    return e.last_code() == 131047 && !e.has_condition();
}
