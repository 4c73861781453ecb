// json.hpp: every payload shape of DESIGN §8 and payload-shapes.md, classified.
#include <fstream>
#include <sstream>
#include <string>

#include <wa_errors/json.hpp>

#include "catch.hpp"

using namespace wa_errors;
using wa_errors::json::parse;
using wa_errors::json::parse_status;

namespace {

std::string payload(const std::string& name) {
    std::ifstream file(std::string(WA_ERRORS_PAYLOAD_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    REQUIRE(!text.str().empty());
    return text.str();
}

}  // namespace

TEST_CASE("a Graph error body gives its code, fields and entry") {
    const auto r = parse(payload("graph_130429.json"), 400);
    REQUIRE(r.status == parse_status::ok);
    REQUIRE(r.errors.size() == 1);
    const auto& e = r.errors[0];
    CHECK(e.info->id == "meta.130429");
    CHECK(e.code == 130429);
    CHECK(e.subcode == 2494055);
    CHECK(e.message == "(#130429) Rate limit hit");
    CHECK(e.type == "OAuthException");
    CHECK(e.details == "Cloud API message throughput has been reached.");
    CHECK(e.fbtrace_id == "Az8or2yhqkZfEZ-_4Qn_Bam");
    CHECK(e.http_status == 400);
}

TEST_CASE("a Graph error without error_data uses error_user_title and error_user_msg") {
    const auto r = parse(payload("graph_190_user_title.json"), 401);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.190");
    CHECK(r.errors[0].subcode == 460);
    CHECK(r.errors[0].title == "A title");
    CHECK(r.errors[0].details == "A message");
}

TEST_CASE("the Marketing Messages API's code 100 is told apart by its details") {
    CHECK(parse(payload("graph_mm_100.json"), 400).errors.at(0).info->id == "meta.100.template_required");
}

TEST_CASE("a Block Users partial failure gives every failed user's errors, then the top-level error") {
    const auto r = parse(payload("block_users_partial.json"), 200);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].info->id == "meta.131047.block_users");
    CHECK(r.errors[0].context.recipient_id == "14155559876");
    CHECK(r.errors[1].info->id == "meta.139100");
    CHECK(r.errors[1].context.recipient_id.empty());
}

TEST_CASE("a failed status webhook gives the error with its message, recipient and number") {
    const auto r = parse(payload("webhook_status_131049.json"));
    REQUIRE(r.errors.size() == 1);
    const auto& e = r.errors[0];
    CHECK(e.info->id == "meta.131049");
    CHECK(e.context.message_id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA");
    CHECK(e.context.recipient_id == "16505551234");
    CHECK(e.context.phone_number_id == "106540352242922");
    CHECK(e.context.status == "failed");
    CHECK(e.href == "/documentation/business-messaging/whatsapp/support/error-codes");
    CHECK(e.http_status == 0);
}

TEST_CASE("a system-level value.errors webhook gives the error with its number") {
    const auto r = parse(payload("webhook_value_errors_130429.json"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.130429");
    CHECK(r.errors[0].context.phone_number_id == "106540352242922");
    CHECK(r.errors[0].context.message_id.empty());
}

TEST_CASE("an inbound message's errors carry the message id and sender") {
    const auto r = parse(payload("webhook_message_errors_131051.json"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131051");
    CHECK(r.errors[0].context.message_id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    CHECK(r.errors[0].context.recipient_id == "16505551234");
}

TEST_CASE("several entries, changes and statuses come out in document order") {
    const auto r = parse(payload("webhook_several.json"));
    REQUIRE(r.status == parse_status::ok);
    REQUIRE(r.errors.size() == 4);
    CHECK(r.errors[0].info->id == "meta.131026");
    CHECK(r.errors[0].context.message_id == "wamid.B");
    CHECK(r.errors[0].context.phone_number_id == "900000000000001");
    CHECK(r.errors[1].info->id == "meta.131047");
    CHECK(r.errors[1].context.recipient_id == "15551110003");
    CHECK(r.errors[2].info->id == "meta.131000");
    CHECK(r.errors[2].context.phone_number_id == "900000000000002");
    CHECK(r.errors[2].context.message_id.empty());
    CHECK(r.errors[3].info->id == "meta.131053.url_server_error");  // code as a string, details decide
    CHECK(r.errors[3].context.phone_number_id == "900000000000003");
}

TEST_CASE("a webhook of delivered and read statuses holds no error") {
    const auto r = parse(payload("webhook_delivered_no_error.json"));
    CHECK(r.status == parse_status::no_error_found);
    CHECK(r.errors.empty());
}

TEST_CASE("On-Premises style errors carry the 1005 meaning in details") {
    const auto r = parse(payload("onprem_errors_1005.json"), 403);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.1005.registration_timeout");
    CHECK(r.errors[0].title == "Access denied");
    CHECK(r.errors[0].details == "Registration timeout");
}

TEST_CASE("360dialog's meta envelope is read in camelCase and snake_case") {
    CHECK(parse(payload("dialog360_meta_blocked.json")).errors.at(0).info->id == "360dialog.endpoint_blocked");
    const auto key = parse(payload("dialog360_meta_invalid_key.json"));
    CHECK(key.errors.at(0).info->id == "360dialog.invalid_api_key");
    CHECK(key.errors.at(0).http_status == 404);  // the body's httpCode when the caller gives none
    CHECK(parse(payload("dialog360_meta_invalid_key.json"), 401).errors.at(0).http_status == 401);
    CHECK(parse(payload("dialog360_meta_disabled_snake.json")).errors.at(0).info->id == "360dialog.api_disabled");
}

TEST_CASE("an On-Premises success with a meta block is no error") {
    CHECK(
        parse(
            R"({"messages":[{"id":"gBEGkYiEB1VXAglK1ZEqA1YKPrU"}],"meta":{"api_status":"stable","version":"2.51.2"}})")
            .status == parse_status::no_error_found);
}

TEST_CASE("360dialog's detail wrapper holds a Graph error") {
    CHECK(parse(payload("dialog360_detail_131055.json"), 400).errors.at(0).info->id == "meta.131055");
}

TEST_CASE("an error given as text is classified by that text") {
    const auto r = parse(payload("dialog360_error_text.json"), 401);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "360dialog.invalid_api_key");
    CHECK(r.errors[0].message == "Invalid api token.");
}

TEST_CASE("a bare error object is one error") {
    CHECK(parse(payload("bare_error.json")).errors.at(0).info->id == "meta.131026");
    const auto list =
        parse(R"([{"code": 131047, "title": "Re-engagement message"}, {"code": 130429, "message": "Rate limit hit"}])");
    REQUIRE(list.errors.size() == 2);
    CHECK(list.errors[1].info->id == "meta.130429");
}

TEST_CASE("details beside the code count like error_data.details") {
    const auto r = parse(payload("courier_top_level_details.json"), 400);
    CHECK(r.errors.at(0).info->id == "meta.131053.url_throttled");
}

TEST_CASE("codes may be numeric strings, and the message's (#code) stands in for a missing one") {
    CHECK(parse(R"({"error":{"code":"131047","message":"x"}})").errors.at(0).code == 131047);
    CHECK(parse(R"({"error":{"code":" 131047 ","message":"x"}})").errors.at(0).code == 131047);
    CHECK(parse(R"({"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit"}})")
              .errors.at(0)
              .info->id == "meta.131056");
    CHECK(parse(R"({"error":{"code":131047.0}})").errors.at(0).code == 131047);
}

TEST_CASE("FastAPI-style detail texts are errors too") {
    CHECK(parse(R"({"detail": "Invalid api token."})", 401).errors.at(0).info->id == "360dialog.invalid_api_key");
    const auto r =
        parse(R"({"detail": [{"loc": ["body", "to"], "msg": "field required", "type": "value_error.missing"}]})", 422);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "field required");
    CHECK(r.errors[0].info->id == "generic.http_4xx");
}

TEST_CASE("a body that is not JSON is one error by status, or none without a status") {
    const auto with_status = parse(payload("not_json.html"), 502);
    CHECK(with_status.status == parse_status::not_json);
    REQUIRE(with_status.errors.size() == 1);
    CHECK(with_status.errors[0].info->id == "generic.http_5xx");
    CHECK(with_status.errors[0].http_status == 502);
    const auto without = parse(payload("not_json.html"));
    CHECK(without.status == parse_status::not_json);
    CHECK(without.errors.empty());
}

TEST_CASE("the HTTP status only breaks ties and fills in") {
    CHECK(parse(R"({"error":{"code":131047,"message":"Re-engagement message"}})", 500).errors.at(0).info->id ==
          "meta.131047");
    CHECK(parse(R"({"error":{"message":"Something odd"}})", 429).errors.at(0).info->id == "generic.http_429");
    CHECK(parse(R"({"error":{"code":999999,"message":"New code"}})", 503).errors.at(0).info->id == "generic.http_5xx");
}
