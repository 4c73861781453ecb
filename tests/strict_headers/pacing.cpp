// SPDX-License-Identifier: MIT
// pacing.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/pacing.hpp>

#include <chrono>

bool strict_pacing() {
    wa_errors::pacer p(wa_errors::pace_settings::documented(wa_errors::retry_scope::recipient));
    const auto now = wa_errors::pacing_clock::now();
    const auto wait = p.try_acquire(now);
    p.on_throttle(now, std::chrono::seconds(1));
    p.on_success(now, now);
    return wait.count() >= 0 && p.throttles_in_a_row() == 0 && p.rate() > 0.0 && p.idle_after() >= now;
}
