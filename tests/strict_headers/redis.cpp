// SPDX-License-Identifier: MIT
// redis.hpp, the Redis component's umbrella, alone under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis.hpp>

#include <chrono>

bool strict_redis(wa_errors::redis::client& connection) {
    wa_errors::redis::pacers pacers(connection, wa_errors::pace_settings{});
    wa_errors::redis::retry_quotas quotas(connection, wa_errors::retry_quota_settings{});
    wa_errors::redis::pause_board board(connection);
    const auto now = wa_errors::pacing_clock::now();
    const auto wait = pacers.at("phone_number:1").try_acquire(now);
    const auto grant = quotas.at("phone_number:1").try_acquire(*wa_errors::find(131000), now);
    board.pause_for("phone_number:1", now, std::chrono::seconds(1), *wa_errors::find(130429));
    return wait.count() == 0 && grant.granted && board.paused("phone_number:1", now).has_value();
}
