// The SAX hot path and the DOM path give the same result for every shape they share.
#include <string>
#include <vector>

#include <wa_errors/json.hpp>
#include <wa_errors/testing.hpp>

#include "catch.hpp"

using namespace wa_errors;
using wa_errors::json::parse_result;

namespace {

void check_same(const parse_result& a, const parse_result& b) {
    REQUIRE(a.status == b.status);
    REQUIRE(a.errors.size() == b.errors.size());
    for (std::size_t i = 0; i < a.errors.size(); ++i) {
        const auto& x = a.errors[i];
        const auto& y = b.errors[i];
        CHECK(x.info == y.info);
        CHECK(x.code == y.code);
        CHECK(x.subcode == y.subcode);
        CHECK(x.message == y.message);
        CHECK(x.title == y.title);
        CHECK(x.type == y.type);
        CHECK(x.details == y.details);
        CHECK(x.fbtrace_id == y.fbtrace_id);
        CHECK(x.href == y.href);
        CHECK(x.http_status == y.http_status);
    }
}

// Parses through the public entry point, which must take the SAX path for these bodies.
parse_result via_sax(const std::string& body, int status) {
    json::detail::gate_handler gate;
    REQUIRE(nlohmann::json::sax_parse(body, &gate));
    REQUIRE(gate.graph_only());
    return json::parse(body, status);
}

}  // namespace

TEST_CASE("SAX and DOM agree on hand-written Graph bodies") {
    const std::vector<std::string> bodies = {
        R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},"error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})",
        R"({"error":{"message":"Message describing the error","type":"OAuthException","code":190,"error_subcode":460,"error_user_title":"A title","error_user_msg":"A message","fbtrace_id":"EJplcsCHuLu"}})",
        R"j({"error":{"message":"(#131053) Media upload error","code":"131053","details":"Request for url https://x failed with error: 503 (Service Unavailable)"}})j",
        R"({"error":{"message":"(#131056) pair rate limit hit"}})",
        R"({"error":{"code":131047,"code":130429,"title":"t","href":"/docs","error_data":"a string"}})",
        R"({"\u0065rror":{"c\u006fde":1005,"title":"Access denied","error_data":{"details":"Registration timeout"}}})",
        R"({"error":{"code":1e30,"message":"huge"}})",
        R"({"error":{"code":{"nested":[1,2,3]},"error_data":{"details":{"deep":true},"x":[{"details":"no"}]}}})",
        R"({"error":"Invalid api token."})",
        R"({"error":{}})",
    };
    for (const std::string& body : bodies) {
        INFO(body);
        for (int status : {0, 400, 429, 503}) check_same(via_sax(body, status), json::detail::parse_dom(body, status));
    }
}

TEST_CASE("SAX and DOM agree on the Graph body of every catalog entry") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const std::string body = testing::graph_error_body(e);
        check_same(via_sax(body, testing::response_status(e)),
                   json::detail::parse_dom(body, testing::response_status(e)));
    }
}

TEST_CASE("the quick no-error scan never contradicts the full parser") {
    const std::vector<std::string> bodies = {
        R"({"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"statuses":[{"id":"w","status":"read"}]}}]}]})",
        R"({"statuses":[{"id":"w","status":"delivered","pricing":{"billable":true,"category":"utility"}}]})",
        R"({"\u0065rror":{"code":131047}})",  // an escaped key still counts
        R"({"a":"\uD83D\uDE00"})",            // surrogate pairs: left to the full parser
        R"({"a":"\uDE00"})",                  // a lone surrogate: invalid
        "{\"a\":\"caf\xc3\xa9\"}",            // valid UTF-8
        "{\"a\":\"\xff\"}",                   // invalid UTF-8: repaired by the full parser
        R"({"a":01})",
        R"({"a":1.})",
        R"({"a":-})",
        R"({"a":1e})",
        R"({"a":[1,]})",
        R"({"a":1,})",
        R"({"a" 1})",
        R"([1,2,3] x)",
        R"("text")",
        "",
        "   ",
        "nul",
        "[",
        "]",
        "{}",
        "[]",
        R"({"a":{"b":{"c":[[[]]]}}})",
        R"([{"code":131047,"message":"x"}])",
        R"({"code":131047,"message":"x"})",
        R"({"x":{"code":1}})",
        R"({"meta":{"api_status":"stable"}})",
        R"({"detail":"Not authenticated"})",
        std::string(70, '[') + std::string(70, ']'),
        R"({"a":"\q"})",
        "6e9100",
        R"({"a":1e400})",
        R"([-1.5e3])",
        "1" + std::string(400, '0'),
        "{\"a\":\"tab\there\"}",
        R"({"a":true,"b":false,"c":null,"d":-0.5e+10})",
    };
    for (const std::string& body : bodies) {
        INFO(body);
        const auto verdict = json::detail::scan_for_error_keys(body).verdict;
        const auto full = json::detail::parse_full(body, 400, true);
        if (verdict == json::detail::scan_verdict::no_error_keys)
            CHECK(full.status == json::parse_status::no_error_found);
        if (full.status == json::parse_status::ok) CHECK(verdict != json::detail::scan_verdict::no_error_keys);
        const auto answer = json::parse(body, 400);
        CHECK(answer.status == full.status);
        CHECK(answer.errors.size() == full.errors.size());
    }
}

TEST_CASE("the quick scan answers the webhooks that carry no error") {
    const std::string delivered =
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.X","status":"delivered","timestamp":"1750263773","recipient_id":"16505551234"}]},"field":"messages"}]}]})";
    CHECK(json::detail::scan_for_error_keys(delivered).verdict == json::detail::scan_verdict::no_error_keys);
}

TEST_CASE("routing past the SAX pass gives the same answer as the full path") {
    std::vector<std::string> bodies = {
        R"({"meta":{"success":false,"httpCode":400,"developerMessage":"You have exceeded the limit of 1 request every 5 seconds."}})",
        R"({"x":1,"error":{"code":131047}})",
        R"({"errors":[{"code":1005,"details":"Registration timeout"}]})",
        "{\"meta\":{\"developerMessage\":\"bad \xff byte\"}}",
        std::string(70, '[') + R"({"error":{"code":1}})" + std::string(70, ']'),
        R"({"detail":{"error":{"code":131055}},"x":)",
        R"([{"code":131047,"title":"t"}])"};
    for (const error_info& e : catalog()) {
        bodies.push_back(testing::webhook_failed_status(e, "wamid.Z", "1"));
        bodies.push_back(testing::dialog360_error_body(e));
    }
    for (const std::string& body : bodies) {
        INFO(body);
        const auto fast = json::parse(body, 400);
        const auto full = json::detail::parse_full(body, 400, true);
        REQUIRE(fast.status == full.status);
        REQUIRE(fast.errors.size() == full.errors.size());
        for (std::size_t i = 0; i < fast.errors.size(); ++i) CHECK(fast.errors[i].info == full.errors[i].info);
    }
}
