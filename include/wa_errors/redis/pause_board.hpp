// SPDX-License-Identifier: MIT
// wa_errors::redis: wa_errors::pause_board in Redis, so that a pause one worker learned (a number
// throttled for 30 s, a user paused until tomorrow) holds every worker back.
#pragma once

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "../lookup.hpp"
#include "../scopes.hpp"
#include "../version.hpp"
#include "client.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// The same members as wa_errors::pause_board (scripts::pause). A pause is stored as a length on
// the server's clock and read back as a length, which paused() places on the caller's clock: the
// workers' clocks never meet. A pause ends by itself (the key expires then), except one "until
// resumed", which stays until resume().
//
// Every pause is also kept in a local board, which paused() answers from while Redis can't be
// reached: a worker then still honours the pauses it learned itself. Pauses learned by others
// during the outage reach it only when Redis is back.
class pause_board {
public:
    using clock = std::chrono::steady_clock;
    using pause = wa_errors::pause_board::pause;

    explicit pause_board(client& connection) : client_(connection) {}

    pause_board(const pause_board&) = delete;
    pause_board& operator=(const pause_board&) = delete;

    // `until` is on this machine's steady clock, and is turned into a length at the call.
    void pause_until(std::string_view key, clock::time_point until, const error_info& cause) noexcept {
        const clock::time_point now = clock::now();
        if (until <= now) return;
        pause_for(key, now, std::chrono::duration_cast<std::chrono::milliseconds>(until - now), cause);
    }

    // Pauses `key` for `length` (a decision's `pause`); until_fixed and other lengths past the
    // clock's range pause until resume().
    void pause_for(std::string_view key, clock::time_point now, std::chrono::milliseconds length,
                   const error_info& cause) noexcept {
        if (length.count() <= 0) return;
        const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
        const bool forever = length >= room || length.count() > forever_ms;
        try {
            local_.pause_for(key, now, length, cause);
            (void)run(key, "set", forever ? -1.0 : static_cast<double>(length.count()), cause.id);
        } catch (...) {  // allocation or the local board's mutex: the pause is lost, not the worker
        }
    }

    // The pause in force for `key`, if any: one round trip.
    [[nodiscard]] std::optional<pause> paused(std::string_view key, clock::time_point now) const noexcept {
        try {
            const script_reply r = run(key, "get", 0.0, {});
            if (!r.ok) return local_.paused(key, now);
            if (r.number[0] == 0) return std::nullopt;
            const error_info* cause = find(r.text_view());
            if (r.number[0] < 0) return pause{clock::time_point::max(), cause};
            const auto left = std::chrono::milliseconds(r.number[0]);
            const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
            return pause{left < room ? now + left : clock::time_point::max(), cause};
        } catch (...) {
            return std::nullopt;
        }
    }

    // Lifts a pause early, for the whole fleet.
    void resume(std::string_view key) noexcept {
        try {
            local_.resume(key);
            const std::string k = full_key(key);
            local_answer_.store(!client_.remove(k), std::memory_order_relaxed);
        } catch (...) {
        }
    }

    // Forgets the local copies of pauses that ended; in Redis they expire by themselves.
    std::size_t forget_ended(clock::time_point now) { return local_.forget_ended(now); }

    // Whether the last answer came from the local board (Redis unreachable, slow or busy).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

    [[nodiscard]] std::string full_key(std::string_view key) const {
        return client_.options().prefix + "pause:" + std::string(key);
    }

private:
    static constexpr std::int64_t forever_ms = std::int64_t{1} << 50;  // about 35 000 years

    script_reply run(std::string_view key, std::string_view op, double length, std::string_view cause) const {
        const std::string k = full_key(key);
        script_reply r = client_.run(scripts::id::pause, k, {op, length, cause});
        local_answer_.store(!r.ok, std::memory_order_relaxed);
        return r;
    }

    client& client_;
    wa_errors::pause_board local_{};
    mutable std::atomic<bool> local_answer_{false};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
