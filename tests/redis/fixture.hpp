// SPDX-License-Identifier: MIT
// What the Redis tests share: options for the fixture's redis-server with a prefix of their own
// (tests run in parallel against one server), and a raw hiredis connection to look at the keys.
#pragma once

#include <hiredis/hiredis.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <wa_errors/redis.hpp>

#include "processes.hpp"

namespace redis_test {

inline int port() {
    static const int p = fixture_port(WA_ERRORS_REDIS_STATE);
    return p;
}

// A prefix no other test (or earlier run) uses.
inline std::string unique_prefix() {
    static std::atomic<int> counter{0};
    const auto now = std::chrono::system_clock::now().time_since_epoch().count();
    return "test:" + std::to_string(getpid()) + ":" + std::to_string(now) + ":" + std::to_string(++counter) + ":";
}

// A pacing rate for a test: `burst` at once, refilled at `per_second`.
inline wa_errors::pace_settings pace(double per_second, double burst) {
    wa_errors::pace_settings s;
    s.per_second = per_second;
    s.burst = burst;
    return s;
}

inline wa_errors::redis::client_options options(int on_port = port()) {
    wa_errors::redis::client_options o;
    o.port = on_port;
    o.prefix = unique_prefix();
    o.expected_fleet_size = 4;
    // A loaded CI machine is not a failure. The connect timeout bounds the handshake too.
    o.connect_timeout = std::chrono::milliseconds(500);
    o.command_timeout = std::chrono::milliseconds(500);
    return o;
}

// A plain hiredis connection, for what the library doesn't do: SCRIPT FLUSH, PTTL, KEYS.
class raw {
    template <class F>
    auto with(const std::vector<std::string>& args, F f) {
        std::vector<const char*> argv;
        std::vector<std::size_t> sizes;
        for (const std::string& a : args) {
            argv.push_back(a.data());
            sizes.push_back(a.size());
        }
        auto* reply = static_cast<redisReply*>(
            redisCommandArgv(context_, static_cast<int>(argv.size()), argv.data(), sizes.data()));
        if (reply == nullptr) throw std::runtime_error("the fixture's Redis did not answer");
        auto result = f(reply);
        freeReplyObject(reply);
        return result;
    }

public:
    explicit raw(int on_port = port()) {
        const timeval tv{2, 0};
        context_ = redisConnectWithTimeout("127.0.0.1", on_port, tv);
        if (context_ == nullptr || context_->err != 0) throw std::runtime_error("cannot connect to the fixture");
    }
    ~raw() { redisFree(context_); }
    raw(const raw&) = delete;
    raw& operator=(const raw&) = delete;

    // The command's integer answer (or -99 if it answered something else).
    long long integer(const std::vector<std::string>& args) {
        return with(args, [](redisReply* r) { return r->type == REDIS_REPLY_INTEGER ? r->integer : -99; });
    }
    std::string status(const std::vector<std::string>& args) {
        return with(args,
                    [](redisReply* r) { return r->str != nullptr ? std::string(r->str, r->len) : std::string(); });
    }
    std::vector<std::string> strings(const std::vector<std::string>& args) {
        return with(args, [](redisReply* r) {
            std::vector<std::string> out;
            for (std::size_t i = 0; r->type == REDIS_REPLY_ARRAY && i < r->elements; ++i)
                out.emplace_back(r->element[i]->str, r->element[i]->len);
            return out;
        });
    }

private:
    redisContext* context_ = nullptr;
};

}  // namespace redis_test
