// SPDX-License-Identifier: MIT
// payload/records.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/records.hpp>

#include <cstddef>

std::size_t strict_payload_records() {
    namespace detail = wa_errors::payload::detail;
    detail::record_list list;
    detail::error_fields fields;
    list.add(fields, wa_errors::payload::shape::errors_item, 0);
    detail::frame frame;
    frame.open(0, true, detail::target::current, detail::role::none, 1, list.records.size());
    detail::member_ranges ranges;
    ranges.remember(frame, list.records.size());
    const auto earlier = ranges.take(1, "");
    if (earlier) list.drop(earlier->first, earlier->second);
    return list.records.size();
}
