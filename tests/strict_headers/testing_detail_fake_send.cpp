// SPDX-License-Identifier: MIT
// testing/detail/fake_send.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/detail/fake_send.hpp>

int strict_testing_detail_fake_send() {
    wa_errors::testing::fake_cloud_api api;
    return api.send(wa_errors::testing::fake_request{}, wa_errors::testing::sim_time(0)).status;
}
