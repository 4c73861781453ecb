// SPDX-License-Identifier: MIT
// payload.hpp under hostile input: each case has one defined outcome, and nothing throws or crashes.
#include <limits>
#include <string>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/text.hpp>  // utf8_sequence_length: payload.hpp leaves it out in compiled mode

#include "catch.hpp"

using namespace wa_errors;
using wa_errors::payload::parse;
using wa_errors::payload::parse_status;

TEST_CASE("an empty body is not JSON") {
    CHECK(parse("").status == parse_status::not_json);
    CHECK(parse("", 500).errors.at(0).info->id == "generic.http_5xx");
    CHECK(parse("   \n").status == parse_status::not_json);
}

TEST_CASE("valid JSON without errors reports none") {
    for (const char* body :
         {"{}", "[]", "null", "42", "\"error\"", R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.X"}]})",
          R"({"error": null})", R"({"errors": []})", R"({"error": 42})"}) {
        INFO(body);
        const auto r = parse(body, 200);
        CHECK(r.status == parse_status::no_error_found);
        CHECK(r.errors.empty());
    }
}

TEST_CASE("10 000 nested arrays are refused without recursion") {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    const auto r = parse(deep, 400);
    CHECK(r.status == parse_status::not_json);
    CHECK(r.errors.at(0).info->id == "generic.http_4xx");
    const std::string unbalanced = std::string(100000, '[');
    CHECK(parse(unbalanced).status == parse_status::not_json);
}

TEST_CASE("nesting up to the limit is still read") {
    std::string body = R"({"error":{"code":131047}})";
    for (int i = 0; i < 50; ++i) body = "[" + body + "]";
    CHECK(parse(body).errors.at(0).info->id == "meta.131047");  // errors are found at any depth within the limit
    std::string wrapped = R"({"error":{"code":131047}})";
    for (int i = 0; i < 50; ++i) wrapped = R"({"data":)" + wrapped + "}";
    CHECK(parse(wrapped).errors.at(0).info->id == "meta.131047");
}

TEST_CASE("a code of 10^30 is no code, and the status decides") {
    const auto r = parse(R"({"error":{"code":1000000000000000000000000000000,"message":"huge"}})", 429);
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.errors[0].code.has_value());
    CHECK(r.errors[0].info->id == "generic.http_429");
    CHECK_FALSE(parse(R"({"error":{"code":18446744073709551615}})").errors.at(0).code.has_value());
    CHECK_FALSE(parse(R"({"error":{"code":"99999999999999999999999"}})").errors.at(0).code.has_value());
    CHECK_FALSE(parse(R"({"error":{"code":1.5}})").errors.at(0).code.has_value());
    CHECK(parse(R"({"error":{"code":-1}})", 400).errors.at(0).info->id == "generic.http_4xx");
}

TEST_CASE("NaN is not JSON") {
    CHECK(parse(R"({"error":{"code":NaN}})", 500).status == parse_status::not_json);
    CHECK(parse(R"({"error":{"code":Infinity}})").status == parse_status::not_json);
}

TEST_CASE("invalid UTF-8 is repaired so the error is still read") {
    const std::string body = "{\"error\":{\"code\":131047,\"message\":\"bad \xff\xfe bytes \xc3\"}}";
    const auto r = parse(body, 400);
    REQUIRE(r.status == parse_status::ok);
    CHECK(r.errors.at(0).info->id == "meta.131047");
    CHECK(r.errors.at(0).message == "bad ?? bytes ?");
    CHECK(parse("\xff\xfe\xfd", 400).status == parse_status::not_json);
}

TEST_CASE("duplicate keys of the same type: the last one wins") {
    CHECK(parse(R"({"error":{"code":131047,"code":130429}})").errors.at(0).info->id == "meta.130429");
    const auto twice = parse(R"({"error":{"code":131047},"error":{"code":130429}})");
    REQUIRE(twice.errors.size() == 1);
    CHECK(twice.errors[0].info->id == "meta.130429");
}

TEST_CASE("keys written with \\u escapes count") {
    CHECK(parse(R"({"\u0065rror":{"c\u006fde":131047}})").errors.at(0).info->id == "meta.131047");
    CHECK(parse(R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"w","\u0065rrors":[{"code":131026}]}]}}]}]})")
              .errors.at(0)
              .info->id == "meta.131026");
}

TEST_CASE("wrong types are ignored field by field") {
    const auto r =
        parse(R"({"error":{"code":{"x":1},"message":["a"],"error_data":[1,2],"fbtrace_id":7,"title":null}})", 400);
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.errors[0].code.has_value());
    CHECK(r.errors[0].message.empty());
    CHECK(r.errors[0].info->id == "generic.http_4xx");
    CHECK(parse(R"({"errors":[1, null, true, {"code":"131047"}]})").errors.at(0).info->id == "meta.131047");
}

TEST_CASE("a 50 MB body is handled") {
    std::string body = R"({"error":{"code":131000,"message":")" + std::string(50u << 20, 'x') + R"("}})";
    auto r = parse(body, 500);
    CHECK(r.errors.at(0).info->id == "meta.131000");
    CHECK(r.errors.at(0).message.size() == (50u << 20));
    std::string padded = R"({"entry":[{"changes":[{"value":{"padding":[)";
    for (int i = 0; i < 5300000; ++i) padded += "123456789,";
    padded += R"(0],"errors":[{"code":130429}]}}]}]})";
    REQUIRE(padded.size() > 50u << 20);
    r = parse(padded);
    CHECK(r.errors.at(0).info->id == "meta.130429");
}

TEST_CASE("truncated bodies are not JSON") {
    const std::string full =
        R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429}})";
    for (std::size_t cut = 1; cut < full.size(); cut += 7) {
        INFO(cut);
        CHECK(parse(full.substr(0, cut)).status == parse_status::not_json);
    }
}

namespace {

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = wa_errors::payload::detail::utf8_sequence_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string failed_webhook(const std::string& inbound_text) {
    return R"({"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"1"},"messages":[{"id":"wamid.IN","from":"1555","type":"text","text":{"body":")" +
           inbound_text +
           R"("}}],"statuses":[{"id":"wamid.OUT","status":"failed","recipient_id":"1666","errors":[{"code":131047,"title":"Re-engagement message"}]}]}}]}]})";
}

}  // namespace

TEST_CASE("a lone surrogate escape elsewhere in a webhook loses nothing") {
    for (const char* text : {R"(hello \udc00)", R"(cut emoji \ud83d)", R"(\ud83d\ud83d twice)", R"(end \ud83d\")"}) {
        INFO(text);
        const auto r = parse(failed_webhook(text));
        REQUIRE(r.status == parse_status::ok);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info->id == "meta.131047");
        CHECK(r.errors[0].context.message_id == "wamid.OUT");
    }
    const auto graph = parse(R"({"error":{"code":131047,"message":"hi \ud83d"}})", 400);
    CHECK(graph.errors.at(0).info->id == "meta.131047");
    CHECK(graph.errors.at(0).message == "hi ?");
    // A well-formed pair and an escaped backslash before "u" are left alone.
    CHECK(parse(R"({"error":{"code":1,"message":"\ud83d\ude00 \\ud83d"}})").errors.at(0).message ==
          "\xF0\x9F\x98\x80 \\ud83d");
}

TEST_CASE("invalid UTF-8 elsewhere in a webhook loses nothing") {
    const auto r = parse(failed_webhook("bad \xC3 byte \xFF"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
}

TEST_CASE("the excerpt of a body that is not JSON is valid UTF-8 and at most 1 KiB") {
    std::string html = "<html>" + std::string(1017, 'x') + "\xC3\xA9 more";  // é straddles byte 1024
    REQUIRE(html.size() > 1024);
    auto r = parse(html, 502);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.size() <= 1024);
    CHECK(valid_utf8(r.errors[0].message));
    r = parse(std::string(65, '[') + "\"\xFF\"", 502);  // too deep, and invalid UTF-8
    CHECK(r.status == parse_status::not_json);
    CHECK(valid_utf8(r.errors.at(0).message));
    r = parse("\xFF\xFE garbage", 500);
    CHECK(valid_utf8(r.errors.at(0).message));
    r = parse("{\"a\":\"\\\xFF\xFF\" broken", 500);  // a backslash before a bad byte (found by the fuzzer)
    CHECK(valid_utf8(r.errors.at(0).message));
}

TEST_CASE("duplicate keys resolve as in a DOM whatever the types") {
    struct row {
        const char* body;
        const char* id;
    };
    for (const row& c : {row{R"({"error":{"code":131047,"code":null}})", "generic.unknown"},
                         row{R"({"error":{"code":131047,"code":null},"x":1})", "generic.unknown"},
                         row{R"({"error":{"code":131047,"code":[1]}})", "generic.unknown"},
                         row{R"({"error":{"message":"(#131047) x","message":5}})", "generic.unknown"},
                         row{R"({"error":{"code":130429},"error":{"code":131047}})", "meta.131047"}}) {
        INFO(c.body);
        const auto r = parse(c.body);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info->id == c.id);
    }
    CHECK(parse(R"({"error":{"code":1,"error_data":{"details":"a"},"error_data":"b"}})").errors.at(0).details == "b");
    CHECK(parse(R"({"error":{"code":1,"error_data":"b","error_data":{"details":"a"}}})").errors.at(0).details == "a");
    // A later duplicate replaces the errors an earlier value held, at any depth.
    CHECK(parse(R"({"statuses":[{"errors":[{"code":131047}]}],"statuses":[]})").status == parse_status::no_error_found);
    CHECK(parse(R"({"x":{"error":{"code":131047}},"x":{"error":{"code":130429}}})").errors.at(0).info->id ==
          "meta.130429");
}

TEST_CASE("a 1 MB list of empty error objects is capped, and says so") {
    std::string body = R"({"errors":[{})";
    while (body.size() < (1u << 20)) body += ",{}";
    body += "]}";
    const auto r = parse(body, 400);
    CHECK(r.status == parse_status::ok);
    CHECK(r.errors.size() == payload::max_errors);
    CHECK(r.truncated);
    CHECK(r.errors.back().info->id == "generic.http_4xx");
}

TEST_CASE("10 MB of {\"code\":1} items become at most max_errors errors, flagged") {
    std::string body = R"({"errors":[{"code":1})";
    while (body.size() < (10u << 20)) body += R"(,{"code":1})";
    body += "]}";
    const auto r = parse(body);
    CHECK(r.errors.size() == payload::max_errors);
    CHECK(r.truncated);
    CHECK_FALSE(parse(R"({"errors":[{"code":1}]})").truncated);
}

TEST_CASE("nesting far beyond the limit inside an error-looking body is refused while reading") {
    const std::string deep = R"({"errors":[],"x":)" + std::string(1000000, '[') + std::string(1000000, ']') + "}";
    const auto r = parse(deep, 400);
    CHECK(r.status == parse_status::not_json);
    CHECK(r.errors.at(0).info->id == "generic.http_4xx");
    CHECK(parse(R"({"errors":[],"x":)" + std::string(1000000, '[')).status == parse_status::not_json);
}

TEST_CASE("a number beyond a double's range costs only that number, never the body's errors") {
    const std::string digits(400, '7');
    struct row {
        std::string body;
        const char* why;
    };
    for (
        const row& c :
        {row{R"({"error":{"code":131047,"message":"m","x":1e400}})", "1e400 after the code"},
         row{R"({"x":-1e400,"error":{"code":131047}})", "-1e400 before the error"},
         row{R"({"error":{"code":131047,"x":[1E+400,-0.5e-400,1.5e308]}})", "in a list"},
         row{"{\"x\":" + digits + R"(,"error":{"code":131047}})", "a 400-digit integer before it"},
         row{R"({"error":{"code":131047,"x":-)" + digits + "}}", "a negative one inside it"},
         row{"{\"x\":0." + digits + "e400," + R"("error":{"code":131047}})", "a long fraction"},
         row{R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.A","status":"failed","pricing":{"x":1e999},"errors":[{"code":131047}]}]}}]}]})",
             "in a webhook"}}) {
        INFO(c.why);
        for (const int status : {0, 400}) {
            const auto r = parse(c.body, status);
            REQUIRE(r.status == parse_status::ok);
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0].info->id == "meta.131047");
        }
    }
    // Together with invalid UTF-8, which also sends the body to the fallback reader.
    CHECK(parse("{\"error\":{\"code\":131047,\"message\":\"\xff\",\"x\":1e400}}").errors.at(0).info->id ==
          "meta.131047");
}

TEST_CASE("a code beyond a double's range is no code: the message or the status decides") {
    const std::string digits(400, '9');
    const auto huge = parse(R"({"error":{"code":1e400}})", 400);
    REQUIRE(huge.status == parse_status::ok);
    REQUIRE(huge.errors.size() == 1);
    CHECK_FALSE(huge.errors[0].code.has_value());
    CHECK(huge.errors[0].info->id == "generic.http_4xx");
    const auto negative = parse(R"({"error":{"code":-1e400,"message":"m"}})", 429);
    CHECK_FALSE(negative.errors.at(0).code.has_value());
    CHECK(negative.errors.at(0).info->id == "generic.http_429");
    const auto wide = parse("{\"error\":{\"code\":" + digits + R"(,"message":"(#131047) Re-engagement"}})");
    CHECK(wide.errors.at(0).code == 131047);  // the message stands in, as for any unusable code
    CHECK(parse(R"({"error":{"code":131047,"error_subcode":1e400}})").errors.at(0).subcode == std::nullopt);
    CHECK_FALSE(parse(R"({"error":{"code":-9223372036854775809}})").errors.at(0).code.has_value());
}

TEST_CASE("a malformed number is still not JSON") {
    for (const char* body :
         {R"({"error":{"code":01e400}})", R"({"error":{"code":1e400.5}})", R"({"error":{"code":1.e400}})",
          R"({"error":{"code":--1e400}})", R"({"error":{"code":1e+-400}})"}) {
        INFO(body);
        CHECK(parse(body, 400).status == parse_status::not_json);
    }
}

TEST_CASE("context strings are cut at max_context_bytes, at a character boundary") {
    const std::string id = "wamid." + std::string(payload::max_context_bytes, 'A');
    const std::string accents(payload::max_context_bytes, 'x');
    const std::string recipient = accents.substr(1) + "\xC3\xA9";  // é straddles the limit
    const auto r = parse(R"({"statuses":[{"id":")" + id + R"(","recipient_id":")" + recipient +
                         R"(","status":"failed","errors":[{"code":131047},{"code":131026}]}]})");
    REQUIRE(r.errors.size() == 2);
    for (const auto& e : r.errors) {
        CHECK(e.context.message_id == id.substr(0, payload::max_context_bytes));
        CHECK(e.context.recipient_id == accents.substr(1));
        CHECK(e.context.status == "failed");
    }
}
