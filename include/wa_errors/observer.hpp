// SPDX-License-Identifier: MIT
// wa_errors: one interface through which the library reports what it decided, for a service's
// logs and metrics. send_policy and the Redis classes call it when one is given to them (a
// pointer in their settings); with none they test one pointer and do nothing else.
// Opt-in: not included by wa_errors.hpp.
#pragma once

#include <chrono>
#include <string_view>

#include "retry.hpp"
#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// Where a send was refused, and why: a hold an error put in force, or pacing (the rate Meta
// allows, a breaker after an incident).
enum class refusal_cause : std::uint8_t { hold, pacing, breaker };

namespace detail {
template <>
struct enum_names<refusal_cause> {
    static constexpr std::string_view names[] = {"hold", "pacing", "breaker"};
};
}  // namespace detail

// Override what you need; every hook does nothing by default. Hooks run on the thread that
// called the library, inside that call, and may be called from several threads at once: keep
// them short and thread-safe. An exception a hook throws leaves the library call that ran it
// (the library's own state is already updated when a hook runs).
class observer {
public:
    observer() = default;
    observer(const observer&) = default;
    observer& operator=(const observer&) = default;
    observer(observer&&) = default;
    observer& operator=(observer&&) = default;
    virtual ~observer() = default;

    // A failed send was decided on: every on_failure, whatever the decision.
    virtual void on_decision(const error_info& /*error*/, const retry_decision& /*decision*/,
                             std::string_view /*number*/) {}
    // A failure put a hold in force: `decision.hold` says on what, `decision.pause` how long.
    virtual void on_hold(const error_info& /*error*/, const retry_decision& /*decision*/, std::string_view /*number*/) {
    }
    // A message is given up on: `decision.reason` says why.
    virtual void on_give_up(const error_info& /*error*/, const retry_decision& /*decision*/,
                            std::string_view /*number*/) {}
    // A send may go now.
    virtual void on_granted(std::string_view /*number*/) {}
    // A send may not go now: held by `cause_error` (refusal_cause::hold) or paced, at `scope`.
    virtual void on_refused(refusal_cause /*cause*/, retry_scope /*scope*/, const error_info* /*cause_error*/,
                            std::string_view /*number*/) {}

    // Fleet state. One command sent to Redis and its answer (or its failure), with the time it took.
    virtual void on_round_trip(std::chrono::nanoseconds /*latency*/, bool /*answered*/) {}
    // A question answered from the process's local share because Redis could not answer it.
    virtual void on_local_answer(std::string_view /*why*/) {}
};

WA_ERRORS_END_NAMESPACE
