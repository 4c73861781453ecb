// SPDX-License-Identifier: MIT
// wa_errors: the retry rules put together for a sender with a queue: pace every number and
// every business-user pair, honour pauses, decide after each failure, ration retries without
// ever failing a message for it, and reconcile before resending what may have gone through.
// Opt-in: not included by wa_errors.hpp. Thread-safe.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

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
    retry_quota::ticket ticket{};  // what the pending retry spent: refunded when it succeeds
};

struct send_policy_settings {
    pace_settings number = pace_settings::documented(retry_scope::phone_number);
    pace_settings pair = pace_settings::documented(retry_scope::recipient);
    retry_quota_settings quota{};
    // How long to wait for a status webhook before resending a message whose failed attempt
    // may have gone through (a timeout, a gateway 5xx). Meta's webhooks usually arrive within
    // seconds; a minute leaves room for a slow webhook consumer.
    std::chrono::milliseconds reconcile_wait = std::chrono::seconds(60);
};

class send_policy {
public:
    using clock = pacing_clock;

    // May the message go now? If not, `not_before` says when to look again.
    struct slot {
        bool go = false;
        clock::time_point not_before{};
        const error_info* paused_by = nullptr;  // set when a pause (not pacing) holds it
        // Which scope held it: the whole number (every message to it waits, so a dispatcher can
        // stop asking until `not_before`) or only this business-user pair.
        retry_scope held_by = retry_scope::request;
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
        : settings_(s), number_pacers_(s.number), pair_pacers_(s.pair), quotas_(s.quota) {}

    // Before each send (first tries and retries alike). A "go" has taken a pacing slot for the
    // number and the pair: send now.
    [[nodiscard]] slot before_send(std::string_view number, std::string_view recipient, clock::time_point now) {
        const std::string number_key = scope_key(retry_scope::phone_number, number, recipient);
        const std::string pair_key = scope_key(retry_scope::recipient, number, recipient);
        if (const auto p = pauses_.paused(number_key, now))
            return {false, p->until, p->cause, retry_scope::phone_number};
        if (const auto p = pauses_.paused(pair_key, now)) return {false, p->until, p->cause, retry_scope::recipient};
        // The number first: a refusal there is frequent and costs nothing; a pair slot is
        // worth 6 s of that user's allowance and is taken only when the message will go.
        if (const auto wait = number_pacers_.at(number_key).try_acquire(now); wait.count() > 0)
            return {false, now + wait, nullptr, retry_scope::phone_number};
        if (const auto wait = pair_pacers_.at(pair_key).try_acquire(now); wait.count() > 0)
            return {false, now + wait, nullptr, retry_scope::recipient};
        return {true, now, nullptr, retry_scope::request};
    }

    // After a send succeeded (the API accepted the message). `sent`: when that request went out,
    // if the sender has several in flight (see pacer::on_success); by default, `now`.
    void on_success(message_retry_state& m, std::string_view number, std::string_view recipient, clock::time_point now,
                    std::optional<clock::time_point> sent = std::nullopt) {
        number_pacers_.at(scope_key(retry_scope::phone_number, number, recipient)).on_success(now, sent.value_or(now));
        pair_pacers_.at(scope_key(retry_scope::recipient, number, recipient)).on_success(now, sent.value_or(now));
        quotas_.at(scope_key(retry_scope::phone_number, number, recipient))
            .on_success(m.ticket.milli_tokens > 0 ? &m.ticket : nullptr, now);
        m = message_retry_state{};
    }

    // After a send failed with `e` (classify() what the response or webhook said; a timeout is
    // classify() of an error_ref with `transport` set). `hint` is what the response's headers
    // said; `deadline_left` the message's remaining time to live, if it has one.
    [[nodiscard]] plan on_failure(message_retry_state& m, const error_info& e, server_hint hint,
                                  std::string_view number, std::string_view recipient, clock::time_point now,
                                  double jitter, std::optional<std::chrono::milliseconds> deadline_left = {}) {
        if (!m.first_failure || m.failing_kind != e.retry.kind) {
            m.first_failure = now;
            m.failing_kind = e.retry.kind;
        }
        const bool counts = e.retry.kind == retry_kind::backoff;
        if (counts) ++m.attempts;

        retry_input in;
        in.attempts = m.attempts == 0 ? 1U : m.attempts;
        in.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - *m.first_failure);
        in.hint = hint;
        in.deadline_left = deadline_left;
        in.jitter = jitter;
        if (e.retry.kind == retry_kind::throttle) in.scope_failures = throttle(e, hint, number, recipient, now);

        plan p;
        p.decision = decide(e, in);
        const retry_decision& d = p.decision;
        const std::string key = scope_key(d.scope, number, recipient);
        if (!key.empty()) pauses_.pause_for(key, now, d.pause, e);
        if (!d.retry) return p;

        auto wait = d.delay;
        const auto grant = quotas_.at(scope_key(retry_scope::phone_number, number, recipient)).try_acquire(e, now);
        if (grant.granted)
            m.ticket = grant.spent;
        else if (grant.wait > wait)
            wait = grant.wait;  // out of retry quota: wait, never fail the message
        if (d.may_duplicate && settings_.reconcile_wait > wait) wait = settings_.reconcile_wait;
        p.what = d.may_duplicate ? verdict::reconcile : verdict::retry;
        p.at = now + wait;
        return p;
    }

    // After a message was given up on or delivered some other way: forget its ticket.
    void forget(message_retry_state& m) noexcept { m = message_retry_state{}; }

    // A person fixed what an after_fix error was about (a token, a payment method).
    void resume(retry_scope scope, std::string_view number, std::string_view recipient, std::string_view account = {}) {
        pauses_.resume(scope_key(scope, number, recipient, account));
    }

    [[nodiscard]] const pause_board& pauses() const noexcept { return pauses_; }
    [[nodiscard]] pacer& number_pacer(std::string_view number) {
        return number_pacers_.at(scope_key(retry_scope::phone_number, number, {}));
    }
    [[nodiscard]] pacer& pair_pacer(std::string_view number, std::string_view recipient) {
        return pair_pacers_.at(scope_key(retry_scope::recipient, number, recipient));
    }

private:
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
    pause_board pauses_{};
};

WA_ERRORS_END_NAMESPACE
