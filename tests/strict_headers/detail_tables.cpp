// SPDX-License-Identifier: MIT
// detail/tables.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/detail/tables.hpp>

#include <cstddef>
#include <cstdint>

std::size_t strict_detail_tables(long long key) {
    static constexpr std::int32_t keys[] = {3, 7, 11};
    constexpr wa_errors::detail::key_table sorted{0, 0, 11, keys, 3};
    return sorted.slot_of(key);
}
