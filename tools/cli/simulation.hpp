// SPDX-License-Identifier: MIT
// A deterministic discrete-event simulation of a sender pushing messages through the in-process
// fake Cloud API, which enforces Meta's documented limits and plays faults. It compares a naive
// sender (resend at once) with the library's (send_policy, as the README shows), so that the
// retry rules are judged by what they deliver, not by what they claim.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <wa_errors/types.hpp>

#include <wa_errors/testing/scenario.hpp>

namespace wa_errors_cli {

// Requests of another product than messages (calls, group or template management), interleaved
// with the messages. The fake plays the messages endpoint only, so the simulation answers these
// itself: all succeed but the `fail_at`-th (from 1; 0: none), which is answered with `error`.
struct product_requests {
    wa_errors::send_kind kind{};
    int count = 0;
    int fail_at = 0;
    std::string error{};  // a catalog id
};

// The workload and the endpoint's behaviour for one run.
struct simulation_scenario {
    std::string name{};
    std::string description{};
    wa_errors::testing::scenario endpoint{};
    int campaign_recipients = 9000;  // one message each
    int hot_recipients = 10;         // `hot_messages` each, interleaved with the campaign
    int hot_messages = 100;
    int in_flight = 40;  // requests the sender keeps open at once
    // What the messages are: a campaign of marketing templates, or service replies (free-form).
    wa_errors::send_kind message_kind = wa_errors::send_kind::marketing_template;
    std::vector<product_requests> products{};
    // Every n-th campaign user, and the first hot user, has no open customer service window: its
    // first free-form message is answered with the entry `window_error`. The sender sends the
    // template the decision asks for instead, and the user writes back `reply_after` later.
    int window_closed_every = 0;
    std::string window_error{};
    std::chrono::milliseconds reply_after{std::chrono::minutes(10)};
    // What each scripted error really blocks, as Meta documents it: a hold that stops a message of
    // another kind holds it wrongly. An error not named here blocks every message (the fake's
    // limits and its marketing cap apply to every message it is sent).
    std::map<std::string, std::vector<wa_errors::send_kind>> blocks{};
};

// naive: resend at once; library: send_policy as the README shows; kindless: send_policy without
// telling before_send what is sent, so every hold holds every message (a test's proof that
// `wrongly_held` counts what it claims to).
enum class sender_policy { naive, library, kindless };

struct simulation_result {
    std::string scenario{};
    std::string policy{};
    std::uint64_t messages = 0;
    // Every message is in exactly one of delivered, given_up and pending:
    // delivered + given_up + pending == messages.
    std::uint64_t delivered = 0;            // arrived (accepted, not failed later by a webhook), not given up
    std::uint64_t given_up = 0;             // the sender marked it failed, whether or not a copy arrived
    std::uint64_t pending = 0;              // neither, when the run ended: still waiting or in flight
    std::uint64_t given_up_arrived = 0;     // of given_up: a copy arrived anyway (a send that timed out)
    std::uint64_t requests = 0;             // sends, first tries and retries
    std::uint64_t error_responses = 0;      // answers that were errors, and requests with no answer
    std::uint64_t duplicates = 0;           // a message accepted again while its first copy stood
    std::uint64_t unwarned_duplicates = 0;  // of duplicates: resent though no decision said may_duplicate
    std::uint64_t floor_violations = 0;     // requests during a wait the sender had been told of
    std::uint64_t wrongly_held = 0;         // messages a hold stopped though its cause blocks no such message
    double p50_latency_s = 0;               // from the start to delivery, over delivered messages
    double p99_latency_s = 0;
    double simulated_s = 0;      // when the last message was settled
    double last_delivery_s = 0;  // when the last message that arrived arrived
    // The least time Meta's documented limits allow for the workload: the campaign at the
    // number's rate, and each hot user's messages beyond the pair's burst at the pair's rate.
    double documented_min_s = 0;
    std::map<std::string, std::uint64_t> errors_by_id{};  // error answers (and no-answers) by catalog id
};

// The scenarios of `wa-errors simulate`: documented limits with transient faults and capped
// users; the same with a two-minute outage and transport timeouts; limits tighter than Meta
// documents; Calling, Groups and template-management errors among the messages; closed
// customer service windows answered with the template they ask for.
// `scale` multiplies the message counts (not the durations), so that a test can run every
// scenario in seconds.
std::vector<simulation_scenario> standard_scenarios(std::uint64_t seed, double scale = 1.0);

simulation_result simulate(const simulation_scenario& s, sender_policy policy, std::uint64_t seed);

}  // namespace wa_errors_cli
