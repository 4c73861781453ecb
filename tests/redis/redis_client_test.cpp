// SPDX-License-Identifier: MIT
// redis/client.hpp: when Redis is down, slow, restarted or has lost its scripts, operations
// answer from the local share without throwing or waiting past the timeouts, say so, and go back
// to Redis when it returns.
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
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

// Tells which states the client announced, in order.
struct state_log {
    std::mutex mutex;
    std::vector<redis::connection_state> seen;
    void attach(redis::client_options& o) {
        o.on_state_change = [this](redis::connection_state s, std::string_view) {
            const std::lock_guard<std::mutex> lock(mutex);
            seen.push_back(s);
        };
    }
    std::vector<redis::connection_state> get() {
        const std::lock_guard<std::mutex> lock(mutex);
        return seen;
    }
};

redis::client_options quick(int port) {
    redis::client_options o = redis_test::options(port);
    o.connect_timeout = milliseconds(100);
    o.command_timeout = milliseconds(100);
    o.reconnect_min = milliseconds(20);
    o.reconnect_max = milliseconds(200);
    return o;
}

// Asks until an answer comes from Redis again (bounded, so that a broken reconnect fails).
bool recovers(redis::pacer& p) {
    const auto until = std::chrono::steady_clock::now() + seconds(10);
    while (std::chrono::steady_clock::now() < until) {
        (void)p.try_acquire(pacing_clock::now());
        if (!p.answered_locally()) return true;
        std::this_thread::sleep_for(milliseconds(5));
    }
    return false;
}

using redis::connection_state;

}  // namespace

TEST_CASE("a script argument is a number's shortest exact text, whole numbers without a fraction") {
    const auto text = [](double number) {
        const redis::script_arg arg(number);
        return std::string(arg.data(), arg.size());
    };
    CHECK(text(0) == "0");
    CHECK(text(1) == "1");
    CHECK(text(60000) == "60000");
    CHECK(text(1751142888000000.0) == "1751142888000000");  // a tat in microseconds, past 1e15
    CHECK(text(999999999999999.0) == "999999999999999");
    CHECK(text(0.5) == "0.5");
    CHECK(text(-3) == "-3");
    CHECK(text(1e300) == "1.0000000000000001e+300");
    const redis::script_arg op(std::string_view("charge"));
    CHECK(std::string(op.data(), op.size()) == "charge");
}

TEST_CASE("Redis unreachable from the start: every answer comes from this worker's share, and says so") {
    redis::client_options o = quick(redis_test::free_port());  // nobody listens there
    state_log log;
    log.attach(o);
    redis::client c(o);
    CHECK(c.state() == connection_state::unreachable);
    CHECK_FALSE(c.last_error().empty());
    CHECK(log.get() == std::vector<connection_state>{connection_state::unreachable});

    redis::pacers pacers(c, pace_settings::documented(retry_scope::phone_number, 1.0));
    redis::pacer& p = pacers.at("phone_number:1");
    // The share (80/s over an expected fleet of 4) starts empty: no burst, the first slot one
    // share interval away, then one slot per interval.
    const auto first = p.try_acquire(pacing_clock::now());
    CHECK(first.count() > 0);
    CHECK(first <= milliseconds(50));
    std::this_thread::sleep_for(first);
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK(p.try_acquire(pacing_clock::now()).count() > 0);
    CHECK(p.answered_locally());
    CHECK(p.rate() == Approx(20));

    redis::retry_quotas quotas(c, retry_quota_settings{});
    CHECK(quotas.at("phone_number:1").tokens(redis::retry_quota::clock::now()) == Approx(125));
    CHECK(quotas.at("phone_number:1").answered_locally());

    redis::pause_board board(c);
    const auto now = redis::pause_board::clock::now();
    board.pause_for("phone_number:1", now, seconds(30), *find(130429));
    const auto paused = board.paused("phone_number:1", now);
    CHECK(board.answered_locally());
    REQUIRE(paused.has_value());  // the worker still honours the pauses it learned itself
    CHECK(paused->until == now + seconds(30));
    CHECK(c.stats().script_runs == 0);
    CHECK(c.stats().local_answers > 0);
}

TEST_CASE(
    "Redis killed mid-run: the fallback engages, and the run goes back to Redis when it restarts on the same port") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = quick(server.port());
    state_log log;
    log.attach(o);
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    for (int i = 0; i < 20; ++i) (void)p.try_acquire(pacing_clock::now());
    CHECK_FALSE(p.answered_locally());
    CHECK(c.state() == connection_state::connected);

    server.stop(SIGKILL);
    const auto outage_start = std::chrono::steady_clock::now();
    int local = 0;
    while (std::chrono::steady_clock::now() < outage_start + milliseconds(300)) {
        (void)p.try_acquire(pacing_clock::now());  // never throws, never hangs
        local += p.answered_locally() ? 1 : 0;
    }
    CHECK(local > 0);
    CHECK(p.answered_locally());
    CHECK(c.state() == connection_state::unreachable);
    CHECK(c.live_fleet() == o.expected_fleet_size);  // one beat, counting 1: a count under the guess waits for the next
    CHECK(p.rate() == Approx(1000.0 / c.fleet_size()));  // this worker's share

    REQUIRE(server.start());
    CHECK(recovers(p));
    CHECK(c.state() == connection_state::connected);
    CHECK(c.stats().connects == 2);
    CHECK(log.get() == std::vector<connection_state>{connection_state::connected, connection_state::unreachable,
                                                     connection_state::connected});
}

TEST_CASE("Redis too slow: an operation gives up at the command timeout and answers locally") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client c(quick(server.port()));
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    (void)p.try_acquire(pacing_clock::now());
    REQUIRE_FALSE(p.answered_locally());

    server.signal(SIGSTOP);  // the server still accepts connections but answers nothing
    const auto asked = std::chrono::steady_clock::now();
    (void)p.try_acquire(pacing_clock::now());
    const auto waited = std::chrono::steady_clock::now() - asked;
    CHECK(p.answered_locally());
    CHECK(c.state() == connection_state::unreachable);
    CHECK(waited < seconds(2));  // bounded by the command timeout (100 ms), not forever
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("temporarily unavailable") ||
                                   Catch::Matchers::Contains("timed out") || Catch::Matchers::Contains("Timeout"));

    server.signal(SIGCONT);
    CHECK(recovers(p));
}

TEST_CASE("a flushed script cache is refilled with EVAL, after which EVALSHA works again") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client c(quick(server.port()));
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    redis_test::raw(server.port()).status({"SCRIPT", "FLUSH"});

    const auto before = c.stats();
    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(p.answered_locally());
    const auto after = c.stats();
    CHECK(after.script_reloads == before.script_reloads + 1);
    CHECK(after.round_trips == before.round_trips + 2);  // NOSCRIPT, then EVAL

    CHECK(p.try_acquire(pacing_clock::now()).count() == 0);
    CHECK(c.stats().round_trips == after.round_trips + 1);
    CHECK(c.stats().script_reloads == after.script_reloads);
}

TEST_CASE("threads sharing one client take turns on its connection and share one bucket") {
    redis::client c(redis_test::options());
    pace_settings s;
    s.per_second = 1.0 / 60;
    s.burst = 50;
    redis::pacers pacers(c, s);
    std::atomic<int> granted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i)
                if (pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0) ++granted;
        });
    }
    for (auto& t : threads) t.join();
    CHECK(c.stats().local_answers == 0);
    CHECK(granted == 50);
}

TEST_CASE("a Redis error answer is answered locally and reported, without dropping the connection") {
    const redis::client_options o = redis_test::options();
    redis_test::raw(redis_test::port()).status({"SET", o.prefix + "pace:phone_number:{1}", "not a hash"});
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() > 0);  // the share starts empty
    CHECK(pacers.at("phone_number:1").answered_locally());
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("WRONGTYPE"));
    CHECK(c.state() == connection_state::error_replies);
    CHECK(pacers.at("phone_number:2").try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(pacers.at("phone_number:2").answered_locally());
    CHECK(c.state() == connection_state::connected);
    CHECK(c.stats().connects == 1);
}

TEST_CASE("options that would wait forever or divide by zero are replaced by bounded ones") {
    redis::client_options o = quick(redis_test::free_port());
    o.connect_timeout = milliseconds(0);
    o.command_timeout = milliseconds(-5);
    o.reconnect_min = milliseconds(0);
    o.reconnect_max = std::chrono::hours(100);
    o.idle_expiry = milliseconds(-1);
    o.expected_fleet_size = 0;
    redis::client c(o);
    CHECK(c.options().connect_timeout == milliseconds(200));
    CHECK(c.options().command_timeout == milliseconds(100));
    CHECK(c.options().reconnect_min == milliseconds(100));
    CHECK(c.options().reconnect_max == milliseconds(5000));
    CHECK(c.options().idle_expiry > milliseconds(0));
    CHECK(c.fleet_size() == 1);
}

TEST_CASE("a bad address fails at once into the local share") {
    for (const char* host : {"256.1.1.1", "", "127.0.0.1"}) {
        redis::client_options o = quick(redis_test::free_port());
        o.host = host;
        if (std::string(host) == "127.0.0.1") o.port = 70000;
        INFO("host " << host << " port " << o.port);
        redis::client c(o);
        CHECK(c.state() == connection_state::unreachable);
        redis::pacers pacers(c, redis_test::pace(1000, 100));
        CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() > 0);  // the share starts empty
        CHECK(pacers.at("phone_number:1").answered_locally());
    }
}

TEST_CASE("a write to a closed connection doesn't raise SIGPIPE in the process") {
    const auto previous = std::signal(SIGPIPE, SIG_DFL);  // the default kills the process
    int fds[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    close(fds[1]);
    {
        const redis::sigpipe_guard guard;
        CHECK(write(fds[0], "x", 1) == -1);
        CHECK(errno == EPIPE);
    }
    sigset_t pending;
    sigemptyset(&pending);
    sigpending(&pending);
    CHECK(sigismember(&pending, SIGPIPE) == 0);
    close(fds[0]);
    std::signal(SIGPIPE, previous);
}

namespace {

// The last state announced, and that the client says so too.
bool reports(const redis::client& c, state_log& log, connection_state s) {
    const auto seen = log.get();
    return c.state() == s && !seen.empty() && seen.back() == s;
}

}  // namespace

TEST_CASE("Redis out of memory: state() says error_replies with Redis' OOM text, and connected once it answers again") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);  // its own: maxmemory must not touch other tests
    redis::client_options o = quick(server.port());
    state_log log;
    log.attach(o);
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    (void)p.try_acquire(pacing_clock::now());
    REQUIRE_FALSE(p.answered_locally());
    REQUIRE(c.state() == connection_state::connected);

    redis_test::raw admin(server.port());
    REQUIRE(admin.status({"CONFIG", "SET", "maxmemory-policy", "noeviction"}) == "OK");
    REQUIRE(admin.status({"CONFIG", "SET", "maxmemory", "1"}) == "OK");  // every write is now refused
    (void)p.try_acquire(pacing_clock::now());
    CHECK(p.answered_locally());
    CHECK(reports(c, log, connection_state::error_replies));
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("OOM"));
    CHECK(to_string(c.state()) == "error_replies");
    const auto connects = c.stats().connects;

    REQUIRE(admin.status({"CONFIG", "SET", "maxmemory", "0"}) == "OK");  // restored: no limit
    (void)p.try_acquire(pacing_clock::now());
    CHECK_FALSE(p.answered_locally());
    CHECK(reports(c, log, connection_state::connected));
    CHECK(c.stats().connects == connects);  // the connection was never dropped
    CHECK(log.get() == std::vector<connection_state>{connection_state::connected, connection_state::error_replies,
                                                     connection_state::connected});
}

TEST_CASE("a read-only replica's READONLY answers are error_replies too, for every kind of operation") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = quick(server.port());
    state_log log;
    log.attach(o);
    redis::client c(o);
    redis::retry_quotas quotas(c, retry_quota_settings{});
    redis::retry_quota& quota = quotas.at("phone_number:1");
    (void)quota.tokens(redis::retry_quota::clock::now());
    REQUIRE_FALSE(quota.answered_locally());

    redis_test::raw admin(server.port());
    // A replica of a master that isn't there: it keeps its data and refuses every write.
    REQUIRE(admin.status({"REPLICAOF", "127.0.0.1", std::to_string(redis_test::free_port())}) == "OK");
    (void)quota.tokens(redis::retry_quota::clock::now());
    CHECK(quota.answered_locally());
    CHECK(reports(c, log, connection_state::error_replies));
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("READONLY"));

    REQUIRE(admin.status({"REPLICAOF", "NO", "ONE"}) == "OK");
    (void)quota.tokens(redis::retry_quota::clock::now());
    CHECK_FALSE(quota.answered_locally());
    CHECK(reports(c, log, connection_state::connected));
}

TEST_CASE("a script cache lost on consecutive operations is error_replies; one loss is a normal reload") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = quick(server.port());
    state_log log;
    log.attach(o);
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    redis_test::raw admin(server.port());

    REQUIRE(admin.status({"SCRIPT", "FLUSH"}) == "OK");
    (void)p.try_acquire(pacing_clock::now());  // one loss: reloaded, answered by Redis
    CHECK_FALSE(p.answered_locally());
    CHECK(c.stats().script_reloads == 1);
    CHECK(reports(c, log, connection_state::connected));

    (void)p.try_acquire(pacing_clock::now());  // the cache holds again
    REQUIRE(admin.status({"SCRIPT", "FLUSH"}) == "OK");
    (void)p.try_acquire(pacing_clock::now());
    REQUIRE(admin.status({"SCRIPT", "FLUSH"}) == "OK");
    (void)p.try_acquire(pacing_clock::now());  // the second operation in a row to need a reload
    CHECK(c.stats().script_reloads == 3);
    CHECK(reports(c, log, connection_state::error_replies));
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("NOSCRIPT"));

    (void)p.try_acquire(pacing_clock::now());  // no flush in between: the storm is over
    CHECK(reports(c, log, connection_state::connected));
}
