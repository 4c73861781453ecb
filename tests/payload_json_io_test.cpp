// SPDX-License-Identifier: MIT
// payload/json_io.hpp: entries, parsed errors and decisions as the JSON of docs/cli.md, for
// nlohmann::json and nlohmann::ordered_json alike.
#include <string>
#include <vector>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/json_io.hpp>

#include "catch.hpp"
#include "support/payload_fixture.hpp"

using namespace wa_errors;
using nlohmann::ordered_json;
using wa_errors_test::payload_fixture;

namespace {

// The keys of docs/cli.md's tables, in their order.
const std::vector<std::string> entry_keys = {"id",          "source",      "code",        "subcode", "title",
                                             "http_status", "category",    "retryable",   "retry",   "hold",
                                             "action",      "description", "remediation", "docs"};
const std::vector<std::string> retry_keys = {
    "kind",       "scope",        "initial_delay_ms", "min_delay_ms", "max_delay_ms",
    "multiplier", "max_attempts", "max_elapsed_ms",   "outcome",      "repeat_min_delay_ms"};
const std::vector<std::string> payload_keys = {"message", "details",      "fbtrace_id",
                                               "context", "is_transient", "response_status"};
const std::vector<std::string> context_keys = {"message_id", "recipient_id", "phone_number_id",
                                               "status",     "user_id",      "biz_opaque_callback_data"};
const std::vector<std::string> decision_keys = {
    "retry",  "delay_ms",      "floor_ms",          "scope", "pause_ms", "hold",
    "action", "may_duplicate", "counts_as_attempt", "reason"};

std::vector<std::string> keys_of(const ordered_json& j) {
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    return keys;
}

std::string text(std::string_view s) { return std::string(s); }

}  // namespace

TEST_CASE("every catalog entry is written with the keys and values of the CLI's JSON contract") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const ordered_json j = e;
        REQUIRE(keys_of(j) == entry_keys);
        CHECK(j["id"] == text(e.id));
        CHECK(j["source"] == text(to_string(e.source)));
        CHECK(j["code"] == (e.code ? ordered_json(*e.code) : ordered_json(nullptr)));
        CHECK(j["subcode"] == (e.subcode ? ordered_json(*e.subcode) : ordered_json(nullptr)));
        CHECK(j["title"] == text(e.title));
        CHECK(j["http_status"] == e.http_status);
        CHECK(j["category"] == text(to_string(e.category)));
        CHECK(j["retryable"] == is_retryable(e));
        REQUIRE(keys_of(j["retry"]) == retry_keys);
        CHECK(j["retry"]["kind"] == text(to_string(e.retry.kind)));
        CHECK(j["retry"]["scope"] == text(to_string(e.retry.scope)));
        CHECK(j["retry"]["initial_delay_ms"] == e.retry.initial_delay_ms);
        CHECK(j["retry"]["min_delay_ms"] == e.retry.min_delay_ms);
        CHECK(j["retry"]["max_delay_ms"] == e.retry.max_delay_ms);
        CHECK(j["retry"]["multiplier"] == e.retry.multiplier);
        CHECK(j["retry"]["max_attempts"] == e.retry.max_attempts);
        CHECK(j["retry"]["max_elapsed_ms"] == e.retry.max_elapsed_ms);
        CHECK(j["retry"]["outcome"] == text(to_string(e.retry.outcome)));
        CHECK(j["action"] == text(to_string(e.action)));
        CHECK(j["description"] == text(e.description));
        CHECK(j["remediation"] == text(e.remediation));
        CHECK(j["docs"] == text(e.docs));
    }
}

TEST_CASE("nlohmann::json and ordered_json hold the same entry, in different key orders") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const nlohmann::json sorted = e;
        const ordered_json ordered = e;
        CHECK(sorted == nlohmann::json::parse(ordered.dump()));
    }
}

TEST_CASE("a parsed error is its entry under the payload's code, then the payload's fields") {
    const auto r = payload::parse(
        R"({"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388072,)"
        R"("is_transient":false,"error_data":{"details":"Body format"},"fbtrace_id":"Tr4ce"}})",
        400);
    REQUIRE(r.errors.size() == 1);
    const payload::parsed_error& p = r.errors.front();
    const ordered_json j = p;
    std::vector<std::string> keys = entry_keys;
    keys.insert(keys.end(), payload_keys.begin(), payload_keys.end());
    REQUIRE(keys_of(j) == keys);
    ordered_json entry = *p.info;
    for (const auto& item : entry.items()) CHECK(j[item.key()] == item.value());
    CHECK(j["code"] == 100);
    CHECK(j["subcode"] == 2388072);
    CHECK(j["message"] == "(#100) Invalid parameter");
    CHECK(j["details"] == "Body format");
    CHECK(j["fbtrace_id"] == "Tr4ce");
    CHECK(j["is_transient"] == false);
    CHECK(j["response_status"] == 400);
    REQUIRE(keys_of(j["context"]) == context_keys);
}

TEST_CASE("a code inside a range keeps the number it came with, not the entry's first") {
    const auto r = payload::parse(R"({"error":{"message":"Permission","code":250}})", 403);
    REQUIRE(r.errors.size() == 1);
    const ordered_json j = r.errors.front();
    CHECK(j["id"] == "meta.200_299");
    CHECK(j["code"] == 250);
}

TEST_CASE("a webhook's context is written field by field") {
    const std::string body = payload_fixture("webhook_status_131049.json");
    const auto r = payload::parse(body);
    REQUIRE(r.errors.size() == 1);
    const payload::parsed_error& p = r.errors.front();
    const ordered_json j = p;
    CHECK(j["id"] == "meta.131049.us_recipient");
    CHECK(j["context"]["message_id"] == p.context.message_id);
    CHECK(j["context"]["recipient_id"] == "16505551234");
    CHECK(j["context"]["phone_number_id"] == "106540352242922");
    CHECK(j["context"]["status"] == "failed");
    CHECK(j["context"]["user_id"] == p.context.user_id);
    CHECK(j["context"]["biz_opaque_callback_data"] == p.context.biz_opaque_callback_data);
    CHECK_FALSE(p.context.message_id.empty());
}

TEST_CASE("a parsed error with no entry is written with a null id and the payload's fields") {
    payload::parsed_error p;
    p.code = 42;
    p.message = "no entry";
    const ordered_json j = p;
    CHECK(j["id"] == nullptr);
    CHECK(j["code"] == 42);
    CHECK(j["subcode"] == nullptr);
    CHECK(j["message"] == "no entry");
    CHECK_FALSE(j.contains("category"));
}

TEST_CASE("every catalog entry's first decision is written with the keys and values of decide --json") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const retry_decision d = decide(e, retry_input{});
        const ordered_json j = d;
        REQUIRE(keys_of(j) == decision_keys);
        CHECK(j["retry"] == d.retry);
        CHECK(j["delay_ms"] == d.delay.count());
        CHECK(j["floor_ms"] == d.floor.count());
        CHECK(j["scope"] == text(to_string(d.scope)));
        if (d.pause == until_fixed)
            CHECK(j["pause_ms"] == "until_fixed");
        else
            CHECK(j["pause_ms"] == d.pause.count());
        CHECK(j["action"] == text(to_string(d.next)));
        CHECK(j["may_duplicate"] == d.may_duplicate);
        CHECK(j["counts_as_attempt"] == d.counts_as_attempt);
        CHECK(j["reason"] == text(to_string(d.reason)));
    }
}

TEST_CASE("a decision to pause until fixed writes until_fixed, not a number") {
    const error_info* e = find("meta.190");
    REQUIRE(e != nullptr);
    const ordered_json j = decide(*e, retry_input{});
    CHECK(j["retry"] == false);
    CHECK(j["pause_ms"] == "until_fixed");
}
