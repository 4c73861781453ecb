// SPDX-License-Identifier: MIT
// redis/pause_board.hpp: a pause one worker learned holds back the whole fleet, is only ever
// extended, ends by itself, and is read on each worker's own clock.
#include <chrono>
#include <string>
#include <thread>

#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "../catch.hpp"
#include "fixture.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;
using clock_type = redis::pause_board::clock;

namespace {

const error_info& number_throttled() { return *find(130429); }
const error_info& pair_paused() { return *find(131049); }

std::string worker() { return WA_ERRORS_REDIS_WORKER; }

}  // namespace

TEST_CASE("a pause set by one process is seen by another") {
    const redis::client_options o = redis_test::options();
    const std::string port = std::to_string(o.port);
    const std::string key = scope_key(retry_scope::phone_number, "100", {});
    std::string out;
    REQUIRE(redis_test::run({worker(), "pause-check", port, o.prefix, key}, &out) == 0);
    CHECK(out == "not paused\n");
    REQUIRE(redis_test::run({worker(), "pause-set", port, o.prefix, key, "30000", "meta.130429"}) == 0);

    redis::client c(o);
    redis::pause_board board(c);
    const auto now = clock_type::now();
    const auto p = board.paused(key, now);
    REQUIRE(p.has_value());
    CHECK(p->cause == &number_throttled());
    CHECK(p->until > now + seconds(25));
    CHECK(p->until <= now + seconds(30));
    CHECK_FALSE(board.answered_locally());

    board.pause_for(key, now, seconds(90), number_throttled());
    REQUIRE(redis_test::run({worker(), "pause-check", port, o.prefix, key}, &out) == 0);
    CHECK(out.rfind("paused 8", 0) == 0);  // 8x xxx ms left: the longer pause, seen by the other process
    CHECK(out.find("meta.130429") != std::string::npos);
}

TEST_CASE("a pause is only ever extended, never shortened") {
    redis::client c(redis_test::options());
    redis::pause_board board(c);
    const auto now = clock_type::now();
    board.pause_for("recipient:1:2", now, seconds(60), number_throttled());
    board.pause_for("recipient:1:2", now, seconds(5), pair_paused());
    auto p = board.paused("recipient:1:2", now);
    REQUIRE(p.has_value());
    CHECK(p->until > now + seconds(55));
    CHECK(p->cause == &number_throttled());
    board.pause_for("recipient:1:2", now, std::chrono::hours(24), pair_paused());
    p = board.paused("recipient:1:2", now);
    REQUIRE(p.has_value());
    CHECK(p->until > now + std::chrono::hours(23));
    CHECK(p->cause == &pair_paused());
}

TEST_CASE("a pause ends by itself: its key expires when it does") {
    const redis::client_options o = redis_test::options();
    redis::client c(o);
    redis::pause_board board(c);
    board.pause_for("phone_number:1", clock_type::now(), milliseconds(300), number_throttled());
    redis_test::raw r;
    const long long ttl = r.integer({"PTTL", o.prefix + "pause:phone_number:{1}"});
    CHECK(ttl > 0);
    CHECK(ttl <= 300);
    std::this_thread::sleep_for(milliseconds(400));
    CHECK_FALSE(board.paused("phone_number:1", clock_type::now()).has_value());
    CHECK(r.integer({"EXISTS", o.prefix + "pause:phone_number:{1}"}) == 0);
}

TEST_CASE("an until-fixed pause stays, without expiry, until resume() lifts it for every worker") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    redis::pause_board first(a), second(b);
    const auto now = clock_type::now();
    first.pause_for("account:9", now, milliseconds::max(), number_throttled());
    const auto p = second.paused("account:9", now);
    REQUIRE(p.has_value());
    CHECK(p->until == clock_type::time_point::max());
    redis_test::raw r;
    CHECK(r.integer({"PTTL", o.prefix + "pause:account:{9}"}) == -1);
    first.pause_for("account:9", now, seconds(5), number_throttled());  // shorter than forever: ignored
    CHECK(second.paused("account:9", now)->until == clock_type::time_point::max());
    second.resume("account:9");
    CHECK_FALSE(first.paused("account:9", now).has_value());
    CHECK_FALSE(second.paused("account:9", now).has_value());
}

TEST_CASE("pauses are read on each worker's clock, whatever clock set them") {
    redis::client c(redis_test::options());
    redis::pause_board board(c);
    const auto far_ahead = clock_type::now() + std::chrono::hours(24 * 365 * 10);
    board.pause_for("phone_number:1", far_ahead, seconds(60), number_throttled());
    const auto now = clock_type::now();
    const auto p = board.paused("phone_number:1", now);  // a correct clock sees 60 s, not 10 years
    REQUIRE(p.has_value());
    CHECK(p->until > now + seconds(55));
    CHECK(p->until <= now + seconds(60));
    const auto behind = clock_type::time_point{} + seconds(1);
    const auto q = board.paused("phone_number:1", behind);
    REQUIRE(q.has_value());
    CHECK(q->until - behind > seconds(55));
}

TEST_CASE("pause_until takes this machine's steady clock; nothing happens for a past or zero length") {
    const redis::client_options o = redis_test::options();
    redis::client c(o);
    redis::pause_board board(c);
    board.pause_until("phone_number:1", clock_type::now() + seconds(20), number_throttled());
    CHECK(board.paused("phone_number:1", clock_type::now())->until > clock_type::now() + seconds(15));
    board.pause_until("phone_number:2", clock_type::now() - seconds(20), number_throttled());
    board.pause_for("phone_number:3", clock_type::now(), milliseconds(0), number_throttled());
    board.pause_for("phone_number:4", clock_type::now(), milliseconds(-5), number_throttled());
    redis_test::raw r;
    CHECK(r.strings({"KEYS", o.prefix + "*"}).size() == 1);
    CHECK(board.forget_ended(clock_type::now() + seconds(30)) == 1);  // the local copy
}

TEST_CASE("a hold on one traffic holds that traffic for every worker, and nothing else") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    redis::pause_board first(a), second(b);
    const auto now = clock_type::now();
    const std::string pair = scope_key(retry_scope::recipient, "1", "2");
    first.hold_for(pair, traffic::marketing, hold_lifts::time, now, std::chrono::hours(24), pair_paused());
    const auto marketing = second.held(pair, traffic_of(send_kind::marketing_template), now);
    REQUIRE(marketing.has_value());
    CHECK_FALSE(second.answered_locally());
    CHECK(marketing->cause == &pair_paused());
    CHECK(marketing->traffic == traffic::marketing);
    CHECK(marketing->lifts == hold_lifts::time);
    CHECK(marketing->until > now + std::chrono::hours(23));
    CHECK_FALSE(second.held(pair, traffic_of(send_kind::authentication_template), now).has_value());
    CHECK_FALSE(second.held(pair, traffic_of(send_kind::free_form), now).has_value());
    CHECK(second.paused(pair, now).has_value());  // paused(): any traffic
}

TEST_CASE("lift ends only the holds its event ends, for every worker") {
    const redis::client_options o = redis_test::options();
    redis::client a(o), b(o);
    redis::pause_board first(a), second(b);
    const auto now = clock_type::now();
    const std::string pair = scope_key(retry_scope::recipient, "1", "2");
    const error_info& window = *find("meta.131047");
    first.hold_for(pair, traffic::free_form, hold_lifts::inbound, now, until_fixed, window);
    first.hold_for(pair, traffic::marketing, hold_lifts::time, now, seconds(60), pair_paused());
    const auto free_form = second.held(pair, traffic_of(send_kind::free_form), now);
    REQUIRE(free_form.has_value());
    CHECK(free_form->until == clock_type::time_point::max());
    CHECK(free_form->lifts == hold_lifts::inbound);
    redis_test::raw r;
    CHECK(r.integer({"PTTL", first.full_key(pair)}) == -1);  // a hold that no time ends keeps the key
    second.lift(pair, hold_lifts::opt_in);                   // another event: nothing ends
    CHECK(first.held(pair, traffic_of(send_kind::free_form), now).has_value());
    second.lift(pair, hold_lifts::inbound);
    CHECK_FALSE(first.held(pair, traffic_of(send_kind::free_form), now).has_value());
    CHECK(first.held(pair, traffic_of(send_kind::marketing_template), now).has_value());
}

TEST_CASE("a key holds each traffic apart and expires with its longest hold") {
    const redis::client_options o = redis_test::options();
    redis::client c(o);
    redis::pause_board board(c);
    const auto now = clock_type::now();
    const std::string number = scope_key(retry_scope::phone_number, "1", {});
    board.hold_for(number, traffic::calls, hold_lifts::time, now, milliseconds(300), *find("meta.138000"));
    board.hold_for(number, traffic::messages, hold_lifts::time, now, milliseconds(600), number_throttled());
    redis_test::raw r;
    const long long ttl = r.integer({"PTTL", board.full_key(number)});
    CHECK(ttl > 300);
    CHECK(ttl <= 600);
    CHECK(board.held(number, traffic_of(send_kind::call), now)->cause == find("meta.138000"));
    std::this_thread::sleep_for(milliseconds(400));
    CHECK_FALSE(board.held(number, traffic_of(send_kind::call), clock_type::now()).has_value());
    CHECK(board.held(number, traffic_of(send_kind::utility_template), clock_type::now()).has_value());
    std::this_thread::sleep_for(milliseconds(300));
    CHECK_FALSE(board.paused(number, clock_type::now()).has_value());
    CHECK(r.integer({"EXISTS", board.full_key(number)}) == 0);
}
