// SPDX-License-Identifier: MIT
// redis/send_gate.hpp and redis/keys.hpp: one script per send (holds of the number and the pair,
// then a slot of each, or nothing), the keys of one number on one hash tag, and what the client
// tells an observer.
#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/redis.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::nanoseconds;
using std::chrono::seconds;

namespace {

redis::client_options without_heartbeat() {
    redis::client_options o = redis_test::options();
    o.heartbeat_interval = milliseconds(0);  // so that round trips count sends only
    return o;
}

pace_settings per_second(double rate, double burst) {
    pace_settings s;
    s.per_second = rate;
    s.burst = burst;
    return s;
}

// A sender's Redis objects: the pacers of numbers and pairs, the pause board, the gate.
struct fleet_sender {
    fleet_sender(redis::client& c, const pace_settings& number, const pace_settings& pair)
        : numbers(c, number), pairs(c, pair), board(c), gate(numbers, pairs, board) {}
    redis::pacers numbers;
    redis::pacers pairs;
    redis::pause_board board;
    redis::send_gate gate;
};

// The hash tag Redis Cluster hashes: what is between the first '{' and the next '}'.
std::string tag_of(const std::string& key) {
    const std::size_t open = key.find('{');
    if (open == std::string::npos) return {};
    const std::size_t close = key.find('}', open + 1);
    return close == std::string::npos ? std::string() : key.substr(open + 1, close - open - 1);
}

struct counting_observer : observer {
    std::atomic<int> round_trips{0}, answered{0}, local{0}, granted{0}, refused_pacing{0}, refused_hold{0};
    retry_scope last_scope = retry_scope::request;
    void on_round_trip(nanoseconds latency, bool ok) override {
        ++round_trips;
        answered += ok && latency.count() >= 0 ? 1 : 0;
    }
    void on_local_answer(std::string_view why) override { local += why.empty() ? 0 : 1; }
    void on_granted(std::string_view) override { ++granted; }
    void on_refused(refusal_cause cause, retry_scope scope, const error_info*, std::string_view) override {
        (cause == refusal_cause::hold ? refused_hold : refused_pacing) += 1;
        last_scope = scope;
    }
};

}  // namespace

TEST_CASE("a message that may go takes a slot of its number and of its pair in one round trip") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1.0 / 60, 5), per_second(1.0 / 60, 2));
    const auto before = c.stats();
    const auto slot = s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now());
    CHECK(slot.go);
    CHECK(c.stats().round_trips - before.round_trips == 1);
    CHECK_FALSE(s.gate.answered_locally());
    // What is left: 4 of the number's 5, 1 of the pair's 2.
    CHECK(s.pairs.at(scope_key(retry_scope::recipient, "100", "u1")).try_acquire(pacing_clock::now()).count() == 0);
    CHECK(s.pairs.at(scope_key(retry_scope::recipient, "100", "u1")).try_acquire(pacing_clock::now()).count() > 0);
    int number_left = 0;
    while (s.numbers.at("phone_number:100").try_acquire(pacing_clock::now()).count() == 0) ++number_left;
    CHECK(number_left == 4);
}

TEST_CASE("ids too long for the gate's key buffer on the stack take the same slots as short ones") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1.0 / 60, 5), per_second(1.0 / 60, 1));
    const std::string number(150, '7'), user(100, 'u');  // the pair's key is over 160 bytes
    REQUIRE(s.gate.before_send(send_kind::free_form, number, user, pacing_clock::now()).go);
    // The pair's one slot is taken under scope_key()'s key, so a second send to the user waits.
    CHECK(s.pairs.at(scope_key(retry_scope::recipient, number, user)).try_acquire(pacing_clock::now()).count() > 0);
    CHECK_FALSE(s.gate.before_send(send_kind::free_form, number, user, pacing_clock::now()).go);
}

TEST_CASE("a pacing refusal is one round trip, takes nothing and says when the message could go") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1, 1), per_second(1.0 / 6, 45));
    REQUIRE(s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now()).go);
    const auto before = c.stats();
    const auto now = pacing_clock::now();
    const auto refused = s.gate.before_send(send_kind::free_form, "100", "u2", now);
    CHECK_FALSE(refused.go);
    CHECK(c.stats().round_trips - before.round_trips == 1);
    CHECK(refused.held_by == retry_scope::phone_number);
    CHECK(refused.paused_by == nullptr);
    CHECK(refused.not_before > now);
    CHECK(refused.not_before <= now + seconds(1));
    // u2's pair took nothing: its whole burst is still there.
    int pair_left = 0;
    while (s.pairs.at(scope_key(retry_scope::recipient, "100", "u2")).try_acquire(pacing_clock::now()).count() == 0)
        ++pair_left;
    CHECK(pair_left == 45);
}

TEST_CASE("a pair that refuses takes no slot of its number") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1.0 / 60, 10), per_second(1.0 / 60, 1));
    REQUIRE(s.gate.before_send(send_kind::free_form, "100", "hot", pacing_clock::now()).go);
    for (int i = 0; i < 20; ++i) {
        const auto refused = s.gate.before_send(send_kind::free_form, "100", "hot", pacing_clock::now());
        CHECK_FALSE(refused.go);
        CHECK(refused.held_by == retry_scope::recipient);
    }
    // The number gave one slot of 10 to the first message: 9 other users still go.
    int others = 0;
    for (int i = 0; i < 20; ++i)
        others += s.gate.before_send(send_kind::free_form, "100", "u" + std::to_string(i), pacing_clock::now()).go;
    CHECK(others == 9);
}

TEST_CASE("the later of the number's and the pair's waits is when the message could go") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1, 1), per_second(1.0 / 60, 1));
    REQUIRE(s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now()).go);
    const auto now = pacing_clock::now();
    const auto refused = s.gate.before_send(send_kind::free_form, "100", "u1", now);
    CHECK_FALSE(refused.go);
    CHECK(refused.held_by == retry_scope::recipient);  // the pair's minute outlasts the number's second
    CHECK(refused.not_before > now + seconds(50));
}

TEST_CASE("a hold of the number or of the pair refuses in the same round trip, with its cause") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(100, 100), per_second(100, 100));
    const auto now = pacing_clock::now();
    const error_info& throttled = *find(130429);
    s.board.hold_for(scope_key(retry_scope::phone_number, "100", {}), traffic::messages, hold_lifts::time, now,
                     seconds(30), throttled);
    s.board.hold_for(scope_key(retry_scope::recipient, "200", "u1"), traffic::all, hold_lifts::inbound, now,
                     seconds(30), throttled);
    const auto before = c.stats();

    const auto number_held = s.gate.before_send(send_kind::free_form, "100", "u1", now);
    CHECK_FALSE(number_held.go);
    CHECK(number_held.held_by == retry_scope::phone_number);
    CHECK(number_held.paused_by == &throttled);
    CHECK(number_held.traffic == traffic::messages);
    CHECK(number_held.not_before > now + seconds(25));
    CHECK(number_held.not_before <= now + seconds(30));

    const auto pair_held = s.gate.before_send(send_kind::free_form, "200", "u1", now);
    CHECK_FALSE(pair_held.go);
    CHECK(pair_held.held_by == retry_scope::recipient);
    CHECK(pair_held.lifts == hold_lifts::inbound);
    CHECK(s.gate.before_send(send_kind::free_form, "200", "u2", now).go);  // another user of that number

    CHECK(c.stats().round_trips - before.round_trips == 3);
    // A call is not held by a messages hold, and takes no pacing slot.
    CHECK(s.gate.before_send(send_kind::call, "100", "u1", now).go);
}

TEST_CASE("an account hold refuses before the number is asked") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(100, 100), per_second(100, 100));
    const auto now = pacing_clock::now();
    s.board.hold_for(scope_key(retry_scope::account, "100", {}, "waba1"), traffic::all, hold_lifts::fix, now,
                     seconds(30), *find(130429));
    const auto held = s.gate.before_send(send_kind::free_form, "100", "u1", now, "waba1");
    CHECK_FALSE(held.go);
    CHECK(held.held_by == retry_scope::account);
    CHECK(s.gate.before_send(send_kind::free_form, "100", "u1", now, "waba2").go);
}

TEST_CASE("with a reservation, a message that could go within it takes its slots and is told when to go") {
    redis::client c(without_heartbeat());
    redis::pacers numbers(c, per_second(10, 1)), pairs(c, per_second(10, 10));
    redis::pause_board board(c);
    redis::send_gate gate(numbers, pairs, board, std::chrono::microseconds(1'000'000));
    const auto now = pacing_clock::now();
    std::vector<pacing_clock::time_point> at;
    for (int i = 0; i < 20; ++i) {
        const auto s = gate.before_send(send_kind::free_form, "100", "u" + std::to_string(i), now);
        if (!s.go) {
            CHECK(s.not_before > now + milliseconds(900));  // past the reservation: asked again later
            break;
        }
        at.push_back(s.not_before);
    }
    // 10/s: slots 100 ms apart, as far as one second ahead.
    CHECK(at.size() >= 10);
    CHECK(at.size() <= 11);
    CHECK(at.front() == now);
    for (std::size_t i = 1; i < at.size(); ++i) {
        CHECK(at[i] - at[i - 1] > milliseconds(50));  // less the time between the calls
        CHECK(at[i] - at[i - 1] <= milliseconds(101));
    }
}

TEST_CASE("keys a send writes expire once idle, and the pacer's own writes keep them alive as before") {
    redis::client_options o = without_heartbeat();
    o.idle_expiry = seconds(5);
    redis::client c(o);
    fleet_sender s(c, per_second(1, 2), per_second(1, 2));
    REQUIRE(s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now()).go);
    redis_test::raw r;
    const std::string number_key = s.numbers.at("phone_number:100").redis_key();
    const long long after_send = r.integer({"PTTL", number_key});
    CHECK(after_send > 5000);
    CHECK(after_send <= 2 * 5000 + 2000);  // refill (2 s at most) and twice the idle expiry
    CHECK(r.integer({"PTTL", s.pairs.at(scope_key(retry_scope::recipient, "100", "u1")).redis_key()}) > 5000);
    s.numbers.at("phone_number:100").on_throttle(pacing_clock::now(), seconds(30));
    CHECK(r.integer({"PTTL", number_key}) > 30000);  // the throttle's wait, set by the pace script
    REQUIRE_FALSE(s.gate.before_send(send_kind::free_form, "100", "u2", pacing_clock::now()).go);
    CHECK(r.integer({"PTTL", number_key}) > 30000);  // a refusal shortens nothing
}

TEST_CASE("every key of one number carries the number as its hash tag") {
    redis::client c(without_heartbeat());
    redis::pacers pacers(c, per_second(10, 10));
    redis::retry_quotas quotas(c, retry_quota_settings{});
    redis::pause_board board(c);
    // The last: an id with a brace in it still gives all its keys one tag (a prefix of it).
    for (const std::string number : {"106540352242922", "1", "we}rd"}) {
        INFO("number " << number);
        const std::string n = scope_key(retry_scope::phone_number, number, {});
        const std::string pair = scope_key(retry_scope::recipient, number, "15551234567");
        const std::vector<std::string> keys = {pacers.at(n).redis_key(), pacers.at(pair).redis_key(),
                                               quotas.at(n).redis_key(), board.full_key(n), board.full_key(pair)};
        for (const std::string& key : keys) {
            CHECK(key.rfind(c.options().prefix, 0) == 0);
            CHECK(tag_of(key) == number.substr(0, number.find('}')));
        }
    }
}

TEST_CASE("keys without an owner or of the caller's own making get a tag of their own") {
    CHECK(redis::tagged_key("p:", "pace", "phone_number:") == "p:pace:phone_number:{_}");
    CHECK(redis::tagged_key("p:", "pace", "recipient::u1") == "p:pace:recipient:{_}:u1");
    CHECK(redis::tagged_key("p:", "pace", "recipient:7") == "p:pace:recipient:{7}");
    CHECK(redis::tagged_key("p:", "pause", "account:9") == "p:pause:account:{9}");
    CHECK(redis::tagged_key("p:", "pace", "my own key") == "p:pace:{my own key}");
    CHECK(redis::tagged_key("p:", "pace", "") == "p:pace:{_}");
}

TEST_CASE("a send with an empty number id or no recipient still runs in Redis") {
    redis::client c(without_heartbeat());
    fleet_sender s(c, per_second(1.0 / 60, 1), per_second(1.0 / 60, 1));
    CHECK(s.gate.before_send(send_kind::utility_template, "", "", pacing_clock::now()).go);
    const auto refused = s.gate.before_send(send_kind::utility_template, "", "", pacing_clock::now());
    CHECK_FALSE(refused.go);
    CHECK(refused.held_by == retry_scope::phone_number);
    CHECK_FALSE(s.gate.answered_locally());
}

TEST_CASE("the fleet count is the clients whose heartbeat is live") {
    redis::client_options o = redis_test::options();
    o.heartbeat_interval = milliseconds(50);
    redis::client a(o), b(o);
    auto c = std::make_unique<redis::client>(o);
    redis::pacers pa(a, per_second(1000, 1000)), pb(b, per_second(1000, 1000)), pc(*c, per_second(1000, 1000));
    const auto beat = [&](bool with_c) {
        std::this_thread::sleep_for(milliseconds(60));
        (void)pa.at("phone_number:1").try_acquire(pacing_clock::now());
        (void)pb.at("phone_number:1").try_acquire(pacing_clock::now());
        if (with_c) (void)pc.at("phone_number:1").try_acquire(pacing_clock::now());
    };
    beat(true);
    beat(true);
    CHECK(b.live_fleet() == 3);
    CHECK(b.fleet_size() == 3);  // not the expected 4
    c.reset();                   // its beat ages out after three intervals
    std::this_thread::sleep_for(milliseconds(200));
    beat(false);
    CHECK(b.live_fleet() == 3);  // a drop is believed one beat later (a restarted Redis counts low)
    beat(false);
    CHECK(b.live_fleet() == 2);

    redis::client_options quiet = o;
    quiet.heartbeat_interval = milliseconds(0);
    redis::client d(quiet);
    CHECK(d.live_fleet() == 0);
    CHECK(d.fleet_size() == 4);  // never told: the guess
}

TEST_CASE("while Redis is down the local share divides by the live count last seen") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = redis_test::options(server.port());
    o.expected_fleet_size = 8;
    o.command_timeout = milliseconds(100);
    o.connect_timeout = milliseconds(100);
    o.heartbeat_interval = milliseconds(40);
    redis::client a(o), b(o);
    redis::pacers pa(a, per_second(80, 80)), pb(b, per_second(80, 80));
    for (int beat = 0; beat < 2; ++beat) {  // the second beat confirms a count under the guess of 8
        std::this_thread::sleep_for(milliseconds(50));
        (void)pa.at("phone_number:1").try_acquire(pacing_clock::now());
        (void)pb.at("phone_number:1").try_acquire(pacing_clock::now());
    }
    REQUIRE(b.live_fleet() == 2);
    server.stop(SIGKILL);
    redis::pacer& p = pb.at("phone_number:1");
    (void)p.try_acquire(pacing_clock::now());
    CHECK(p.answered_locally());
    CHECK(p.rate() == Approx(40));  // 80 over the 2 live clients, not over the 8 expected
}

TEST_CASE("a restart adds no burst: the state comes back from what a worker read, and local grants are charged") {
    redis_test::server server(WA_ERRORS_REDIS_SERVER);
    redis::client_options o = redis_test::options(server.port());
    o.command_timeout = milliseconds(100);
    o.connect_timeout = milliseconds(100);
    o.reconnect_min = milliseconds(20);
    o.reconnect_max = milliseconds(100);
    o.expected_fleet_size = 1;
    redis::client c(o);
    const double rate = 10, burst = 10;
    redis::pacers pacers(c, per_second(rate, burst));
    redis::pacer& p = pacers.at("phone_number:1");
    const auto start = std::chrono::steady_clock::now();
    int drained = 0;
    while (p.try_acquire(pacing_clock::now()).count() == 0 && drained < 100) ++drained;
    REQUIRE(drained == static_cast<int>(burst));
    REQUIRE(c.live_fleet() == 1);

    server.stop(SIGKILL);  // the state is lost with the server
    const auto first = p.try_acquire(pacing_clock::now());
    CHECK(p.answered_locally());
    CHECK(first.count() > 0);  // empty: no local burst on top of the one just spent
    int local_grants = 0;
    const auto outage_end = std::chrono::steady_clock::now() + milliseconds(300);
    while (std::chrono::steady_clock::now() < outage_end) {
        if (p.try_acquire(pacing_clock::now()).count() == 0) ++local_grants;
        std::this_thread::sleep_for(milliseconds(5));
    }
    CHECK(local_grants >= 1);
    CHECK(local_grants <= 4);  // 10/s for 0.3 s, from empty

    REQUIRE(server.start());
    int redis_grants = 0;
    const auto until = std::chrono::steady_clock::now() + seconds(10);
    while (std::chrono::steady_clock::now() < until) {
        const bool granted = p.try_acquire(pacing_clock::now()).count() == 0;
        if (!p.answered_locally()) {
            redis_grants += granted ? 1 : 0;
            break;
        }
        local_grants += granted ? 1 : 0;
        std::this_thread::sleep_for(milliseconds(5));
    }
    REQUIRE_FALSE(p.answered_locally());
    CHECK_FALSE(p.owes());
    CHECK(p.charged() == static_cast<std::uint64_t>(local_grants));
    // Another worker, new to the key, takes what the restarted server's bucket holds: not a
    // fresh burst (which would have put the total past the limit), but what the first worker's
    // last answer and its charged grants leave.
    redis::client other(o);
    redis::pacers others(other, per_second(rate, burst));
    redis::pacer& q = others.at("phone_number:1");
    int other_grants = 0;
    while (q.try_acquire(pacing_clock::now()).count() == 0 && other_grants < 100) ++other_grants;
    REQUIRE_FALSE(q.answered_locally());
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const int total = drained + local_grants + redis_grants + other_grants;
    INFO("granted " << total << " in " << elapsed << " s, " << other_grants << " of them to the other worker");
    // +1: the local grants were placed in time by this worker's clock, Redis' by its own.
    CHECK(total <= rate * elapsed + burst + 1);
    // Unless the restart took so long that time alone refilled the bucket, it is not full.
    if (elapsed < (drained + local_grants) / rate) CHECK(other_grants < burst);
}

TEST_CASE("without Redis the gate answers from the local shares, and a refusing pair takes no number slot") {
    redis::client_options o = redis_test::options(redis_test::free_port());  // nobody listens there
    o.expected_fleet_size = 1;
    o.connect_timeout = milliseconds(50);
    o.reconnect_min = seconds(5);
    redis::client c(o);
    fleet_sender s(c, per_second(10, 3), per_second(1.0 / 60, 1));
    const auto first = s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now());
    CHECK(s.gate.answered_locally());
    CHECK_FALSE(first.go);  // both shares start empty: the pair's first slot is a minute away
    CHECK(first.held_by == retry_scope::recipient);
    CHECK(first.not_before > pacing_clock::now() + seconds(50));
    std::this_thread::sleep_for(milliseconds(150));  // the number's share has a slot again
    const auto second = s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now());
    CHECK_FALSE(second.go);
    CHECK(second.held_by == retry_scope::recipient);
    redis::pacer& number = s.numbers.at(scope_key(retry_scope::phone_number, "100", {}));
    CHECK(number.local_try(pacing_clock::now(), false).count() == 0);  // still free: the pair took nothing of it
    CHECK(number.local_try(pacing_clock::now(), true).count() == 0);

    s.board.hold_for(scope_key(retry_scope::phone_number, "200", {}), traffic::all, hold_lifts::time,
                     pacing_clock::now(), seconds(30), *find(130429));
    const auto held = s.gate.before_send(send_kind::free_form, "200", "u1", pacing_clock::now());
    CHECK_FALSE(held.go);
    CHECK(held.paused_by == find(130429));
}

TEST_CASE("the client tells its observer of round trips and local answers, the gate of grants and refusals") {
    counting_observer watch;
    redis::client_options o = without_heartbeat();
    o.watch = &watch;
    redis::client c(o);
    fleet_sender s(c, per_second(1.0 / 60, 1), per_second(1.0 / 60, 5));
    CHECK(s.gate.before_send(send_kind::free_form, "100", "u1", pacing_clock::now()).go);
    CHECK_FALSE(s.gate.before_send(send_kind::free_form, "100", "u2", pacing_clock::now()).go);
    CHECK(watch.granted == 1);
    CHECK(watch.refused_pacing == 1);
    CHECK(watch.last_scope == retry_scope::phone_number);
    CHECK(watch.round_trips == static_cast<int>(c.stats().round_trips));  // the handshake is one round trip too
    CHECK(watch.answered == watch.round_trips);
    CHECK(watch.local == 0);

    counting_observer down;
    redis::client_options gone = redis_test::options(redis_test::free_port());
    gone.watch = &down;
    gone.reconnect_min = seconds(5);
    redis::client unreachable(gone);
    redis::pacers pacers(unreachable, per_second(10, 10));
    (void)pacers.at("phone_number:1").try_acquire(pacing_clock::now());
    CHECK(down.local == 1);
    CHECK(down.refused_pacing == 1);  // a pacer tells its answers too: the share starts empty
    CHECK(down.round_trips == 0);
}
