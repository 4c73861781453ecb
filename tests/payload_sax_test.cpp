// SPDX-License-Identifier: MIT
// payload/sax_parse.hpp: the reader's and the usage parser's way into nlohmann's JSON parser gives
// exactly the events and the verdict of the public json::sax_parse, with the nlohmann installed.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <wa_errors/payload/sax_parse.hpp>

#include "catch.hpp"

namespace {

using json = nlohmann::json;

// Writes every SAX event as one line of text, so that two runs compare as strings.
struct event_log {
    std::string text;
    std::size_t stop_after = static_cast<std::size_t>(-1);  // refuse the event after this many

    bool note(const std::string& event) {
        text += event;
        text += '\n';
        return --stop_after != 0;
    }
    bool null() { return note("null"); }
    bool boolean(bool value) { return note(value ? "true" : "false"); }
    bool number_integer(json::number_integer_t value) { return note("int " + std::to_string(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return note("unsigned " + std::to_string(value)); }
    bool number_float(json::number_float_t, const json::string_t& raw) { return note("float " + raw); }
    bool string(json::string_t& value) { return note("string " + value); }
    bool binary(json::binary_t&) { return note("binary"); }
    bool start_object(std::size_t) { return note("{"); }
    bool end_object() { return note("}"); }
    bool start_array(std::size_t) { return note("["); }
    bool end_array() { return note("]"); }
    bool key(json::string_t& value) { return note("key " + value); }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& e) {
        return note("error at " + std::to_string(position) + " after '" + last_token + "': " + e.what());
    }
};

struct outcome {
    bool accepted;
    std::string events;
};

outcome through_library(const std::string& text, std::size_t stop_after) {
    event_log log;
    log.stop_after = stop_after;
    const bool ok = wa_errors::payload::detail::sax_parse(text.data(), text.data() + text.size(), &log);
    return {ok, log.text};
}

outcome through_nlohmann(const std::string& text, std::size_t stop_after) {
    event_log log;
    log.stop_after = stop_after;
    const bool ok = json::sax_parse(text.data(), text.data() + text.size(), &log);
    return {ok, log.text};
}

std::vector<std::string> payload_files() {
    std::vector<std::string> bodies;
    for (const auto& file : std::filesystem::directory_iterator(WA_ERRORS_PAYLOAD_DIR)) {
        std::ifstream in(file.path(), std::ios::binary);
        std::ostringstream body;
        body << in.rdbuf();
        bodies.push_back(body.str());
    }
    return bodies;
}

}  // namespace

TEST_CASE("The direct JSON parser gives json::sax_parse's events and verdict on every test payload") {
    INFO("nlohmann " << NLOHMANN_JSON_VERSION_MAJOR << '.' << NLOHMANN_JSON_VERSION_MINOR << '.'
                     << NLOHMANN_JSON_VERSION_PATCH
                     << (wa_errors::payload::detail::direct_sax ? ", direct path" : ", public path"));
    const std::vector<std::string> bodies = payload_files();
    REQUIRE_FALSE(bodies.empty());
    for (const std::string& body : bodies) {
        CAPTURE(body);
        const outcome ours = through_library(body, static_cast<std::size_t>(-1));
        const outcome theirs = through_nlohmann(body, static_cast<std::size_t>(-1));
        CHECK(ours.accepted == theirs.accepted);
        CHECK(ours.events == theirs.events);
    }
}

TEST_CASE("The direct JSON parser reports bad JSON, trailing text and a refused event as json::sax_parse does") {
    const std::vector<std::string> texts = {"",
                                            "   ",
                                            "{",
                                            "[1, 2",
                                            "{\"a\": }",
                                            "{\"a\": 1} trailing",
                                            "1e400",
                                            "-0.5e3",
                                            "\"\\ud800\"",
                                            "\xef\xbb\xbf{}",
                                            "{\"a\": \"\xff\"}",
                                            "/* comment */ {}",
                                            "[1,]",
                                            "nul",
                                            "{\"error\": {\"code\": 131047, \"message\": \"Re-engagement\"}}"};
    for (const std::string& text : texts) {
        CAPTURE(text);
        for (std::size_t stop_after : {std::size_t{1}, std::size_t{2}, static_cast<std::size_t>(-1)}) {
            CAPTURE(stop_after);
            const outcome ours = through_library(text, stop_after);
            const outcome theirs = through_nlohmann(text, stop_after);
            CHECK(ours.accepted == theirs.accepted);
            CHECK(ours.events == theirs.events);
        }
    }
}
