// wa_errors::json: every error in a response body or webhook payload, classified (DESIGN §8).
// Needs nlohmann_json (CMake target wa_errors::json).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "detail/json_gate.hpp"
#include "detail/json_scan.hpp"
#include "detail/json_walk.hpp"
#include "lookup.hpp"
#include "parsed_error.hpp"

namespace wa_errors::json {

namespace detail {

// Invalid UTF-8 makes nlohmann reject the whole body; a BSP or proxy that mangles one character
// should not cost us the error code, so bad bytes become '?' and the body is read again.
inline std::optional<std::string> repaired_utf8(std::string_view text) {
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length != 0) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out.push_back('?');
            changed = true;
            ++i;
        }
    }
    if (!changed) return std::nullopt;
    return out;
}

// The verdict for a body that is not JSON: one error by HTTP status, or none without a status.
inline parse_result not_json(std::string_view body, int http_status) {
    parse_result result{parse_status::not_json, {}};
    if (http_status == 0) return result;
    parsed_error p;
    p.http_status = http_status;
    p.message = std::string(body.substr(0, 1024));  // for the log; classification is by status only
    p.info = &classify({http_status, {}, {}, {}, {}, {}});
    result.errors.push_back(std::move(p));
    return result;
}

inline parse_result parse_full(std::string_view body, int http_status, bool may_repair);

// The general path: a DOM (document order, only useful values kept) walked for every shape.
inline parse_result parse_dom(std::string_view body, int http_status, bool may_repair = false) {
    dom_filter filter;
    const ordered dom = ordered::parse(body, std::ref(filter), /*allow_exceptions=*/false);
    if (dom.is_discarded()) {
        if (may_repair) {
            if (const auto repaired = repaired_utf8(body)) return parse_full(*repaired, http_status, false);
        }
        return not_json(body, http_status);
    }
    if (filter.too_deep) return not_json(body, http_status);
    parse_result result{parse_status::ok, {}};
    walker(http_status, result.errors).walk_root(dom);
    if (result.errors.empty()) result.status = parse_status::no_error_found;
    return result;
}

// One SAX pass validates and bounds the body and reads a plain Graph error directly (the hot
// path: the answer to every failed send); other shapes go on to the DOM.
inline parse_result parse_full(std::string_view body, int http_status, bool may_repair) {
    gate_handler gate;
    if (!nlohmann::json::sax_parse(body, &gate)) {
        if (!gate.too_deep && may_repair) {
            if (const auto repaired = repaired_utf8(body)) return parse_full(*repaired, http_status, false);
        }
        return not_json(body, http_status);
    }
    if (gate.graph_only()) {
        parse_result result{parse_status::ok, {}};
        result.errors.push_back(finish(std::move(gate.graph), {}, http_status));  // moved: a braced list would copy
        return result;
    }
    if (!gate.has_error_keys) return {parse_status::no_error_found, {}};
    return parse_dom(body, http_status);
}

// A quick scan first: bodies that provably hold no error (most webhooks) are answered at once,
// bodies whose first key is not a root "error" skip the SAX pass, and anything the scan is
// unsure of takes the full path.
inline parse_result parse_text(std::string_view body, int http_status) {
    const scan_result scan = scan_for_error_keys(body);
    if (scan.verdict == scan_verdict::no_error_keys) return {parse_status::no_error_found, {}};
    if (scan.verdict == scan_verdict::maybe_error && !scan.graph_candidate) return parse_dom(body, http_status, true);
    return parse_full(body, http_status, true);
}

}  // namespace detail

// Every error in a response body or webhook payload, in document order, each classified.
//  - Shapes: Graph error bodies, 360dialog "meta" envelopes (camelCase or snake_case), the
//    "detail" wrapper, {"error": "text"}, {"errors": [...]}, webhooks (statuses[].errors[],
//    value.errors[], messages[].errors[]), Block Users partial failures, bare error objects.
//  - Codes may be numbers or numeric strings; a code that is not an integer within long long
//    (1e30, 1.5, "12a") counts as absent, and "(#130429) ..." in the message stands in for a
//    missing code.
//  - Not JSON (or nested deeper than 64 levels): status not_json, with one error classified by
//    `http_status` when it is given, none otherwise. Invalid UTF-8 is repaired ('?') first.
//  - Duplicate keys: the last one wins, as in nlohmann_json.
// Never throws: should memory run out, the result is as for a body that is not JSON.
inline parse_result parse(std::string_view body, int http_status = 0) noexcept {
    try {
        return detail::parse_text(body, http_status);
    } catch (...) {
        try {
            return detail::not_json({}, http_status);
        } catch (...) {
            return {parse_status::not_json, {}};
        }
    }
}

// Meta's X-Business-Use-Case-Usage header: {"<business id>": [{"type": ..., "call_count": ...,
// "estimated_time_to_regain_access": <minutes>}, ...], ...}. Returns the longest wait it
// announces (0 when none), or nullopt when the header is empty or not in that shape.
inline std::optional<std::chrono::seconds> parse_business_use_case_usage(std::string_view header) noexcept {
    try {
        const nlohmann::json usage = nlohmann::json::parse(header, nullptr, /*allow_exceptions=*/false);
        if (!usage.is_object()) return std::nullopt;
        long long longest_minutes = 0;
        bool any = false;
        auto consider = [&](const nlohmann::json& item) {
            if (!item.is_object()) return;
            any = true;
            const auto wait = item.find("estimated_time_to_regain_access");
            if (wait == item.end()) return;
            std::optional<long long> minutes;
            if (wait->is_number())
                minutes = detail::code_from_number(wait->get<double>());
            else if (wait->is_string())
                minutes = detail::code_from_text(wait->get_ref<const std::string&>());
            if (minutes && *minutes > longest_minutes) longest_minutes = std::min(*minutes, 60LL * 24 * 366);
        };
        for (const auto& business : usage.items()) {
            if (business.value().is_array()) {
                for (const auto& item : business.value()) consider(item);
            } else {
                consider(business.value());
            }
        }
        if (!any) return std::nullopt;
        return std::chrono::seconds(longest_minutes * 60);
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace wa_errors::json
