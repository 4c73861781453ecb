// retry_budget.hpp: a process-wide token bucket that never loses or over-issues tokens.
#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

namespace {

// Runs `work(thread_index)` on 8 threads at once.
template <class Work>
void on_eight_threads(Work work) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) threads.emplace_back(work, t);
    for (auto& thread : threads) thread.join();
}

}  // namespace

TEST_CASE("the default budget allows 100 retries and then stops") {
    retry_budget budget;
    int allowed = 0;
    while (budget.try_acquire()) ++allowed;
    CHECK(allowed == 100);
    CHECK(budget.tokens() == 0.0);
}

TEST_CASE("successes pay for further retries, up to the capacity") {
    retry_budget budget({10.0, 5.0, 1.0});
    CHECK(budget.try_acquire());
    CHECK(budget.try_acquire());
    CHECK_FALSE(budget.try_acquire());
    for (int i = 0; i < 4; ++i) budget.on_success();
    CHECK_FALSE(budget.try_acquire());
    budget.on_success();
    CHECK(budget.try_acquire());
    for (int i = 0; i < 100; ++i) budget.on_success();
    CHECK(budget.tokens() == 10.0);
}

TEST_CASE("gRPC-style fractional refills are exact") {
    retry_budget budget({10.0, 1.0, 0.1});
    for (int i = 0; i < 10; ++i) REQUIRE(budget.try_acquire());
    CHECK_FALSE(budget.try_acquire());
    for (int i = 0; i < 10; ++i) budget.on_success();
    CHECK(budget.try_acquire());
    CHECK_FALSE(budget.try_acquire());
}

TEST_CASE("nonsense settings give a defined budget") {
    retry_budget none({-1.0, 5.0, 1.0});
    CHECK_FALSE(none.try_acquire());
    retry_budget free_retries({10.0, 0.0, 1.0});
    CHECK(free_retries.try_acquire());
    CHECK(free_retries.tokens() == 10.0);
}

TEST_CASE("8 threads draining the budget get exactly the tokens it holds") {
    retry_budget budget({500.0, 5.0, 1.0});
    std::atomic<long> granted{0};
    on_eight_threads([&](int) {
        long mine = 0;
        for (int i = 0; i < 125000; ++i) mine += budget.try_acquire() ? 1 : 0;
        granted += mine;
    });
    CHECK(granted.load() == 100);
    CHECK(budget.tokens() == 0.0);
}

TEST_CASE("8 threads spending and refilling at once lose and invent no token") {
    // A budget too large to fill up, so every refill counts: at the end
    // tokens == start - cost * granted + refill * successes, to the thousandth.
    const double start = 1e9;
    retry_budget budget({start, 3.0, 0.5});
    for (int i = 0; i < 1000; ++i) REQUIRE(budget.try_acquire());  // room below the capacity
    std::atomic<long> granted{1000};
    std::atomic<long> successes{0};
    on_eight_threads([&](int t) {
        long mine = 0;
        long refills = 0;
        for (int i = 0; i < 125000; ++i) {  // 8 x 125 000 = 1 000 000 operations
            if ((i + t) % 2 == 0) {
                mine += budget.try_acquire() ? 1 : 0;
            } else {
                budget.on_success();
                ++refills;
            }
        }
        granted += mine;
        successes += refills;
    });
    CHECK(granted.load() == 1000 + 500000);
    const long long expected_milli = 1000000000000LL - 3000LL * granted.load() + 500LL * successes.load();
    CHECK(std::llround(budget.tokens() * 1000.0) == expected_milli);
}
