// SPDX-License-Identifier: MIT
// wa_errors::redis: which of Redis Cluster's 16384 hash slots a key lives in, computed the way
// the servers compute it (CRC16-CCITT/XMODEM of the key, or of its hash tag, modulo 16384), so
// that the client sends each command to the master that owns the key instead of being redirected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

inline constexpr std::size_t cluster_slot_count = 16384;

// CRC16 with polynomial 0x1021, initial value 0, no reflection: the variant Redis Cluster uses.
// Bitwise rather than a table: a key is a few dozen bytes, and nothing needs initialising.
[[nodiscard]] constexpr std::uint16_t crc16_xmodem(std::string_view data) noexcept {
    std::uint32_t crc = 0;
    for (const char c : data) {
        crc ^= static_cast<std::uint32_t>(static_cast<unsigned char>(c)) << 8U;
        for (int bit = 0; bit < 8; ++bit) crc = (crc & 0x8000U) != 0 ? ((crc << 1U) ^ 0x1021U) : (crc << 1U);
        crc &= 0xFFFFU;
    }
    return static_cast<std::uint16_t>(crc);
}

// The part of a key that decides its slot: the text between the first '{' and the first '}'
// after it, when that text is not empty (a hash tag, so that related keys share a slot);
// otherwise the whole key.
[[nodiscard]] constexpr std::string_view hash_tag_of(std::string_view key) noexcept {
    const std::size_t open = key.find('{');
    if (open == std::string_view::npos) return key;
    const std::size_t close = key.find('}', open + 1);
    if (close == std::string_view::npos || close == open + 1) return key;
    return key.substr(open + 1, close - open - 1);
}

// The slot of a key, as `CLUSTER KEYSLOT <key>` answers it.
[[nodiscard]] constexpr std::uint16_t key_slot(std::string_view key) noexcept {
    return static_cast<std::uint16_t>(crc16_xmodem(hash_tag_of(key)) % cluster_slot_count);
}

}  // namespace redis
WA_ERRORS_END_NAMESPACE
