// SPDX-License-Identifier: MIT
// redis/pause_board.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/pause_board.hpp>

#include <chrono>
#include <cstddef>

std::size_t strict_redis_pause_board(wa_errors::redis::client& connection) {
    wa_errors::redis::pause_board board(connection);
    const auto now = wa_errors::redis::pause_board::clock::now();
    board.pause_until("recipient:1:2", now + std::chrono::seconds(5), *wa_errors::find(131056));
    const auto pause = board.paused("recipient:1:2", now);
    board.resume("recipient:1:2");
    return board.forget_ended(now) + board.full_key("x").size() + (pause && !board.answered_locally() ? 1U : 0U);
}
