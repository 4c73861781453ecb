#include "perfect_hash.hpp"

#include <stdexcept>

namespace wa_errors::gen {

namespace {

bool collision_free(const std::vector<std::int32_t>& keys, hash_params p, std::vector<bool>& used) {
    used.assign(std::size_t{1} << p.bits, false);
    for (std::int32_t key : keys) {
        const std::uint32_t slot = slot_of(key, p);
        if (used[slot]) return false;
        used[slot] = true;
    }
    return true;
}

}  // namespace

hash_params find_perfect_hash(const std::vector<std::int32_t>& keys) {
    // Up to this many multipliers per table size: enough to find a table of about 4-5 slots
    // per key for a catalog of a few hundred codes, while the generator runs in well under a second.
    constexpr int tries_per_size = 200000;
    std::vector<bool> used;
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < keys.size()) ++bits;
    for (; bits <= 20; ++bits) {
        std::uint64_t state = 0x9E3779B97F4A7C15ULL;  // fixed seed: deterministic output
        for (int i = 0; i < tries_per_size; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const auto multiplier = static_cast<std::uint32_t>(state >> 32) | 1U;
            if (collision_free(keys, {multiplier, bits}, used)) return {multiplier, bits};
        }
    }
    throw std::runtime_error("no perfect hash found for the catalog's codes");
}

}  // namespace wa_errors::gen
