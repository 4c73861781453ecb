// wa_errors: the retry decision for one failed attempt (DESIGN §6).
// constexpr and noexcept; deterministic given its inputs (the caller supplies the jitter).
#pragma once

#include <chrono>

#include "types.hpp"

namespace wa_errors {

struct retry_decision {
    bool retry;                       // send again?
    std::chrono::milliseconds delay;  // how long to wait first (0 when not retrying)
    retry_scope scope;                // what to pause meanwhile: the request, recipient, number or account
    action next;                      // what to do (also when not retrying: alert, fix, send a template...)
};

// The longest Retry-After that decide() honours: a server asking for more than a day is more
// likely broken than right, and a day-long pause is already an incident a person should see.
inline constexpr std::chrono::milliseconds max_retry_after = std::chrono::hours(24);

namespace detail {

// NaN and values above 1 count as 1 (the longest wait, the safe side); negatives as 0.
constexpr double clamp_jitter(double jitter) noexcept {
    if (!(jitter >= 0.0)) return jitter < 0.0 ? 0.0 : 1.0;  // NaN fails every comparison
    return jitter > 1.0 ? 1.0 : jitter;
}

// min(max_delay, initial * multiplier^(attempt - 1)) without overflow: stops growing at the cap.
constexpr double capped_backoff_ms(const retry_policy& p, unsigned attempt) noexcept {
    const auto cap = static_cast<double>(p.max_delay_ms);
    auto delay = static_cast<double>(p.initial_delay_ms);
    for (unsigned i = 1; i < attempt && delay < cap && p.multiplier > 1.0; ++i) delay *= p.multiplier;
    return delay < cap ? delay : cap;
}

}  // namespace detail

// Whether and when to send again after `attempts_made` attempts (the first attempt counts; 0 is
// treated as 1) failed with `e`.
//  - never / after_fix: no retry.
//  - backoff / throttle: no retry once attempts_made >= max_attempts; otherwise
//    delay = jitter * min(max_delay, initial * multiplier^(attempts_made - 1)), "full jitter"
//    with the caller's uniform random number in [0, 1] (NaN or > 1 count as 1, < 0 as 0).
//  - throttle also waits at least `retry_after` (a server's Retry-After or Meta's usage header;
//    negative counts as 0, more than max_retry_after as max_retry_after).
constexpr retry_decision decide(const error_info& e, unsigned attempts_made, double jitter = 1.0,
                                std::chrono::milliseconds retry_after = {}) noexcept {
    const retry_policy& p = e.retry;
    const unsigned attempt = attempts_made == 0 ? 1U : attempts_made;
    const bool retryable = p.kind == retry_kind::backoff || p.kind == retry_kind::throttle;
    if (!retryable || attempt >= p.max_attempts) return {false, std::chrono::milliseconds(0), p.scope, e.action};

    const double delay_ms = detail::clamp_jitter(jitter) * detail::capped_backoff_ms(p, attempt);
    auto delay = std::chrono::milliseconds(static_cast<long long>(delay_ms));
    if (p.kind == retry_kind::throttle) {
        const auto floor = retry_after < std::chrono::milliseconds(0) ? std::chrono::milliseconds(0)
                           : retry_after > max_retry_after            ? max_retry_after
                                                                      : retry_after;
        if (delay < floor) delay = floor;
    }
    return {true, delay, p.scope, e.action};
}

}  // namespace wa_errors
