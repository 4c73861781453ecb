// SPDX-License-Identifier: MIT
// retry_quota.hpp: retries are rationed during an outage, refunded when they work, and an empty
// quota means "wait", never "fail".
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

#include <wa_errors/retry_quota.hpp>
#include <wa_errors/scopes.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const retry_quota::clock::time_point start(seconds(1000));
const error_info& server_error() { return *find("meta.131000"); }

}  // namespace

TEST_CASE("an outage from a full quota allows capacity / cost retries, then asks to wait") {
    retry_quota q;
    int granted = 0;
    retry_quota::grant last;
    while ((last = q.try_acquire(server_error(), start)).granted) ++granted;
    CHECK(granted == 100);
    CHECK(last.wait > milliseconds(0));
    CHECK(last.wait <= seconds(5));  // 5 tokens at the reserve's 1 token/s
}

TEST_CASE("an empty quota refills with time so the tail of a campaign is never starved") {
    retry_quota q;
    while (q.try_acquire(server_error(), start).granted) {
    }
    const auto denied = q.try_acquire(server_error(), start);
    REQUIRE_FALSE(denied.granted);
    CHECK(q.try_acquire(server_error(), start + denied.wait).granted);
    CHECK(q.tokens(start + seconds(3600)) == Approx(500));
}

TEST_CASE("a retry that succeeds is refunded, so retries that work never drain the quota") {
    retry_quota q;
    for (int i = 0; i < 100000; ++i) {
        const auto g = q.try_acquire(server_error(), start);
        REQUIRE(g.granted);
        q.on_success(&g.spent, start);
    }
    CHECK(q.tokens(start) == Approx(500));
}

TEST_CASE("failures that may have gone through cost more than plain rejections") {
    retry_quota a;
    retry_quota b;
    int plain = 0;
    int unknown = 0;
    while (a.try_acquire(server_error(), start).granted) ++plain;
    while (b.try_acquire(*find("generic.transport_timeout"), start).granted) ++unknown;
    CHECK(plain == 100);
    CHECK(unknown == 50);
}

TEST_CASE("throttles cost nothing: they are paced, not retried") {
    retry_quota q;
    for (int i = 0; i < 10000; ++i) CHECK(q.try_acquire(*find("meta.130429"), start).granted);
    CHECK(q.tokens(start) == Approx(500));
}

TEST_CASE("first-try successes earn a token up to the capacity") {
    retry_quota q;
    const auto g = q.try_acquire(server_error(), start);
    REQUIRE(g.granted);
    for (int i = 0; i < 3; ++i) q.on_success(nullptr, start);
    CHECK(q.tokens(start) == Approx(498));
    for (int i = 0; i < 100; ++i) q.on_success(nullptr, start);
    CHECK(q.tokens(start) == Approx(500));
}

TEST_CASE("unusable settings are made usable instead of silently blocking or freeing retries") {
    retry_quota::settings s;
    s.capacity = std::numeric_limits<double>::quiet_NaN();
    s.retry_cost = 1000;
    s.success_reward = -1;
    s.reserve_per_second = 0;
    retry_quota q(s);
    CHECK(q.try_acquire(server_error(), start).granted);  // cost lowered to the capacity (500)
    const auto denied = q.try_acquire(server_error(), start);
    CHECK_FALSE(denied.granted);
    CHECK(denied.wait == seconds(1));  // no reserve: ask again later, a success will refill

    retry_quota::settings absurd;
    absurd.retry_cost = 1e300;
    retry_quota fallback(absurd);
    int granted = 0;
    while (fallback.try_acquire(server_error(), start).granted) ++granted;
    CHECK(granted == 100);  // the default cost of 5
}

TEST_CASE("one quota per number keeps a noisy number from starving the others") {
    keyed<retry_quota, retry_quota::settings> quotas(retry_quota::settings{});
    while (quotas.at("phone_number:noisy").try_acquire(server_error(), start).granted) {
    }
    CHECK(quotas.at("phone_number:quiet").try_acquire(server_error(), start).granted);
    CHECK(quotas.size() == 2);
}

TEST_CASE("eight threads never over-issue or lose tokens") {
    retry_quota q;
    std::atomic<long> granted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20000; ++i) {
                const auto g = q.try_acquire(server_error(), start);
                if (!g.granted) continue;
                ++granted;
                if (i % 2 == 0) q.on_success(&g.spent, start);
            }
        });
    }
    for (auto& t : threads) t.join();
    // Every refund gave back exactly what its retry spent; the rest stayed spent.
    const double left = q.tokens(start);
    CHECK(left >= 0);
    CHECK(left <= 500);
    CHECK(granted.load() >= 100);
}

TEST_CASE("quota settings below a thousandth of a token are raised to it, and the check says so") {
    retry_quota_settings s;
    s.capacity = 10;
    s.retry_cost = 0.0004;
    s.unknown_outcome_cost = 0.0004;
    s.success_reward = 0.0004;
    s.reserve_per_second = 0.0004;
    CHECK(problem_with(s).find("0.001") != std::string_view::npos);
    retry_quota q(s);
    const auto& e = *find("meta.131000");
    int granted = 0;
    for (int i = 0; i < 20000; ++i) granted += q.try_acquire(e, start).granted ? 1 : 0;
    CHECK(granted == 10000);  // 10 tokens at 0.001 each: a retry is never free
}

TEST_CASE("quota settings that are negative, NaN or cost more than the capacity are named by the check") {
    retry_quota_settings negative;
    negative.success_reward = -1;
    CHECK_FALSE(problem_with(negative).empty());
    retry_quota_settings nan;
    nan.reserve_per_second = std::nan("");
    CHECK_FALSE(problem_with(nan).empty());
    retry_quota_settings dear;
    dear.capacity = 4;
    CHECK(problem_with(dear).find("capacity") != std::string_view::npos);
    CHECK(problem_with(retry_quota_settings{}).empty());
}

TEST_CASE("refused retries are promised successive times, never the same token twice") {
    retry_quota q;
    while (q.try_acquire(server_error(), start).granted) {
    }
    const auto first = q.reserve(server_error(), start);
    const auto second = q.reserve(server_error(), start);
    REQUIRE_FALSE(first.granted);
    REQUIRE_FALSE(second.granted);
    CHECK(first.spent.milli_tokens > 0);
    CHECK(second.wait > first.wait);
    // By the second promise's time the refill has paid for both; nothing is left over for a third.
    CHECK(q.tokens(start + second.wait) == Approx(0).margin(0.001));
    CHECK_FALSE(q.try_acquire(server_error(), start + first.wait).granted);
}
