// SPDX-License-Identifier: MIT
// payload/error_fields.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/error_fields.hpp>

#include <string>
#include <utility>

std::string strict_payload_error_fields(const std::string& message) {
    namespace detail = wa_errors::payload::detail;
    detail::error_fields fields;
    detail::forget(fields, detail::role::message);
    detail::take_text(fields, detail::role::message, message);
    detail::take_text(fields, detail::role::code, "131047");
    detail::take_number(fields, detail::role::subcode, 2494010);
    const wa_errors::payload::parsed_error error =
        detail::finish(std::move(fields), wa_errors::payload::error_context{}, 400, wa_errors::payload::shape::bare);
    return std::string(error.info->id);
}
