// SPDX-License-Identifier: MIT
// redis/retry_quota.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/retry_quota.hpp>

bool strict_redis_retry_quota(wa_errors::redis::client& connection) {
    wa_errors::redis::retry_quota quota(connection, "phone_number:1", wa_errors::retry_quota_settings{});
    const auto now = wa_errors::redis::retry_quota::clock::now();
    wa_errors::error_info entry{};
    entry.retry.kind = wa_errors::retry_kind::backoff;
    const wa_errors::redis::retry_quota::grant grant = quota.try_acquire(entry, now);
    quota.on_success(grant.granted ? &grant.spent : nullptr, now);
    return quota.tokens(now) > 0.0 && !quota.answered_locally() && !quota.redis_key().empty();
}
