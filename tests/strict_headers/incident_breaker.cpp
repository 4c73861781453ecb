// SPDX-License-Identifier: MIT
// incident_breaker.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/incident_breaker.hpp>

bool strict_incident_breaker() {
    wa_errors::incident_breaker breaker;
    wa_errors::error_info entry{};
    entry.retry.kind = wa_errors::retry_kind::backoff;
    entry.category = wa_errors::category::server;
    const auto now = wa_errors::incident_breaker::clock::now();
    const bool opened = breaker.on_failure(entry, now);
    const bool closed = breaker.on_success(now, now);
    return breaker.admit(now).go && breaker.admit_at(now) >= now && !opened && !closed &&
           breaker.current() == wa_errors::incident_breaker::state::closed;
}
