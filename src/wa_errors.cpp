// SPDX-License-Identifier: MIT
// Compiled mode's one definition of the core's lookups (find, classify, catalog(),
// catalog_version(), documented_limit()) and of decide(): the CMake target wa_errors::compiled
// builds this file and defines WA_ERRORS_SEPARATE_COMPILATION for its users, whose headers then
// only declare them. The bodies are lookup.hpp's and retry.hpp's own: this file pays the table's
// compile cost once per build.
#if !defined(WA_ERRORS_SEPARATE_COMPILATION)
#error "src/wa_errors.cpp belongs to compiled mode: build it through wa_errors::compiled"
#endif
#define WA_ERRORS_DETAIL_COMPILING_CORE
#include <wa_errors/lookup.hpp>
#include <wa_errors/retry.hpp>
