// SPDX-License-Identifier: MIT
// Builds against the installed wa_errors::redis and runs without a Redis: port 1 answers nothing,
// so the pacer answers from its local share and says so: a wait, since the share starts empty.
#include <wa_errors/redis.hpp>

int main() {
    wa_errors::redis::client_options options;
    options.port = 1;
    wa_errors::redis::client client(options);
    wa_errors::redis::pacers pacers(client, wa_errors::pace_settings::documented(wa_errors::retry_scope::phone_number));
    wa_errors::redis::pacer& p = pacers.at("phone_number:1");
    const bool waits = p.try_acquire(wa_errors::pacing_clock::now()).count() > 0;
    return waits && p.answered_locally() && client.state() == wa_errors::redis::connection_state::unreachable ? 0 : 1;
}
