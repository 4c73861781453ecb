// SPDX-License-Identifier: MIT
// Holds: decide() returns what a failure holds (scope, traffic, what ends it, how long), and
// send_policy::before_send stops exactly the sends that belong to that traffic and scope, no more.
// The catalog is the input: every entry is checked against its own `hold`.
#include <chrono>
#include <string>

#include <wa_errors/send_policy.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const send_policy::clock::time_point start(seconds(1000));

using wa_errors_test::entry;

constexpr send_kind every_kind[] = {send_kind::marketing_template,
                                    send_kind::utility_template,
                                    send_kind::authentication_template,
                                    send_kind::free_form,
                                    send_kind::call,
                                    send_kind::group_message,
                                    send_kind::group_management,
                                    send_kind::template_management,
                                    send_kind::registration,
                                    send_kind::flow_management,
                                    send_kind::payment,
                                    send_kind::username,
                                    send_kind::account_setup};

constexpr send_kind message_kinds[] = {send_kind::marketing_template,      send_kind::utility_template,
                                       send_kind::authentication_template, send_kind::free_form,
                                       send_kind::group_message,           send_kind::payment};

retry_input first_failure() {
    retry_input in;
    in.jitter = 0.5;
    return in;
}

// A fresh sender that has just seen `e` for ("num", "user") in account "waba"; the hint is a
// server's wait, so that throttles without a documented floor hold too.
struct after_failure {
    send_policy policy{};
    message_retry_state m{};
    send_policy::plan plan{};

    explicit after_failure(const error_info& e, server_hint hint = {}) {
        plan = policy.on_failure(m, e, hint, "num", "user", start, 0.5, std::nullopt, "waba");
    }

    // Whether a hold (not pacing) stops `what` a millisecond later.
    bool holds(send_kind what, std::string_view number = "num", std::string_view user = "user",
               std::string_view account = "waba") {
        return policy.before_send(what, number, user, start + milliseconds(1), account).paused_by != nullptr;
    }
};

bool is_message_traffic(traffic t) {
    for (send_kind k : message_kinds)
        if (traffic_of(k).contains(t)) return true;
    return false;
}

}  // namespace

TEST_CASE("every send belongs to all traffic, and a message to messages") {
    for (send_kind k : every_kind) {
        INFO(to_string(k));
        CHECK(traffic_of(k).contains(traffic::all));
    }
    for (send_kind k : message_kinds) {
        INFO(to_string(k));
        CHECK(traffic_of(k).contains(traffic::messages));
    }
    CHECK_FALSE(traffic_of(send_kind::call).contains(traffic::messages));
    CHECK_FALSE(traffic_of(send_kind::template_management).contains(traffic::templates));
}

TEST_CASE("an authentication template is a message and a template, neither marketing nor free-form") {
    const traffic_set otp = traffic_of(send_kind::authentication_template);
    CHECK(otp.contains(traffic::messages));
    CHECK(otp.contains(traffic::templates));
    CHECK_FALSE(otp.contains(traffic::marketing));
    CHECK_FALSE(otp.contains(traffic::free_form));
    CHECK(traffic_of(send_kind::marketing_template).contains(traffic::marketing));
    CHECK(traffic_of(send_kind::free_form).contains(traffic::free_form));
    CHECK_FALSE(traffic_of(send_kind::free_form).contains(traffic::templates));
}

TEST_CASE("every decision holds the entry's hold, for as long as what ends it says") {
    for (const error_info& e : catalog()) {
        const retry_decision d = decide(e, first_failure());
        INFO(e.id);
        if (d.pause.count() == 0) {
            CHECK(d.hold.scope == retry_scope::request);
            continue;
        }
        CHECK(d.hold.scope == e.hold.scope);
        CHECK(d.hold.scope != retry_scope::request);
        CHECK(d.hold.traffic == e.hold.traffic);
        CHECK(d.hold.lifts == e.hold.lifts);
        if (e.hold.lifts != hold_lifts::time) {
            CHECK(d.pause == until_fixed);
        } else {
            CHECK(d.retry);  // only a wait that runs out ends a time-lifted hold
            CHECK(d.pause == (e.retry.kind == retry_kind::throttle ? d.floor : d.delay));
        }
    }
}

TEST_CASE("a hold scoped to the request holds nothing") {
    int seen = 0;
    for (const error_info& e : catalog()) {
        if (e.hold.scope != retry_scope::request) continue;
        ++seen;
        const retry_decision d = decide(e, first_failure());
        INFO(e.id);
        CHECK(d.pause.count() == 0);
        CHECK(d.hold.scope == retry_scope::request);
    }
    CHECK(seen > 0);
}

TEST_CASE("a repeat failure of the scope waits at least the entry's repeat floor") {
    int seen = 0;
    for (const error_info& e : catalog()) {
        if (e.retry.repeat_min_delay_ms == 0) continue;
        ++seen;
        retry_input in = first_failure();
        in.jitter = 0.0;
        in.scope_failures = 2;
        const retry_decision d = decide(e, in);
        INFO(e.id);
        REQUIRE(d.retry);
        CHECK(d.floor.count() >= e.retry.repeat_min_delay_ms);
        CHECK(d.delay >= d.floor);
    }
    CHECK(seen > 0);
}

TEST_CASE("a second 131049 to the same user waits at least 48 hours") {
    retry_input in = first_failure();
    in.jitter = 0.0;
    in.scope_failures = 2;
    CHECK(decide(entry("meta.131049"), in).floor >= hours(48));
}

TEST_CASE("for every entry, before_send holds exactly the sends of its hold's traffic and scope") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        after_failure f(e);
        const retry_decision& d = f.plan.decision;
        const bool holds_something = d.pause.count() > 0 && d.hold.scope != retry_scope::request;
        const bool wide = d.hold.scope == retry_scope::phone_number || d.hold.scope == retry_scope::account;
        for (send_kind k : every_kind) {
            INFO(to_string(k));
            const bool in_traffic = traffic_of(k).contains(e.hold.traffic);
            CHECK(f.holds(k) == (holds_something && in_traffic));
            CHECK(f.holds(k, "num", "another user") == (holds_something && in_traffic && wide));
            CHECK(f.holds(k, "another num", "user") ==
                  (holds_something && in_traffic && d.hold.scope == retry_scope::account));
        }
    }
}

TEST_CASE("an error whose hold is not message traffic never stops a message") {
    int seen = 0;
    for (const error_info& e : catalog()) {
        if (is_message_traffic(e.hold.traffic)) continue;
        ++seen;
        INFO(e.id);
        after_failure f(e, server_hint::wait_for(seconds(60)));
        for (send_kind k : message_kinds) {
            INFO(to_string(k));
            CHECK_FALSE(f.holds(k));
            CHECK(f.policy.before_send(k, "num", "user", start + milliseconds(1), "waba").go);
        }
    }
    CHECK(seen > 0);
}

TEST_CASE("a utility template to the same user goes after 131047, 131049, 131050 and 130472") {
    for (const char* id : {"meta.131047", "meta.131049", "meta.131049.us_recipient", "meta.131050", "meta.130472"}) {
        INFO(id);
        after_failure f(entry(id));
        CHECK(f.plan.decision.hold.scope == retry_scope::recipient);  // something is held ...
        CHECK(f.policy.before_send(send_kind::utility_template, "num", "user", start + milliseconds(1), "waba").go);
    }
}

TEST_CASE("131047 holds free-form messages to the user until the user writes, never the template it asks for") {
    after_failure f(entry("meta.131047"));
    CHECK(f.plan.decision.next == action::send_template);
    CHECK(f.holds(send_kind::free_form));
    CHECK_FALSE(f.holds(send_kind::marketing_template));
    CHECK_FALSE(f.holds(send_kind::free_form, "num", "another user"));
    const auto held = f.policy.before_send(send_kind::free_form, "num", "user", start + hours(24 * 30), "waba");
    CHECK_FALSE(held.go);
    CHECK(held.lifts == hold_lifts::inbound);
    CHECK(held.traffic == traffic::free_form);
    f.policy.on_inbound("num", "user");
    CHECK(f.policy.before_send(send_kind::free_form, "num", "user", start + hours(24 * 30), "waba").go);
}

TEST_CASE("130472 and 131050 hold marketing to the user until the user writes or opts in") {
    after_failure experiment(entry("meta.130472"));
    CHECK(experiment.holds(send_kind::marketing_template));
    experiment.policy.on_opt_in("num", "user");  // the wrong event ends nothing
    CHECK(experiment.holds(send_kind::marketing_template));
    experiment.policy.on_inbound("num", "user");
    CHECK_FALSE(experiment.holds(send_kind::marketing_template));

    after_failure opted_out(entry("meta.131050"));
    CHECK(opted_out.holds(send_kind::marketing_template));
    opted_out.policy.on_inbound("num", "user");
    CHECK(opted_out.holds(send_kind::marketing_template));
    opted_out.policy.on_opt_in("num", "user");
    CHECK_FALSE(opted_out.holds(send_kind::marketing_template));
}

TEST_CASE("a message goes after a Calling, Groups, username, template-management or registration error") {
    for (const char* id : {"meta.138000", "meta.131211", "meta.147002", "meta.100.2388019", "meta.133016"}) {
        INFO(id);
        after_failure f(entry(id));
        CHECK(f.plan.decision.hold.scope != retry_scope::request);  // it holds its own traffic ...
        for (send_kind k : message_kinds) {
            INFO(to_string(k));
            CHECK(f.policy.before_send(k, "num", "user", start + milliseconds(1), "waba").go);  // ... not messages
        }
    }
    CHECK(after_failure(entry("meta.138000")).holds(send_kind::call));
    CHECK(after_failure(entry("meta.131211")).holds(send_kind::group_management));
    CHECK(after_failure(entry("meta.147002")).holds(send_kind::username));
    CHECK(after_failure(entry("meta.100.2388019")).holds(send_kind::template_management, "another num", "x"));
    CHECK(after_failure(entry("meta.133016")).holds(send_kind::registration));
}

TEST_CASE("an OTP goes after a marketing cap") {
    for (const char* id : {"meta.131049", "meta.131049.us_recipient"}) {
        INFO(id);
        after_failure f(entry(id));
        CHECK(f.holds(send_kind::marketing_template));
        CHECK(f.policy.before_send(send_kind::authentication_template, "num", "user", start + milliseconds(1), "waba")
                  .go);
    }
}

TEST_CASE("130429 with a server's wait still holds every message of the number, and not its calls") {
    after_failure f(entry("meta.130429"), server_hint::wait_for(seconds(30)));
    for (send_kind k : message_kinds) {
        INFO(to_string(k));
        const auto held = f.policy.before_send(k, "num", "another user", start + seconds(29), "waba");
        CHECK_FALSE(held.go);
        CHECK(held.held_by == retry_scope::phone_number);
    }
    CHECK_FALSE(f.holds(send_kind::call));
    CHECK(f.policy.before_send(send_kind::free_form, "num", "another user", start + seconds(31), "waba").go);
}

TEST_CASE("an account hold is read: a gateway 429 holds the account's other numbers for its Retry-After") {
    after_failure f(entry("generic.http_429"), server_hint::wait_for(seconds(60)));
    const auto held =
        f.policy.before_send(send_kind::utility_template, "another num", "someone", start + seconds(59), "waba");
    CHECK_FALSE(held.go);
    CHECK(held.held_by == retry_scope::account);
    CHECK(f.policy.before_send(send_kind::utility_template, "another num", "someone", start + seconds(59), "other waba")
              .go);
    CHECK(f.policy.before_send(send_kind::utility_template, "another num", "someone", start + seconds(61), "waba").go);
}

TEST_CASE("resume ends every hold of a scope, whatever ends it otherwise") {
    after_failure f(entry("meta.131047"));
    REQUIRE(f.holds(send_kind::free_form));
    f.policy.resume(retry_scope::recipient, "num", "user");
    CHECK_FALSE(f.holds(send_kind::free_form));
}

TEST_CASE("a call or a template-management call takes no message pacing slot") {
    send_policy policy;
    int went = 0;
    for (int i = 0; i < 200; ++i) went += policy.before_send(send_kind::call, "num", "user", start).go ? 1 : 0;
    CHECK(went == 200);
    CHECK(policy.before_send(send_kind::free_form, "num", "user", start).go);
}
