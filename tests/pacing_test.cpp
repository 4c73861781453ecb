// SPDX-License-Identifier: MIT
// pacing.hpp: a pacer per scope key starts from Meta's documented limits and adapts to throttles.
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <wa_errors/pacing.hpp>

#include "catch.hpp"

using namespace wa_errors;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const pacing_clock::time_point start(seconds(1000));

// Grants over `span` when asking every `step`, the way a busy sender would.
int grants_over(pacer& p, pacing_clock::time_point from, milliseconds span, milliseconds step) {
    int grants = 0;
    for (auto t = from; t < from + span; t += step) {
        while (p.try_acquire(t).count() == 0) ++grants;
    }
    return grants;
}

}  // namespace

TEST_CASE("documented settings start from the catalog's limits with headroom") {
    const pace_settings number = pace_settings::documented(retry_scope::phone_number);
    CHECK(number.per_second == Approx(80 * 0.95));
    CHECK(number.burst == Approx(80 * 0.95));
    const pace_settings pair = pace_settings::documented(retry_scope::recipient, 1.0);
    CHECK(pair.per_second == Approx(1.0 / 6.0));
    CHECK(pair.burst == Approx(45));
    const pace_settings bad_headroom = pace_settings::documented(retry_scope::phone_number, -3);
    CHECK(bad_headroom.per_second == Approx(80 * 0.95));
}

TEST_CASE("a pacer grants its burst at once and then its rate") {
    pacer p(pace_settings::documented(retry_scope::recipient, 1.0));
    int burst = 0;
    while (p.try_acquire(start).count() == 0) ++burst;
    CHECK(burst == 45);
    const auto wait = p.try_acquire(start);
    CHECK(wait > milliseconds(5900));
    CHECK(wait <= milliseconds(6000));
    CHECK(p.try_acquire(start + wait).count() == 0);
}

TEST_CASE("a burst of 60 messages to one user is held to the pair limit") {
    pacer p(pace_settings::documented(retry_scope::recipient, 1.0));
    int sent_at_once = 0;
    for (int i = 0; i < 60; ++i) sent_at_once += p.try_acquire(start).count() == 0 ? 1 : 0;
    CHECK(sent_at_once == 45);
    // The other 15 go out at one per 6 s.
    CHECK(grants_over(p, start + milliseconds(1), seconds(91), milliseconds(100)) == 15);
}

TEST_CASE("a number's pacer keeps a long run within its rate") {
    pacer p(pace_settings::documented(retry_scope::phone_number, 1.0));
    const int grants = grants_over(p, start, seconds(60), milliseconds(1));
    CHECK(grants >= 80 * 60);
    CHECK(grants <= 80 * 61 + 80);  // the rate plus one burst
}

TEST_CASE("a throttle cuts the rate, spends the burst and honours the server's wait") {
    pacer p(pace_settings::documented(retry_scope::phone_number, 1.0));
    CHECK(p.try_acquire(start).count() == 0);
    p.on_throttle(start, seconds(30));
    CHECK(p.rate() == Approx(80 * 0.7));
    CHECK(p.throttles_in_a_row() == 1);
    CHECK(p.try_acquire(start + seconds(29)) > milliseconds(0));
    const auto wait = p.try_acquire(start + seconds(29));
    CHECK(start + seconds(29) + wait >= start + seconds(30));
}

TEST_CASE("throttles that arrive together cut the rate once") {
    pacer p(pace_settings::documented(retry_scope::phone_number, 1.0));
    for (int i = 0; i < 30; ++i) p.on_throttle(start + milliseconds(i * 10));
    CHECK(p.rate() == Approx(80 * 0.7));
    CHECK(p.throttles_in_a_row() == 30);
    p.on_throttle(start + seconds(1));
    CHECK(p.rate() == Approx(80 * 0.49));
}

TEST_CASE("successes win the rate back slowly and never past the ceiling") {
    pacer p(pace_settings::documented(retry_scope::phone_number, 1.0));
    p.on_success(start);
    p.on_throttle(start);
    p.on_throttle(start + seconds(1));
    const double cut = p.rate();
    CHECK(cut == Approx(80 * 0.49));
    p.on_success(start + seconds(2));
    CHECK(p.throttles_in_a_row() == 0);
    CHECK(p.rate() > cut);
    CHECK(p.rate() < 80);
    for (int s = 3; s < 1000; ++s) p.on_success(start + seconds(s));
    CHECK(p.rate() == Approx(80));
}

TEST_CASE("cuts stop at the floor however many throttles come") {
    pace_settings s = pace_settings::documented(retry_scope::phone_number, 1.0);
    pacer p(s);
    for (int i = 0; i < 1000; ++i) p.on_throttle(start + seconds(i));
    CHECK(p.rate() == Approx(0.8));
    CHECK(p.throttles_in_a_row() == 1000);
}

TEST_CASE("nonsense settings fall back to safe values") {
    pace_settings s;
    s.per_second = -5;
    s.burst = std::numeric_limits<double>::quiet_NaN();
    s.cut = 7;
    s.recover_fraction = -1;
    pacer p(s);
    CHECK(p.rate() == Approx(1.0));
    CHECK(p.try_acquire(start).count() == 0);
    CHECK(p.try_acquire(start).count() > 0);
    p.on_throttle(start, std::chrono::nanoseconds::max());  // no overflow
    CHECK(p.try_acquire(start + seconds(3600)).count() > 0);
}

TEST_CASE("threads sharing one pacer never get more than its rate allows") {
    pace_settings s;
    s.per_second = 1000;
    s.burst = 10;
    pacer p(s);
    std::atomic<int> grants{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int ms = 0; ms < 2000; ++ms) {
                const auto now = start + milliseconds(ms);
                for (int i = 0; i < 4; ++i) grants += p.try_acquire(now).count() == 0 ? 1 : 0;
            }
        });
    }
    for (auto& t : threads) t.join();
    // 2 s at 1000/s plus a burst of 10; threads ask 4× more than that.
    CHECK(grants.load() <= 2000 + 10);
    CHECK(grants.load() >= 1900);
}

TEST_CASE("a success sent before the last throttle arrived does not end the run of throttles") {
    pacer p(pace_settings::documented(retry_scope::recipient));
    p.on_throttle(start + milliseconds(100));
    p.on_throttle(start + milliseconds(200));
    CHECK(p.throttles_in_a_row() == 2);
    // Its answer came after the throttles, but the request left first: Meta saw it first.
    p.on_success(start + milliseconds(300), start);
    CHECK(p.throttles_in_a_row() == 2);
    p.on_success(start + milliseconds(400), start + milliseconds(250));
    CHECK(p.throttles_in_a_row() == 0);
    p.on_throttle(start + milliseconds(500));
    p.on_success(start + milliseconds(600));  // sent "now": a one-at-a-time sender
    CHECK(p.throttles_in_a_row() == 0);
}

TEST_CASE("a clock that goes backwards never grants more sends than the rate allows") {
    pace_settings s;
    s.per_second = 10;
    s.burst = 10;
    pacer p(s);
    int granted = 0;
    // Alternate between now and earlier and earlier times: the sends granted over the whole run
    // stay within one burst plus the rate times the span the clock really covered.
    for (int i = 0; i < 1000; ++i) {
        const auto now = start + milliseconds(i) - (i % 2 == 0 ? seconds(0) : seconds(100 + i));
        granted += p.try_acquire(now).count() == 0 ? 1 : 0;
        p.on_success(now);
    }
    CHECK(granted <= 10 + 10);  // burst + 10/s over the 1 s the clock went forward
    CHECK(granted >= 10);
}

TEST_CASE("asking a pacer without taking leaves its slot, and a slot handed back can be taken again") {
    pace_settings s;
    s.per_second = 1;
    s.burst = 1;
    pacer p(s);
    CHECK(p.wait_at(start).count() == 0);
    CHECK(p.wait_at(start).count() == 0);
    CHECK(p.try_acquire(start).count() == 0);
    CHECK(p.wait_at(start).count() > 0);
    p.give_back(start);
    CHECK(p.try_acquire(start).count() == 0);
    CHECK(p.try_acquire(start).count() > 0);
}
