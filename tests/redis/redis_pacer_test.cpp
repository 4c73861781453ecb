// SPDX-License-Identifier: MIT
// redis/pacer.hpp: the fleet's pacer per scope key answers as wa_errors::pacer does, from one
// bucket in Redis that every connection shares, on the server's clock.
#include <chrono>
#include <limits>
#include <thread>

#include <wa_errors/redis.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::nanoseconds;
using std::chrono::seconds;

namespace {

// Grants until the first refusal, and that refusal's wait.
int burst_of(redis::pacer& p, nanoseconds* wait = nullptr) {
    int grants = 0;
    nanoseconds w{};
    while ((w = p.try_acquire(pacing_clock::now())).count() == 0 && grants < 100000) ++grants;
    if (wait != nullptr) *wait = w;
    return grants;
}

pace_settings one_a_minute(double burst) {
    pace_settings s;
    s.per_second = 1.0 / 60;
    s.burst = burst;
    return s;
}

}  // namespace

TEST_CASE("a Redis pacer grants its burst at once and then its rate, like the in-process one") {
    redis::client c(redis_test::options());
    redis::pacers pacers(c, pace_settings::documented(retry_scope::recipient, 1.0));
    redis::pacer& p = pacers.at(scope_key(retry_scope::recipient, "100", "15551234567"));
    nanoseconds wait{};
    CHECK(burst_of(p, &wait) == 45);
    CHECK(wait > milliseconds(5800));
    CHECK(wait <= milliseconds(6000));
    CHECK_FALSE(p.answered_locally());
    CHECK(p.rate() == Approx(1.0 / 6.0));
    CHECK(p.idle_after() > pacing_clock::now() + seconds(45 * 6 - 10));
}

TEST_CASE("two connections on one key draw from one bucket") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    redis::pacers pa(a, one_a_minute(10)), pb(b, one_a_minute(10));
    int granted = 0;
    for (int i = 0; i < 20; ++i) {
        redis::pacer& p = i % 2 == 0 ? pa.at("phone_number:1") : pb.at("phone_number:1");
        granted += p.try_acquire(pacing_clock::now()).count() == 0 ? 1 : 0;
    }
    CHECK(granted == 10);
    CHECK(pa.at("phone_number:2").try_acquire(pacing_clock::now()).count() == 0);  // another key, another bucket
}

TEST_CASE("a throttle seen by one worker cuts the rate and holds back every worker past the server's wait") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    const pace_settings s = pace_settings::documented(retry_scope::phone_number, 1.0);
    redis::pacers pa(a, s), pb(b, s);
    CHECK(pa.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0);
    pa.at("phone_number:1").on_throttle(pacing_clock::now(), seconds(30));
    CHECK(pa.at("phone_number:1").rate() == Approx(80 * 0.7));
    CHECK(pa.at("phone_number:1").throttles_in_a_row() == 1);

    redis::pacer& other = pb.at("phone_number:1");
    const nanoseconds wait = other.try_acquire(pacing_clock::now());
    CHECK(wait > seconds(29));
    CHECK(other.rate() == Approx(80 * 0.7));
    CHECK(other.throttles_in_a_row() == 1);
    pb.at("phone_number:1").on_throttle(pacing_clock::now());
    CHECK(pa.at("phone_number:1").try_acquire(pacing_clock::now()) > seconds(29));
    CHECK(pa.at("phone_number:1").throttles_in_a_row() == 2);   // Meta's X counts across the fleet
    CHECK(pa.at("phone_number:1").rate() == Approx(80 * 0.7));  // one burst's throttles: one cut, fleet-wide
}

TEST_CASE("throttles that arrive together cut the fleet's rate once, whichever workers saw them") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    const pace_settings s = pace_settings::documented(retry_scope::phone_number, 1.0);
    redis::pacers pa(a, s), pb(b, s);
    for (int i = 0; i < 30; ++i) (i % 2 == 0 ? pa : pb).at("phone_number:1").on_throttle(pacing_clock::now());
    CHECK(pa.at("phone_number:1").rate() == Approx(80 * 0.7));
    CHECK(pb.at("phone_number:1").throttles_in_a_row() == 30);
    std::this_thread::sleep_for(seconds(1));
    pa.at("phone_number:1").on_throttle(pacing_clock::now());
    CHECK(pa.at("phone_number:1").rate() == Approx(80 * 0.49));
}

TEST_CASE("successes win the rate back slowly, reset the throttle count, and stop at the ceiling") {
    redis::client c(redis_test::options());
    pace_settings s = pace_settings::documented(retry_scope::phone_number, 1.0);
    s.seconds_between_cuts = 0;  // every throttle cuts
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at("phone_number:1");
    p.on_throttle(pacing_clock::now());
    p.on_throttle(pacing_clock::now());
    const double cut = p.rate();
    CHECK(cut == Approx(80 * 0.49));
    p.on_success(pacing_clock::now());  // within 100 ms of the throttle: only the count resets
    CHECK(p.throttles_in_a_row() == 0);
    CHECK(p.rate() == Approx(cut));
    std::this_thread::sleep_for(milliseconds(150));
    p.on_success(pacing_clock::now());
    CHECK(p.rate() > cut);
    CHECK(p.rate() < 80);

    redis::pacers fresh(c, one_a_minute(1));
    redis::pacer& untouched = fresh.at("phone_number:2");
    const auto before = c.stats().round_trips;
    untouched.on_success(pacing_clock::now());  // at the ceiling with no throttle: nothing to win back
    CHECK(c.stats().round_trips == before);
}

TEST_CASE("cuts stop at the floor however many throttles come") {
    redis::client c(redis_test::options());
    pace_settings s = pace_settings::documented(retry_scope::phone_number, 1.0);
    s.seconds_between_cuts = 0;
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at("phone_number:1");
    for (int i = 0; i < 40; ++i) p.on_throttle(pacing_clock::now());
    CHECK(p.rate() == Approx(0.8));
    CHECK(p.throttles_in_a_row() == 40);
}

TEST_CASE("nonsense settings fall back to the in-process pacer's safe values") {
    pace_settings s;
    s.per_second = -5;
    s.burst = std::numeric_limits<double>::quiet_NaN();
    s.cut = 7;
    s.recover_fraction = -1;
    s.seconds_between_cuts = std::numeric_limits<double>::quiet_NaN();
    redis::client c(redis_test::options());
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at("phone_number:1");
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK(p.try_acquire(pacing_clock::now()).count() > 0);
    CHECK(p.rate() == Approx(1.0));
    p.on_throttle(pacing_clock::now(), nanoseconds::max());  // no overflow, on either side
    CHECK(p.try_acquire(pacing_clock::now()) > seconds(3600));
    CHECK_FALSE(p.answered_locally());
}

TEST_CASE("grants follow the server's clock whatever `now` the caller passes") {
    redis::client c(redis_test::options());
    redis::pacers pacers(c, one_a_minute(3));
    redis::pacer& p = pacers.at("phone_number:skewed");
    const pacing_clock::time_point wrong[] = {
        pacing_clock::time_point{},                               // the epoch
        pacing_clock::now() + std::chrono::hours(24 * 365 * 30),  // thirty years ahead
        pacing_clock::now() - std::chrono::hours(24 * 365),       // a year behind
        pacing_clock::time_point::max(), pacing_clock::time_point::min()};
    int granted = 0;
    for (const auto& now : wrong) granted += p.try_acquire(now).count() == 0 ? 1 : 0;
    CHECK(granted == 3);  // the burst, no more: a clock far ahead doesn't refill the bucket
    for (const auto& now : wrong) {
        const nanoseconds wait = p.try_acquire(now);
        CHECK(wait > seconds(50));  // the server's minute, not the caller's idea of time
        CHECK(wait <= seconds(60));
    }
    p.on_throttle(pacing_clock::time_point{}, seconds(1));
    CHECK(p.throttles_in_a_row() == 1);
    CHECK_FALSE(p.answered_locally());
}

TEST_CASE("a try_acquire is one round trip, and so is a send at full rate") {
    redis::client_options o = redis_test::options();
    o.heartbeat_interval = milliseconds(0);  // a heartbeat is one more round trip every interval
    redis::client c(o);
    redis::pacers pacers(c, pace_settings::documented(retry_scope::phone_number, 1.0));
    redis::pacer& p = pacers.at("phone_number:1");
    const auto before = c.stats();
    for (int i = 0; i < 50; ++i) {
        if (p.try_acquire(pacing_clock::now()).count() == 0) p.on_success(pacing_clock::now());
    }
    const auto after = c.stats();
    CHECK(after.round_trips - before.round_trips == 50);
    CHECK(after.script_runs - before.script_runs == 50);
    CHECK(after.local_answers == before.local_answers);
}

TEST_CASE("keys are empty, binary or huge without mixing their buckets") {
    redis::client c(redis_test::options());
    redis::pacers pacers(c, one_a_minute(1));
    const std::string keys[] = {"",         std::string("a\0b", 3),   std::string("a\0c", 3),
                                "a b\r\nc", std::string(100000, 'k'), "\xff\xfe not UTF-8"};
    for (const std::string& key : keys) {
        INFO("key of " << key.size() << " bytes");
        CHECK(pacers.at(key).try_acquire(pacing_clock::now()).count() == 0);
        CHECK(pacers.at(key).try_acquire(pacing_clock::now()).count() > 0);
        CHECK_FALSE(pacers.at(key).answered_locally());
    }
    CHECK(pacers.size() == 6);
    CHECK(pacers.forget_if([](const redis::pacer& p) { return p.redis_key().size() > 1000; }) == 1);
}

TEST_CASE("pacer keys carry the prefix and expire once idle") {
    redis::client_options o = redis_test::options();
    o.idle_expiry = seconds(5);
    redis::client c(o);
    redis::pacers pacers(c, one_a_minute(2));
    (void)pacers.at("phone_number:1").try_acquire(pacing_clock::now());
    pacers.at("phone_number:2").on_throttle(pacing_clock::now(), seconds(30));
    redis_test::raw r;
    const auto keys = r.strings({"KEYS", o.prefix + "pace:*"});
    CHECK(keys.size() == 2);
    const long long full_soon = r.integer({"PTTL", o.prefix + "pace:phone_number:{1}"});
    CHECK(full_soon > 0);
    CHECK(full_soon <= 5000 + 60000);  // the bucket refills in a minute, then the idle expiry
    const long long throttled = r.integer({"PTTL", o.prefix + "pace:phone_number:{2}"});
    CHECK(throttled > 30000);  // kept while the throttle's wait and the refill last
}
