// SPDX-License-Identifier: MIT
#include "simulate.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "simulation.hpp"

namespace wa_errors_cli {

namespace {

nlohmann::ordered_json to_json(const simulation_result& r) {
    return {{"scenario", r.scenario},
            {"policy", r.policy},
            {"messages", r.messages},
            {"delivered", r.delivered},
            {"given_up", r.given_up},
            {"pending", r.pending},
            {"given_up_arrived", r.given_up_arrived},
            {"requests", r.requests},
            {"error_responses", r.error_responses},
            {"duplicates", r.duplicates},
            {"floor_violations", r.floor_violations},
            {"wrongly_held", r.wrongly_held},
            {"p50_latency_s", r.p50_latency_s},
            {"p99_latency_s", r.p99_latency_s},
            {"simulated_s", r.simulated_s},
            {"unwarned_duplicates", r.unwarned_duplicates},
            {"last_delivery_s", r.last_delivery_s},
            {"documented_min_s", r.documented_min_s},
            {"errors_by_id", r.errors_by_id}};
}

std::string duration(double s) {
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%.1f h", s / 3600);
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%.1f min", s / 60);
    else
        std::snprintf(text, sizeof text, "%.1f s", s);
    return text;
}

}  // namespace

int simulate(const simulate_options& given) {
    simulate_options options = given;
    // Tests run every scenario at a fraction of its messages (the CLI's options are the CLI's).
    if (const char* scale = std::getenv("WA_ERRORS_SIMULATE_SCALE")) {
        const double value = std::strtod(scale, nullptr);
        if (!(value > 0.0 && value <= 1.0)) {
            std::fprintf(stderr, "WA_ERRORS_SIMULATE_SCALE must be in (0, 1], not \"%s\"\n", scale);
            return 2;
        }
        options.scale = value;
    }
    // Tests also run a sender that holds wrongly, to show that wrongly_held counts it.
    const bool kindless = std::getenv("WA_ERRORS_SIMULATE_KINDLESS") != nullptr;
    const std::uint64_t seed = options.seed;
    const bool json = options.json;
    if (!json) {
        std::printf("%-24s %-8s %8s %9s %8s %7s %16s %8s %7s %6s %6s %6s %9s %9s\n", "scenario", "sender", "messages",
                    "delivered", "given_up", "pending", "given_up_arrived", "requests", "errors", "dupes", "floor",
                    "wrong", "p50", "p99");
    }
    for (const simulation_scenario& s : standard_scenarios(seed, options.scale)) {
        for (const sender_policy p : {sender_policy::naive, sender_policy::library, sender_policy::kindless}) {
            if (p == sender_policy::kindless && !kindless) continue;
            const simulation_result r = wa_errors_cli::simulate(s, p, seed);
            if (json) {
                std::cout << to_json(r).dump() << "\n";
            } else {
                std::printf(
                    "%-24s %-8s %8llu %9llu %8llu %7llu %16llu %8llu %7llu %6llu %6llu %6llu %9s %9s\n",
                    r.scenario.c_str(), r.policy.c_str(), static_cast<unsigned long long>(r.messages),
                    static_cast<unsigned long long>(r.delivered), static_cast<unsigned long long>(r.given_up),
                    static_cast<unsigned long long>(r.pending), static_cast<unsigned long long>(r.given_up_arrived),
                    static_cast<unsigned long long>(r.requests), static_cast<unsigned long long>(r.error_responses),
                    static_cast<unsigned long long>(r.duplicates), static_cast<unsigned long long>(r.floor_violations),
                    static_cast<unsigned long long>(r.wrongly_held), duration(r.p50_latency_s).c_str(),
                    duration(r.p99_latency_s).c_str());
            }
        }
    }
    return 0;
}

}  // namespace wa_errors_cli
