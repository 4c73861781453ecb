// SPDX-License-Identifier: MIT
// scopes.hpp: scope keys, per-key registries and the pause board.
#include <chrono>
#include <limits>

#include <wa_errors/pacing.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/scopes.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;
using std::chrono::hours;
using std::chrono::seconds;

namespace {
const pause_board::clock::time_point start(seconds(1000));
}

TEST_CASE("scope keys name the number, the business-user pair or the account") {
    CHECK(scope_key(retry_scope::phone_number, "106540352242922", "15551234567") == "phone_number:106540352242922");
    CHECK(scope_key(retry_scope::recipient, "106540352242922", "15551234567") ==
          "recipient:106540352242922:15551234567");
    CHECK(scope_key(retry_scope::account, "106540352242922", "15551234567", "waba-1") == "account:waba-1");
    CHECK(scope_key(retry_scope::request, "106540352242922", "15551234567").empty());
}

TEST_CASE("a registry makes one object per key and keeps it") {
    keyed<pacer, pace_settings> pacers(pace_settings::documented(retry_scope::recipient));
    pacer& a = pacers.at("recipient:1:2");
    CHECK(&pacers.at("recipient:1:2") == &a);
    CHECK(&pacers.at("recipient:1:3") != &a);
    CHECK(pacers.size() == 2);
    CHECK(pacers.forget_if([](const pacer&) { return true; }) == 2);
    CHECK(pacers.size() == 0);
}

TEST_CASE("a pause holds until its time and is only ever extended") {
    pause_board board;
    const error_info& capped = *find("meta.131049");
    board.pause_until("recipient:1:2", start + hours(24), capped);
    board.pause_until("recipient:1:2", start + hours(1), *find("meta.131056"));
    const auto p = board.paused("recipient:1:2", start + hours(2));
    REQUIRE(p.has_value());
    CHECK(p->until == start + hours(24));
    CHECK(p->cause == &capped);
    CHECK_FALSE(board.paused("recipient:1:2", start + hours(24)).has_value());
    CHECK_FALSE(board.paused("recipient:1:3", start).has_value());
}

TEST_CASE("a pause until fixed lasts until resumed, without overflowing the clock") {
    pause_board board;
    board.pause_for("account:waba-1", start, until_fixed, *find("meta.190"));
    CHECK(board.paused("account:waba-1", start + hours(24 * 365 * 100)).has_value());
    board.resume("account:waba-1");
    CHECK_FALSE(board.paused("account:waba-1", start).has_value());
    board.pause_for("account:waba-1", start, std::chrono::milliseconds(0), *find("meta.190"));
    CHECK_FALSE(board.paused("account:waba-1", start).has_value());
}

TEST_CASE("ended pauses can be forgotten") {
    pause_board board;
    board.pause_for("phone_number:1", start, seconds(30), *find("meta.130429"));
    board.pause_for("phone_number:2", start, hours(1), *find("meta.130429"));
    CHECK(board.forget_ended(start + seconds(31)) == 1);
    CHECK(board.paused("phone_number:2", start + seconds(31)).has_value());
}
