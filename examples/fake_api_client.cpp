// SPDX-License-Identifier: MIT
// A sender that delivers N messages through a WhatsApp Cloud API endpoint over real HTTP, with
// the README's loop (send_loop.hpp): send_policy paces each number and pair and decides after
// each failure, the payload parser classifies each answer. It runs as a test against `wa-errors serve`, which
// answers scripted errors, an outage and Meta's limits (tests/serve/scenarios/example_client.json).
// Run: fake_api_client <base URL> <N>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/json.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/send_policy.hpp>

#include "send_loop.hpp"

namespace {

using wa_errors_examples::answer;
using wa_errors_examples::clock_type;

const std::string number = "106540352242922";  // our business phone number id

struct message : wa_errors_examples::queued_message {
    bool done = false;
};

// What one HTTP attempt came to: accepted (no error), or the error and what the server said
// about waiting.
answer post(httplib::Client& client, const message& m) {
    const nlohmann::json body = {{"messaging_product", "whatsapp"},
                                 {"to", m.to},
                                 {"type", "text"},
                                 {"text", {{"body", "Your order " + m.id + " has shipped"}}},
                                 {"biz_opaque_callback_data", m.id}};
    const httplib::Result r = client.Post("/v21.0/" + number + "/messages", {{"Authorization", "Bearer token"}},
                                          body.dump(), "application/json");
    answer a;
    if (!r) {  // no answer at all: the request was written, so it may have gone through
        wa_errors::error_ref ref;
        ref.transport = wa_errors::transport_failure::no_answer;
        a.error = &wa_errors::classify(ref);
        return a;
    }
    if (r->status >= 200 && r->status <= 299) return a;
    const auto parsed = wa_errors::json::parse(r->body, r->status);  // an error status always yields one
    a.error = parsed.errors.front().info;
    if (const auto wait =
            wa_errors::parse_retry_after(r->get_header_value("Retry-After"), std::chrono::system_clock::now()))
        a.hint = wa_errors::server_hint::wait_for(*wait);
    return a;
}

// The loop's Io: one request at a time, answered before the next; no webhook receiver.
class http_io {
public:
    http_io(httplib::Client& c, std::uint32_t seed) : client(c), rng(seed) {}

    httplib::Client& client;
    std::mt19937 rng;
    std::optional<answer> pending;  // the answer to the request just sent
    int delivered_count = 0;
    int given_up_count = 0;

    void send(message& m, clock_type::time_point) { pending = post(client, m); }
    void queue(message&, const wa_errors::send_policy::slot*) {}  // the queue looks at `due`
    void park(message& m, const wa_errors::send_policy::slot& why) {
        std::printf("message %s: held until %s\n", m.id.c_str(), std::string(wa_errors::to_string(why.lifts)).c_str());
        m.done = true;
        ++given_up_count;
    }
    void delivered(message& m, bool) {
        m.done = true;
        ++delivered_count;
    }
    void gave_up(message& m, const wa_errors::error_info& e, const wa_errors::send_policy::plan& p) {
        std::printf("message %s: %s; gave up: %s\n", m.id.c_str(), std::string(e.id).c_str(),
                    std::string(wa_errors::to_string(p.decision.reason)).c_str());
        m.done = true;
        ++given_up_count;
    }
    double jitter() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fake_api_client <base URL> <N>\n");
        return 2;
    }
    const int count = std::atoi(argv[2]);
    httplib::Client client(argv[1]);
    client.set_connection_timeout(std::chrono::seconds(5));
    client.set_read_timeout(std::chrono::seconds(5));

    wa_errors::send_policy_settings settings;
    // This client has no webhook receiver, so "reconcile" (the failed request may have gone
    // through) can only wait a little and resend; a real sender looks for the message's status
    // webhook first and resends only if none came.
    settings.reconcile_wait = std::chrono::milliseconds(500);
    wa_errors::send_policy policy(settings);
    http_io io(client, 42);
    wa_errors_examples::sender_loop<http_io> loop(io, policy);

    std::vector<message> queue(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        message& m = queue[static_cast<std::size_t>(i)];
        m.id = "order-" + std::to_string(i + 1);
        m.from = number;
        m.to = "+1555" + std::to_string(10000000 + i + 1).substr(1);
    }
    const auto deadline = clock_type::now() + std::chrono::seconds(60);
    while (io.delivered_count + io.given_up_count < count && clock_type::now() < deadline) {
        auto next = std::min_element(queue.begin(), queue.end(), [](const message& a, const message& b) {
            return !a.done && (b.done || a.due < b.due);
        });
        std::this_thread::sleep_until(next->due);
        const auto sent = clock_type::now();
        loop.attempt(*next, sent);
        if (io.pending) {
            const answer a = *io.pending;
            io.pending.reset();
            if (a.error != nullptr) std::printf("message %s: %s\n", next->id.c_str(), std::string(a.error->id).c_str());
            loop.on_answer(*next, a, clock_type::now(), sent);
        }
    }
    const int delivered = io.delivered_count;
    const int given_up = io.given_up_count;

    // What the endpoint saw: a correct sender delivers each message once and never comes back
    // inside a wait it was told of.
    const httplib::Result stats = client.Get("/_fake/stats");
    if (!stats) {
        std::printf("no stats from %s\n", argv[1]);
        return 1;
    }
    const nlohmann::json seen = nlohmann::json::parse(stats->body);
    const auto duplicates = seen["duplicates"].get<long long>();
    const auto floor_violations = seen["floor_violations"].get<long long>();
    std::printf("%d of %d delivered, %d given up; %lld requests, %lld duplicates, %lld floor violations\n", delivered,
                count, given_up, seen["requests"].get<long long>(), duplicates, floor_violations);
    if (delivered != count || duplicates != 0 || floor_violations != 0) return 1;
    std::printf("all %d messages delivered\n", count);
    return 0;
}
