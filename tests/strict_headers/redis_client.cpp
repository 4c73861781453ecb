// SPDX-License-Identifier: MIT
// redis/client.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/client.hpp>

#include <string>
#include <string_view>

std::string strict_redis_client() {
    wa_errors::redis::client_options options;
    options.port = 1;  // nothing listens there: the client starts unreachable
    wa_errors::redis::client connection(options);
    const wa_errors::redis::script_reply reply = connection.run(
        wa_errors::redis::scripts::id::pause, "wa_errors:pause:x", {std::string_view("get"), 0.0, std::string_view()});
    const bool removed = connection.remove("wa_errors:pause:x");
    const wa_errors::redis::client_stats stats = connection.stats();
    return reply.ok || removed || stats.local_answers == 0 || connection.fleet_size() == 0 ||
                   connection.state() == wa_errors::redis::connection_state::connected
               ? std::string()
               : connection.last_error() + connection.options().host;
}
