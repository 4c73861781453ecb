// SPDX-License-Identifier: MIT
// payload/reader.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/reader.hpp>

#include <string_view>

bool strict_payload_reader(std::string_view body) {
    wa_errors::payload::detail::record_list records;
    wa_errors::payload::detail::reader reader(records, false);
    return reader.read(body) && !records.records.empty();
}
