// SPDX-License-Identifier: MIT
// testing/scenario.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/scenario.hpp>

#include <chrono>

bool strict_testing_scenario() {
    wa_errors::testing::scenario s;
    s.recipients["15550100"] = {wa_errors::testing::step::ok(),
                                wa_errors::testing::step::answer(*wa_errors::find(130429), std::chrono::seconds(2)),
                                wa_errors::testing::step::accept_then_fail(*wa_errors::find(131049)),
                                wa_errors::testing::step::drop(), wa_errors::testing::step::timeout()};
    wa_errors::testing::outage down;
    down.to = wa_errors::testing::sim_time(1000);
    s.outages.push_back(down);
    wa_errors::testing::validate(s);
    return wa_errors::testing::documented_rate(wa_errors::retry_scope::phone_number).has_value();
}
