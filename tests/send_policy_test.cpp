// SPDX-License-Identifier: MIT
// send_policy.hpp: pacing, pauses, decide and the retry quota, together as a sender uses them.
#include <chrono>
#include <string>

#include <wa_errors/send_policy.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

const send_policy::clock::time_point start(seconds(1000));
using wa_errors_test::entry;

}  // namespace

TEST_CASE("a burst to one user goes out at the pair's pace, not into 131056") {
    send_policy policy;
    int went = 0;
    for (int i = 0; i < 60; ++i) went += policy.before_send("num", "user", start).go ? 1 : 0;
    CHECK(went == 42);  // 45 with 5 % headroom
    const auto held = policy.before_send("num", "user", start);
    CHECK_FALSE(held.go);
    CHECK(held.not_before > start);
    CHECK(held.paused_by == nullptr);
    CHECK(policy.before_send("num", "other user", start).go);
}

TEST_CASE("131049 pauses that user for 24 hours and retries after them") {
    send_policy policy;
    message_retry_state m;
    const auto plan = policy.on_failure(m, entry("meta.131049"), {}, "num", "user", start, 0.5);
    CHECK(plan.what == send_policy::verdict::retry);
    CHECK(plan.at >= start + hours(24));
    const auto held = policy.before_send("num", "user", start + hours(23));
    CHECK_FALSE(held.go);
    CHECK(held.paused_by == &entry("meta.131049"));
    CHECK(policy.before_send("num", "user", start + hours(24) + seconds(1)).go);
}

TEST_CASE("131049 gives up after its 96-hour deadline with the reason") {
    send_policy policy;
    message_retry_state m;
    auto now = start;
    send_policy::plan plan;
    int tries = 0;
    while ((plan = policy.on_failure(m, entry("meta.131049"), {}, "num", "user", now, 0.5)).what ==
           send_policy::verdict::retry) {
        now = plan.at;
        ++tries;
    }
    CHECK(tries == 2);
    CHECK(plan.what == send_policy::verdict::give_up);
    CHECK(plan.decision.reason == stop_reason::deadline);
}

TEST_CASE("throttles slow the number's pacer and count Meta's X per pair") {
    send_policy policy;
    message_retry_state m;
    const double before = policy.number_pacer("num").rate();
    const auto plan = policy.on_failure(m, entry("meta.130429"), {}, "num", "user", start, 0.5);
    CHECK(plan.what == send_policy::verdict::retry);
    CHECK(policy.number_pacer("num").rate() < before);
    CHECK(m.attempts == 0);  // a throttle is not the message's fault

    message_retry_state a;
    message_retry_state b;
    (void)policy.on_failure(a, entry("meta.131056"), {}, "num", "busy", start, 0.0);
    const auto second = policy.on_failure(b, entry("meta.131056"), {}, "num", "busy", start, 0.0);
    CHECK(second.decision.floor == seconds(4));  // X = 1 for the pair, although it is b's first failure
}

TEST_CASE("a server's Retry-After pauses the whole number") {
    send_policy policy;
    message_retry_state m;
    const auto plan =
        policy.on_failure(m, entry("generic.http_503"), server_hint::wait_for(seconds(60)), "num", "user", start, 0.5);
    CHECK(plan.at >= start + seconds(60));
    CHECK_FALSE(policy.before_send("num", "someone else", start + seconds(30)).go);
}

TEST_CASE("a failure that may have gone through is reconciled before any resend") {
    send_policy policy;
    message_retry_state m;
    const auto plan = policy.on_failure(m, entry("generic.transport_timeout"), {}, "num", "user", start, 0.0);
    CHECK(plan.what == send_policy::verdict::reconcile);
    CHECK(plan.decision.may_duplicate);
    CHECK(plan.at >= start + seconds(60));
}

TEST_CASE("an empty retry quota delays a retry and never fails the message") {
    send_policy_settings s;
    s.quota.capacity = 10;
    s.quota.retry_cost = 5;
    s.quota.reserve_per_second = 1;
    send_policy policy(s);
    for (int i = 0; i < 2; ++i) {
        message_retry_state m;
        CHECK(policy.on_failure(m, entry("meta.131000"), {}, "num", "user", start, 0.0).at == start);
    }
    message_retry_state late;
    const auto plan = policy.on_failure(late, entry("meta.131000"), {}, "num", "user", start, 0.0);
    CHECK(plan.what == send_policy::verdict::retry);
    CHECK(plan.at >= start + seconds(5));
}

TEST_CASE("an after_fix error of the account gives up and pauses every send until resumed") {
    send_policy policy;
    message_retry_state m;
    const auto plan = policy.on_failure(m, entry("meta.190"), {}, "num", "user", start, 0.5);
    CHECK(plan.what == send_policy::verdict::give_up);
    CHECK(plan.decision.reason == stop_reason::after_fix);
    CHECK(plan.decision.next == action::check_credentials);
}

TEST_CASE("backoff errors give up after max_attempts and a success resets the message") {
    send_policy policy;
    message_retry_state m;
    const error_info& e = entry("meta.131000");
    send_policy::plan plan;
    for (unsigned i = 1; i < e.retry.max_attempts; ++i) {
        plan = policy.on_failure(m, e, {}, "num", "user", start, 0.0);
        CHECK(plan.what == send_policy::verdict::retry);
    }
    plan = policy.on_failure(m, e, {}, "num", "user", start, 0.0);
    CHECK(plan.what == send_policy::verdict::give_up);
    CHECK(plan.decision.reason == stop_reason::attempts_spent);

    message_retry_state fresh;
    (void)policy.on_failure(fresh, e, {}, "num", "user2", start, 0.0);
    policy.on_success(fresh, "num", "user2", start);
    CHECK(fresh.attempts == 0);
    CHECK_FALSE(fresh.first_failure.has_value());
}

TEST_CASE("before_send says which scope holds a message, so a dispatcher can stop asking") {
    send_policy policy;
    int went = 0;
    while (policy.before_send("num", "user " + std::to_string(went), start).go) ++went;
    const auto number_held = policy.before_send("num", "someone else", start);
    CHECK_FALSE(number_held.go);
    CHECK(number_held.held_by == retry_scope::phone_number);

    send_policy fresh;
    for (int i = 0; i < 60 && fresh.before_send("num", "user", start).go; ++i) {
    }
    const auto pair_held = fresh.before_send("num", "user", start);
    CHECK_FALSE(pair_held.go);
    CHECK(pair_held.held_by == retry_scope::recipient);
    CHECK(fresh.before_send("num", "another user", start).held_by == retry_scope::request);  // it went

    message_retry_state m;
    (void)fresh.on_failure(m, entry("meta.130429"), {}, "num", "user", start, 0.5);
    const auto paused = fresh.before_send("num", "another user", start);
    CHECK_FALSE(paused.go);
    CHECK(paused.held_by == retry_scope::phone_number);
}

TEST_CASE("a deadline counts from the first failure of the current kind") {
    send_policy policy;
    message_retry_state m;
    auto plan = policy.on_failure(m, entry("meta.131049"), {}, "num", "user", start, 0.5);
    REQUIRE(plan.what == send_policy::verdict::retry);
    // A day later the resend meets a transient 131000: it has the 131000's whole deadline.
    plan = policy.on_failure(m, entry("meta.131000"), {}, "num", "user", plan.at, 0.5);
    CHECK(plan.what == send_policy::verdict::retry);
    CHECK(m.attempts == 1);
}

TEST_CASE("a 503 whose Retry-After outlasts the entry's deadline holds the number for it and keeps the message") {
    send_policy policy;
    message_retry_state m;
    const auto plan =
        policy.on_failure(m, entry("generic.http_503"), server_hint::wait_for(minutes(20)), "num", "user", start, 0.5);
    REQUIRE(plan.what != send_policy::verdict::give_up);
    CHECK(plan.at >= start + minutes(20));
    const auto other = policy.before_send("num", "other user", start + minutes(19));
    CHECK_FALSE(other.go);
    CHECK(other.held_by == retry_scope::phone_number);
    CHECK(policy.before_send("num", "other user", start + minutes(25)).go);
}

TEST_CASE("a caller's max_server_wait gives up on a longer server wait but still holds the number") {
    send_policy_settings s;
    s.max_server_wait = minutes(10);
    send_policy policy(s);
    message_retry_state m;
    const auto plan =
        policy.on_failure(m, entry("generic.http_503"), server_hint::wait_for(minutes(20)), "num", "user", start, 0.5);
    CHECK(plan.what == send_policy::verdict::give_up);
    CHECK(plan.decision.reason == stop_reason::deadline);
    CHECK_FALSE(policy.before_send("num", "other user", start + minutes(19)).go);
}

TEST_CASE("time a message waits beyond its own delay (held or paced) does not count against max_elapsed_ms") {
    const error_info& e = entry("meta.131000");
    send_policy policy;
    message_retry_state m;
    auto now = start;
    // Each resend goes out an hour after its planned time (the number was held): far more than
    // the entry's max_elapsed_ms in total, but the message's own delays stay short.
    for (unsigned i = 1; i + 1 < e.retry.max_attempts; ++i) {
        const auto plan = policy.on_failure(m, e, {}, "num", "user", now, 0.5);
        REQUIRE(plan.what == send_policy::verdict::retry);
        now = plan.at + hours(1);
    }
    CHECK(now - start > milliseconds(e.retry.max_elapsed_ms));
    CHECK(m.failing < milliseconds(e.retry.max_elapsed_ms));
    CHECK(policy.on_failure(m, e, {}, "num", "user", now, 0.5).what == send_policy::verdict::retry);
}

TEST_CASE("a send the pair refuses takes no slot of the number") {
    send_policy policy;
    while (policy.before_send("num", "hot user", start).go) {
    }
    // The hot user's queue keeps asking: every refusal is the pair's, and the number keeps its slots.
    for (int i = 0; i < 500; ++i) CHECK(policy.before_send("num", "hot user", start).held_by == retry_scope::recipient);
    int others = 0;
    for (int i = 0; i < 10; ++i) others += policy.before_send("num", "user " + std::to_string(i), start).go ? 1 : 0;
    CHECK(others == 10);
}

TEST_CASE("next_send says when a number's next message may go: its hold's end, else its next slot") {
    send_policy policy;
    CHECK(policy.next_send("num", start) == start);
    int users = 0;
    while (policy.before_send("num", "user " + std::to_string(users), start).go) ++users;
    const auto paced = policy.next_send("num", start);
    CHECK(paced > start);
    CHECK(policy.before_send("num", "fresh user", paced).go);

    message_retry_state m;
    const auto plan =
        policy.on_failure(m, entry("generic.http_503"), server_hint::wait_for(seconds(90)), "num", "user", start, 0.5);
    REQUIRE(plan.what != send_policy::verdict::give_up);
    CHECK(policy.next_send("num", start) >= start + seconds(90));
    CHECK(policy.next_send("other num", start) == start);
}
