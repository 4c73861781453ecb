// SPDX-License-Identifier: MIT
// A consumer's program: the core only, as in the README.
#include <wa_errors/wa_errors.hpp>

#include <iostream>

static_assert(wa_errors::find(131047)->action == wa_errors::action::send_template);

int main() {
    const wa_errors::error_info& e = wa_errors::classify({429, std::nullopt, std::nullopt, "", "", ""});
    std::cout << e << "\n";
    return e.id == "generic.http_429" ? 0 : 1;
}
