// SPDX-License-Identifier: MIT
// Built with -fno-exceptions -fno-rtti: every core header, used for real.
#include <wa_errors/retry.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/system_error.hpp>
#include <wa_errors/wa_errors.hpp>

#include <chrono>

int main() {
    wa_errors::error_ref ref;
    ref.http_status = 429;
    const wa_errors::error_info& e = wa_errors::classify(ref);
    const auto decision = wa_errors::decide(e, wa_errors::retry_input{});
    const auto wait = wa_errors::parse_retry_after("120", std::chrono::system_clock::now());
    const std::error_code ec = wa_errors::make_error_code(e);
    const bool ok = e.id == "generic.http_429" && decision.retry && wait == std::chrono::seconds(120) &&
                    ec == wa_errors::category::rate_limit && !ec.message().empty();
    return ok ? 0 : 1;
}
