// SPDX-License-Identifier: MIT
// The README's sender loop, compiled and run: a queue of messages, send_policy deciding after
// every failure, against a scripted transport (no network). It prints what happened to each
// message; every valid message is delivered, none twice.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <wa_errors/send_policy.hpp>
#include <wa_errors/server_hint.hpp>
#include <wa_errors/wa_errors.hpp>

namespace {

using clock_type = wa_errors::send_policy::clock;

struct queued_message {
    std::string id;  // also sent as biz_opaque_callback_data, so status webhooks name it
    std::string from;
    std::string to;
    wa_errors::send_kind kind = wa_errors::send_kind::free_form;  // what it is: a reply, a template...
    clock_type::time_point due{};
    wa_errors::message_retry_state retry{};
    bool reconcile = false;  // the last failure may have gone through
};

// What one attempt gave back: success, an error the response (or a status webhook) reported,
// or no response at all.
struct outcome {
    bool accepted = false;
    wa_errors::error_ref error{};
    wa_errors::server_hint hint{};
};

// Replays a script of outcomes per recipient, then accepts. `lost` marks an accepted message
// whose answer was lost: its status webhook arrives anyway.
class scripted_transport {
public:
    std::map<std::string, std::deque<outcome>> script;
    std::map<std::string, int> accepted;        // message id -> times accepted (2 would be a duplicate)
    std::map<std::string, bool> sent_statuses;  // a sent, delivered or read status webhook named it

    outcome send(const queued_message& m, bool lost_answer) {
        auto& steps = script[m.to];
        outcome o;
        o.accepted = true;
        if (!steps.empty()) {
            o = steps.front();
            steps.pop_front();
        }
        if (o.accepted || lost_answer) {
            ++accepted[m.id];
            sent_statuses[m.id] = true;
        }
        return o;
    }
};

std::mt19937 rng(7);
double uniform01() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }

std::map<std::string, std::string> results;  // message id -> what happened, printed in id order

void report(const queued_message& m, const char* what, std::string_view detail = {}) {
    results[m.id] = m.to + ": " + what + (detail.empty() ? "" : " ") + std::string(detail);
}

}  // namespace

int main() {
    scripted_transport transport;
    outcome throttled;
    throttled.error = {400, 130429, {}, "(#130429) Rate limit hit"};
    outcome server_error;
    server_error.error = {500, 131000, {}, "(#131000) Something went wrong"};
    outcome timed_out;  // no answer: the request may have gone through
    timed_out.error.transport = wa_errors::transport_failure::no_answer;
    outcome window_closed;
    window_closed.error = {400, 131047, {}, "(#131047) Re-engagement message"};
    outcome outage;
    outage.error = {503};
    outage.hint = wa_errors::server_hint::wait_for(std::chrono::seconds(60));
    transport.script["15550001"] = {throttled, throttled, server_error};
    transport.script["15550002"] = {timed_out};
    transport.script["15550003"] = {window_closed};
    transport.script["15550004"] = {outage};

    std::vector<queued_message> queue;
    for (int i = 1; i <= 4; ++i)
        queue.push_back({"msg-" + std::to_string(i), "106540352242922", "1555000" + std::to_string(i),
                         wa_errors::send_kind::free_form});
    std::vector<std::string> lost_answers = {"msg-2"};  // the timeout's request did go through
    auto now = clock_type::time_point(std::chrono::hours(1));

    // README: sender loop begin
    wa_errors::send_policy policy;  // one per service: pacers, pauses and retry quotas per number

    auto handle_failure = [&](queued_message& m, const wa_errors::error_info& e, wa_errors::server_hint hint) {
        const auto plan = policy.on_failure(m.retry, e, hint, m.from, m.to, now, uniform01());
        switch (plan.what) {
            case wa_errors::send_policy::verdict::retry:
                m.due = plan.at;
                m.reconcile = false;  // a failure said what happened: nothing left to look for
                return true;
            case wa_errors::send_policy::verdict::reconcile:
                m.due = plan.at;
                m.reconcile = true;
                return true;
            case wa_errors::send_policy::verdict::give_up: break;
        }
        if (plan.decision.next == wa_errors::action::send_template && m.kind == wa_errors::send_kind::free_form) {
            m.kind = wa_errors::send_kind::utility_template;  // the window is closed: send your template instead
            m.retry = {};
            return true;
        }
        report(m, "gave up:",
               std::string(e.id) + " (" + std::string(wa_errors::to_string(plan.decision.reason)) +
                   "), next: " + std::string(wa_errors::to_string(plan.decision.next)));
        return false;  // alert, send a template, or route to another channel as plan.decision.next says
    };

    // Called for the message at the head of the queue once it is due; false when it is done.
    auto attempt = [&](queued_message& m) {
        const auto slot = policy.before_send(m.kind, m.from, m.to, now);
        if (!slot.go) {                                              // paced or held: not a failure
            if (slot.not_before == clock_type::time_point::max()) {  // held until an event, not a time
                report(m, "held until", std::string(wa_errors::to_string(slot.lifts)));
                return false;  // keep it aside: queue it again after on_user_message or resume
            }
            m.due = slot.not_before;
            return true;
        }
        // The lost answer had gone through: a sent, delivered or read status names it. (A failed
        // status is a failure: it went to handle_failure when it came.)
        if (m.reconcile && transport.sent_statuses[m.id]) {
            policy.on_success(m.retry, m.from, m.to, now);
            report(m, "delivered (found by its status webhook)");
            return false;
        }
        m.reconcile = false;
        const bool lose = std::find(lost_answers.begin(), lost_answers.end(), m.id) != lost_answers.end();
        const outcome o = transport.send(m, lose);
        if (o.accepted) {
            policy.on_success(m.retry, m.from, m.to, now);
            report(m, "delivered");
            return false;
        }
        return handle_failure(m, wa_errors::classify(o.error), o.hint);
    };

    // An inbound message webhook: the user wrote, so the holds that this ends (131047's on
    // free-form messages) end now.
    auto on_user_message = [&](const std::string& business_number, const std::string& user) {
        policy.on_inbound(business_number, user);
    };
    // README: sender loop end

    while (!queue.empty()) {
        auto next = std::min_element(queue.begin(), queue.end(),
                                     [](const queued_message& a, const queued_message& b) { return a.due < b.due; });
        if (next->due > now) now = next->due;
        if (!attempt(*next)) queue.erase(next);
    }
    on_user_message("106540352242922", "15550003");  // the user answered the template: free-form may follow
    for (const auto& [id, text] : results) std::printf("%s to %s\n", id.c_str(), text.c_str());
    for (const auto& [id, times] : transport.accepted) {
        if (times > 1) std::printf("%s was delivered %d times\n", id.c_str(), times);
    }
    return 0;
}
