// SPDX-License-Identifier: MIT
// redis/options.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/options.hpp>

#include <string>
#include <string_view>

std::string strict_redis_options() {
    wa_errors::redis::client_options options;
    std::string log;
    options.on_state_change = [&log](wa_errors::redis::connection_state state, std::string_view reason) {
        log += wa_errors::redis::to_string(state);
        log += reason;
    };
    options.on_state_change(wa_errors::redis::connection_state::unreachable, "test");
    return log + options.prefix;
}
