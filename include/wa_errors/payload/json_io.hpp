// SPDX-License-Identifier: MIT
// nlohmann_json serialisation of a catalog entry, a parsed error and a retry decision, with the
// field names and values of wa-errors' JSON output (docs/cli.md, "JSON output"): what
// `wa-errors list --json`, `classify --json` and `decide --json` print is what
// `nlohmann::json j = value;` holds, so a service's structured logs read like the tool's.
// Opt-in: include it where you log; it needs nlohmann_json (CMake target wa_errors::payload).
//
// The functions are found by argument-dependent lookup and work for nlohmann::json (keys sorted)
// and nlohmann::ordered_json (keys in the order of docs/cli.md, as the tool prints them).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../parsed_error.hpp"
#include "../retry.hpp"
#include "../types.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

namespace detail {

// JSON null for an absent number: a code the payload did not carry is null, not 0.
template <class Json, class Number>
Json json_or_null(const std::optional<Number>& value) {
    return value ? Json(*value) : Json(nullptr);
}

template <class Json>
Json retry_policy_json(const retry_policy& r) {
    Json j = Json::object();
    j["kind"] = std::string(to_string(r.kind));
    j["scope"] = std::string(to_string(r.scope));
    j["initial_delay_ms"] = r.initial_delay_ms;
    j["min_delay_ms"] = r.min_delay_ms;
    j["max_delay_ms"] = r.max_delay_ms;
    j["multiplier"] = r.multiplier;
    j["max_attempts"] = r.max_attempts;
    j["max_elapsed_ms"] = r.max_elapsed_ms;
    j["outcome"] = std::string(to_string(r.outcome));
    j["repeat_min_delay_ms"] = r.repeat_min_delay_ms;
    return j;
}

// What a failure holds, or null when it holds nothing beyond its own request.
template <class Json>
Json hold_json(const hold_policy& h) {
    if (h.scope == retry_scope::request) return Json(nullptr);
    Json j = Json::object();
    j["scope"] = std::string(to_string(h.scope));
    j["traffic"] = std::string(to_string(h.traffic));
    j["lifts"] = std::string(to_string(h.lifts));
    return j;
}

// An entry, with the code and subcode it was met under: an error inside a range (meta.200_299)
// or found by its subcode names the number it came with, not the entry's first one.
template <class Json>
void entry_to_json(Json& j, const error_info& e, std::optional<long long> code, std::optional<long long> subcode) {
    j = Json::object();
    j["id"] = std::string(e.id);
    j["source"] = std::string(to_string(e.source));
    j["code"] = json_or_null<Json>(code);
    j["subcode"] = json_or_null<Json>(subcode);
    j["title"] = std::string(e.title);
    j["http_status"] = e.http_status;
    j["category"] = std::string(to_string(e.category));
    j["retryable"] = is_retryable(e);
    j["retry"] = retry_policy_json<Json>(e.retry);
    j["hold"] = hold_json<Json>(e.hold);
    j["action"] = std::string(to_string(e.action));
    j["description"] = std::string(e.description);
    j["remediation"] = std::string(e.remediation);
    j["docs"] = std::string(e.docs);
}

}  // namespace detail

// A catalog entry under its own code and subcode (what `wa-errors list --json` prints per line).
template <class Json>
void to_json(Json& j, const error_info& e) {
    detail::entry_to_json(j, e, e.code, e.subcode);
}

// A decision without the entry it is about (`decide --json` puts the entry's "id" first).
// One field, one line: a new member of retry_decision is added here and in docs/cli.md.
template <class Json>
void to_json(Json& j, const retry_decision& d) {
    j = Json::object();
    j["retry"] = d.retry;
    j["delay_ms"] = d.delay.count();
    j["floor_ms"] = d.floor.count();
    j["scope"] = std::string(to_string(d.scope));
    j["pause_ms"] = d.pause == until_fixed ? Json("until_fixed") : Json(d.pause.count());
    j["hold"] = detail::hold_json<Json>(d.hold);
    // A hold that time ends says for how long; one lifted by an event has no length.
    if (!j["hold"].is_null() && d.hold.lifts == hold_lifts::time) j["hold"]["ms"] = d.pause.count();
    j["action"] = std::string(to_string(d.next));
    j["may_duplicate"] = d.may_duplicate;
    j["counts_as_attempt"] = d.counts_as_attempt;
    j["reason"] = std::string(to_string(d.reason));
}

namespace payload {

template <class Json>
void to_json(Json& j, const error_context& c) {
    j = Json::object();
    j["message_id"] = c.message_id;
    j["recipient_id"] = c.recipient_id;
    j["phone_number_id"] = c.phone_number_id;
    j["status"] = c.status;
    j["user_id"] = c.user_id;
    j["biz_opaque_callback_data"] = c.biz_opaque_callback_data;
}

// A parsed error: its entry under the code and subcode the payload carried, then what the
// payload said. `info` is never null in a parse_result; a default-made parsed_error (no entry)
// is written with "id": null and the payload's fields only.
template <class Json>
void to_json(Json& j, const parsed_error& p) {
    if (p.info != nullptr) {
        wa_errors::detail::entry_to_json(j, *p.info, p.code, p.subcode);
    } else {
        j = Json::object();
        j["id"] = nullptr;
        j["code"] = wa_errors::detail::json_or_null<Json>(p.code);
        j["subcode"] = wa_errors::detail::json_or_null<Json>(p.subcode);
    }
    j["message"] = p.message;
    j["details"] = p.details;
    j["fbtrace_id"] = p.fbtrace_id;
    j["context"] = p.context;
    j["is_transient"] = wa_errors::detail::json_or_null<Json>(p.is_transient);
    j["response_status"] = p.http_status;
}

}  // namespace payload

WA_ERRORS_END_NAMESPACE
