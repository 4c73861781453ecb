// SPDX-License-Identifier: MIT
// redis/pacer.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/pacer.hpp>

#include <chrono>

bool strict_redis_pacer(wa_errors::redis::client& connection) {
    wa_errors::redis::pacer pacer(connection, "phone_number:1", wa_errors::pace_settings{});
    const auto now = wa_errors::pacing_clock::now();
    const auto wait = pacer.try_acquire(now);
    pacer.on_throttle(now, std::chrono::seconds(1));
    pacer.on_success(now);
    return wait.count() >= 0 && pacer.throttles_in_a_row() < 2 && pacer.rate() > 0.0 && pacer.idle_after() >= now &&
           !pacer.answered_locally() && !pacer.redis_key().empty();
}
