// SPDX-License-Identifier: MIT
// The single header alone (no include/ on the path) gives the whole core.
#include <wa_errors/wa_errors.hpp>

#include <chrono>

static_assert(wa_errors::find(131047)->action == wa_errors::action::send_template);
static_assert(wa_errors::decide(*wa_errors::find(131049), wa_errors::retry_input{}).floor == std::chrono::hours(24));

int main() {
    wa_errors::error_ref ref;
    ref.http_status = 429;
    const auto ec = wa_errors::make_error_code(wa_errors::classify(ref));
    return ec == wa_errors::category::rate_limit && wa_errors::catalog_version().size() > 0 ? 0 : 1;
}
