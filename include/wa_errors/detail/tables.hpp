// SPDX-License-Identifier: MIT
// wa_errors: the shapes of the generated lookup tables and the probes that read them.
// The generator (tools/generate) chooses the layout's parameters; lookup.hpp only calls find().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../types.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::uint16_t no_entry = 0xFFFF;

// Everything known about one Meta code, or one (code, subcode) pair: the entry to use when no
// variant applies, and where its variants (`match` or `recipient_prefix`) start in variant_list
// (a run ended by no_entry).
struct code_slot {
    const error_info* primary;  // a pointer, not an index: find() returns it without arithmetic
    // -1 ends a run of pair slots. An empty slot of the code table is `{}` in the generated
    // header (the key table marks it empty): its hundreds of empty slots spelled out, or default
    // member initialisers here, cost every translation unit that includes the table about 24 M
    // instructions of the compiler each.
    std::int32_t code;
    std::uint32_t variants;  // index into variant_list; 32 bits, so a huge catalog can't overflow it
};

struct code_range {
    std::int32_t first;
    std::int32_t last;
    code_slot slot;
};

// Numbers in 0..max_key, found either through a perfect hash (slot = (key * multiplier) >> shift,
// 32-bit) or, when the generator found none (thousands of scattered keys), by bisection over
// slots sorted by key (multiplier 0). One multiply, one load and one compare in the usual case.
struct key_table {
    std::uint32_t multiplier;  // 0: `slots` is sorted by key
    unsigned shift;
    std::int32_t max_key;
    const std::int32_t* keys;  // keys[i] is the key of slot i; -1 marks an empty slot
    std::size_t count;

    // The slot holding `key`, or count when there is none.
    constexpr std::size_t slot_of(long long key) const noexcept {
        if (key < 0 || key > max_key) return count;
        const auto k = static_cast<std::int32_t>(key);
        if (multiplier != 0) {
            const std::size_t slot = (static_cast<std::uint32_t>(k) * multiplier) >> shift;
            return keys[slot] == k ? slot : count;
        }
        std::size_t low = 0;
        std::size_t high = count;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (keys[mid] == k) return mid;
            if (keys[mid] < k)
                low = mid + 1;
            else
                high = mid;
        }
        return count;
    }
};

// Exact codes through a key_table, then a scan of the few code ranges.
struct code_index {
    key_table table;
    const code_slot* slots;  // parallel to table.keys
    const code_range* ranges;
    std::size_t range_count;

    constexpr const code_slot* find(long long code) const noexcept {
        const std::size_t slot = table.slot_of(code);
        if (slot != table.count) return &slots[slot];
        if (code < 0 || code > 0x7FFFFFFF) return nullptr;
        for (std::size_t i = 0; i < range_count; ++i) {
            if (code >= ranges[i].first && code <= ranges[i].last) return &ranges[i].slot;
        }
        return nullptr;
    }
};

// Entries keyed by (code, subcode): a key_table over subcodes, each pointing at a run of
// pair_slots (one per parent code, in catalog order; ended by a slot whose code is -1).
struct subcode_index {
    key_table table;
    const std::uint32_t* runs;  // parallel to table.keys: where the subcode's run starts in pairs
    const code_slot* pairs;

    // The pair (code, subcode), or nullptr.
    constexpr const code_slot* find(long long code, long long subcode) const noexcept {
        const std::size_t slot = table.slot_of(subcode);
        if (slot == table.count) return nullptr;
        for (const code_slot* pair = pairs + runs[slot]; pair->code != -1; ++pair) {
            if (pair->code == code) return pair;
        }
        return nullptr;
    }

    // The first pair with this subcode, whatever its code, or nullptr.
    constexpr const code_slot* any(long long subcode) const noexcept {
        const std::size_t slot = table.slot_of(subcode);
        return slot == table.count ? nullptr : pairs + runs[slot];
    }
};

// Catalog ids in sorted order, for binary search by id.
struct id_index {
    const std::uint16_t* order;
    std::size_t count;
};

}  // namespace detail
WA_ERRORS_END_NAMESPACE
