// SPDX-License-Identifier: MIT
// testing.hpp: every fixture parses back to the entry it was made from.
#include "catch.hpp"

#include <stdexcept>

#include <wa_errors/payload.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/testing.hpp>

using namespace wa_errors;

TEST_CASE("graph_error_body round-trips every entry through parse") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        if (!e.recipient_prefix.empty()) continue;      // a Graph body names no recipient
        if (e.category == category::network) continue;  // transport failures have no body
        const auto r = payload::parse(testing::graph_error_body(e), testing::response_status(e));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info == &e);
    }
}

TEST_CASE("webhook_failed_status round-trips every entry with its context") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        if (e.category == category::network) continue;
        const std::string recipient = testing::recipient_for(e);
        const auto r = payload::parse(testing::webhook_failed_status(e, "wamid.T1", recipient), e.http_status);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info == &e);
        CHECK(r.errors[0].context.message_id == "wamid.T1");
        CHECK(r.errors[0].context.recipient_id == recipient);
        CHECK(r.errors[0].context.status == "failed");
    }
}

TEST_CASE("dialog360_error_body round-trips every entry") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        if (!e.recipient_prefix.empty()) continue;  // nor does a 360dialog body
        if (e.category == category::network) continue;
        const auto r = payload::parse(testing::dialog360_error_body(e), testing::response_status(e));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info == &e);
    }
}

TEST_CASE("fixtures look like Meta's payloads") {
    const auto r = payload::parse(testing::graph_error_body(131047), 400);
    const auto& e = r.errors.at(0);
    CHECK(e.message == "(#131047) Re-engagement message");
    CHECK(e.type == "OAuthException");
    CHECK(e.fbtrace_id.size() == 23);
    CHECK(e.fbtrace_id[0] == 'A');
    CHECK(testing::graph_error_body("meta.131047") == testing::graph_error_body(131047));
    CHECK(testing::webhook_failed_status(131026, "wamid.X", "1") ==
          testing::webhook_failed_status("meta.131026", "wamid.X", "1"));
}

TEST_CASE("fixtures for unknown codes or ids throw invalid_argument") {
    CHECK_THROWS_AS(testing::graph_error_body(424242), std::invalid_argument);
    CHECK_THROWS_AS(testing::dialog360_error_body("meta.nope"), std::invalid_argument);
}

// Through the library's operator<<: Catch2 needs no StringMaker of its own for them.
TEST_CASE("Catch2 prints enums and entries by name") {
    CHECK(Catch::StringMaker<category>::convert(category::rate_limit) == "rate_limit");
    CHECK(Catch::StringMaker<retry_kind>::convert(retry_kind::after_fix) == "after_fix");
    CHECK(Catch::StringMaker<retry_scope>::convert(retry_scope::phone_number) == "phone_number");
    CHECK(Catch::StringMaker<action>::convert(action::send_template) == "send_template");
    CHECK(Catch::StringMaker<source>::convert(source::dialog360) == "360dialog");
    CHECK(Catch::StringMaker<stop_reason>::convert(stop_reason::attempts_spent) == "attempts_spent");
    CHECK(Catch::StringMaker<transport_failure>::convert(transport_failure::not_sent) == "not_sent");
    CHECK(Catch::StringMaker<error_info>::convert(*find(130429)) == "meta.130429");
}
