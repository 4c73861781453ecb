// retry.hpp: decide() exactly as DESIGN §6, including out-of-range inputs.
#include <chrono>
#include <cmath>
#include <limits>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;

namespace {

struct decide_row {
    const char* id;
    unsigned attempts;
    double jitter;
    long long retry_after_ms;
    bool retry;
    long long delay_ms;
    retry_scope scope;
    action next;
};

}  // namespace

TEST_CASE("decide follows the catalog's policy for every retry kind") {
    const decide_row rows[] = {
        // never / after_fix: no retry, whatever the inputs
        {"meta.131047", 1, 1.0, 0, false, 0, retry_scope::recipient, action::send_template},
        {"meta.131047", 0, 0.5, 5000, false, 0, retry_scope::recipient, action::send_template},
        {"meta.190", 1, 1.0, 0, false, 0, retry_scope::account, action::check_credentials},
        {"360dialog.lack_of_payment", 3, 1.0, 60000, false, 0, retry_scope::account, action::settle_billing},
        // backoff (defaults: 1 s doubling to 20 s, 5 attempts)
        {"meta.131000", 1, 1.0, 0, true, 1000, retry_scope::request, action::retry},
        {"meta.131000", 2, 1.0, 0, true, 2000, retry_scope::request, action::retry},
        {"meta.131000", 3, 0.5, 0, true, 2000, retry_scope::request, action::retry},
        {"meta.131000", 4, 1.0, 0, true, 8000, retry_scope::request, action::retry},
        {"meta.131000", 5, 1.0, 0, false, 0, retry_scope::request, action::retry},
        {"meta.131000", 2, 1.0, 90000, true, 2000, retry_scope::request,
         action::retry},  // Retry-After is for throttles
        {"generic.http_5xx", 1, 0.0, 0, true, 0, retry_scope::request, action::retry},
        // throttle (130429: defaults, 1 s doubling to 60 s, 8 attempts)
        {"meta.130429", 1, 1.0, 0, true, 1000, retry_scope::phone_number, action::slow_down},
        {"meta.130429", 7, 1.0, 0, true, 60000, retry_scope::phone_number, action::slow_down},
        {"meta.130429", 8, 1.0, 0, false, 0, retry_scope::phone_number, action::slow_down},
        {"meta.130429", 1, 1.0, 30000, true, 30000, retry_scope::phone_number, action::slow_down},
        {"meta.130429", 1, 0.1, 250, true, 250, retry_scope::phone_number, action::slow_down},
        {"meta.130429", 3, 1.0, 250, true, 4000, retry_scope::phone_number, action::slow_down},
        // Meta's 4^X seconds for 131056
        {"meta.131056", 1, 1.0, 0, true, 1000, retry_scope::recipient, action::slow_down},
        {"meta.131056", 2, 1.0, 0, true, 4000, retry_scope::recipient, action::slow_down},
        {"meta.131056", 3, 1.0, 0, true, 16000, retry_scope::recipient, action::slow_down},
        {"meta.131056", 5, 1.0, 0, true, 256000, retry_scope::recipient, action::slow_down},
        {"meta.131056", 6, 1.0, 0, false, 0, retry_scope::recipient, action::slow_down},
        // 131049: not before 24 h; 133015: 5 minutes
        {"meta.131049", 1, 0.0, 0, true, 0, retry_scope::recipient, action::wait},
        {"meta.131049", 1, 1.0, 0, true, 86400000, retry_scope::recipient, action::wait},
        {"meta.133015", 1, 1.0, 0, true, 300000, retry_scope::phone_number, action::wait},
        {"360dialog.endpoint_rate_limit", 2, 1.0, 0, true, 4000, retry_scope::account, action::slow_down},
    };
    for (const decide_row& row : rows) {
        INFO(row.id << " attempt " << row.attempts << " jitter " << row.jitter << " retry_after "
                    << row.retry_after_ms);
        const error_info* e = find(row.id);
        REQUIRE(e != nullptr);
        const retry_decision d = decide(*e, row.attempts, row.jitter, milliseconds(row.retry_after_ms));
        CHECK(d.retry == row.retry);
        CHECK(d.delay.count() == row.delay_ms);
        CHECK(d.scope == row.scope);
        CHECK(d.next == row.next);
    }
}

TEST_CASE("131049's wait with full jitter still honours Meta's 24 hours when a floor is given") {
    // Full jitter can shorten any delay; a caller that must respect Meta's minimum passes it as
    // retry_after, which a throttle never undercuts.
    const retry_decision d = decide(*find(131049), 1, 0.01, std::chrono::hours(24));
    CHECK(d.delay == std::chrono::hours(24));
}

TEST_CASE("delays never decrease from one attempt to the next at full jitter") {
    for (const error_info& e : catalog()) {
        if (!is_retryable(e)) continue;
        INFO(e.id);
        long long previous = 0;
        for (unsigned attempt = 1; attempt < e.retry.max_attempts; ++attempt) {
            const retry_decision d = decide(e, attempt);
            REQUIRE(d.retry);
            CHECK(d.delay.count() >= previous);
            CHECK(d.delay.count() <= e.retry.max_delay_ms);
            previous = d.delay.count();
        }
        CHECK_FALSE(decide(e, e.retry.max_attempts).retry);
    }
}

TEST_CASE("attempts 0 counts as the first attempt") {
    CHECK(decide(*find(131000), 0).delay == decide(*find(131000), 1).delay);
}

TEST_CASE("jitter outside [0, 1] is clamped; NaN means no jitter") {
    const error_info& e = *find(131000);
    CHECK(decide(e, 2, -3.0).delay.count() == 0);
    CHECK(decide(e, 2, 7.5).delay.count() == 2000);
    CHECK(decide(e, 2, std::numeric_limits<double>::quiet_NaN()).delay.count() == 2000);
    CHECK(decide(e, 2, std::numeric_limits<double>::infinity()).delay.count() == 2000);
    CHECK(decide(e, 2, -std::numeric_limits<double>::infinity()).delay.count() == 0);
}

TEST_CASE("a negative retry_after counts as 0 and a huge one is capped") {
    const error_info& e = *find(130429);
    CHECK(decide(e, 1, 1.0, milliseconds(-5000)).delay.count() == 1000);
    CHECK(decide(e, 1, 1.0, milliseconds(std::numeric_limits<long long>::max())).delay == max_retry_after);
    CHECK(decide(e, 1, 1.0, milliseconds(std::numeric_limits<long long>::min())).delay.count() == 1000);
}

TEST_CASE("huge attempt counts cannot overflow the backoff") {
    retry_policy p = find(131000)->retry;
    p.max_attempts = 100000;
    error_info e = *find(131000);
    e.retry = p;
    CHECK(decide(e, 10000).delay.count() == p.max_delay_ms);
    CHECK(decide(e, 4294967295U).retry == false);
}

TEST_CASE("decide is usable in constant expressions") {
    constexpr retry_decision d = decide(*find(131056), 3);
    STATIC_REQUIRE(d.retry);
    STATIC_REQUIRE(d.delay == std::chrono::seconds(16));
    STATIC_REQUIRE(d.scope == retry_scope::recipient);
}
