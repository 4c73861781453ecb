// SPDX-License-Identifier: MIT
// Finds a multiplicative perfect hash for a set of Meta codes (or subcodes).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace wa_errors::gen {

struct hash_params {
    std::uint32_t multiplier;
    unsigned bits;  // the table has 2^bits slots; slot = (code * multiplier) >> (32 - bits)
};

// The smallest table (then the first multiplier, from a fixed sequence) without collisions: the
// same keys always give the same answer. Nothing when the search, bounded in work and in table
// size, finds none (thousands of scattered keys): the caller then lays the keys out sorted.
std::optional<hash_params> find_perfect_hash(const std::vector<std::int32_t>& keys);

inline std::uint32_t slot_of(std::int32_t key, hash_params p) {
    return (static_cast<std::uint32_t>(key) * p.multiplier) >> (32 - p.bits);
}

}  // namespace wa_errors::gen
