// SPDX-License-Identifier: MIT
// redis/send_gate.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/send_gate.hpp>

bool strict_redis_send_gate(wa_errors::redis::client& connection) {
    wa_errors::redis::pacers numbers(connection, wa_errors::pace_settings{});
    wa_errors::redis::pacers pairs(connection, wa_errors::pace_settings{});
    wa_errors::redis::pause_board board(connection);
    wa_errors::redis::send_gate gate(numbers, pairs, board);
    const auto s = gate.before_send(wa_errors::send_kind::free_form, "1", "2", wa_errors::pacing_clock::now());
    return s.go || gate.answered_locally();
}
