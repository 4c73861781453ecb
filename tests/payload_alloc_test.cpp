// SPDX-License-Identifier: MIT
// payload.hpp under memory pressure, with a counting global operator new (own program):
//  - parse, parse_usage and parse_response are noexcept: failing the N-th allocation, for every N,
//    degrades the result as documented (out_of_memory) and never terminates;
//  - peak heap use for 50 MB hostile bodies, and for 1, 4 and 16 MB bodies whose one long context
//    string sits over max_errors errors, stays within 8x the body + 64 MB.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/payload/usage.hpp>

#include "catch.hpp"

namespace {

struct counters {
    bool armed = false;
    long calls = 0;
    long fail_at = 0;  // 0: never
    std::size_t live = 0;
    std::size_t peak = 0;
};
counters heap;

}  // namespace

void* operator new(std::size_t size) {
    if (heap.armed && ++heap.calls == heap.fail_at) throw std::bad_alloc();
    auto* block = static_cast<std::size_t*>(std::malloc(size + 16));
    if (block == nullptr) throw std::bad_alloc();
    *block = size;
    heap.live += size;
    heap.peak = std::max(heap.peak, heap.live);
    return reinterpret_cast<char*>(block) + 16;
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept {
    if (p == nullptr) return;
    // The header is found by address arithmetic rather than by stepping back from `p`: once
    // this is inlined at -O3, g++ 12 sees `p` as the object handed out (a hash node, a string)
    // and reports the step back as out of its bounds and the free() as mismatched with new.
    // The block really is malloc's, 16 bytes before `p`, as operator new above made it.
    auto* block = reinterpret_cast<std::size_t*>(reinterpret_cast<std::uintptr_t>(p) - 16);
    heap.live -= *block;
    std::free(block);
}
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { operator delete(p); }

namespace {

namespace payload = wa_errors::payload;

// Calls f with the N-th allocation failing, for N = 1 until a run needs no more allocations than
// N - 1 (every allocation point was hit); returns how many points there were.
template <class F>
long fail_every_allocation(F f) {
    long n = 1;
    for (;; ++n) {
        heap.calls = 0;
        heap.fail_at = n;
        heap.armed = true;
        f(true);
        heap.armed = false;
        if (heap.calls < n) return n - 1;
    }
}

const std::vector<std::pair<std::string, int>> bodies = {
    {R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},"error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})",
     400},
    {R"({"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.A","status":"failed","recipient_id":"16505551234","errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.","error_data":{"details":"In order to maintain a healthy ecosystem engagement, the message failed to be delivered."}}]},{"id":"wamid.B","status":"failed","recipient_id":"16505551235","errors":[{"code":131047}]}]}}]}]})",
     0},
    {R"({"meta":{"success":false,"httpCode":400,"developerMessage":"You have exceeded the limit of 1 request every 5 seconds."}})",
     400},
    {R"({"meta":{"developer_message":"Invalid payload","error":"{\"error\":{\"code\":100,\"error_subcode\":2388046,\"message\":\"(#100) Invalid parameter\"}}","http_code":400,"success":false}})",
     400},
    {"{\"error\":{\"code\":131047,\"message\":\"bad \xff\xfe bytes \\ud83d\"}}", 400},
    {"<html><body>502 Bad Gateway</body></html>", 502},
    {R"({"x":{"error":{"code":1}},"x":{"error":{"code":131047}},"detail":[{"msg":"m","loc":["a"]}]})", 422},
};

}  // namespace

TEST_CASE("parse degrades to out_of_memory at every failing allocation, never terminating") {
    for (const auto& [body, status] : bodies) {
        INFO(body);
        const payload::parse_result expected = payload::parse(body, status);
        long same = 0;
        long degraded = 0;
        const long points = fail_every_allocation([&, &body = body, status = status](bool) {
            const payload::parse_result r = payload::parse(body, status);
            heap.armed = false;
            for (const auto& e : r.errors) REQUIRE(e.info != nullptr);
            if (r.status == payload::parse_status::out_of_memory) {
                ++degraded;
                CHECK(r.errors.size() <= 1);
            } else {
                ++same;
                CHECK(r.status == expected.status);
                CHECK(r.errors.size() == expected.errors.size());
            }
        });
        CHECK(points > 0);
        CHECK(degraded >= 1);
        CHECK(same + degraded == points + 1);
    }
}

TEST_CASE("parse_usage and parse_response degrade at every failing allocation, never terminating") {
    const char* usage =
        R"({"1":[{"type":"a","call_count":100,"estimated_time_to_regain_access":3}],"2":{"type":"b","total_time":50}})";
    long degraded = 0;
    const long points = fail_every_allocation([&](bool) {
        const payload::usage_report r = payload::parse_usage(usage, R"({"call_count":5})");
        heap.armed = false;
        if (r.status == payload::usage_status::out_of_memory)
            ++degraded;
        else
            CHECK(r.levels.size() == 3);
    });
    CHECK(points > 0);
    CHECK(degraded == points);

    payload::response_view response;
    response.status = 429;
    response.body = bodies[0].first;
    response.headers = {{"Retry-After", "30"}, {"X-Business-Use-Case-Usage", usage}};
    response.now = std::chrono::system_clock::time_point(std::chrono::seconds(1795608000));
    const long response_points = fail_every_allocation([&](bool) {
        const payload::response_result r = payload::parse_response(response);
        heap.armed = false;
        CHECK(r.hint.says_wait());  // Retry-After needs no allocation: the hint survives
    });
    CHECK(response_points > 0);
}

TEST_CASE("peak heap use for 50 MB hostile bodies stays within 8x the body + 64 MB") {
    const std::size_t mb = std::size_t{1} << 20;
    std::vector<std::pair<const char*, std::string>> cases;
    cases.emplace_back("one 50 MB message",
                       R"({"error":{"code":131000,"message":")" + std::string(50 * mb, 'x') + R"("}})");
    cases.emplace_back("50 MB of [ after an errors key", R"({"errors":[],"x":)" + std::string(50 * mb, '['));
    {
        std::string items = R"({"errors":[{"code":1})";
        while (items.size() < 50 * mb) items += R"(,{"code":1})";
        cases.emplace_back("50 MB of {\"code\":1} items", items + "]}");
    }
    {
        std::string bad = R"({"error":{"code":131000,"message":")";
        while (bad.size() < 50 * mb) bad += "\xff\xc3 \\ud83d ";
        cases.emplace_back("50 MB of invalid UTF-8 and lone surrogates", bad + R"("}})");
    }
    {
        std::string hook =
            R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"w","status":"failed","errors":[{"code":131049}]})";
        while (hook.size() < 50 * mb) hook += R"(,{"id":"wamid.A","status":"delivered","recipient_id":"16505551234"})";
        cases.emplace_back("a 50 MB webhook", hook + "]}}]}]}");
    }
    for (const auto& [name, body] : cases) {
        INFO(name);
        heap.peak = heap.live;
        const std::size_t before = heap.live;
        {
            const payload::parse_result r = payload::parse(body, 400);
            CHECK(r.status != payload::parse_status::out_of_memory);
        }
        const std::size_t used = heap.peak - before;
        CAPTURE(used / mb);
        CHECK(used <= 8 * body.size() + 64 * mb);
    }
}

namespace {

// One webhook status whose message id fills the body, over max_errors errors: without a bound,
// its context would be copied into each of them.
std::string context_over_every_error(std::size_t size) {
    std::string errors;
    for (std::size_t i = 0; i < payload::max_errors; ++i)
        errors += i == 0 ? R"({"code":131047})" : R"(,{"code":131047})";
    const std::string head = R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.)";
    const std::string tail = R"(","status":"failed","recipient_id":"16505551234","errors":[)" + errors + "]}]}}]}]}";
    return head + std::string(size - head.size() - tail.size(), 'A') + tail;
}

}  // namespace

TEST_CASE("peak heap use for a long context over max_errors errors stays within 8x the body + 64 MB") {
    const std::size_t mb = std::size_t{1} << 20;
    for (const std::size_t size : {1 * mb, 4 * mb, 16 * mb}) {
        const std::string body = context_over_every_error(size);
        INFO(body.size() / mb << " MB");
        heap.peak = heap.live;
        const std::size_t before = heap.live;
        {
            const payload::parse_result r = payload::parse(body);
            REQUIRE(r.errors.size() == payload::max_errors);
            CHECK(r.errors.back().info->id == "meta.131047");
            CHECK(r.errors.back().context.message_id.size() == payload::max_context_bytes);
        }
        const std::size_t used = heap.peak - before;
        CAPTURE(used / mb);
        CHECK(used <= 8 * body.size() + 64 * mb);
    }
}
