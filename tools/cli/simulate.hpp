// SPDX-License-Identifier: MIT
// wa-errors simulate: the retry rules judged by what they deliver (see simulation.hpp).
#pragma once

#include <cstdint>

namespace wa_errors_cli {

struct simulate_options {
    std::uint64_t seed = 42;
    bool json = false;   // one object per scenario and sender
    double scale = 1.0;  // multiplies the message counts (tests run a fraction of them)
};

int simulate(const simulate_options& options);

}  // namespace wa_errors_cli
