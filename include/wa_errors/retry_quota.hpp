// SPDX-License-Identifier: MIT
// wa_errors: a retry quota, so that an outage doesn't become a retry storm, without ever turning
// a valid message into a failure. Opt-in: not included by wa_errors.hpp. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

namespace detail {

// A spin lock for the quotas (this one and redis::retry_quota's local share): their critical
// sections are a few arithmetic operations, and unlike std::mutex::lock it cannot throw, so their
// members stay honestly noexcept.
class spin_lock {
public:
    explicit spin_lock(std::atomic_flag& flag) noexcept : flag_(flag) {
        while (flag_.test_and_set(std::memory_order_acquire)) {
        }
    }
    ~spin_lock() { flag_.clear(std::memory_order_release); }
    spin_lock(const spin_lock&) = delete;
    spin_lock& operator=(const spin_lock&) = delete;

private:
    std::atomic_flag& flag_;
};

}  // namespace detail

// After the AWS SDKs' retry quota, with what a message queue needs on top:
//  - a retry spends `retry_cost` tokens (`unknown_outcome_cost` when the failure may have gone
//    through: timeouts and gateway 5xx cost more, as in AWS's timeout cost); throttles spend
//    nothing, because they are paced, not retried;
//  - a success after a retry refunds what that retry spent; a first-try success earns
//    `success_reward` (AWS's release_retry_quota);
//  - the bucket also refills with time at `reserve_per_second` (Finagle's reserve), so the tail
//    of a campaign is never starved once traffic stops;
//  - an empty bucket answers "wait this long", never "fail the message".
// Keep one quota per scope key (per business number) so that one noisy number cannot starve
// the others: see keyed<> in scopes.hpp.
struct retry_quota_settings {
    double capacity = 500.0;
    double retry_cost = 5.0;
    double unknown_outcome_cost = 10.0;
    double success_reward = 1.0;
    double reserve_per_second = 1.0;
};

// What is wrong with `s`, or an empty view when nothing is. The quota counts thousandths of a
// token: a positive amount below 0.001 would round to nothing (a reward or reserve that never
// refills, a cost that makes retries free), so retry_quota raises it to 0.001; NaN, negative and
// absurd values (above 1e12) fall back to the defaults. Check settings read from a
// configuration file with this and report the message instead of relying on the repair.
[[nodiscard]] inline std::string_view problem_with(const retry_quota_settings& s) noexcept {
    const double values[] = {s.capacity, s.retry_cost, s.unknown_outcome_cost, s.success_reward, s.reserve_per_second};
    for (const double v : values) {
        if (!(v >= 0.0 && v <= 1e12)) return "retry quota: a setting is negative, NaN or above 1e12 (defaults used)";
        if (v > 0.0 && v < 0.001) return "retry quota: a setting below 0.001 token is raised to 0.001";
    }
    if (s.capacity < s.retry_cost || s.capacity < s.unknown_outcome_cost)
        return "retry quota: a retry costs more than the capacity (the cost is lowered to it)";
    return {};
}

class retry_quota {
public:
    using clock = std::chrono::steady_clock;
    using settings = retry_quota_settings;

    // What a retry spent; hand it back to on_success() when the retry succeeds.
    struct ticket {
        std::int64_t milli_tokens = 0;
    };

    struct grant {
        bool granted = false;
        ticket spent{};                     // when granted
        std::chrono::milliseconds wait{0};  // when not: ask again after this long
    };

    // Settings are made usable rather than trusted: NaN, negative and absurd values fall back to
    // the defaults, and a cost above the capacity is lowered to it (else no retry could ever run).
    retry_quota() noexcept : retry_quota(settings{}) {}
    explicit retry_quota(const settings& s) noexcept
        : capacity_(milli(s.capacity, 500.0)),
          retry_cost_(cost(s.retry_cost, 5.0)),
          unknown_cost_(cost(s.unknown_outcome_cost, 10.0)),
          reward_(milli(s.success_reward, 1.0)),
          reserve_per_second_(milli(s.reserve_per_second, 1.0)),
          tokens_(capacity_) {}

    retry_quota(const retry_quota&) = delete;
    retry_quota& operator=(const retry_quota&) = delete;

    // Asks to retry a message that failed with `e`.
    [[nodiscard]] grant try_acquire(const error_info& e, clock::time_point now) noexcept {
        return acquire(e, now, false);
    }

    // Like try_acquire, but a refusal is a promise: the retry's tokens are taken from the refill
    // to come (the quota goes into debt), and `wait` is when the refill will have paid for them.
    // The caller keeps `spent` as its ticket and sends after `wait` without asking again; the next
    // refused retry is promised a later time, so two messages are never promised the same token.
    // With no reserve to refill from it answers as try_acquire does (ask again in a second).
    [[nodiscard]] grant reserve(const error_info& e, clock::time_point now) noexcept { return acquire(e, now, true); }

    // A request succeeded: `retry` is the ticket of the retry that did it, or nullptr for a
    // message that succeeded on its first try.
    void on_success(const ticket* retry, clock::time_point now) noexcept {
        const lock guard(busy_);
        refill(now);
        tokens_ += retry != nullptr ? retry->milli_tokens : reward_;
        if (tokens_ > capacity_) tokens_ = capacity_;
    }

    [[nodiscard]] double tokens(clock::time_point now) noexcept {
        const lock guard(busy_);
        refill(now);
        return static_cast<double>(tokens_) / 1000.0;
    }

private:
    grant acquire(const error_info& e, clock::time_point now, bool promise) noexcept {
        if (e.retry.kind == retry_kind::throttle) return {true, {}, {}};
        const std::int64_t price = e.retry.outcome == retry_outcome::unknown ? unknown_cost_ : retry_cost_;
        const lock guard(busy_);
        refill(now);
        if (tokens_ >= price) {
            tokens_ -= price;
            return {true, ticket{price}, {}};
        }
        if (reserve_per_second_ == 0) return {false, {}, std::chrono::seconds(1)};  // only successes refill
        // Refused: the time until the refill covers what is missing (a promise: what is owed).
        if (promise) tokens_ -= price;
        const std::int64_t missing = promise ? -tokens_ : price - tokens_;
        const std::int64_t ms = (missing * 1000 + reserve_per_second_ - 1) / reserve_per_second_;
        return {false, promise ? ticket{price} : ticket{}, std::chrono::milliseconds(ms > 0 ? ms : 1)};
    }

    using lock = detail::spin_lock;

    static std::int64_t milli(double tokens, double fallback) noexcept {
        const double value = tokens >= 0.0 && tokens <= 1e12 ? tokens : fallback;  // NaN fails both
        const std::int64_t m = std::llround(value * 1000.0);
        return m == 0 && value > 0.0 ? 1 : m;  // a positive amount never rounds to nothing
    }
    std::int64_t cost(double tokens, double fallback) const noexcept {
        const std::int64_t c = milli(tokens, fallback);
        return c < capacity_ ? c : capacity_;
    }

    void refill(clock::time_point now) noexcept {
        const std::int64_t t = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
        if (!started_) {
            started_ = true;
            last_refill_ms_ = t;
            return;
        }
        if (t <= last_refill_ms_) return;
        const std::int64_t elapsed = t - last_refill_ms_;
        last_refill_ms_ = t;
        const std::int64_t room = capacity_ - tokens_;
        // elapsed * rate / 1000 without overflow: cap elapsed where the bucket would be full anyway.
        const std::int64_t enough = reserve_per_second_ > 0 ? room * 1000 / reserve_per_second_ + 1 : 0;
        tokens_ += (elapsed < enough ? elapsed : enough) * reserve_per_second_ / 1000;
        if (tokens_ > capacity_) tokens_ = capacity_;
    }

    const std::int64_t capacity_;
    const std::int64_t retry_cost_;
    const std::int64_t unknown_cost_;
    const std::int64_t reward_;
    const std::int64_t reserve_per_second_;
    std::atomic_flag busy_ = ATOMIC_FLAG_INIT;
    bool started_ = false;
    std::int64_t last_refill_ms_ = 0;
    std::int64_t tokens_;
};

WA_ERRORS_END_NAMESPACE
