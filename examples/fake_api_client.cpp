// SPDX-License-Identifier: MIT
// A sender that delivers N messages through a WhatsApp Cloud API endpoint over real HTTP, with
// the README's loop: send_policy paces each number and pair and decides after each failure, the
// payload parser classifies each answer. It runs as a test against `wa-errors serve`, which
// answers scripted errors, an outage and Meta's limits (tests/serve/scenarios/example_client.json).
// Run: fake_api_client <base URL> <N>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/json.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/send_policy.hpp>

namespace {

using clock_type = wa_errors::send_policy::clock;

const std::string number = "106540352242922";  // our business phone number id

struct message {
    int id = 0;
    std::string to;
    wa_errors::message_retry_state retry;
    clock_type::time_point due{};
    bool done = false;
};

// What one HTTP attempt came to: accepted, or the error and what the server said about waiting.
struct answer {
    bool accepted = false;
    const wa_errors::error_info* error = nullptr;
    wa_errors::server_hint hint;
};

answer post(httplib::Client& client, const message& m) {
    const nlohmann::json body = {{"messaging_product", "whatsapp"},
                                 {"to", m.to},
                                 {"type", "text"},
                                 {"text", {{"body", "Your order " + std::to_string(m.id) + " has shipped"}}},
                                 {"biz_opaque_callback_data", "order-" + std::to_string(m.id)}};
    const httplib::Result r = client.Post("/v21.0/" + number + "/messages", {{"Authorization", "Bearer token"}},
                                          body.dump(), "application/json");
    answer a;
    if (!r) {  // no answer at all: the request was written, so it may have gone through
        wa_errors::error_ref ref;
        ref.transport = wa_errors::transport_failure::no_answer;
        a.error = &wa_errors::classify(ref);
        return a;
    }
    if (r->status >= 200 && r->status <= 299) {
        a.accepted = true;
        return a;
    }
    const auto parsed = wa_errors::json::parse(r->body, r->status);  // an error status always yields one
    a.error = parsed.errors.front().info;
    if (const auto wait =
            wa_errors::parse_retry_after(r->get_header_value("Retry-After"), std::chrono::system_clock::now()))
        a.hint = wa_errors::server_hint::wait_for(*wait);
    return a;
}

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
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> uniform01(0.0, 1.0);

    std::vector<message> queue(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        queue[static_cast<std::size_t>(i)].id = i + 1;
        queue[static_cast<std::size_t>(i)].to = "+1555" + std::to_string(10000000 + i + 1).substr(1);
    }
    int delivered = 0, given_up = 0;
    const auto deadline = clock_type::now() + std::chrono::seconds(60);
    while (delivered + given_up < count && clock_type::now() < deadline) {
        auto next = std::min_element(queue.begin(), queue.end(), [](const message& a, const message& b) {
            return !a.done && (b.done || a.due < b.due);
        });
        std::this_thread::sleep_until(next->due);
        message& m = *next;
        const auto now = clock_type::now();
        const auto slot = policy.before_send(number, m.to, now);
        if (!slot.go) {  // paced or paused: not a failure
            m.due = slot.not_before;
            continue;
        }
        const answer a = post(client, m);
        if (a.accepted) {
            policy.on_success(m.retry, number, m.to, clock_type::now());
            m.done = true;
            ++delivered;
            continue;
        }
        const auto plan = policy.on_failure(m.retry, *a.error, a.hint, number, m.to, clock_type::now(), uniform01(rng));
        std::printf(
            "message %d: %s; %s\n", m.id, std::string(a.error->id).c_str(),
            plan.what == wa_errors::send_policy::verdict::give_up
                ? ("gave up: " + std::string(wa_errors::to_string(plan.decision.reason))).c_str()
                : ("again in " +
                   std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(plan.at - now).count()) + " ms")
                      .c_str());
        if (plan.what == wa_errors::send_policy::verdict::give_up) {
            m.done = true;
            ++given_up;
        } else {
            m.due = plan.at;
        }
    }

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
