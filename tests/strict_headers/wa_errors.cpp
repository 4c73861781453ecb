// SPDX-License-Identifier: MIT
// wa_errors.hpp, the core's umbrella, alone under the strict warnings of CMakeLists.txt: it gives
// the types, find and classify (decide, the Retry-After parser and std::error_code are opt-in).
#include <wa_errors/wa_errors.hpp>

bool strict_wa_errors(int status) {
    const wa_errors::error_info& e = wa_errors::classify({status});
    const wa_errors::error_info* known = wa_errors::find(131047);
    return known != nullptr && e.retry.kind != wa_errors::retry_kind::never && !wa_errors::catalog_version().empty();
}
