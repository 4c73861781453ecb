// SPDX-License-Identifier: MIT
// Deprecated: wa_errors::json is now wa_errors::payload (payload.hpp). This header keeps code
// written for 0.1 compiling for one more release; it brings back the name `wa_errors::json`,
// which collides with `using json = nlohmann::json;` under `using namespace wa_errors;`.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "payload.hpp"
#include "payload/usage.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace json {

using payload::error_context;
using payload::parse;
using payload::parse_result;
using payload::parse_status;
using payload::parsed_error;

// The longest regain time of an X-Business-Use-Case-Usage header, in whole seconds; nullopt
// when the header is empty or not in Meta's shape.
[[nodiscard,
  deprecated("use wa_errors::payload::parse_usage or parse_response")]] inline std::optional<std::chrono::seconds>
parse_business_use_case_usage(std::string_view header) noexcept {
    const payload::usage_report report = payload::parse_usage(header);
    if (report.status != payload::usage_status::ok) return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(report.longest_regain());
}

}  // namespace json
WA_ERRORS_END_NAMESPACE
