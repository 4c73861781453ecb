// SPDX-License-Identifier: MIT
// retry.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/retry.hpp>

#include <chrono>

wa_errors::retry_decision strict_retry(double jitter) {
    wa_errors::error_info entry{};
    entry.retry.kind = wa_errors::retry_kind::backoff;
    entry.retry.initial_delay_ms = 1000;
    entry.retry.max_delay_ms = 60000;
    entry.retry.multiplier = 2.0;
    entry.retry.max_attempts = 5;
    wa_errors::retry_input in;
    in.jitter = jitter;
    in.hint = wa_errors::server_hint::wait_for(std::chrono::seconds(3));
    const wa_errors::retry_decision d = wa_errors::decide(entry, in);
    return wa_errors::to_string(d.reason).empty() ? d : wa_errors::retry_decision{};
}
