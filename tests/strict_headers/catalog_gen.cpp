// SPDX-License-Identifier: MIT
// catalog.gen.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/catalog.gen.hpp>

#include <iterator>

bool strict_catalog_gen() {
    return std::size(wa_errors::generated::entries) > 0 && !wa_errors::generated::catalog_version.empty();
}
