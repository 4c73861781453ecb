// SPDX-License-Identifier: MIT
// The reader's quick pass: where it finishes, nlohmann accepts the text and sends the same events
// with the same values; on everything outside its subset it gives up, and parse() still answers
// as nlohmann decides.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/quick_reader.hpp>  // payload.hpp leaves it out in compiled mode

#include "catch.hpp"
#include "support/sax_recorder.hpp"

namespace {

using recorder = wa_errors_test::sax_recorder;
namespace d = wa_errors::payload::detail;

bool quick_reads(std::string_view text, recorder& events) { return d::quick_pass<recorder>(text, events).run(); }

std::vector<std::string> nlohmann_events(std::string_view text) {
    recorder events;
    REQUIRE(nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &events));
    return events.events;
}

}  // namespace

TEST_CASE("the quick pass sends nlohmann's events for the JSON it reads") {
    for (std::string_view text : {
             R"({"error":{"message":"(#130429) Rate limit hit","code":130429,"error_subcode":2494055}})",
             R"( { "a" : [ 1 , -2 , 0 , -0 , true , false , null , { } , [ ] ] } )",
             "[\n\t1,\r\n2 ]",
             R"("a string alone")",
             "123456789012345678",
             "-123456789012345678",
             R"({"escapes":"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20ac \ud83d\ude00 \u0000"})",
             R"({"utf8":"é € 😀 ü","key with \"quote\"":1})",
             R"({"dup":1,"dup":"two"})",
             "{}",
             "[]",
         }) {
        INFO(text);
        recorder quick;
        REQUIRE(quick_reads(text, quick));
        CHECK(quick.events == nlohmann_events(text));
    }
}

TEST_CASE("the quick pass gives up on what it leaves to nlohmann") {
    for (std::string_view text : {
             "1.5",
             "1e3",
             "-1E-2",
             "1234567890123456789",  // fractions, exponents, more than 18 digits
             "\xEF\xBB\xBF{}",       // a byte order mark
             R"("\ud83d")",
             R"("\ude00 alone")",
             R"("\ud83d\u0041")",
             R"("\ud83dXude00")",  // lone surrogate escapes
             "\"\xC3\x28\"",
             "\"\xED\xA0\x80\"",  // invalid UTF-8
             "",
             "   ",
             "{",
             "[1,]",
             "{\"a\":1,}",
             "{\"a\" 1}",
             "01",
             "-",
             "tru",
             "nul",
             "\"open",
             "\"tab\there\"",
             R"("\x")",
             R"("\u12")",
             "[1] 2",
             "{\"a\":1}}",
         }) {
        INFO(text);
        recorder quick;
        CHECK_FALSE(quick_reads(text, quick));
    }
}

TEST_CASE("what the quick pass gives up on is still read, or refused, as nlohmann decides") {
    using wa_errors::payload::parse;
    using wa_errors::payload::parse_status;
    // A code written as a float, and a body with a byte order mark: nlohmann reads both.
    CHECK(parse(R"({"error":{"code":131047.0,"message":"Re-engagement message"}})").errors.at(0).code == 131047);
    CHECK(parse("\xEF\xBB\xBF{\"error\":{\"code\":131047,\"message\":\"m\"}}").errors.at(0).code == 131047);
    // A lone surrogate in one text is repaired, and the error beside it is still found.
    const auto repaired = parse(R"({"error":{"code":131047,"message":"cut \ud83d here"}})");
    REQUIRE(repaired.errors.size() == 1);
    CHECK(repaired.errors[0].message == "cut ? here");
    // A high surrogate followed by "Xude00" is no pair: the 'X' is not a backslash.
    const auto unpaired = parse(R"({"error":{"code":131047,"message":"a \ud83dXude00 b"}})");
    REQUIRE(unpaired.errors.size() == 1);
    CHECK(unpaired.errors[0].message == "a ?Xude00 b");
    // Invalid JSON stays invalid.
    CHECK(parse(R"({"error":{"code":131047,}})").status == parse_status::not_json);
}

TEST_CASE("deep nesting stops the quick pass at the reader's limit, with no recursion") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    recorder quick;
    CHECK_FALSE(quick_reads(deep, quick));
    CHECK(quick.events.size() == static_cast<std::size_t>(d::max_depth));  // the opens it got through
}
