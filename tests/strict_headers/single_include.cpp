// SPDX-License-Identifier: MIT
// The single header (single_include/, nothing else on the include path), under the strict
// warnings of CMakeLists.txt.
#include <wa_errors/wa_errors.hpp>

#include <chrono>

bool strict_single_include(int status) {
    const wa_errors::error_info& e = wa_errors::classify({status});
    const auto wait = wa_errors::parse_retry_after("30", std::chrono::system_clock::now());
    return wa_errors::decide(e, wa_errors::retry_input{}).retry && wait.has_value() &&
           wa_errors::make_error_code(e) != std::error_code();
}
