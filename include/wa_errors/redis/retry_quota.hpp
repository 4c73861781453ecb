// SPDX-License-Identifier: MIT
// wa_errors::redis: wa_errors::retry_quota with its tokens in Redis, so that the fleet shares
// one quota per scope key: a refund by one worker is a token for all.
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "../retry_quota.hpp"
#include "../version.hpp"
#include "client.hpp"
#include "keyed.hpp"
#include "keys.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// The same members and arithmetic as wa_errors::retry_quota (scripts::quota), on the server's
// clock; throttles are free and answered without a round trip, as there. While Redis can't be
// reached it answers from a local quota holding this worker's share of the capacity and reserve:
// 1 / client::fleet_size(), the live count last seen, read at each use (a quota made before the
// first heartbeat doesn't keep the guess). answered_locally() says so. A ticket is a ticket
// wherever it was spent: a refund goes to whichever quota answers, capped at the capacity.
class retry_quota {
public:
    using clock = std::chrono::steady_clock;
    using settings = retry_quota_settings;
    using ticket = wa_errors::retry_quota::ticket;
    using grant = wa_errors::retry_quota::grant;

    retry_quota(client& connection, std::string_view key, const settings& s)
        : client_(connection),
          key_(tagged_key(connection.options().prefix, "quota", key)),
          capacity_(milli(s.capacity, 500.0)),
          retry_cost_(cost(s.retry_cost, 5.0)),
          unknown_cost_(cost(s.unknown_outcome_cost, 10.0)),
          reward_(milli(s.success_reward, 1.0)),
          reserve_(milli(s.reserve_per_second, 1.0)),
          idle_ms_(static_cast<double>(connection.options().idle_expiry.count())),
          local_tokens_(static_cast<double>(capacity_)) {}

    retry_quota(const retry_quota&) = delete;
    retry_quota& operator=(const retry_quota&) = delete;

    // Asks to retry a message that failed with `e`: one round trip (none for a throttle).
    [[nodiscard]] grant try_acquire(const error_info& e, clock::time_point now) noexcept {
        if (e.retry.kind == retry_kind::throttle) return {true, {}, {}};
        const std::int64_t price = e.retry.outcome == retry_outcome::unknown ? unknown_cost_ : retry_cost_;
        const script_reply r = run("acquire", price);
        if (!r.ok) return local_acquire(price, now);
        if (r.number[0] == 1) return {true, ticket{r.number[1]}, {}};
        return {false, {}, std::chrono::milliseconds(r.number[2] > 0 ? r.number[2] : 1)};
    }

    // A request succeeded: `retry` is the ticket of the retry that did it, or nullptr for a
    // message that succeeded on its first try.
    void on_success(const ticket* retry, clock::time_point now) noexcept {
        std::int64_t amount = retry != nullptr ? retry->milli_tokens : reward_;
        amount = amount < 0 ? 0 : amount > capacity_ ? capacity_ : amount;  // a forged ticket adds nothing
        const script_reply r = run("success", amount);
        if (!r.ok) local_refund(amount, now);
    }

    [[nodiscard]] double tokens(clock::time_point now) noexcept {
        const script_reply r = run("tokens", 0);
        if (!r.ok) {
            const wa_errors::detail::spin_lock guard(local_busy_);
            local_refill(now);
            return local_tokens_ / fleet() / 1000.0;
        }
        return static_cast<double>(r.number[3]) / 1000.0;
    }

    // Whether the last answer came from the local share (Redis unreachable, slow or busy).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

    [[nodiscard]] const std::string& redis_key() const noexcept { return key_; }

private:
    // Settings are made usable as wa_errors::retry_quota makes them.
    static std::int64_t milli(double tokens, double fallback) noexcept {
        const double value = tokens >= 0.0 && tokens <= 1e12 ? tokens : fallback;  // NaN fails both
        return static_cast<std::int64_t>(std::llround(value * 1000.0));            // value >= 0: as (v * 1000 + 0.5)
    }
    std::int64_t cost(double tokens, double fallback) const noexcept {
        const std::int64_t c = milli(tokens, fallback);
        return c < capacity_ ? c : capacity_;
    }

    // The local share is kept as a bucket of the fleet's size (milli-tokens, refilled at the
    // fleet's reserve) of which this worker owns 1 / fleet(): a retry takes its price times the
    // count, a refund gives back as much. The count can change between two calls without the
    // share losing or gaining what it has spent.
    double fleet() const noexcept { return static_cast<double>(client_.fleet_size()); }

    void local_refill(clock::time_point now) noexcept {
        if (now > local_at_ && local_tokens_ < static_cast<double>(capacity_)) {
            const double ms = std::chrono::duration<double, std::milli>(now - local_at_).count();
            local_tokens_ += ms * static_cast<double>(reserve_) / 1000.0;
            if (local_tokens_ > static_cast<double>(capacity_)) local_tokens_ = static_cast<double>(capacity_);
        }
        if (now > local_at_) local_at_ = now;
    }

    grant local_acquire(std::int64_t price, clock::time_point now) noexcept {
        const double n = fleet();
        const wa_errors::detail::spin_lock guard(local_busy_);
        local_refill(now);
        const double need = static_cast<double>(price) * n;
        if (local_tokens_ >= need) {
            local_tokens_ -= need;
            return {true, ticket{price}, {}};
        }
        if (reserve_ == 0) return {false, {}, std::chrono::seconds(1)};  // only successes refill
        const double ms = std::ceil((need - local_tokens_) * 1000.0 / static_cast<double>(reserve_));
        return {false, {}, std::chrono::milliseconds(ms > 1.0 ? static_cast<std::int64_t>(ms) : 1)};
    }

    void local_refund(std::int64_t amount, clock::time_point now) noexcept {
        const double n = fleet();
        const wa_errors::detail::spin_lock guard(local_busy_);
        local_refill(now);
        local_tokens_ += static_cast<double>(amount) * n;
        if (local_tokens_ > static_cast<double>(capacity_)) local_tokens_ = static_cast<double>(capacity_);
    }

    script_reply run(std::string_view op, std::int64_t amount) noexcept {
        script_reply r = client_.run(
            scripts::id::quota, key_,
            {op, static_cast<double>(capacity_), static_cast<double>(reserve_), static_cast<double>(amount), idle_ms_});
        local_answer_.store(!r.ok, std::memory_order_relaxed);
        return r;
    }

    client& client_;
    const std::string key_;
    const std::int64_t capacity_, retry_cost_, unknown_cost_, reward_, reserve_;
    const double idle_ms_;
    std::atomic_flag local_busy_ = ATOMIC_FLAG_INIT;
    double local_tokens_;                        // the fleet-sized bucket the local share is 1 / fleet() of
    clock::time_point local_at_ = clock::now();  // its last refill
    std::atomic<bool> local_answer_{false};
};

// Drop-in for keyed<wa_errors::retry_quota, retry_quota_settings>.
using retry_quotas = keyed<retry_quota, retry_quota_settings>;

}  // namespace redis
WA_ERRORS_END_NAMESPACE
