// SPDX-License-Identifier: MIT
// testing/fake_wire.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/fake_wire.hpp>

#include <string>

std::string strict_testing_fake_wire() {
    wa_errors::testing::detail::wire_bodies bodies;
    wa_errors::testing::detail::status_event event;
    event.status = "failed";
    event.message_id = "wamid.1";
    event.error = wa_errors::find(131049);
    return bodies.error(*wa_errors::find(131047)) + bodies.webhook(event, wa_errors::testing::scenario{}) +
           wa_errors::testing::detail::wire_bodies::accepted("+1 555 0100", "15550100", "wamid.1") +
           wa_errors::testing::detail::wire_bodies::gateway_page(503, "Service Unavailable");
}
