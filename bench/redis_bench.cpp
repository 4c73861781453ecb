// SPDX-License-Identifier: MIT
// The Redis pacer, quota and pause board on loopback: operations per second and round trips per
// operation (counted by the client: one per try_acquire is the design). The benchmark starts its
// own redis-server on a free port (WA_ERRORS_REDIS_SERVER overrides the program found at
// configure time) and skips, saying why, when there is none.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>

#include <wa_errors/pacing.hpp>
#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "processes.hpp"

namespace {

namespace redis = wa_errors::redis;

#ifndef WA_ERRORS_REDIS_SERVER
#define WA_ERRORS_REDIS_SERVER ""
#endif

// The server every benchmark uses, started on first use and stopped at exit; null if none.
redis_test::server* server() {
    static const std::unique_ptr<redis_test::server> running = []() -> std::unique_ptr<redis_test::server> {
        const char* from_env = std::getenv("WA_ERRORS_REDIS_SERVER");
        const std::string program = from_env != nullptr ? from_env : WA_ERRORS_REDIS_SERVER;
        if (program.empty() || program.find("NOTFOUND") != std::string::npos) return nullptr;
        try {
            return std::make_unique<redis_test::server>(program);
        } catch (const std::exception&) {
            return nullptr;
        }
    }();
    return running.get();
}

bool have_server(benchmark::State& state) {
    if (server() != nullptr) return true;
    state.SkipWithError("no redis-server to start: install redis-server or set WA_ERRORS_REDIS_SERVER");
    return false;
}

redis::client_options options(int port) {
    redis::client_options o;
    o.port = port;
    o.prefix = "bench:";
    o.command_timeout = std::chrono::milliseconds(1000);
    return o;
}

wa_errors::pace_settings unlimited() {
    wa_errors::pace_settings s;
    s.per_second = 1e6;
    s.burst = 1e6;
    return s;
}

void report(benchmark::State& state, const redis::client& c, const redis::client_stats& before) {
    const redis::client_stats after = c.stats();
    const auto n = static_cast<double>(state.iterations());
    state.SetItemsProcessed(state.iterations());
    // Each thread reports its own figures: average them, don't add them up.
    state.counters["round_trips_per_op"] = benchmark::Counter(
        static_cast<double>(after.round_trips - before.round_trips) / n, benchmark::Counter::kAvgThreads);
    state.counters["local_answers"] = static_cast<double>(after.local_answers - before.local_answers);
}

// One try_acquire that is granted: one EVALSHA. Threads: one client (connection) each.
void redis_pacer_try_acquire(benchmark::State& state) {
    if (!have_server(state)) return;
    redis::client c(options(server()->port()));
    redis::pacers pacers(c, unlimited());
    redis::pacer& p = pacers.at("phone_number:bench:" + std::to_string(state.thread_index()));
    const redis::client_stats before = c.stats();
    for (auto _ : state) benchmark::DoNotOptimize(p.try_acquire(wa_errors::pacing_clock::now()));
    report(state, c, before);
}
BENCHMARK(redis_pacer_try_acquire)->UseRealTime()->Threads(1)->Threads(4);

// A refused try_acquire (the bucket is empty): the same one round trip, no write.
void redis_pacer_refused(benchmark::State& state) {
    if (!have_server(state)) return;
    redis::client c(options(server()->port()));
    wa_errors::pace_settings s;
    s.per_second = 1.0 / 3600;
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at("phone_number:bench:refused");
    (void)p.try_acquire(wa_errors::pacing_clock::now());
    const redis::client_stats before = c.stats();
    for (auto _ : state) benchmark::DoNotOptimize(p.try_acquire(wa_errors::pacing_clock::now()));
    report(state, c, before);
}
BENCHMARK(redis_pacer_refused)->UseRealTime();

// What a sender does per message: is the number paused, take a slot, note the success.
void redis_send(benchmark::State& state) {
    if (!have_server(state)) return;
    redis::client c(options(server()->port()));
    redis::pacers pacers(c, unlimited());
    redis::pause_board board(c);
    redis::pacer& p = pacers.at("phone_number:bench:send");
    const redis::client_stats before = c.stats();
    for (auto _ : state) {
        const auto now = wa_errors::pacing_clock::now();
        benchmark::DoNotOptimize(board.paused("phone_number:bench:send", now));
        if (p.try_acquire(now).count() == 0) p.on_success(now);
    }
    report(state, c, before);
}
BENCHMARK(redis_send)->UseRealTime();

// A retry and its refund.
void redis_quota_acquire_refund(benchmark::State& state) {
    if (!have_server(state)) return;
    redis::client c(options(server()->port()));
    redis::retry_quotas quotas(c, wa_errors::retry_quota_settings{});
    redis::retry_quota& q = quotas.at("phone_number:bench:quota");
    const wa_errors::error_info& e = *wa_errors::find("meta.131000");
    const redis::client_stats before = c.stats();
    for (auto _ : state) {
        const auto g = q.try_acquire(e, redis::retry_quota::clock::now());
        if (g.granted) q.on_success(&g.spent, redis::retry_quota::clock::now());
    }
    report(state, c, before);
}
BENCHMARK(redis_quota_acquire_refund)->UseRealTime();

// Redis unreachable: every answer comes from the local share, with no network in between
// (between reconnect attempts, which the backoff spaces out).
void redis_pacer_fallback(benchmark::State& state) {
    redis::client_options o = options(redis_test::free_port());
    o.reconnect_min = std::chrono::seconds(5);
    redis::client c(o);
    redis::pacers pacers(c, unlimited());
    redis::pacer& p = pacers.at("phone_number:bench:fallback");
    const redis::client_stats before = c.stats();
    for (auto _ : state) benchmark::DoNotOptimize(p.try_acquire(wa_errors::pacing_clock::now()));
    report(state, c, before);
}
BENCHMARK(redis_pacer_fallback);

// For comparison: the in-process pacer.
void in_process_pacer_try_acquire(benchmark::State& state) {
    wa_errors::pacer p(unlimited());
    for (auto _ : state) benchmark::DoNotOptimize(p.try_acquire(wa_errors::pacing_clock::now()));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(in_process_pacer_try_acquire);

}  // namespace
