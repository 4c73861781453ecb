// SPDX-License-Identifier: MIT
// server_hint.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/server_hint.hpp>

#include <chrono>

bool strict_server_hint(long long ms) {
    const wa_errors::server_hint hint = wa_errors::merge(
        wa_errors::server_hint::wait_for(std::chrono::milliseconds(ms)), wa_errors::server_hint::none());
    return hint != wa_errors::server_hint::stop() && hint.says_wait();
}
