// SPDX-License-Identifier: MIT
// The README's sender loop (send_loop.hpp), compiled and run: a queue of messages, send_policy
// deciding after every failure, against a scripted transport (no network). It prints what
// happened to each message; every valid message is delivered, none twice.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "send_loop.hpp"

namespace {

using wa_errors_examples::clock_type;
using wa_errors_examples::queued_message;

// What one attempt gave back: success, an error the response reported, or no response at all.
struct outcome {
    bool accepted = false;
    wa_errors::error_ref error{};
    wa_errors::server_hint hint{};
};

// Replays a script of outcomes per recipient, then accepts. A message in `lost_answers` is
// accepted but its answer is lost (a timeout): its status webhook arrives anyway.
class scripted_transport {
public:
    std::map<std::string, std::deque<outcome>> script;
    std::vector<std::string> lost_answers;
    std::map<std::string, int> accepted;  // message id -> times accepted (2 would be a duplicate)

    outcome send(const queued_message& m) {
        auto& steps = script[m.to];
        outcome o;
        o.accepted = true;
        if (!steps.empty()) {
            o = steps.front();
            steps.pop_front();
        }
        const bool lost = std::find(lost_answers.begin(), lost_answers.end(), m.id) != lost_answers.end();
        if (o.accepted || lost) ++accepted[m.id];
        if (o.accepted && lost) {
            o.accepted = false;
            o.error.transport = wa_errors::transport_failure::no_answer;
        }
        return o;
    }
};

// The loop's Io for a single-threaded demo: the answer comes back at once, and a message that was
// accepted reports a sent status right away.
class demo_io {
public:
    explicit demo_io(scripted_transport& t) : transport(t) {}

    scripted_transport& transport;
    std::optional<outcome> pending;              // the answer to the request just sent
    std::map<std::string, bool> done;            // message id -> delivered, given up or held aside
    std::map<std::string, std::string> results;  // message id -> what happened, printed in id order

    void send(queued_message& m, clock_type::time_point) { pending = transport.send(m); }
    void queue(queued_message&, const wa_errors::send_policy::slot*) {}  // the queue looks at `due`
    void park(queued_message& m, const wa_errors::send_policy::slot& why) {
        report(m, "held until", wa_errors::to_string(why.lifts));
    }
    void delivered(queued_message& m, bool found_by_status) {
        report(m, found_by_status ? "delivered (found by its status webhook)" : "delivered");
    }
    void gave_up(queued_message& m, const wa_errors::error_info& e, const wa_errors::send_policy::plan& p) {
        report(m, "gave up:",
               std::string(e.id) + " (" + std::string(wa_errors::to_string(p.decision.reason)) +
                   "), next: " + std::string(wa_errors::to_string(p.decision.next)));
    }
    double jitter() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }

private:
    std::mt19937 rng{7};

    void report(const queued_message& m, const char* what, std::string_view detail = {}) {
        results[m.id] = m.to + ": " + what + (detail.empty() ? "" : " ") + std::string(detail);
        done[m.id] = true;
    }
};

}  // namespace

int main() {
    scripted_transport transport;
    outcome throttled;
    throttled.error = {400, 130429, {}, "(#130429) Rate limit hit"};
    outcome server_error;
    server_error.error = {500, 131000, {}, "(#131000) Something went wrong"};
    outcome window_closed;
    window_closed.error = {400, 131047, {}, "(#131047) Re-engagement message"};
    outcome outage;
    outage.error = {503};
    outage.hint = wa_errors::server_hint::wait_for(std::chrono::seconds(60));
    transport.script["15550001"] = {throttled, throttled, server_error};
    transport.script["15550003"] = {window_closed};
    transport.script["15550004"] = {outage};
    transport.lost_answers = {"msg-2"};  // it times out, though the request did go through

    std::vector<queued_message> queue;
    for (int i = 1; i <= 4; ++i) {
        queued_message m;
        m.id = "msg-" + std::to_string(i);
        m.from = "106540352242922";
        m.to = "1555000" + std::to_string(i);
        queue.push_back(m);
    }
    auto now = clock_type::time_point(std::chrono::hours(1));

    wa_errors::send_policy policy;  // one per service: pacers, pauses and retry quotas per number
    demo_io io(transport);
    wa_errors_examples::sender_loop<demo_io> loop(io, policy);
    while (!queue.empty()) {
        auto next = std::min_element(queue.begin(), queue.end(),
                                     [](const queued_message& a, const queued_message& b) { return a.due < b.due; });
        if (next->due > now) now = next->due;
        loop.attempt(*next, now);
        if (io.pending) {
            const outcome o = *io.pending;
            io.pending.reset();
            // Accepted messages report a sent status: the lost answer's one too.
            if (transport.accepted[next->id] > 0) loop.on_status(*next, "sent", nullptr, now);
            wa_errors_examples::answer a;
            if (!o.accepted) a.error = &wa_errors::classify(o.error);
            a.hint = o.hint;
            loop.on_answer(*next, a, now, now);
        }
        if (io.done[next->id]) queue.erase(next);
    }
    loop.on_user_message("106540352242922", "15550003");  // the user answered the template: free-form may follow
    for (const auto& [id, text] : io.results) std::printf("%s to %s\n", id.c_str(), text.c_str());
    for (const auto& [id, times] : transport.accepted) {
        if (times > 1) std::printf("%s was delivered %d times\n", id.c_str(), times);
    }
    return 0;
}
