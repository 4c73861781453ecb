// SPDX-License-Identifier: MIT
// A small program the Redis tests run as separate processes, each with its own connection, so
// that what they share is shared through Redis and nothing else.
//
//   redis_worker fleet <fixture state file> <processes> <seconds> <per second> <burst> [auth]
//       runs <processes> `pace` workers on one new key, prints the one line
//       "fleet: mode=M processes=N grants=G seconds=S limit_per_second=R burst=B", and exits 0 when
//       the fleet stayed within the limit (G <= R*S + B) and used at least 80 % of it. M is
//       `standalone`, or `auth` with `auth`: the workers log in as the auth fixture's ACL user
//   redis_worker pace <port> <prefix> <key> <per second> <burst> <fleet> <start ns> <end ns> [auth]
//       asks as fast as the pacer allows between two system-clock instants and prints
//       "grants=G last_ns=E local=L" (E: when the last grant's answer came, L: local answers)
//   redis_worker pause-set <port> <prefix> <key> <ms> <catalog id>
//   redis_worker pause-check <port> <prefix> <key>       prints "paused <ms left> <cause id>" or "not paused"
//   redis_worker quota-spend <port> <prefix> <key> <capacity>      retries until refused, prints the tickets
//   redis_worker quota-refund <port> <prefix> <key> <capacity> <milli tokens>...
// Every mode exits 3 when it had to answer locally (Redis not reached): a test must not pass on
// the fallback by accident.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "processes.hpp"

namespace {

namespace redis = wa_errors::redis;
using std::chrono::nanoseconds;
using std::chrono::system_clock;

std::int64_t system_ns() {
    return std::chrono::duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

redis::client_options options(const char* port, const char* prefix, unsigned fleet = 8) {
    redis::client_options o;
    o.port = std::stoi(port);
    o.prefix = prefix;
    o.expected_fleet_size = fleet;
    o.connect_timeout = std::chrono::milliseconds(500);  // the handshake shares it
    o.command_timeout = std::chrono::milliseconds(500);
    return o;
}

wa_errors::retry_quota_settings quota_settings(const char* capacity) {
    wa_errors::retry_quota_settings s;
    s.capacity = std::stod(capacity);
    s.reserve_per_second = 0;  // only refunds refill: what one process gives back, another takes
    return s;
}

const wa_errors::error_info& server_error() { return *wa_errors::find("meta.131000"); }

int pace(int argc, char** a) {
    redis::client_options o = options(a[0], a[1], static_cast<unsigned>(std::stoul(a[5])));
    if (argc > 8 && std::string(a[8]) == "auth") {
        o.username = redis_test::auth::user;
        o.password = redis_test::auth::user_password;
    }
    redis::client c(o);
    wa_errors::pace_settings s;
    s.per_second = std::stod(a[3]);
    s.burst = std::stod(a[4]);
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at(a[2]);
    const std::int64_t start = std::stoll(a[6]), end = std::stoll(a[7]);
    std::this_thread::sleep_for(nanoseconds(std::max<std::int64_t>(start - system_ns(), 0)));
    long grants = 0, local = 0;
    std::int64_t last = start;
    for (std::int64_t t = system_ns(); t < end; t = system_ns()) {
        const nanoseconds wait = p.try_acquire(wa_errors::pacing_clock::now());
        if (p.answered_locally()) ++local;
        if (wait.count() == 0) {
            ++grants;
            last = system_ns();
            p.on_success(wa_errors::pacing_clock::now());
        } else {
            std::this_thread::sleep_for(std::min(wait, nanoseconds(end - t)));
        }
    }
    std::printf("grants=%ld last_ns=%lld local=%ld\n", grants, static_cast<long long>(last), local);
    return local == 0 ? 0 : 3;
}

int fleet(int argc, char** a) {
    const bool auth = argc > 5 && std::string(a[5]) == "auth";
    const int processes = std::stoi(a[1]);
    const double seconds = std::stod(a[2]), rate = std::stod(a[3]), burst = std::stod(a[4]);
    const std::string port = std::to_string(redis_test::fixture_port(a[0]));
    const std::string prefix = "fleet:" + std::to_string(getpid()) + ":";
    std::array<char, 4096> self{};
    if (readlink("/proc/self/exe", self.data(), self.size() - 1) <= 0) throw std::runtime_error("no /proc/self/exe");
    const std::int64_t start = system_ns() + 500'000'000;  // time for every worker to connect
    const std::int64_t end = start + static_cast<std::int64_t>(seconds * 1e9);
    std::vector<redis_test::child> workers;
    for (int i = 0; i < processes; ++i) {
        std::vector<std::string> args{self.data(),
                                      "pace",
                                      port,
                                      prefix,
                                      "phone_number:fleet",
                                      a[3],
                                      a[4],
                                      std::to_string(processes),
                                      std::to_string(start),
                                      std::to_string(end)};
        if (auth) args.emplace_back("auth");
        workers.push_back(redis_test::spawn(args));
    }
    long grants = 0;
    std::int64_t last = start;
    bool ok = true;
    for (redis_test::child& w : workers) {
        std::string out;
        const int status = redis_test::finish(w, &out);
        long g = 0, local = 0;
        long long l = 0;
        if (status != 0 || std::sscanf(out.c_str(), "grants=%ld last_ns=%lld local=%ld", &g, &l, &local) != 3) {
            std::cerr << "a worker failed (exit " << status << "): " << out;
            ok = false;
        }
        grants += g;
        last = std::max<std::int64_t>(last, l);
    }
    // Every grant was decided by the server after `start` and answered before `last`.
    const double span = static_cast<double>(last - start) / 1e9;
    const double limit = rate * span + burst;
    std::printf("fleet: mode=%s processes=%d grants=%ld seconds=%.3f limit_per_second=%g burst=%g\n",
                auth ? "auth" : "standalone", processes, grants, span, rate, burst);
    if (static_cast<double>(grants) > limit) std::cerr << "over the limit: " << grants << " > " << limit << '\n';
    if (static_cast<double>(grants) < 0.8 * (rate * seconds + burst))
        std::cerr << "under 80 % of the limit: " << grants << '\n';
    ok = ok && static_cast<double>(grants) <= limit && static_cast<double>(grants) >= 0.8 * (rate * seconds + burst);
    return ok ? 0 : 1;
}

int pause_set(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::pause_board board(c);
    board.pause_for(a[2], redis::pause_board::clock::now(), std::chrono::milliseconds(std::stoll(a[3])),
                    *wa_errors::find(std::string_view(a[4])));
    return board.answered_locally() ? 3 : 0;
}

int pause_check(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::pause_board board(c);
    const auto now = redis::pause_board::clock::now();
    const auto p = board.paused(a[2], now);
    if (board.answered_locally()) return 3;
    if (!p) {
        std::printf("not paused\n");
    } else {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(p->until - now).count();
        std::printf("paused %lld %s\n", static_cast<long long>(left),
                    p->cause != nullptr ? std::string(p->cause->id).c_str() : "?");
    }
    return 0;
}

int quota_spend(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::retry_quotas quotas(c, quota_settings(a[3]));
    redis::retry_quota& q = quotas.at(a[2]);
    for (;;) {
        const auto g = q.try_acquire(server_error(), redis::retry_quota::clock::now());
        if (q.answered_locally()) return 3;
        if (!g.granted) break;
        std::printf("%lld ", static_cast<long long>(g.spent.milli_tokens));
    }
    std::printf("\n");
    return 0;
}

int quota_refund(int argc, char** a) {
    redis::client c(options(a[0], a[1]));
    redis::retry_quotas quotas(c, quota_settings(a[3]));
    redis::retry_quota& q = quotas.at(a[2]);
    for (int i = 4; i < argc; ++i) {
        const redis::retry_quota::ticket t{std::stoll(a[i])};
        q.on_success(&t, redis::retry_quota::clock::now());
        if (q.answered_locally()) return 3;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    char** a = argv + 2;
    const int n = argc - 2;
    try {
        if (mode == "fleet" && (n == 5 || n == 6)) return fleet(n, a);
        if (mode == "pace" && (n == 8 || n == 9)) return pace(n, a);
        if (mode == "pause-set" && n == 5) return pause_set(a);
        if (mode == "pause-check" && n == 3) return pause_check(a);
        if (mode == "quota-spend" && n == 4) return quota_spend(a);
        if (mode == "quota-refund" && n >= 4) return quota_refund(n, a);
    } catch (const std::exception& e) {
        std::cerr << "redis_worker " << mode << ": " << e.what() << '\n';
        return 2;
    }
    std::cerr << "usage: see the comment at the top of tests/redis/redis_worker.cpp\n";
    return 2;
}
