// SPDX-License-Identifier: MIT
// payload/vocabulary.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/vocabulary.hpp>

#include <string_view>

bool strict_payload_vocabulary(std::string_view key) {
    namespace detail = wa_errors::payload::detail;
    const detail::key_rule* rule = detail::find_rule(key, detail::scope::walk);
    return (rule != nullptr && detail::introduces_error(rule->what)) || detail::may_introduce_error(key, true);
}
