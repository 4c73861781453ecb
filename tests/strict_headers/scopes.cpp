// SPDX-License-Identifier: MIT
// scopes.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/scopes.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace {

struct counter {
    explicit counter(int start) : value(start) {}
    int value;
};

}  // namespace

std::size_t strict_scopes() {
    wa_errors::keyed<counter, int> counters(3);
    const std::string key = wa_errors::scope_key(wa_errors::retry_scope::recipient, "106540352242922", "15550001");
    counters.at(key).value += 1;
    const std::size_t dropped = counters.forget_if([](const counter& c) { return c.value > 3; });

    wa_errors::pause_board board;
    wa_errors::error_info cause{};
    const auto now = wa_errors::pause_board::clock::now();
    board.pause_for(key, now, std::chrono::seconds(30), cause);
    const auto pause = board.paused(key, now);
    board.resume(key);
    return dropped + counters.size() + board.forget_ended(now) + (pause ? 1U : 0U);
}
