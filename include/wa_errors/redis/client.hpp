// SPDX-License-Identifier: MIT
// wa_errors::redis: the connection to Redis (hiredis), shared by the pacers, quotas and pause
// board made from it. It runs the scripts of scripts.hpp and never throws or waits without bound:
// when Redis can't answer in time, an operation says so and its caller answers locally.
//
// Where the commands go (client_options): one Redis, or the first of a list that answers; the
// master a Redis Sentinel names (asked again after a lost connection or a READONLY answer); or,
// on Redis Cluster, the master that owns each key's slot (CLUSTER SLOTS, MOVED and ASK followed,
// at most max_redirects times per command).
//
// Threads: a hiredis connection is not thread-safe, so a client serialises its commands with a
// mutex (one for all its connections). A thread that can't have it within the command timeout
// doesn't wait longer: it answers locally, like when Redis is down. Busy multi-threaded senders
// give each thread (or each few threads) its own client. POSIX only (hiredis' blocking API,
// SIGPIPE handling).
#pragma once

#include <hiredis/hiredis.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../observer.hpp"
#include "../version.hpp"
#include "cluster_slots.hpp"
#include "keys.hpp"
#include "options.hpp"
#include "script_io.hpp"
#include "scripts.hpp"
#include "sigpipe_guard.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

class client {
    using clock = std::chrono::steady_clock;

public:
    // Connects at once (bounded by the connect timeout; on Cluster, reads the slot map too). A
    // failure is not an error: the client starts unreachable and tries again later.
    explicit client(client_options options = {})
        : options_(sane(std::move(options))), topology_(topology_of(options_)), fleet_key_(fleet_key(options_.prefix)) {
        std::snprintf(member_.data(), member_.size(), "%ld:%016llx", static_cast<long>(getpid()),
                      static_cast<unsigned long long>(random_ ^ reinterpret_cast<std::uintptr_t>(this)));
        servers_ = options_.addresses.empty() ? std::vector<address>{address{options_.host, options_.port}}
                                              : options_.addresses;
        if (topology_ == topology::cluster) {
            for (const address& seed : servers_) links_.push_back(link{seed});
            slots_.assign(cluster_slot_count, no_node);
        } else {
            links_.push_back(link{topology_ == topology::single ? servers_.front() : address{"", 0}});
        }
        const std::lock_guard<std::timed_mutex> lock(mutex_);
        if (topology_ == topology::cluster)
            refresh_slots_locked();
        else
            (void)connect_link_locked(0);
    }
    ~client() {
        for (link& l : links_)
            if (l.context != nullptr) redisFree(l.context);
        if (sentinel_ != nullptr) redisFree(sentinel_);
    }
    client(const client&) = delete;
    client& operator=(const client&) = delete;

    [[nodiscard]] const client_options& options() const noexcept { return options_; }
    // How many workers share each limit: the live count of the last heartbeat Redis answered,
    // or expected_fleet_size while none has been answered. Local shares divide by it.
    [[nodiscard]] unsigned fleet_size() const noexcept {
        const unsigned live = live_fleet_.load(std::memory_order_relaxed);
        if (live > 0) return live;
        return options_.expected_fleet_size > 0 ? options_.expected_fleet_size : 1;
    }
    // The live count last seen (0: never seen, or heartbeats off).
    [[nodiscard]] unsigned live_fleet() const noexcept { return live_fleet_.load(std::memory_order_relaxed); }

    // The observer of client_options::watch, or null.
    [[nodiscard]] observer* watch() const noexcept { return options_.watch; }
    [[nodiscard]] connection_state state() const noexcept { return state_.load(std::memory_order_relaxed); }

    [[nodiscard]] client_stats stats() const noexcept {
        client_stats s;
        s.round_trips = round_trips_.load();
        s.script_runs = script_runs_.load();
        s.local_answers = local_answers_.load();
        s.script_reloads = script_reloads_.load();
        s.connects = connects_.load();
        s.failed_connects = failed_connects_.load();
        s.redirects = redirects_.load();
        s.topology_reads = topology_reads_.load();
        return s;
    }

    // Why the connection last failed (or the last error Redis answered), for logs.
    [[nodiscard]] std::string last_error() const {
        const std::lock_guard<std::timed_mutex> lock(mutex_);
        return {error_.data()};
    }

    // The server a command on `key` goes to now: the slot's master on Cluster (as far as the
    // client's map knows; the first seed before the map is read), otherwise the server in use
    // (or last used). For logs and tests.
    [[nodiscard]] address server_for(std::string_view key) const {
        const std::lock_guard<std::timed_mutex> lock(mutex_);
        if (topology_ != topology::cluster) return links_.front().where;
        const std::uint16_t owner = slots_[key_slot(key)];
        return links_[owner != no_node ? owner : 0].where;
    }

    // Runs a script on one key: EVALSHA, and EVAL when the server has lost the script (NOSCRIPT:
    // a restart, SCRIPT FLUSH). One round trip, two after a cache loss (and one more per
    // redirection on Cluster).
    [[nodiscard]] script_reply run(scripts::id script, std::string_view key,
                                   std::initializer_list<script_arg> args) noexcept {
        return run(script, {key}, args);
    }

    // The same on several keys (at most four, all in one Cluster slot: keys.hpp tags them). On
    // Cluster the command goes to the first key's slot; a key in another slot gets CROSSSLOT,
    // answered locally like any error reply.
    [[nodiscard]] script_reply run(scripts::id script, std::initializer_list<std::string_view> keys,
                                   std::initializer_list<script_arg> args) noexcept {
        script_reply out;
        try {
            std::unique_lock<std::timed_mutex> lock(mutex_, std::defer_lock);
            if (args.size() > max_args || keys.size() == 0 || keys.size() > max_keys) {
                answered_locally("bad script arguments: too many arguments, or no key or too many keys");
                return out;
            }
            if (!lock.try_lock_for(options_.command_timeout)) {
                answered_locally("the connection was busy with another thread's command past command_timeout");
                return out;
            }
            // The heartbeat has a slot of its own: routed by its key, not by this operation's.
            if (heartbeat_due()) heartbeat_locked();
            const std::string_view key = *keys.begin();
            std::array<const char*, max_args + max_keys + 3> argv{};
            std::array<std::size_t, max_args + max_keys + 3> sizes{};
            const auto index = static_cast<std::size_t>(script);
            std::size_t argc = 0;
            const auto push = [&](const char* data, std::size_t size) {
                argv[argc] = data;
                sizes[argc++] = size;
            };
            push("EVALSHA", 7);
            push(sha_[index].data(), 40);
            const std::array<char, 2> numkeys{static_cast<char>('0' + keys.size()), '\0'};
            push(numkeys.data(), 1);
            for (const std::string_view k : keys) push(k.data(), k.size());
            for (const script_arg& a : args) push(a.data(), a.size());

            redisReply* reply = execute_locked(key, argc, argv.data(), sizes.data());
            bool reloaded = false;
            if (reply != nullptr && reply->type == REDIS_REPLY_ERROR && starts_with(reply, "NOSCRIPT")) {
                freeReplyObject(reply);
                script_reloads_.fetch_add(1, std::memory_order_relaxed);
                reloaded = true;
                const std::string_view text = scripts::text(script);
                argv[0] = "EVAL";
                sizes[0] = 4;
                argv[1] = text.data();
                sizes[1] = text.size();
                reply = execute_locked(key, argc, argv.data(), sizes.data());
            }
            if (reply == nullptr) {
                answered_locally(error_.data());
                return out;
            }
            read(*reply, out);
            freeReplyObject(reply);
            if (out.ok)
                script_runs_.fetch_add(1, std::memory_order_relaxed);
            else
                answered_locally(error_.data());
            // One NOSCRIPT is a restart or a SCRIPT FLUSH, and the reload answers it. Two
            // operations in a row that needed one mean the cache keeps being lost (a flush loop,
            // a proxy alternating between servers): every operation then costs two round trips.
            if (out.ok && reloaded && reloaded_last_) {
                set_error("NOSCRIPT on consecutive operations: the script cache keeps being lost");
                set_state(connection_state::error_replies, error_.data());
            } else if (out.ok) {
                set_state(connection_state::connected, "answering again");
            }
            reloaded_last_ = reloaded;
            // A redirection said the map is stale: read it now rather than be redirected again.
            if (refresh_due_) refresh_slots_locked();
        } catch (...) {  // std::system_error from the mutex, bad_alloc: answer locally like any other failure
            answered_locally("the client failed internally");
            return script_reply{};
        }
        return out;
    }

    // Deletes one key (a pause lifted early). Returns false if Redis couldn't be asked.
    bool remove(std::string_view key) noexcept {
        try {
            std::unique_lock<std::timed_mutex> lock(mutex_, std::defer_lock);
            if (!lock.try_lock_for(options_.command_timeout)) return false;
            std::array<const char*, 2> argv{"DEL", key.data()};
            const std::array<std::size_t, 2> sizes{3, key.size()};
            redisReply* reply = execute_locked(key, 2, argv.data(), sizes.data());
            if (reply == nullptr) return false;
            const bool ok = reply->type == REDIS_REPLY_INTEGER;
            if (ok)
                set_state(connection_state::connected, "answering again");
            else
                refused(reply);
            freeReplyObject(reply);
            if (refresh_due_) refresh_slots_locked();
            return ok;
        } catch (...) {
            return false;
        }
    }

private:
    static constexpr std::size_t max_args = 14;
    static constexpr std::size_t max_keys = 4;
    static constexpr std::uint16_t no_node = 0xFFFF;
    static constexpr std::size_t max_nodes = 1024;  // far more masters than a cluster has
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    enum class topology : std::uint8_t { single, sentinel, cluster };

    // One server and the connection to it, with its own reconnect backoff.
    struct link {
        address where{};
        redisContext* context = nullptr;
        clock::time_point next_attempt{};
        std::chrono::milliseconds backoff{0};
    };

    static topology topology_of(const client_options& o) noexcept {
        return o.cluster ? topology::cluster : !o.sentinel.master_name.empty() ? topology::sentinel : topology::single;
    }

    static client_options sane(client_options o) {
        const auto fix = [](std::chrono::milliseconds& d, std::chrono::milliseconds fallback) {
            if (d.count() <= 0 || d > std::chrono::hours(1)) d = fallback;
        };
        fix(o.connect_timeout, std::chrono::milliseconds(200));
        fix(o.command_timeout, std::chrono::milliseconds(100));
        fix(o.reconnect_min, std::chrono::milliseconds(100));
        fix(o.reconnect_max, std::chrono::milliseconds(5000));
        if (o.reconnect_max < o.reconnect_min) o.reconnect_max = o.reconnect_min;
        if (o.idle_expiry.count() <= 0) o.idle_expiry = std::chrono::minutes(10);
        if (o.max_redirects > 16) o.max_redirects = 16;
        return o;
    }

    static timeval to_timeval(std::chrono::milliseconds d) noexcept {
        timeval tv{};
        tv.tv_sec = static_cast<time_t>(d.count() / 1000);
        tv.tv_usec = static_cast<suseconds_t>((d.count() % 1000) * 1000);
        return tv;
    }

    static std::chrono::milliseconds left_until(clock::time_point deadline) noexcept {
        return std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
    }

    static bool starts_with(const redisReply* reply, std::string_view prefix) noexcept {
        return reply->str != nullptr && std::string_view(reply->str, reply->len).substr(0, prefix.size()) == prefix;
    }

    static std::string_view text_of(const redisReply* reply) noexcept {
        return reply->str != nullptr ? std::string_view(reply->str, reply->len) : std::string_view();
    }

    // Redis answered, but not with an answer: an error reply (OOM, READONLY, BUSY...) or a reply
    // of the wrong type. The connection stays; the state says that Redis refuses.
    // NOAUTH on a live connection (the user was reset or deleted under it) is auth_failed.
    void refused(const redisReply* reply) noexcept {
        const bool error = reply->type == REDIS_REPLY_ERROR && reply->str != nullptr;
        if (error && topology_ != topology::cluster && (starts_with(reply, "MOVED ") || starts_with(reply, "ASK "))) {
            const std::string_view text = text_of(reply);
            std::snprintf(error_.data(), error_.size(), "%.*s: a Redis Cluster node (set client_options::cluster)",
                          static_cast<int>(text.size() < 80 ? text.size() : 80), text.data());
        } else {
            set_error(error ? text_of(reply) : "unexpected reply");
        }
        set_state(starts_with(reply, "NOAUTH") ? connection_state::auth_failed : connection_state::error_replies,
                  error_.data());
    }

    // A reply of a script: an array of integers, its second element possibly a text.
    void read(const redisReply& reply, script_reply& out) noexcept {
        if (reply.type != REDIS_REPLY_ARRAY) {
            refused(&reply);
            return;
        }
        for (std::size_t i = 0; i < reply.elements && i < out.number.size(); ++i) {
            const redisReply* e = reply.element[i];
            if (e->type == REDIS_REPLY_INTEGER) {
                out.number[i] = e->integer;
            } else if (e->type == REDIS_REPLY_STRING && out.text_size == 0) {
                out.text_size = e->len < out.text.size() ? e->len : out.text.size();
                std::memcpy(out.text.data(), e->str, out.text_size);
            }
        }
        out.ok = reply.elements > 0;
    }

    void answered_locally(const char* why) noexcept {
        local_answers_.fetch_add(1, std::memory_order_relaxed);
        if (options_.watch == nullptr) return;
        try {
            options_.watch->on_local_answer(why);
        } catch (...) {  // a metrics hook's failure must not reach the hot path
        }
    }

    bool heartbeat_due() const noexcept {
        return options_.heartbeat_interval.count() > 0 && clock::now() >= next_heartbeat_;
    }

    // One beat (scripts::fleet): this client's field in the fleet hash, and the live count back.
    // Routed like any command on its key (on Cluster, "<prefix>fleet" has a slot of its own). A
    // failure leaves the last count in place; the operation that found it due goes on, and its
    // own routing reconnects or answers locally.
    void heartbeat_locked() {
        next_heartbeat_ = clock::now() + options_.heartbeat_interval;
        const script_arg ttl(static_cast<double>(options_.heartbeat_interval.count() * 3));
        const std::string_view member(member_.data());
        const std::string_view sha(sha_[static_cast<std::size_t>(scripts::id::fleet)].data(), 40);
        std::array<const char*, 6> argv{"EVALSHA", sha.data(), "1", fleet_key_.data(), member.data(), ttl.data()};
        std::array<std::size_t, 6> sizes{7, 40, 1, fleet_key_.size(), member.size(), ttl.size()};
        redisReply* reply = execute_locked(fleet_key_, argv.size(), argv.data(), sizes.data());
        if (reply != nullptr && reply->type == REDIS_REPLY_ERROR && starts_with(reply, "NOSCRIPT")) {
            freeReplyObject(reply);
            script_reloads_.fetch_add(1, std::memory_order_relaxed);
            argv[0] = "EVAL";
            sizes[0] = 4;
            argv[1] = scripts::fleet.data();
            sizes[1] = scripts::fleet.size();
            reply = execute_locked(fleet_key_, argv.size(), argv.data(), sizes.data());
        }
        if (reply == nullptr) return;
        if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 1 &&
            reply->element[0]->type == REDIS_REPLY_INTEGER && reply->element[0]->integer > 0) {
            // A count that drops is believed one beat later: a Redis restarted empty (or a fresh
            // replica) counts only the clients that have beaten since, and a share sized by that
            // count would let the fleet send several times the limit through the next outage. The
            // first count drops from expected_fleet_size, for the same reason: the clients of a
            // fleet that starts together beat one after the other.
            const auto seen = static_cast<unsigned>(reply->element[0]->integer);
            live_fleet_.store(std::max(seen, last_count_), std::memory_order_relaxed);
            last_count_ = seen;
        }
        freeReplyObject(reply);
    }

    void round_trip_done(clock::time_point sent, bool answered) noexcept {
        round_trips_.fetch_add(1, std::memory_order_relaxed);
        if (options_.watch == nullptr) return;
        try {
            options_.watch->on_round_trip(clock::now() - sent, answered);
        } catch (...) {
        }
    }

    // Sends one command on one link and reads its reply; a failed connection is dropped and
    // retried later.
    redisReply* command_locked(std::size_t at, std::size_t argc, const char** argv, const std::size_t* sizes) noexcept {
        const sigpipe_guard guard;
        redisContext* c = links_[at].context;
        const auto sent = clock::now();
        void* reply = redisCommandArgv(c, static_cast<int>(argc), argv, sizes);
        round_trip_done(sent, reply != nullptr);
        if (reply == nullptr) drop_locked(at, c->errstr);
        return static_cast<redisReply*>(reply);
    }

    // ASKING and the command pipelined (one round trip): the slot is being moved, and the
    // target answers for it only right after ASKING.
    redisReply* asking_locked(std::size_t at, std::size_t argc, const char** argv, const std::size_t* sizes) noexcept {
        const sigpipe_guard guard;
        redisContext* c = links_[at].context;
        const auto sent = clock::now();
        std::array<const char*, 1> asking{"ASKING"};
        const std::array<std::size_t, 1> asking_size{6};
        void* first = nullptr;
        void* reply = nullptr;
        if (redisAppendCommandArgv(c, 1, asking.data(), asking_size.data()) == REDIS_OK &&
            redisAppendCommandArgv(c, static_cast<int>(argc), argv, sizes) == REDIS_OK &&
            redisGetReply(c, &first) == REDIS_OK)
            (void)redisGetReply(c, &reply);
        if (first != nullptr) freeReplyObject(first);
        round_trip_done(sent, reply != nullptr);
        if (reply == nullptr) drop_locked(at, c->errstr[0] != '\0' ? c->errstr : "ASKING: no answer");
        return static_cast<redisReply*>(reply);
    }

    // Sends a command for `key` to the server that should answer it, following redirections on
    // Cluster. Null: no server could be asked (error_ says why); otherwise Redis' reply.
    redisReply* execute_locked(std::string_view key, std::size_t argc, const char** argv, const std::size_t* sizes) {
        std::size_t at = route_locked(key);
        if (at == none) return nullptr;
        bool asking = false;
        for (unsigned hop = 0;; ++hop) {
            redisReply* reply = asking ? asking_locked(at, argc, argv, sizes) : command_locked(at, argc, argv, sizes);
            if (reply == nullptr || reply->type != REDIS_REPLY_ERROR) return reply;
            const bool moved = starts_with(reply, "MOVED "), ask = starts_with(reply, "ASK ");
            if (!moved && !ask) {
                error_reply_locked(at, reply);
                return reply;
            }
            if (topology_ != topology::cluster || hop >= options_.max_redirects) return reply;
            std::size_t slot = 0;
            address to;
            if (!parse_redirect(text_of(reply), links_[at].where.host, slot, to)) return reply;
            const std::size_t next = link_for_locked(to);
            if (next == none) return reply;
            freeReplyObject(reply);
            redirects_.fetch_add(1, std::memory_order_relaxed);
            if (moved) {
                slots_[slot] = static_cast<std::uint16_t>(next);
                refresh_due_ = true;
            }
            if (links_[next].context == nullptr && !connect_link_locked(next)) return nullptr;
            at = next;
            asking = ask;
        }
    }

    // What an error answer says about where the commands should go. READONLY: the server was
    // demoted (a failover, or the list's next server is the master): with somewhere else to go,
    // drop it so that the next operation asks the sentinels again or tries the next address.
    // On Cluster, READONLY, CLUSTERDOWN and TRYAGAIN make the slot map worth reading again.
    void error_reply_locked(std::size_t at, const redisReply* reply) noexcept {
        const bool readonly = starts_with(reply, "READONLY");
        if (topology_ == topology::cluster) {
            if (readonly || starts_with(reply, "CLUSTERDOWN") || starts_with(reply, "TRYAGAIN")) refresh_due_ = true;
            return;
        }
        if (!readonly || (topology_ == topology::single && servers_.size() < 2)) return;
        if (topology_ == topology::single) current_ = (current_ + 1) % servers_.size();
        close_link(at);
    }

    // "MOVED <slot> <host>:<port>" or "ASK ...". An empty host means the server's own host.
    static bool parse_redirect(std::string_view text, const std::string& own_host, std::size_t& slot, address& to) {
        const std::size_t first = text.find(' ');
        const std::size_t second = first == std::string_view::npos ? first : text.find(' ', first + 1);
        if (second == std::string_view::npos) return false;
        const std::string_view where = text.substr(second + 1);
        const std::size_t colon = where.rfind(':');
        if (colon == std::string_view::npos) return false;
        const std::string slot_text(text.substr(first + 1, second - first - 1));
        const std::string port_text(where.substr(colon + 1));
        char* end = nullptr;
        const unsigned long s = std::strtoul(slot_text.c_str(), &end, 10);
        if (end == slot_text.c_str() || *end != '\0' || s >= cluster_slot_count) return false;
        const long p = std::strtol(port_text.c_str(), &end, 10);
        if (end == port_text.c_str() || *end != '\0' || p <= 0 || p > 65535) return false;
        slot = s;
        to.host = colon == 0 ? own_host : std::string(where.substr(0, colon));
        to.port = static_cast<int>(p);
        return true;
    }

    // The link to `to`, made (not connected) if the client didn't know the server yet.
    std::size_t link_for_locked(const address& to) {
        for (std::size_t i = 0; i < links_.size(); ++i)
            if (links_[i].where.port == to.port && links_[i].where.host == to.host) return i;
        if (links_.size() >= max_nodes) return none;
        links_.push_back(link{to});
        return links_.size() - 1;
    }

    // The link a command on `key` goes to, connected; `none` if it can't be.
    std::size_t route_locked(std::string_view key) {
        std::size_t at = 0;
        if (topology_ == topology::sentinel) recheck_master_locked();
        if (topology_ == topology::cluster) {
            if (refresh_due_ || !map_read_) refresh_slots_locked();
            const std::uint16_t owner = slots_[key_slot(key)];
            if (owner != no_node) {
                at = owner;
            } else {  // no map yet: any live node answers, or redirects
                for (std::size_t i = 0; i < links_.size(); ++i)
                    if (links_[i].context != nullptr) {
                        at = i;
                        break;
                    }
            }
        }
        if (links_[at].context == nullptr && !connect_link_locked(at)) return none;
        return at;
    }

    // Reads the slot map (CLUSTER SLOTS) from a node it can reach: at most once per
    // reconnect_min, so that a storm of redirections costs one read.
    void refresh_slots_locked() {
        const auto now = clock::now();
        if (now < next_map_read_) return;
        next_map_read_ = now + options_.reconnect_min;
        std::size_t at = none;
        for (std::size_t i = 0; i < links_.size() && at == none; ++i)
            if (links_[i].context != nullptr) at = i;
        for (std::size_t i = 0; i < links_.size() && at == none && clock::now() - now < options_.connect_timeout; ++i)
            if (connect_link_locked(i)) at = i;
        if (at == none) return;
        std::array<const char*, 2> argv{"CLUSTER", "SLOTS"};
        const std::array<std::size_t, 2> sizes{7, 5};
        redisReply* reply = command_locked(at, 2, argv.data(), sizes.data());
        if (reply == nullptr) return;
        topology_reads_.fetch_add(1, std::memory_order_relaxed);
        if (reply->type != REDIS_REPLY_ARRAY) {
            refused(reply);
            freeReplyObject(reply);
            return;
        }
        const std::string asked_host = links_[at].where.host;
        std::fill(slots_.begin(), slots_.end(), no_node);
        for (std::size_t r = 0; r < reply->elements; ++r) {
            const redisReply* range = reply->element[r];
            if (range->type != REDIS_REPLY_ARRAY || range->elements < 3) continue;
            const redisReply* from = range->element[0];
            const redisReply* to = range->element[1];
            const redisReply* master = range->element[2];
            if (from->type != REDIS_REPLY_INTEGER || to->type != REDIS_REPLY_INTEGER ||
                master->type != REDIS_REPLY_ARRAY || master->elements < 2 ||
                master->element[1]->type != REDIS_REPLY_INTEGER)
                continue;
            // Redis 7 answers "?" or an empty host for a node whose address it doesn't know
            // better than the one we reached it by.
            const std::string_view host = text_of(master->element[0]);
            const std::size_t node =
                link_for_locked(address{host.empty() || host == "?" ? asked_host : std::string(host),
                                        static_cast<int>(master->element[1]->integer)});
            if (node == none) continue;
            for (long long s = from->integer; s <= to->integer && s < static_cast<long long>(cluster_slot_count); ++s)
                if (s >= 0) slots_[static_cast<std::size_t>(s)] = static_cast<std::uint16_t>(node);
        }
        freeReplyObject(reply);
        map_read_ = true;
        refresh_due_ = false;
    }

    // Why a handshake failed: nothing answered, Redis answered with an error, or it refused
    // the credentials.
    enum class failure_kind : std::uint8_t { none, unreachable, refused, auth };

    // Connects a link: to the first of the addresses that answers, to the master the sentinels
    // name, or to a cluster node. Asking the sentinels, connecting and the handshake together are
    // bounded by `connect_timeout`. Each link backs off on its own after a failure.
    bool connect_link_locked(std::size_t at) noexcept {
        link& l = links_[at];
        const auto now = clock::now();
        if (now < l.next_attempt) return false;
        const auto deadline = now + options_.connect_timeout;
        failure_kind kind = failure_kind::unreachable;
        redisContext* c = nullptr;
        try {
            if (topology_ == topology::single) {
                // Replicas are skipped only when there is another server to try.
                const bool master_only = servers_.size() > 1;
                for (std::size_t i = 0; i < servers_.size() && c == nullptr; ++i) {
                    const std::size_t candidate = (current_ + i) % servers_.size();
                    c = open_locked(servers_[candidate], deadline, kind, master_only);
                    if (c != nullptr) {
                        current_ = candidate;
                        l.where = servers_[candidate];
                    }
                }
            } else if (topology_ == topology::sentinel) {
                address master;
                if (ask_sentinels_locked(deadline, master)) {
                    c = open_locked(master, deadline, kind, true);
                    l.where = std::move(master);
                    next_recheck_ = now + options_.sentinel.recheck;
                }
            } else {
                c = open_locked(l.where, deadline, kind, false);
                if (c == nullptr) refresh_due_ = true;  // the node may be gone for good
            }
        } catch (...) {  // bad_alloc copying an address
            set_error("the client failed internally");
        }
        if (c == nullptr) {
            failed_connects_.fetch_add(1, std::memory_order_relaxed);
            schedule_retry(l, now);
            set_state(kind == failure_kind::auth      ? connection_state::auth_failed
                      : kind == failure_kind::refused ? connection_state::error_replies
                                                      : connection_state::unreachable,
                      error_.data());
            return false;
        }
        l.context = c;
        connects_.fetch_add(1, std::memory_order_relaxed);
        l.backoff = std::chrono::milliseconds(0);
        set_state(connection_state::connected, "connected");
        return true;
    }

    // Connects to one server and runs the handshake, both within `deadline`. Null on failure,
    // with error_ naming the server and the reason.
    redisContext* open_locked(const address& to, clock::time_point deadline, failure_kind& kind,
                              bool master_only) noexcept {
        kind = failure_kind::unreachable;
        const char* failure = nullptr;
        redisContext* c = nullptr;
        const sigpipe_guard guard;
        if (left_until(deadline).count() <= 0) {
            failure = "connect_timeout spent before trying this server";
        } else {
            c = redisConnectWithTimeout(to.host.c_str(), to.port, to_timeval(left_until(deadline)));
            failure = c == nullptr ? "cannot allocate a connection" : c->err != 0 ? c->errstr : nullptr;
        }
        if (failure == nullptr) {
            const auto left = left_until(deadline);
            if (left.count() <= 0)
                failure = "connect_timeout spent before the handshake";
            else if (redisSetTimeout(c, to_timeval(left)) != REDIS_OK)
                failure = c->errstr;
        }
        if (failure == nullptr) {
            redisEnableKeepAlive(c);
            failure = handshake(c, kind, master_only);
        }
        if (failure == nullptr && redisSetTimeout(c, to_timeval(options_.command_timeout)) != REDIS_OK) {
            kind = failure_kind::unreachable;
            failure = c->errstr;
        }
        if (failure == nullptr) return c;
        set_error_at(to, failure);
        if (c != nullptr) redisFree(c);
        return nullptr;
    }

    // Asks the sentinels where the master is, within `deadline`: on the connection kept to the
    // one that answered last, else each in turn on a new connection (kept when it answers).
    bool ask_sentinels_locked(clock::time_point deadline, address& master) {
        const std::vector<address>& sentinels = options_.sentinel.sentinels;
        if (sentinels.empty()) {
            set_error("sentinel.master_name is set but sentinel.sentinels is empty");
            return false;
        }
        if (sentinel_ != nullptr) {
            if (query_sentinel_locked(sentinel_, sentinels[sentinel_turn_], false, master)) return true;
            redisFree(sentinel_);
            sentinel_ = nullptr;
        }
        for (std::size_t i = 0; i < sentinels.size(); ++i) {
            const std::size_t s = (sentinel_turn_ + i) % sentinels.size();
            if (left_until(deadline).count() <= 0) {
                set_error_at(sentinels[s], "connect_timeout spent before asking this sentinel");
                return false;
            }
            const sigpipe_guard guard;
            redisContext* c =
                redisConnectWithTimeout(sentinels[s].host.c_str(), sentinels[s].port, to_timeval(left_until(deadline)));
            if (c == nullptr || c->err != 0) {
                set_error_at(sentinels[s], c == nullptr ? "cannot allocate a connection" : c->errstr);
                if (c != nullptr) redisFree(c);
                continue;
            }
            const auto left = left_until(deadline);
            const bool asked = left.count() > 0 && redisSetTimeout(c, to_timeval(left)) == REDIS_OK &&
                               query_sentinel_locked(c, sentinels[s], true, master);
            if (!asked || redisSetTimeout(c, to_timeval(options_.command_timeout)) != REDIS_OK) {
                if (!asked && left.count() <= 0) set_error_at(sentinels[s], "connect_timeout spent before asking");
                redisFree(c);
                continue;
            }
            sentinel_turn_ = s;
            sentinel_ = c;
            return true;
        }
        return false;
    }

    // SENTINEL get-master-addr-by-name, after AUTH on a new connection when the sentinels want one.
    bool query_sentinel_locked(redisContext* c, const address& sentinel, bool fresh, address& master) {
        const sentinel_options& so = options_.sentinel;
        const bool auth = fresh && (!so.username.empty() || !so.password.empty());
        const std::size_t replies = auth ? 2U : 1U;
        const sigpipe_guard guard;
        const char* failure = nullptr;
        if (auth && append_auth(c, so.username, so.password) != REDIS_OK) failure = c->errstr;
        if (failure == nullptr) {
            std::array<const char*, 3> argv{"SENTINEL", "get-master-addr-by-name", so.master_name.c_str()};
            const std::array<std::size_t, 3> sizes{8, 23, so.master_name.size()};
            if (redisAppendCommandArgv(c, 3, argv.data(), sizes.data()) != REDIS_OK) failure = c->errstr;
        }
        const auto sent = clock::now();
        bool found = false;
        for (std::size_t r = 0; failure == nullptr && r < replies; ++r) {
            void* raw = nullptr;
            if (redisGetReply(c, &raw) != REDIS_OK) {
                failure = c->errstr;
                break;
            }
            const auto* reply = static_cast<redisReply*>(raw);
            if (reply->type == REDIS_REPLY_ERROR) {
                set_error_at(sentinel, text_of(reply));
                failure = error_.data();
            } else if (r + 1 == replies) {
                if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 2 && reply->element[0]->str != nullptr &&
                    reply->element[1]->str != nullptr) {
                    master.host.assign(reply->element[0]->str, reply->element[0]->len);
                    master.port = std::atoi(reply->element[1]->str);
                    found = master.port > 0;
                }
                if (!found) {
                    std::snprintf(error_.data(), error_.size(), "sentinel %.60s:%d knows no master named %.60s",
                                  sentinel.host.c_str(), sentinel.port, so.master_name.c_str());
                    failure = error_.data();
                }
            }
            freeReplyObject(raw);
        }
        round_trip_done(sent, found);
        if (failure != nullptr && failure != error_.data()) set_error_at(sentinel, failure);
        if (found) topology_reads_.fetch_add(1, std::memory_order_relaxed);
        return found;
    }

    // Sentinel: every `recheck`, asks again where the master is, and drops the connection to a
    // server that isn't it any more. A master demoted while it stays up keeps answering writes
    // until the sentinels turn it into a replica (up to ~10 s), so a lost connection or READONLY
    // alone would leave the workers split between two masters meanwhile.
    void recheck_master_locked() {
        const auto now = clock::now();
        if (options_.sentinel.recheck.count() <= 0 || now < next_recheck_ || links_.front().context == nullptr) return;
        next_recheck_ = now + options_.sentinel.recheck;
        address master;
        if (!ask_sentinels_locked(now + options_.command_timeout, master)) return;
        const address& current = links_.front().where;
        if (master.port != current.port || master.host != current.host) {
            set_error_at(current, "no longer the master the sentinels name");
            close_link(0);
        }
    }

    static int append_auth(redisContext* c, const std::string& username, const std::string& password) noexcept {
        std::array<const char*, 3> argv{"AUTH", username.c_str(), password.c_str()};
        std::array<std::size_t, 3> sizes{4, username.size(), password.size()};
        if (!username.empty()) return redisAppendCommandArgv(c, 3, argv.data(), sizes.data());
        argv[1] = argv[2];
        sizes[1] = sizes[2];
        return redisAppendCommandArgv(c, 2, argv.data(), sizes.data());
    }

    // AUTH (when the options carry credentials), SELECT (a database other than 0), ROLE (when
    // only a master will do) and SCRIPT LOAD for every script, pipelined: one round trip.
    // Returns why it failed (the first failure; after a refused AUTH the rest answer NOAUTH), or
    // null.
    const char* handshake(redisContext* c, failure_kind& kind, bool master_only) noexcept {
        const bool auth = !options_.username.empty() || !options_.password.empty();
        if (auth && append_auth(c, options_.username, options_.password) != REDIS_OK) return c->errstr;
        std::array<char, 16> database{};
        const bool select = options_.database != 0;
        if (select) {
            const int n = std::snprintf(database.data(), database.size(), "%u", options_.database);
            std::array<const char*, 2> argv{"SELECT", database.data()};
            const std::array<std::size_t, 2> sizes{6, static_cast<std::size_t>(n)};
            if (redisAppendCommandArgv(c, 2, argv.data(), sizes.data()) != REDIS_OK) return c->errstr;
        }
        if (master_only && redisAppendCommand(c, "ROLE") != REDIS_OK) return c->errstr;
        for (std::size_t i = 0; i < scripts::count; ++i) {
            const std::string_view text = scripts::text(static_cast<scripts::id>(i));
            std::array<const char*, 3> argv{"SCRIPT", "LOAD", text.data()};
            const std::array<std::size_t, 3> sizes{6, 4, text.size()};
            if (redisAppendCommandArgv(c, 3, argv.data(), sizes.data()) != REDIS_OK) return c->errstr;
        }
        const auto sent = clock::now();
        const std::size_t select_at = auth ? 1U : 0U;
        const std::size_t role_at = select_at + (select ? 1U : 0U);
        const std::size_t first_script = role_at + (master_only ? 1U : 0U);
        const std::size_t replies = first_script + scripts::count;
        const char* failure = nullptr;
        for (std::size_t r = 0; r < replies; ++r) {
            void* raw = nullptr;
            if (redisGetReply(c, &raw) != REDIS_OK) {
                kind = failure_kind::unreachable;
                round_trip_done(sent, false);
                return c->errstr;
            }
            const auto* reply = static_cast<redisReply*>(raw);
            const std::string_view text = text_of(reply);
            const bool error = reply->type == REDIS_REPLY_ERROR;
            if (auth && r == 0) {
                if (error || reply->type != REDIS_REPLY_STATUS) {
                    // Redis' own text names the failure, never the password; the user name
                    // is no secret and tells which credentials to check.
                    const std::string_view who = options_.username.empty() ? std::string_view("the default user")
                                                                           : std::string_view(options_.username);
                    std::snprintf(error_.data(), error_.size(), "AUTH refused for %.*s: %.*s",
                                  static_cast<int>(who.size() < 40 ? who.size() : 40), who.data(),
                                  static_cast<int>(text.size()), text.data());
                    failure = error_.data();
                    kind = failure_kind::auth;
                }
            } else if (select && r == select_at) {
                if (failure == nullptr && (error || reply->type != REDIS_REPLY_STATUS)) {
                    std::snprintf(error_.data(), error_.size(), "SELECT %u: %.*s", options_.database,
                                  static_cast<int>(text.size()), text.data());
                    failure = error_.data();
                    kind = starts_with(reply, "NOAUTH") ? failure_kind::auth : failure_kind::refused;
                }
            } else if (master_only && r == role_at) {
                // A user without ROLE (it is an @admin command) can't tell: READONLY will.
                const bool replica =
                    reply->type == REDIS_REPLY_ARRAY && reply->elements > 0 && text_of(reply->element[0]) != "master";
                if (failure == nullptr && replica) {
                    set_error("a replica, not the master (ROLE)");
                    failure = error_.data();
                    kind = failure_kind::unreachable;
                }
            } else if (reply->type == REDIS_REPLY_STRING && reply->len == 40) {
                std::memcpy(sha_[r - first_script].data(), reply->str, 40);
            } else if (failure == nullptr) {
                // NOAUTH here: the server needs a password and the options give none.
                set_error(error ? text : "SCRIPT LOAD: unexpected reply");
                failure = error_.data();
                kind = starts_with(reply, "NOAUTH") ? failure_kind::auth : failure_kind::refused;
            }
            freeReplyObject(raw);
        }
        round_trip_done(sent, true);
        return failure;
    }

    // Frees a link's connection; the next operation on it may connect at once (a connection
    // that worked may just have been closed: a restart, an idle timeout). Failures after that
    // back off.
    void close_link(std::size_t at) noexcept {
        link& l = links_[at];
        if (l.context != nullptr) redisFree(l.context);
        l.context = nullptr;
        l.next_attempt = clock::now();
    }

    void drop_locked(std::size_t at, const char* reason) noexcept {
        set_error_at(links_[at].where, reason);
        close_link(at);
        if (topology_ == topology::cluster) refresh_due_ = true;
        set_state(connection_state::unreachable, error_.data());
    }

    void schedule_retry(link& l, clock::time_point now) noexcept {
        l.backoff = l.backoff.count() == 0 ? options_.reconnect_min : l.backoff * 2;
        if (l.backoff > options_.reconnect_max) l.backoff = options_.reconnect_max;
        random_ = random_ * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto half = l.backoff / 2;
        const auto jitter = half.count() > 0
                                ? static_cast<std::int64_t>((random_ >> 33) % static_cast<std::uint64_t>(half.count()))
                                : 0;
        l.next_attempt = now + half + std::chrono::milliseconds(jitter);
    }

    void set_error(std::string_view what) noexcept {
        const std::size_t n = what.size() < error_.size() - 1 ? what.size() : error_.size() - 1;
        if (n != 0) std::memmove(error_.data(), what.data(), n);  // data() may be null when empty
        error_[n] = '\0';
    }

    // "<host>:<port>: <what>", so that a log says which server of several failed.
    void set_error_at(const address& where, std::string_view what) noexcept {
        std::array<char, 160> copy{};  // `what` may be error_ itself
        const std::size_t n = what.size() < copy.size() - 1 ? what.size() : copy.size() - 1;
        if (n != 0) std::memcpy(copy.data(), what.data(), n);  // data() may be null when empty
        std::snprintf(error_.data(), error_.size(), "%.60s:%d: %.80s", where.host.c_str(), where.port, copy.data());
    }

    void set_state(connection_state s, const char* reason) noexcept {
        if (state_.exchange(s, std::memory_order_relaxed) == s && announced_) return;
        announced_ = true;
        if (!options_.on_state_change) return;
        try {
            options_.on_state_change(s, reason);
        } catch (...) {  // a logger's failure must not reach the hot path
        }
    }

    const client_options options_;
    const topology topology_;
    const std::string fleet_key_;
    std::array<char, 40> member_{};  // this client's field in the fleet hash: pid and a random id
    clock::time_point next_heartbeat_{};
    std::atomic<unsigned> live_fleet_{0};
    // The count the last beat read, before the max with the one before; before any beat, the
    // guess: a fleet starting together first counts 1, 2, 3... as its clients beat in turn.
    unsigned last_count_ = options_.expected_fleet_size;
    mutable std::timed_mutex mutex_{};
    std::vector<address> servers_{};    // one Redis: the addresses to try, in turn
    std::size_t current_ = 0;           // the one that answered last
    std::size_t sentinel_turn_ = 0;     // the sentinel that answered last
    redisContext* sentinel_ = nullptr;  // the connection to it
    clock::time_point next_recheck_{};
    // One link (one Redis, the sentinels' master) or one per known cluster node; never shrinks,
    // so that the slot map's indexes stay valid.
    std::vector<link> links_{};
    std::vector<std::uint16_t> slots_{};  // Cluster: the link of each slot's master, or no_node
    bool map_read_ = false;
    bool refresh_due_ = false;  // a redirection or a lost node said the slot map is stale
    clock::time_point next_map_read_{};
    std::array<std::array<char, 41>, scripts::count> sha_{};
    std::array<char, 160> error_{};
    bool announced_ = false;      // the first state is told even though it is the initial one
    bool reloaded_last_ = false;  // the last script run met NOSCRIPT
    std::uint64_t random_ = static_cast<std::uint64_t>(clock::now().time_since_epoch().count());
    std::atomic<connection_state> state_{connection_state::unreachable};
    std::atomic<std::uint64_t> round_trips_{0}, script_runs_{0}, local_answers_{0}, script_reloads_{0}, connects_{0},
        failed_connects_{0}, redirects_{0}, topology_reads_{0};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
