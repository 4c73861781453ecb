// wa_errors::json: what parse() returns. Standard library only, so that code passing results
// around needs no nlohmann; parsing itself is in json.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "types.hpp"

namespace wa_errors::json {

enum class parse_status {
    ok,              // at least one error was found
    not_json,        // the body is not JSON (or nested deeper than any real payload)
    no_error_found,  // valid JSON that reports no error (a success, a delivered status...)
};

// Where an error came from, when the payload says: the webhook status or inbound message it
// belongs to, and the business number that sent or received it.
struct error_context {
    std::string message_id;       // statuses[].id or messages[].id ("wamid...")
    std::string recipient_id;     // statuses[].recipient_id, messages[].from, failed_users[].wa_id
    std::string phone_number_id;  // value.metadata.phone_number_id
    std::string status;           // statuses[].status ("failed")
};

struct parsed_error {
    const error_info* info = nullptr;  // never null in a parse_result: the catalog's verdict
    std::optional<long long> code;
    std::optional<long long> subcode;
    std::string message;
    std::string title;
    std::string type;
    std::string details;
    std::string fbtrace_id;
    std::string href;
    error_context context;
    int http_status = 0;  // the response's status, or the one the body reports (360dialog's httpCode)
};

struct parse_result {
    parse_status status = parse_status::no_error_found;
    std::vector<parsed_error> errors;  // in document order
};

}  // namespace wa_errors::json
