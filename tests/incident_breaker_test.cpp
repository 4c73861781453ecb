// SPDX-License-Identifier: MIT
// incident_breaker.hpp and its use in send_policy: an incident of one number holds that number's
// sends, one probe goes at growing intervals, a success closes it, and sends ramp up after it.
#include <chrono>
#include <string>

#include <wa_errors/send_policy.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const send_policy::clock::time_point start(seconds(1000));
using wa_errors_test::entry;

class counting_observer : public observer {
public:
    int breaker_refusals = 0;
    void on_refused(refusal_cause cause, retry_scope /*scope*/, const error_info* /*cause_error*/,
                    std::string_view /*number*/) override {
        if (cause == refusal_cause::breaker) ++breaker_refusals;
    }
};

// Fails `n` sends of `number` with `e`, each from another message.
void fail_sends(send_policy& policy, const error_info& e, int n, send_policy::clock::time_point now,
                const std::string& number = "num") {
    for (int i = 0; i < n; ++i) {
        message_retry_state m;
        (void)policy.on_failure(m, e, {}, number, "user " + std::to_string(i), now, 0.5);
    }
}

}  // namespace

TEST_CASE("transient failures in a row of one number open its breaker, and the refusal names the breaker") {
    counting_observer watch;
    send_policy_settings s;
    s.watch = &watch;
    send_policy policy(s);
    fail_sends(policy, entry("meta.131000"), static_cast<int>(s.breaker.consecutive), start);
    const auto held = policy.before_send("num", "another user", start + milliseconds(10));
    CHECK_FALSE(held.go);
    CHECK(held.breaker);
    CHECK(held.held_by == retry_scope::phone_number);
    CHECK(held.not_before >= start + s.breaker.first_open);
    CHECK(watch.breaker_refusals == 1);
    CHECK(policy.before_send("other num", "another user", start + milliseconds(10)).go);
}

TEST_CASE("every transient entry of the catalog counts towards the breaker, and no other entry does") {
    for (const error_info& e : catalog()) {
        incident_breaker breaker;
        for (int i = 0; i < 50; ++i) (void)breaker.on_failure(e, start);
        INFO(e.id);
        const bool transient =
            e.retry.kind == retry_kind::backoff && (e.category == category::server || e.category == category::network);
        CHECK(is_transient(e) == transient);
        CHECK((breaker.current() == incident_breaker::state::open) == transient);
    }
}

TEST_CASE("an open breaker lets one probe through when it ends, and a failed probe reopens it for longer") {
    send_policy_settings s;
    send_policy policy(s);
    const error_info& e = entry("meta.131000");
    fail_sends(policy, e, static_cast<int>(s.breaker.consecutive), start);
    const auto probe_time = start + s.breaker.first_open;
    CHECK(policy.before_send("num", "user a", probe_time).go);  // the probe
    const auto waiting = policy.before_send("num", "user b", probe_time);
    CHECK_FALSE(waiting.go);
    CHECK(waiting.breaker);

    message_retry_state probe;
    (void)policy.on_failure(probe, e, {}, "num", "user a", probe_time + milliseconds(200), 0.5);
    const auto reopened = policy.before_send("num", "user b", probe_time + milliseconds(300));
    CHECK_FALSE(reopened.go);
    CHECK(reopened.not_before - (probe_time + milliseconds(200)) > s.breaker.first_open);
}

TEST_CASE("a probe's success closes the breaker and the number's sends ramp up instead of bursting") {
    send_policy_settings s;
    send_policy policy(s);
    fail_sends(policy, entry("meta.131000"), static_cast<int>(s.breaker.consecutive), start);
    const auto probe_time = start + s.breaker.first_open;
    REQUIRE(policy.before_send("num", "user a", probe_time).go);
    message_retry_state probe;
    policy.on_success(probe, "num", "user a", probe_time + milliseconds(200), probe_time);
    const auto after = probe_time + milliseconds(200);
    int went = 0;
    for (int i = 0; i < 200; ++i) went += policy.before_send("num", "user " + std::to_string(i), after).go ? 1 : 0;
    CHECK(went >= 1);
    CHECK(static_cast<double>(went) < s.number.burst / 2);
    CHECK(policy.number_pacer("num").rate() == Approx(s.number.per_second * s.number.slow_start_fraction));
}

TEST_CASE("a steady share of transient failures opens the breaker though never five come in a row") {
    send_policy_settings s;
    send_policy policy(s);
    auto now = start;
    bool opened = false;
    for (int i = 0; i < 200 && !opened; ++i) {
        message_retry_state m;
        now += milliseconds(20);
        if (i % 3 == 0)
            (void)policy.on_failure(m, entry("meta.131000"), {}, "num", "user", now, 0.5);
        else
            policy.on_success(m, "num", "user " + std::to_string(i), now);
        opened = policy.before_send("num", "probe user " + std::to_string(i), now + milliseconds(1)).breaker;
    }
    CHECK(opened);
}

TEST_CASE("the messages a number's hold kept back go out at a ramp when it ends") {
    send_policy_settings s;
    send_policy policy(s);
    message_retry_state m;
    const auto plan =
        policy.on_failure(m, entry("generic.http_503"), server_hint::wait_for(seconds(60)), "num", "user", start, 0.0);
    REQUIRE(plan.what != send_policy::verdict::give_up);
    const auto end = policy.next_send("num", start);
    CHECK(end >= start + seconds(60));
    int went = 0;
    for (int i = 0; i < 200; ++i) went += policy.before_send("num", "user " + std::to_string(i), end).go ? 1 : 0;
    CHECK(went >= 1);
    CHECK(static_cast<double>(went) < s.number.burst / 2);
}
