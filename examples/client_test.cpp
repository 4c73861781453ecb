// SPDX-License-Identifier: MIT
// How a service tests its own retry logic with wa_errors' fixtures: a tiny WhatsApp client with a
// retry loop, and Catch2 tests that feed it canned Meta and 360dialog answers.
#include "../tests/catch.hpp"  // failures print wa_errors values by name (their operator<<)

#include <chrono>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include <wa_errors/payload.hpp>
#include <wa_errors/testing.hpp>
#include <wa_errors/wa_errors.hpp>

namespace client {

struct http_response {
    int status;
    std::string body;
};

// The client's seam for tests: a real one would POST to /messages.
class transport {
public:
    virtual ~transport() = default;
    virtual http_response post_message(const std::string& to, const std::string& text) = 0;
};

struct send_outcome {
    bool sent = false;
    unsigned attempts = 0;
    const wa_errors::error_info* last_error = nullptr;
    std::vector<std::chrono::milliseconds> waits;  // what the client would have slept
    wa_errors::action next = wa_errors::action::none;
};

// Sends one text, retrying as the catalog says; sleeping is recorded instead of done.
inline send_outcome send_text(transport& t, const std::string& to, const std::string& text) {
    send_outcome outcome;
    for (;;) {
        ++outcome.attempts;
        const http_response response = t.post_message(to, text);
        if (response.status == 200) {
            outcome.sent = true;
            return outcome;
        }
        wa_errors::payload::response_view view;  // a real client would add the response's headers
        view.status = response.status;
        view.body = response.body;
        const auto parsed = wa_errors::payload::parse_response(view);
        // parse_response always gives an error for an error status (by status when the body has none).
        const wa_errors::error_info& error = *parsed.errors.at(0).info;
        outcome.last_error = &error;
        wa_errors::retry_input in;
        in.attempts = outcome.attempts;
        in.scope_failures = outcome.attempts;  // one message here: its failures are its scope's
        in.hint = parsed.hint;                 // Retry-After and the usage headers
        in.jitter = 1;                         // deterministic
        const auto decision = wa_errors::decide(error, in);
        outcome.next = decision.next;
        if (!decision.retry) return outcome;
        outcome.waits.push_back(decision.delay);
    }
}

}  // namespace client

namespace {

// Plays back canned responses, then answers 200.
class scripted_transport final : public client::transport {
public:
    explicit scripted_transport(std::deque<client::http_response> script) : script_(std::move(script)) {}
    client::http_response post_message(const std::string&, const std::string&) override {
        if (script_.empty()) return {200, R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.OK"}]})"};
        auto next = script_.front();
        script_.pop_front();
        return next;
    }

private:
    std::deque<client::http_response> script_;
};

client::http_response meta_error(long long code) {
    const auto& e = *wa_errors::find(code);
    return {wa_errors::testing::response_status(e), wa_errors::testing::graph_error_body(e)};
}

}  // namespace

TEST_CASE("the client backs off on Meta's throughput limit and then sends") {
    scripted_transport t({meta_error(130429), meta_error(130429)});
    const auto outcome = client::send_text(t, "16505551234", "hello");
    CHECK(outcome.sent);
    CHECK(outcome.attempts == 3);
    REQUIRE(outcome.waits.size() == 2);
    CHECK(outcome.waits[0] < outcome.waits[1]);
}

TEST_CASE("the client stops at once and asks for a template outside the 24-hour window") {
    scripted_transport t({meta_error(131047)});
    const auto outcome = client::send_text(t, "16505551234", "hello");
    CHECK_FALSE(outcome.sent);
    CHECK(outcome.attempts == 1);
    CHECK(outcome.next == wa_errors::action::send_template);
    CHECK(*outcome.last_error == *wa_errors::find(131047));
}

TEST_CASE("the client gives up on a transient error after the catalog's attempts") {
    std::deque<client::http_response> failures(10, meta_error(131000));
    scripted_transport t(failures);
    const auto outcome = client::send_text(t, "16505551234", "hello");
    CHECK_FALSE(outcome.sent);
    CHECK(outcome.attempts == wa_errors::find(131000)->retry.max_attempts);
    CHECK(outcome.last_error->category == wa_errors::category::server);
}

TEST_CASE("a bad 360dialog key is an alert, not a retry") {
    const auto& bad_key = *wa_errors::find("360dialog.invalid_api_key");
    scripted_transport t({{401, wa_errors::testing::dialog360_error_body(bad_key)}});
    const auto outcome = client::send_text(t, "16505551234", "hello");
    CHECK_FALSE(outcome.sent);
    CHECK(outcome.next == wa_errors::action::check_credentials);
}
