// SPDX-License-Identifier: MIT
// Prints what the catalog says about a Meta error code: `explain 131047`.
#include <cstdlib>
#include <iostream>

#include <wa_errors/wa_errors.hpp>

int main(int argc, char** argv) {
    const long long code = argc > 1 ? std::atoll(argv[1]) : 130429;
    const wa_errors::error_info& e = wa_errors::classify({0, code, {}, "", "", ""});
    std::cout << e << ": " << e.title << "\n"
              << "  category " << e.category << ", retry " << e.retry.kind << " (" << e.retry.scope
              << "), next: " << e.action << "\n"
              << "  " << e.remediation << "\n";
    return 0;
}
