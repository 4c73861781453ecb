// SPDX-License-Identifier: MIT
// Uses the core, so that its headers are compiled with this project's warnings.
#include <wa_errors/wa_errors.hpp>

int main() { return wa_errors::classify({429}).category == wa_errors::category::rate_limit ? 0 : 1; }
