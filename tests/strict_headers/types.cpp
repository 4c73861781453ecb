// SPDX-License-Identifier: MIT
// types.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/types.hpp>

#include <sstream>
#include <string>

std::string strict_types() {
    wa_errors::error_info entry{};
    entry.id = "meta.0";
    entry.retry.kind = wa_errors::retry_kind::throttle;
    std::ostringstream out;
    out << entry << ' ' << wa_errors::source::dialog360 << ' ' << wa_errors::category::rate_limit << ' '
        << wa_errors::retry_kind::backoff << ' ' << wa_errors::retry_scope::recipient << ' '
        << wa_errors::retry_outcome::unknown << ' ' << wa_errors::action::slow_down;
    for (std::string_view fragment : entry.match) out << fragment;
    const auto parsed = wa_errors::from_string<wa_errors::transport_failure>("no_answer");
    if (parsed) out << wa_errors::to_string(*parsed);
    return wa_errors::is_retryable(entry) && entry == entry ? out.str() : std::string();
}
