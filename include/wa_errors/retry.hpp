// SPDX-License-Identifier: MIT
// wa_errors: the retry decision for one failed attempt.
// constexpr, noexcept, allocation-free; deterministic given its inputs (the caller supplies the
// jitter). The rules, with their sources, are in docs/retry.md.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "detail/build_mode.hpp"
#include "server_hint.hpp"
#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// Why a decision says "don't resend". Every stop has one.
enum class stop_reason : std::uint8_t {
    none,              // the decision is to retry
    never,             // the same request cannot succeed
    after_fix,         // it fails until a person fixes something: alert, don't loop
    attempts_spent,    // max_attempts failures that count have happened
    deadline,          // past max_elapsed_ms, the message's deadline_left or max_server_wait
    server_said_stop,  // the server asked not to retry
    invalid_input      // attempts was 0: the caller's count is off by one somewhere
};

// What the sender knows when an attempt fails.
struct retry_input {
    // Attempts of this message that counted, the one that just failed included: 1 after the
    // first failure. Throttles don't count (they are paced per scope), so don't add them here.
    unsigned attempts = 1;
    // Failures of this scope (the number, the business-user pair, the account) in a row, this one
    // included. Meta's 131056 waits 4^X seconds with X counted per pair, not per message.
    unsigned scope_failures = 1;
    // Time this message has spent failing: its own retry delays since it first failed, not the
    // time it was held by a pause or by pacing, nor a server's wait (send_policy counts it so).
    std::chrono::milliseconds elapsed{0};
    // What the server said (Retry-After, the usage headers): a floor, never shortened.
    server_hint hint{};
    // Time left before the message is no longer worth delivering (an OTP's validity, a
    // template's time to live), if it has one.
    std::optional<std::chrono::milliseconds> deadline_left{};
    // The longest server wait (Retry-After, usage headers) worth waiting out, if the caller sets
    // one. A server's wait is a fact about the server, not about this message: without this or a
    // deadline_left it is waited out however long it is, even past the entry's max_elapsed_ms.
    std::optional<std::chrono::milliseconds> max_server_wait{};
    // A uniform random number in [0, 1] from the caller. NaN and values above 1 count as 1,
    // negatives as 0. It spreads retries so that a thousand senders don't come back together.
    double jitter = 0.5;
};

// A pause that lasts until an event ends it (a person's fix, the user's message or opt-in), not time.
inline constexpr std::chrono::milliseconds until_fixed = std::chrono::milliseconds::max();

struct retry_decision {
    bool retry = false;                        // send the same message again?
    std::chrono::milliseconds delay{0};        // wait this long first (0 when not retrying)
    std::chrono::milliseconds floor{0};        // no resend may come earlier: documented minimum, server's wait
    retry_scope scope = retry_scope::request;  // what the error is about
    // What the failure holds: the sends of `hold.traffic` for `hold.scope` (request: no hold),
    // until `hold.lifts` happens. `pause` is how long: for a time-lifted hold a throttle's floor or
    // a backoff's delay; until_fixed for holds that an event ends; 0 when nothing is held.
    hold_policy hold{};
    std::chrono::milliseconds pause{0};
    action next = action::none;      // what to do: also when not retrying (alert, fix, send a template)
    bool may_duplicate = false;      // the server may have acted: reconcile before resending
    bool counts_as_attempt = false;  // this failure counts against max_attempts (throttles don't)
    stop_reason reason = stop_reason::none;
};

namespace detail {

template <>
struct enum_names<stop_reason> {
    static constexpr std::string_view names[] = {
        "none", "never", "after_fix", "attempts_spent", "deadline", "server_said_stop", "invalid_input"};
};

// Retries with a floor land in [floor, floor * (1 + jitter_spread)]: spread out, never early.
inline constexpr double jitter_spread = 0.2;

// No delay is longer than this (about 68 years, as for Retry-After), so that adding one to a
// time_point cannot overflow.
inline constexpr double longest_delay_ms = 2147483647.0 * 1000.0;

// NaN and values above 1 count as 1 (the longest wait, the safe side); negatives as 0.
constexpr double clamp_jitter(double jitter) noexcept {
    if (!(jitter >= 0.0)) return jitter < 0.0 ? 0.0 : 1.0;  // NaN fails every comparison
    return jitter > 1.0 ? 1.0 : jitter;
}

// min(max_delay, initial * multiplier^(n - 1)) without overflow. The power is taken by
// squaring, one step per bit of n - 1 (at most 32), so that a hand-made policy with a huge
// max_attempts and a multiplier just above 1 costs the same as a catalog one: stepping through
// the attempts took seconds per call. It stops as soon as the cap is certain. With the catalog's
// integral multipliers every intermediate value is exact, so the result is the same as
// multiplying n - 1 times (tests/retry_test.cpp compares both for every entry). A start at or
// below zero never grows; a multiplier of 1 or less (or NaN) keeps the start.
constexpr double capped_backoff_ms(const retry_policy& p, unsigned n) noexcept {
    const auto cap = static_cast<double>(p.max_delay_ms);
    const auto initial = static_cast<double>(p.initial_delay_ms);
    if (!(initial < cap)) return cap;
    if (initial <= 0.0) return 0.0;
    if (!(p.multiplier > 1.0) || n <= 1) return initial;
    // Twice the power that reaches the cap: beyond it the cap is certain whatever the rounding,
    // and below it nothing can overflow.
    const double clearly_past_cap = 2.0 * (cap / initial);
    double power = 1.0;
    double base = p.multiplier;
    for (unsigned e = n - 1; e != 0; e >>= 1) {
        if (e & 1U) {
            power *= base;
            if (!(power < clearly_past_cap)) return cap;
        }
        // Every remaining bit multiplies `power` by at least `base`.
        if (e > 1) {
            base *= base;
            if (!(base < clearly_past_cap)) return cap;
        }
    }
    const double delay = initial * power;
    return delay < cap ? delay : cap;
}

constexpr double max_of(double a, double b) noexcept { return a > b ? a : b; }

constexpr std::chrono::milliseconds to_ms(double ms) noexcept {
    return std::chrono::milliseconds(static_cast<long long>(ms < longest_delay_ms ? ms : longest_delay_ms));
}

constexpr retry_decision stop(const error_info& e, stop_reason why, bool counted) noexcept {
    retry_decision d;
    d.scope = e.retry.scope;
    d.next = e.action;
    d.counts_as_attempt = counted;
    d.reason = why;
    d.may_duplicate = e.retry.outcome == retry_outcome::unknown;
    // An error that no resend can fix holds its traffic until the event that ends it (the
    // generator allows no time-lifted hold on these kinds: they have no wait to run out).
    if ((why == stop_reason::never || why == stop_reason::after_fix) && e.hold.scope != retry_scope::request &&
        e.hold.lifts != hold_lifts::time) {
        d.hold = e.hold;
        d.pause = until_fixed;
    }
    return d;
}

// A message given up on for its own deadline while the server asked for a wait: the server's
// wait still holds the scope, so the next message does not walk into the same outage.
constexpr retry_decision stop_for_deadline(const error_info& e, bool counted, double floor,
                                           double server_wait) noexcept {
    retry_decision d = stop(e, stop_reason::deadline, counted);
    d.floor = to_ms(floor);
    if (server_wait > 0.0 && e.hold.scope != retry_scope::request && e.hold.lifts == hold_lifts::time) {
        d.hold = e.hold;
        d.pause = to_ms(server_wait);
    }
    return d;
}

}  // namespace detail

// Whether and when to send a message again after it failed with `e`.
//  1. never / after_fix entries, a server "stop" and attempts == 0 stop at once, with the reason.
//  2. n is the scope's failures in a row for a throttle, the message's attempts otherwise; the
//     curve is B = min(max_delay, initial * multiplier^(n - 1)).
//  3. The floor: the server's wait, and for an entry with a documented minimum (min_delay_ms)
//     max(min_delay, B), so that a curve like Meta's 4^X seconds is never undercut either.
//     With a floor, delay = floor * (1 + jitter * 0.2); without one, "full jitter": jitter * B.
//  4. Backoff failures count against max_attempts; throttles don't (a valid message is not
//     dropped because the number is busy).
//  5. A documented floor past the entry's max_elapsed_ms (counted in time spent failing), any
//     floor past the message's own deadline, or a server's wait past the caller's
//     max_server_wait gives up with reason `deadline`. A server's wait past max_elapsed_ms does
//     not: the server said when it will answer, and the message keeps its place until then.
//     A delay is never silently shortened below its floor, only the jitter above it is trimmed.
// `may_duplicate` is set when the entry's outcome is `unknown`: the failed request may have
// gone through, so check for its status webhook before resending.
// Header-only it is constexpr; in compiled mode (WA_ERRORS_SEPARATE_COMPILATION) it is declared
// here and defined once, in src/wa_errors.cpp, from this body.
#if WA_ERRORS_DETAIL_DECLARE_ONLY
[[nodiscard]] retry_decision decide(const error_info& e, const retry_input& in) noexcept;
#else
[[nodiscard]] WA_ERRORS_LOOKUP_API retry_decision decide(const error_info& e, const retry_input& in) noexcept {
    const retry_policy& p = e.retry;
    const bool counted = p.kind == retry_kind::backoff;
    if (in.attempts == 0) return detail::stop(e, stop_reason::invalid_input, counted);
    if (p.kind == retry_kind::never) return detail::stop(e, stop_reason::never, false);
    if (p.kind == retry_kind::after_fix) return detail::stop(e, stop_reason::after_fix, false);
    if (in.hint.says_stop()) return detail::stop(e, stop_reason::server_said_stop, counted);
    if (counted && in.attempts >= p.max_attempts) return detail::stop(e, stop_reason::attempts_spent, counted);

    const unsigned n = counted ? in.attempts : (in.scope_failures == 0 ? 1U : in.scope_failures);
    const double curve = detail::capped_backoff_ms(p, n);
    const double server_wait =
        in.hint.says_wait() && in.hint.wait.count() > 0 ? static_cast<double>(in.hint.wait.count()) : 0.0;
    // A repeat of the scope's failure may have a longer documented floor (131049: 24 h, then 48 h).
    const long long min_delay =
        in.scope_failures >= 2 && p.repeat_min_delay_ms > p.min_delay_ms ? p.repeat_min_delay_ms : p.min_delay_ms;
    const double documented = min_delay > 0 ? detail::max_of(static_cast<double>(min_delay), curve) : 0.0;
    const double floor = detail::max_of(documented, server_wait);
    const double jitter = detail::clamp_jitter(in.jitter);
    double delay =
        floor > 0.0 ? detail::max_of(floor * (1.0 + jitter * detail::jitter_spread), jitter * curve) : jitter * curve;

    // Deadlines: the entry's (time spent failing) bounds the message's own floor and backoff; the
    // message's time to live and the caller's longest server wait bound everything. The jitter
    // above the floor is trimmed to fit.
    double failing_left = detail::longest_delay_ms;
    const long long elapsed = in.elapsed.count() > 0 ? in.elapsed.count() : 0;
    if (p.max_elapsed_ms > 0) failing_left = static_cast<double>(p.max_elapsed_ms) - static_cast<double>(elapsed);
    double life_left = detail::longest_delay_ms;
    if (in.deadline_left) life_left = static_cast<double>(in.deadline_left->count());
    const bool server_too_long = in.max_server_wait && server_wait > static_cast<double>(in.max_server_wait->count());
    if (failing_left <= 0.0 || documented > failing_left || floor > life_left || life_left <= 0.0 || server_too_long)
        return detail::stop_for_deadline(e, counted, floor, server_wait);
    double limit = failing_left < life_left ? failing_left : life_left;
    if (limit < floor) limit = floor;  // a server's wait past max_elapsed_ms, inside the message's life
    if (delay > limit) delay = limit;

    retry_decision d;
    d.retry = true;
    d.delay = detail::to_ms(delay);
    d.floor = detail::to_ms(floor);
    if (d.delay < d.floor) d.delay = d.floor;  // rounding must not undercut the floor
    d.scope = p.scope;
    // A throttle pauses its scope for the floor only (the documented wait, the server's wait):
    // pacing, not a pause, spreads the scope's other messages. A backoff error of a whole scope
    // (a gateway failing for the number) pauses it for the whole delay, so one probe goes first.
    // The hold comes from the entry's `hold` (its scope and traffic), not from the retry scope.
    // A hold that an event ends (the user writes, a person fixes) lasts until then.
    if (e.hold.scope != retry_scope::request) {
        d.pause = e.hold.lifts != hold_lifts::time ? until_fixed : p.kind == retry_kind::throttle ? d.floor : d.delay;
        if (d.pause.count() > 0) d.hold = e.hold;
    }
    d.next = e.action;
    d.may_duplicate = p.outcome == retry_outcome::unknown;
    d.counts_as_attempt = counted;
    return d;
}
#endif  // WA_ERRORS_DETAIL_DECLARE_ONLY

WA_ERRORS_END_NAMESPACE
