// SPDX-License-Identifier: MIT
// The root of the single header: the whole core, as one file can't have opt-in parts. The
// umbrella keeps to lookups; a single-header user gets decide, the Retry-After parser and the
// std::error_code integration as well.
#include "../../include/wa_errors/wa_errors.hpp"

#include "../../include/wa_errors/retry.hpp"
#include "../../include/wa_errors/retry_after.hpp"
#include "../../include/wa_errors/server_hint.hpp"
#include "../../include/wa_errors/system_error.hpp"
