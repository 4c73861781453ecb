// SPDX-License-Identifier: MIT
// wa_errors::redis: the registry of per-key handles (pacers, retry quotas) made from one client,
// shaped like wa_errors::keyed so that `at(key)` reads the same in both.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <utility>

#include "../scopes.hpp"
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
        return store_.at(key, [this, key] { return std::make_unique<T>(client_, key, settings_); });
    }

    [[nodiscard]] std::size_t size() const { return store_.size(); }

    // Drops the handles for which `idle(item)` holds (their Redis keys expire by themselves).
    // Callers must not hold references to dropped items.
    template <class Predicate>
    std::size_t forget_if(Predicate idle) {
        return store_.forget_if(std::move(idle));
    }

    [[nodiscard]] client& connection() const noexcept { return client_; }
    [[nodiscard]] connection_state state() const noexcept { return client_.state(); }

private:
    client& client_;
    const Settings settings_;
    wa_errors::detail::keyed_store<T> store_{};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
