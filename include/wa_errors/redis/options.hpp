// SPDX-License-Identifier: MIT
// wa_errors::redis: how to reach Redis, how long to wait for it, and what the caller can log
// about the connection.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../enum_names.hpp"
#include "../observer.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

enum class connection_state : std::uint8_t {
    connected,    // answers come from Redis
    unreachable,  // the last attempt failed or timed out: answers come from the local share
    // Redis is reachable but answered the last operation with an error (OOM under maxmemory, a
    // READONLY replica, BUSY, a script cache lost again and again...): answers come from the
    // local share, as when it is unreachable. last_error() holds Redis' text. Extend only at
    // the end.
    error_replies,
    // Redis refused to let the client in: a wrong password or ACL user (WRONGPASS), or a server
    // that needs a password the options don't give (NOAUTH). Answers come from the local share
    // until a reconnect (with the usual backoff) is let in; last_error() says which, never the
    // password. A configuration error, not an outage: worth an alert of its own.
    auth_failed,
};

}  // namespace redis

namespace detail {
template <>
struct enum_names<redis::connection_state> {
    static constexpr std::string_view names[] = {"connected", "unreachable", "error_replies", "auth_failed"};
};
}  // namespace detail

namespace redis {

// to_string, from_string and operator<< for connection_state (found by argument-dependent lookup).
using wa_errors::from_string;
using wa_errors::to_string;
using wa_errors::operator<<;

// One server: an IP address (or a name the resolver answers at once: hiredis bounds connecting
// and every command with the timeouts, but not the name lookup) and a port.
struct address {
    std::string host = "127.0.0.1";
    int port = 6379;
};

// Redis Sentinel: the sentinels are asked where the master called `master_name` is
// (`SENTINEL get-master-addr-by-name`), and asked again whenever the connection to it is lost or
// it answers READONLY (it was demoted in a failover).
struct sentinel_options {
    // Not empty: find the master through the sentinels below (client_options::host, port and
    // addresses are then not used).
    std::string master_name{};
    // Asked in turn until one answers; the one that answered is asked first next time.
    std::vector<address> sentinels{};
    // The sentinels' own login (their `requirepass` or an ACL user of theirs), when they ask for
    // one. The master gets client_options::username and password, as always.
    std::string username{};
    std::string password{};
    // How often to ask again while connected (one round trip on the sentinel connection, taken by
    // the operation that falls due). A master demoted while it stays up (a manual failover, a
    // partition that heals) goes on answering until the sentinels reconfigure it, up to ~10 s
    // later: this bounds how long a worker keeps writing to it. 0: only after a lost connection
    // or READONLY.
    std::chrono::milliseconds recheck{1000};
};

struct client_options {
    // An IP address or a name the resolver answers at once: hiredis bounds connecting and every
    // command with the timeouts below, but not the name lookup.
    std::string host = "127.0.0.1";
    int port = 6379;
    // Not empty: used instead of host and port. One Redis: tried in turn until one answers (a
    // master and the replicas that may be promoted in its place; a server answering READONLY
    // passes the turn to the next). With `cluster`: the seed nodes the slot map is asked from.
    std::vector<address> addresses{};
    // Redis Cluster: each command goes to the master that owns its key's slot (CLUSTER SLOTS,
    // refreshed when a node answers MOVED; ASK is followed once with ASKING). Takes precedence
    // over `sentinel`. Cluster has only database 0.
    bool cluster = false;
    // At most this many MOVED/ASK redirections followed for one command; one more answers from
    // the local share with state() error_replies and the redirection in last_error().
    unsigned max_redirects = 3;
    sentinel_options sentinel{};
    // Every key starts with it, so that services (or environments) sharing a Redis don't share
    // state. Keys are "<prefix>pace:phone_number:{<id>}", "<prefix>quota:<...>" etc. (keys.hpp).
    std::string prefix = "wa_errors:";
    // Sent on every (re)connect before anything else, pipelined with the script loading (no
    // extra round trip): `AUTH <password>` with a password only (requirepass, the default user),
    // `AUTH <username> <password>` with a username (a Redis 6+ ACL user). Both empty: no AUTH.
    // Neither is ever written to last_error() or passed to on_state_change.
    std::string username{};
    std::string password{};
    // `SELECT <database>` on every (re)connect when not 0. Redis Cluster has only database 0.
    unsigned database = 0;
    // hiredis' timeouts. Zero or less means the default, never "wait forever".
    std::chrono::milliseconds connect_timeout{200};
    std::chrono::milliseconds command_timeout{100};
    // After a failure, wait this long before connecting again, doubling up to `reconnect_max`
    // (with jitter, so that a fleet doesn't reconnect in one wave).
    std::chrono::milliseconds reconnect_min{100};
    std::chrono::milliseconds reconnect_max{5000};
    // How long a key outlives its last use (past the moment its state would be the initial one
    // anyway): an adapted rate or a spent quota is kept this long, then the key vanishes.
    std::chrono::milliseconds idle_expiry{std::chrono::minutes(10)};
    // How many workers (clients) share each limit, until Redis has told the live count. While
    // Redis can't be reached, each worker paces itself at limit / fleet (its share) so that the
    // fleet together stays within it; the fleet is the live count last seen (below), or this
    // guess when none was ever seen. 0 counts as 1.
    unsigned expected_fleet_size = 8;
    // Each client writes a heartbeat this often (one round trip, made by whichever operation
    // finds it due) into "<prefix>fleet", and reads back how many clients beat within the last
    // three intervals: the live fleet count. Zero or less: no heartbeat, the guess above is used.
    std::chrono::milliseconds heartbeat_interval{2000};
    // Told when the state changes (the connection goes down or comes back, Redis starts or stops
    // answering with errors), with a reason to log. Called on the
    // thread that noticed, while it holds the connection: keep it short and don't call the
    // client from it. Exceptions it throws are swallowed.
    std::function<void(connection_state, std::string_view reason)> on_state_change{};
    // Not owned (must outlive the client); null: nothing reported. Told of every round trip to
    // Redis (with its latency) and of every operation answered from the local share (with why),
    // on the calling thread, while it holds the connection: keep it short and don't call the
    // client from it. The pacers and the send gate made from the client tell it of grants and
    // refusals too. Its exceptions are swallowed: the Redis classes' calls are noexcept.
    observer* watch = nullptr;
};

// Counters since the client was made, for logs and benchmarks.
struct client_stats {
    std::uint64_t round_trips = 0;      // commands sent and answered (or timed out)
    std::uint64_t script_runs = 0;      // operations Redis answered
    std::uint64_t local_answers = 0;    // operations answered from the local share instead
    std::uint64_t script_reloads = 0;   // NOSCRIPT answers (the server lost its script cache)
    std::uint64_t connects = 0;         // successful connections, the first one included
    std::uint64_t failed_connects = 0;  // attempts that failed
    std::uint64_t redirects = 0;        // MOVED and ASK answers followed (Redis Cluster)
    std::uint64_t topology_reads = 0;   // slot maps read (CLUSTER SLOTS) and masters asked of a sentinel
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
