// SPDX-License-Identifier: MIT
// wa_errors.hpp, the core's umbrella, alone under the strict warnings of CMakeLists.txt.
#include <wa_errors/wa_errors.hpp>

#include <chrono>

bool strict_wa_errors(int status) {
    const wa_errors::error_info& e = wa_errors::classify({status});
    const wa_errors::retry_decision d = wa_errors::decide(e, wa_errors::retry_input{});
    const auto wait = wa_errors::parse_retry_after("30", std::chrono::system_clock::now());
    return d.retry && wait.has_value() && wa_errors::make_error_code(e) != std::error_code();
}
