// SPDX-License-Identifier: MIT
// A SAX handler that writes down every event, for nlohmann's sax_parse and for the payload
// reader's quick pass alike: the tests and the differential fuzz target compare the two lists to
// hold the quick pass to its promise (whenever it finishes, nlohmann would have sent the same
// events with the same values).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace wa_errors_test {

struct sax_recorder {
    using json = nlohmann::json;
    std::vector<std::string> events;

    bool null() { return add("null"); }
    bool boolean(bool value) { return add(value ? "true" : "false"); }
    bool number_integer(json::number_integer_t value) { return add("int " + std::to_string(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return add("unsigned " + std::to_string(value)); }
    bool number_float(json::number_float_t, const json::string_t& text) { return add("float " + text); }
    bool string(json::string_t& value) { return string_text(value); }
    bool binary(json::binary_t&) { return add("binary"); }
    bool start_object(std::size_t) { return add("{"); }
    bool end_object() { return add("}"); }
    bool start_array(std::size_t) { return add("["); }
    bool end_array() { return add("]"); }
    bool key(json::string_t& name) { return key_text(name); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    // The quick pass's spelling of the two text events.
    bool key_text(std::string_view name) { return add("key " + std::string(name)); }
    bool string_text(std::string_view value) { return add("string " + std::string(value)); }

private:
    bool add(std::string event) {
        events.push_back(std::move(event));
        return true;
    }
};

}  // namespace wa_errors_test
