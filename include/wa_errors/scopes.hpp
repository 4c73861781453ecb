// SPDX-License-Identifier: MIT
// wa_errors: state kept per scope key (a business number, a business-user pair, an account):
// the key itself, a registry of per-key objects (pacers, retry quotas), and the pause board.
// Opt-in: not included by wa_errors.hpp.
#pragma once

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// The key of the thing a decision pauses: "phone_number:<id>", "recipient:<id>:<user>" (Meta's
// pair limits are per business number and user), "account:<id>", or "" for a single request.
// scope_key() as its parts, which it joins: a caller that must not allocate joins them into a
// buffer of its own (redis/send_gate.hpp), and the key's format stays written once.
[[nodiscard]] constexpr std::array<std::string_view, 4> scope_key_parts(retry_scope scope,
                                                                        std::string_view phone_number_id,
                                                                        std::string_view recipient,
                                                                        std::string_view account = {}) noexcept {
    switch (scope) {
        case retry_scope::phone_number: return {"phone_number:", phone_number_id};
        case retry_scope::recipient: return {"recipient:", phone_number_id, ":", recipient};
        case retry_scope::account: return {"account:", account};
        case retry_scope::request: break;
    }
    return {};
}

[[nodiscard]] inline std::string scope_key(retry_scope scope, std::string_view phone_number_id,
                                           std::string_view recipient, std::string_view account = {}) {
    std::string key;
    for (const std::string_view part : scope_key_parts(scope, phone_number_id, recipient, account)) key += part;
    return key;
}

namespace detail {

// The map behind every per-key registry (in-process here, on Redis in redis/keyed.hpp): one T per
// key, made on first use by the caller's `make` and kept at a stable address; thread-safe.
// Looking up a key that exists allocates nothing.
template <class T>
class keyed_store {
public:
    template <class Make>
    [[nodiscard]] T& at(std::string_view key, Make&& make) {
        const std::lock_guard<std::mutex> lock(mutex_);
        auto it = items_.find(key);
        if (it == items_.end()) it = items_.emplace(std::string(key), make()).first;
        return *it->second;
    }

    [[nodiscard]] std::size_t size() const {
        const std::lock_guard<std::mutex> lock(mutex_);
        return items_.size();
    }

    // Drops the items for which `idle(item)` holds. Callers must not hold references to them.
    template <class Predicate>
    std::size_t forget_if(Predicate idle) {
        const std::lock_guard<std::mutex> lock(mutex_);
        std::size_t dropped = 0;
        for (auto it = items_.begin(); it != items_.end();) {
            if (idle(*it->second)) {
                it = items_.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
        return dropped;
    }

private:
    mutable std::mutex mutex_{};
    std::map<std::string, std::unique_ptr<T>, std::less<>> items_{};
};

}  // namespace detail

// One T per key, made on first use from the registry's settings and kept at a stable address.
// Looking up a key that exists allocates nothing.
template <class T, class Settings>
class keyed {
public:
    explicit keyed(Settings settings) : settings_(std::move(settings)) {}

    [[nodiscard]] T& at(std::string_view key) {
        return store_.at(key, [this] { return std::make_unique<T>(settings_); });
    }

    [[nodiscard]] std::size_t size() const { return store_.size(); }

    // Drops the items for which `idle(item)` holds, so that a campaign to a million users
    // doesn't keep a million pair pacers. Callers must not hold references to dropped items.
    template <class Predicate>
    std::size_t forget_if(Predicate idle) {
        return store_.forget_if(std::move(idle));
    }

private:
    const Settings settings_;
    detail::keyed_store<T> store_{};
};

// Scope key → which traffic is held until when, what ends each hold, and why. A key holds each
// traffic (traffic.hpp's vocabulary) separately, once per way of ending (time, the user's message,
// a person's fix, an opt-in), so that lifting one kind of hold leaves the others in force. A hold
// is only ever extended, never shortened, by a later one: two workers that learn different waits
// for one number keep the longer one.
class pause_board {
public:
    using clock = std::chrono::steady_clock;

    struct pause {
        clock::time_point until{};
        const error_info* cause = nullptr;  // the catalog entry that paused it
        wa_errors::traffic traffic = traffic::all;
        hold_lifts lifts = hold_lifts::time;
    };

    // Holds `held` traffic of `key` until `until`, ended early only by `lifts` (or resume()).
    void hold_until(std::string_view key, wa_errors::traffic held, hold_lifts lifts, clock::time_point until,
                    const error_info& cause) {
        const auto t = static_cast<std::size_t>(held);
        const auto l = static_cast<std::size_t>(lifts);
        if (t >= traffic_count || l >= lifts_count) return;
        const std::lock_guard<std::mutex> lock(mutex_);
        auto it = holds_.find(key);
        if (it == holds_.end()) it = holds_.emplace(std::string(key), slots{}).first;
        slot& s = it->second[t][l];
        if (s.cause == nullptr || s.until < until) s = slot{until, &cause};
    }

    // Holds `held` traffic of `key` for `length` from `now` (a decision's `pause`); until_fixed and
    // other lengths past the clock's range hold until the end of time, or until lifted.
    void hold_for(std::string_view key, wa_errors::traffic held, hold_lifts lifts, clock::time_point now,
                  std::chrono::milliseconds length, const error_info& cause) {
        if (length.count() <= 0) return;
        const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
        hold_until(key, held, lifts, length >= room ? clock::time_point::max() : now + length, cause);
    }

    // A pause of all traffic of `key`, ended by time (or resume()).
    void pause_until(std::string_view key, clock::time_point until, const error_info& cause) {
        hold_until(key, traffic::all, hold_lifts::time, until, cause);
    }
    void pause_for(std::string_view key, clock::time_point now, std::chrono::milliseconds length,
                   const error_info& cause) {
        hold_for(key, traffic::all, hold_lifts::time, now, length, cause);
    }

    // The longest hold in force for `key` at `now` on any traffic of `sent` (what a send belongs
    // to: traffic_of()), if any.
    [[nodiscard]] std::optional<pause> held(std::string_view key, traffic_set sent, clock::time_point now) const {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = holds_.find(key);
        if (it == holds_.end()) return std::nullopt;
        std::optional<pause> longest;
        for (std::size_t t = 0; t < traffic_count; ++t) {
            if (!sent.contains(static_cast<wa_errors::traffic>(t))) continue;
            for (std::size_t l = 0; l < lifts_count; ++l) {
                const slot& s = it->second[t][l];
                if (s.cause == nullptr || s.until <= now || (longest && longest->until >= s.until)) continue;
                longest = pause{s.until, s.cause, static_cast<wa_errors::traffic>(t), static_cast<hold_lifts>(l)};
            }
        }
        return longest;
    }

    // The longest hold in force for `key` at `now`, whatever traffic it holds.
    [[nodiscard]] std::optional<pause> paused(std::string_view key, clock::time_point now) const {
        return held(key, traffic_set::every(), now);
    }

    // Ends the holds of `key` that `event` ends (the user wrote: inbound; opted in: opt_in).
    void lift(std::string_view key, hold_lifts event) {
        const auto l = static_cast<std::size_t>(event);
        if (l >= lifts_count) return;
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = holds_.find(key);
        if (it == holds_.end()) return;
        for (auto& by_lifts : it->second) by_lifts[l] = slot{};
        if (empty(it->second)) holds_.erase(it);
    }

    // Lifts every hold of `key` early (a person fixed what an after_fix error was about).
    void resume(std::string_view key) {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = holds_.find(key);
        if (it != holds_.end()) holds_.erase(it);
    }

    // Forgets holds that ended before `now`; returns how many keys hold nothing any more.
    std::size_t forget_ended(clock::time_point now) {
        const std::lock_guard<std::mutex> lock(mutex_);
        std::size_t dropped = 0;
        for (auto it = holds_.begin(); it != holds_.end();) {
            for (auto& by_lifts : it->second)
                for (slot& s : by_lifts)
                    if (s.cause != nullptr && s.until <= now) s = slot{};
            if (empty(it->second)) {
                it = holds_.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
        return dropped;
    }

private:
    static constexpr std::size_t traffic_count =
        sizeof(detail::enum_names<wa_errors::traffic>::names) / sizeof(std::string_view);
    static constexpr std::size_t lifts_count = sizeof(detail::enum_names<hold_lifts>::names) / sizeof(std::string_view);
    struct slot {
        clock::time_point until{};
        const error_info* cause = nullptr;  // null: no hold
    };
    using slots = std::array<std::array<slot, lifts_count>, traffic_count>;

    static bool empty(const slots& all) noexcept {
        for (const auto& by_lifts : all)
            for (const slot& s : by_lifts)
                if (s.cause != nullptr) return false;
        return true;
    }

    mutable std::mutex mutex_{};
    std::map<std::string, slots, std::less<>> holds_{};
};

WA_ERRORS_END_NAMESPACE
