// SPDX-License-Identifier: MIT
// redis/cluster_slots.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/cluster_slots.hpp>

#include <cstdint>
#include <string_view>

std::uint16_t strict_redis_cluster_slots(std::string_view key) {
    static_assert(wa_errors::redis::key_slot("{user1000}.following") == wa_errors::redis::key_slot("user1000"));
    return static_cast<std::uint16_t>(wa_errors::redis::key_slot(key) ^
                                      wa_errors::redis::crc16_xmodem(wa_errors::redis::hash_tag_of(key)));
}
