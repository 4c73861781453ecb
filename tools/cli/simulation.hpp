// SPDX-License-Identifier: MIT
// A deterministic discrete-event simulation of a sender pushing messages through the in-process
// fake Cloud API, which enforces Meta's documented limits and plays faults. It compares a naive
// sender (resend at once) with the library's (send_policy, as the README shows), so that the
// retry rules are judged by what they deliver, not by what they claim.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <wa_errors/testing/scenario.hpp>

namespace wa_errors_cli {

// The workload and the endpoint's behaviour for one run.
struct simulation_scenario {
    std::string name{};
    std::string description{};
    wa_errors::testing::scenario endpoint{};
    int campaign_recipients = 9000;  // one message each
    int hot_recipients = 10;         // `hot_messages` each, interleaved with the campaign
    int hot_messages = 100;
    int in_flight = 40;  // requests the sender keeps open at once
};

enum class sender_policy { naive, library };

struct simulation_result {
    std::string scenario{};
    std::string policy{};
    std::uint64_t messages = 0;
    // Every message is in exactly one of delivered, given_up and pending:
    // delivered + given_up + pending == messages.
    std::uint64_t delivered = 0;         // arrived (accepted, not failed later by a webhook), not given up
    std::uint64_t given_up = 0;          // the sender marked it failed, whether or not a copy arrived
    std::uint64_t pending = 0;           // neither, when the run ended: still waiting or in flight
    std::uint64_t given_up_arrived = 0;  // of given_up: a copy arrived anyway (a send that timed out)
    std::uint64_t requests = 0;          // sends, first tries and retries
    std::uint64_t error_responses = 0;   // answers that were errors, and requests with no answer
    std::uint64_t duplicates = 0;        // a message accepted again while its first copy stood
    std::uint64_t floor_violations = 0;  // requests during a wait the sender had been told of
    double p50_latency_s = 0;            // from the start to delivery, over delivered messages
    double p99_latency_s = 0;
    double simulated_s = 0;  // when the last message was settled
};

// The scenarios of `wa-errors simulate`: documented limits with transient faults and capped
// users; the same with a two-minute outage and transport timeouts; limits tighter than Meta
// documents.
std::vector<simulation_scenario> standard_scenarios(std::uint64_t seed);

simulation_result simulate(const simulation_scenario& s, sender_policy policy, std::uint64_t seed);

}  // namespace wa_errors_cli
