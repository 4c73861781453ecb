// SPDX-License-Identifier: MIT
// Every public header in one translation unit: clang-tidy checks them all through it (see
// .clang-tidy), and CI compiles it with each compiler and standard of its matrix under -Werror.
// tests/strict_headers links it with a second copy of itself (every_header_again.cpp, which
// defines WA_ERRORS_ALL_HEADERS_NO_MAIN) to prove that no header defines a non-inline symbol.
#include <wa_errors/enum_names.hpp>
#include <wa_errors/fmt.hpp>
#include <wa_errors/format.hpp>
#include <wa_errors/json.hpp>
#include <wa_errors/metrics.hpp>
#include <wa_errors/observer.hpp>
#include <wa_errors/parsed_error.hpp>
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/catalog_overlay.hpp>
#include <wa_errors/payload/json_io.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/redis.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/retry_after.hpp>
#include <wa_errors/send_policy.hpp>
#include <wa_errors/server_hint.hpp>
#include <wa_errors/system_error.hpp>
#include <wa_errors/testing.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>
#include <wa_errors/testing/scenario_json.hpp>
#include <wa_errors/testing/webhook_signature.hpp>
#include <wa_errors/version.hpp>
#include <wa_errors/wa_errors.hpp>

#ifndef WA_ERRORS_ALL_HEADERS_NO_MAIN
int main() { return 0; }
#endif
