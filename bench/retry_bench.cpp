// SPDX-License-Identifier: MIT
// decide(), parse_retry_after(), the pacer and the retry quota: what a send loop pays per
// message, against what a user would otherwise write (a mutex around a token bucket).
#include <chrono>
#include <mutex>

#include <benchmark/benchmark.h>

#include <wa_errors/pacing.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/retry_quota.hpp>
#include <wa_errors/wa_errors.hpp>

namespace {

void BM_decide(benchmark::State& state) {
    const wa_errors::error_info* entries[] = {wa_errors::find(130429), wa_errors::find(131056), wa_errors::find(131000),
                                              wa_errors::find(131047)};
    wa_errors::retry_input in;
    in.hint = wa_errors::server_hint::wait_for(std::chrono::milliseconds(1500));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(wa_errors::decide(*entries[i], in));
        i = (i + 1) & 3;
        in.attempts = in.attempts % 7 + 1;
        in.scope_failures = in.attempts;
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_parse_retry_after(benchmark::State& state, const char* header) {
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(784111777 - 100));
    for (auto _ : state) benchmark::DoNotOptimize(wa_errors::parse_retry_after(header, now));
    state.SetItemsProcessed(state.iterations());
}

// The clock advances 1 µs per call, so the bucket (1e6/s) always has a slot: the uncontended
// path that a sender takes for nearly every message.
void BM_pacer_acquire(benchmark::State& state) {
    wa_errors::pace_settings settings;
    settings.per_second = 1e6;
    settings.burst = 1000;
    wa_errors::pacer pacer(settings);
    auto now = wa_errors::pacing_clock::time_point(std::chrono::seconds(1));
    for (auto _ : state) {
        benchmark::DoNotOptimize(pacer.try_acquire(now));
        now += std::chrono::microseconds(1);
    }
    state.SetItemsProcessed(state.iterations());
}

// What a user writes instead: a token bucket of doubles behind a std::mutex.
class mutex_bucket {
public:
    bool try_acquire(wa_errors::pacing_clock::time_point now) {
        const std::lock_guard<std::mutex> lock(mutex_);
        const double elapsed = std::chrono::duration<double>(now - last_).count();
        last_ = now;
        tokens_ = tokens_ + elapsed * rate_ > burst_ ? burst_ : tokens_ + elapsed * rate_;
        if (tokens_ < 1.0) return false;
        tokens_ -= 1.0;
        return true;
    }

private:
    std::mutex mutex_;
    double rate_ = 1e6;
    double burst_ = 1000;
    double tokens_ = 1000;
    wa_errors::pacing_clock::time_point last_{};
};

void BM_mutex_bucket_acquire(benchmark::State& state) {
    mutex_bucket bucket;
    auto now = wa_errors::pacing_clock::time_point(std::chrono::seconds(1));
    for (auto _ : state) {
        benchmark::DoNotOptimize(bucket.try_acquire(now));
        now += std::chrono::microseconds(1);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_quota_retry_and_refund(benchmark::State& state) {
    wa_errors::retry_quota quota;
    const wa_errors::error_info& e = *wa_errors::find(131000);
    auto now = wa_errors::retry_quota::clock::time_point(std::chrono::seconds(1));
    for (auto _ : state) {
        const auto grant = quota.try_acquire(e, now);
        quota.on_success(&grant.spent, now);
        now += std::chrono::microseconds(1);
    }
    state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_decide)->Name("decide");
BENCHMARK_CAPTURE(BM_parse_retry_after, seconds, "120")->Name("parse_retry_after/delay_seconds");
BENCHMARK_CAPTURE(BM_parse_retry_after, imf, "Sun, 06 Nov 1994 08:49:37 GMT")->Name("parse_retry_after/imf_fixdate");
BENCHMARK_CAPTURE(BM_parse_retry_after, asctime, "Sun Nov  6 08:49:37 1994")->Name("parse_retry_after/asctime");
BENCHMARK(BM_pacer_acquire)->Name("pacer/try_acquire");
BENCHMARK(BM_mutex_bucket_acquire)->Name("pacer/mutex_token_bucket (what users write)");
BENCHMARK(BM_quota_retry_and_refund)->Name("retry_quota/acquire+refund");
