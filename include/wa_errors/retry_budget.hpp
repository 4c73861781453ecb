// wa_errors: a process-wide cap on retries, so that an outage does not become a retry storm.
#pragma once

#include <atomic>
#include <cstdint>

namespace wa_errors {

// A lock-free token bucket shared by every sender in the process, after the AWS SDKs' retry
// quota and gRPC's retry throttling: each retry spends tokens, each success earns some back, and
// when the bucket runs dry retries stop (the first attempt of a request never needs a token).
//
// Defaults are the AWS SDK "standard" retry mode's: 500 tokens, 5 per retry, 1 back per
// success. A healthy service never notices it; during an outage it allows 100 retries and then
// only as many as successes pay for. gRPC's equivalent (maxTokens, tokenRatio) is
// {max_tokens = 10, retry_cost = 1, success_refill = 0.1}.
class retry_budget {
public:
    struct settings {
        double max_tokens = 500.0;
        double retry_cost = 5.0;
        double success_refill = 1.0;
    };

    retry_budget() noexcept : retry_budget(settings{}) {}

    // Negative or NaN settings count as 0. The bucket starts full.
    explicit retry_budget(settings s) noexcept
        : capacity_(to_milli(s.max_tokens)),
          cost_(to_milli(s.retry_cost)),
          refill_(to_milli(s.success_refill)),
          tokens_(capacity_) {}

    retry_budget(const retry_budget&) = delete;
    retry_budget& operator=(const retry_budget&) = delete;

    // Call before sending a retry: true (and the cost is spent) if the budget allows it.
    bool try_acquire() noexcept {
        std::int64_t current = tokens_.load(std::memory_order_relaxed);
        do {
            if (current < cost_) return false;
        } while (!tokens_.compare_exchange_weak(current, current - cost_, std::memory_order_relaxed));
        return true;
    }

    // Call after any request succeeds: earns back success_refill tokens, up to max_tokens.
    void on_success() noexcept {
        std::int64_t current = tokens_.load(std::memory_order_relaxed);
        std::int64_t next = 0;
        do {
            if (current >= capacity_) return;
            next = current + refill_ < capacity_ ? current + refill_ : capacity_;
        } while (!tokens_.compare_exchange_weak(current, next, std::memory_order_relaxed));
    }

    // Tokens left, for metrics.
    double tokens() const noexcept { return static_cast<double>(tokens_.load(std::memory_order_relaxed)) / 1000.0; }

private:
    // Tokens are counted in thousandths so that fractional refills (gRPC's tokenRatio) stay exact.
    static std::int64_t to_milli(double tokens) noexcept {
        if (!(tokens > 0.0)) return 0;
        if (tokens > 1e15) return static_cast<std::int64_t>(1e18);
        const double milli = tokens * 1000.0;
        const auto whole = static_cast<std::int64_t>(milli);
        return milli - static_cast<double>(whole) >= 0.5 ? whole + 1 : whole;  // rounds half up; no <cmath>
    }

    const std::int64_t capacity_;
    const std::int64_t cost_;
    const std::int64_t refill_;
    std::atomic<std::int64_t> tokens_;
};

}  // namespace wa_errors
