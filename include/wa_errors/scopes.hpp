// SPDX-License-Identifier: MIT
// wa_errors: state kept per scope key (a business number, a business-user pair, an account):
// the key itself, a registry of per-key objects (pacers, retry quotas), and the pause board.
// Opt-in: not included by wa_errors.hpp.
#pragma once

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
[[nodiscard]] inline std::string scope_key(retry_scope scope, std::string_view phone_number_id,
                                           std::string_view recipient, std::string_view account = {}) {
    switch (scope) {
        case retry_scope::phone_number: return "phone_number:" + std::string(phone_number_id);
        case retry_scope::recipient: return "recipient:" + std::string(phone_number_id) + ":" + std::string(recipient);
        case retry_scope::account: return "account:" + std::string(account);
        case retry_scope::request: break;
    }
    return {};
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

// Scope key → paused until when, and why. A pause is only ever extended, never shortened, by a
// later pause: two workers that learn different waits for one number keep the longer one.
class pause_board {
public:
    using clock = std::chrono::steady_clock;

    struct pause {
        clock::time_point until{};
        const error_info* cause = nullptr;  // the catalog entry that paused it
    };

    void pause_until(std::string_view key, clock::time_point until, const error_info& cause) {
        const std::lock_guard<std::mutex> lock(mutex_);
        auto it = pauses_.find(key);
        if (it == pauses_.end())
            pauses_.emplace(std::string(key), pause{until, &cause});
        else if (it->second.until < until)
            it->second = pause{until, &cause};
    }

    // Pauses `key` for `length` from `now` (a decision's `pause`); until_fixed and other lengths
    // past the clock's range pause until the end of time, or until resume().
    void pause_for(std::string_view key, clock::time_point now, std::chrono::milliseconds length,
                   const error_info& cause) {
        if (length.count() <= 0) return;
        const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(clock::time_point::max() - now);
        pause_until(key, length >= room ? clock::time_point::max() : now + length, cause);
    }

    // The pause in force for `key` at `now`, if any.
    [[nodiscard]] std::optional<pause> paused(std::string_view key, clock::time_point now) const {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = pauses_.find(key);
        if (it == pauses_.end() || it->second.until <= now) return std::nullopt;
        return it->second;
    }

    // Lifts a pause early (a person fixed what an after_fix error was about).
    void resume(std::string_view key) {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = pauses_.find(key);
        if (it != pauses_.end()) pauses_.erase(it);
    }

    // Forgets pauses that ended before `now`.
    std::size_t forget_ended(clock::time_point now) {
        const std::lock_guard<std::mutex> lock(mutex_);
        std::size_t dropped = 0;
        for (auto it = pauses_.begin(); it != pauses_.end();) {
            if (it->second.until <= now) {
                it = pauses_.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
        return dropped;
    }

private:
    mutable std::mutex mutex_{};
    std::map<std::string, pause, std::less<>> pauses_{};
};

WA_ERRORS_END_NAMESPACE
