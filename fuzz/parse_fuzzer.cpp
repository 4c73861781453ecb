// SPDX-License-Identifier: MIT
// libFuzzer target: payload::parse, parse_usage and parse_response must neither crash nor break
// their contracts on any input. Build with -DWA_ERRORS_BUILD_FUZZ=ON and clang (the "fuzz" preset).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/payload/usage.hpp>
#include <wa_errors/retry_after.hpp>

namespace {

namespace payload = wa_errors::payload;

void check(bool condition) {
    if (!condition) __builtin_trap();
}

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = payload::detail::utf8_sequence_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    // The first byte also picks an HTTP status, so status handling is explored with the body.
    const int status = size == 0 ? 0 : (data[0] % 8 == 0 ? 0 : 100 + data[0] * 2);

    const payload::parse_result result = payload::parse(body, status);
    check(result.errors.size() <= payload::max_errors);
    // Not `truncated` => max_errors errors: a duplicate key may drop kept errors after others
    // were refused, and those are not recovered (the result then keeps fewer, still truncated).
    for (const auto& error : result.errors) {
        check(error.info != nullptr);
        check(valid_utf8(error.message));  // every text comes out repaired
    }
    switch (result.status) {
        case payload::parse_status::ok: check(!result.errors.empty()); break;
        case payload::parse_status::no_error_found: check(result.errors.empty() && status < 400); break;
        case payload::parse_status::not_json: check(result.errors.size() == (status != 0 ? 1U : 0U)); break;
        case payload::parse_status::out_of_memory: check(false); break;  // not with libFuzzer's limits
    }
    if (status >= 400) check(!result.errors.empty());

    // Errors a later duplicate key replaces free their place under the cap: max_errors of them
    // in front of an object body, then replaced, change nothing.
    if (size > 1 && body[0] == '{' && body.find_first_not_of(" \t\r\n", 1) != std::string_view::npos &&
        body[body.find_first_not_of(" \t\r\n", 1)] != '}' && result.status != payload::parse_status::not_json &&
        !result.truncated) {
        std::string padded = R"({"zz":{"errors":[)";
        for (std::size_t i = 0; i < payload::max_errors; ++i) padded += i == 0 ? "\"\"" : ",\"\"";
        padded += R"(]},"zz":0,)";
        padded.append(body.substr(1));
        const payload::parse_result again = payload::parse(padded, status);
        check(again.status == result.status && again.truncated == result.truncated);
        check(again.errors.size() == result.errors.size());
        for (std::size_t i = 0; i < again.errors.size() && i < result.errors.size(); ++i)
            check(again.errors[i].info == result.errors[i].info && again.errors[i].code == result.errors[i].code);
    }

    // The quick no-error scan must never contradict the reader.
    if (payload::detail::proves_no_error(body))
        check(payload::detail::read_body(body, 0).status == payload::parse_status::no_error_found);

    const auto usage = payload::parse_usage(body, body);
    check(usage.levels.size() <= payload::max_usage_levels);
    for (const auto& level : usage.levels) {
        check(level.highest() >= 0 && level.highest() <= payload::max_usage_percent);
        check(level.regain.count() >= 0 && level.regain <= payload::max_regain);
    }
    payload::response_view response;
    response.status = status;
    response.body = body;
    response.headers = {{"Retry-After", body}, {"x-app-usage", body}, {"Date", body}};
    response.now = std::chrono::system_clock::time_point(std::chrono::seconds(1767225600));
    const auto whole = payload::parse_response(response);
    check(whole.errors.size() == result.errors.size());
    check(!whole.hint.says_wait() || whole.hint.wait.count() >= 0);
    return 0;
}
