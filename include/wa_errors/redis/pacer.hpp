// SPDX-License-Identifier: MIT
// wa_errors::redis: wa_errors::pacer with its state in Redis, so that every worker of a fleet
// draws from one bucket per scope key.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "../pacing.hpp"
#include "../version.hpp"
#include "client.hpp"
#include "keyed.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// The same members as wa_errors::pacer, with the same arithmetic (scripts::pace), on the server's
// clock. While Redis can't be reached, it answers from a local pacer holding this worker's share
// (the settings divided by the client's expected fleet size), and answered_locally() says so.
class pacer {
public:
    pacer(client& connection, std::string_view key, const pace_settings& s)
        : client_(connection),
          key_(connection.options().prefix + "pace:" + std::string(key)),
          ceiling_(positive_or(s.ceiling_per_second > 0.0 ? s.ceiling_per_second : s.per_second, 1.0)),
          floor_(positive_or(s.floor_per_second, ceiling_ / 100.0)),
          burst_(s.burst >= 1.0 && s.burst < 1e9 ? s.burst : 1.0),
          cut_(s.cut > 0.0 && s.cut < 1.0 ? s.cut : 0.7),
          recover_(s.recover_fraction > 0.0 && s.recover_fraction <= 1.0 ? s.recover_fraction : 0.02),
          initial_us_(interval_us(positive_or(s.per_second, ceiling_))),
          cut_spacing_us_(
              s.seconds_between_cuts >= 0.0 && s.seconds_between_cuts <= 3600.0 ? s.seconds_between_cuts * 1e6 : 1e6),
          idle_ms_(static_cast<double>(connection.options().idle_expiry.count())),
          local_(share(s, connection.fleet_size())),
          interval_ns_(static_cast<std::int64_t>(initial_us_ * 1000.0)) {}

    pacer(const pacer&) = delete;
    pacer& operator=(const pacer&) = delete;

    // Takes a send slot and returns 0, or takes nothing and returns how long until one is free.
    // One round trip; `now` is read only by the local share (and to place idle_after()).
    [[nodiscard]] std::chrono::nanoseconds try_acquire(pacing_clock::time_point now) noexcept {
        const script_reply r = run("acquire", 0.0);
        if (!r.ok) return std::chrono::nanoseconds(local_.try_acquire(now));
        remember(r, now);
        return std::chrono::nanoseconds(r.number[0]);
    }

    // A throttle: cuts the fleet's rate (once for throttles closer together than
    // seconds_between_cuts, whichever workers saw them) and holds every worker back past the
    // server's wait.
    void on_throttle(pacing_clock::time_point now, std::chrono::nanoseconds server_wait = {}) noexcept {
        local_.on_throttle(now, server_wait);  // so that a fallback right after is cut as well
        last_throttle_.store(now, std::memory_order_relaxed);
        const std::int64_t wait = server_wait.count() > 0 ? server_wait.count() : 0;
        const script_reply r = run("throttle", static_cast<double>(wait < max_wait_ns ? wait : max_wait_ns) / 1000.0);
        if (r.ok) remember(r, now);
    }

    // A success: wins back some of the rate. It costs a round trip only when there is something
    // to win back (a throttle seen, or a rate under the ceiling), and then at most every 100 ms
    // per handle: the server ignores recoveries closer together than that anyway.
    // `sent`: when the successful request went out; one that left before this handle's last
    // throttle arrived is older news than that throttle and changes nothing in Redis.
    void on_success(pacing_clock::time_point now) noexcept { on_success(now, now); }
    void on_success(pacing_clock::time_point now, pacing_clock::time_point sent) noexcept {
        local_.on_success(now, sent);
        if (sent < last_throttle_.load(std::memory_order_relaxed)) return;
        const bool throttled = throttles_.load(std::memory_order_relaxed) > 0;
        const bool below = remote_rate() < ceiling_ * (1.0 - 1e-9);
        if (!throttled && !below) return;
        const std::int64_t t = std::chrono::steady_clock::now().time_since_epoch().count();
        std::int64_t last = last_success_sent_.load(std::memory_order_relaxed);
        if (!throttled && t - last < 100'000'000) return;
        if (!last_success_sent_.compare_exchange_strong(last, t, std::memory_order_relaxed)) return;
        const script_reply r = run("success", 0.0);
        if (r.ok) remember(r, now);
    }

    // Throttles of this key since its last success, across the fleet, as of this handle's last
    // answer from Redis (the local share's count while it answers locally).
    [[nodiscard]] unsigned throttles_in_a_row() const noexcept {
        return answered_locally() ? local_.throttles_in_a_row() : throttles_.load(std::memory_order_relaxed);
    }

    // Sends per second now allowed for the whole fleet, as of this handle's last answer (this
    // worker's share while it answers locally).
    [[nodiscard]] double rate() const noexcept { return answered_locally() ? local_.rate() : remote_rate(); }

    // The moment the bucket will be full again, in the caller's clock, as of the last answer.
    [[nodiscard]] pacing_clock::time_point idle_after() const noexcept {
        return pacing_clock::time_point(std::chrono::nanoseconds(idle_after_ns_.load(std::memory_order_relaxed)));
    }

    // Whether the last answer came from the local share (Redis unreachable, slow or busy).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

    [[nodiscard]] const std::string& redis_key() const noexcept { return key_; }

private:
    static constexpr std::int64_t max_wait_ns = std::int64_t{1} << 60;  // as wa_errors::pacer

    static double positive_or(double value, double fallback) noexcept {
        return value > 0.0 && value < 1e9 ? value : fallback;
    }
    static double interval_us(double per_second) noexcept {
        const double v = 1e6 / per_second;
        return v < 0.001 ? 0.001 : v > 1e14 ? 1e14 : v;
    }
    static pace_settings share(pace_settings s, unsigned fleet) noexcept {
        const double n = fleet > 0 ? fleet : 1;
        const double ceiling = s.ceiling_per_second > 0.0 ? s.ceiling_per_second : s.per_second;
        s.per_second /= n;
        s.ceiling_per_second = ceiling > 0.0 ? ceiling / n : 0.0;
        s.floor_per_second = s.floor_per_second > 0.0 ? s.floor_per_second / n : 0.0;
        s.burst = s.burst / n >= 1.0 ? s.burst / n : 1.0;
        return s;
    }

    script_reply run(std::string_view op, double wait_us) noexcept {
        script_reply r = client_.run(
            scripts::id::pace, key_,
            {op, burst_, initial_us_, ceiling_, floor_, cut_, recover_, idle_ms_, wait_us, cut_spacing_us_});
        local_answer_.store(!r.ok, std::memory_order_relaxed);
        return r;
    }

    void remember(const script_reply& r, pacing_clock::time_point now) noexcept {
        if (r.number[1] > 0) interval_ns_.store(r.number[1], std::memory_order_relaxed);
        throttles_.store(static_cast<unsigned>(r.number[2]), std::memory_order_relaxed);
        const std::int64_t t = now.time_since_epoch().count();
        const std::int64_t room = INT64_MAX - (t > 0 ? t : 0);
        idle_after_ns_.store(t + (r.number[3] < room ? r.number[3] : room), std::memory_order_relaxed);
    }

    double remote_rate() const noexcept {
        return 1e9 / static_cast<double>(interval_ns_.load(std::memory_order_relaxed));
    }

    client& client_;
    const std::string key_;
    const double ceiling_, floor_, burst_, cut_, recover_, initial_us_, cut_spacing_us_, idle_ms_;
    wa_errors::pacer local_;
    std::atomic<std::int64_t> interval_ns_;
    std::atomic<std::int64_t> idle_after_ns_{0};
    std::atomic<std::int64_t> last_success_sent_{INT64_MIN / 2};
    std::atomic<unsigned> throttles_{0};
    std::atomic<pacing_clock::time_point> last_throttle_{pacing_clock::time_point::min()};
    std::atomic<bool> local_answer_{false};
};

// Drop-in for keyed<wa_errors::pacer, pace_settings>: `pacers(client, settings).at(key)`.
using pacers = keyed<pacer, pace_settings>;

}  // namespace redis
WA_ERRORS_END_NAMESPACE
