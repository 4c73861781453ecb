// decide() and parse_retry_after(): what a send loop pays per failure.
#include <chrono>

#include <benchmark/benchmark.h>

#include <wa_errors/wa_errors.hpp>

namespace {

void BM_decide(benchmark::State& state) {
    const wa_errors::error_info* entries[] = {wa_errors::find(130429), wa_errors::find(131056), wa_errors::find(131000),
                                              wa_errors::find(131047)};
    unsigned attempt = 1;
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(wa_errors::decide(*entries[i], attempt, 0.5, std::chrono::milliseconds(1500)));
        i = (i + 1) & 3;
        attempt = attempt % 7 + 1;
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_parse_retry_after(benchmark::State& state, const char* header) {
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(784111777 - 100));
    for (auto _ : state) benchmark::DoNotOptimize(wa_errors::parse_retry_after(header, now));
    state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_decide)->Name("decide");
BENCHMARK_CAPTURE(BM_parse_retry_after, seconds, "120")->Name("parse_retry_after/delay_seconds");
BENCHMARK_CAPTURE(BM_parse_retry_after, imf, "Sun, 06 Nov 1994 08:49:37 GMT")->Name("parse_retry_after/imf_fixdate");
BENCHMARK_CAPTURE(BM_parse_retry_after, asctime, "Sun Nov  6 08:49:37 1994")->Name("parse_retry_after/asctime");
