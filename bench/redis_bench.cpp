// SPDX-License-Identifier: MIT
// The Redis pacer, quota and pause board on loopback: operations per second and round trips per
// operation (counted by the client: one per try_acquire is the design). The benchmark starts its
// own redis-server on a free port (WA_ERRORS_REDIS_SERVER overrides the program found at
// configure time) and skips, saying why, when there is none.
//
// Also: a send through redis::send_gate (one script: holds and both slots) against a minimal
// GCRA script on one string key written here, the baseline any Redis rate limiter pays; and a
// fleet of worker threads (one client each) on one saturated number, for the round trips each
// granted send costs.
#include <benchmark/benchmark.h>
#include <hiredis/hiredis.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/pacing.hpp>
#include <wa_errors/redis.hpp>
#include <wa_errors/redis/send_gate.hpp>
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

// Redis' own CPU time per EVALSHA (INFO commandstats): the robust figure on a shared machine,
// where client-side times move with the load. Measured around single-threaded runs only.
class redis_cpu {
public:
    explicit redis_cpu(const benchmark::State& state) : on_(state.threads() == 1) {
        if (on_) command("CONFIG RESETSTAT");
    }
    void report(benchmark::State& state) {
        if (!on_) return;
        const std::string info = command("INFO commandstats");
        const std::string field = "cmdstat_evalsha:";
        const std::size_t at = info.find(field);
        const std::size_t per = at == std::string::npos ? at : info.find("usec_per_call=", at);
        if (per != std::string::npos) state.counters["redis_us_per_call"] = std::atof(info.c_str() + per + 14);
    }

private:
    std::string command(const char* text) {
        const timeval tv{1, 0};
        redisContext* c = redisConnectWithTimeout("127.0.0.1", server()->port(), tv);
        std::string out;
        if (c != nullptr && c->err == 0) {
            auto* r = static_cast<redisReply*>(redisCommand(c, text));
            if (r != nullptr && r->str != nullptr) out.assign(r->str, r->len);
            if (r != nullptr) freeReplyObject(r);
        }
        if (c != nullptr) redisFree(c);
        return out;
    }
    bool on_;
};

// One send through the gate at full rate: the holds of the number and the pair read, a slot of
// each taken, one EVALSHA on four keys. Threads: one client each, each its own number.
void redis_send_gate(benchmark::State& state) {
    if (!have_server(state)) return;
    redis::client_options o = options(server()->port());
    o.heartbeat_interval = std::chrono::milliseconds(0);
    redis::client c(o);
    redis::pacers numbers(c, unlimited()), pairs(c, unlimited());
    redis::pause_board board(c);
    redis::send_gate gate(numbers, pairs, board);
    const std::string number = "gate" + std::to_string(state.thread_index());
    const redis::client_stats before = c.stats();
    redis_cpu cpu(state);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            gate.before_send(wa_errors::send_kind::free_form, number, "15551234567", wa_errors::pacing_clock::now()));
    report(state, c, before);
    cpu.report(state);
}
BENCHMARK(redis_send_gate)->UseRealTime()->Threads(1)->Threads(4);

// The baseline: the least a GCRA limiter in Redis can do, one EVALSHA reading and writing one
// string key (its theoretical arrival time), on a connection of its own (plain hiredis).
constexpr const char* minimal_gcra = R"lua(
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
local iv, tolerance = tonumber(ARGV[1]), tonumber(ARGV[2])
local start = math.max(tat, now)
if start - now > tolerance then return start - tolerance - now end
redis.call('SET', KEYS[1], start + iv, 'PX', math.ceil((start + iv - now) / 1000) + 60000)
return 0
)lua";

void minimal_gcra_baseline(benchmark::State& state) {
    if (!have_server(state)) return;
    const timeval tv{1, 0};
    redisContext* c = redisConnectWithTimeout("127.0.0.1", server()->port(), tv);
    if (c == nullptr || c->err != 0) {
        state.SkipWithError("cannot connect");
        if (c != nullptr) redisFree(c);
        return;
    }
    auto* loaded = static_cast<redisReply*>(redisCommand(c, "SCRIPT LOAD %s", minimal_gcra));
    const std::string sha = loaded != nullptr && loaded->str != nullptr ? std::string(loaded->str, loaded->len) : "";
    if (loaded != nullptr) freeReplyObject(loaded);
    const std::string key = "bench:gcra:" + std::to_string(state.thread_index());
    redis_cpu cpu(state);
    for (auto _ : state) {
        void* reply = redisCommand(c, "EVALSHA %s 1 %s 1 1000000", sha.c_str(), key.c_str());
        if (reply == nullptr) {
            state.SkipWithError("Redis stopped answering");
            break;
        }
        freeReplyObject(reply);
    }
    redisFree(c);
    state.SetItemsProcessed(state.iterations());
    cpu.report(state);
}
BENCHMARK(minimal_gcra_baseline)->UseRealTime()->Threads(1)->Threads(4);

// How long each fleet run lasts (WA_ERRORS_BENCH_FLEET_SECONDS; the CTest smoke run shortens it).
double fleet_seconds() {
    const char* s = std::getenv("WA_ERRORS_BENCH_FLEET_SECONDS");
    const double v = s != nullptr ? std::atof(s) : 5.0;
    return v > 0.0 && v < 3600.0 ? v : 5.0;
}

// Workers (threads, one client each: what separate processes would have) send to one number
// limited to 200/s (burst 20), each message to a user of its own, as fast as the gate lets them:
// a refusal sleeps until the moment it names, a reservation sleeps until its slot and sends.
// Arguments: workers, reservation (ms; 0: none, the send_policy way).
void fleet_saturated_number(benchmark::State& state) {
    if (!have_server(state)) return;
    const auto workers = static_cast<int>(state.range(0));
    const auto reserve = std::chrono::milliseconds(state.range(1));
    const auto seconds = fleet_seconds();
    wa_errors::pace_settings number;
    number.per_second = 200;
    number.burst = 20;
    wa_errors::pace_settings pair;  // the pair is not the limit here
    pair.per_second = 1;
    pair.burst = 45;
    static std::atomic<int> run{0};
    const std::string id = "fleet" + std::to_string(++run);
    std::uint64_t round_trips = 0, grants = 0, local = 0;
    for (auto _ : state) {
        std::atomic<std::uint64_t> total_trips{0}, total_grants{0}, total_local{0};
        std::vector<std::thread> threads;
        const auto end = std::chrono::steady_clock::now() +
                         std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(seconds));
        for (int w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                redis::client_options o = options(server()->port());
                o.expected_fleet_size = static_cast<unsigned>(workers);
                redis::client c(o);
                redis::pacers numbers(c, number), pairs(c, pair);
                redis::pause_board board(c);
                redis::send_gate gate(numbers, pairs, board, reserve);
                const redis::client_stats before = c.stats();
                std::uint64_t mine = 0, n = 0;
                while (std::chrono::steady_clock::now() < end) {
                    const auto now = wa_errors::pacing_clock::now();
                    const auto slot = gate.before_send(wa_errors::send_kind::free_form, id,
                                                       std::to_string(w) + ":" + std::to_string(n++), now);
                    if (slot.go && slot.not_before <= end) ++mine;  // a slot past the end is not sent in this run
                    if (slot.not_before > now) std::this_thread::sleep_until(std::min(slot.not_before, end));
                }
                const redis::client_stats after = c.stats();
                total_trips += after.round_trips - before.round_trips;
                total_local += after.local_answers - before.local_answers;
                total_grants += mine;
            });
        }
        for (std::thread& t : threads) t.join();
        round_trips += total_trips;
        grants += total_grants;
        local += total_local;
    }
    state.counters["workers"] = workers;
    state.counters["grants"] = static_cast<double>(grants);
    state.counters["bound"] = 200.0 * seconds * static_cast<double>(state.iterations()) + 20.0;
    state.counters["round_trips_per_grant"] = grants > 0 ? static_cast<double>(round_trips) / grants : 0.0;
    state.counters["local_answers"] = static_cast<double>(local);
}
BENCHMARK(fleet_saturated_number)
    ->Args({8, 0})
    ->Args({32, 0})
    ->Args({8, 250})
    ->Args({32, 250})
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);

// For comparison: the in-process pacer.
void in_process_pacer_try_acquire(benchmark::State& state) {
    wa_errors::pacer p(unlimited());
    for (auto _ : state) benchmark::DoNotOptimize(p.try_acquire(wa_errors::pacing_clock::now()));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(in_process_pacer_try_acquire);

}  // namespace
