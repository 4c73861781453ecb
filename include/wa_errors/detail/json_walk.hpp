// wa_errors::json internals: every payload shape other than the plain Graph error body, read
// from a DOM that keeps document order and only the values an error or its context can use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_fields.hpp"

namespace wa_errors::json::detail {

using ordered = nlohmann::ordered_json;

// Scalars worth keeping: the fields of an error object and of its context.
inline bool kept_field(std::string_view key) noexcept {
    static constexpr std::string_view kept[] = {"message",
                                                "title",
                                                "type",
                                                "code",
                                                "error_subcode",
                                                "details",
                                                "error_data",
                                                "fbtrace_id",
                                                "href",
                                                "error_user_title",
                                                "error_user_msg",
                                                "developerMessage",
                                                "developer_message",
                                                "httpCode",
                                                "http_code",
                                                "success",
                                                "real_message",
                                                "msg",
                                                "error",
                                                "errors",
                                                "detail",
                                                "id",
                                                "recipient_id",
                                                "status",
                                                "from",
                                                "wa_id",
                                                "input",
                                                "phone_number_id"};
    for (std::string_view k : kept)
        if (k == key) return true;
    return false;
}

// Drops, while parsing, every scalar that no error or context can use, so that a huge body costs
// memory only for what matters (containers are kept: errors may sit anywhere inside them).
class dom_filter {
public:
    bool operator()(int depth, ordered::parse_event_t event, ordered& parsed) {
        const auto at = static_cast<std::size_t>(depth);
        switch (event) {
            case ordered::parse_event_t::object_start:
            case ordered::parse_event_t::array_start:
                if (depth >= max_depth) too_deep = true;  // refused afterwards, like the SAX gate does
                in_array_.resize(at + 1);
                keep_value_.resize(at + 1);
                in_array_[at] = event == ordered::parse_event_t::array_start;
                return true;
            case ordered::parse_event_t::key:
                if (depth > 0 && at <= keep_value_.size())
                    keep_value_[at - 1] = kept_field(parsed.get_ref<const std::string&>());
                return true;
            case ordered::parse_event_t::value:
                if (depth == 0 || at > in_array_.size()) return true;
                if (in_array_[at - 1]) return parsed.is_string();
                return keep_value_[at - 1];
            default: return true;
        }
    }

    bool too_deep = false;

private:
    std::vector<bool> in_array_;    // by depth of the container
    std::vector<bool> keep_value_;  // by depth of the container: the last key's scalar is kept
};

class walker {
public:
    walker(int http_status, std::vector<parsed_error>& out) : status_(http_status), out_(out) {}

    void walk_root(const ordered& root) {
        if (root.is_array()) {
            for (const ordered& item : root) walk(item, {}, 1, true);
        } else {
            walk(root, {}, 0, true);
        }
    }

private:
    static std::string text(const ordered& object, const char* key) {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    // One error object (or a bare message) with the fields every API spells its own way.
    void add_error(const ordered& value, const error_context& context) {
        error_fields f;
        if (value.is_string()) {
            f.message = value.get<std::string>();
        } else if (value.is_object()) {
            read_fields(value, f);
        } else {
            return;
        }
        out_.push_back(finish(std::move(f), context, status_));
    }

    static void read_fields(const ordered& object, error_fields& f) {
        for (const auto& [key, v] : object.items()) {
            if (v.is_string())
                take_text(f, key, v.get<std::string>());
            else if (v.is_number_unsigned())
                take_number(f, key, code_from_unsigned(v.get<std::uint64_t>()));
            else if (v.is_number_integer())
                take_number(f, key, v.get<long long>());
            else if (v.is_number_float())
                take_number(f, key, code_from_number(v.get<double>()));
            else if (v.is_object() && (key == "error_data"))
                for (const auto& [data_key, data] : v.items())
                    if (data.is_string()) take_data_text(f, data_key, data.get_ref<const std::string&>());
        }
    }

    // 360dialog's {"meta": {"success": false, "httpCode": 400, "developerMessage": "..."}};
    // an On-Premises {"meta": {"api_status": ..., "version": ...}} is no error.
    void add_meta(const ordered& meta, const error_context& context) {
        const bool failed = meta.contains("developerMessage") || meta.contains("developer_message") ||
                            (meta.contains("success") && meta["success"] == false);
        if (!failed) return;
        error_fields f;
        read_fields(meta, f);
        if (const auto d = meta.find("details"); d != meta.end() && d->is_array()) {  // the Partner API's list
            for (const ordered& line : *d)
                if (line.is_string()) f.top_details += (f.top_details.empty() ? "" : "; ") + line.get<std::string>();
        }
        out_.push_back(finish(std::move(f), context, status_));
    }

    static bool is_bare_error(const ordered& object) {
        const auto code = object.find("code");
        return code != object.end() && !code->is_structured() && !object.contains("error") &&
               !object.contains("errors") &&
               (object.contains("message") || object.contains("title") || object.contains("error_subcode") ||
                object.contains("details") || object.contains("error_data") || object.contains("type"));
    }

    static error_context with_item(error_context context, const ordered& item, std::string_view list) {
        if (!item.is_object()) return context;
        if (list == "statuses") {
            context.message_id = text(item, "id");
            context.recipient_id = text(item, "recipient_id");
            context.status = text(item, "status");
        } else if (list == "messages") {
            context.message_id = text(item, "id");
            context.recipient_id = text(item, "from");
        } else if (list == "failed_users") {
            context.recipient_id = text(item, "wa_id");
            if (context.recipient_id.empty()) context.recipient_id = text(item, "input");
        }
        return context;
    }

    void walk(const ordered& node, error_context context, int depth, bool may_be_bare) {
        if (depth > max_depth || !node.is_object()) {
            if (node.is_array() && depth <= max_depth)
                for (const ordered& item : node) walk(item, context, depth + 1, false);
            return;
        }
        if (may_be_bare && is_bare_error(node)) {
            add_error(node, context);
            return;
        }
        if (const auto metadata = node.find("metadata"); metadata != node.end() && metadata->is_object()) {
            const std::string id = text(*metadata, "phone_number_id");
            if (!id.empty()) context.phone_number_id = id;
        }
        for (const auto& [key, value] : node.items()) {
            if (key == "error" || (key == "detail" && depth == 0 && value.is_string())) {
                add_error(value, context);  // also {"detail": "Not authenticated"}
            } else if (key == "errors" && value.is_array()) {
                for (const ordered& item : value) add_error(item, context);
            } else if (key == "meta" && value.is_object()) {
                add_meta(value, context);
            } else if (key == "detail" && depth == 0 && value.is_array()) {
                for (const ordered& item : value)
                    if (item.is_object() && item.contains("msg"))
                        add_error(item, context);
                    else
                        walk(item, context, depth + 1, false);
            } else if (value.is_array() && (key == "statuses" || key == "messages" || key == "failed_users")) {
                for (const ordered& item : value) walk(item, with_item(context, item, key), depth + 2, false);
            } else if (value.is_structured()) {
                walk(value, context, depth + 1, false);
            }
        }
    }

    int status_;
    std::vector<parsed_error>& out_;
};

}  // namespace wa_errors::json::detail
