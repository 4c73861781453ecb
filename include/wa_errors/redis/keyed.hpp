// wa_errors::redis: the registry of per-key handles (pacers, retry quotas) made from one client,
// shaped like wa_errors::keyed so that `at(key)` reads the same in both.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "../version.hpp"
#include "client.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// One T per key, made on first use and kept at a stable address. A T is only a handle: the state
// lives in Redis, plus the local share the handle falls back on while Redis can't be reached.
template <class T, class Settings>
class keyed {
public:
    keyed(client& connection, Settings settings) : client_(connection), settings_(std::move(settings)) {}

    [[nodiscard]] T& at(std::string_view key) {
        const std::lock_guard<std::mutex> lock(mutex_);
        auto it = items_.find(key);
        if (it == items_.end())
            it = items_.emplace(std::string(key), std::make_unique<T>(client_, key, settings_)).first;
        return *it->second;
    }

    [[nodiscard]] std::size_t size() const {
        const std::lock_guard<std::mutex> lock(mutex_);
        return items_.size();
    }

    // Drops the handles for which `idle(item)` holds (their Redis keys expire by themselves).
    // Callers must not hold references to dropped items.
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

    [[nodiscard]] client& connection() const noexcept { return client_; }
    [[nodiscard]] connection_state state() const noexcept { return client_.state(); }

private:
    client& client_;
    const Settings settings_;
    mutable std::mutex mutex_{};
    std::map<std::string, std::unique_ptr<T>, std::less<>> items_{};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
