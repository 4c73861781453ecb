// SPDX-License-Identifier: MIT
// payload.hpp: every payload shape, classified, with its context.
#include <string>

#include <wa_errors/payload.hpp>

#include "catch.hpp"
#include "support/payload_fixture.hpp"

using namespace wa_errors;
using wa_errors::payload::parse;
using wa_errors::payload::parse_status;
using wa_errors_test::payload_fixture;

TEST_CASE("a Graph error body gives its code, fields and entry") {
    const auto r = parse(payload_fixture("graph_130429.json"), 400);
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
    const auto r = parse(payload_fixture("graph_190_user_title.json"), 401);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.190");
    CHECK(r.errors[0].subcode == 460);
    CHECK(r.errors[0].title == "A title");
    CHECK(r.errors[0].details == "A message");
}

TEST_CASE("the Marketing Messages API's code 100 is told apart by its details") {
    CHECK(parse(payload_fixture("graph_mm_100.json"), 400).errors.at(0).info->id == "meta.100.template_required");
}

TEST_CASE("a Block Users partial failure gives every failed user's errors, then the top-level error") {
    const auto r = parse(payload_fixture("block_users_partial.json"), 200);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].info->id == "meta.131047.block_users");
    CHECK(r.errors[0].context.recipient_id == "14155559876");
    CHECK(r.errors[1].info->id == "meta.139100");
    CHECK(r.errors[1].context.recipient_id.empty());
}

TEST_CASE("a failed status webhook gives the error with its message, recipient and number") {
    const auto r = parse(payload_fixture("webhook_status_131049.json"));
    REQUIRE(r.errors.size() == 1);
    const auto& e = r.errors[0];
    CHECK(e.info->code == 131049);  // the entry may depend on the recipient, which is passed on
    CHECK(e.context.message_id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0QUQ2MjA4NEYyRkExNjMyREUA");
    CHECK(e.context.recipient_id == "16505551234");
    CHECK(e.context.phone_number_id == "106540352242922");
    CHECK(e.context.status == "failed");
    CHECK(e.href == "/documentation/business-messaging/whatsapp/support/error-codes");
    CHECK(e.http_status == 0);
}

TEST_CASE("a system-level value.errors webhook gives the error with its number") {
    const auto r = parse(payload_fixture("webhook_value_errors_130429.json"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.130429");
    CHECK(r.errors[0].context.phone_number_id == "106540352242922");
    CHECK(r.errors[0].context.message_id.empty());
}

TEST_CASE("an inbound message's errors carry the message id and sender") {
    const auto r = parse(payload_fixture("webhook_message_errors_131051.json"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131051");
    CHECK(r.errors[0].context.message_id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    CHECK(r.errors[0].context.recipient_id == "16505551234");
}

TEST_CASE("several entries, changes and statuses come out in document order") {
    const auto r = parse(payload_fixture("webhook_several.json"));
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
    const auto r = parse(payload_fixture("webhook_delivered_no_error.json"));
    CHECK(r.status == parse_status::no_error_found);
    CHECK(r.errors.empty());
}

TEST_CASE("On-Premises style errors carry the 1005 meaning in details") {
    const auto r = parse(payload_fixture("onprem_errors_1005.json"), 403);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.1005.registration_timeout");
    CHECK(r.errors[0].title == "Access denied");
    CHECK(r.errors[0].details == "Registration timeout");
}

TEST_CASE("360dialog's meta envelope is read in camelCase and snake_case") {
    CHECK(parse(payload_fixture("dialog360_meta_blocked.json")).errors.at(0).info->id == "360dialog.endpoint_blocked");
    const auto key = parse(payload_fixture("dialog360_meta_invalid_key.json"));
    CHECK(key.errors.at(0).info->id == "360dialog.invalid_api_key");
    CHECK(key.errors.at(0).http_status == 404);  // the body's httpCode when the caller gives none
    CHECK(parse(payload_fixture("dialog360_meta_invalid_key.json"), 401).errors.at(0).http_status == 401);
    CHECK(parse(payload_fixture("dialog360_meta_disabled_snake.json")).errors.at(0).info->id ==
          "360dialog.api_disabled");
}

TEST_CASE("an On-Premises success with a meta block is no error") {
    CHECK(
        parse(
            R"({"messages":[{"id":"gBEGkYiEB1VXAglK1ZEqA1YKPrU"}],"meta":{"api_status":"stable","version":"2.51.2"}})")
            .status == parse_status::no_error_found);
}

TEST_CASE("360dialog's detail wrapper holds a Graph error") {
    CHECK(parse(payload_fixture("dialog360_detail_131055.json"), 400).errors.at(0).info->id == "meta.131055");
}

TEST_CASE("an error given as text is classified by that text") {
    const auto r = parse(payload_fixture("dialog360_error_text.json"), 401);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "360dialog.invalid_api_key");
    CHECK(r.errors[0].message == "Invalid api token.");
}

TEST_CASE("a bare error object is one error") {
    CHECK(parse(payload_fixture("bare_error.json")).errors.at(0).info->id == "meta.131026");
    const auto list =
        parse(R"([{"code": 131047, "title": "Re-engagement message"}, {"code": 130429, "message": "Rate limit hit"}])");
    REQUIRE(list.errors.size() == 2);
    CHECK(list.errors[1].info->id == "meta.130429");
}

TEST_CASE("details beside the code count like error_data.details") {
    const auto r = parse(payload_fixture("courier_top_level_details.json"), 400);
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
    const auto with_status = parse(payload_fixture("not_json.html"), 502);
    CHECK(with_status.status == parse_status::not_json);
    REQUIRE(with_status.errors.size() == 1);
    CHECK(with_status.errors[0].info == &classify(error_ref{502, {}, {}, {}, {}, {}, {}, {}}));
    CHECK(with_status.errors[0].http_status == 502);
    const auto without = parse(payload_fixture("not_json.html"));
    CHECK(without.status == parse_status::not_json);
    CHECK(without.errors.empty());
}

TEST_CASE("the HTTP status only breaks ties and fills in") {
    CHECK(parse(R"({"error":{"code":131047,"message":"Re-engagement message"}})", 500).errors.at(0).info->id ==
          "meta.131047");
    CHECK(parse(R"({"error":{"message":"Something odd"}})", 429).errors.at(0).info->id == "generic.http_429");
    CHECK(parse(R"({"error":{"code":999999,"message":"New code"}})", 503).errors.at(0).info ==
          &classify(error_ref{503, {}, {}, {}, {}, {}, {}, {}}));
}

TEST_CASE("Graph's is_transient flag is kept") {
    const auto r =
        parse(R"({"error":{"code":4,"error_subcode":2446079,"is_transient":true,"message":"(#4) limit"}})", 429);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].is_transient == true);
    CHECK(r.errors[0].subcode == 2446079);
    CHECK_FALSE(parse(R"({"error":{"code":4}})").errors.at(0).is_transient.has_value());
    CHECK_FALSE(parse(R"({"error":{"code":4,"is_transient":"yes"}})").errors.at(0).is_transient.has_value());
}

TEST_CASE("360dialog's meta.error holds Meta's error as JSON text, read as a Graph body") {
    const auto r = parse(
        R"({"meta":{"360dialog_trace_id":"abc","developer_message":"Invalid payload","error":"{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":2388046,\"fbtrace_id\":\"F1\"}}","http_code":400,"success":false}})");
    REQUIRE(r.errors.size() == 1);
    const auto& e = r.errors[0];
    CHECK(e.shape == payload::shape::meta_embedded);
    CHECK(e.code == 100);
    CHECK(e.subcode == 2388046);
    CHECK(e.fbtrace_id == "F1");
    CHECK(e.http_status == 400);  // the envelope's http_code
    CHECK(e.info->code == 100);
}

TEST_CASE("360dialog's developer_message \"Invalid payload (<json>)\" is read when meta.error is missing") {
    const auto r = parse(
        R"j({"meta":{"developer_message":"Invalid payload ({\"error\":{\"code\":131047,\"message\":\"Re-engagement message\"}})","http_code":400,"success":false}})j");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].shape == payload::shape::meta_embedded);
    CHECK(r.errors[0].info->id == "meta.131047");
    // Text that only looks like it stays the envelope's message.
    const auto plain = parse(R"j({"meta":{"developer_message":"Invalid payload (not json)","success":false}})j");
    REQUIRE(plain.errors.size() == 1);
    CHECK(plain.errors[0].shape == payload::shape::meta);
    CHECK(plain.errors[0].message == "Invalid payload (not json)");
}

TEST_CASE("a string httpCode counts only within 100-599") {
    const auto wrapped = parse(R"({"meta":{"success":false,"httpCode":"4294967725","developerMessage":"x"}})");
    CHECK(wrapped.errors.at(0).http_status == 0);
    CHECK(wrapped.errors.at(0).info->id != "generic.http_429");
    CHECK(parse(R"({"error":{"code":1,"httpCode":"4294967725"}})").errors.at(0).http_status == 0);
    CHECK(parse(R"({"meta":{"success":false,"httpCode":"429","developerMessage":"x"}})").errors.at(0).http_status ==
          429);
    CHECK(parse(R"({"meta":{"success":false,"http_code":99,"developerMessage":"x"}})").errors.at(0).http_status == 0);
}

TEST_CASE("history[].errors[] in a history webhook are found") {
    const auto r = parse(
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"106540352242922"},"history":[{"errors":[{"code":2593109,"title":"History sync is turned off","message":"History sync is turned off"}]}]},"field":"history"}]}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == 2593109);
    CHECK(r.errors[0].context.phone_number_id == "106540352242922");
}

TEST_CASE("top-level statuses[] without the entry wrapper carry their context") {
    const auto r = parse(
        R"({"statuses":[{"id":"wamid.X","status":"failed","recipient_id":"15550001111","biz_opaque_callback_data":"order-7","errors":[{"code":131026,"title":"Message undeliverable"}]}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131026");
    CHECK(r.errors[0].context.message_id == "wamid.X");
    CHECK(r.errors[0].context.recipient_id == "15550001111");
    CHECK(r.errors[0].context.biz_opaque_callback_data == "order-7");
}

TEST_CASE("context given after the errors in its item still applies") {
    const auto r = parse(
        R"({"entry":[{"changes":[{"value":{"statuses":[{"errors":[{"code":131047}],"status":"failed","id":"wamid.L","recipient_id":"1555"}],"metadata":{"phone_number_id":"42"}}}]}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].context.message_id == "wamid.L");
    CHECK(r.errors[0].context.recipient_id == "1555");
    CHECK(r.errors[0].context.phone_number_id == "42");
}

TEST_CASE("a business-scoped user id (BSUID) is kept, and stands in for a missing phone number") {
    const auto status = parse(
        R"({"statuses":[{"id":"wamid.B","status":"failed","recipient_user_id":"US.13491208655302741918","errors":[{"code":131047}]}]})");
    REQUIRE(status.errors.size() == 1);
    CHECK(status.errors[0].context.user_id == "US.13491208655302741918");
    CHECK(status.errors[0].context.recipient_id.empty());
    const auto message = parse(
        R"({"messages":[{"id":"wamid.M","from":"16505551234","from_user_id":"US.1","errors":[{"code":131051}]}]})");
    CHECK(message.errors.at(0).context.user_id == "US.1");
    CHECK(message.errors.at(0).context.recipient_id == "16505551234");
    const auto block =
        parse(R"({"block_users":{"failed_users":[{"input":"+1415","user_id":"US.9","errors":[{"code":131047}]}]}})");
    CHECK(block.errors.at(0).context.recipient_id == "+1415");  // input, when wa_id is missing
    CHECK(block.errors.at(0).context.user_id == "US.9");
}

TEST_CASE("a JSON body without an error object under an error status is one error by status") {
    const auto gateway = parse(R"({"message":"Endpoint request timed out"})", 504);
    CHECK(gateway.status == parse_status::ok);
    REQUIRE(gateway.errors.size() == 1);
    CHECK(gateway.errors[0].shape == payload::shape::by_status);
    CHECK(gateway.errors[0].message == "Endpoint request timed out");
    CHECK(gateway.errors[0].info == &classify(error_ref{504, {}, {}, {}, {}, {}, {}, {}}));
    CHECK(parse(R"({"message":"Endpoint request timed out"})", 200).status == parse_status::no_error_found);
    CHECK(parse(R"({"message":"Endpoint request timed out"})").errors.empty());
    CHECK(parse("[1,2]", 429).errors.at(0).info->id == "generic.http_429");
}

TEST_CASE("every error says which shape it came from") {
    CHECK(parse(payload_fixture("graph_130429.json")).errors.at(0).shape == payload::shape::error_member);
    CHECK(parse(payload_fixture("webhook_status_131049.json")).errors.at(0).shape == payload::shape::errors_item);
    CHECK(parse(payload_fixture("dialog360_meta_blocked.json")).errors.at(0).shape == payload::shape::meta);
    CHECK(parse(payload_fixture("bare_error.json")).errors.at(0).shape == payload::shape::bare);
    CHECK(parse(R"({"detail": "Invalid api token."})", 401).errors.at(0).shape == payload::shape::detail);
    CHECK(parse(payload_fixture("not_json.html"), 502).errors.at(0).shape == payload::shape::by_status);
}
