// SPDX-License-Identifier: MIT
// retry.hpp: decide() follows the retry rules of docs/retry.md for every catalog entry and input.
#include <chrono>
#include <cmath>
#include <iterator>
#include <limits>
#include <set>

#include <wa_errors/retry.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

using wa_errors_test::entry;

retry_input after(unsigned attempts, double jitter = 0.5) {
    retry_input in;
    in.attempts = attempts;
    in.jitter = jitter;
    return in;
}

const double awkward_jitters[] = {0.0, 1e-9, 0.01, 0.5, 0.999, 1.0, -1.0, 2.0, std::nan("")};

}  // namespace

TEST_CASE("no retry of any entry ever comes before its documented floor, for any jitter") {
    int entries_with_floor = 0;
    for (const error_info& e : catalog()) {
        if (e.retry.min_delay_ms == 0) continue;
        ++entries_with_floor;
        for (double jitter : awkward_jitters) {
            for (unsigned n = 1; n <= 12; ++n) {
                retry_input in = after(n, jitter);
                in.scope_failures = n;
                const retry_decision d = decide(e, in);
                INFO(e.id << " n=" << n << " jitter=" << jitter);
                if (!d.retry) continue;
                CHECK(d.delay.count() >= e.retry.min_delay_ms);
                CHECK(d.delay >= d.floor);
                CHECK(d.floor.count() >= e.retry.min_delay_ms);
            }
        }
    }
    CHECK(entries_with_floor >= 8);
}

TEST_CASE("131049 waits at least 24 hours even with a jitter of 0, and 133015 at least 5 minutes") {
    const retry_decision marketing = decide(entry("meta.131049"), after(1, 0.0));
    CHECK(marketing.retry);
    CHECK(marketing.delay >= hours(24));
    CHECK(marketing.floor == hours(24));
    const retry_decision registration = decide(entry("meta.133015"), after(1, 0.0));
    CHECK(registration.retry);
    CHECK(registration.delay >= minutes(5));
}

TEST_CASE("133016 waits out Meta's 72-hour registration block") {
    const retry_decision d = decide(entry("meta.133016"), after(1, 0.0));
    CHECK(d.retry);
    CHECK(d.delay >= hours(72));
}

TEST_CASE("jitter spreads retries above the floor instead of herding them at it") {
    retry_input in = after(1);
    in.hint = server_hint::wait_for(seconds(30));
    std::set<long long> delays;
    for (int i = 0; i <= 1000; ++i) {
        in.jitter = i / 1000.0;
        const retry_decision d = decide(entry("meta.130429"), in);
        REQUIRE(d.retry);
        CHECK(d.delay >= seconds(30));
        CHECK(d.delay <= seconds(36));
        delays.insert(d.delay.count());
    }
    CHECK(delays.size() > 900);
}

TEST_CASE("full jitter applies only where no floor exists") {
    CHECK(decide(entry("meta.131000"), after(1, 0.0)).delay == milliseconds(0));
    CHECK(decide(entry("meta.131000"), after(1, 1.0)).delay == seconds(1));
    CHECK(decide(entry("meta.131000"), after(3, 0.5)).delay == seconds(2));
    CHECK(decide(entry("meta.131000"), after(3, 1.0)).delay == seconds(4));
}

TEST_CASE("a server's wait is a floor for every retryable entry, backoff included") {
    for (const error_info& e : catalog()) {
        if (!is_retryable(e)) continue;
        for (double jitter : awkward_jitters) {
            retry_input in = after(1, jitter);
            in.hint = server_hint::wait_for(seconds(120));
            const retry_decision d = decide(e, in);
            INFO(e.id << " jitter=" << jitter);
            if (d.retry) {
                CHECK(d.delay >= seconds(120));
                CHECK(d.floor >= seconds(120));
            } else {
                CHECK(d.reason == stop_reason::deadline);
                CHECK(e.retry.max_elapsed_ms < 120000);
            }
        }
    }
}

TEST_CASE("a 503's Retry-After is honoured") {
    retry_input in = after(1, 0.0);
    in.hint = server_hint::wait_for(seconds(120));
    const retry_decision d = decide(entry("generic.http_503"), in);
    CHECK(d.retry);
    CHECK(d.delay >= seconds(120));
}

TEST_CASE("a server's wait past every entry's max_elapsed_ms keeps the message and holds the scope for it") {
    for (const error_info& e : catalog()) {
        if (!is_retryable(e) || e.retry.max_elapsed_ms <= 0) continue;
        retry_input in = after(1, 1.0);
        const auto past_deadline = milliseconds(e.retry.max_elapsed_ms) + minutes(5);
        in.hint = server_hint::wait_for(past_deadline);
        const retry_decision d = decide(e, in);
        INFO(e.id);
        CHECK(d.retry);
        CHECK(d.floor >= past_deadline);
        CHECK(d.delay >= past_deadline);
        if (e.hold.scope != retry_scope::request && e.hold.lifts == hold_lifts::time) CHECK(d.pause >= past_deadline);
    }
}

TEST_CASE("a server's wait past the caller's max_server_wait gives up with reason deadline, scope still held") {
    retry_input in = after(1);
    in.hint = server_hint::wait_for(minutes(20));
    in.max_server_wait = minutes(10);
    const retry_decision d = decide(entry("generic.http_503"), in);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::deadline);
    CHECK(d.floor == minutes(20));
    CHECK(d.pause == minutes(20));  // the next message must not walk into the outage
    CHECK(d.hold.scope == entry("generic.http_503").hold.scope);

    in.max_server_wait = minutes(30);
    CHECK(decide(entry("generic.http_503"), in).retry);
}

TEST_CASE("a server's wait past the message's deadline_left gives up with reason deadline") {
    retry_input in = after(1);
    in.hint = server_hint::wait_for(hours(48));
    in.deadline_left = hours(24);
    const retry_decision d = decide(entry("meta.130429"), in);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::deadline);
    CHECK(d.floor == hours(48));
}

TEST_CASE("a message that has spent its max_elapsed_ms failing gives up even when the server asks for a wait") {
    const error_info& e = entry("generic.http_503");
    retry_input in = after(2);
    in.elapsed = milliseconds(e.retry.max_elapsed_ms);
    in.hint = server_hint::wait_for(minutes(20));
    const retry_decision d = decide(e, in);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::deadline);
}

TEST_CASE("the message's own deadline stops a retry whose floor lies beyond it") {
    retry_input otp = after(1);
    otp.deadline_left = minutes(10);
    const retry_decision d = decide(entry("meta.131049"), otp);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::deadline);

    // A floor that fits keeps its retry; only the jitter above the floor is trimmed to fit.
    retry_input tight = after(1, 1.0);
    tight.hint = server_hint::wait_for(seconds(60));
    tight.deadline_left = seconds(65);
    const retry_decision fits = decide(entry("meta.130429"), tight);
    CHECK(fits.retry);
    CHECK(fits.delay >= seconds(60));
    CHECK(fits.delay <= seconds(65));
}

TEST_CASE("time spent failing counts against max_elapsed_ms") {
    const error_info& e = entry("meta.131000");
    retry_input in = after(2);
    in.elapsed = milliseconds(e.retry.max_elapsed_ms);
    const retry_decision d = decide(e, in);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::deadline);
}

TEST_CASE("throttles don't count as the message's attempts") {
    const error_info& throttled = entry("meta.130429");
    for (unsigned failures = 1; failures <= 200; ++failures) {
        retry_input in = after(1);
        in.scope_failures = failures;
        const retry_decision d = decide(throttled, in);
        INFO("scope failures " << failures);
        CHECK(d.retry);
        CHECK_FALSE(d.counts_as_attempt);
        CHECK(d.scope == retry_scope::phone_number);
        CHECK(d.pause == d.floor);  // the pacer, not a pause, slows the number down
    }
    // Four throttles and then a server error: the server error is the first attempt that counts.
    const retry_decision server_error = decide(entry("meta.131000"), after(1));
    CHECK(server_error.retry);
    CHECK(server_error.counts_as_attempt);
}

TEST_CASE("131056 waits 4^X seconds with X counted per business-user pair") {
    const error_info& pair = entry("meta.131056");
    long long expected = 1000;
    for (unsigned failures = 1; failures <= 6; ++failures) {
        retry_input in = after(1, 0.0);
        in.scope_failures = failures;
        const retry_decision d = decide(pair, in);
        INFO("failures to this user " << failures);
        CHECK(d.retry);
        CHECK(d.floor.count() == expected);
        CHECK(d.delay.count() >= expected);
        CHECK(d.scope == retry_scope::recipient);
        expected *= 4;
    }
}

TEST_CASE("backoff stops after max_attempts with reason attempts_spent") {
    const error_info& e = entry("meta.131000");
    CHECK(decide(e, after(e.retry.max_attempts - 1)).retry);
    const retry_decision d = decide(e, after(e.retry.max_attempts));
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::attempts_spent);
    CHECK(d.next == action::retry);
}

TEST_CASE("a whole-scope backoff error pauses its scope for the delay, a throttle for its floor") {
    const retry_decision gateway = decide(entry("generic.http_502"), after(1, 1.0));
    CHECK(gateway.scope == retry_scope::phone_number);
    CHECK(gateway.pause == gateway.delay);
    CHECK(gateway.pause > milliseconds(0));
    retry_input capped = after(1, 0.7);
    const retry_decision marketing = decide(entry("meta.131049"), capped);
    CHECK(marketing.pause == hours(24));
    CHECK(decide(entry("meta.131000"), after(1)).pause == milliseconds(0));
}

TEST_CASE("attempts of 0 is a caller's off-by-one and stops loudly") {
    const retry_decision d = decide(entry("meta.131000"), after(0));
    CHECK_FALSE(d.retry);
    CHECK(d.reason == stop_reason::invalid_input);
}

TEST_CASE("never and after_fix say why they stop, and an after_fix account error pauses the account") {
    const retry_decision permanent = decide(entry("meta.131026"), after(1));
    CHECK_FALSE(permanent.retry);
    CHECK(permanent.reason == stop_reason::never);

    const retry_decision credentials = decide(entry("meta.190"), after(1));
    CHECK_FALSE(credentials.retry);
    CHECK(credentials.reason == stop_reason::after_fix);
    CHECK(credentials.scope == retry_scope::account);
    CHECK(credentials.pause == until_fixed);
    CHECK(credentials.next == action::check_credentials);
}

TEST_CASE("a server's stop ends retries of any retryable entry") {
    for (const error_info& e : catalog()) {
        if (!is_retryable(e)) continue;
        retry_input in = after(1);
        in.hint = server_hint::stop();
        const retry_decision d = decide(e, in);
        INFO(e.id);
        CHECK_FALSE(d.retry);
        CHECK(d.reason == stop_reason::server_said_stop);
    }
    CHECK(server_hint::wait_for(milliseconds(-1)).says_stop());
}

TEST_CASE("a resend may duplicate exactly when the failed request may have gone through") {
    CHECK(decide(entry("generic.http_502"), after(1)).may_duplicate);
    CHECK(decide(entry("generic.http_504"), after(1)).may_duplicate);
    CHECK(decide(entry("generic.http_5xx"), after(1)).may_duplicate);
    CHECK(decide(entry("generic.transport_timeout"), after(1)).may_duplicate);
    CHECK_FALSE(decide(entry("generic.transport_not_sent"), after(1)).may_duplicate);
    CHECK_FALSE(decide(entry("meta.131000"), after(1)).may_duplicate);
    for (const error_info& e : catalog()) {
        INFO(e.id);
        CHECK(decide(e, after(1)).may_duplicate == (e.retry.outcome == retry_outcome::unknown));
    }
}

TEST_CASE("transport failures are retried, not dropped") {
    error_ref not_sent;
    not_sent.transport = transport_failure::not_sent;
    error_ref timed_out;
    timed_out.transport = transport_failure::no_answer;
    CHECK(classify(not_sent).id == "generic.transport_not_sent");
    CHECK(classify(timed_out).id == "generic.transport_timeout");
    CHECK(classify(timed_out).category == category::network);
    CHECK(decide(classify(not_sent), after(1)).retry);
    CHECK(decide(classify(timed_out), after(1)).retry);
}

TEST_CASE("every decision of every entry keeps the contract, whatever the inputs") {
    const unsigned attempts[] = {1, 2, 7, 100, std::numeric_limits<unsigned>::max()};
    const milliseconds elapsed[] = {milliseconds(-5), milliseconds(0), hours(1), hours(100000)};
    const server_hint hints[] = {server_hint::none(), server_hint::wait_for(milliseconds(0)),
                                 server_hint::wait_for(hours(1)), server_hint::wait_for(milliseconds::max())};
    for (const error_info& e : catalog()) {
        for (unsigned n : attempts) {
            for (milliseconds t : elapsed) {
                for (const server_hint& hint : hints) {
                    for (double jitter : awkward_jitters) {
                        retry_input in;
                        in.attempts = n;
                        in.scope_failures = n;
                        in.elapsed = t;
                        in.hint = hint;
                        in.jitter = jitter;
                        const retry_decision d = decide(e, in);
                        INFO(e.id << " n=" << n << " elapsed=" << t.count() << " jitter=" << jitter);
                        CHECK(d.retry == (d.reason == stop_reason::none));
                        CHECK(d.delay.count() >= 0);
                        CHECK(d.floor.count() >= 0);
                        if (d.retry) {
                            CHECK(is_retryable(e));
                            CHECK(d.delay >= d.floor);
                            CHECK(d.delay.count() >= e.retry.min_delay_ms);
                        }
                        CHECK(d.next == e.action);
                    }
                }
            }
        }
    }
}

#if !defined(WA_ERRORS_SEPARATE_COMPILATION)  // compiled mode: find is not constexpr
TEST_CASE("decide is usable in constant expressions") {
    constexpr retry_decision d = decide(*find("meta.131049"), retry_input{});
    static_assert(d.retry, "131049 is retried after its floor");
    static_assert(d.floor == std::chrono::hours(24), "the floor is Meta's 24 hours");
    static_assert(to_string(stop_reason::attempts_spent) == "attempts_spent", "names");
    static_assert(from_string<stop_reason>("deadline") == stop_reason::deadline, "names read back");
    CHECK(d.delay >= d.floor);
}
#endif

namespace {

// The curve as it was computed before it became closed-form: one multiplication per attempt,
// stopping at the cap. The closed form must agree with it exactly for the catalog's policies.
double stepwise_backoff_ms(const retry_policy& p, unsigned n) {
    const auto cap = static_cast<double>(p.max_delay_ms);
    auto delay = static_cast<double>(p.initial_delay_ms);
    for (unsigned i = 1; i < n && delay < cap && p.multiplier > 1.0; ++i) delay *= p.multiplier;
    return delay < cap ? delay : cap;
}

retry_policy hand_made(long long initial, long long max_delay, double multiplier) {
    retry_policy p;
    p.kind = retry_kind::backoff;
    p.initial_delay_ms = initial;
    p.max_delay_ms = max_delay;
    p.multiplier = multiplier;
    p.max_attempts = std::numeric_limits<unsigned>::max();
    return p;
}

}  // namespace

TEST_CASE("the closed-form backoff curve equals the stepwise one for every catalog entry and attempt") {
    int compared = 0;
    for (const error_info& e : catalog()) {
        for (unsigned n = 1; n <= 64; ++n) {
            INFO(e.id << " n=" << n);
            REQUIRE(detail::capped_backoff_ms(e.retry, n) == stepwise_backoff_ms(e.retry, n));
            ++compared;
        }
    }
    CHECK(compared == 64 * static_cast<int>(std::size(catalog())));
}

TEST_CASE("hand-made curves give the stepwise result where stepping is cheap, and never pass the cap") {
    const retry_policy policies[] = {hand_made(1, 1000000000, 1.0000001),
                                     hand_made(3, 1LL << 62, 1.5),
                                     hand_made(7, 100, 3.0),
                                     hand_made(1000, 1000, 2.0),
                                     hand_made(5, 4, 2.0),
                                     hand_made(0, 1000, 2.0),
                                     hand_made(-5, 1000, 2.0),
                                     hand_made(10, 1000, 0.5),
                                     hand_made(10, 1000, std::nan(""))};
    for (const retry_policy& p : policies) {
        for (unsigned n = 1; n <= 5000; n += (n < 100 ? 1 : 97)) {
            INFO("initial=" << p.initial_delay_ms << " cap=" << p.max_delay_ms << " x" << p.multiplier << " n=" << n);
            const double closed = detail::capped_backoff_ms(p, n);
            const double stepwise = stepwise_backoff_ms(p, n);
            CHECK(closed <= static_cast<double>(p.max_delay_ms));
            CHECK(closed >= 0.0);
            // Powers by squaring round differently from repeated products only in the last bits.
            if (stepwise > 0.0) CHECK(closed == Approx(stepwise).epsilon(1e-9));
            if (stepwise <= 0.0) CHECK(closed == 0.0);
        }
    }
}

TEST_CASE("a hostile policy's curve at attempt 2^31 and beyond is computed exactly, not stepped through") {
    // A multiplier of 1 + 2^-40: 2^31 steps multiply the start by (1 + 2^-40)^(2^31), which is
    // e^(2^-9) to within 2^-50 -- the stepwise loop took seconds per call for this.
    const double tiny = std::ldexp(1.0, -40);
    const retry_policy p = hand_made(1000000, 1LL << 60, 1.0 + tiny);
    for (unsigned n : {1U << 31, (1U << 31) + 1, std::numeric_limits<unsigned>::max()}) {
        const double expected = 1000000.0 * std::exp(static_cast<double>(n - 1) * std::log1p(tiny));
        INFO("n=" << n);
        CHECK(detail::capped_backoff_ms(p, n) == Approx(expected).epsilon(1e-9));
    }
    // A curve that reaches its cap only after about 2^30 attempts: the cap past it, not before.
    const double half_way = std::exp(std::ldexp(1.0, 30) * std::log1p(tiny));  // growth after 2^30 steps
    const retry_policy capped = hand_made(1000000, static_cast<long long>(1000000.0 * half_way) + 1, 1.0 + tiny);
    CHECK(detail::capped_backoff_ms(capped, (1U << 30) - 1000) < static_cast<double>(capped.max_delay_ms));
    CHECK(detail::capped_backoff_ms(capped, 1U << 31) == static_cast<double>(capped.max_delay_ms));
    // decide() on such a policy keeps its contract at the largest attempt count.
    error_info e = entry("generic.http_5xx");
    e.retry = p;
    retry_input in = after(std::numeric_limits<unsigned>::max() - 1, 1.0);
    const retry_decision d = decide(e, in);
    CHECK(d.retry);
    const double expected = 1000000.0 * std::exp(static_cast<double>(in.attempts - 1) * std::log1p(tiny));
    CHECK(static_cast<double>(d.delay.count()) == Approx(expected).margin(1.0));  // whole milliseconds
}

TEST_CASE("the closed-form curve is usable in constant expressions") {
    constexpr retry_policy p = {retry_kind::backoff,    retry_scope::request, 1000, 1000000, 2.0, 10, 0, 0,
                                retry_outcome::rejected};
    static_assert(detail::capped_backoff_ms(p, 1) == 1000.0, "the start");
    static_assert(detail::capped_backoff_ms(p, 4) == 8000.0, "three doublings");
    static_assert(detail::capped_backoff_ms(p, 4000000000U) == 1000000.0, "the cap, in bounded steps");
    CHECK(detail::capped_backoff_ms(p, 11) == 1000000.0);
}
