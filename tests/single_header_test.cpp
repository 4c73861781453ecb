// The single header alone (no include/ on the path) gives the whole core.
#include <wa_errors/wa_errors.hpp>

#include <chrono>

static_assert(wa_errors::find(131047)->action == wa_errors::action::send_template);
static_assert(wa_errors::decide(*wa_errors::find(131056), 2).delay == std::chrono::seconds(4));

int main() {
    const auto ec = wa_errors::make_error_code(wa_errors::classify({429, {}, {}, "", "", ""}));
    return ec == wa_errors::category::rate_limit && wa_errors::catalog_version().size() > 0 ? 0 : 1;
}
