// SPDX-License-Identifier: MIT
// wa_errors::redis: wa_errors::pacer with its state in Redis, so that every worker of a fleet
// draws from one bucket per scope key.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "../pacing.hpp"
#include "../version.hpp"
#include "client.hpp"
#include "keyed.hpp"
#include "keys.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// The same members as wa_errors::pacer, with the same arithmetic (scripts::pace), on the server's
// clock. While Redis can't be reached, it answers from a local share, and answered_locally()
// says so. The share is the fleet's rate (as last seen from Redis, or cut by throttles seen
// meanwhile) and burst divided by the client's fleet_size() (the live count last seen). It starts
// empty each time Redis stops answering (the fleet may just have spent the burst), and what it
// grants is charged to Redis, in full, once it answers again (scripts::pace, op charge). Every
// operation also hands Redis the latest state it read there, so that a Redis that lost the state
// (a restart, a promoted replica behind its master) doesn't start from a full bucket: an outage
// adds no burst beyond the one the limit allows.
class pacer {
public:
    pacer(client& connection, std::string_view key, const pace_settings& s)
        : client_(connection),
          key_(tagged_key(connection.options().prefix, "pace", key)),
          hold_key_(tagged_key(connection.options().prefix, "pause", key)),
          scope_(scope_of(key)),
          owner_(owner_of(key)),
          ceiling_(positive_or(s.ceiling_per_second > 0.0 ? s.ceiling_per_second : s.per_second, 1.0)),
          floor_(positive_or(s.floor_per_second, ceiling_ / 100.0)),
          burst_(s.burst >= 1.0 && s.burst < 1e9 ? s.burst : 1.0),
          cut_(s.cut > 0.0 && s.cut < 1.0 ? s.cut : 0.7),
          recover_(s.recover_fraction > 0.0 && s.recover_fraction <= 1.0 ? s.recover_fraction : 0.02),
          initial_us_(interval_us(positive_or(s.per_second, ceiling_))),
          cut_spacing_us_(
              s.seconds_between_cuts >= 0.0 && s.seconds_between_cuts <= 3600.0 ? s.seconds_between_cuts * 1e6 : 1e6),
          idle_ms_(static_cast<double>(connection.options().idle_expiry.count())),
          local_(s),
          interval_ns_(static_cast<std::int64_t>(initial_us_ * 1000.0)) {}

    pacer(const pacer&) = delete;
    pacer& operator=(const pacer&) = delete;

    // Takes a send slot and returns 0, or takes nothing and returns how long until one is free.
    // One round trip; `now` is read only by the local share (and to place idle_after()).
    [[nodiscard]] std::chrono::nanoseconds try_acquire(pacing_clock::time_point now) noexcept {
        // Slots granted locally during an outage go to Redis before Redis grants more.
        script_reply r;
        if (!owes() || settle(now)) r = run("acquire", 0.0, now);
        if (r.ok) remember(r, now);
        const auto wait = r.ok ? std::chrono::nanoseconds(r.number[0]) : local_try(now, true);
        tell(wait);
        return wait;
    }

    // Whether slots granted from the local share are still to be charged to Redis.
    [[nodiscard]] bool owes() const noexcept { return owed_.load(std::memory_order_relaxed) > 0; }

    // Charges Redis with the slots the local share granted (one round trip, only when there are
    // some). Returns whether Redis took them; if not, they stay owed.
    bool settle(pacing_clock::time_point now) noexcept {
        const std::int64_t n = owed_.exchange(0, std::memory_order_relaxed);
        if (n <= 0) return true;
        const std::int64_t t = now.time_since_epoch().count();
        const std::int64_t since = owed_since_ns_.load(std::memory_order_relaxed);
        const double elapsed_us = t > since ? static_cast<double>(t - since) / 1000.0 : 0.0;
        const std::int64_t tat = local_tat_ns_.load(std::memory_order_relaxed);
        const double ahead_us = tat > t ? static_cast<double>(tat - t) / 1000.0 : 0.0;
        const script_reply r =
            client_.run(scripts::id::pace, key_,
                        {std::string_view("charge"), burst_arg_, initial_arg_, ceiling_arg_, floor_arg_, cut_arg_,
                         recover_arg_, idle_arg_, static_cast<double>(n), elapsed_us, known_tat(), ahead_us,
                         static_cast<double>(client_.fleet_size())});
        if (!r.ok) {
            owed_.fetch_add(n, std::memory_order_relaxed);
            return false;
        }
        remember(r, now);
        charged_.fetch_add(static_cast<std::uint64_t>(n), std::memory_order_relaxed);
        return true;
    }

    // The local share's answer (a worker that can't reach Redis): `take` a slot if one is free, or
    // only say how long until one is. A slot taken is owed to Redis.
    [[nodiscard]] std::chrono::nanoseconds local_try(pacing_clock::time_point now, bool take) noexcept {
        enter_local(now);
        const std::int64_t t = now.time_since_epoch().count();
        const std::int64_t interval = local_interval_ns();
        const auto tolerance = static_cast<std::int64_t>((local_burst() - 1.0) * static_cast<double>(interval));
        std::int64_t tat = local_tat_ns_.load(std::memory_order_relaxed);
        for (;;) {
            const std::int64_t start = tat > t ? tat : t;
            if (start - t > tolerance) return std::chrono::nanoseconds(start - tolerance - t);
            if (!take) return {};
            if (local_tat_ns_.compare_exchange_weak(tat, start + interval, std::memory_order_relaxed)) break;
        }
        std::int64_t before = owed_.load(std::memory_order_relaxed);
        if (before == 0) owed_since_ns_.store(t, std::memory_order_relaxed);
        while (!owed_.compare_exchange_weak(before, before + 1, std::memory_order_relaxed)) {
        }
        return {};
    }

    // Slots granted locally and since charged to Redis, over this handle's life.
    [[nodiscard]] std::uint64_t charged() const noexcept { return charged_.load(std::memory_order_relaxed); }

    // What the send script needs to take this pacer's slot (redis::send_gate), written once as
    // script arguments: a send formats no number of its own.
    [[nodiscard]] double burst() const noexcept { return burst_; }
    [[nodiscard]] const script_arg& burst_arg() const noexcept { return burst_arg_; }
    [[nodiscard]] const script_arg& initial_interval_arg() const noexcept { return initial_arg_; }
    [[nodiscard]] const script_arg& idle_expiry_arg() const noexcept { return idle_arg_; }
    // The latest tat Redis answered for this key, as an argument of the send script, which
    // answers the tat it leaves (note_tat): the send gate keeps the state's floor up to date too.
    [[nodiscard]] script_arg known_tat_arg() const noexcept { return {known_tat()}; }
    void note_tat(std::int64_t tat_us) noexcept {
        std::int64_t known = known_tat_us_.load(std::memory_order_relaxed);
        while (tat_us > known && !known_tat_us_.compare_exchange_weak(known, tat_us, std::memory_order_relaxed)) {
        }
    }
    // The key of the holds of the same scope key (pause_board::full_key).
    [[nodiscard]] const std::string& hold_key() const noexcept { return hold_key_; }
    // A Redis answer (or its absence) about this key that came by another script (send_gate).
    void note_answer(bool answered, pacing_clock::time_point now) noexcept {
        if (answered)
            local_answer_.store(false, std::memory_order_relaxed);
        else
            enter_local(now);
    }

    // A throttle: cuts the fleet's rate (once for throttles closer together than
    // seconds_between_cuts, whichever workers saw them) and holds every worker back past the
    // server's wait.
    void on_throttle(pacing_clock::time_point now, std::chrono::nanoseconds server_wait = {}) noexcept {
        local_.on_throttle(now, server_wait);  // so that a fallback right after is cut as well
        last_throttle_.store(now, std::memory_order_relaxed);
        const std::int64_t wait = server_wait.count() > 0 ? server_wait.count() : 0;
        const script_reply r =
            run("throttle", static_cast<double>(wait < max_wait_ns ? wait : max_wait_ns) / 1000.0, now);
        if (r.ok) remember(r, now);
    }

    // A success: wins back some of the rate. It costs a round trip only when there is something
    // to win back (a throttle seen, or a rate under the ceiling), and then at most every 100 ms
    // per handle: the server ignores recoveries closer together than that anyway.
    // `sent`: when the successful request went out; one that left before this handle's last
    // throttle arrived is older news than that throttle and changes nothing in Redis.
    void on_success(pacing_clock::time_point now) noexcept { on_success(now, now); }
    void on_success(pacing_clock::time_point now, pacing_clock::time_point sent) noexcept {
        local_.on_success(now, sent);
        if (sent < last_throttle_.load(std::memory_order_relaxed)) return;
        const bool throttled = throttles_.load(std::memory_order_relaxed) > 0;
        const bool below = remote_rate() < ceiling_ * (1.0 - 1e-9);
        if (!throttled && !below) return;
        const std::int64_t t = std::chrono::steady_clock::now().time_since_epoch().count();
        std::int64_t last = last_success_sent_.load(std::memory_order_relaxed);
        if (!throttled && t - last < 100'000'000) return;
        if (!last_success_sent_.compare_exchange_strong(last, t, std::memory_order_relaxed)) return;
        const script_reply r = run("success", 0.0, now);
        if (r.ok) remember(r, now);
    }

    // Throttles of this key since its last success, across the fleet, as of this handle's last
    // answer from Redis (the local share's count while it answers locally).
    [[nodiscard]] unsigned throttles_in_a_row() const noexcept {
        return answered_locally() ? local_.throttles_in_a_row() : throttles_.load(std::memory_order_relaxed);
    }

    // Sends per second now allowed for the whole fleet, as of this handle's last answer (this
    // worker's share while it answers locally).
    [[nodiscard]] double rate() const noexcept {
        return answered_locally() ? 1e9 / static_cast<double>(local_interval_ns()) : remote_rate();
    }

    // The moment the bucket will be full again, in the caller's clock, as of the last answer.
    [[nodiscard]] pacing_clock::time_point idle_after() const noexcept {
        return pacing_clock::time_point(std::chrono::nanoseconds(idle_after_ns_.load(std::memory_order_relaxed)));
    }

    // Whether the last answer came from the local share (Redis unreachable, slow or busy).
    [[nodiscard]] bool answered_locally() const noexcept { return local_answer_.load(std::memory_order_relaxed); }

    [[nodiscard]] const std::string& redis_key() const noexcept { return key_; }

private:
    static constexpr std::int64_t max_wait_ns = std::int64_t{1} << 60;  // as wa_errors::pacer

    static double positive_or(double value, double fallback) noexcept {
        return value > 0.0 && value < 1e9 ? value : fallback;
    }
    static double interval_us(double per_second) noexcept {
        const double v = 1e6 / per_second;
        return v < 0.001 ? 0.001 : v > 1e14 ? 1e14 : v;
    }
    // The local share: the fleet's interval (the slower of Redis' last answer and the local
    // pacer, which sees this worker's throttles) times the fleet, and the burst divided by it.
    std::int64_t local_interval_ns() const noexcept {
        const double fleet = client_.fleet_size();
        const auto remote = static_cast<double>(interval_ns_.load(std::memory_order_relaxed));
        const double local = 1e9 / local_.rate();
        const double v = (remote > local ? remote : local) * fleet;
        return static_cast<std::int64_t>(v < 1.0 ? 1.0 : v > 1e18 ? 1e18 : v);
    }
    double local_burst() const noexcept {
        const double b = burst_ / client_.fleet_size();
        return b >= 1.0 ? b : 1.0;
    }

    // Redis stopped answering: the local share starts empty (its next slot one local interval
    // away), since the fleet may have spent the burst just before.
    void enter_local(pacing_clock::time_point now) noexcept {
        if (local_answer_.exchange(true, std::memory_order_relaxed)) return;
        const std::int64_t t = now.time_since_epoch().count();
        const std::int64_t interval = local_interval_ns();
        const auto full = static_cast<std::int64_t>(local_burst() * static_cast<double>(interval));
        local_tat_ns_.store(t + full, std::memory_order_relaxed);
    }

    void tell(std::chrono::nanoseconds wait) const noexcept {
        observer* w = client_.watch();
        if (w == nullptr) return;
        try {
            if (wait.count() == 0)
                w->on_granted(owner_);
            else
                w->on_refused(refusal_cause::pacing, scope_, nullptr, owner_);
        } catch (...) {  // an observer's failure must not reach the hot path
        }
    }

    script_reply run(std::string_view op, double wait_us, pacing_clock::time_point now) noexcept {
        script_reply r = client_.run(scripts::id::pace, key_,
                                     {op, burst_arg_, initial_arg_, ceiling_arg_, floor_arg_, cut_arg_, recover_arg_,
                                      idle_arg_, wait_us, spacing_arg_, known_tat()});
        note_answer(r.ok, now);
        return r;
    }

    void remember(const script_reply& r, pacing_clock::time_point now) noexcept {
        if (r.number[1] > 0) interval_ns_.store(r.number[1], std::memory_order_relaxed);
        throttles_.store(static_cast<unsigned>(r.number[2]), std::memory_order_relaxed);
        const std::int64_t t = now.time_since_epoch().count();
        const std::int64_t room = INT64_MAX - (t > 0 ? t : 0);
        idle_after_ns_.store(t + (r.number[3] < room ? r.number[3] : room), std::memory_order_relaxed);
        note_tat(r.number[4]);  // another thread's answer may have come first with a later tat
    }

    // The latest tat Redis answered for this key (server clock), sent with every operation: the
    // script raises a tat older than that (a restart, a promoted replica that lagged) back to it.
    double known_tat() const noexcept { return static_cast<double>(known_tat_us_.load(std::memory_order_relaxed)); }

    double remote_rate() const noexcept {
        return 1e9 / static_cast<double>(interval_ns_.load(std::memory_order_relaxed));
    }

    // The scope and the number a scope key (scope_key()) names, for the observer.
    static retry_scope scope_of(std::string_view key) noexcept {
        return key.substr(0, 13) == "phone_number:" ? retry_scope::phone_number
               : key.substr(0, 10) == "recipient:"  ? retry_scope::recipient
               : key.substr(0, 8) == "account:"     ? retry_scope::account
                                                    : retry_scope::request;
    }
    static std::string owner_of(std::string_view key) {
        const std::size_t colon = key.find(':');
        if (colon == std::string_view::npos) return std::string(key);
        const std::string_view rest = key.substr(colon + 1);
        return std::string(rest.substr(0, rest.find(':')));
    }

    client& client_;
    const std::string key_;
    const std::string hold_key_;
    const retry_scope scope_;
    const std::string owner_;
    const double ceiling_, floor_, burst_, cut_, recover_, initial_us_, cut_spacing_us_, idle_ms_;
    wa_errors::pacer local_;
    std::atomic<std::int64_t> interval_ns_;
    std::atomic<std::int64_t> idle_after_ns_{0};
    std::atomic<std::int64_t> last_success_sent_{INT64_MIN / 2};
    std::atomic<unsigned> throttles_{0};
    std::atomic<pacing_clock::time_point> last_throttle_{pacing_clock::time_point::min()};
    std::atomic<bool> local_answer_{false};
    std::atomic<std::int64_t> local_tat_ns_{0};   // the local share's GCRA state
    std::atomic<std::int64_t> owed_{0};           // local grants not yet charged to Redis
    std::atomic<std::int64_t> owed_since_ns_{0};  // when the first of them was granted
    std::atomic<std::uint64_t> charged_{0};
    std::atomic<std::int64_t> known_tat_us_{0};  // the latest tat Redis answered (us, its clock)
    // The settings as script arguments, written once: an operation formats only what changes.
    const script_arg burst_arg_{burst_}, initial_arg_{initial_us_}, idle_arg_{idle_ms_}, ceiling_arg_{ceiling_},
        floor_arg_{floor_}, cut_arg_{cut_}, recover_arg_{recover_}, spacing_arg_{cut_spacing_us_};
};

// Drop-in for keyed<wa_errors::pacer, pace_settings>: `pacers(client, settings).at(key)`.
using pacers = keyed<pacer, pace_settings>;

}  // namespace redis
WA_ERRORS_END_NAMESPACE
