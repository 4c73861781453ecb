// SPDX-License-Identifier: MIT
// testing/fake_cloud_api.hpp, scenario_json.hpp and webhook_signature.hpp: the fake endpoint
// in-process, on a clock the test moves.
#include "catch.hpp"
#include "support/catalog_entry.hpp"

#include <cctype>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <wa_errors/json.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>
#include <wa_errors/testing/scenario_json.hpp>
#include <wa_errors/testing/webhook_signature.hpp>

using namespace wa_errors;
using namespace wa_errors::testing;
using std::chrono::milliseconds;

namespace {

const std::string user = "+15551234567";

std::string message_body(const std::string& to, const std::string& biz = "", const std::string& text = "hi") {
    nlohmann::json body = {{"messaging_product", "whatsapp"}, {"to", to}, {"type", "text"}, {"text", {{"body", text}}}};
    if (!biz.empty()) body["biz_opaque_callback_data"] = biz;
    return body.dump();
}

fake_request meta_send(const std::string& to, const std::string& biz = "",
                       const std::string& number = "106540352242922") {
    fake_request r;
    r.path = "/v21.0/" + number + "/messages";
    r.headers = {{"Authorization", "Bearer test-token"}, {"Content-Type", "application/json"}};
    r.body = message_body(to, biz);
    return r;
}

fake_request dialog360_send(const std::string& to, const std::string& key = "test-key") {
    fake_request r;
    r.path = "/messages";
    if (!key.empty()) r.headers = {{"D360-API-KEY", key}};
    r.body = message_body(to);
    return r;
}

// The entry a client would read from the answer.
const error_info* classified(const fake_response& r) {
    const auto parsed = json::parse(r.body, r.status);
    return parsed.errors.empty() ? nullptr : parsed.errors.front().info;
}

using wa_errors_test::entry;

std::string numbered_user(int i) { return "+1555" + std::to_string(1000000 + i); }

scenario without_limits() {
    scenario s;
    s.limits.phone_number.reset();
    s.limits.recipient.reset();
    return s;
}

}  // namespace

TEST_CASE("An accepted message is answered as Meta answers a send") {
    fake_cloud_api fake;
    const fake_response r = fake.send(meta_send(user), milliseconds(0));
    REQUIRE(r.status == 200);
    const nlohmann::json body = nlohmann::json::parse(r.body);
    CHECK(body["messaging_product"] == "whatsapp");
    CHECK(body["contacts"][0]["input"] == user);
    CHECK(body["contacts"][0]["wa_id"] == "15551234567");
    const std::string id = body["messages"][0]["id"];
    CHECK(id.rfind("wamid.", 0) == 0);
    CHECK(id == r.message_id);
    CHECK(r.accepted);
    CHECK(r.error == nullptr);
    CHECK(fake.stats().requests == 1);
    CHECK(fake.stats().accepted == 1);
    CHECK(fake.take_webhooks(milliseconds(1000000)).empty());  // no status webhooks unless asked
}

TEST_CASE("Scripted steps are answered in order, then the recipient succeeds") {
    const scenario s = parse_scenario(R"({"recipients": {"+1 555 123 4567": ["meta.131000", "ok", "meta.131047"]}})");
    fake_cloud_api fake(s);
    const fake_response first = fake.send(meta_send(user), milliseconds(0));
    CHECK(first.status == 500);
    CHECK(classified(first) == &entry("meta.131000"));
    CHECK_FALSE(first.accepted);
    CHECK(fake.send(meta_send(user), milliseconds(10)).status == 200);
    const fake_response third = fake.send(meta_send(user), milliseconds(20));
    CHECK(third.status == 400);
    CHECK(classified(third) == &entry("meta.131047"));
    CHECK(fake.send(meta_send(user), milliseconds(30)).status == 200);
    CHECK(fake.send(meta_send("+15550000000"), milliseconds(40)).status == 200);  // no script: success
    CHECK(fake.stats().errors_of("meta.131000") == 1);
    CHECK(fake.stats().errors_of("meta.131047") == 1);
}

TEST_CASE("Every Meta error is answered with its status and a Graph body that classifies back to it") {
    for (const error_info& e : catalog()) {
        if (e.source != source::meta) continue;
        INFO(e.id);
        scenario s;
        s.recipients[user] = {step::answer(e)};
        fake_cloud_api fake(s);
        const fake_response r = fake.send(meta_send(user), milliseconds(0));
        CHECK(r.status == (e.http_status != 0 ? e.http_status : 400));
        CHECK(r.error == &e);
        // A variant for some recipients only (131049 to +1 numbers) is told apart by the status
        // webhook, which names the recipient; a send's answer does not, so it reads as the base entry.
        CHECK(classified(r) == (e.recipient_prefix.empty() ? &e : find(*e.code)));
        const nlohmann::json error = nlohmann::json::parse(r.body)["error"];
        CHECK(error.contains("fbtrace_id"));
        CHECK(error["error_data"].contains("details"));
        CHECK(error.contains("error_subcode") == e.subcode.has_value());
    }
}

TEST_CASE("A scripted error can carry Retry-After and can have been accepted all the same") {
    fake_cloud_api fake(parse_scenario(
        R"({"recipients": {"+15551234567": [{"error": "generic.http_503", "retry_after_s": 30, "accepted": true}]}})"));
    const fake_response r = fake.send(meta_send(user), milliseconds(0));
    CHECK(r.status == 503);
    CHECK(r.accepted);
    bool has_retry_after = false;
    for (const http_header& h : r.headers)
        has_retry_after = has_retry_after || (h.name == "Retry-After" && h.value == "30");
    CHECK(has_retry_after);
    CHECK(json::parse(r.body, r.status).errors.front().info == &entry("generic.http_503"));  // no Graph body
}

TEST_CASE("accept_then_fail answers success, then posts a failed status webhook with the error") {
    fake_cloud_api fake(parse_scenario(R"({"recipients": {"+15551234567": [{"accept_then_fail": "meta.131026"}]}})"));
    const fake_response r = fake.send(meta_send(user, "order-7"), milliseconds(0));
    REQUIRE(r.status == 200);
    CHECK(fake.take_webhooks(fake.config().webhooks.delay - milliseconds(1)).empty());
    const std::vector<fake_webhook> hooks = fake.take_webhooks(fake.config().webhooks.delay);
    REQUIRE(hooks.size() == 1);
    CHECK(hooks[0].status == "failed");
    CHECK(hooks[0].message_id == r.message_id);
    CHECK(hooks[0].error == &entry("meta.131026"));
    const auto parsed = json::parse(hooks[0].body);
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].info == &entry("meta.131026"));
    CHECK(parsed.errors[0].context.message_id == r.message_id);
    CHECK(parsed.errors[0].context.recipient_id == "15551234567");
    CHECK(parsed.errors[0].context.status == "failed");
    const nlohmann::json status =
        nlohmann::json::parse(hooks[0].body)["entry"][0]["changes"][0]["value"]["statuses"][0];
    CHECK(status["biz_opaque_callback_data"] == "order-7");
    CHECK(fake.stats().failed_statuses.at("meta.131026") == 1);
}

TEST_CASE("Sent, delivered and read webhooks follow an accepted message when asked, in time order") {
    scenario s = parse_scenario(R"({"webhooks": {"statuses": ["sent", "delivered", "read"], "delay_ms": 100}})");
    fake_cloud_api fake(s);
    const fake_response a = fake.send(meta_send("+15550000001"), milliseconds(0));
    const fake_response b = fake.send(meta_send("+15550000002"), milliseconds(50));
    REQUIRE(fake.next_webhook_due() == milliseconds(100));
    std::vector<fake_webhook> hooks = fake.take_webhooks(milliseconds(199));
    REQUIRE(hooks.size() == 2);  // a sent at 100, b sent at 150
    CHECK((hooks[0].message_id == a.message_id && hooks[0].status == "sent"));
    CHECK((hooks[1].message_id == b.message_id && hooks[1].status == "sent"));
    hooks = fake.take_webhooks(milliseconds(1000));
    REQUIRE(hooks.size() == 4);
    const std::vector<std::pair<std::string, std::string>> order = {
        {a.message_id, "delivered"}, {b.message_id, "delivered"}, {a.message_id, "read"}, {b.message_id, "read"}};
    for (std::size_t i = 0; i < order.size(); ++i) {
        CHECK(hooks[i].message_id == order[i].first);
        CHECK(hooks[i].status == order[i].second);
        CHECK(json::parse(hooks[i].body).status == json::parse_status::no_error_found);
    }
    CHECK(fake.take_webhooks(milliseconds(1000000)).empty());
    CHECK_FALSE(fake.next_webhook_due().has_value());
}

TEST_CASE("A missing or wrong Bearer token is Meta's authentication error") {
    fake_cloud_api any_token;
    fake_request r = meta_send(user);
    r.headers.clear();
    fake_response answer = any_token.send(r, milliseconds(0));
    CHECK(answer.status == 401);
    CHECK(classified(answer) == &entry("meta.190"));
    r.headers = {{"authorization", "Bearer "}};
    CHECK(any_token.send(r, milliseconds(0)).status == 401);
    r.headers = {{"authorization", "Basic abc"}};
    CHECK(any_token.send(r, milliseconds(0)).status == 401);
    r.headers = {{"authorization", "Bearer anything"}};  // header names are case-insensitive
    CHECK(any_token.send(r, milliseconds(0)).status == 200);

    fake_cloud_api one_token(parse_scenario(R"({"token": "s3cret"})"));
    CHECK(one_token.send(meta_send(user), milliseconds(0)).status == 401);
    r.headers = {{"Authorization", "Bearer s3cret"}};
    CHECK(one_token.send(r, milliseconds(0)).status == 200);
}

TEST_CASE("An unknown path, a wrong method or a body that is not a message is refused") {
    fake_cloud_api fake;
    fake_request r = meta_send(user);
    for (const char* path :
         {"/messages", "/v21.0//messages", "/vx/1/messages", "/v21.0/1/2/messages", "/v21.0/1/media", ""}) {
        INFO(path);
        r.path = path;
        CHECK(fake.send(r, milliseconds(0)).status == 404);
    }
    r = meta_send(user);
    r.method = "GET";
    CHECK(fake.send(r, milliseconds(0)).status == 404);
    const std::pair<const char*, const char*> bodies[] = {
        {"not json", "meta.100"},
        {"[1,2]", "meta.100"},
        {"", "meta.100"},
        {R"({"to": "+15551234567"})", "meta.131008"},
        {R"({"messaging_product": "whatsapp"})", "meta.131008"},
        {R"({"messaging_product": "whatsapp", "to": 15551234567})", "meta.131008"},
        {R"({"messaging_product": "whatsapp", "to": "abc"})", "meta.131008"},
        {R"({"messaging_product": "sms", "to": "+15551234567"})", "meta.131008"}};
    for (const auto& [body, id] : bodies) {
        INFO(body);
        r = meta_send(user);
        r.body = body;
        const fake_response answer = fake.send(r, milliseconds(0));
        CHECK(answer.status == 400);
        CHECK(answer.error == &entry(id));
    }
    CHECK(fake.stats().accepted == 0);
}

TEST_CASE("The per-number limit answers its error beyond the documented burst and refills at the documented rate") {
    const pace_limit* limit = documented_limit(retry_scope::phone_number);
    REQUIRE(limit != nullptr);
    const int burst = static_cast<int>(limit->burst);
    fake_cloud_api fake;
    for (int i = 0; i < burst; ++i) REQUIRE(fake.send(meta_send(numbered_user(i)), milliseconds(0)).status == 200);
    const fake_response over = fake.send(meta_send(numbered_user(burst)), milliseconds(0));
    CHECK(over.status == 400);
    CHECK(classified(over) == &entry("meta.130429"));
    // Another number has its own bucket.
    CHECK(fake.send(meta_send(numbered_user(burst), "", "999"), milliseconds(0)).status == 200);
    const auto one_token = milliseconds(static_cast<long long>(std::ceil(1000.0 / limit->per_second)));
    CHECK(fake.send(meta_send(numbered_user(burst + 1)), one_token).status == 200);
    CHECK(fake.send(meta_send(numbered_user(burst + 2)), one_token).status == 400);
    CHECK(fake.stats().errors_of("meta.130429") == 2);
}

TEST_CASE("A burst of 60 messages at once to one user meets the pair limit after the documented burst") {
    const pace_limit* limit = documented_limit(retry_scope::recipient);
    REQUIRE(limit != nullptr);
    const int burst = static_cast<int>(limit->burst);
    REQUIRE(burst < 60);
    fake_cloud_api fake;
    int accepted = 0;
    for (int i = 0; i < 60; ++i) {
        const fake_response r = fake.send(meta_send(user, "m" + std::to_string(i)), milliseconds(0));
        if (r.status == 200) {
            ++accepted;
        } else {
            CHECK(classified(r) == &entry("meta.131056"));
        }
    }
    CHECK(accepted == burst);
    CHECK(fake.stats().errors_of("meta.131056") == static_cast<std::uint64_t>(60 - burst));
    CHECK(fake.stats().errors_of("meta.130429") == 0);
}

TEST_CASE("After a 131056 the pair waits Meta's growing floor, and a resend inside it is a floor violation") {
    const error_info& pair_limit = entry("meta.131056");
    scenario s;
    s.limits.recipient = bucket_rate{1.0 / 6.0, 1};
    fake_cloud_api fake(s);
    REQUIRE(fake.send(meta_send(user, "a"), milliseconds(0)).status == 200);
    REQUIRE(fake.send(meta_send(user, "b"), milliseconds(0)).error == &pair_limit);  // X = 1
    const milliseconds first_floor(pair_limit.retry.min_delay_ms);
    fake_response early = fake.send(meta_send(user, "b"), first_floor / 2);  // X = 2
    CHECK(early.floor_violation);
    CHECK(early.error == &pair_limit);
    CHECK(fake.stats().floor_violations == 1);
    CHECK(fake.stats().violated.at(pair_limit.id) == 1);
    // The second throttle's floor is multiplier times longer; coming back after it is fine.
    const auto second_floor = milliseconds(static_cast<long long>(
        std::max(static_cast<double>(pair_limit.retry.min_delay_ms),
                 static_cast<double>(pair_limit.retry.initial_delay_ms) * pair_limit.retry.multiplier)));
    const fake_response later = fake.send(meta_send(user, "b"), first_floor / 2 + second_floor);
    CHECK_FALSE(later.floor_violation);
    CHECK(fake.stats().floor_violations == 1);
}

TEST_CASE("Limits from the scenario replace the documented ones, and null switches one off") {
    fake_cloud_api tight(parse_scenario(
        R"({"limits": {"phone_number": {"messages": 5, "seconds": 1, "burst": 5}, "recipient": null}})"));
    int ok = 0;
    for (int i = 0; i < 10; ++i) ok += tight.send(meta_send(user, std::to_string(i)), milliseconds(0)).status == 200;
    CHECK(ok == 5);  // the pair limit is off, so only the number's 5 count
    CHECK(tight.stats().errors_of("meta.130429") == 5);
    CHECK(tight.send(meta_send(user, "later"), milliseconds(200)).status == 200);  // 5/s: one token per 200 ms

    fake_cloud_api off(without_limits());
    for (int i = 0; i < 500; ++i) REQUIRE(off.send(meta_send(user, std::to_string(i)), milliseconds(0)).status == 200);
}

TEST_CASE("An outage answers its status and Retry-After in its window, and a request inside that wait is counted") {
    fake_cloud_api fake(
        parse_scenario(R"({"outages": [{"from_s": 10, "to_s": 20, "status": 503, "retry_after_s": 15}]})"));
    CHECK(fake.send(meta_send(user, "a"), milliseconds(9999)).status == 200);
    const fake_response down = fake.send(meta_send(user, "b"), milliseconds(10000));
    CHECK(down.status == 503);
    CHECK(down.error == &entry("generic.http_503"));
    CHECK(down.headers.back().name == "Retry-After");
    CHECK(down.headers.back().value == "15");
    CHECK_FALSE(down.floor_violation);
    // Retry-After 15 s from t = 10 s: a request at 21 s is after the outage but inside the wait.
    const fake_response early = fake.send(meta_send(user, "b"), milliseconds(21000));
    CHECK(early.status == 200);
    CHECK(early.floor_violation);
    CHECK_FALSE(fake.send(meta_send(user, "c"), milliseconds(25000)).floor_violation);
    CHECK(fake.stats().floor_violations == 1);
}

TEST_CASE("A capped recipient's messages are accepted, then fail by webhook, for 24 h from its first send") {
    const error_info& capped = entry("meta.131049");
    const milliseconds cap(capped.retry.min_delay_ms);
    fake_cloud_api fake(parse_scenario(R"({"faults": {"capped_recipients": 1}, "webhooks": {"delay_ms": 1000}})"));
    const fake_response first = fake.send(meta_send(user, "a"), milliseconds(0));
    CHECK(first.status == 200);
    std::vector<fake_webhook> hooks = fake.take_webhooks(milliseconds(1000));
    REQUIRE(hooks.size() == 1);
    CHECK(hooks[0].error == &capped);
    CHECK(json::parse(hooks[0].body).errors.at(0).context.message_id == first.message_id);
    // Before the webhook came, the sender could not know: no violation. After it, within 24 h: one.
    CHECK_FALSE(fake.send(meta_send(user, "b"), milliseconds(500)).floor_violation);
    const fake_response again = fake.send(meta_send(user, "c"), cap - milliseconds(1));
    CHECK(again.status == 200);
    CHECK(again.floor_violation);
    CHECK(fake.stats().violated.at(capped.id) == 1);
    CHECK(fake.stats().failed_statuses.at(capped.id) == 3);
    const fake_response after = fake.send(meta_send(user, "d"), cap);
    CHECK_FALSE(after.floor_violation);
    for (const fake_webhook& w : fake.take_webhooks(cap + milliseconds(100000)))
        CHECK(w.message_id != after.message_id);
    CHECK(fake.stats().duplicates == 0);
}

namespace {

struct outcome {
    int status;
    transport_failure transport;
    bool accepted;
    long long latency;
    bool operator==(const outcome& o) const {
        return status == o.status && transport == o.transport && accepted == o.accepted && latency == o.latency;
    }
};

scenario faulty(std::uint64_t seed) {
    scenario s = without_limits();
    s.seed = seed;
    s.latency = {milliseconds(80), milliseconds(250)};
    s.faults.transient = 0.1;
    s.faults.gateway_503 = 0.1;
    s.faults.accepted_before_503 = 0.3;
    s.faults.not_sent = 0.05;
    s.faults.no_answer = 0.05;
    s.faults.accepted_before_no_answer = 0.5;
    return s;
}

}  // namespace

TEST_CASE("Faults depend only on seed, message and attempt, not on what else was sent") {
    const int messages = 200;
    auto run = [&](std::uint64_t seed, bool reversed) {
        fake_cloud_api fake(faulty(seed));
        std::vector<std::vector<outcome>> seen(messages);
        for (int attempt = 0; attempt < 3; ++attempt) {
            for (int k = 0; k < messages; ++k) {
                const int i = reversed ? messages - 1 - k : k;
                const fake_response r =
                    fake.send(meta_send(numbered_user(i), "msg-" + std::to_string(i)), milliseconds(0));
                seen[i].push_back({r.status, r.transport, r.accepted, r.latency.count()});
            }
        }
        return seen;
    };
    const auto forward = run(42, false);
    CHECK(forward == run(42, true));
    CHECK_FALSE(forward == run(43, false));
}

TEST_CASE("Fault rates are met over many messages, within sampling error") {
    const int messages = 20000;
    fake_cloud_api fake(faulty(7));
    int transient = 0, gateway = 0, not_sent = 0, no_answer = 0;
    for (int i = 0; i < messages; ++i) {
        const fake_response r = fake.send(meta_send(numbered_user(i), "x" + std::to_string(i)), milliseconds(0));
        CHECK(r.latency >= milliseconds(80));
        CHECK(r.latency <= milliseconds(250));
        transient += r.status == 500;
        gateway += r.status == 503;
        not_sent += r.transport == transport_failure::not_sent;
        no_answer += r.transport == transport_failure::no_answer;
    }
    // Each draw happens only when the earlier ones did not: not_sent, then transient, 503, no_answer.
    const scenario s = faulty(7);
    const double p_not_sent = s.faults.not_sent;
    const double p_transient = (1 - p_not_sent) * s.faults.transient;
    const double p_gateway = (1 - p_not_sent) * (1 - s.faults.transient) * s.faults.gateway_503;
    const double p_no_answer =
        (1 - p_not_sent) * (1 - s.faults.transient) * (1 - s.faults.gateway_503) * s.faults.no_answer;
    auto near = [&](int count, double p) {
        const double expected = p * messages;
        return std::abs(count - expected) < 5 * std::sqrt(expected * (1 - p));  // five standard deviations
    };
    CHECK(near(not_sent, p_not_sent));
    CHECK(near(transient, p_transient));
    CHECK(near(gateway, p_gateway));
    CHECK(near(no_answer, p_no_answer));
}

TEST_CASE("A message accepted twice is a duplicate, but not one that failed by webhook") {
    fake_cloud_api fake(parse_scenario(
        R"({"limits": {"recipient": null}, "recipients": {"+15551234567": [{"accept_then_fail": "meta.131026"}]}})"));
    CHECK(fake.send(meta_send(user, "order-1"), milliseconds(0)).status == 200);  // accepted, will fail
    CHECK(fake.send(meta_send(user, "order-1"), milliseconds(10)).status == 200);
    CHECK(fake.stats().duplicates == 0);
    CHECK(fake.send(meta_send(user, "order-1"), milliseconds(20)).status == 200);
    CHECK(fake.stats().duplicates == 1);
    // Without biz_opaque_callback_data, a message is its recipient and body.
    CHECK(fake.send(meta_send("+15550000009"), milliseconds(30)).status == 200);
    CHECK(fake.send(meta_send("+15550000009"), milliseconds(40)).status == 200);
    CHECK(fake.stats().duplicates == 2);
    CHECK(fake.stats().accepted == 5);
}

TEST_CASE("Transport steps: drop and timeout take nothing, lose_response takes the message") {
    fake_cloud_api fake(parse_scenario(
        R"({"recipients": {"+15551234567": ["drop", "timeout", "generic.transport_not_sent", "lose_response"]}})"));
    const fake_response dropped = fake.send(meta_send(user, "m"), milliseconds(0));
    CHECK(dropped.transport == transport_failure::not_sent);
    CHECK(dropped.status == 0);
    CHECK_FALSE(dropped.accepted);
    const fake_response timed_out = fake.send(meta_send(user, "m"), milliseconds(10));
    CHECK(timed_out.transport == transport_failure::no_answer);
    CHECK_FALSE(timed_out.accepted);
    CHECK(fake.send(meta_send(user, "m"), milliseconds(20)).transport == transport_failure::not_sent);
    const fake_response lost = fake.send(meta_send(user, "m"), milliseconds(30));
    CHECK(lost.transport == transport_failure::no_answer);
    CHECK(lost.accepted);
    CHECK(lost.body.empty());
    CHECK(fake.stats().accepted == 1);
    CHECK(fake.send(meta_send(user, "m"), milliseconds(40)).status == 200);  // the resend delivers it twice
    CHECK(fake.stats().duplicates == 1);
    CHECK(fake.stats().errors_of("generic.transport_not_sent") == 2);
    CHECK(fake.stats().errors_of("generic.transport_timeout") == 2);
}

TEST_CASE("The 360dialog flavour checks D360-API-KEY and answers 360dialog's errors in its meta envelope") {
    fake_cloud_api fake(parse_scenario(R"({"flavour": "360dialog", "api_key": "k1",
        "recipients": {"+15551234567": ["360dialog.internal_server_error", "meta.131047", "ok"]}})"));
    for (const char* key : {"", "wrong"}) {
        INFO(key);
        const fake_response r = fake.send(dialog360_send(user, key), milliseconds(0));
        CHECK(r.status == 401);
        CHECK(classified(r) == &entry("360dialog.invalid_api_key"));
        CHECK(nlohmann::json::parse(r.body).contains("meta"));
    }
    fake_request meta_path = dialog360_send(user, "k1");
    meta_path.path = "/v21.0/1/messages";
    CHECK(fake.send(meta_path, milliseconds(0)).status == 404);
    const fake_response own = fake.send(dialog360_send(user, "k1"), milliseconds(0));
    CHECK(own.status == 500);
    CHECK(nlohmann::json::parse(own.body)["meta"]["success"] == false);
    CHECK(classified(own) == &entry("360dialog.internal_server_error"));
    const fake_response passed = fake.send(dialog360_send(user, "k1"), milliseconds(0));
    CHECK(passed.status == 400);
    CHECK(nlohmann::json::parse(passed.body)["error"]["code"] == 131047);  // Meta's error, passed through
    CHECK(fake.send(dialog360_send(user, "k1"), milliseconds(0)).status == 200);
}

TEST_CASE("The scenario reader takes every documented field") {
    const scenario s = parse_scenario(R"({
        "flavour": "meta", "token": "t", "api_key": "k", "seed": 42,
        "recipients": {"+15551234567": ["ok", "meta.131000", {"error": "meta.130429", "retry_after_s": 2},
                                        {"accept_then_fail": "meta.131049"}, "drop", "lose_response", "timeout"]},
        "outages": [{"from_s": 20, "to_s": 140, "status": 503, "retry_after_s": 60}, {"from_s": 200, "to_s": 201, "error": "meta.131016"}],
        "latency_ms": {"min": 80, "max": 250},
        "limits": {"phone_number": {"messages": 50, "seconds": 1, "burst": 50}, "recipient": {"messages": 1, "seconds": 6, "burst": 10}},
        "faults": {"capped_recipients": 0.02, "transient": 0.01, "gateway_503": 0.01, "accepted_before_503": 0.3,
                   "not_sent": 0.001, "no_answer": 0.003, "accepted_before_no_answer": 0.5},
        "webhooks": {"statuses": ["delivered", "read"], "delay_ms": 500},
        "phone_number_id": "1", "display_phone_number": "2", "business_account_id": "3"})");
    CHECK(s.token == "t");
    CHECK(s.api_key == "k");
    CHECK(s.seed == 42);
    const std::vector<step>& steps = s.recipients.at("+15551234567");
    REQUIRE(steps.size() == 7);
    CHECK(steps[2].kind == step::type::error);
    CHECK(steps[2].retry_after == std::chrono::seconds(2));
    CHECK(steps[3].kind == step::type::accept_then_fail);
    CHECK(steps[3].error == &entry("meta.131049"));
    CHECK(steps[4].kind == step::type::drop);
    CHECK(steps[5].kind == step::type::lose_response);
    CHECK(steps[6].kind == step::type::timeout);
    REQUIRE(s.outages.size() == 2);
    CHECK(s.outages[0].from == milliseconds(20000));
    CHECK(s.outages[0].retry_after == std::chrono::seconds(60));
    CHECK(s.outages[1].status == entry("meta.131016").http_status);
    CHECK(s.latency.max == milliseconds(250));
    REQUIRE(s.limits.recipient.has_value());
    CHECK(s.limits.recipient->per_second == Approx(1.0 / 6.0));
    CHECK(s.limits.recipient->burst == 10);
    CHECK(s.faults.accepted_before_no_answer == 0.5);
    CHECK((s.webhooks.delivered && s.webhooks.read && !s.webhooks.sent));
    CHECK(s.webhooks.delay == milliseconds(500));
    CHECK(s.business_account_id == "3");
    CHECK_NOTHROW(fake_cloud_api(s));
}

TEST_CASE("A bad scenario is refused with a message that names the step or field") {
    const std::pair<const char*, const char*> cases[] = {
        {R"({"recipients": {"+15551234567": ["ok", "ok", "meta.99999"]}})",
         R"(recipients["+15551234567"][2]: unknown catalog id "meta.99999")"},
        {R"({"recipients": {"+1555": [{"accept_then_fail": "meta.nope"}]}})",
         R"(recipients["+1555"][0].accept_then_fail: unknown catalog id "meta.nope")"},
        {R"({"recipients": {"+1555": [42]}})", R"(recipients["+1555"][0]: expected "ok")"},
        {R"({"recipients": {"+1555": "ok"}})", R"(recipients["+1555"]: expected an array of steps, got "ok")"},
        {R"({"recipients": {"nobody": ["ok"]}})", R"(recipients["nobody"]: a recipient is a phone number)"},
        {R"({"recipients": {"+1555": ["ok"], "1555": ["ok"]}})", "the same number as"},
        {R"({"recipients": {"+1555": [{"error": "meta.131000", "retry_after_s": -1}]}})",
         R"(recipients["+1555"][0].retry_after_s: must be between 0 and)"},
        {R"({"recipients": {"+1555": [{"eror": "meta.131000"}]}})", R"(recipients["+1555"][0]: unknown key "eror")"},
        {R"({"recipients": {"+1555": ["360dialog.invalid_api_key"]}})",
         R"(recipients["+1555"][0]: 360dialog.invalid_api_key is a 360dialog error; set "flavour": "360dialog")"},
        {R"({"recipients": {"+1555": [{"accept_then_fail": "generic.http_503"}]}})", "is not a Meta error"},
        {R"({"recipients": {"+1555": ["generic.unknown"]}})", "stands for no HTTP answer"},
        {R"({"outages": [{"from_s": "ten", "to_s": 20}]})", R"(outages[0].from_s: expected a number, got "ten")"},
        {R"({"outages": [{"from_s": 30, "to_s": 20}]})", "outages[0]: needs 0 <= from_s < to_s"},
        {R"({"outages": [{"from_s": 1, "to_s": 2, "status": 200}]})", "outages[0].status: must be between 400"},
        {R"({"outages": [{"to_s": 2}]})", R"(outages[0]: needs "from_s" and "to_s")"},
        {R"({"faults": {"transient": 1.5}})", "faults.transient: must be between 0 and 1, got 1.5"},
        {R"({"faults": {"transiant": 0.1}})", R"(faults: unknown key "transiant" (expected one of: capped_recipients)"},
        {R"({"limits": {"recipient": {"messages": 1, "seconds": 0, "burst": 45}}})",
         "limits.recipient: needs messages > 0 and seconds > 0"},
        {R"({"limits": {"recipient": {"messages": 1, "seconds": 6}}})", R"(limits.recipient: needs "burst")"},
        {R"({"latency_ms": {"min": 300, "max": 100}})", "latency_ms: needs 0 <= min <= max"},
        {R"({"webhooks": {"statuses": ["deliverd"]}})",
         R"(webhooks.statuses[0]: expected "sent", "delivered" or "read")"},
        {R"({"flavour": "twilio"})", R"(flavour: expected "meta" or "360dialog", got "twilio")"},
        {R"({"seed": -1})", "seed: expected a whole number >= 0, got -1"},
        {R"({"recipient": {}})", R"(scenario: unknown key "recipient")"},
        {R"([1, 2])", "scenario: expected an object, got [1,2]"},
        {R"({"recipients": {"+1555": ["ok"]})", "scenario is not valid JSON: "},
        {"", "scenario is not valid JSON: "},
    };
    for (const auto& [text, message] : cases) {
        INFO(text);
        REQUIRE_THROWS_AS(parse_scenario(text), scenario_error);
        CHECK_THROWS_WITH(parse_scenario(text), Catch::Matchers::Contains(message));
    }
}

TEST_CASE("A scenario built in code is checked when the fake is made") {
    scenario s;
    s.recipients["+15551234567"] = {step::ok(), step::answer(entry("360dialog.lack_of_payment"))};
    CHECK_THROWS_WITH(fake_cloud_api(s), Catch::Matchers::Contains(R"(recipients["+15551234567"][1]: )"));
    s.flavour = api_flavour::dialog360;
    CHECK_NOTHROW(fake_cloud_api(s));
    s.faults.no_answer = -0.5;
    CHECK_THROWS_WITH(fake_cloud_api(s), Catch::Matchers::Contains("faults.no_answer: must be between 0 and 1"));
}

TEST_CASE("webhook_signature is HMAC-SHA256 as RFC 4231 test case 2 gives it") {
    CHECK(webhook_signature("Jefe", "what do ya want for nothing?") ==
          "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("verify_webhook_signature accepts the signature it made and nothing else") {
    const std::string body = R"({"object":"whatsapp_business_account","entry":[]})";
    const std::string good = webhook_signature("app-secret", body);
    CHECK(verify_webhook_signature(good, "app-secret", body));
    std::string upper = good;
    for (std::size_t i = 7; i < upper.size(); ++i) upper[i] = static_cast<char>(std::toupper(upper[i]));
    CHECK(verify_webhook_signature(upper, "app-secret", body));  // hex digits in either case

    std::string flipped = good;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    const std::pair<std::string, const char*> wrong[] = {
        {webhook_signature("other-secret", body), "another secret"},
        {webhook_signature("app-secret", body + " "), "another body"},
        {flipped, "one digit changed"},
        {"", "missing"},
        {"sha256=", "prefix only"},
        {good.substr(0, good.size() - 2), "short"},
        {good + "00", "long"},
        {"sha1=" + good.substr(7), "another algorithm"},
        {"SHA256=" + good.substr(7), "prefix in capitals"},
        {good.substr(0, good.size() - 1) + "g", "not hex"},
        {good.substr(7), "no prefix"},
    };
    for (const auto& [header, why] : wrong) {
        INFO(why);
        CHECK_FALSE(verify_webhook_signature(header, "app-secret", body));
    }
    CHECK_FALSE(verify_webhook_signature(good, "", body));                 // an empty secret never verifies
    CHECK(verify_webhook_signature(webhook_signature("s", ""), "s", ""));  // an empty body is still signed
}
