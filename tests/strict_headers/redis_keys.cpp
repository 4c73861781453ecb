// SPDX-License-Identifier: MIT
// redis/keys.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/keys.hpp>

bool strict_redis_keys() {
    return wa_errors::redis::tagged_key("p:", "pace", "phone_number:1") == "p:pace:phone_number:{1}" &&
           !wa_errors::redis::fleet_key("p:").empty();
}
