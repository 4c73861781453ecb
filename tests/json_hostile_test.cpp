// json.hpp under hostile input: each case has one defined outcome, and nothing throws or crashes.
#include <limits>
#include <string>

#include <wa_errors/json.hpp>

#include "catch.hpp"

using namespace wa_errors;
using wa_errors::json::parse;
using wa_errors::json::parse_status;

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

TEST_CASE("a code of 10^30 is no code; the status decides") {
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

TEST_CASE("duplicate keys: the last one wins on both paths") {
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
