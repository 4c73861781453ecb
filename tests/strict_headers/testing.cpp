// SPDX-License-Identifier: MIT
// testing.hpp alone (without Catch2: its printers stay out), under the strict warnings of
// CMakeLists.txt.
#include <wa_errors/testing.hpp>

#include <cstddef>

std::size_t strict_testing() {
    const wa_errors::error_info& entry = *wa_errors::find(131049);
    return wa_errors::testing::graph_error_body(131047).size() + wa_errors::testing::graph_error_body(entry).size() +
           wa_errors::testing::graph_error_body("meta.130429").size() +
           wa_errors::testing::webhook_failed_status(entry).size() +
           wa_errors::testing::webhook_failed_status(131026, "wamid.1", "15550001").size() +
           wa_errors::testing::webhook_failed_status("meta.131026", "wamid.1", "15550001").size() +
           wa_errors::testing::dialog360_error_body(entry).size() +
           wa_errors::testing::dialog360_error_body(131047).size() +
           wa_errors::testing::dialog360_error_body("360dialog.invalid_api_key").size() +
           wa_errors::testing::recipient_for(entry).size() +
           static_cast<std::size_t>(wa_errors::testing::response_status(entry));
}
