// SPDX-License-Identifier: MIT
// lookup.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/lookup.hpp>

bool strict_lookup(long long code, long long subcode) {
    const wa_errors::error_info* by_code = wa_errors::find(code);
    const wa_errors::error_info* by_pair = wa_errors::find(code, subcode);
    const wa_errors::error_info* by_id = wa_errors::find("meta.131047");
    const wa_errors::error_info& classified = wa_errors::classify({400, code, subcode, "message", "", "", "+1 650"});
    return by_code != nullptr && by_pair == nullptr && by_id != nullptr && classified.http_status >= 0 &&
           wa_errors::documented_limit(wa_errors::retry_scope::phone_number) != nullptr &&
           !wa_errors::catalog_version().empty() && wa_errors::catalog()[0].id.size() > 0;
}
