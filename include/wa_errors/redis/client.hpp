// SPDX-License-Identifier: MIT
// wa_errors::redis: one connection to Redis (hiredis), shared by the pacers, quotas and pause
// board made from it. It runs the scripts of scripts.hpp and never throws or waits without bound:
// when Redis can't answer in time, an operation says so and its caller answers locally.
//
// Threads: a hiredis connection is not thread-safe, so a client serialises its commands with a
// mutex. A thread that can't have the connection within the command timeout doesn't wait longer:
// it answers locally, like when Redis is down. Busy multi-threaded senders give each thread (or
// each few threads) its own client. POSIX only (hiredis' blocking API, SIGPIPE handling).
#pragma once

#include <hiredis/hiredis.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>

#include "../version.hpp"
#include "keys.hpp"
#include "options.hpp"
#include "script_io.hpp"
#include "scripts.hpp"
#include "sigpipe_guard.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

class client {
public:
    // Connects at once (bounded by the connect timeout). A failure is not an error: the client
    // starts unreachable and tries again later.
    explicit client(client_options options = {})
        : options_(sane(std::move(options))), fleet_key_(fleet_key(options_.prefix)) {
        std::snprintf(member_.data(), member_.size(), "%ld:%016llx", static_cast<long>(getpid()),
                      static_cast<unsigned long long>(random_ ^ reinterpret_cast<std::uintptr_t>(this)));
        const std::lock_guard<std::timed_mutex> lock(mutex_);
        connect_locked();
    }
    ~client() {
        if (context_ != nullptr) redisFree(context_);
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
        return {round_trips_.load(),    script_runs_.load(), local_answers_.load(),
                script_reloads_.load(), connects_.load(),    failed_connects_.load()};
    }

    // Why the connection last failed (or the last error Redis answered), for logs.
    [[nodiscard]] std::string last_error() const {
        const std::lock_guard<std::timed_mutex> lock(mutex_);
        return {error_.data()};
    }

    // Runs a script on one key: EVALSHA, and EVAL when the server has lost the script (NOSCRIPT:
    // a restart, SCRIPT FLUSH). One round trip, two after a cache loss.
    [[nodiscard]] script_reply run(scripts::id script, std::string_view key,
                                   std::initializer_list<script_arg> args) noexcept {
        return run(script, {key}, args);
    }

    // The same on several keys (at most four, all in one Cluster slot: keys.hpp tags them).
    [[nodiscard]] script_reply run(scripts::id script, std::initializer_list<std::string_view> keys,
                                   std::initializer_list<script_arg> args) noexcept {
        script_reply out;
        try {
            std::unique_lock<std::timed_mutex> lock(mutex_, std::defer_lock);
            if (args.size() > max_args || keys.size() == 0 || keys.size() > max_keys) {
                answered_locally("bad arguments");
                return out;
            }
            if (!lock.try_lock_for(options_.command_timeout)) {
                answered_locally("connection busy");
                return out;
            }
            if (context_ == nullptr && !connect_locked()) {
                answered_locally(to_string(state()));
                return out;
            }
            if (heartbeat_due()) heartbeat_locked();
            if (context_ == nullptr) {
                answered_locally("unreachable");
                return out;
            }
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
            for (const std::string_view key : keys) push(key.data(), key.size());
            for (const script_arg& a : args) push(a.data(), a.size());

            redisReply* reply = command_locked(argc, argv.data(), sizes.data());
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
                reply = command_locked(argc, argv.data(), sizes.data());
            }
            if (reply == nullptr) {
                answered_locally("unreachable");
                return out;
            }
            read(*reply, out);
            freeReplyObject(reply);
            if (out.ok)
                script_runs_.fetch_add(1, std::memory_order_relaxed);
            else
                answered_locally("error reply");
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
        } catch (...) {  // std::system_error from the mutex: answer locally like any other failure
            answered_locally("connection busy");
            return script_reply{};
        }
        return out;
    }

    // Deletes one key (a pause lifted early). Returns false if Redis couldn't be asked.
    bool remove(std::string_view key) noexcept {
        try {
            std::unique_lock<std::timed_mutex> lock(mutex_, std::defer_lock);
            if (!lock.try_lock_for(options_.command_timeout) || (context_ == nullptr && !connect_locked()))
                return false;
            std::array<const char*, 2> argv{"DEL", key.data()};
            const std::array<std::size_t, 2> sizes{3, key.size()};
            redisReply* reply = command_locked(2, argv.data(), sizes.data());
            if (reply == nullptr) return false;
            const bool ok = reply->type == REDIS_REPLY_INTEGER;
            if (ok)
                set_state(connection_state::connected, "answering again");
            else
                refused(reply);
            freeReplyObject(reply);
            return ok;
        } catch (...) {
            return false;
        }
    }

private:
    static constexpr std::size_t max_args = 12;
    static constexpr std::size_t max_keys = 4;

    void answered_locally(std::string_view why) noexcept {
        local_answers_.fetch_add(1, std::memory_order_relaxed);
        if (options_.watch == nullptr) return;
        try {
            options_.watch->on_local_answer(why);
        } catch (...) {  // an observer's failure must not reach the hot path
        }
    }

    bool heartbeat_due() const noexcept {
        return options_.heartbeat_interval.count() > 0 && std::chrono::steady_clock::now() >= next_heartbeat_;
    }

    // One beat (scripts::fleet): this client's field in the fleet hash, and the live count back.
    // A failure leaves the last count in place; the operation that found it due goes on.
    void heartbeat_locked() noexcept {
        next_heartbeat_ = std::chrono::steady_clock::now() + options_.heartbeat_interval;
        const script_arg ttl(static_cast<double>(options_.heartbeat_interval.count() * 3));
        const std::string_view member(member_.data());
        const std::string_view sha(sha_[static_cast<std::size_t>(scripts::id::fleet)].data(), 40);
        std::array<const char*, 6> argv{"EVALSHA", sha.data(), "1", fleet_key_.data(), member.data(), ttl.data()};
        std::array<std::size_t, 6> sizes{7, 40, 1, fleet_key_.size(), member.size(), ttl.size()};
        redisReply* reply = command_locked(argv.size(), argv.data(), sizes.data());
        if (reply != nullptr && reply->type == REDIS_REPLY_ERROR && starts_with(reply, "NOSCRIPT")) {
            freeReplyObject(reply);
            argv[0] = "EVAL";
            sizes[0] = 4;
            argv[1] = scripts::fleet.data();
            sizes[1] = scripts::fleet.size();
            reply = command_locked(argv.size(), argv.data(), sizes.data());
        }
        if (reply == nullptr) return;
        if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 1 &&
            reply->element[0]->type == REDIS_REPLY_INTEGER && reply->element[0]->integer > 0)
            live_fleet_.store(static_cast<unsigned>(reply->element[0]->integer), std::memory_order_relaxed);
        freeReplyObject(reply);
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
        return o;
    }

    static timeval to_timeval(std::chrono::milliseconds d) noexcept {
        timeval tv{};
        tv.tv_sec = static_cast<time_t>(d.count() / 1000);
        tv.tv_usec = static_cast<suseconds_t>((d.count() % 1000) * 1000);
        return tv;
    }

    static bool starts_with(const redisReply* reply, std::string_view prefix) noexcept {
        return reply->str != nullptr && std::string_view(reply->str, reply->len).substr(0, prefix.size()) == prefix;
    }

    // Redis answered, but not with an answer: an error reply (OOM, READONLY, BUSY...) or a reply
    // of the wrong type. The connection stays; the state says that Redis refuses.
    // NOAUTH on a live connection (the user was reset or deleted under it) is auth_failed.
    void refused(const redisReply* reply) noexcept {
        set_error(reply->type == REDIS_REPLY_ERROR && reply->str != nullptr ? std::string_view(reply->str, reply->len)
                                                                            : "unexpected reply");
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

    // Sends one command and reads its reply; a failed connection is dropped and retried later.
    redisReply* command_locked(std::size_t argc, const char** argv, const std::size_t* sizes) noexcept {
        const sigpipe_guard guard;
        round_trips_.fetch_add(1, std::memory_order_relaxed);
        const auto start = std::chrono::steady_clock::now();
        void* reply = redisCommandArgv(context_, static_cast<int>(argc), argv, sizes);
        if (options_.watch != nullptr) {
            try {
                options_.watch->on_round_trip(std::chrono::steady_clock::now() - start, reply != nullptr);
            } catch (...) {
            }
        }
        if (reply == nullptr) drop_locked(context_->errstr);
        return static_cast<redisReply*>(reply);
    }

    // Why a handshake failed: nothing answered, Redis answered with an error, or it refused
    // the credentials.
    enum class failure_kind : std::uint8_t { none, unreachable, refused, auth };

    // Connects, then runs the handshake. Connecting and the handshake together are bounded by
    // `connect_timeout`: the handshake gets what the TCP connect left of it.
    bool connect_locked() noexcept {
        const auto now = std::chrono::steady_clock::now();
        if (now < next_attempt_) return false;
        const sigpipe_guard guard;
        redisContext* c =
            redisConnectWithTimeout(options_.host.c_str(), options_.port, to_timeval(options_.connect_timeout));
        failure_kind kind = failure_kind::unreachable;
        const char* failure = c == nullptr ? "cannot allocate a connection" : c->err != 0 ? c->errstr : nullptr;
        if (failure == nullptr) {
            const auto left = options_.connect_timeout - std::chrono::duration_cast<std::chrono::milliseconds>(
                                                             std::chrono::steady_clock::now() - now);
            if (left.count() <= 0)
                failure = "connect_timeout spent before the handshake";
            else if (redisSetTimeout(c, to_timeval(left)) != REDIS_OK)
                failure = c->errstr;
        }
        if (failure == nullptr) {
            redisEnableKeepAlive(c);
            failure = handshake(c, kind);
        }
        if (failure == nullptr && redisSetTimeout(c, to_timeval(options_.command_timeout)) != REDIS_OK) {
            kind = failure_kind::unreachable;
            failure = c->errstr;
        }
        if (failure != nullptr) {
            failed_connects_.fetch_add(1, std::memory_order_relaxed);
            if (failure != error_.data()) set_error(failure);
            if (c != nullptr) redisFree(c);
            schedule_retry(now);
            set_state(kind == failure_kind::auth      ? connection_state::auth_failed
                      : kind == failure_kind::refused ? connection_state::error_replies
                                                      : connection_state::unreachable,
                      error_.data());
            return false;
        }
        context_ = c;
        connects_.fetch_add(1, std::memory_order_relaxed);
        backoff_ = std::chrono::milliseconds(0);
        set_state(connection_state::connected, "connected");
        return true;
    }

    // AUTH (when the options carry credentials), SELECT (a database other than 0) and SCRIPT
    // LOAD for every script, pipelined: one round trip. Returns why it failed (the first failure;
    // after a refused AUTH the rest answer NOAUTH), or null.
    const char* handshake(redisContext* c, failure_kind& kind) noexcept {
        const bool auth = !options_.username.empty() || !options_.password.empty();
        if (auth) {
            std::array<const char*, 3> argv{"AUTH", options_.username.c_str(), options_.password.c_str()};
            std::array<std::size_t, 3> sizes{4, options_.username.size(), options_.password.size()};
            const int argc = options_.username.empty() ? 2 : 3;
            if (argc == 2) {
                argv[1] = argv[2];
                sizes[1] = sizes[2];
            }
            if (redisAppendCommandArgv(c, argc, argv.data(), sizes.data()) != REDIS_OK) return c->errstr;
        }
        std::array<char, 16> database{};
        const bool select = options_.database != 0;
        if (select) {
            const int n = std::snprintf(database.data(), database.size(), "%u", options_.database);
            std::array<const char*, 2> argv{"SELECT", database.data()};
            const std::array<std::size_t, 2> sizes{6, static_cast<std::size_t>(n)};
            if (redisAppendCommandArgv(c, 2, argv.data(), sizes.data()) != REDIS_OK) return c->errstr;
        }
        for (std::size_t i = 0; i < scripts::count; ++i) {
            const std::string_view text = scripts::text(static_cast<scripts::id>(i));
            std::array<const char*, 3> argv{"SCRIPT", "LOAD", text.data()};
            const std::array<std::size_t, 3> sizes{6, 4, text.size()};
            if (redisAppendCommandArgv(c, 3, argv.data(), sizes.data()) != REDIS_OK) return c->errstr;
        }
        round_trips_.fetch_add(1, std::memory_order_relaxed);
        const std::size_t replies = (auth ? 1U : 0U) + (select ? 1U : 0U) + scripts::count;
        const std::size_t first_script = replies - scripts::count;
        const char* failure = nullptr;
        for (std::size_t r = 0; r < replies; ++r) {
            void* raw = nullptr;
            if (redisGetReply(c, &raw) != REDIS_OK) {
                kind = failure_kind::unreachable;
                return c->errstr;
            }
            const auto* reply = static_cast<redisReply*>(raw);
            const std::string_view text = reply->str != nullptr ? std::string_view(reply->str, reply->len) : "";
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
            } else if (select && r == (auth ? 1U : 0U)) {
                if (failure == nullptr && (error || reply->type != REDIS_REPLY_STATUS)) {
                    std::snprintf(error_.data(), error_.size(), "SELECT %u: %.*s", options_.database,
                                  static_cast<int>(text.size()), text.data());
                    failure = error_.data();
                    kind = starts_with(reply, "NOAUTH") ? failure_kind::auth : failure_kind::refused;
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
        return failure;
    }

    void drop_locked(const char* reason) noexcept {
        set_error(reason);
        redisFree(context_);
        context_ = nullptr;
        // A connection that worked may just have been closed (a restart, an idle timeout): the
        // next operation may connect at once. Failures after that back off.
        next_attempt_ = std::chrono::steady_clock::now();
        set_state(connection_state::unreachable, error_.data());
    }

    void schedule_retry(std::chrono::steady_clock::time_point now) noexcept {
        backoff_ = backoff_.count() == 0 ? options_.reconnect_min : backoff_ * 2;
        if (backoff_ > options_.reconnect_max) backoff_ = options_.reconnect_max;
        random_ = random_ * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto half = backoff_ / 2;
        const auto jitter = half.count() > 0
                                ? static_cast<std::int64_t>((random_ >> 33) % static_cast<std::uint64_t>(half.count()))
                                : 0;
        next_attempt_ = now + half + std::chrono::milliseconds(jitter);
    }

    void set_error(std::string_view what) noexcept {
        const std::size_t n = what.size() < error_.size() - 1 ? what.size() : error_.size() - 1;
        std::memcpy(error_.data(), what.data(), n);
        error_[n] = '\0';
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
    const std::string fleet_key_;
    std::array<char, 40> member_{};  // this client's field in the fleet hash: pid and a random id
    std::chrono::steady_clock::time_point next_heartbeat_{};
    std::atomic<unsigned> live_fleet_{0};
    mutable std::timed_mutex mutex_{};
    redisContext* context_ = nullptr;
    std::array<std::array<char, 41>, scripts::count> sha_{};
    std::array<char, 160> error_{};
    std::chrono::steady_clock::time_point next_attempt_{};
    std::chrono::milliseconds backoff_{0};
    bool announced_ = false;      // the first state is told even though it is the initial one
    bool reloaded_last_ = false;  // the last script run met NOSCRIPT
    std::uint64_t random_ = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    std::atomic<connection_state> state_{connection_state::unreachable};
    std::atomic<std::uint64_t> round_trips_{0}, script_runs_{0}, local_answers_{0}, script_reloads_{0}, connects_{0},
        failed_connects_{0};
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
