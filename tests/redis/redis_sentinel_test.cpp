// SPDX-License-Identifier: MIT
// redis/client.hpp with Redis Sentinel and address lists: the master found through the sentinels
// (skipping those that don't answer), followed through a failover; an address list that passes
// over a server that is down or a replica. Against the fixture's master, replica and sentinel,
// and a group of its own for the failover.
#include <chrono>
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

namespace {

// Sentinel fixture: the sentinel, the master, the replica.
std::vector<int> sentinel_ports() { return redis_test::fixture_ports(WA_ERRORS_REDIS_SENTINEL_STATE); }

redis::client_options through_sentinel(std::vector<int> sentinels) {
    redis::client_options o = redis_test::options(0);
    o.sentinel.master_name = redis_test::sentinel_master;
    for (const int p : sentinels) o.sentinel.sentinels.push_back(redis::address{"127.0.0.1", p});
    return o;
}

}  // namespace

TEST_CASE("through Sentinel, the client finds the master and its answers come from it") {
    const std::vector<int> ports = sentinel_ports();
    redis::client c(through_sentinel({ports[0]}));
    REQUIRE(c.state() == redis::connection_state::connected);
    redis::pacer p(c, "phone_number:1", redis_test::pace(1000, 1000));
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(p.answered_locally());
    CHECK(c.server_for(p.redis_key()).port == ports[1]);
    CHECK(c.stats().topology_reads == 1);
    CHECK(redis_test::raw(ports[1]).integer({"EXISTS", p.redis_key()}) == 1);
}

TEST_CASE("a sentinel that doesn't answer is skipped for the next one in the list") {
    const std::vector<int> ports = sentinel_ports();
    redis::client c(through_sentinel({redis_test::free_port(), ports[0]}));
    CHECK(c.state() == redis::connection_state::connected);
    CHECK(c.server_for("x").port == ports[1]);
}

TEST_CASE("a master name no sentinel knows leaves the client unreachable, saying which name") {
    redis::client_options o = through_sentinel({sentinel_ports()[0]});
    o.sentinel.master_name = "no_such_master";
    redis::client c(o);
    redis::pacer p(c, "phone_number:1", redis_test::pace(1000, 1000));
    (void)p.try_acquire(pacing_clock::now());
    CHECK(p.answered_locally());
    CHECK(c.state() == redis::connection_state::unreachable);
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("no_such_master"));
}

TEST_CASE("sentinel options without a sentinel are unreachable, saying why") {
    redis::client_options o = through_sentinel({});
    redis::client c(o);
    CHECK(c.state() == redis::connection_state::unreachable);
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("sentinels is empty"));
}

TEST_CASE("an address list passes over a replica to the master") {
    const std::vector<int> ports = sentinel_ports();
    redis::client_options o = redis_test::options(0);
    o.addresses = {redis::address{"127.0.0.1", ports[2]}, redis::address{"127.0.0.1", ports[1]}};
    redis::client c(o);
    redis::pacer p(c, "phone_number:1", redis_test::pace(1000, 1000));
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(p.answered_locally());
    CHECK(c.server_for(p.redis_key()).port == ports[1]);
}

TEST_CASE("an address list whose first server is down connects to the next") {
    redis::client_options o = redis_test::options(0);
    const int master = sentinel_ports()[1];
    o.addresses = {redis::address{"127.0.0.1", redis_test::free_port()}, redis::address{"127.0.0.1", master}};
    redis::client c(o);
    CHECK(c.state() == redis::connection_state::connected);
    CHECK(c.server_for("x").port == master);
}

TEST_CASE("after a Sentinel failover the client follows the promoted replica") {
    redis_test::server_group group;
    redis_test::start_sentinel_group(group, WA_ERRORS_REDIS_SERVER);
    const int sentinel = group.at(0).port, master = group.at(1).port, replica = group.at(2).port;
    redis::client_options o = through_sentinel({sentinel});
    o.reconnect_min = milliseconds(20);
    o.reconnect_max = milliseconds(200);
    redis::client c(o);
    redis::pacer p(c, "phone_number:1", redis_test::pace(1000, 1000));
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    REQUIRE(c.server_for(p.redis_key()).port == master);

    // A failover the sentinel runs at once: the replica is promoted, the master demoted.
    // (Retried: the sentinel may not have judged the replica fit yet.)
    REQUIRE(redis_test::wait_for(
        [&] {
            return redis_test::raw(sentinel).status({"SENTINEL", "FAILOVER", redis_test::sentinel_master}) == "OK";
        },
        seconds(15)));
    const bool followed = redis_test::wait_for(
        [&] {
            (void)p.try_acquire(pacing_clock::now());
            return !p.answered_locally() && c.server_for(p.redis_key()).port == replica;
        },
        seconds(20));
    CHECK(followed);
    CHECK(c.state() == redis::connection_state::connected);
    CHECK(c.stats().topology_reads >= 2);
}
