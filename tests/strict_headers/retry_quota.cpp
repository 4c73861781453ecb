// SPDX-License-Identifier: MIT
// retry_quota.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/retry_quota.hpp>

bool strict_retry_quota() {
    wa_errors::retry_quota quota;
    wa_errors::error_info entry{};
    entry.retry.kind = wa_errors::retry_kind::backoff;
    const auto now = wa_errors::retry_quota::clock::now();
    const wa_errors::retry_quota::grant grant = quota.try_acquire(entry, now);
    quota.on_success(grant.granted ? &grant.spent : nullptr, now);
    return quota.tokens(now) > 0.0;
}
