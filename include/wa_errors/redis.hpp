// SPDX-License-Identifier: MIT
// wa_errors::redis: the pacers, retry quotas and pause board of pacing.hpp, retry_quota.hpp and
// scopes.hpp, with their state in Redis, so that a fleet of workers shares one limit per business
// number (and per business-user pair) and sees the pauses any of them learned.
// Opt-in: needs hiredis (CMake: target_link_libraries(app PRIVATE wa_errors::redis)).
//
// How the two line up (same members, same arithmetic, same answers):
//
//   in-process (one worker)                         Redis (the fleet)
//   keyed<pacer, pace_settings> p{settings};        redis::pacers p{client, settings};
//   keyed<retry_quota, retry_quota_settings> q{s};  redis::retry_quotas q{client, s};
//   pause_board board;                              redis::pause_board board{client};
//   p.at(key).try_acquire(now) / on_throttle(now, wait) / on_success(now) / rate() / throttles_in_a_row()
//   q.at(key).try_acquire(error, now) / on_success(ticket, now) / tokens(now)
//   board.pause_for(key, now, length, cause) / paused(key, now) / resume(key) / forget_ended(now)
//   send_policy::before_send(...)                   redis::send_gate{numbers, pairs, board}.before_send(...)
//
// What differs, and why:
//  - Time is the Redis server's (TIME inside each script), so workers whose clocks disagree
//    still share one bucket. The `now` arguments are read only by the local fallback and to
//    place the server's answers (a pause's end, idle_after()) on the caller's clock.
//  - Each operation is one atomic Lua script: one round trip (EVALSHA; EVAL once more after the
//    server lost its script cache). on_success costs nothing while there is no rate to win back,
//    and throttles ask the quota nothing, as in-process.
//  - rate() and throttles_in_a_row() are the values of this handle's last answer, not a fresh
//    read: call them after an operation, as decide() callers do after on_throttle().
//  - Redis unreachable, slow (past the command timeout) or busy with another thread's command:
//    the operation answers from a local object holding this worker's share of the limit
//    (limit / client::fleet_size(), the live count of the fleet's heartbeats), starting empty and
//    charged to Redis once it is back, never blocks past the timeouts and never throws;
//    answered_locally() and client::state() say so, and on_state_change is told when the
//    connection goes down or comes back. The client reconnects with backoff by itself.
//  - Keys are "<prefix>pace:phone_number:{<id>}" etc. (one hash tag per number, for Redis
//    Cluster) and expire once idle (docs/redis.md).
#pragma once

#include "redis/client.hpp"         // IWYU pragma: export
#include "redis/cluster_slots.hpp"  // IWYU pragma: export
#include "redis/keyed.hpp"          // IWYU pragma: export
#include "redis/keys.hpp"           // IWYU pragma: export
#include "redis/options.hpp"        // IWYU pragma: export
#include "redis/pacer.hpp"          // IWYU pragma: export
#include "redis/pause_board.hpp"    // IWYU pragma: export
#include "redis/retry_quota.hpp"    // IWYU pragma: export
#include "redis/send_gate.hpp"      // IWYU pragma: export
