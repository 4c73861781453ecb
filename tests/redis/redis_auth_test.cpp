// SPDX-License-Identifier: MIT
// redis/client.hpp against a password-protected Redis (the `auth` fixture: requirepass and an ACL
// user): AUTH and SELECT on every (re)connect, a refused login as a state of its own, answered
// locally and counted as such, and no secret in what the client reports.
#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using redis::connection_state;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// Every state announced, with its reason, in order.
struct state_log {
    std::mutex mutex;
    std::vector<connection_state> seen;
    std::vector<std::string> reasons;
    void attach(redis::client_options& o) {
        o.on_state_change = [this](connection_state s, std::string_view reason) {
            const std::lock_guard<std::mutex> lock(mutex);
            seen.emplace_back(s);
            reasons.emplace_back(reason);
        };
    }
    std::vector<connection_state> states() {
        const std::lock_guard<std::mutex> lock(mutex);
        return seen;
    }
    std::string all_reasons() {
        const std::lock_guard<std::mutex> lock(mutex);
        std::string out;
        for (const std::string& r : reasons) out += r + '\n';
        return out;
    }
};

redis::client_options with_credentials(std::string username, std::string password) {
    redis::client_options o = redis_test::options();
    o.username = std::move(username);
    o.password = std::move(password);
    o.reconnect_min = milliseconds(20);
    o.reconnect_max = milliseconds(100);
    return o;
}

// Logs a raw connection in as the default user, for looking at keys and managing ACL users.
void login(redis_test::raw& r) {
    if (r.status({"AUTH", redis_test::auth::password}) != "OK") throw std::runtime_error("the fixture refused AUTH");
}

// Asks until an answer comes from Redis (bounded, so that a broken reconnect fails).
bool answers_from_redis(redis::pacer& p) {
    const auto until = std::chrono::steady_clock::now() + seconds(10);
    while (std::chrono::steady_clock::now() < until) {
        (void)p.try_acquire(pacing_clock::now());
        if (!p.answered_locally()) return true;
        std::this_thread::sleep_for(milliseconds(5));
    }
    return false;
}

}  // namespace

TEST_CASE("the default user's password lets the client in, within the one handshake round trip") {
    redis::client c(with_credentials("", redis_test::auth::password));
    CHECK(c.state() == connection_state::connected);
    CHECK(c.stats().connects == 1);
    CHECK(c.stats().round_trips == 1);  // AUTH pipelined with SCRIPT LOAD
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(pacers.at("phone_number:1").answered_locally());
    CHECK(c.stats().local_answers == 0);
}

TEST_CASE("an ACL user with its password lets the client in as that user") {
    redis::client c(with_credentials(redis_test::auth::user, redis_test::auth::user_password));
    CHECK(c.state() == connection_state::connected);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0);
    CHECK_FALSE(pacers.at("phone_number:1").answered_locally());
    // The same password without the user name is the default user's, and wrong for it.
    redis::client without_user(with_credentials("", redis_test::auth::user_password));
    CHECK(without_user.state() == connection_state::auth_failed);
}

TEST_CASE("refused credentials are auth_failed, named in last_error without the password, and answered locally") {
    struct credentials {
        std::string username, password;
    };
    const std::vector<credentials> table{
        {"", "not-the-password-1"},                      // wrong password for the default user
        {redis_test::auth::user, "not-the-password-2"},  // wrong password for the ACL user
        {"nobody", redis_test::auth::user_password},     // no such user
    };
    for (const credentials& k : table) {
        INFO("user '" << k.username << "'");
        redis::client_options o = with_credentials(k.username, k.password);
        state_log log;
        log.attach(o);
        redis::client c(o);
        CHECK(c.state() == connection_state::auth_failed);
        CHECK(to_string(c.state()) == "auth_failed");
        CHECK_THAT(c.last_error(), Catch::Matchers::Contains("AUTH refused") &&
                                       Catch::Matchers::Contains("WRONGPASS") &&
                                       !Catch::Matchers::Contains(k.password));
        CHECK_THAT(log.all_reasons(), !Catch::Matchers::Contains(k.password));

        redis::pacers pacers(c, redis_test::pace(1000, 100));
        redis::pacer& p = pacers.at("phone_number:1");
        const int asked = 50;
        for (int i = 0; i < asked; ++i) {
            (void)p.try_acquire(pacing_clock::now());
            CHECK(p.answered_locally());
            std::this_thread::sleep_for(milliseconds(3));  // past the backoff: reconnects are tried too
        }
        const redis::client_stats s = c.stats();
        CHECK(s.local_answers == static_cast<std::uint64_t>(asked));
        CHECK(s.script_runs == 0);
        CHECK(s.connects == 0);
        CHECK(s.failed_connects >= 2);
        CHECK(c.state() == connection_state::auth_failed);
        const auto states = log.states();
        CHECK(std::find(states.begin(), states.end(), connection_state::connected) == states.end());
    }
}

TEST_CASE("no password against a server that needs one is auth_failed with Redis' NOAUTH, not unreachable") {
    redis::client c(with_credentials("", ""));
    CHECK(c.state() == connection_state::auth_failed);
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("NOAUTH"));
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    (void)pacers.at("phone_number:1").try_acquire(pacing_clock::now());
    CHECK(pacers.at("phone_number:1").answered_locally());
    CHECK(c.stats().local_answers == 1);
}

TEST_CASE("SELECT 3 keeps the client's keys in database 3 and out of database 0") {
    redis::client_options o = with_credentials(redis_test::auth::user, redis_test::auth::user_password);
    o.database = 3;
    redis::client c(o);
    REQUIRE(c.state() == connection_state::connected);
    CHECK(c.stats().round_trips == 1);  // AUTH, SELECT and SCRIPT LOAD in one round trip
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0);
    REQUIRE_FALSE(pacers.at("phone_number:1").answered_locally());

    redis_test::raw look;
    login(look);
    const std::string key = o.prefix + "pace:phone_number:{1}";
    CHECK(look.integer({"EXISTS", key}) == 0);  // database 0
    REQUIRE(look.status({"SELECT", "3"}) == "OK");
    CHECK(look.integer({"EXISTS", key}) == 1);
}

TEST_CASE("a database the server doesn't have is error_replies naming SELECT, and answered locally") {
    redis::client_options o = with_credentials("", redis_test::auth::password);
    o.database = 4000;  // the fixture has the default 16
    redis::client c(o);
    CHECK(c.state() == connection_state::error_replies);
    CHECK_THAT(c.last_error(), Catch::Matchers::Contains("SELECT 4000") && Catch::Matchers::Contains("out of range"));
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    (void)pacers.at("phone_number:1").try_acquire(pacing_clock::now());
    CHECK(pacers.at("phone_number:1").answered_locally());
    CHECK(c.stats().script_runs == 0);
}

TEST_CASE("a reconnect authenticates again: a password rotated under the client is auth_failed until it matches") {
    redis_test::raw acl;
    login(acl);
    const std::string user = "rotating" + redis_test::unique_prefix();
    REQUIRE(acl.status({"ACL", "SETUSER", user, "on", ">first-password", "~*", "+@all"}) == "OK");
    redis::client_options o = with_credentials(user, "first-password");
    state_log log;
    log.attach(o);
    redis::client c(o);
    redis::pacers pacers(c, redis_test::pace(1000, 100));
    redis::pacer& p = pacers.at("phone_number:1");
    REQUIRE(answers_from_redis(p));

    // The password changes and the connection is cut: the reconnect's AUTH is refused.
    REQUIRE(acl.status({"ACL", "SETUSER", user, "resetpass", ">second-password"}) == "OK");
    CHECK(acl.integer({"CLIENT", "KILL", "USER", user}) == 1);
    for (int i = 0; i < 3; ++i) (void)p.try_acquire(pacing_clock::now());
    CHECK(p.answered_locally());
    CHECK(c.state() == connection_state::auth_failed);

    // The server takes the old password again: the next reconnect gets in.
    REQUIRE(acl.status({"ACL", "SETUSER", user, ">first-password"}) == "OK");
    CHECK(answers_from_redis(p));
    CHECK(c.state() == connection_state::connected);
    CHECK(c.stats().connects == 2);
    CHECK_THAT(log.all_reasons(),
               !Catch::Matchers::Contains("first-password") && !Catch::Matchers::Contains("second-password"));
    CHECK(acl.integer({"ACL", "DELUSER", user}) == 1);
}

TEST_CASE("two clients, one per kind of login, share one pacer's limit on the password-protected server") {
    redis::client_options first = with_credentials("", redis_test::auth::password);
    redis::client_options second = with_credentials(redis_test::auth::user, redis_test::auth::user_password);
    second.prefix = first.prefix;  // the same keys
    redis::client a(first), b(second);
    pace_settings s;
    s.per_second = 1.0 / 60;  // nothing refills during the test
    s.burst = 30;
    redis::pacers on_a(a, s), on_b(b, s);
    int granted = 0;
    for (int i = 0; i < 40; ++i) {
        granted += on_a.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0 ? 1 : 0;
        granted += on_b.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0 ? 1 : 0;
    }
    CHECK(a.stats().local_answers == 0);
    CHECK(b.stats().local_answers == 0);
    CHECK(granted == static_cast<int>(s.burst));
}

TEST_CASE("an ACL user given only the commands docs/redis.md lists and its prefix can run every operation") {
    redis_test::raw acl;
    login(acl);
    const std::string prefix = redis_test::unique_prefix();
    const std::string user = "limited" + prefix;
    REQUIRE(acl.status({"ACL", "SETUSER", user, "on", ">limited-password", "~" + prefix + "*", "-@all", "+@scripting",
                        "+@hash", "+@keyspace", "+time", "+select", "-@dangerous"}) == "OK");
    redis::client_options o = with_credentials(user, "limited-password");
    o.prefix = prefix;
    redis::client c(o);
    REQUIRE(c.state() == connection_state::connected);

    redis::pacers pacers(c, redis_test::pace(1000, 100));
    CHECK(pacers.at("phone_number:1").try_acquire(pacing_clock::now()).count() == 0);
    redis::retry_quotas quotas(c, retry_quota_settings{});
    (void)quotas.at("phone_number:1").tokens(redis::retry_quota::clock::now());
    redis::pause_board board(c);
    const auto now = redis::pause_board::clock::now();
    board.pause_for("phone_number:1", now, seconds(30), *find(130429));
    CHECK(board.paused("phone_number:1", now).has_value());
    board.resume("phone_number:1");
    CHECK_FALSE(board.paused("phone_number:1", now).has_value());
    CHECK(c.stats().local_answers == 0);
    CHECK(c.state() == connection_state::connected);

    // A key outside its prefix is refused (NOPERM): error_replies, answered locally.
    redis::client_options other = o;
    other.prefix = "elsewhere:" + prefix;
    redis::client outside(other);
    redis::pacers elsewhere(outside, redis_test::pace(1000, 100));
    (void)elsewhere.at("phone_number:1").try_acquire(pacing_clock::now());
    CHECK(elsewhere.at("phone_number:1").answered_locally());
    CHECK(outside.state() == connection_state::error_replies);
    CHECK_THAT(outside.last_error(), Catch::Matchers::Contains("NOPERM"));
    CHECK(acl.integer({"ACL", "DELUSER", user}) == 1);
}
