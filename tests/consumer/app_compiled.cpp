// SPDX-License-Identifier: MIT
// A consumer's program in compiled mode: it links wa_errors::compiled, so find, classify and
// decide are declared by the headers and defined in the installed library.
#include <wa_errors/retry.hpp>
#include <wa_errors/wa_errors.hpp>

#include <iostream>

#if !defined(WA_ERRORS_SEPARATE_COMPILATION)
#error "wa_errors::compiled defines WA_ERRORS_SEPARATE_COMPILATION for its users"
#endif

int main() {
    const wa_errors::error_info& e = wa_errors::classify({429, std::nullopt, std::nullopt, "", "", ""});
    const wa_errors::retry_decision d = wa_errors::decide(e, wa_errors::retry_input{});
    const wa_errors::error_info* known = wa_errors::find(131047);
    std::cout << e << " " << (d.retry ? "retry" : "stop") << " " << wa_errors::catalog().size() << "\n";
    return e.id == "generic.http_429" && d.retry && known != nullptr && known->id == "meta.131047" ? 0 : 1;
}
