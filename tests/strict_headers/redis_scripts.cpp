// SPDX-License-Identifier: MIT
// redis/scripts.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/scripts.hpp>

#include <cstddef>

std::size_t strict_redis_scripts() {
    std::size_t total = 0;
    for (std::size_t i = 0; i < wa_errors::redis::scripts::count; ++i)
        total += wa_errors::redis::scripts::text(static_cast<wa_errors::redis::scripts::id>(i)).size();
    return total;
}
