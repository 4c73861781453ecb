// SPDX-License-Identifier: MIT
// wa_errors: the retry rules put together for a sender with a queue: pace every number and
// every business-user pair, honour pauses, decide after each failure, ration retries without
// ever failing a message for it, and reconcile before resending what may have gone through.
// Opt-in: not included by wa_errors.hpp. Thread-safe.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "incident_breaker.hpp"
#include "observer.hpp"
#include "pacing.hpp"
#include "retry.hpp"
#include "retry_quota.hpp"
#include "scopes.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// What the sender keeps with each queued message between attempts.
struct message_retry_state {
    unsigned attempts = 0;  // failures that counted (throttles don't)
    // When the current run of failures of one kind began: the entry's max_elapsed_ms counts
    // from here. A message that waited out a 24-hour cap and then meets one transient 500 has
    // the 500's whole deadline, not one already spent on the wait.
    std::optional<pacing_clock::time_point> first_failure{};
    retry_kind failing_kind = retry_kind::never;
    // Time spent failing in this run: the message's own retry delays, not the time it waited
    // beyond them (held by a pause, paced, or out of retry quota) nor a server's wait. This is
    // what max_elapsed_ms bounds, so a message that sat out a long outage is not dropped for it.
    std::chrono::milliseconds failing{0};
    // The last failure and the end of the message's own wait after it.
    pacing_clock::time_point last_failure{};
    pacing_clock::time_point own_wait_until{};
    // Throttles of this message in a row that pace no scope (a per-user marketing cap): the
    // repeat count for their floors, as a pacer's throttles_in_a_row is for 130429 and 131056.
    unsigned throttles = 0;
    retry_quota::ticket ticket{};  // what the pending retry spent: refunded when it succeeds
};

struct send_policy_settings {
    pace_settings number = pace_settings::documented(retry_scope::phone_number);
    pace_settings pair = pace_settings::documented(retry_scope::recipient);
    retry_quota_settings quota{};
    // When a number's sends fail together (an incident), hold them and probe (incident_breaker.hpp).
    breaker_settings breaker{};
    // A hold of all of a number's messages at least this long ends in a slow start (pacer's
    // slow_start): the messages it kept back are more than a burst. Shorter holds keep the rate.
    std::chrono::milliseconds ramp_after_hold = std::chrono::seconds(5);
    // How long to wait for a status webhook before resending a message whose failed attempt
    // may have gone through (a timeout, a gateway 5xx). Meta's webhooks usually arrive within
    // seconds; a minute leaves room for a slow webhook consumer.
    std::chrono::milliseconds reconcile_wait = std::chrono::seconds(60);
    // The longest server wait (Retry-After, usage headers) a message waits out; longer ones give
    // it up with reason `deadline` (the scope is still held for the whole wait). None by default:
    // a server's wait is waited out however long, within the message's own deadline_left.
    std::optional<std::chrono::milliseconds> max_server_wait{};
    // Told of every decision, hold, give-up, grant and refusal (observer.hpp); not owned, and
    // must outlive the policy. None by default.
    observer* watch = nullptr;
};

class send_policy {
public:
    using clock = pacing_clock;

    // May the message go now? If not, `not_before` says when to look again.
    struct slot {
        bool go = false;
        clock::time_point not_before{};
        const error_info* paused_by = nullptr;  // set when a hold (not pacing) holds it
        // Which scope held it: the whole number (every message to it waits, so a dispatcher can
        // stop asking until `not_before`), the account, or only this business-user pair.
        retry_scope held_by = retry_scope::request;
        // For a hold: the traffic it holds and what ends it. `not_before` is time_point::max()
        // for a hold that no time ends (the user must write, a person must fix).
        wa_errors::traffic traffic = traffic::all;
        hold_lifts lifts = hold_lifts::time;
        // The number's incident breaker held it (an incident, not an error of this message).
        bool breaker = false;
    };

    enum class verdict : std::uint8_t {
        retry,      // send again at `at`
        reconcile,  // at `at`, look for the message's status webhook; resend only if none came
        give_up     // stop: `decision.reason` says why, `decision.next` what to do instead
    };

    struct plan {
        verdict what = verdict::give_up;
        clock::time_point at{};
        retry_decision decision{};
    };

    explicit send_policy(send_policy_settings s = send_policy_settings{})
        : settings_(s), number_pacers_(s.number), pair_pacers_(s.pair), quotas_(s.quota), breakers_(s.breaker) {}

    // Before each send (first tries and retries alike) of `what` from `number` to `recipient`
    // (a user, or empty for a send that has none: a template or registration call), in
    // `account` (the WABA; empty if the sender has one). It goes unless a hold of the account,
    // the number or the pair is in force on traffic it belongs to (traffic_of(what)). A message
    // that goes has taken a pacing slot for the number and the pair: send now. Other sends
    // (calls, template management, ...) don't count against messaging limits and take none.
    [[nodiscard]] slot before_send(send_kind what, std::string_view number, std::string_view recipient,
                                   clock::time_point now, std::string_view account = {}) {
        return check(traffic_of(what), traffic_of(what).contains(traffic::messages), number, recipient, account, now);
    }

    // The same for a message whose kind the caller doesn't say: every hold holds it.
    [[nodiscard]] slot before_send(std::string_view number, std::string_view recipient, clock::time_point now) {
        return check(traffic_set::every(), true, number, recipient, {}, now);
    }

    // The user wrote to the business (an inbound message webhook): the customer service window
    // is open again, so the pair's holds that end on that (131047, 130472) end now.
    void on_inbound(std::string_view number, std::string_view user) {
        pauses_.lift(scope_key(retry_scope::recipient, number, user), hold_lifts::inbound);
    }

    // The user opted in to the business's marketing again (131050's hold ends).
    void on_opt_in(std::string_view number, std::string_view user) {
        pauses_.lift(scope_key(retry_scope::recipient, number, user), hold_lifts::opt_in);
    }

    // After a send succeeded (the API accepted the message). `sent`: when that request went out,
    // if the sender has several in flight (see pacer::on_success); by default, `now`.
    void on_success(message_retry_state& m, std::string_view number, std::string_view recipient, clock::time_point now,
                    std::optional<clock::time_point> sent = std::nullopt) {
        pacer& whole = number_pacers_.at(scope_key(retry_scope::phone_number, number, recipient));
        whole.on_success(now, sent.value_or(now));
        // The breaker's probe came back well: the incident is over, and the held messages go at a ramp.
        if (breakers_.at(scope_key(retry_scope::phone_number, number, recipient)).on_success(now, sent.value_or(now)))
            whole.slow_start(now);
        pair_pacers_.at(scope_key(retry_scope::recipient, number, recipient)).on_success(now, sent.value_or(now));
        quotas_.at(scope_key(retry_scope::phone_number, number, recipient))
            .on_success(m.ticket.milli_tokens > 0 ? &m.ticket : nullptr, now);
        m = message_retry_state{};
    }

    // After a send failed with `e` (classify() what the response or webhook said; a timeout is
    // classify() of an error_ref with `transport` set). `hint` is what the response's headers
    // said; `deadline_left` the message's remaining time to live, if it has one.
    // `account` is the WABA, as given to before_send.
    [[nodiscard]] plan on_failure(message_retry_state& m, const error_info& e, server_hint hint,
                                  std::string_view number, std::string_view recipient, clock::time_point now,
                                  double jitter, std::optional<std::chrono::milliseconds> deadline_left = {},
                                  std::string_view account = {}) {
        if (!m.first_failure || m.failing_kind != e.retry.kind) {
            m.first_failure = now;
            m.failing_kind = e.retry.kind;
            m.failing = std::chrono::milliseconds(0);
        } else {
            const auto own_end = now < m.own_wait_until ? now : m.own_wait_until;
            if (own_end > m.last_failure)
                m.failing += std::chrono::duration_cast<std::chrono::milliseconds>(own_end - m.last_failure);
        }
        const bool counts = e.retry.kind == retry_kind::backoff;
        if (counts) ++m.attempts;

        retry_input in;
        in.attempts = m.attempts == 0 ? 1U : m.attempts;
        in.elapsed = m.failing;
        in.hint = hint;
        in.deadline_left = deadline_left;
        in.max_server_wait = settings_.max_server_wait;
        in.jitter = jitter;
        // The pacers are for messages: a throttle of other traffic (Calling usage does not count
        // towards messaging limits) or of one kind of message holds that and leaves the rate alone.
        if (e.retry.kind == retry_kind::throttle) {
            ++m.throttles;
            in.scope_failures =
                paces_messages(e.hold.traffic) ? throttle(e, hint, number, recipient, now) : m.throttles;
        }

        plan p;
        p.decision = decide(e, in);
        const retry_decision& d = p.decision;
        // A wait the server set is the server's time, not the message's: it does not count.
        const bool servers_wait = hint.says_wait() && hint.wait >= d.floor && hint.wait.count() > 0;
        m.last_failure = now;
        m.own_wait_until = servers_wait ? now : now + d.delay;
        const std::string key = scope_key(d.hold.scope, number, recipient, account);
        if (!key.empty()) pauses_.hold_for(key, d.hold.traffic, d.hold.lifts, now, d.pause, e);
        // A hold of all the number's (or the account's) messages ends in a slow start, so that what
        // it kept back does not all go in the same second.
        if ((d.hold.scope == retry_scope::phone_number || d.hold.scope == retry_scope::account) &&
            d.hold.lifts == hold_lifts::time && paces_messages(d.hold.traffic) &&
            d.pause >= settings_.ramp_after_hold && d.pause < std::chrono::hours(24 * 365))
            number_pacer(number).slow_start(now + d.pause);
        breakers_.at(scope_key(retry_scope::phone_number, number, recipient)).on_failure(e, now);
        if (observer* w = settings_.watch) {
            w->on_decision(e, d, number);
            if (!key.empty() && d.pause.count() > 0) w->on_hold(e, d, number);
            if (!d.retry) w->on_give_up(e, d, number);
        }
        if (!d.retry) return p;

        auto wait = d.delay;
        // Out of retry quota: wait for the tokens reserved for this retry, never fail the message.
        const auto grant = quotas_.at(scope_key(retry_scope::phone_number, number, recipient)).reserve(e, now);
        m.ticket = grant.spent;
        if (!grant.granted && grant.wait > wait) wait = grant.wait;
        if (d.may_duplicate && settings_.reconcile_wait > wait) wait = settings_.reconcile_wait;
        p.what = d.may_duplicate ? verdict::reconcile : verdict::retry;
        p.at = now + wait;
        return p;
    }

    // After a message was given up on or delivered some other way: forget its ticket.
    void forget(message_retry_state& m) noexcept { m = message_retry_state{}; }

    // A person fixed what an after_fix error was about (a token, a payment method): every hold of
    // that scope ends.
    void resume(retry_scope scope, std::string_view number, std::string_view recipient, std::string_view account = {}) {
        pauses_.resume(scope_key(scope, number, recipient, account));
    }

    // The earliest time any message from `number` (in `account`) may go, for a sender pulling
    // from a queue shared by many numbers: the end of a hold on all of the number's or the
    // account's messages, else the number's next pacing slot. A pair's hold or pace is not
    // counted (another user's message may go). time_point::max() for a hold that no time ends.
    [[nodiscard]] clock::time_point next_send(std::string_view number, clock::time_point now,
                                              std::string_view account = {}) {
        clock::time_point at = now;
        const traffic_set every_message{traffic::all, traffic::messages};
        for (const std::string& key :
             {scope_key(retry_scope::account, number, {}, account), scope_key(retry_scope::phone_number, number, {})}) {
            const auto p = pauses_.held(key, every_message, now);
            if (p && p->until > at) at = p->until;
        }
        if (at != now) return at;
        const auto paced = now + std::chrono::duration_cast<clock::duration>(number_pacer(number).wait_at(now));
        const auto a = breakers_.at(scope_key(retry_scope::phone_number, number, {})).admit_at(now);
        return a > paced ? a : paced;
    }

    [[nodiscard]] const pause_board& pauses() const noexcept { return pauses_; }
    [[nodiscard]] pacer& number_pacer(std::string_view number) {
        return number_pacers_.at(scope_key(retry_scope::phone_number, number, {}));
    }
    [[nodiscard]] pacer& pair_pacer(std::string_view number, std::string_view recipient) {
        return pair_pacers_.at(scope_key(retry_scope::recipient, number, recipient));
    }

private:
    // A throttle is about the message rate of its scope when it holds every message: a cap on
    // one kind of message (marketing to a user) or on other traffic (calls) leaves the rate alone.
    static constexpr bool paces_messages(wa_errors::traffic t) noexcept {
        return t == traffic::all || t == traffic::messages;
    }

    slot check(traffic_set sent, bool paced, std::string_view number, std::string_view recipient,
               std::string_view account, clock::time_point now) {
        slot s = decide_slot(sent, paced, number, recipient, account, now);
        if (observer* w = settings_.watch) {
            if (s.go)
                w->on_granted(number);
            else
                w->on_refused(s.breaker                ? refusal_cause::breaker
                              : s.paused_by != nullptr ? refusal_cause::hold
                                                       : refusal_cause::pacing,
                              s.held_by, s.paused_by, number);
        }
        return s;
    }

    slot decide_slot(traffic_set sent, bool paced, std::string_view number, std::string_view recipient,
                     std::string_view account, clock::time_point now) {
        const std::string number_key = scope_key(retry_scope::phone_number, number, recipient);
        const std::string pair_key = scope_key(retry_scope::recipient, number, recipient);
        // Widest first: a dispatcher told "the number" or "the account" stops asking for all of it.
        const std::string account_key = scope_key(retry_scope::account, number, recipient, account);
        if (const auto p = pauses_.held(account_key, sent, now))
            return {false, p->until, p->cause, retry_scope::account, p->traffic, p->lifts};
        if (const auto p = pauses_.held(number_key, sent, now))
            return {false, p->until, p->cause, retry_scope::phone_number, p->traffic, p->lifts};
        if (!recipient.empty()) {
            if (const auto p = pauses_.held(pair_key, sent, now))
                return {false, p->until, p->cause, retry_scope::recipient, p->traffic, p->lifts};
        }
        if (!paced) return {true, now, nullptr, retry_scope::request};
        // A pair slot is worth 6 s of that user's allowance and a number slot 1/80 s of every
        // user's: neither is spent for a send the other refuses. The pair is asked first without
        // taking (a hot user's queue must not burn the number's slots), then the number's slot is
        // taken, then the pair's; a pair taken by another thread in between hands the number's back.
        pacer& pair = pair_pacers_.at(pair_key);
        if (const auto wait = pair.wait_at(now); wait.count() > 0)
            return {false, now + wait, nullptr, retry_scope::recipient};
        pacer& whole = number_pacers_.at(number_key);
        if (const auto wait = whole.wait_at(now); wait.count() > 0)
            return {false, now + wait, nullptr, retry_scope::phone_number};
        // Asked last, when the send could go: the breaker's one probe must really be sent.
        if (const auto a = breakers_.at(number_key).admit(now); !a.go) {
            slot held{false, a.not_before, nullptr, retry_scope::phone_number};
            held.breaker = true;
            return held;
        }
        if (const auto wait = whole.try_acquire(now); wait.count() > 0)
            return {false, now + wait, nullptr, retry_scope::phone_number};
        if (const auto wait = pair.try_acquire(now); wait.count() > 0) {
            whole.give_back(now);
            return {false, now + wait, nullptr, retry_scope::recipient};
        }
        return {true, now, nullptr, retry_scope::request};
    }

    // A throttle slows the pacer of its scope (the number for 130429, the pair for 131056) and
    // returns that scope's throttles in a row: the X of Meta's 4^X.
    unsigned throttle(const error_info& e, const server_hint& hint, std::string_view number, std::string_view recipient,
                      clock::time_point now) {
        constexpr auto longest = std::chrono::hours(24 * 365 * 100);  // keeps the nanoseconds in range
        const auto wait = !hint.says_wait()     ? std::chrono::nanoseconds(0)
                          : hint.wait > longest ? std::chrono::nanoseconds(longest)
                                                : std::chrono::nanoseconds(hint.wait);
        if (e.retry.scope == retry_scope::recipient) {
            pacer& p = pair_pacers_.at(scope_key(retry_scope::recipient, number, recipient));
            p.on_throttle(now, wait);
            return p.throttles_in_a_row();
        }
        if (e.retry.scope == retry_scope::phone_number) {
            pacer& p = number_pacers_.at(scope_key(retry_scope::phone_number, number, recipient));
            p.on_throttle(now, wait);
            return p.throttles_in_a_row();
        }
        return 1;
    }

    const send_policy_settings settings_;
    keyed<pacer, pace_settings> number_pacers_;
    keyed<pacer, pace_settings> pair_pacers_;
    keyed<retry_quota, retry_quota_settings> quotas_;
    keyed<incident_breaker, breaker_settings> breakers_;
    pause_board pauses_{};
};

WA_ERRORS_END_NAMESPACE
