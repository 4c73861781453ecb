// SPDX-License-Identifier: MIT
#include "perfect_hash.hpp"

namespace wa_errors::gen {

namespace {

// Counts the keys it looks at into `work`, so that the search's cost is bounded by a number
// rather than by time: the output stays deterministic. Only the slots this try marked are
// cleared afterwards, so a try costs the keys it examined, not the size of the table.
bool collision_free(const std::vector<std::int32_t>& keys, hash_params p, std::vector<bool>& used,
                    std::vector<std::uint32_t>& marked, std::uint64_t& work) {
    bool free = true;
    for (std::int32_t key : keys) {
        ++work;
        const std::uint32_t slot = slot_of(key, p);
        if (used[slot]) {
            free = false;
            break;
        }
        used[slot] = true;
        marked.push_back(slot);
    }
    for (std::uint32_t slot : marked) used[slot] = false;
    marked.clear();
    return free;
}

}  // namespace

std::optional<hash_params> find_perfect_hash(const std::vector<std::int32_t>& keys) {
    // Up to this many multipliers per table size, and this many keys examined in all: enough
    // to find a table of a few slots per key for a catalog of a few hundred codes in well under
    // a second, while a hostile catalog of thousands of codes gives up quickly.
    constexpr int tries_per_size = 200000;
    constexpr std::uint64_t max_work = 20'000'000;
    constexpr unsigned max_bits = 20;
    constexpr std::size_t max_slots_per_key = 64;  // beyond this a sorted table is smaller and fast enough
    // N keys land without a collision in 64 N slots with a chance of about exp(-N / 128) per
    // multiplier: past a couple of thousand keys the search can't succeed, so it isn't tried.
    constexpr std::size_t max_keys = 2048;
    if (keys.empty() || keys.size() > max_keys) return std::nullopt;
    std::vector<bool> used;
    std::vector<std::uint32_t> marked;
    std::uint64_t work = 0;
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < keys.size()) ++bits;
    for (; bits <= max_bits && (std::size_t{1} << bits) <= max_slots_per_key * keys.size(); ++bits) {
        used.assign(std::size_t{1} << bits, false);
        std::uint64_t state = 0x9E3779B97F4A7C15ULL;  // fixed seed: deterministic output
        for (int i = 0; i < tries_per_size && work < max_work; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const auto multiplier = static_cast<std::uint32_t>(state >> 32) | 1U;
            if (collision_free(keys, {multiplier, bits}, used, marked, work)) return hash_params{multiplier, bits};
        }
    }
    return std::nullopt;
}

}  // namespace wa_errors::gen
