// SPDX-License-Identifier: MIT
// Builds an error_ref from the fields a parser extracts, in the order a payload lists them;
// the fields left out (recipient, transport) keep their defaults. Tests spell inputs this way
// rather than as aggregates, which would have to name every field as error_ref grows.
#pragma once

#include <optional>
#include <string_view>

#include <wa_errors/lookup.hpp>

namespace wa_errors_test {

constexpr wa_errors::error_ref ref(int http_status, std::optional<long long> code = {},
                                   std::optional<long long> subcode = {}, std::string_view message = {},
                                   std::string_view title = {}, std::string_view details = {},
                                   std::string_view recipient = {}) noexcept {
    wa_errors::error_ref r;
    r.http_status = http_status;
    r.code = code;
    r.subcode = subcode;
    r.message = message;
    r.title = title;
    r.details = details;
    r.recipient = recipient;
    return r;
}

}  // namespace wa_errors_test
