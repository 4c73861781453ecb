// SPDX-License-Identifier: MIT
// redis/cluster_slots.hpp and redis/client.hpp on Redis Cluster: slots computed as the servers
// compute them; each key sent to the master owning its slot; MOVED and ASK followed (and bounded);
// a client not told it is on a cluster saying so; round trips and local answers told to
// client_options::watch. Against the fixture's three-master cluster.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/observer.hpp>
#include <wa_errors/redis.hpp>
#include <wa_errors/redis/cluster_slots.hpp>
#include <wa_errors/wa_errors.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

std::vector<int> cluster_ports() { return redis_test::fixture_ports(WA_ERRORS_REDIS_CLUSTER_STATE); }

redis::client_options on_cluster() {
    redis::client_options o = redis_test::options(0);
    o.cluster = true;
    for (const int p : cluster_ports()) o.addresses.push_back(redis::address{"127.0.0.1", p});
    return o;
}

// The node id of the master on `port` (CLUSTER MYID).
std::string node_id(int port) { return redis_test::raw(port).status({"CLUSTER", "MYID"}); }

// A key of this test whose slot belongs to the master on `port` and holds no key yet.
// A pacer's scope key whose Redis key (tagged as keys.hpp does) is in an empty slot of the node on `port`.
std::string scope_on(redis::client& c, int port, const std::string& stem) {
    for (int i = 0;; ++i) {
        const std::string scope = stem + std::to_string(i);
        const std::string key = redis::tagged_key(c.options().prefix, "pace", scope);
        if (c.server_for(key).port == port &&
            redis_test::raw(port).integer({"CLUSTER", "COUNTKEYSINSLOT", std::to_string(redis::key_slot(key))}) == 0)
            return scope;
    }
}

void assign_slot(std::uint16_t slot, const std::string& owner) {
    for (const int p : cluster_ports())
        REQUIRE(redis_test::raw(p).status({"CLUSTER", "SETSLOT", std::to_string(slot), "NODE", owner}) == "OK");
}

// Counts what the client reports.
struct counting_observer : observer {
    std::atomic<std::uint64_t> round_trips{0}, answered{0}, local{0};
    std::atomic<std::int64_t> slowest_ns{0};
    void on_round_trip(std::chrono::nanoseconds latency, bool ok) override {
        ++round_trips;
        if (ok) ++answered;
        if (latency.count() > slowest_ns) slowest_ns = latency.count();
    }
    void on_local_answer(std::string_view why) override {
        if (!why.empty()) ++local;
    }
};

}  // namespace

TEST_CASE("a key's slot is the one CLUSTER KEYSLOT answers, for plain keys, hash tags and odd braces") {
    std::vector<std::string> keys{"",
                                  "foo",
                                  "123456789",
                                  "{}",
                                  "{}x",
                                  "x{}y{z}",
                                  "{a}{b}",
                                  "{",
                                  "}{a}",
                                  "{{a}}",
                                  "a{b",
                                  "wa_errors:pace:phone_number:1",
                                  "{1}:pace:phone_number:1"};
    std::mt19937 random(20261203);
    std::uniform_int_distribution<int> byte(0, 255), length(0, 40), brace(0, 9);
    for (int i = 0; i < 2000; ++i) {
        std::string key;
        const int n = length(random);
        for (int j = 0; j < n; ++j) {
            const int b = brace(random);  // braces often, so that tags of every shape occur
            key += b == 0 ? '{' : b == 1 ? '}' : static_cast<char>(byte(random));
        }
        keys.push_back(key);
    }
    redis_test::raw node(cluster_ports().front());
    for (const std::string& key : keys) {
        INFO("key of " << key.size() << " bytes: " << key);
        CHECK(node.integer({"CLUSTER", "KEYSLOT", key}) == redis::key_slot(key));
    }
}

TEST_CASE("on a cluster, each key goes to the master owning its slot, without a redirection") {
    redis::client c(on_cluster());
    REQUIRE(c.state() == redis::connection_state::connected);
    REQUIRE(c.stats().topology_reads == 1);
    redis::pacers pacers(c, redis_test::pace(1000, 1000));
    std::set<int> nodes;
    for (int i = 0; i < 60; ++i) {
        redis::pacer& p = pacers.at("phone_number:" + std::to_string(i));
        CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
        REQUIRE_FALSE(p.answered_locally());
        const int port = c.server_for(p.redis_key()).port;
        nodes.insert(port);
        // The key is on that node, and that node owns it.
        CHECK(redis_test::raw(port).integer({"EXISTS", p.redis_key()}) == 1);
    }
    CHECK(nodes.size() == 3);
    CHECK(c.stats().redirects == 0);
    CHECK(c.stats().local_answers == 0);
}

TEST_CASE("a slot being migrated is followed with ASKING, a moved slot with MOVED and a fresh map") {
    redis::client_options o = on_cluster();
    o.reconnect_min = milliseconds(1);  // the pace at which the map may be reread
    redis::client c(o);
    const std::vector<int> ports = cluster_ports();
    const std::string scope = scope_on(c, ports[0], "migrating:");
    const std::string key = redis::tagged_key(c.options().prefix, "pace", scope);
    const auto slot = redis::key_slot(key);
    const std::string source = node_id(ports[0]), target = node_id(ports[1]);
    redis::client_options strict = on_cluster();
    strict.max_redirects = 0;
    strict.prefix = c.options().prefix;
    redis::client unfollowing(strict);
    redis::pacer p(c, scope, redis_test::pace(1000, 1000));
    redis::pacer q(unfollowing, scope, redis_test::pace(1000, 1000));
    REQUIRE(p.redis_key() == key);

    // Migrating: the source answers ASK for a key it doesn't hold; the target takes it after ASKING.
    REQUIRE(redis_test::raw(ports[1]).status({"CLUSTER", "SETSLOT", std::to_string(slot), "IMPORTING", source}) ==
            "OK");
    REQUIRE(redis_test::raw(ports[0]).status({"CLUSTER", "SETSLOT", std::to_string(slot), "MIGRATING", target}) ==
            "OK");
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(p.answered_locally());
    CHECK(c.stats().redirects == 1);
    CHECK(c.server_for(key).port == ports[0]);  // ASK moves one command, not the slot

    // Moved: the source answers MOVED; the client follows, learns the new owner and rereads the map.
    assign_slot(slot, target);
    const auto reads = c.stats().topology_reads;
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(p.answered_locally());
    CHECK(c.stats().redirects == 2);
    CHECK(c.server_for(key).port == ports[1]);
    CHECK(redis_test::raw(ports[1]).integer({"EXISTS", key}) == 1);  // made there after ASKING
    CHECK(c.stats().topology_reads == reads + 1);
    CHECK(c.state() == redis::connection_state::connected);

    // A client allowed no redirection answers locally, and says so.
    (void)q.try_acquire(pacing_clock::now());
    CHECK(q.answered_locally());
    CHECK(unfollowing.state() == redis::connection_state::error_replies);
    CHECK_THAT(unfollowing.last_error(), Catch::Matchers::Contains("MOVED"));

    // The slot back to its owner, without the key, as the fixture was.
    redis_test::raw(ports[1]).integer({"DEL", key});
    assign_slot(slot, source);
}

TEST_CASE("a client not told it is on a cluster answers locally on MOVED, with error_replies and a hint") {
    const std::vector<int> ports = cluster_ports();
    redis::client router(on_cluster());
    redis::client_options o = redis_test::options(ports[0]);
    o.prefix = router.options().prefix;
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 1000));
    int moved = 0;
    for (int i = 0; i < 30; ++i) {
        redis::pacer& p = pacers.at("phone_number:" + std::to_string(i));
        (void)p.try_acquire(pacing_clock::now());
        if (router.server_for(p.redis_key()).port == ports[0]) {
            CHECK_FALSE(p.answered_locally());
        } else {
            ++moved;
            CHECK(p.answered_locally());
            CHECK(c.state() == redis::connection_state::error_replies);
            CHECK_THAT(c.last_error(),
                       Catch::Matchers::Contains("MOVED") && Catch::Matchers::Contains("client_options::cluster"));
        }
    }
    CHECK(moved > 0);
    CHECK(c.stats().local_answers == static_cast<std::uint64_t>(moved));
}

TEST_CASE("client_options::watch is told of every round trip and every local answer") {
    counting_observer watch;
    redis::client_options o = on_cluster();
    o.watch = &watch;
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 1000));
    for (int i = 0; i < 20; ++i) (void)pacers.at("phone_number:" + std::to_string(i)).try_acquire(pacing_clock::now());
    CHECK(watch.round_trips == c.stats().round_trips);
    CHECK(watch.answered == c.stats().round_trips);
    CHECK(watch.slowest_ns > 0);
    CHECK(watch.local == 0);

    redis::client_options down = redis_test::options(redis_test::free_port());
    down.watch = &watch;
    redis::client unreachable(down);
    redis::pacer p(unreachable, "phone_number:1", redis_test::pace(1000, 1000));
    for (int i = 0; i < 5; ++i) (void)p.try_acquire(pacing_clock::now());
    CHECK(watch.local == 5);
    CHECK(unreachable.stats().local_answers == 5);
}

TEST_CASE("on a cluster, the heartbeat goes to its own slot's master and a send's keys to their number's") {
    redis::client_options o = on_cluster();
    o.heartbeat_interval = milliseconds(50);
    redis::client a(o), b(o);
    const std::string fleet = redis::fleet_key(o.prefix);
    const int fleet_port = a.server_for(fleet).port;
    std::string number;
    for (int i = 0; number.empty(); ++i) {
        const std::string candidate = std::to_string(1000 + i);
        if (a.server_for(redis::tagged_key(o.prefix, "pace", "phone_number:" + candidate)).port != fleet_port)
            number = candidate;
    }
    redis::pacers numbers_a(a, redis_test::pace(1000, 1000)), pairs_a(a, redis_test::pace(1000, 1000)),
        numbers_b(b, redis_test::pace(1000, 1000)), pairs_b(b, redis_test::pace(1000, 1000));
    redis::pause_board board_a(a), board_b(b);
    redis::send_gate gate_a(numbers_a, pairs_a, board_a), gate_b(numbers_b, pairs_b, board_b);
    for (int round = 0; round < 2; ++round) {
        std::this_thread::sleep_for(milliseconds(60));  // a heartbeat due in each client
        CHECK(gate_a.before_send(send_kind::free_form, number, "u1", pacing_clock::now()).go);
        CHECK_FALSE(gate_a.answered_locally());
        CHECK(gate_b.before_send(send_kind::free_form, number, "u2", pacing_clock::now()).go);
        CHECK_FALSE(gate_b.answered_locally());
    }
    CHECK(a.live_fleet() == 2);
    CHECK(redis_test::raw(fleet_port).integer({"HLEN", fleet}) == 2);
    CHECK(a.stats().redirects == 0);
    CHECK(a.stats().local_answers == 0);
    CHECK(b.stats().local_answers == 0);
}
