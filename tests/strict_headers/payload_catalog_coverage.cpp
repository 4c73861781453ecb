// SPDX-License-Identifier: MIT
// payload/catalog_coverage.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/catalog_coverage.hpp>

#include <cstddef>
#include <vector>

std::size_t strict_payload_catalog_coverage() {
    std::vector<wa_errors::payload::catalog_file::entry> entries(3);
    entries[0].code = 131047;
    entries[1].code = 131047;
    entries[1].match = {"template"};
    entries[2].code = 100;
    entries[2].subcode = 33;
    const wa_errors::payload::catalog_file::coverage covered(entries);
    const wa_errors::payload::catalog_file::code_plan plan = covered.code(131047);
    return plan.primary + plan.variants.size() + covered.pair(100, 33).variants.size() + covered.ranges().size() +
           covered.parents_of().size() + covered.exact_codes().size();
}
