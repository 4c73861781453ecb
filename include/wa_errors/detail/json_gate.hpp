// wa_errors::json internals: one SAX pass over the body that validates it, bounds its depth,
// notes whether it can hold an error at all, and reads a plain Graph error body ({"error":{...}},
// the answer to every failed send) without building a DOM.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "json_fields.hpp"

namespace wa_errors::json::detail {

class gate_handler final : public nlohmann::json_sax<nlohmann::json> {
public:
    bool too_deep = false;
    bool has_error_keys = false;  // some key could introduce an error (error, errors, meta, detail, a root code)
    error_fields graph;           // the fields of the root "error", when graph_only()

    // True when the body is exactly {"error": {...}} or {"error": "text"}.
    bool graph_only() const noexcept {
        return root_is_object_ && root_keys_ == 1 && error_keys_ == 1 && error_is_value_;
    }

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t value) override { return number(value); }
    bool number_unsigned(number_unsigned_t value) override { return number(code_from_unsigned(value)); }
    bool number_float(number_float_t value, const string_t&) override { return number(code_from_number(value)); }
    bool binary(binary_t&) override { return scalar(); }

    bool string(string_t& value) override {
        switch (place()) {
            case slot::root_error:
                error_is_value_ = true;
                graph.message = value;
                break;
            case slot::error_field: take_text(graph, field_, value); break;
            case slot::error_data_field: take_data_text(graph, data_field_, value); break;
            default: break;
        }
        return true;
    }

    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& key_text) override {
        // Compared as string_views: inline length checks instead of out-of-line compare(const char*).
        const std::string_view name(key_text);
        if (name == "error" || name == "errors" || name == "meta" || name == "detail") has_error_keys = true;
        if (depth_ == 1) {
            ++root_keys_;
            root_key_is_error_ = name == "error";
            if (root_key_is_error_) ++error_keys_;
            if (name == "code") has_error_keys = true;  // a bare error object
        } else if (depth_ == 2 && root_is_array_ && name == "code") {
            has_error_keys = true;  // an array of bare error objects
        }
        // Only the error object's field names are kept (short: no allocation).
        if (depth_ == 2 && root_key_is_error_) field_ = key_text;
        if (depth_ == 3 && root_key_is_error_) data_field_ = key_text;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    enum class slot { other, root_error, error_field, error_data_field };

    // Where the value about to arrive sits in a {"error": {..., "error_data": {...}}} body.
    slot place() const noexcept {
        if (!root_is_object_ || !root_key_is_error_) return slot::other;
        if (depth_ == 1) return slot::root_error;
        if (!error_is_object_) return slot::other;
        if (depth_ == 2 && object_at_[2]) return slot::error_field;
        if (depth_ == 3 && object_at_[3] && std::string_view(field_) == "error_data") return slot::error_data_field;
        return slot::other;
    }

    bool scalar() {
        if (place() == slot::root_error) error_is_value_ = false;  // {"error": 42}: not a Graph error
        return true;
    }

    bool number(std::optional<long long> value) {
        if (place() == slot::error_field) take_number(graph, field_, value);
        return scalar();
    }

    bool open(bool is_object) {
        const slot where = place();
        if (depth_ == 0) {
            root_is_object_ = is_object;
            root_is_array_ = !is_object;
        }
        if (where == slot::root_error) {
            error_is_object_ = is_object;
            error_is_value_ = is_object;
        }
        if (++depth_ > max_depth) {
            too_deep = true;
            return false;
        }
        if (depth_ <= 3) object_at_[depth_] = is_object;
        if (depth_ == 2) field_.clear();
        if (depth_ == 3) data_field_.clear();
        return true;
    }

    bool close() {
        --depth_;
        return true;
    }

    int depth_ = 0;
    bool root_is_object_ = false;
    bool root_is_array_ = false;
    bool error_is_object_ = false;
    bool error_is_value_ = false;
    int root_keys_ = 0;
    int error_keys_ = 0;
    bool object_at_[4] = {};
    bool root_key_is_error_ = false;  // the last root key read was "error"
    std::string field_;               // the last key read in the root error object
    std::string data_field_;          // the last key read in its error_data
};

}  // namespace wa_errors::json::detail
