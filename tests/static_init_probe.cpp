// SPDX-License-Identifier: MIT
// A TU that includes the whole core and calls classify: it must need no dynamic initializer.
#include <wa_errors/wa_errors.hpp>

int wa_errors_static_init_probe(int status) { return wa_errors::classify({status, {}, {}, "", "", ""}).http_status; }
