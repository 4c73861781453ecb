// SPDX-License-Identifier: MIT
// wa_errors::redis: send_policy::before_send for a fleet, in one round trip. One script
// (scripts::send) reads the holds of the number and of the pair and takes a pacing slot of both,
// or takes nothing and answers the earliest moment the message could go. A pair that refuses
// therefore takes no slot of its number, and a refusal costs one round trip, not four.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "../lookup.hpp"
#include "../observer.hpp"
#include "../scopes.hpp"
#include "../send_policy.hpp"
#include "../version.hpp"
#include "client.hpp"
#include "pacer.hpp"
#include "pause_board.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// Made from the pacers of the numbers and of the pairs and the pause board a sender already uses
// for throttles and holds (all on one client): the gate reads and writes the same keys.
//
// While Redis can't answer, the gate answers as the in-process send_policy would from the local
// shares of those pacers and the holds this worker learned itself, takes the number's and the
// pair's slot only when both are free, and the pacers charge the slots to Redis when it is back.
// An account hold (a send given an `account`) lives in another Cluster slot than the number's
// keys: it costs one more round trip, before the script.
class send_gate {
public:
    using clock = pacing_clock;
    using slot = send_policy::slot;

    // `reserve_up_to`: 0 (the default) answers as send_policy does: go now, or not now and when
    // to ask again. Longer: a message that could go within that long takes its slots at once and
    // is told to go at `not_before` (go = true, not_before after now): the caller waits until
    // then and sends without asking again. Workers then stop racing for each freed slot, and a
    // saturated number costs one round trip per message however many workers share it.
    send_gate(pacers& numbers, pacers& pairs, pause_board& holds,
              std::chrono::microseconds reserve_up_to = std::chrono::microseconds(0)) noexcept
        : numbers_(numbers),
          pairs_(pairs),
          holds_(holds),
          reserve_arg_(reserve_up_to.count() > 0 ? static_cast<double>(reserve_up_to.count()) : 0.0) {}

    send_gate(const send_gate&) = delete;
    send_gate& operator=(const send_gate&) = delete;

    // As send_policy::before_send: may `what` go now from `number` to `recipient` (empty for a
    // send that has none)? A message that goes has taken a slot of the number and of the pair.
    [[nodiscard]] slot before_send(send_kind what, std::string_view number, std::string_view recipient,
                                   clock::time_point now, std::string_view account = {}) {
        return check(traffic_of(what), traffic_of(what).contains(traffic::messages), number, recipient, account, now);
    }

    // The same for a message whose kind the caller doesn't say: every hold holds it.
    [[nodiscard]] slot before_send(std::string_view number, std::string_view recipient, clock::time_point now) {
        return check(traffic_set::every(), true, number, recipient, {}, now);
    }

    // Whether the last answer came from the local shares (Redis unreachable, slow or refusing).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

private:
    enum answer : std::int64_t { go = 1, held_number = 2, held_pair = 3, paced = 4 };

    slot check(traffic_set sent, bool paced_send, std::string_view number, std::string_view recipient,
               std::string_view account, clock::time_point now) {
        const slot s = decide(sent, paced_send, number, recipient, account, now);
        if (observer* w = numbers_.connection().watch()) {
            if (s.go)
                w->on_granted(number);
            else
                w->on_refused(s.paused_by != nullptr ? refusal_cause::hold : refusal_cause::pacing, s.held_by,
                              s.paused_by, number);
        }
        return s;
    }

    slot decide(traffic_set sent, bool paced_send, std::string_view number, std::string_view recipient,
                std::string_view account, clock::time_point now) {
        if (!account.empty()) {
            if (const auto p = holds_.held(scope_key(retry_scope::account, number, recipient, account), sent, now))
                return {false, p->until, p->cause, retry_scope::account, p->traffic, p->lifts};
        }
        // scope_key()'s text, without allocating for ids of ordinary length.
        key_text number_text, pair_text;
        const std::string_view number_key =
            number_text.of(scope_key_parts(retry_scope::phone_number, number, recipient));
        const std::string_view pair_key =
            recipient.empty() ? std::string_view()
                              : pair_text.of(scope_key_parts(retry_scope::recipient, number, recipient));
        pacer& np = numbers_.at(number_key);
        pacer* pp = recipient.empty() ? nullptr : &pairs_.at(pair_key);
        // Slots granted locally during an outage go to Redis before Redis grants more.
        const bool settled = (!np.owes() || np.settle(now)) && (pp == nullptr || !pp->owes() || pp->settle(now));
        script_reply r;
        if (settled) {
            const script_arg mask(static_cast<double>(sent.bits()));
            const std::string_view flag = paced_send ? "1" : "0";
            if (pp == nullptr) {
                r = numbers_.connection().run(scripts::id::send, {np.redis_key(), np.hold_key()},
                                              {mask, flag, np.burst_arg(), np.initial_interval_arg(),
                                               std::string_view("1"), std::string_view("1"), np.idle_expiry_arg(),
                                               reserve_arg_, np.known_tat_arg(), std::string_view("0")});
            } else {
                r = numbers_.connection().run(
                    scripts::id::send, {np.redis_key(), np.hold_key(), pp->redis_key(), pp->hold_key()},
                    {mask, flag, np.burst_arg(), np.initial_interval_arg(), pp->burst_arg(), pp->initial_interval_arg(),
                     np.idle_expiry_arg(), reserve_arg_, np.known_tat_arg(), pp->known_tat_arg()});
            }
        }
        const bool answered = r.ok && r.number[0] >= go && r.number[0] <= paced;
        local_answer_.store(!answered, std::memory_order_relaxed);
        np.note_answer(answered, now);
        if (pp != nullptr) pp->note_answer(answered, now);
        if (!answered) return locally(sent, paced_send, number_key, pair_key, np, pp, now);

        switch (r.number[0]) {
            case held_number:
            case held_pair: {
                const retry_scope scope =
                    r.number[0] == held_number ? retry_scope::phone_number : retry_scope::recipient;
                const auto which = static_cast<wa_errors::traffic>(r.number[3] >> 8);
                const auto lifts = static_cast<hold_lifts>(r.number[3] & 0xff);
                return {false, until(now, r.number[2]), find(r.text_view()), scope, which, lifts};
            }
            case paced: {
                // The scope that holds it longest: a dispatcher told "the number" stops asking
                // for all of it until then, which is only right when the number is the later one.
                const retry_scope scope =
                    r.number[2] >= r.number[3] ? retry_scope::phone_number : retry_scope::recipient;
                return {false, now + std::chrono::nanoseconds(r.number[1]), nullptr, scope};
            }
            default:
                np.note_tat(r.number[2]);
                if (pp != nullptr) pp->note_tat(r.number[3]);
                return {true, now + std::chrono::nanoseconds(r.number[1]), nullptr, retry_scope::request};
        }
    }

    // The in-process answer, from what this worker knows: its own holds, its local shares.
    slot locally(traffic_set sent, bool paced_send, std::string_view number_key, std::string_view pair_key, pacer& np,
                 pacer* pp, clock::time_point now) const {
        if (const auto p = holds_.held_locally(number_key, sent, now))
            return {false, p->until, p->cause, retry_scope::phone_number, p->traffic, p->lifts};
        if (pp != nullptr) {
            if (const auto p = holds_.held_locally(pair_key, sent, now))
                return {false, p->until, p->cause, retry_scope::recipient, p->traffic, p->lifts};
        }
        if (!paced_send) return {true, now, nullptr, retry_scope::request};
        const auto nw = np.local_try(now, false);
        const auto pw = pp != nullptr ? pp->local_try(now, false) : std::chrono::nanoseconds(0);
        if (nw.count() > 0 || pw.count() > 0)
            return {false, now + (nw > pw ? nw : pw), nullptr,
                    nw >= pw ? retry_scope::phone_number : retry_scope::recipient};
        // Another thread may take the slot between the look and the take: then this one waits.
        if (const auto w = np.local_try(now, true); w.count() > 0)
            return {false, now + w, nullptr, retry_scope::phone_number};
        if (pp != nullptr) {
            if (const auto w = pp->local_try(now, true); w.count() > 0)
                return {false, now + w, nullptr, retry_scope::recipient};
        }
        return {true, now, nullptr, retry_scope::request};
    }

    // A key's parts (scope_key_parts) joined in a buffer of its own, on the stack unless long.
    class key_text {
    public:
        std::string_view of(const std::array<std::string_view, 4>& parts) {
            std::size_t size = 0;
            for (const std::string_view p : parts) size += p.size();
            if (size > small_.size()) {
                for (const std::string_view p : parts) big_.append(p);
                return big_;
            }
            char* out = small_.data();
            for (const std::string_view p : parts) {
                // An empty view may have a null data(), which memcpy must not be given.
                if (p.empty()) continue;
                std::memcpy(out, p.data(), p.size());
                out += p.size();
            }
            return {small_.data(), size};
        }

    private:
        std::array<char, 160> small_{};
        std::string big_{};
    };

    static clock::time_point until(clock::time_point now, std::int64_t left_ms) noexcept {
        if (left_ms < 0) return clock::time_point::max();
        const auto left = std::chrono::milliseconds(left_ms);
        const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
        return left < room ? now + left : clock::time_point::max();
    }

    pacers& numbers_;
    pacers& pairs_;
    pause_board& holds_;
    const script_arg reserve_arg_;
    std::atomic<bool> local_answer_{false};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
