// SPDX-License-Identifier: MIT
// Inputs shared by the benchmarks: a realistic mix of codes, and payloads as the APIs send them.
#pragma once

#include <algorithm>
#include <random>
#include <vector>

#include <wa_errors/wa_errors.hpp>

namespace bench {

// 4096 known codes in random order: 70 % from the codes a busy sender sees most (throughput,
// re-engagement, undeliverable, marketing limits, transient errors), 30 % from the whole catalog.
inline std::vector<long long> realistic_codes() {
    const long long hot[] = {130429, 131047, 131026, 131049, 131056, 131000, 131053, 131050, 132001, 100, 190, 131048};
    std::vector<long long> all;
    for (const auto& e : wa_errors::catalog())
        if (e.code) all.push_back(*e.code);
    std::mt19937_64 rng(20261125);
    std::vector<long long> codes;
    for (int i = 0; i < 4096; ++i) {
        if (rng() % 10 < 7)
            codes.push_back(hot[rng() % std::size(hot)]);
        else
            codes.push_back(all[rng() % all.size()]);
    }
    return codes;
}

// 4096 codes the catalog does not know, spread over Meta's code range.
inline std::vector<long long> unknown_codes() {
    std::mt19937_64 rng(7);
    std::vector<long long> codes;
    while (codes.size() < 4096) {
        const auto code = static_cast<long long>(rng() % 3000000);
        if (wa_errors::find(code) == nullptr) codes.push_back(code);
    }
    return codes;
}

}  // namespace bench
