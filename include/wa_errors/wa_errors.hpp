// SPDX-License-Identifier: MIT
// wa_errors: what a WhatsApp Business API error means and what to do about it.
// The umbrella header of the core, kept to what a lookup needs: the types, find/classify and the
// catalog table (standard library only, no <chrono>). The rest of the core is opt-in, one include
// each, so that a translation unit that only classifies does not parse it:
//   <wa_errors/retry.hpp>         decide(), retry_input, retry_decision
//   <wa_errors/retry_after.hpp>   parse_retry_after(), parse_http_date()
//   <wa_errors/server_hint.hpp>   server_hint (retry.hpp includes it)
//   <wa_errors/system_error.hpp>  std::error_code integration (make_error_code...)
#pragma once

#include "lookup.hpp"
#include "types.hpp"
#include "version.hpp"
