// SPDX-License-Identifier: MIT
// libFuzzer target: a whole response, as a sender handles it. parse_response reads the status,
// the headers (Retry-After, Date, both usage headers) and the body; decide() then plans the retry
// of every error found, from the response's hint and the catalog entry it was classified as.
// Neither may crash or hit undefined behaviour, and each plan must keep decide()'s promises.
//
// Input: five bytes of numbers (status, attempts, scope failures, jitter, the clock), then the
// Retry-After, Date, X-App-Usage and X-Business-Use-Case-Usage values and the body, separated by
// NUL bytes (missing parts are absent headers).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/retry.hpp>

namespace {

namespace payload = wa_errors::payload;
using std::chrono::milliseconds;

void check(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 5) return 0;
    const int status = data[0] % 4 == 0 ? 0 : 100 + data[0] * 2;
    const unsigned attempts = 1U + data[1] % 16;
    const unsigned scope_failures = 1U + data[2];
    const double jitter = data[3] / 255.0;
    // 2026-01-01 plus up to 70 years in steps of 100 days: the clock ahead of the Date too. (The
    // clock itself stays well before 2262, where system_clock's nanoseconds end, even with the
    // 68-year cap on a wait added to it.)
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1767225600)) +
                     std::chrono::hours(24 * 100) * static_cast<int>(data[4]);
    std::string_view rest(reinterpret_cast<const char*>(data + 5), size - 5);
    std::vector<std::string_view> parts;
    while (parts.size() < 4) {
        const std::size_t nul = rest.find('\0');
        if (nul == std::string_view::npos) break;
        parts.push_back(rest.substr(0, nul));
        rest.remove_prefix(nul + 1);
    }
    payload::response_view response;
    response.status = status;
    response.now = now;
    const char* names[] = {"Retry-After", "Date", "X-App-Usage", "X-Business-Use-Case-Usage"};
    for (std::size_t i = 0; i < parts.size(); ++i) response.headers.push_back({names[i], parts[i]});
    response.body = rest;

    const payload::response_result r = payload::parse_response(response);
    check(r.errors.size() <= payload::max_errors);
    check(r.hint.wait.count() >= 0);
    if (status >= 400) check(!r.errors.empty());
    for (const payload::parsed_error& e : r.errors) {
        check(e.info != nullptr);
        wa_errors::retry_input in;
        in.attempts = attempts;
        in.scope_failures = scope_failures;
        in.hint = r.hint;
        in.jitter = jitter;
        const wa_errors::retry_decision d = wa_errors::decide(*e.info, in);
        check(d.delay.count() >= 0 && d.floor.count() >= 0 && d.pause.count() >= 0);
        if (!d.retry) check(d.delay == milliseconds(0));
        if (d.retry) check(d.delay >= d.floor);
        // The server's wait is a floor that is never shortened.
        if (d.retry && r.hint.kind == wa_errors::server_hint::type::wait) check(d.delay >= r.hint.wait);
    }
    return 0;
}
