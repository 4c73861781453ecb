// wa_errors::json internals: reading the fields of one error object, the same way for the SAX
// hot path and the DOM walker.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "../lookup.hpp"
#include "../parsed_error.hpp"

namespace wa_errors::json::detail {

// Documents nested deeper than this are refused (parse_status::not_json): no real error payload
// comes near it, and the limit keeps every walk over the document bounded.
inline constexpr int max_depth = 64;

// A code given as a string: optional spaces, an optional minus, digits. Anything else (or more
// digits than long long holds) is no code at all, so a garbled code cannot pick a wrong entry.
inline std::optional<long long> code_from_text(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (text.empty() || text.size() > 18) return std::nullopt;  // 18 digits cannot overflow
    long long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

// A code given as a JSON number: integral and within long long, else no code (1e30, 1.5).
inline std::optional<long long> code_from_number(double value) noexcept {
    if (!std::isfinite(value) || value != std::floor(value) || value < -9.2e18 || value > 9.2e18) return std::nullopt;
    return static_cast<long long>(value);
}

inline std::optional<long long> code_from_unsigned(std::uint64_t value) noexcept {
    if (value > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())) return std::nullopt;
    return static_cast<long long>(value);
}

// Meta's messages read "(#130429) Rate limit hit": the code, for bodies that lost the field.
inline std::optional<long long> code_from_message(std::string_view message) noexcept {
    if (message.substr(0, 2) != "(#") return std::nullopt;
    const std::size_t close = message.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    return code_from_text(message.substr(2, close - 2));
}

// The length of the well-formed UTF-8 sequence at text[at] (1 for ASCII), or 0 when it is
// ill-formed: truncated, overlong, a surrogate, beyond U+10FFFF. The rules nlohmann applies.
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return 1;
    const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4 || at + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 0;
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second >= 0x90))
        return 0;
    return length;
}

// The raw fields of one error object, before classification.
struct error_fields {
    std::optional<long long> code;
    std::optional<long long> subcode;
    std::string message, title, type, details, fbtrace_id, href;
    std::string user_title, user_message;  // Graph's error_user_title / error_user_msg
    std::string top_details;               // "details" beside "code" instead of under error_data
    std::string data_text;                 // error_data given as a string
    int body_status = 0;                   // 360dialog's httpCode
};

// Field names of an error object, in every spelling the APIs use.
// Values are copied, not moved: moving would steal the SAX lexer's buffer, which it then grows
// again byte by byte for the next string.
inline void take_text(error_fields& f, std::string_view key, const std::string& value) {
    if (key == "message" || key == "developerMessage" || key == "developer_message" || key == "msg")
        f.message = value;
    else if (key == "title")
        f.title = value;
    else if (key == "type")
        f.type = value;
    else if (key == "details")
        f.top_details = value;
    else if (key == "fbtrace_id")
        f.fbtrace_id = value;
    else if (key == "href")
        f.href = value;
    else if (key == "error_user_title")
        f.user_title = value;
    else if (key == "error_user_msg")
        f.user_message = value;
    else if (key == "error_data")
        f.data_text = value;
    else if (key == "code")
        f.code = code_from_text(value);
    else if (key == "error_subcode")
        f.subcode = code_from_text(value);
    else if (key == "httpCode" || key == "http_code")
        f.body_status = static_cast<int>(code_from_text(value).value_or(0));
}

inline void take_number(error_fields& f, std::string_view key, std::optional<long long> value) {
    if (key == "code")
        f.code = value;
    else if (key == "error_subcode")
        f.subcode = value;
    else if (key == "httpCode" || key == "http_code")
        f.body_status = static_cast<int>(value && *value >= 100 && *value <= 599 ? *value : 0);
}

// error_data's own fields: only the details matter for classification.
inline void take_data_text(error_fields& f, std::string_view key, const std::string& value) {
    if (key == "details" || key == "real_message") f.details = value;
}

inline std::string& first_non_empty(std::string& a, std::string& b, std::string& c, std::string& d) {
    return !a.empty() ? a : !b.empty() ? b : !c.empty() ? c : d;
}

// The parsed error, classified: message, title and details all feed `match`; the response's
// status (else the body's) only breaks ties and fills in when there is no code.
inline parsed_error finish(error_fields&& f, const error_context& context, int http_status) {
    parsed_error p;
    p.code = f.code ? f.code : code_from_message(f.message);
    p.subcode = f.subcode;
    p.message = std::move(f.message);
    p.title = std::move(f.title.empty() ? f.user_title : f.title);
    p.details = std::move(first_non_empty(f.details, f.top_details, f.data_text, f.user_message));
    p.type = std::move(f.type);
    p.fbtrace_id = std::move(f.fbtrace_id);
    p.href = std::move(f.href);
    p.context = context;
    p.http_status = http_status != 0 ? http_status : f.body_status;
    p.info = &classify({p.http_status, p.code, p.subcode, p.message, p.title, p.details});
    return p;
}

}  // namespace wa_errors::json::detail
