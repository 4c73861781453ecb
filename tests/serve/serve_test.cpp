// SPDX-License-Identifier: MIT
// wa-errors serve as a program: started on a free loopback port, driven with cpp-httplib's
// client, its webhooks received by a cpp-httplib server in the test and their signature checked.
#include "../catch.hpp"

#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/json.hpp>
#include <wa_errors/testing/webhook_signature.hpp>

#include "serve_process.hpp"

using wa_errors_test::serve_process;

namespace {

const std::string scenarios = WA_ERRORS_SCENARIOS;

std::string message(const std::string& to, const std::string& biz = "") {
    nlohmann::json body = {{"messaging_product", "whatsapp"}, {"to", to}, {"type", "text"}, {"text", {{"body", "hi"}}}};
    if (!biz.empty()) body["biz_opaque_callback_data"] = biz;
    return body.dump();
}

httplib::Client client_for(const serve_process& server) {
    httplib::Client client(server.url());
    client.set_connection_timeout(std::chrono::seconds(5));
    client.set_read_timeout(std::chrono::seconds(5));
    return client;
}

httplib::Result send(httplib::Client& client, const std::string& to, const std::string& biz = "",
                     const std::string& token = "test-token") {
    return client.Post("/v21.0/106540352242922/messages", {{"Authorization", "Bearer " + token}}, message(to, biz),
                       "application/json");
}

std::string classified(const httplib::Result& r) {
    const auto parsed = wa_errors::json::parse(r->body, r->status);
    return parsed.errors.empty() ? "ok" : std::string(parsed.errors.front().info->id);
}

nlohmann::json stats(httplib::Client& client) {
    const auto r = client.Get("/_fake/stats");
    REQUIRE(r);
    return nlohmann::json::parse(r->body);
}

// A webhook receiver on a free loopback port, for the length of a test.
class webhook_receiver {
public:
    webhook_receiver() {
        server_.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                received_.push_back({req.get_header_value("X-Hub-Signature-256"), req.body});
            }
            arrived_.notify_all();
            res.status = 200;
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
    }
    ~webhook_receiver() {
        server_.stop();
        thread_.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/hook"; }
    // The first `count` webhooks, waiting at most `bound` for them.
    std::vector<std::pair<std::string, std::string>> wait_for(std::size_t count, std::chrono::seconds bound) {
        std::unique_lock<std::mutex> lock(mutex_);
        arrived_.wait_for(lock, bound, [&] { return received_.size() >= count; });
        return received_;
    }

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::vector<std::pair<std::string, std::string>> received_;  // signature, body
};

}  // namespace

TEST_CASE("serve prints its URL, answers a send as Meta does, and stops with exit 0 on SIGTERM") {
    serve_process server(WA_ERRORS_CLI, {"--quiet"});
    CHECK(server.url().rfind("http://127.0.0.1:", 0) == 0);
    httplib::Client client = client_for(server);
    const auto r = send(client, "+15551234567");
    REQUIRE(r);
    CHECK(r->status == 200);
    const nlohmann::json body = nlohmann::json::parse(r->body);
    CHECK(body["contacts"][0]["wa_id"] == "15551234567");
    CHECK(body["messages"][0]["id"].get<std::string>().rfind("wamid.", 0) == 0);
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("serve stops with exit 0 on SIGINT") {
    serve_process server(WA_ERRORS_CLI, {});
    CHECK(server.stop(SIGINT) == 0);
    CHECK_THAT(server.log(), Catch::Matchers::Contains("stopped after 0 requests"));
}

TEST_CASE("serve answers a recipient's scripted errors in order, with their status, body and Retry-After") {
    serve_process server(WA_ERRORS_CLI, {"--scenario", scenarios + "/scripted.json"});
    httplib::Client client = client_for(server);
    const auto wrong_token = send(client, "+15551234567", "", "nope");
    REQUIRE(wrong_token);
    CHECK(wrong_token->status == 401);
    CHECK(classified(wrong_token) == "meta.190");

    const auto first = send(client, "+15551234567");
    REQUIRE(first);
    CHECK(first->status == 500);
    CHECK(classified(first) == "meta.131000");
    const auto second = send(client, "+15551234567");
    REQUIRE(second);
    CHECK(second->status == 400);
    CHECK(classified(second) == "meta.130429");
    CHECK(second->get_header_value("Retry-After") == "2");
    const auto third = send(client, "+15551234567");  // inside the 2 s it was told to wait
    REQUIRE(third);
    CHECK(third->status == 200);
    const auto fourth = send(client, "+15551234567");
    REQUIRE(fourth);
    CHECK(classified(fourth) == "meta.131047");

    const auto gateway = send(client, "+15557654321");
    REQUIRE(gateway);
    CHECK(gateway->status == 503);
    CHECK(classified(gateway) == "generic.http_503");

    const nlohmann::json counted = stats(client);
    CHECK(counted["requests"] == 6);
    CHECK(counted["accepted"] == 1);
    // Retry-After 2 on a 130429 pauses the whole number: the three requests after it came too soon.
    CHECK(counted["floor_violations"] == 3);
    CHECK(counted["violated"]["meta.130429"] == 3);
    CHECK(server.stop(SIGTERM) == 0);
    CHECK_THAT(server.log(), Catch::Matchers::Contains("-> 500 meta.131000"));
}

TEST_CASE("serve enforces the pair limit: a burst of 60 messages to one user meets 131056") {
    serve_process server(WA_ERRORS_CLI, {"--quiet"});
    httplib::Client client = client_for(server);
    int accepted = 0, throttled = 0;
    for (int i = 0; i < 60; ++i) {
        const auto r = send(client, "+15551234567", "m" + std::to_string(i));
        REQUIRE(r);
        if (r->status == 200) ++accepted;
        if (classified(r) == "meta.131056") ++throttled;
    }
    const wa_errors::pace_limit* pair = wa_errors::documented_limit(wa_errors::retry_scope::recipient);
    REQUIRE(pair != nullptr);
    // Sending takes real time, in which the pair's allowance refills a little.
    CHECK(accepted >= static_cast<int>(pair->burst));
    CHECK(accepted <= static_cast<int>(pair->burst) + 1);
    CHECK(throttled == 60 - accepted);
}

TEST_CASE("serve answers an outage with 503 and Retry-After") {
    serve_process server(WA_ERRORS_CLI, {"--quiet", "--scenario", scenarios + "/outage.json"});
    httplib::Client client = client_for(server);
    const auto r = send(client, "+15551234567");
    REQUIRE(r);
    CHECK(r->status == 503);
    CHECK(r->get_header_value("Retry-After") == "1");
}

TEST_CASE("serve posts Meta-shaped status webhooks to --webhook, signed with the app secret") {
    webhook_receiver receiver;
    serve_process server(WA_ERRORS_CLI, {"--quiet", "--scenario", scenarios + "/webhooks.json", "--webhook",
                                         receiver.url(), "--app-secret", "s3cret"});
    httplib::Client client = client_for(server);
    const auto capped = send(client, "+12015550123", "order-1");
    const auto fine = send(client, "+15550000000", "order-2");
    REQUIRE(capped);
    REQUIRE(fine);
    CHECK(capped->status == 200);
    CHECK(fine->status == 200);
    const auto hooks = receiver.wait_for(2, std::chrono::seconds(10));
    REQUIRE(hooks.size() == 2);
    bool saw_failed = false, saw_delivered = false;
    for (const auto& [signature, body] : hooks) {
        CHECK(wa_errors::testing::verify_webhook_signature(signature, "s3cret", body));
        CHECK_FALSE(wa_errors::testing::verify_webhook_signature(signature, "other", body));
        const nlohmann::json status = nlohmann::json::parse(body)["entry"][0]["changes"][0]["value"]["statuses"][0];
        if (status["status"] == "failed") {
            saw_failed = true;
            CHECK(status["biz_opaque_callback_data"] == "order-1");
            const auto parsed = wa_errors::json::parse(body);
            REQUIRE(parsed.errors.size() == 1);
            // Meta sends code 131049 either way; the webhook names a recipient with a US area code,
            // so the reader picks the variant for US numbers, on which the cap is permanent.
            CHECK(parsed.errors[0].info->id == "meta.131049.us_recipient");
        } else {
            saw_delivered = status["status"] == "delivered" && status["biz_opaque_callback_data"] == "order-2";
        }
    }
    CHECK(saw_failed);
    CHECK(saw_delivered);
}

TEST_CASE("serve plays 360dialog: D360-API-KEY, its own errors in the meta envelope, Meta's passed through") {
    serve_process server(WA_ERRORS_CLI, {"--quiet", "--scenario", scenarios + "/dialog360.json"});
    httplib::Client client = client_for(server);
    const auto no_key = client.Post("/messages", message("+15551234567"), "application/json");
    REQUIRE(no_key);
    CHECK(no_key->status == 401);
    CHECK(classified(no_key) == "360dialog.invalid_api_key");
    const httplib::Headers key = {{"D360-API-KEY", "test-key"}};
    const auto own = client.Post("/messages", key, message("+15551234567"), "application/json");
    REQUIRE(own);
    CHECK(own->status == 500);
    CHECK(nlohmann::json::parse(own->body).contains("meta"));
    CHECK(classified(own) == "360dialog.internal_server_error");
    const auto meta = client.Post("/messages", key, message("+15551234567"), "application/json");
    REQUIRE(meta);
    CHECK(nlohmann::json::parse(meta->body)["error"]["code"] == 131026);
    const auto ok = client.Post("/messages", key, message("+15551234567"), "application/json");
    REQUIRE(ok);
    CHECK(ok->status == 200);
}

TEST_CASE("serve drops the connection for a dropped or lost answer, and a resend after a lost answer duplicates") {
    serve_process server(WA_ERRORS_CLI, {"--quiet", "--scenario", scenarios + "/transport.json"});
    httplib::Client client = client_for(server);
    const auto dropped = send(client, "+15551234567", "m1");
    CHECK_FALSE(dropped);
    const auto lost = send(client, "+15551234567", "m1");
    CHECK_FALSE(lost);
    const auto resent = send(client, "+15551234567", "m1");
    REQUIRE(resent);
    CHECK(resent->status == 200);
    const nlohmann::json counted = stats(client);
    CHECK(counted["accepted"] == 2);
    CHECK(counted["duplicates"] == 1);
    CHECK(counted["errors"]["generic.transport_not_sent"] == 1);
    CHECK(counted["errors"]["generic.transport_timeout"] == 1);
}

TEST_CASE("serve refuses a bad option with exit 2") {
    std::string output;
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--port", "70000"}, output) == 2);
    CHECK_THAT(output, Catch::Matchers::Contains("--port expects 0 to 65535"));
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--flavour", "twilio"}, output) == 2);
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--webhook", "ftp://x"}, output) == 2);
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--scenario"}, output) == 2);
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--bogus"}, output) == 2);
    CHECK(wa_errors_test::run(WA_ERRORS_CLI, {"serve", "--scenario", scenarios + "/no-such-file.json"}, output) == 2);
    CHECK_THAT(output, Catch::Matchers::Contains("cannot read"));
}
