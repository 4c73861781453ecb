// SPDX-License-Identifier: MIT
// payload/json_io.hpp alone, under the strict warnings of CMakeLists.txt: both JSON types.
#include <wa_errors/payload/json_io.hpp>

#include <cstddef>

std::size_t strict_payload_json_io(const wa_errors::error_info& entry, const wa_errors::payload::parsed_error& error,
                                   const wa_errors::retry_decision& decision) {
    const nlohmann::json sorted = entry;
    const nlohmann::ordered_json ordered = error;
    const nlohmann::json decided = decision;
    return sorted.size() + ordered.size() + decided.size();
}
