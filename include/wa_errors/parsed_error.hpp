// SPDX-License-Identifier: MIT
// wa_errors::payload: what parse() returns. Standard library only, so that code passing results
// around needs no nlohmann; parsing itself is in payload.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

enum class parse_status : std::uint8_t {
    ok,              // at least one error was found (or the status reported one, see parse())
    not_json,        // the body is not JSON (or nested deeper than any real payload)
    no_error_found,  // valid JSON that reports no error (a success, a delivered status...)
    out_of_memory,   // memory ran out while reading: `errors` holds at most the error by status
};

// Which shape an error was found in.
enum class shape : std::uint8_t {
    error_member,   // {"error": {...}} or {"error": "text"}, at any depth ("detail" wrappers too)
    errors_item,    // an item of an "errors" list (webhooks, On-Premises, Block Users)
    meta,           // 360dialog's {"meta": {"success": false, ...}}
    meta_embedded,  // Meta's error that 360dialog's meta carries as JSON text
    detail,         // a root {"detail": "text"} or an item of a FastAPI {"detail": [...]}
    bare,           // a root object (or root array item) that is itself an error
    by_status,      // no error object: classified by the HTTP status alone
};

// Where an error came from, when the payload says: the webhook status or inbound message it
// belongs to, the user, and the business number that sent or received it.
struct error_context {
    std::string message_id{};       // statuses[].id or messages[].id ("wamid...")
    std::string recipient_id{};     // statuses[].recipient_id, messages[].from, failed_users[].wa_id (or input)
    std::string user_id{};          // the business-scoped user id (BSUID): recipient_user_id, from_user_id, user_id
    std::string phone_number_id{};  // value.metadata.phone_number_id
    std::string status{};           // statuses[].status ("failed")
    std::string biz_opaque_callback_data{};  // what the sender attached to the message
};

struct parsed_error {
    const error_info* info = nullptr;  // never null in a parse_result: the catalog's verdict
    std::optional<long long> code{};
    std::optional<long long> subcode{};
    std::optional<bool> is_transient{};  // Graph's hint; the catalog's retry policy still decides
    std::string message{};
    std::string title{};
    std::string type{};
    std::string details{};
    std::string fbtrace_id{};
    std::string href{};
    error_context context{};
    int http_status = 0;  // the response's status, or the one the body reports (360dialog's httpCode)
    payload::shape shape = payload::shape::error_member;
};

// Context strings (error_context) are cut to at most this many bytes, at a character boundary.
// An item's context is copied into every error inside it, so without a bound a body of one long
// "id" and a thousand tiny errors would cost a thousand times its size. Real ones are far shorter:
// message ids take about 60 bytes, and biz_opaque_callback_data is limited to 512 characters.
inline constexpr std::size_t max_context_bytes = 2048;

// At most this many errors are returned for one body; `truncated` says that more were dropped.
// Real payloads carry a handful (a Block Users call at most a few hundred); the cap keeps a body
// of tiny error objects from costing hundreds of bytes of result per byte of input.
inline constexpr std::size_t max_errors = 1000;

struct parse_result {
    parse_status status = parse_status::no_error_found;
    std::vector<parsed_error> errors{};  // in document order, at most max_errors
    bool truncated = false;              // the body held more errors than max_errors
};

}  // namespace payload
WA_ERRORS_END_NAMESPACE
