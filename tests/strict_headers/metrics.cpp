// SPDX-License-Identifier: MIT
// metrics.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/metrics.hpp>

#include <cstddef>

std::size_t strict_metrics() {
    wa_errors::metrics counts;
    wa_errors::observer& o = counts;
    o.on_granted("106540352242922");
    o.on_refused(wa_errors::refusal_cause::pacing, wa_errors::retry_scope::phone_number, nullptr, "106540352242922");
    o.on_round_trip(std::chrono::nanoseconds(5), true);
    o.on_local_answer("down");
    return counts.prometheus_text().size() + static_cast<std::size_t>(counts.granted());
}
