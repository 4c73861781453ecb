// SPDX-License-Identifier: MIT
// testing/fake_cloud_api.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/fake_cloud_api.hpp>

#include <cstddef>
#include <utility>

std::size_t strict_testing_fake_cloud_api() {
    wa_errors::testing::scenario s;
    s.recipients["+1 555 0100"] = {wa_errors::testing::step::answer(*wa_errors::find(131047)),
                                   wa_errors::testing::step::lose_response()};
    s.webhooks.sent = true;
    wa_errors::testing::fake_cloud_api api(std::move(s));
    wa_errors::testing::fake_request request;
    request.path = "/v21.0/106540352242922/messages";
    request.headers = {{"Authorization", "Bearer token"}};
    request.body = R"({"messaging_product": "whatsapp", "to": "15550100"})";
    const wa_errors::testing::fake_response response = api.send(request, wa_errors::testing::sim_time(0));
    const auto due = api.next_webhook_due();
    return response.body.size() + api.take_webhooks(due.value_or(wa_errors::testing::sim_time(0))).size() +
           api.stats().errors_of("meta.131047") + api.config().recipients.size();
}
