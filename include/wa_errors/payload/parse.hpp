// SPDX-License-Identifier: MIT
// wa_errors::payload: parse(), the one way through for a body: repair once, a cheap scan that
// proves "no error", then the one reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "../detail/build_mode.hpp"
#include "../lookup.hpp"
#include "../parsed_error.hpp"
#include "../version.hpp"
// Compiled mode (detail/build_mode.hpp): parse() is declared here and defined in src/payload.cpp,
// so that a translation unit parses neither nlohmann nor the reader.
#if !WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY
#include "error_fields.hpp"
#include "no_error_scan.hpp"
#include "reader.hpp"
#include "records.hpp"
#include "text.hpp"
#endif

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

// Every error in a response body or webhook payload, classified: the definition below says how.
[[nodiscard]] WA_ERRORS_COMPILED_API parse_result parse(std::string_view body, int http_status = 0) noexcept;

#if !WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY
namespace detail {

// How many bytes of a body that is not JSON are kept as the error's message (for the log).
inline constexpr std::size_t excerpt_bytes = 1024;

inline parsed_error by_status(error_fields&& fields, int http_status) {
    return finish(std::move(fields), {}, http_status, shape::by_status);
}

// The verdict for a body that is not JSON: one error by HTTP status, or none without a status.
inline parse_result not_json(std::string_view text, int http_status) {
    parse_result result;
    result.status = parse_status::not_json;
    if (http_status == 0) return result;
    parsed_error p;
    p.message = std::string(utf8_prefix(text, excerpt_bytes));  // for the log: classification is by status only
    p.http_status = http_status;
    p.shape = shape::by_status;
    error_ref ref;
    ref.http_status = http_status;
    p.info = &classify(ref);
    result.errors.push_back(std::move(p));
    return result;
}

// What parse() returns when memory ran out: the error by status when there is a status (it
// needs one small allocation, which may fail too), nothing else.
inline parse_result out_of_memory(int http_status) noexcept {
    parse_result result;
    result.status = parse_status::out_of_memory;
    if (http_status == 0) return result;
    try {
        result.errors.push_back(by_status({}, http_status));
    } catch (...) {
        result.errors.clear();
    }
    return result;
}

// `work` (optional) counts the reader's events and bookkeeping steps, for the linearity tests.
inline parse_result read_body(std::string_view body, int http_status, std::size_t* work = nullptr) {
    const bool error_status = http_status >= 400;
    if (!error_status && proves_no_error(body)) return {parse_status::no_error_found, {}, false};
    record_list list;
    reader r(list, false);
    const bool ok = r.read(body);
    if (work != nullptr) *work = list.work;
    if (!ok) {
        const std::optional<std::string> fixed = repaired(body);  // the excerpt must be valid UTF-8
        return not_json(fixed ? std::string_view(*fixed) : body, http_status);
    }
    parse_result result;
    result.truncated = list.truncated();
    result.errors.reserve(list.kept);
    for (record& rec : list.records)
        if (!rec.dropped && !rec.refused)
            result.errors.push_back(finish(std::move(rec.fields), std::move(rec.context), http_status, rec.where));
    if (result.errors.empty() && error_status)
        result.errors.push_back(by_status(std::move(r.root_fields()), http_status));
    result.status = result.errors.empty() ? parse_status::no_error_found : parse_status::ok;
    return result;
}

}  // namespace detail

// Every error in a response body or webhook payload, in document order, each classified.
//  - Shapes: Graph error bodies ({"error": {...}}, also inside 360dialog's "detail" wrapper, and
//    {"error": "text"}); "errors" lists (On-Premises); 360dialog's "meta" envelope (camelCase or
//    snake_case, with Meta's error embedded as JSON text read as a Graph body); webhooks
//    (statuses[].errors[], value.errors[], messages[].errors[], history[].errors[], statuses[]
//    without the entry wrapper); Block Users partial failures; bare error objects; FastAPI-style
//    {"detail": ...}. Context (message id, recipient, BSUID, phone number id, status,
//    biz_opaque_callback_data) comes from the item an error sits in, each string cut to
//    max_context_bytes (it is copied into every error of the item).
//  - Codes may be numbers or numeric strings; a code that is not an integer within long long
//    (1e30, 1.5, "12a", even 1e400 or 400 digits, beyond a double) counts as absent, and
//    "(#130429) ..." in the message stands in for a missing code. A body's httpCode counts only
//    within 100-599.
//  - Not JSON (or nested deeper than 64 levels): status not_json, with one error classified by
//    `http_status` when it is given (its message the first KiB of the body, valid UTF-8), none
//    otherwise. Invalid UTF-8 and lone surrogate escapes are repaired ('?') first, and numbers
//    beyond a double's range read as null, so one mangled character or number costs nothing else.
//  - Valid JSON with no error object under an error status (>= 400), like an AWS gateway's
//    {"message": "Endpoint request timed out"}: one error by status, with the body's own fields.
//  - Duplicate keys: the last one wins, as in a DOM, whatever the types.
//  - At most max_errors errors; `truncated` says more were dropped. Errors that a later duplicate
//    key replaces, or that sit inside a bare error, do not count; but an error refused at the cap
//    is not recovered when errors kept before it are replaced later (`truncated` then stays).
//  - Work and memory are linear in the body: one pass, no DOM.
// Never throws: should memory run out, the status is out_of_memory and `errors` holds at most the
// error by status.
[[nodiscard]] WA_ERRORS_COMPILED_API parse_result parse(std::string_view body, int http_status) noexcept {
    try {
        return detail::read_body(body, http_status);
    } catch (...) {
        return detail::out_of_memory(http_status);
    }
}
#endif  // !WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY

}  // namespace payload
WA_ERRORS_END_NAMESPACE
