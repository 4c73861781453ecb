// SPDX-License-Identifier: MIT
// payload::parse_response: a whole response, its errors, the server's hint and usage levels.
#include <chrono>
#include <map>
#include <string>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>

#include "catch.hpp"

using namespace std::chrono_literals;
using wa_errors::server_hint;
namespace payload = wa_errors::payload;

namespace {

const auto noon = std::chrono::system_clock::time_point(std::chrono::seconds(1795608000));  // 2026-11-25 12:00 UTC

}  // namespace

TEST_CASE("a response's errors, Retry-After and usage come back together") {
    payload::response_view response;
    response.status = 429;
    response.body = R"({"error":{"code":130429,"message":"(#130429) Rate limit hit"}})";
    response.headers = {
        {"retry-after", "120"},
        {"X-Business-Use-Case-Usage", R"({"1":[{"type":"x","call_count":80,"estimated_time_to_regain_access":1}]})"}};
    response.now = noon;
    const auto r = payload::parse_response(response);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.130429");
    CHECK(r.hint == server_hint::wait_for(120s));  // the longer of 120 s and 1 min
    CHECK(r.usage.levels.size() == 1);
}

TEST_CASE("header names are case-insensitive and a longer usage regain wins") {
    payload::response_view response;
    response.status = 400;
    response.body = R"({"error":{"code":80007}})";
    response.headers = {{"RETRY-AFTER", "5"},
                        {"x-business-use-case-usage", R"({"1":[{"type":"x","estimated_time_to_regain_access":3.5}]})"}};
    response.now = noon;
    CHECK(payload::parse_response(response).hint == server_hint::wait_for(210s));
}

TEST_CASE("a Retry-After date is measured against the response's Date header") {
    payload::response_view response;
    response.status = 503;
    response.headers = {{"Date", "Wed, 25 Nov 2026 12:00:00 GMT"}, {"Retry-After", "Wed, 25 Nov 2026 12:00:20 GMT"}};
    response.now = noon + 30s;  // a local clock 30 s fast would otherwise give 0
    const auto r = payload::parse_response(response);
    CHECK(r.hint == server_hint::wait_for(20s));
    CHECK(r.status == payload::parse_status::not_json);  // an empty body under 503
    CHECK(r.errors.at(0).info == &wa_errors::classify(wa_errors::error_ref{503, {}, {}, {}, {}, {}, {}, {}}));
}

TEST_CASE("repeated headers all count, and a saturated app means a one-minute wait") {
    payload::response_view response;
    response.status = 200;
    response.body = R"({"messages":[{"id":"wamid.X"}]})";
    response.headers = {{"Retry-After", "1"}, {"Retry-After", "7"}, {"X-App-Usage", R"({"call_count":100})"}};
    response.now = noon;
    const auto r = payload::parse_response(response);
    CHECK(r.status == payload::parse_status::no_error_found);
    CHECK(r.hint == server_hint::wait_for(60s));
    CHECK(r.usage.levels.at(0).type == "app");
}

TEST_CASE("no headers give no hint, and headers can come from any map") {
    const std::map<std::string, std::string> headers = {{"Retry-After", "9"}, {"Content-Type", "application/json"}};
    payload::response_view response;
    response.status = 503;
    response.body = "upstream connect error";
    response.headers = payload::headers_from(headers);
    response.now = noon;
    CHECK(payload::parse_response(response).hint == server_hint::wait_for(9s));
    response.headers.clear();
    const auto r = payload::parse_response(response);
    CHECK(r.hint == server_hint::none());
    CHECK(r.usage.status == payload::usage_status::absent);
}

TEST_CASE("a malformed usage header is reported and gives no hint") {
    payload::response_view response;
    response.headers = {{"X-Business-Use-Case-Usage", "garbage"}};
    response.now = noon;
    const auto r = payload::parse_response(response);
    CHECK(r.usage.status == payload::usage_status::malformed);
    CHECK(r.hint == server_hint::none());
}
