// SPDX-License-Identifier: MIT
// wa_errors: pacing per scope key (a business number's throughput, a business-user pair), so that
// a sender stays under Meta's limits instead of learning them from 130429 and 131056 answers.
// Opt-in: not included by wa_errors.hpp. Thread-safe; try_acquire is lock-free.
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>

#include "lookup.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

using pacing_clock = std::chrono::steady_clock;

// A token bucket kept as GCRA (one "theoretical arrival time" per key): `burst` sends at once,
// refilled at `per_second`; adaptive like AWS's adaptive retry mode: each throttle cuts the rate
// by `cut`, successes win it back slowly, at `recover_fraction` of the ceiling per second.
struct pace_settings {
    double per_second = 1.0;
    double burst = 1.0;
    double ceiling_per_second = 0.0;  // the rate successes never push past; 0: per_second
    double floor_per_second = 0.0;    // the rate cuts never go below; 0: per_second / 100
    double cut = 0.7;
    double recover_fraction = 0.02;
    // Throttles that arrive together (the answers to one burst) are one signal, not many: the
    // rate is cut at most once per this many seconds, as TCP cuts once per round trip.
    double seconds_between_cuts = 1.0;
    // Where a slow start begins, as a share of the ceiling: after a hold on the scope ends or a
    // breaker closes, sends resume at this rate and win the rest back as successes come.
    double slow_start_fraction = 0.1;

    // The rate the catalog documents for `scope` (phone_number: 80/s with bursts of 80;
    // recipient: 1 per 6 s with bursts of 45), scaled by `headroom` so that clock drift and
    // in-flight requests don't touch the limit itself. A scope without a documented limit gets
    // a generous default of 1000/s (pacing is then the caller's choice).
    [[nodiscard]] static pace_settings documented(retry_scope scope, double headroom = 0.95) noexcept {
        return from_limit(documented_limit(scope), headroom);
    }

    // The same from a documented limit found elsewhere (a catalog loaded at run time:
    // payload/catalog_overlay.hpp); nullptr for none.
    [[nodiscard]] static pace_settings from_limit(const pace_limit* limit, double headroom = 0.95) noexcept {
        pace_settings s;
        const double h = headroom > 0.0 && headroom <= 1.0 ? headroom : 0.95;
        s.per_second = limit != nullptr ? limit->per_second * h : 1000.0;
        s.burst = limit != nullptr ? limit->burst * h : 1000.0;
        if (s.burst < 1.0) s.burst = 1.0;
        return s;
    }
};

class pacer {
public:
    explicit pacer(const pace_settings& s = pace_settings{}) noexcept
        : ceiling_(positive_or(s.ceiling_per_second > 0.0 ? s.ceiling_per_second : s.per_second, 1.0)),
          floor_(positive_or(s.floor_per_second, ceiling_ / 100.0)),
          burst_(s.burst >= 1.0 && s.burst < 1e9 ? s.burst : 1.0),
          cut_(s.cut > 0.0 && s.cut < 1.0 ? s.cut : 0.7),
          recover_(s.recover_fraction > 0.0 && s.recover_fraction <= 1.0 ? s.recover_fraction : 0.02),
          slow_start_(s.slow_start_fraction > 0.0 && s.slow_start_fraction <= 1.0 ? s.slow_start_fraction : 0.1),
          cut_spacing_ns_(s.seconds_between_cuts >= 0.0 && s.seconds_between_cuts <= 3600.0
                              ? static_cast<std::int64_t>(s.seconds_between_cuts * 1e9)
                              : 1'000'000'000),
          interval_ns_(interval_for(positive_or(s.per_second, ceiling_))) {}

    pacer(const pacer&) = delete;
    pacer& operator=(const pacer&) = delete;

    // Takes a send slot at `now` and returns 0, or takes nothing and returns how long until one
    // is free. Never blocks.
    [[nodiscard]] std::chrono::nanoseconds try_acquire(pacing_clock::time_point now) noexcept {
        const std::int64_t t = ns(now);
        const std::int64_t interval = interval_ns_.load(std::memory_order_relaxed);
        const auto tolerance = static_cast<std::int64_t>((burst_ - 1.0) * static_cast<double>(interval));
        std::int64_t tat = tat_ns_.load(std::memory_order_relaxed);
        for (;;) {
            const std::int64_t start = tat > t ? tat : t;
            if (start - t > tolerance) return std::chrono::nanoseconds(start - tolerance - t);
            if (tat_ns_.compare_exchange_weak(tat, start + interval, std::memory_order_relaxed)) return {};
        }
    }

    // How long until a slot is free at `now` (0: one is), taking nothing: a sender can ask a
    // second pacer before spending a slot of this one.
    [[nodiscard]] std::chrono::nanoseconds wait_at(pacing_clock::time_point now) const noexcept {
        const std::int64_t t = ns(now);
        const std::int64_t interval = interval_ns_.load(std::memory_order_relaxed);
        const auto tolerance = static_cast<std::int64_t>((burst_ - 1.0) * static_cast<double>(interval));
        const std::int64_t tat = tat_ns_.load(std::memory_order_relaxed);
        const std::int64_t start = tat > t ? tat : t;
        return std::chrono::nanoseconds(start - t > tolerance ? start - tolerance - t : 0);
    }

    // Hands back a slot taken at `now` that was not used (the send was refused elsewhere).
    void give_back(pacing_clock::time_point now) noexcept {
        const std::int64_t t = ns(now);
        const std::int64_t interval = interval_ns_.load(std::memory_order_relaxed);
        std::int64_t tat = tat_ns_.load(std::memory_order_relaxed);
        while (tat > t) {
            const std::int64_t back = tat - interval > t ? tat - interval : t;
            if (tat_ns_.compare_exchange_weak(tat, back, std::memory_order_relaxed)) return;
        }
    }

    // A throttle from the server: cut the rate, spend the burst, and send nothing before the
    // server's wait is over.
    void on_throttle(pacing_clock::time_point now, std::chrono::nanoseconds server_wait = {}) noexcept {
        throttles_in_a_row_.fetch_add(1, std::memory_order_relaxed);
        ramping_.store(false, std::memory_order_relaxed);  // past the limit: win the rate back slowly
        const std::int64_t t = ns(now);
        last_throttle_ns_.store(t, std::memory_order_relaxed);
        std::int64_t last_cut = last_cut_ns_.load(std::memory_order_relaxed);
        if ((last_cut == never || t - last_cut >= cut_spacing_ns_) &&
            last_cut_ns_.compare_exchange_strong(last_cut, t, std::memory_order_relaxed)) {
            throttled_at_ns_.store(interval_ns_.load(std::memory_order_relaxed), std::memory_order_relaxed);
            const double slower = rate() * cut_;
            interval_ns_.store(interval_for(slower > floor_ ? slower : floor_), std::memory_order_relaxed);
        }
        const std::int64_t interval = interval_ns_.load(std::memory_order_relaxed);
        last_recovery_ns_.store(t, std::memory_order_relaxed);
        const auto tolerance = static_cast<std::int64_t>((burst_ - 1.0) * static_cast<double>(interval));
        const std::int64_t wait = server_wait.count() > 0 ? server_wait.count() : 0;
        push_back_to(t + (wait < max_wait_ns ? wait : max_wait_ns) + tolerance + interval);
    }

    // Sends resume at `resume_at` after a hold (a pause ended, a breaker closed): from the slow
    // start fraction of the ceiling (or the current rate, if lower), with the burst spent, so that
    // the messages the hold kept back go out at a ramp, not all in the same second. As in TCP's
    // slow start, successes then double the rate every second up to the rate before the hold (its
    // threshold), then win the rest back as after a throttle. Does not count as a throttle.
    void slow_start(pacing_clock::time_point resume_at) noexcept {
        if (!ramping_.load(std::memory_order_relaxed))
            ramp_to_ns_.store(interval_ns_.load(std::memory_order_relaxed), std::memory_order_relaxed);
        const double start = ceiling_ * slow_start_;
        if (start < rate())
            interval_ns_.store(interval_for(start > floor_ ? start : floor_), std::memory_order_relaxed);
        ramping_.store(true, std::memory_order_relaxed);
        const std::int64_t t = ns(resume_at);
        last_recovery_ns_.store(t, std::memory_order_relaxed);
        const std::int64_t interval = interval_ns_.load(std::memory_order_relaxed);
        push_back_to(t + static_cast<std::int64_t>((burst_ - 1.0) * static_cast<double>(interval)));
    }

    // A success: win back a little of the rate a throttle took (at most every 100 ms), and end
    // the run of throttles. `sent` is when the successful request went out: one that left before
    // the last throttle arrived was answered before that throttle in the server's order (Meta
    // counts the failures in a row as it saw them), so it does not end the run.
    void on_success(pacing_clock::time_point now) noexcept { on_success(now, now); }
    void on_success(pacing_clock::time_point now, pacing_clock::time_point sent) noexcept {
        if (ns(sent) >= last_throttle_ns_.load(std::memory_order_relaxed))
            throttles_in_a_row_.store(0, std::memory_order_relaxed);
        const std::int64_t t = ns(now);
        std::int64_t last = last_recovery_ns_.load(std::memory_order_relaxed);
        if (t - last < 100'000'000) return;
        if (!last_recovery_ns_.compare_exchange_strong(last, t, std::memory_order_relaxed)) return;
        if (last == 0) return;  // the first success only starts the clock
        const double seconds = static_cast<double>(t - last) / 1e9;
        const bool ramping = ramping_.load(std::memory_order_relaxed);
        const double threshold = 1e9 / static_cast<double>(ramp_to_ns_.load(std::memory_order_relaxed));
        // Near the rate at which the last throttle came, the rate creeps (a tenth of the pace):
        // the limit found there is likely still the limit.
        const double throttled_at = 1e9 / static_cast<double>(throttled_at_ns_.load(std::memory_order_relaxed));
        const double pace = rate() >= 0.9 * throttled_at ? recover_ / 10.0 : recover_;
        double faster = rate() + ceiling_ * pace * seconds;
        if (ramping) {
            faster = rate() * std::exp2(seconds);
            if (faster >= threshold) {
                faster = threshold;
                ramping_.store(false, std::memory_order_relaxed);
            }
        }
        interval_ns_.store(interval_for(faster < ceiling_ ? faster : ceiling_), std::memory_order_relaxed);
    }

    // Throttles since the last success: the X of Meta's "retry after 4^X seconds" for a pair,
    // to pass to decide() as retry_input::scope_failures.
    [[nodiscard]] unsigned throttles_in_a_row() const noexcept {
        return throttles_in_a_row_.load(std::memory_order_relaxed);
    }

    // Sends per second now allowed.
    [[nodiscard]] double rate() const noexcept {
        return 1e9 / static_cast<double>(interval_ns_.load(std::memory_order_relaxed));
    }

    // The moment the bucket will be full again: a pacer idle past it can be forgotten.
    [[nodiscard]] pacing_clock::time_point idle_after() const noexcept {
        return pacing_clock::time_point(std::chrono::nanoseconds(tat_ns_.load(std::memory_order_relaxed)));
    }

private:
    static constexpr std::int64_t max_wait_ns = std::int64_t{1} << 60;  // about 36 years
    static constexpr std::int64_t never = std::numeric_limits<std::int64_t>::min();

    static double positive_or(double value, double fallback) noexcept {
        return value > 0.0 && value < 1e9 ? value : fallback;
    }
    static std::int64_t interval_for(double per_second) noexcept {
        const double interval = 1e9 / per_second;
        return interval < 1.0    ? 1
               : interval > 1e17 ? std::int64_t{100'000'000'000'000'000}
                                 : static_cast<std::int64_t>(interval);
    }
    static std::int64_t ns(pacing_clock::time_point t) noexcept {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    }
    void push_back_to(std::int64_t tat) noexcept {
        std::int64_t current = tat_ns_.load(std::memory_order_relaxed);
        while (current < tat && !tat_ns_.compare_exchange_weak(current, tat, std::memory_order_relaxed)) {
        }
    }

    const double ceiling_;
    const double floor_;
    const double burst_;
    const double cut_;
    const double recover_;
    const double slow_start_;
    const std::int64_t cut_spacing_ns_;
    std::atomic<std::int64_t> interval_ns_;
    std::atomic<std::int64_t> last_cut_ns_{never};
    std::atomic<std::int64_t> tat_ns_{0};
    std::atomic<std::int64_t> last_recovery_ns_{0};
    std::atomic<unsigned> throttles_in_a_row_{0};
    std::atomic<bool> ramping_{false};
    std::atomic<std::int64_t> throttled_at_ns_{std::int64_t{1} << 62};  // the rate of the last cut, as an interval
    std::atomic<std::int64_t> ramp_to_ns_{1};                           // a slow start's threshold, as an interval
    std::atomic<std::int64_t> last_throttle_ns_{never};
};

WA_ERRORS_END_NAMESPACE
