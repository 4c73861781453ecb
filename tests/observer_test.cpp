// SPDX-License-Identifier: MIT
// The observer: send_policy tells it of every decision, hold, give-up, grant and refusal, with
// the catalog entry that caused it, and a policy without one behaves the same.
#include <chrono>
#include <string>
#include <vector>

#include <wa_errors/observer.hpp>
#include <wa_errors/send_policy.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::seconds;

namespace {

const send_policy::clock::time_point start(seconds(1000));
constexpr std::string_view number = "106540352242922";
constexpr std::string_view user = "15550001";

class recorder final : public observer {
public:
    void on_decision(const error_info& e, const retry_decision& /*d*/, std::string_view n) override {
        events.push_back("decision " + std::string(e.id) + " " + std::string(n));
    }
    void on_hold(const error_info& e, const retry_decision& d, std::string_view /*n*/) override {
        events.push_back("hold " + std::string(e.id) + " " + std::string(to_string(d.hold.traffic)));
    }
    void on_give_up(const error_info& e, const retry_decision& d, std::string_view /*n*/) override {
        events.push_back("give_up " + std::string(e.id) + " " + std::string(to_string(d.reason)));
    }
    void on_granted(std::string_view n) override { events.push_back("granted " + std::string(n)); }
    void on_refused(refusal_cause c, retry_scope s, const error_info* e, std::string_view /*n*/) override {
        events.push_back("refused " + std::string(to_string(c)) + " " + std::string(to_string(s)) + " " +
                         (e != nullptr ? std::string(e->id) : std::string("-")));
    }
    std::vector<std::string> events;
};

using wa_errors_test::entry;

}  // namespace

TEST_CASE("send_policy reports a re-engagement failure as a decision, a hold and a give-up, then the refusal") {
    recorder r;
    send_policy_settings s;
    s.watch = &r;
    send_policy policy(s);
    message_retry_state m;

    REQUIRE(policy.before_send(send_kind::free_form, number, user, start).go);
    const auto plan = policy.on_failure(m, entry("meta.131047"), server_hint::none(), number, user, start, 0.5);
    REQUIRE(plan.what == send_policy::verdict::give_up);
    REQUIRE_FALSE(policy.before_send(send_kind::free_form, number, user, start).go);

    const std::vector<std::string> expected = {
        "granted " + std::string(number), "decision meta.131047 " + std::string(number), "hold meta.131047 free_form",
        "give_up meta.131047 never",      "refused hold recipient meta.131047",
    };
    CHECK(r.events == expected);
}

TEST_CASE("send_policy reports a paced refusal without a cause, and a retried failure without a give-up") {
    recorder r;
    send_policy_settings s;
    s.watch = &r;
    s.pair.burst = 1;
    send_policy policy(s);
    message_retry_state m;

    REQUIRE(policy.before_send(send_kind::free_form, number, user, start).go);
    REQUIRE_FALSE(policy.before_send(send_kind::free_form, number, user, start).go);
    CHECK(r.events.back() == "refused pacing recipient -");

    r.events.clear();
    const auto plan = policy.on_failure(m, entry("meta.131000"), server_hint::none(), number, user, start, 0.5);
    REQUIRE(plan.what != send_policy::verdict::give_up);
    REQUIRE_FALSE(r.events.empty());
    CHECK(r.events.front() == "decision meta.131000 " + std::string(number));
    for (const std::string& e : r.events) CHECK(e.rfind("give_up", 0) != 0);
}

TEST_CASE("a policy without an observer decides exactly as one with an observer") {
    recorder r;
    send_policy_settings watched;
    watched.watch = &r;
    send_policy with(watched);
    send_policy without;
    message_retry_state a;
    message_retry_state b;
    for (const char* id : {"meta.131047", "meta.130429", "meta.131000", "meta.190"}) {
        const auto pa = with.on_failure(a, entry(id), server_hint::none(), number, user, start, 0.3);
        const auto pb = without.on_failure(b, entry(id), server_hint::none(), number, user, start, 0.3);
        CHECK(pa.what == pb.what);
        CHECK(pa.at == pb.at);
        CHECK(pa.decision.reason == pb.decision.reason);
    }
}
