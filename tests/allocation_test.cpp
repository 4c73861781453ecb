// SPDX-License-Identifier: MIT
// find, classify, decide and parse_retry_after never touch the heap: a counting global
// operator new proves it (this test is its own program, so the replacement affects nothing else).
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <string>

#include <wa_errors/retry.hpp>
#include <wa_errors/retry_after.hpp>
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
            wa_errors::error_ref ref;
            ref.http_status = e.http_status;
            ref.code = e.code;
            ref.subcode = e.subcode;
            for (std::string_view fragment : e.match) {
                ref.message = fragment;
                sink += wa_errors::classify(ref).http_status;
            }
            ref.message = ref.title = ref.details = ref.recipient = long_message;
            sink += wa_errors::classify(ref).ordinal;
            for (unsigned attempt = 0; attempt < 10; ++attempt) {
                wa_errors::retry_input in;
                in.attempts = attempt;
                in.scope_failures = attempt;
                in.hint = wa_errors::server_hint::wait_for(std::chrono::seconds(3));
                sink += wa_errors::decide(e, in).delay.count() > 0;
            }
        }
        wa_errors::error_ref unavailable;
        unavailable.http_status = 503;
        sink += wa_errors::classify(unavailable).http_status;
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
