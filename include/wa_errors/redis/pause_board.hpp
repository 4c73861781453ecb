// SPDX-License-Identifier: MIT
// wa_errors::redis: wa_errors::pause_board in Redis, so that a hold one worker learned (a number's
// messages throttled for 30 s, a user's marketing held until tomorrow) holds every worker back.
#pragma once

#include <atomic>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "../lookup.hpp"
#include "../scopes.hpp"
#include "../version.hpp"
#include "client.hpp"
#include "keys.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// The same members as wa_errors::pause_board (scripts::pause): one hash per scope key, a hold per
// traffic and way of ending, so that the fleet holds exactly what the in-process board would. A
// hold is stored as a length on the server's clock and read back as a length, which held()
// places on the caller's clock: the workers' clocks never meet. A hold ends by itself (the key
// expires with its last hold), except one that an event ends, which stays until lift() or
// resume().
//
// Every hold is also kept in a local board, which held() answers from while Redis can't be
// reached: a worker then still honours the holds it learned itself. Holds learned by others
// during the outage reach it only when Redis is back.
class pause_board {
public:
    using clock = std::chrono::steady_clock;
    using pause = wa_errors::pause_board::pause;

    explicit pause_board(client& connection) : client_(connection) {}

    pause_board(const pause_board&) = delete;
    pause_board& operator=(const pause_board&) = delete;

    // Holds `held` traffic of `key` for `length` (a decision's `pause`), ended early only by
    // `lifts` or resume(); until_fixed and other lengths past the clock's range hold until then.
    void hold_for(std::string_view key, wa_errors::traffic held, hold_lifts lifts, clock::time_point now,
                  std::chrono::milliseconds length, const error_info& cause) noexcept {
        if (length.count() <= 0) return;
        const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
        const bool forever = length >= room || length.count() > forever_ms;
        try {
            local_.hold_for(key, held, lifts, now, length, cause);
            (void)run(key, {std::string_view("hold"), static_cast<double>(static_cast<unsigned>(held)),
                            static_cast<double>(static_cast<unsigned>(lifts)),
                            forever ? -1.0 : static_cast<double>(length.count()), cause.id});
        } catch (...) {  // allocation or the local board's mutex: the hold is lost, not the worker
        }
    }

    // `until` is on this machine's steady clock, and is turned into a length at the call.
    void hold_until(std::string_view key, wa_errors::traffic held, hold_lifts lifts, clock::time_point until,
                    const error_info& cause) noexcept {
        const clock::time_point now = clock::now();
        if (until <= now) return;
        hold_for(key, held, lifts, now, std::chrono::duration_cast<std::chrono::milliseconds>(until - now), cause);
    }

    // A pause of all traffic of `key`, ended by time (or resume()).
    void pause_until(std::string_view key, clock::time_point until, const error_info& cause) noexcept {
        hold_until(key, traffic::all, hold_lifts::time, until, cause);
    }
    void pause_for(std::string_view key, clock::time_point now, std::chrono::milliseconds length,
                   const error_info& cause) noexcept {
        hold_for(key, traffic::all, hold_lifts::time, now, length, cause);
    }

    // The longest hold in force for `key` on any traffic of `sent` (traffic_of() a send): one
    // round trip.
    [[nodiscard]] std::optional<pause> held(std::string_view key, traffic_set sent,
                                            clock::time_point now) const noexcept {
        try {
            const script_reply r = run(key, {std::string_view("held"), static_cast<double>(sent.bits())});
            if (!r.ok) return local_.held(key, sent, now);
            if (r.number[0] == 0) return std::nullopt;
            const error_info* cause = find(r.text_view());
            const auto which = static_cast<wa_errors::traffic>(r.number[2]);
            const auto lifts = static_cast<hold_lifts>(r.number[3]);
            if (r.number[0] < 0) return pause{clock::time_point::max(), cause, which, lifts};
            const auto left = std::chrono::milliseconds(r.number[0]);
            const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
            return pause{left < room ? now + left : clock::time_point::max(), cause, which, lifts};
        } catch (...) {
            return std::nullopt;
        }
    }

    // The longest hold in force for `key`, whatever traffic it holds.
    [[nodiscard]] std::optional<pause> paused(std::string_view key, clock::time_point now) const noexcept {
        return held(key, traffic_set::every(), now);
    }

    // Ends the holds of `key` that `event` ends (the user wrote: inbound), for the whole fleet.
    void lift(std::string_view key, hold_lifts event) noexcept {
        try {
            local_.lift(key, event);
            (void)run(key, {std::string_view("lift"), static_cast<double>(static_cast<unsigned>(event))});
        } catch (...) {
        }
    }

    // Lifts every hold of `key` early, for the whole fleet.
    void resume(std::string_view key) noexcept {
        try {
            local_.resume(key);
            const std::string k = full_key(key);
            local_answer_.store(!client_.remove(k), std::memory_order_relaxed);
        } catch (...) {
        }
    }

    // The local board's answer: the holds this worker learned itself (redis::send_gate's
    // fallback while Redis can't answer).
    [[nodiscard]] std::optional<pause> held_locally(std::string_view key, traffic_set sent,
                                                    clock::time_point now) const {
        return local_.held(key, sent, now);
    }

    // Forgets the local copies of pauses that ended; in Redis they expire by themselves.
    std::size_t forget_ended(clock::time_point now) { return local_.forget_ended(now); }

    // Whether the last answer came from the local board (Redis unreachable, slow or busy).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

    [[nodiscard]] std::string full_key(std::string_view key) const {
        return tagged_key(client_.options().prefix, "pause", key);
    }

private:
    static constexpr std::int64_t forever_ms = std::int64_t{1} << 50;  // about 35 000 years

    script_reply run(std::string_view key, std::initializer_list<script_arg> args) const {
        const std::string k = full_key(key);
        script_reply r = client_.run(scripts::id::pause, k, args);
        local_answer_.store(!r.ok, std::memory_order_relaxed);
        return r;
    }

    client& client_;
    wa_errors::pause_board local_{};
    mutable std::atomic<bool> local_answer_{false};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
