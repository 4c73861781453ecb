// SPDX-License-Identifier: MIT
// Every lookup is usable in constant expressions: these checks run in the compiler.
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

static_assert(find(131047) != nullptr && find(131047)->category == category::recipient);
static_assert(find(131047)->retry.kind == retry_kind::never);
static_assert(find(130429)->retry.scope == retry_scope::phone_number);
static_assert(find("360dialog.invalid_api_key")->http_status == 401);
static_assert(find(-1) == nullptr && find(1LL << 62) == nullptr);
static_assert(classify(error_ref(429)).id == "generic.http_429");
static_assert(classify(error_ref(403, 1005, {}, "Registration timeout")).id == "meta.1005.registration_timeout");
static_assert(classify(error_ref(400, {}, {}, "Could not send message due to lack of payment.")).category ==
              category::billing);
static_assert(to_string(category::rate_limit) == "rate_limit");
static_assert(from_string<category>("rate_limit") == category::rate_limit);
static_assert(!from_string<category>("rate limit").has_value());
static_assert(is_retryable(*find(131056)));
static_assert(std::size(catalog()) > 100);

// A table the compiler builds: codes a service treats as "pause the sender".
constexpr bool pauses_sender(long long code) {
    const error_info* e = find(code);
    return e != nullptr && e->retry.scope == retry_scope::phone_number && is_retryable(*e);
}
static_assert(pauses_sender(130429) && !pauses_sender(131047));

TEST_CASE("constant-evaluated lookups agree with run-time lookups") {
    constexpr const error_info* at_compile_time = find(131056);
    const error_info* at_run_time = find(131056);
    CHECK(at_compile_time == at_run_time);
    constexpr std::string_view id = classify(error_ref(500, {}, {}, "Internal server error")).id;
    CHECK(id == "360dialog.internal_server_error");
}
