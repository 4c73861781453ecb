// wa_errors: the shapes of the generated lookup tables and the probes that read them.
// The generator (tools/generate) chooses the layout's parameters; lookup.hpp only calls find().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../types.hpp"

namespace wa_errors::detail {

inline constexpr std::uint16_t no_entry = 0xFFFF;

// Everything known about one Meta code: the entry to use when no `match` applies, and where
// its `match` variants start in variant_list (a run ended by no_entry).
struct code_slot {
    const error_info* primary;  // a pointer, not an index: find() returns it without arithmetic
    std::int32_t code;          // -1 marks an empty slot
    std::uint16_t variants;     // index into variant_list
};

struct code_range {
    std::int32_t first;
    std::int32_t last;
    code_slot slot;
};

// A perfect hash over the exact codes (slot = (code * multiplier) >> shift, 32-bit), then a
// scan of the few code ranges. One multiply, one load and one compare for a known code.
struct code_index {
    std::uint32_t multiplier;
    unsigned shift;
    std::int32_t max_code;
    const code_slot* slots;
    const code_range* ranges;
    std::size_t range_count;

    constexpr const code_slot* find(long long code) const noexcept {
        if (code < 0 || code > max_code) return nullptr;
        const auto key = static_cast<std::uint32_t>(code);
        const code_slot& slot = slots[(key * multiplier) >> shift];
        if (slot.code == static_cast<std::int32_t>(code)) return &slot;
        for (std::size_t i = 0; i < range_count; ++i) {
            if (code >= ranges[i].first && code <= ranges[i].last) return &ranges[i].slot;
        }
        return nullptr;
    }
};

// Catalog ids in sorted order, for binary search by id.
struct id_index {
    const std::uint16_t* order;
    std::size_t count;
};

}  // namespace wa_errors::detail
