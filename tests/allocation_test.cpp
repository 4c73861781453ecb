// find, classify, decide and parse_retry_after never touch the heap: a counting global
// operator new proves it (this test is its own program, so the replacement affects nothing else).
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <string>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

namespace {
std::atomic<long> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

// Heap allocations made while `work` runs.
template <class Work>
long allocations_during(Work work) {
    const long before = allocations.load();
    work();
    return allocations.load() - before;
}

}  // namespace

TEST_CASE("find, classify, decide and parse_retry_after allocate nothing") {
    const std::string long_message(100000, 'x');  // made before counting
    long sink = 0;
    const long count = allocations_during([&] {
        for (const auto& e : wa_errors::catalog()) {
            if (e.code) sink += wa_errors::find(*e.code) != nullptr;
            sink += wa_errors::find(e.id) != nullptr;
            for (std::string_view fragment : e.match)
                sink += wa_errors::classify({e.http_status, e.code, {}, fragment, "", ""}).http_status;
            sink +=
                wa_errors::classify({e.http_status, e.code, 2388091, long_message, long_message, long_message}).ordinal;
            for (unsigned attempt = 0; attempt < 10; ++attempt)
                sink += wa_errors::decide(e, attempt, 0.5, std::chrono::seconds(3)).delay.count() > 0;
        }
        sink += wa_errors::classify({503, {}, {}, "", "", ""}).http_status;
        sink +=
            wa_errors::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", std::chrono::system_clock::now()).has_value();
        sink += wa_errors::parse_retry_after("120", std::chrono::system_clock::now()).has_value();
    });
    CHECK(sink > 0);
    CHECK(count == 0);
}

TEST_CASE("the counting operator new does count") {
    const long count = allocations_during([] {
        auto* p = new std::string(1000, 'y');  // a real allocation, to show the probe works
        delete p;
    });
    CHECK(count >= 1);
}
