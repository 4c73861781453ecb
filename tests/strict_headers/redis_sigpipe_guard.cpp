// SPDX-License-Identifier: MIT
// redis/sigpipe_guard.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/sigpipe_guard.hpp>

void strict_redis_sigpipe_guard() { const wa_errors::redis::sigpipe_guard guard; }
