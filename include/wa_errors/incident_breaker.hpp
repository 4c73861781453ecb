// SPDX-License-Identifier: MIT
// wa_errors: a breaker per business number for incidents. When Meta (or a gateway in front of
// it) fails many sends of one number in a row, each message backing off on its own still sends
// into the incident; the breaker holds the number's sends instead, lets one probe through at
// growing intervals, and closes on the probe's success. After Envoy's outlier detection
// (consecutive 5xx, ejection time growing with each ejection), Finagle's failure accrual (a
// success rate over a window) and gRPC's retry throttling (stop retrying while most fail).
// docs/retry.md describes it. Opt-in: not included by wa_errors.hpp. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// A failure that says something about the service, not about the message: a retryable server
// or network error (131000, 5xx, timeouts). Read from the catalog's category and retry kind.
[[nodiscard]] constexpr bool is_transient(const error_info& e) noexcept {
    return e.retry.kind == retry_kind::backoff && (e.category == category::server || e.category == category::network);
}

struct breaker_settings {
    // Transient failures in a row that open the breaker (Envoy's consecutive_5xx: 5); 0 never.
    unsigned consecutive = 5;
    // Or: at least `failure_ratio` of the last `window` outcomes (at most 64) were transient
    // failures (Finagle's success-rate accrual). 0: only failures in a row count.
    unsigned window = 40;
    double failure_ratio = 0.2;
    // How long the breaker stays open before its first probe, and how each reopening lengthens
    // it (Envoy: base ejection time × ejections), up to `longest_open`.
    std::chrono::milliseconds first_open{std::chrono::seconds(5)};
    double multiplier = 2.0;
    std::chrono::milliseconds longest_open{std::chrono::minutes(5)};
    // A probe with no answer after this long (a lost answer): another message may probe.
    std::chrono::milliseconds probe_timeout{std::chrono::seconds(30)};
    // Closed this long without tripping: the next opening is short again.
    std::chrono::milliseconds forget_after{std::chrono::minutes(10)};
};

class incident_breaker {
public:
    using clock = std::chrono::steady_clock;
    enum class state : std::uint8_t { closed, open, half_open };

    struct admission {
        bool go = true;
        bool probe = false;              // this send is the probe: its answer closes or reopens
        clock::time_point not_before{};  // when not going: ask again then
    };

    explicit incident_breaker(const breaker_settings& s = breaker_settings{}) noexcept
        : s_(s), window_(s.window > 64 ? 64U : s.window) {}
    incident_breaker(const incident_breaker&) = delete;
    incident_breaker& operator=(const incident_breaker&) = delete;

    // May a send of the number go at `now`? Closed: yes. Open: no, until the opening ends.
    // Half-open: one probe, then no until its answer (or its timeout).
    [[nodiscard]] admission admit(clock::time_point now) {
        const std::lock_guard<std::mutex> lock(mutex_);
        switch (state_) {
            case state::closed: return {};
            case state::open:
                if (now < reopen_at_) return {false, false, reopen_at_};
                state_ = state::half_open;
                probe_sent_ = now;
                return {true, true, now};
            case state::half_open:
                if (now - probe_sent_ >= s_.probe_timeout) {
                    probe_sent_ = now;
                    return {true, true, now};
                }
                // Ask again soon: the probe's answer is usually a fraction of a second away.
                const clock::time_point soon = now + std::chrono::seconds(1);
                const clock::time_point timeout = probe_sent_ + s_.probe_timeout;
                return {false, false, soon < timeout ? soon : timeout};
        }
        return {};
    }

    // When a send may next be admitted, without admitting it (a probe is not taken).
    [[nodiscard]] clock::time_point admit_at(clock::time_point now) const {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (state_ == state::open) return reopen_at_ > now ? reopen_at_ : now;
        if (state_ == state::half_open && now - probe_sent_ < s_.probe_timeout) return probe_sent_ + s_.probe_timeout;
        return now;
    }

    // A send of the number failed with `e`. Returns true when this failure opened (or reopened)
    // the breaker.
    bool on_failure(const error_info& e, clock::time_point now) {
        if (!is_transient(e)) return false;  // the message's own fault says nothing of the service
        const std::lock_guard<std::mutex> lock(mutex_);
        record(true);
        ++in_a_row_;
        if (state_ == state::half_open) return open(now);
        if (state_ == state::open) return false;
        const bool run = s_.consecutive > 0 && in_a_row_ >= s_.consecutive;
        const bool share = window_ > 0 && s_.failure_ratio > 0.0 && seen_ >= window_ &&
                           static_cast<double>(failures()) >= s_.failure_ratio * static_cast<double>(window_);
        return run || share ? open(now) : false;
    }

    // A send of the number succeeded; `sent` is when it went out. Returns true when this closed
    // the breaker (the probe came back well): the caller ramps the number's rate up from here.
    // A success sent before the breaker opened says nothing about the service since.
    bool on_success(clock::time_point now, clock::time_point sent) {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (state_ != state::closed && sent < opened_at_) return false;
        record(false);
        in_a_row_ = 0;
        if (state_ == state::closed) {
            if (openings_ > 0 && now - closed_at_ >= s_.forget_after) openings_ = 0;
            return false;
        }
        state_ = state::closed;
        closed_at_ = now;
        outcomes_ = 0;
        seen_ = 0;
        return true;
    }

    [[nodiscard]] state current() const {
        const std::lock_guard<std::mutex> lock(mutex_);
        return state_;
    }

private:
    bool open(clock::time_point now) {
        ++openings_;
        auto length = static_cast<double>(s_.first_open.count());
        for (unsigned i = 1; i < openings_ && length < static_cast<double>(s_.longest_open.count()); ++i)
            length *= s_.multiplier > 1.0 ? s_.multiplier : 1.0;
        const auto longest = static_cast<double>(s_.longest_open.count());
        state_ = state::open;
        opened_at_ = now;
        reopen_at_ = now + std::chrono::milliseconds(static_cast<long long>(length < longest ? length : longest));
        in_a_row_ = 0;
        return true;
    }
    void record(bool failed) noexcept {
        if (window_ == 0) return;
        outcomes_ = (outcomes_ << 1U) | (failed ? 1U : 0U);
        if (window_ < 64) outcomes_ &= (std::uint64_t{1} << window_) - 1U;
        if (seen_ < window_) ++seen_;
    }
    [[nodiscard]] unsigned failures() const noexcept {
        unsigned n = 0;
        for (std::uint64_t bits = outcomes_; bits != 0; bits &= bits - 1U) ++n;
        return n;
    }

    const breaker_settings s_;
    const unsigned window_;
    mutable std::mutex mutex_{};
    state state_ = state::closed;
    unsigned in_a_row_ = 0;
    unsigned openings_ = 0;
    unsigned seen_ = 0;
    std::uint64_t outcomes_ = 0;
    clock::time_point opened_at_{};
    clock::time_point reopen_at_{};
    clock::time_point probe_sent_{};
    clock::time_point closed_at_{};
};

WA_ERRORS_END_NAMESPACE
