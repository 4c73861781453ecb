// SPDX-License-Identifier: MIT
// wa_errors: what the server itself said about when to come back (Retry-After, Meta's usage
// headers, a gateway's pushback). decide() treats it as a floor that is never shortened.
#pragma once

#include <chrono>
#include <cstdint>

#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

struct server_hint {
    enum class type : std::uint8_t {
        none,  // the server said nothing
        wait,  // "not before `wait` from now"
        stop   // "do not retry" (gRPC's negative pushback; a usage report at 100 % with no end)
    };
    type kind = type::none;
    std::chrono::milliseconds wait{0};  // meaningful for `wait` only

    [[nodiscard]] static constexpr server_hint none() noexcept { return {}; }
    // A negative wait is read as "stop", as gRPC reads a negative pushback.
    [[nodiscard]] static constexpr server_hint wait_for(std::chrono::milliseconds w) noexcept {
        return w < std::chrono::milliseconds(0) ? server_hint{type::stop, std::chrono::milliseconds(0)}
                                                : server_hint{type::wait, w};
    }
    [[nodiscard]] static constexpr server_hint stop() noexcept { return {type::stop, std::chrono::milliseconds(0)}; }

    [[nodiscard]] constexpr bool says_stop() const noexcept { return kind == type::stop; }
    [[nodiscard]] constexpr bool says_wait() const noexcept { return kind == type::wait; }
};

[[nodiscard]] constexpr bool operator==(const server_hint& a, const server_hint& b) noexcept {
    return a.kind == b.kind && (a.kind != server_hint::type::wait || a.wait == b.wait);
}
[[nodiscard]] constexpr bool operator!=(const server_hint& a, const server_hint& b) noexcept { return !(a == b); }

// Two hints from one response (Retry-After and a usage header): "stop" wins, else the longer wait.
[[nodiscard]] constexpr server_hint merge(const server_hint& a, const server_hint& b) noexcept {
    if (a.says_stop() || b.says_stop()) return server_hint::stop();
    if (!a.says_wait()) return b;
    if (!b.says_wait()) return a;
    return a.wait >= b.wait ? a : b;
}

WA_ERRORS_END_NAMESPACE
