// SPDX-License-Identifier: MIT
// wa_errors::testing: the bodies the fake endpoint sends, shaped as Meta and 360dialog shape
// them. The error objects come from testing.hpp's fixtures, so that every body the fake sends
// classifies back to the entry it was made from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "../testing.hpp"
#include "../version.hpp"
#include "scenario.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing::detail {

// What one status webhook reports.
struct status_event {
    std::string_view status{};  // "sent", "delivered", "read", "failed"
    std::string_view message_id{};
    std::string_view recipient_id{};
    std::string_view phone_number_id{};
    std::string_view biz_opaque_callback_data{};  // echoed when the request had one
    std::int64_t unix_time = 0;
    const error_info* error = nullptr;  // failed only
};

class wire_bodies {
public:
    // {"messaging_product":"whatsapp","contacts":[{"input":..,"wa_id":..}],"messages":[{"id":..}]}
    static std::string accepted(std::string_view input, std::string_view wa_id, std::string_view message_id) {
        std::string body = R"({"messaging_product":"whatsapp","contacts":[{"input":)";
        body += json_string(input);
        body += R"(,"wa_id":)";
        body += json_string(wa_id);
        body += R"(}],"messages":[{"id":)";
        body += json_string(message_id);
        body += "}]}";
        return body;
    }

    // The error body for `e`: a Graph body for Meta's errors (360dialog passes them through),
    // 360dialog's "meta" envelope for its own, and a gateway's text page for a bare status.
    const std::string& error(const error_info& e) {
        auto found = errors_.find(&e);
        if (found != errors_.end()) return found->second;
        std::string body;
        if (e.source == source::dialog360) {
            body = dialog360_error_body(e);
        } else if (e.source == source::meta) {
            nlohmann::json graph = nlohmann::json::parse(graph_error_body(e));
            if (e.subcode) graph["error"]["error_subcode"] = *e.subcode;
            body = graph.dump();
        } else {
            body = gateway_page(e.http_status, e.title);
        }
        return errors_.emplace(&e, std::move(body)).first->second;
    }

    static std::string gateway_page(int status, std::string_view title) {
        const std::string line = std::to_string(status) + " " + std::string(title);
        return "<html><head><title>" + line + "</title></head><body><h1>" + line + "</h1></body></html>\n";
    }

    // A messages webhook with one status, as Meta posts it (entry[].changes[].value.statuses[]).
    std::string webhook(const status_event& event, const scenario& s) {
        using ordered = nlohmann::ordered_json;  // keys in Meta's order, as its documentation shows them
        ordered status = {{"id", event.message_id},
                          {"status", event.status},
                          {"timestamp", std::to_string(event.unix_time)},
                          {"recipient_id", event.recipient_id}};
        if (!event.biz_opaque_callback_data.empty())
            status["biz_opaque_callback_data"] = event.biz_opaque_callback_data;
        if (event.error != nullptr) status["errors"] = ordered::array({webhook_error(*event.error)});
        ordered value = {
            {"messaging_product", "whatsapp"},
            {"metadata",
             {{"display_phone_number", s.display_phone_number}, {"phone_number_id", event.phone_number_id}}},
            {"statuses", ordered::array({std::move(status)})}};
        ordered change = {{"value", std::move(value)}, {"field", "messages"}};
        ordered entry = {{"id", s.business_account_id}, {"changes", ordered::array({std::move(change)})}};
        return ordered{{"object", "whatsapp_business_account"}, {"entry", ordered::array({std::move(entry)})}}.dump(
            -1, ' ', false, ordered::error_handler_t::replace);
    }

    static std::string json_string(std::string_view text) {
        return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }

private:
    // statuses[].errors[0] of testing.hpp's failed-status fixture for `e`.
    const nlohmann::ordered_json& webhook_error(const error_info& e) {
        auto found = webhook_errors_.find(&e);
        if (found != webhook_errors_.end()) return found->second;
        const nlohmann::ordered_json fixture = nlohmann::ordered_json::parse(webhook_failed_status(e));
        const nlohmann::ordered_json& error = fixture["entry"][0]["changes"][0]["value"]["statuses"][0]["errors"][0];
        return webhook_errors_.emplace(&e, error).first->second;
    }

    std::unordered_map<const error_info*, std::string> errors_{};
    std::unordered_map<const error_info*, nlohmann::ordered_json> webhook_errors_{};
};

}  // namespace testing::detail
WA_ERRORS_END_NAMESPACE
