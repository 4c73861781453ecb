// SPDX-License-Identifier: MIT
// payload.hpp's error cap: only errors a DOM would hold count toward max_errors. Errors that a
// later duplicate key replaces, or that sit inside a bare error, free their place, and
// `truncated` only says so when an error that would have been kept was refused.
#include <string>

#include <wa_errors/payload.hpp>

#include "catch.hpp"
#include "support/payload_fixture.hpp"

using wa_errors::payload::max_errors;
using wa_errors::payload::parse;
using wa_errors::payload::parse_status;
using wa_errors_test::payload_fixture;

namespace {

// `n` error texts: each is one error of an "errors" list.
std::string texts(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "\"\"" : ",\"\"";
    return out;
}

}  // namespace

TEST_CASE("errors replaced by a later duplicate key free their place under the cap") {
    const std::string body = payload_fixture("errors_list_dup_then_real.json");  // 1000 texts, then the real list
    for (const int status : {0, 400}) {
        const auto r = parse(body, status);
        REQUIRE(r.status == parse_status::ok);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].info->id == "meta.131047");
        CHECK_FALSE(r.truncated);
    }
}

TEST_CASE("errors refused at the cap inside a replaced member leave no truncation behind") {
    const auto r = parse(R"({"errors":[)" + texts(max_errors + 1) + R"(],"errors":[{"code":131047}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK_FALSE(r.truncated);
}

TEST_CASE("many replaced members in a row never fill the cap") {
    std::string body = "{";
    for (int i = 0; i < 20; ++i) body += R"("errors":[)" + texts(max_errors + 5) + "],";
    const auto r = parse(body + R"("errors":[{"code":131047},{"code":131026}]})");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK(r.errors[1].info->id == "meta.131026");
    CHECK_FALSE(r.truncated);
}

TEST_CASE("a webhook's statuses replaced by a later duplicate free their place") {
    const auto r =
        parse(R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.OLD","errors":[)" + texts(max_errors) +
              R"(]}],"statuses":[{"id":"wamid.NEW","status":"failed","errors":[{"code":131047}]}]}}]}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK(r.errors[0].context.message_id == "wamid.NEW");
    CHECK_FALSE(r.truncated);
}

TEST_CASE("errors inside a bare error free their place when it closes as one error") {
    // The root is itself an error (code and message); the errors found inside it are part of it.
    const auto r = parse(R"({"x":{"errors":[)" + texts(max_errors + 1) + R"(]},"code":131047,"message":"m"})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK(r.errors[0].shape == wa_errors::payload::shape::bare);
    CHECK_FALSE(r.truncated);
}

TEST_CASE("errors refused while replaced ones still counted are not recovered, and truncated says so") {
    // The second list is refused whole: "a" still held max_errors errors when it was read.
    const auto r = parse(R"({"a":{"errors":[)" + texts(max_errors) + R"(]},"errors":[)" + texts(2) +
                         R"(],"a":{"errors":[{"code":131047}]}})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK(r.truncated);
}

TEST_CASE("a real error after a full list is refused, and truncated says so") {
    const auto r = parse(R"({"errors":[)" + texts(max_errors) + R"(],"x":{"error":{"code":131047}}})");
    CHECK(r.errors.size() == max_errors);
    CHECK(r.truncated);
}

TEST_CASE("thousands of duplicate error keys leave the last one, untruncated") {
    std::string body = "{";
    for (std::size_t i = 0; i < 3 * max_errors; ++i) body += R"("error":{"code":130429},)";
    const auto r = parse(body + R"("error":{"code":131047}})", 400);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
    CHECK_FALSE(r.truncated);
}

TEST_CASE("a 360dialog envelope whose embedded errors were all replaced is itself the error") {
    const auto r = parse(
        R"({"meta":{"success":false,"http_code":400,"developer_message":"m","error":"{\"x\":{\"error\":{\"code\":131047}},\"x\":1}"}})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].shape == wa_errors::payload::shape::meta);
    CHECK(r.errors[0].info->id == "generic.http_4xx");
}
