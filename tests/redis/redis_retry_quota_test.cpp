// SPDX-License-Identifier: MIT
// redis/retry_quota.hpp: the fleet shares one retry quota per scope key, with the in-process
// quota's costs, refunds and reserve; throttles stay free; refunds made by one process are
// tokens for all.
#include <chrono>
#include <limits>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;
using clock_type = redis::retry_quota::clock;

namespace {

const error_info& server_error() { return *find("meta.131000"); }          // backoff, rejected
const error_info& gateway_timeout() { return *find("generic.http_502"); }  // backoff, outcome unknown
const error_info& throttled() { return *find(130429); }

std::string worker() { return WA_ERRORS_REDIS_WORKER; }

}  // namespace

TEST_CASE("an outage from a full shared quota allows capacity / cost retries, then asks to wait") {
    redis::client c(redis_test::options());
    redis::retry_quotas quotas(c, retry_quota_settings{});
    redis::retry_quota& q = quotas.at("phone_number:1");
    int granted = 0;
    redis::retry_quota::grant last;
    while ((last = q.try_acquire(server_error(), clock_type::now())).granted && granted < 1000) ++granted;
    CHECK(granted == 100);
    CHECK(last.wait > milliseconds(0));
    CHECK(last.wait <= seconds(5));  // 5 tokens at the reserve's 1 token/s
    CHECK(q.tokens(clock_type::now()) < 5.0);
    CHECK_FALSE(q.answered_locally());
}

TEST_CASE("retries whose outcome is unknown cost more, throttles cost nothing and no round trip") {
    redis::client c(redis_test::options());
    retry_quota_settings s;
    s.capacity = 20;
    s.reserve_per_second = 0;
    redis::retry_quotas quotas(c, s);
    redis::retry_quota& q = quotas.at("phone_number:1");
    const auto unknown = q.try_acquire(gateway_timeout(), clock_type::now());
    CHECK(unknown.granted);
    CHECK(unknown.spent.milli_tokens == 10000);
    CHECK(q.tokens(clock_type::now()) == Approx(10.0));
    const auto before = c.stats().round_trips;
    for (int i = 0; i < 100; ++i) CHECK(q.try_acquire(throttled(), clock_type::now()).granted);
    CHECK(c.stats().round_trips == before);
}

TEST_CASE("a refund gives back what the retry spent, a first-try success earns the reward, never past the capacity") {
    redis::client c(redis_test::options());
    retry_quota_settings s;
    s.capacity = 12;
    s.reserve_per_second = 0;
    redis::retry_quotas quotas(c, s);
    redis::retry_quota& q = quotas.at("phone_number:1");
    const auto first = q.try_acquire(server_error(), clock_type::now());
    const auto second = q.try_acquire(server_error(), clock_type::now());
    REQUIRE(first.granted);
    REQUIRE(second.granted);
    const auto third = q.try_acquire(server_error(), clock_type::now());
    CHECK_FALSE(third.granted);
    CHECK(third.wait == seconds(1));  // no reserve: ask again in a second, never "fail"
    q.on_success(&first.spent, clock_type::now());
    CHECK(q.tokens(clock_type::now()) == Approx(7.0));
    q.on_success(nullptr, clock_type::now());
    CHECK(q.tokens(clock_type::now()) == Approx(8.0));
    q.on_success(&second.spent, clock_type::now());
    q.on_success(&second.spent, clock_type::now());  // a ticket handed back twice
    CHECK(q.tokens(clock_type::now()) == Approx(12.0));
    const redis::retry_quota::ticket forged{-1000000};
    q.on_success(&forged, clock_type::now());
    CHECK(q.tokens(clock_type::now()) == Approx(12.0));
}

TEST_CASE("an empty shared quota refills with the server's time") {
    redis::client c(redis_test::options());
    retry_quota_settings s;
    s.capacity = 5;
    s.reserve_per_second = 20;
    redis::retry_quotas quotas(c, s);
    redis::retry_quota& q = quotas.at("phone_number:1");
    REQUIRE(q.try_acquire(server_error(), clock_type::time_point{}).granted);  // the caller's clock is ignored
    const auto denied = q.try_acquire(server_error(), clock_type::time_point::max());
    CHECK_FALSE(denied.granted);
    CHECK(denied.wait > milliseconds(200));
    CHECK(denied.wait <= milliseconds(250));
    std::this_thread::sleep_for(denied.wait + milliseconds(20));
    CHECK(q.try_acquire(server_error(), clock_type::time_point{}).granted);
}

TEST_CASE("quota refunds made by one process are tokens for another") {
    const redis::client_options o = redis_test::options();
    const std::string port = std::to_string(o.port);
    std::string spent;
    REQUIRE(redis_test::run({worker(), "quota-spend", port, o.prefix, "phone_number:1", "20"}, &spent) == 0);
    std::istringstream tickets(spent);
    std::vector<std::string> milli;
    for (std::string t; tickets >> t;) milli.push_back(t);
    REQUIRE(milli.size() == 4);  // 20 tokens at 5 a retry
    CHECK(milli.front() == "5000");

    retry_quota_settings s;
    s.capacity = 20;
    s.reserve_per_second = 0;
    redis::client c(o);
    redis::retry_quotas quotas(c, s);
    redis::retry_quota& q = quotas.at("phone_number:1");
    CHECK(q.tokens(clock_type::now()) == Approx(0.0));
    CHECK_FALSE(q.try_acquire(server_error(), clock_type::now()).granted);

    std::vector<std::string> refund = {worker(), "quota-refund", port, o.prefix, "phone_number:1", "20"};
    refund.insert(refund.end(), milli.begin(), milli.begin() + 2);
    REQUIRE(redis_test::run(refund) == 0);
    CHECK(q.tokens(clock_type::now()) == Approx(10.0));
    CHECK(q.try_acquire(server_error(), clock_type::now()).granted);
}

TEST_CASE("nonsense quota settings fall back to the in-process quota's defaults") {
    retry_quota_settings s;
    s.capacity = std::numeric_limits<double>::quiet_NaN();
    s.retry_cost = -3;
    s.reserve_per_second = std::numeric_limits<double>::infinity();
    redis::client c(redis_test::options());
    redis::retry_quotas quotas(c, s);
    redis::retry_quota& q = quotas.at("phone_number:1");
    CHECK(q.tokens(clock_type::now()) == Approx(500.0));
    const auto g = q.try_acquire(server_error(), clock_type::now());
    CHECK(g.granted);
    CHECK(g.spent.milli_tokens == 5000);
}

TEST_CASE("quota keys carry the prefix and expire once time alone would have filled them") {
    redis::client_options o = redis_test::options();
    o.idle_expiry = seconds(2);
    redis::client c(o);
    retry_quota_settings s;
    s.capacity = 100;
    s.reserve_per_second = 10;
    redis::retry_quotas quotas(c, s);
    (void)quotas.at("phone_number:1").try_acquire(server_error(), clock_type::now());
    redis_test::raw r;
    const long long ttl = r.integer({"PTTL", o.prefix + "quota:phone_number:{1}"});
    CHECK(ttl > 2000);
    CHECK(ttl <= 2000 + 500);  // 5 tokens at 10/s, then the idle expiry
}

TEST_CASE("a quota's local share divides by the live fleet count, not by the count when it was made") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = redis_test::options(server.port());
    o.expected_fleet_size = 4;
    o.command_timeout = milliseconds(100);
    o.connect_timeout = milliseconds(100);
    o.heartbeat_interval = milliseconds(40);
    redis::client a(o), b(o);
    retry_quota_settings s;
    s.capacity = 20;
    s.reserve_per_second = 0;
    redis::retry_quotas quotas(a, s), others(b, s);
    redis::retry_quota& q = quotas.at("phone_number:1");  // made while the count is the guess of 4
    REQUIRE(a.fleet_size() == 4);
    for (int beat = 0; beat < 2; ++beat) {  // the second beat confirms the count under the guess
        std::this_thread::sleep_for(milliseconds(50));
        (void)q.tokens(clock_type::now());
        (void)others.at("phone_number:1").tokens(clock_type::now());
    }
    REQUIRE(a.live_fleet() == 2);

    server.stop(SIGKILL);
    CHECK(q.tokens(clock_type::now()) == Approx(10.0));  // 20 over the 2 live workers
    int granted = 0;
    redis::retry_quota::grant last;
    while ((last = q.try_acquire(server_error(), clock_type::now())).granted && granted < 100) ++granted;
    CHECK(q.answered_locally());
    CHECK(granted == 2);             // 10 tokens at 5 a retry; a share of 20 / 4 would have allowed 1
    CHECK(last.wait == seconds(1));  // no reserve: only refunds refill, ask again in a second
    const redis::retry_quota::ticket refund{5000};
    q.on_success(&refund, clock_type::now());
    CHECK(q.tokens(clock_type::now()) == Approx(5.0));
    CHECK(q.try_acquire(server_error(), clock_type::now()).granted);
}
