// libFuzzer target: json::parse (and the header parsers) must neither crash nor break their
// contracts on any input. Build with -DWA_ERRORS_BUILD_FUZZ=ON and clang (the "fuzz" preset).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <wa_errors/json.hpp>
#include <wa_errors/wa_errors.hpp>

namespace {

void check(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    // The first byte also picks an HTTP status, so status handling is explored with the body.
    const int status = size == 0 ? 0 : (data[0] % 8 == 0 ? 0 : 100 + data[0] * 2);

    const wa_errors::json::parse_result result = wa_errors::json::parse(body, status);
    for (const auto& error : result.errors) check(error.info != nullptr);
    switch (result.status) {
        case wa_errors::json::parse_status::ok: check(!result.errors.empty()); break;
        case wa_errors::json::parse_status::no_error_found: check(result.errors.empty()); break;
        case wa_errors::json::parse_status::not_json: check(result.errors.size() == (status != 0 ? 1U : 0U)); break;
    }

    // The quick no-error scan must never contradict the full parser.
    if (wa_errors::json::detail::scan_for_error_keys(body).verdict ==
        wa_errors::json::detail::scan_verdict::no_error_keys) {
        check(wa_errors::json::detail::parse_full(body, status, true).status ==
              wa_errors::json::parse_status::no_error_found);
    }
    // Routing past the SAX pass must not change the answer either.
    const auto full = wa_errors::json::detail::parse_full(body, status, true);
    check(full.status == result.status && full.errors.size() == result.errors.size());
    for (std::size_t i = 0; i < full.errors.size(); ++i) check(full.errors[i].info == result.errors[i].info);

    const auto usage = wa_errors::json::parse_business_use_case_usage(body);
    check(!usage || usage->count() >= 0);
    const auto wait =
        wa_errors::parse_retry_after(body, std::chrono::system_clock::time_point(std::chrono::seconds(1767225600)));
    check(!wait || wait->count() >= 0);
    const auto& entry = wa_errors::classify({status, std::nullopt, std::nullopt, body, body, body});
    check(!entry.id.empty());
    return 0;
}
