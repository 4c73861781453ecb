// SPDX-License-Identifier: MIT
// fmt.hpp alone ({fmt} as a system header), under the strict warnings of CMakeLists.txt.
#include <wa_errors/fmt.hpp>
// Enums of other layers print through the same formatter once their own header is included.
#include <wa_errors/redis/options.hpp>
#include <wa_errors/retry.hpp>

#include <string>

std::string strict_fmt() {
    wa_errors::error_info entry{};
    entry.id = "meta.131047";
    entry.title = "Re-engagement message";
    return fmt::format("{} {:l} {:>10} {} {} {} {} {} {} {} {}", entry, entry, wa_errors::category::media,
                       wa_errors::source::meta, wa_errors::retry_kind::backoff, wa_errors::retry_scope::account,
                       wa_errors::retry_outcome::accepted, wa_errors::transport_failure::not_sent,
                       wa_errors::action::retry, wa_errors::stop_reason::deadline,
                       wa_errors::redis::connection_state::connected);
}
