// SPDX-License-Identifier: MIT
// wa_errors::testing: realistic error payloads for the unit tests of client code. Read them back
// with payload::parse; put them in a fake transport and check that your code retries, pauses or fails as it should.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lookup.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

namespace detail {

// A stable, realistic-looking trace id ("A" + 22 base62 characters) derived from the entry.
inline std::string fbtrace_id_for(const error_info& e) {
    static constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a
    for (char c : e.id) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    std::string id = "A";
    for (int i = 0; i < 22; ++i) {
        id += digits[hash % 62];
        hash = hash / 62 + (hash % 62 + 1) * 0x9E3779B97F4A7C15ULL;
    }
    return id;
}

// Text that classify() maps back to `e`: a variant's first match fragment, else its title (a
// description may name what a sibling variant matches).
inline std::string details_for(const error_info& e) {
    return e.match.empty() ? std::string(e.title) : std::string(e.title) + ": " + std::string(e.match[0]);
}

// Meta's message format: "(#131047) Re-engagement message".
inline std::string message_for(const error_info& e) {
    return e.code ? "(#" + std::to_string(*e.code) + ") " + std::string(e.title) : std::string(e.title);
}

inline nlohmann::json graph_error(const error_info& e) {
    nlohmann::json error = {{"message", message_for(e)}, {"type", "OAuthException"}};
    if (e.code) error["code"] = *e.code;
    if (e.subcode) error["error_subcode"] = *e.subcode;
    error["error_data"] = {{"messaging_product", "whatsapp"}, {"details", details_for(e)}};
    error["fbtrace_id"] = fbtrace_id_for(e);
    return error;
}

inline const error_info& entry_for(long long code) {
    const error_info* e = find(code);
    if (e == nullptr)
        throw std::invalid_argument("wa_errors::testing: no catalog entry for code " + std::to_string(code));
    return *e;
}

inline const error_info& entry_for(std::string_view id) {
    const error_info* e = find(id);
    if (e == nullptr) throw std::invalid_argument("wa_errors::testing: no catalog entry with id " + std::string(id));
    return *e;
}

}  // namespace detail

// The HTTP status to answer with: the documented one, else 400 (Meta's usual for client errors);
// 0 for generic.unknown, which stands for an error that came without any status.
[[nodiscard]] inline int response_status(const error_info& e) {
    return e.http_status != 0 || e.source == source::generic ? e.http_status : 400;
}

// A Cloud API (Graph) error response body, as Meta sends it for a failed request:
// {"error": {"message": "(#CODE) Title", "type": "OAuthException", "code": CODE,
//            "error_data": {"messaging_product": "whatsapp", "details": ...}, "fbtrace_id": ...}}
[[nodiscard]] inline std::string graph_error_body(const error_info& e) {
    return nlohmann::json{{"error", detail::graph_error(e)}}.dump();
}
[[nodiscard]] inline std::string graph_error_body(long long code) { return graph_error_body(detail::entry_for(code)); }
[[nodiscard]] inline std::string graph_error_body(std::string_view id) {
    return graph_error_body(detail::entry_for(id));
}

// A recipient number that classify() maps to `e`: one of the entry's recipient prefixes, else a
// UK number (no entry is specific to it).
[[nodiscard]] inline std::string recipient_for(const error_info& e) {
    return e.recipient_prefix.empty() ? std::string("447700900123") : std::string(e.recipient_prefix[0]) + "5550100";
}

// A messages webhook reporting that message `message_id` to `recipient_id` (by default one that
// classify() maps to `e`, see recipient_for) failed with `e`.
[[nodiscard]] inline std::string webhook_failed_status(
    const error_info& e, std::string_view message_id = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA",
    std::string_view recipient_id = {}) {
    const std::string recipient = recipient_id.empty() ? recipient_for(e) : std::string(recipient_id);
    nlohmann::json error = {{"title", std::string(e.title)}, {"message", std::string(e.title)}};
    if (e.code) error["code"] = *e.code;
    if (e.subcode) error["error_subcode"] = *e.subcode;
    error["error_data"] = {{"details", detail::details_for(e)}};
    error["href"] = "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes";
    nlohmann::json status = {{"id", std::string(message_id)},
                             {"status", "failed"},
                             {"timestamp", "1751142888"},
                             {"recipient_id", recipient},
                             {"errors", nlohmann::json::array({error})}};
    nlohmann::json value = {
        {"messaging_product", "whatsapp"},
        {"metadata", {{"display_phone_number", "15550783881"}, {"phone_number_id", "106540352242922"}}},
        {"statuses", nlohmann::json::array({status})}};
    nlohmann::json change = {{"value", value}, {"field", "messages"}};
    nlohmann::json entry = {{"id", "102290129340398"}, {"changes", nlohmann::json::array({change})}};
    return nlohmann::json{{"object", "whatsapp_business_account"}, {"entry", nlohmann::json::array({entry})}}.dump();
}
[[nodiscard]] inline std::string webhook_failed_status(long long code, std::string_view message_id,
                                                       std::string_view recipient_id) {
    return webhook_failed_status(detail::entry_for(code), message_id, recipient_id);
}
[[nodiscard]] inline std::string webhook_failed_status(std::string_view id, std::string_view message_id,
                                                       std::string_view recipient_id) {
    return webhook_failed_status(detail::entry_for(id), message_id, recipient_id);
}

// A body as 360dialog sends it: its own errors in the "meta" envelope
// ({"meta": {"success": false, "httpCode": ..., "developerMessage": ...}}), Meta's errors
// wrapped in "detail" as its Marketing Messages API does ({"detail": {"error": {...}}}).
[[nodiscard]] inline std::string dialog360_error_body(const error_info& e) {
    if (e.source == source::meta) return nlohmann::json{{"detail", {{"error", detail::graph_error(e)}}}}.dump();
    const std::string text =
        e.match.empty() ? std::string(e.title) : std::string(e.title) + " (" + std::string(e.match[0]) + ")";
    return nlohmann::json{{"meta", {{"success", false}, {"httpCode", response_status(e)}, {"developerMessage", text}}}}
        .dump();
}
[[nodiscard]] inline std::string dialog360_error_body(long long code) {
    return dialog360_error_body(detail::entry_for(code));
}
[[nodiscard]] inline std::string dialog360_error_body(std::string_view id) {
    return dialog360_error_body(detail::entry_for(id));
}

}  // namespace testing
WA_ERRORS_END_NAMESPACE
