// SPDX-License-Identifier: MIT
// The generator rejects every broken catalog with a message naming file, entry and field (one
// TEST_CASE per validation rule, the rules docs/catalog.md lists under "What the generator
// checks"), and emits a table for a valid one.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "emit_header.hpp"
#include "read_catalog.hpp"

namespace {

using nlohmann::json;
using wa_errors::gen::catalog_model;
using wa_errors::gen::read_catalog;

json entry(const std::string& id, const std::string& source, json code) {
    return {{"id", id},
            {"source", source},
            {"code", code},
            {"title", "A title"},
            {"description", "What happened."},
            {"http_status", 400},
            {"category", "request"},
            {"retry", {{"kind", "never"}, {"scope", "request"}}},
            {"action", "fix_request"},
            {"remediation", "What to do."},
            {"docs", "https://example.com/errors"}};
}

// A small valid catalog: entries[0] meta.131047, entries[1] a 360dialog error, entries[2] the
// unknown fallback, entries[3] and [4] the transport failures.
json valid_catalog() {
    json never = {{"initial_delay_ms", 0}, {"max_delay_ms", 0},   {"multiplier", 1.0},    {"max_attempts", 1},
                  {"min_delay_ms", 0},     {"max_elapsed_ms", 0}, {"outcome", "rejected"}};
    json backoff = {{"initial_delay_ms", 1000}, {"max_delay_ms", 20000},    {"multiplier", 2.0},    {"max_attempts", 5},
                    {"min_delay_ms", 0},        {"max_elapsed_ms", 900000}, {"outcome", "rejected"}};
    json catalog = {
        {"version", "test"},
        {"retry_defaults", {{"never", never}, {"after_fix", never}, {"backoff", backoff}, {"throttle", backoff}}},
        {"limits",
         {{"phone_number", {{"messages", 80}, {"seconds", 1}, {"burst", 80}, {"docs", "https://example.com/limits"}}}}},
        {"entries", json::array()}};
    catalog["entries"].push_back(entry("meta.131047", "meta", 131047));
    json dialog = entry("360dialog.invalid_api_key", "360dialog", nullptr);
    dialog["match"] = "Invalid API key";
    dialog["ordinal"] = 1;
    catalog["entries"].push_back(dialog);
    json unknown = entry("generic.unknown", "generic", nullptr);
    unknown["http_status"] = 0;
    catalog["entries"].push_back(unknown);
    for (const char* failure : {"not_sent", "no_answer"}) {
        json transport = entry(std::string("generic.transport_") + failure, "generic", nullptr);
        transport["http_status"] = 0;
        transport["category"] = "network";
        transport["transport"] = failure;
        catalog["entries"].push_back(transport);
    }
    return catalog;
}

std::string problem_with_text(const std::string& text) {
    auto result = read_catalog(text, "data/errors.json");
    if (const auto* problem = std::get_if<std::string>(&result)) return *problem;
    return "(accepted)";
}

std::string problem_with(const json& catalog) { return problem_with_text(catalog.dump(2)); }

}  // namespace

TEST_CASE("a valid catalog is accepted and emitted as a header") {
    auto result = read_catalog(valid_catalog().dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    const auto& catalog = std::get<catalog_model>(result);
    REQUIRE(catalog.entries.size() == 5);
    CHECK(catalog.entries[1].match.at(0) == "invalid api key");  // lower-cased for classify()
    const std::string header = wa_errors::gen::emit_header(catalog);
    CHECK(header.find("DO NOT EDIT") != std::string::npos);
    CHECK(header.find("\"meta.131047\"") != std::string::npos);
    CHECK(header == wa_errors::gen::emit_header(catalog));
}

TEST_CASE("malformed JSON is reported with line and column") {
    CHECK(problem_with_text("{\n  \"version\": \"x\",\n  \"entries\": [,]\n}") ==
          "data/errors.json:3:15: malformed JSON: syntax error while parsing value - unexpected ','; expected '[', "
          "'{', or a literal");
}

TEST_CASE("empty input is malformed JSON") {
    CHECK(problem_with_text(std::string()).rfind("data/errors.json:1:1: malformed JSON", 0) == 0);
}

TEST_CASE("the catalog must be an object") {
    CHECK(problem_with(json::array()) == "data/errors.json: the catalog must be a JSON object, got array");
}

TEST_CASE("a duplicated key is rejected rather than silently dropped") {
    std::string text = valid_catalog().dump();
    const std::string title = "\"title\":\"A title\"";
    text.replace(text.find(title), title.size(), title + "," + title);
    CHECK(problem_with_text(text) ==
          "data/errors.json: duplicate key \"title\" in entries[0] (JSON keeps only the last one)");
}

TEST_CASE("unknown top-level fields are rejected") {
    json c = valid_catalog();
    c["entrys"] = json::array();
    CHECK(problem_with(c) == "data/errors.json: field \"entrys\": unknown field");
}

TEST_CASE("version is required") {
    json c = valid_catalog();
    c.erase("version");
    CHECK(problem_with(c) == "data/errors.json: field \"version\": missing");
}

TEST_CASE("retry_defaults must define every retry kind") {
    json c = valid_catalog();
    c["retry_defaults"].erase("throttle");
    CHECK(problem_with(c) == "data/errors.json: field \"retry_defaults.throttle\": missing");
}

TEST_CASE("retry_defaults takes only known retry kinds") {
    json c = valid_catalog();
    c["retry_defaults"]["sometimes"] = c["retry_defaults"]["backoff"];
    CHECK(problem_with(c) == "data/errors.json: field \"retry_defaults.sometimes\": unknown retry kind");
}

TEST_CASE("default delays must be consistent") {
    json c = valid_catalog();
    c["retry_defaults"]["backoff"]["max_delay_ms"] = 10;
    CHECK(problem_with(c) ==
          "data/errors.json: retry_defaults.backoff: field \"max_delay_ms\": 10 is below initial_delay_ms 1000");
}

TEST_CASE("a kind that never retries allows exactly one attempt") {
    json c = valid_catalog();
    c["retry_defaults"]["never"]["max_attempts"] = 3;
    CHECK(problem_with(c) ==
          "data/errors.json: retry_defaults.never: field \"max_attempts\": must be 1 for a kind that never retries");
}

TEST_CASE("entries must be a non-empty array") {
    json c = valid_catalog();
    c["entries"] = json::array();
    CHECK(problem_with(c) == "data/errors.json: field \"entries\": expected a non-empty array");
}

TEST_CASE("an entry must be an object") {
    json c = valid_catalog();
    c["entries"][1] = 42;
    CHECK(problem_with(c) == "data/errors.json: entries[1]: expected an object, got integer");
}

TEST_CASE("required fields must be present") {
    json c = valid_catalog();
    c["entries"][0].erase("title");
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"title\": missing");
}

TEST_CASE("unknown entry fields are rejected, catching typos") {
    json c = valid_catalog();
    c["entries"][0]["catgory"] = "request";
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"catgory\": unknown field");
}

TEST_CASE("fields must have the right type") {
    json c = valid_catalog();
    c["entries"][0]["code"] = "131047";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"code\": expected an integer, got string");
}

TEST_CASE("enum fields take only the documented names") {
    json c = valid_catalog();
    c["entries"][0]["category"] = "recpient";
    CHECK(problem_with(c).rfind(
              "data/errors.json: entries[0] (meta.131047): field \"category\": unknown value \"recpient\"", 0) == 0);
    c = valid_catalog();
    c["entries"][0]["retry"]["scope"] = "planet";
    CHECK(problem_with(c).rfind(
              "data/errors.json: entries[0] (meta.131047): field \"retry.scope\": unknown value \"planet\"", 0) == 0);
}

TEST_CASE("an id starts with its source and uses a fixed alphabet") {
    json c = valid_catalog();
    c["entries"][0]["id"] = "360dialog.131047";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (360dialog.131047): field \"id\": must start with \"meta.\" and use only a-z, "
          "0-9, '_', '.' and '-'");
    c["entries"][0]["id"] = "meta.Rate Limit";
    CHECK(problem_with(c).find("field \"id\": must start with") != std::string::npos);
}

TEST_CASE("ids are unique") {
    json c = valid_catalog();
    c["entries"].push_back(c["entries"][0]);
    c["entries"][5]["match"] = "other meaning";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.131047): field \"id\": duplicate of entries[0] (meta.131047)");
}

TEST_CASE("a meta entry needs a code") {
    json c = valid_catalog();
    c["entries"][0]["code"] = nullptr;
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"code\": a meta entry needs a code");
}

TEST_CASE("a 360dialog entry has no code and is recognised by match") {
    json c = valid_catalog();
    c["entries"][1]["code"] = 401;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"code\": must be null for a 360dialog "
          "entry (their errors carry no code)");
    c = valid_catalog();
    c["entries"][1].erase("match");
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"match\": missing: a 360dialog entry is "
          "recognised by its text");
}

TEST_CASE("a generic entry has neither code nor match") {
    json c = valid_catalog();
    c["entries"][2]["match"] = "oops";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[2] (generic.unknown): field \"match\": a generic entry is chosen by HTTP status, "
          "not by text");
}

TEST_CASE("code_max needs a code and must lie above it") {
    json c = valid_catalog();
    c["entries"][0]["code_max"] = 100;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"code_max\": 100 is out of range 131048..2147483647");
    c = valid_catalog();
    c["entries"][2]["code_max"] = 100;
    CHECK(problem_with(c) == "data/errors.json: entries[2] (generic.unknown): field \"code_max\": needs a code");
}

TEST_CASE("codes must be non-negative 32-bit integers") {
    json c = valid_catalog();
    c["entries"][0]["code"] = -5;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"code\": -5 is out of range 0..2147483647");
    c["entries"][0]["code"] = 1e30;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"code\": expected an integer, got number");
    c["entries"][0]["code"] = 18446744073709551615ULL;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"code\": 18446744073709551615 is out of range "
          "0..2147483647");
}

TEST_CASE("two entries for one code need match to tell them apart") {
    json c = valid_catalog();
    json twin = entry("meta.131047.twin", "meta", 131047);
    c["entries"].push_back(twin);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.131047.twin): field \"code\": covers the same code as entries[0] "
          "(meta.131047) and neither has \"match\" or \"recipient_prefix\"");
    c["entries"][5]["match"] = "re-engagement required";
    CHECK(problem_with(c) == "(accepted)");
}

TEST_CASE("a code inside a range without match overlaps the range") {
    json c = valid_catalog();
    json range = entry("meta.200_299", "meta", 200);
    range["code_max"] = 299;
    c["entries"].push_back(range);
    c["entries"].push_back(entry("meta.250", "meta", 250));
    CHECK(problem_with(c) ==
          "data/errors.json: entries[6] (meta.250): field \"code\": covers the same code as entries[5] (meta.200_299) "
          "and neither has \"match\" or \"recipient_prefix\"");
}

TEST_CASE("code ranges must not overlap one another") {
    json c = valid_catalog();
    json a = entry("meta.200_299", "meta", 200);
    a["code_max"] = 299;
    json b = entry("meta.250_350", "meta", 250);
    b["code_max"] = 350;
    b["match"] = "something";
    c["entries"].push_back(a);
    c["entries"].push_back(b);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[6] (meta.250_350): field \"code_max\": the range 250..350 overlaps the range of "
          "entries[5] (meta.200_299)");
}

TEST_CASE("http_status is 0 or 100..599") {
    json c = valid_catalog();
    c["entries"][0]["http_status"] = 42;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"http_status\": 42 must be 0 (none documented) or "
          "100..599");
    c["entries"][0]["http_status"] = 600;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"http_status\": 600 is out of range 0..599");
}

TEST_CASE("docs is an https URL") {
    json c = valid_catalog();
    c["entries"][0]["docs"] = "see the wiki";
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"docs\": must be an https:// URL");
}

TEST_CASE("texts must not be empty") {
    json c = valid_catalog();
    c["entries"][0]["remediation"] = "  ";
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"remediation\": must not be empty");
}

TEST_CASE("match fragments are non-empty printable ASCII") {
    json c = valid_catalog();
    c["entries"][1]["match"] = json::array();
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"match\": expected a string or a non-empty "
          "array of strings, got an empty array");
    c["entries"][1]["match"] = json::array({"ok", "caf\xc3\xa9"});
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"match\": \"caf\xc3\xa9\" must be "
          "printable ASCII");
    c["entries"][1]["match"] = "";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"match\": must not be empty");
}

TEST_CASE("every 360dialog entry has an ordinal and only they do") {
    json c = valid_catalog();
    c["entries"][1].erase("ordinal");
    CHECK(problem_with(c) ==
          "data/errors.json: entries[1] (360dialog.invalid_api_key): field \"ordinal\": missing: every 360dialog entry "
          "needs a stable ordinal");
    c = valid_catalog();
    c["entries"][0]["ordinal"] = 3;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"ordinal\": only 360dialog entries take an ordinal");
}

TEST_CASE("ordinals are unique") {
    json c = valid_catalog();
    json other = c["entries"][1];
    other["id"] = "360dialog.other";
    other["match"] = "something else";
    c["entries"].push_back(other);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (360dialog.other): field \"ordinal\": 1 is already used by entries[1] "
          "(360dialog.invalid_api_key)");
}

TEST_CASE("an entry that never retries takes no delay overrides") {
    json c = valid_catalog();
    c["entries"][0]["retry"]["max_attempts"] = 3;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.max_attempts\": a kind that never retries takes "
          "no delays");
}

TEST_CASE("an entry's delay overrides must be consistent with the defaults") {
    json c = valid_catalog();
    c["entries"][0]["retry"] = {{"kind", "backoff"}, {"scope", "request"}, {"max_delay_ms", 500}};
    CHECK(
        problem_with(c) ==
        "data/errors.json: entries[0] (meta.131047): field \"retry.max_delay_ms\": 500 is below initial_delay_ms 1000");
    c["entries"][0]["retry"] = {{"kind", "backoff"}, {"scope", "request"}, {"multiplier", 0.5}};
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.multiplier\": 0.5 is out of range 1..100");
    c["entries"][0]["retry"] = {{"kind", "throttle"}, {"scope", "request"}, {"initial_delay_ms", -1}};
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.initial_delay_ms\": -1 is out of range "
          "0..2592000000");
    c["entries"][0]["retry"] = {{"kind", "throttle"}, {"scope", "request"}, {"max_attempts", 1}};
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.max_attempts\": must be at least 2 for a kind "
          "that retries");
    c["entries"][0]["retry"] = {{"kind", "throttle"}, {"scope", "request"}, {"jitter", 1}};
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"retry.jitter\": unknown field");
}

TEST_CASE("each HTTP status has at most one generic fallback") {
    json c = valid_catalog();
    json twin = entry("generic.other", "generic", nullptr);
    twin["http_status"] = 0;
    c["entries"].push_back(twin);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (generic.other): field \"http_status\": 0 is already the fallback of "
          "entries[2] (generic.unknown)");
}

TEST_CASE("the catalog needs the fallback for errors without a status") {
    json c = valid_catalog();
    c["entries"].erase(2);
    CHECK(problem_with(c) ==
          "data/errors.json: field \"entries\": no generic entry with http_status 0 (the fallback when nothing else "
          "applies)");
}

TEST_CASE("a subcode entry needs a code and covers one code") {
    json c = valid_catalog();
    c["entries"][2]["subcode"] = 2388072;
    CHECK(problem_with(c) == "data/errors.json: entries[2] (generic.unknown): field \"subcode\": needs a code");
    c = valid_catalog();
    json range = entry("meta.200_299", "meta", 200);
    range["code_max"] = 299;
    range["subcode"] = 5;
    c["entries"].push_back(range);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.200_299): field \"subcode\": an entry for a subcode "
          "covers one code, not a range");
}

TEST_CASE("an entry for a subcode has its own key beside the code's entry") {
    json c = valid_catalog();
    json pair = entry("meta.131047.2388072", "meta", 131047);
    pair["subcode"] = 2388072;
    c["entries"].push_back(pair);
    CHECK(problem_with(c) == "(accepted)");
    json twin = pair;
    twin["id"] = "meta.131047.2388072.twin";
    c["entries"].push_back(twin);
    CHECK(problem_with(c) ==
          "data/errors.json: entries[6] (meta.131047.2388072.twin): field \"subcode\": covers the "
          "same code and subcode as entries[5] (meta.131047.2388072) and neither has \"match\" or "
          "\"recipient_prefix\"");
    c["entries"][6]["code"] = 100;  // the same subcode under another code is another key
    CHECK(problem_with(c) == "(accepted)");
}

TEST_CASE("pairs are emitted into the subcode table, one run per subcode") {
    json c = valid_catalog();
    for (int code : {100, 136024}) {
        json pair = entry("meta." + std::to_string(code) + ".2388091", "meta", code);
        pair["subcode"] = 2388091;
        c["entries"].push_back(pair);
    }
    auto result = read_catalog(c.dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    const std::string header = wa_errors::gen::emit_header(std::get<catalog_model>(result));
    CHECK(header.find("{&entries[5], 100, 0},\n    {&entries[6], 136024, 0},\n    {nullptr, -1, 0},") !=
          std::string::npos);
}

TEST_CASE("recipient_prefix takes digit strings and needs a code") {
    json c = valid_catalog();
    json us = entry("meta.131047.us", "meta", 131047);
    us["recipient_prefix"] = json::array({"1"});
    c["entries"].push_back(us);
    CHECK(problem_with(c) == "(accepted)");  // a condition, like match, tells it from meta.131047
    c["entries"][5]["recipient_prefix"] = "+1";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.131047.us): field \"recipient_prefix\": \"+1\" must "
          "be 1 to 15 digits, without '+'");
    c["entries"][5]["recipient_prefix"] = "1234567890123456";
    CHECK(problem_with(c).find("\"1234567890123456\" must be 1 to 15 digits") != std::string::npos);
    c["entries"][5]["recipient_prefix"] = json::array();
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.131047.us): field \"recipient_prefix\": expected a "
          "string or a non-empty array of strings, got an empty array");
    c["entries"][5]["recipient_prefix"] = json::array({1});
    CHECK(problem_with(c) ==
          "data/errors.json: entries[5] (meta.131047.us): field \"recipient_prefix\": expected a "
          "string, got integer");
    c = valid_catalog();
    c["entries"][2]["recipient_prefix"] = "1";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[2] (generic.unknown): field \"recipient_prefix\": needs a "
          "code: only Meta's errors depend on the recipient");
}

TEST_CASE("a number too large for a double is rejected naming entry and field") {
    const std::string base = valid_catalog().dump();
    auto with = [&](const std::string& from, const std::string& to) {
        std::string text = base;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        return problem_with_text(text);
    };
    CHECK(with("\"code\":131047", "\"code\":1e400") ==
          "data/errors.json: entries[0] (meta.131047): field \"code\": number 1e400 is out of range");
    CHECK(with("\"version\":\"test\"", "\"version\":-1E+400") ==
          "data/errors.json: field \"version\": number -1E+400 is out of range");
    CHECK(with("\"kind\":\"never\",\"scope\":\"request\"", "\"kind\":\"never\",\"scope\":\"request\",\"x\":1e400") ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.x\": number 1e400 is out of range");
    CHECK(with("\"burst\":80", "\"burst\":1e400") ==
          "data/errors.json: field \"limits.phone_number.burst\": number 1e400 is out of range");
    // The same characters inside a string are not the number.
    CHECK(with("\"code\":131047,", "\"code\":131047,\"notes\":\"1e400\",\"x\":1e400,") ==
          "data/errors.json: entries[0] (meta.131047): field \"x\": number 1e400 is out of range");
}

TEST_CASE("hostile JSON gives a message, never a crash") {
    CHECK(problem_with_text(std::string(100000, '[') + std::string(100000, ']')) ==
          "data/errors.json: the catalog must be a JSON object, got array");
    CHECK(problem_with_text("{\"version\": \"\\ud800\"}").rfind("data/errors.json:1:", 0) == 0);
    CHECK(problem_with_text(std::string("{\"version\":\"x\0\"}", 16)).rfind("data/errors.json:1:", 0) == 0);
}

namespace {

// A valid catalog with `count` more Meta entries, made by `make(i)`.
template <class Make>
json catalog_with(std::size_t count, Make make) {
    json c = valid_catalog();
    for (std::size_t i = 0; i < count; ++i) c["entries"].push_back(make(i));
    return c;
}

}  // namespace

TEST_CASE("thousands of scattered codes, for which no perfect hash is found, are laid out sorted") {
    std::uint64_t state = 42;
    const json c = catalog_with(6000, [&](std::size_t i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto code = static_cast<long long>(state >> 33);  // below 2^31
        return entry("meta.r" + std::to_string(i), "meta", code);
    });
    auto result = read_catalog(c.dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    const std::string header = wa_errors::gen::emit_header(std::get<catalog_model>(result));
    CHECK(header.find("6001 keys, sorted: found by bisection") != std::string::npos);
}

TEST_CASE("tens of thousands of entries with variants are handled: variant runs are 32-bit") {
    const json c = catalog_with(33000, [](std::size_t i) {
        json e = entry("meta.v" + std::to_string(i), "meta", static_cast<long long>(1000000 + i));
        e["match"] = "variant " + std::to_string(i);
        return e;
    });
    auto result = read_catalog(c.dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    const std::string header = wa_errors::gen::emit_header(std::get<catalog_model>(result));
    // 33,000 runs of two (the entry, then the end mark) after the empty run: the last starts at 65999.
    CHECK(header.find(", 65999}") != std::string::npos);
}

TEST_CASE("more entries than 16-bit entry indexes can hold are rejected") {
    // The count is checked before any entry is read, so empty objects make the point at a
    // fraction of the cost (a full entry each made this test take minutes under ASan).
    const json c = catalog_with(0xFFFF - valid_catalog()["entries"].size(), [](std::size_t) { return json::object(); });
    CHECK(problem_with(c) == "data/errors.json: field \"entries\": too many entries for 16-bit table indexes");
}

TEST_CASE("hold fields are optional and default from the retry policy") {
    json c = valid_catalog();
    json throttled = entry("meta.130429", "meta", 130429);
    throttled["retry"] = {{"kind", "throttle"}, {"scope", "phone_number"}};
    c["entries"].push_back(throttled);
    c["entries"][0]["hold"] = {{"traffic", "free_form"}, {"lifts", "inbound"}};
    c["entries"][0]["retry"]["scope"] = "recipient";
    auto result = read_catalog(c.dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    const auto& entries = std::get<catalog_model>(result).entries;
    CHECK(entries[0].hold.scope == wa_errors::retry_scope::recipient);  // from retry.scope
    CHECK(entries[0].hold.traffic == wa_errors::traffic::free_form);
    CHECK(entries[0].hold.lifts == wa_errors::hold_lifts::inbound);
    CHECK(entries[1].hold.traffic == wa_errors::traffic::messages);  // no hold object: every message
    CHECK(entries[1].hold.lifts == wa_errors::hold_lifts::fix);      // never: a person acts
    CHECK(entries[5].hold.scope == wa_errors::retry_scope::phone_number);
    CHECK(entries[5].hold.lifts == wa_errors::hold_lifts::time);  // throttle: the wait runs out
    const std::string header = wa_errors::gen::emit_header(std::get<catalog_model>(result));
    CHECK(header.find("{retry_scope::recipient, traffic::free_form, hold_lifts::inbound}") != std::string::npos);
}

TEST_CASE("a hold is an object with only scope, traffic and lifts") {
    json c = valid_catalog();
    c["entries"][0]["hold"] = "marketing";
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"hold\": expected an object, got string");
    c = valid_catalog();
    c["entries"][0]["hold"] = {{"trafic", "marketing"}};
    CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"hold.trafic\": unknown field");
}

TEST_CASE("a hold takes only the documented scope, traffic and lifts names") {
    for (const char* field : {"scope", "traffic", "lifts"}) {
        json c = valid_catalog();
        c["entries"][0]["hold"] = {{field, "sms"}};
        INFO(field);
        CHECK(problem_with(c).rfind("data/errors.json: entries[0] (meta.131047): field \"hold." + std::string(field) +
                                        "\": unknown value \"sms\" (expected one of: ",
                                    0) == 0);
    }
}

TEST_CASE("a kind that never retries cannot hold until a wait runs out") {
    json c = valid_catalog();
    c["entries"][0]["retry"]["scope"] = "recipient";
    c["entries"][0]["hold"] = {{"lifts", "time"}};
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"hold.lifts\": \"time\" needs a "
          "wait, and a kind that never retries has none (use fix, inbound or opt_in)");
    c["entries"][0]["hold"]["scope"] = "request";  // no hold at all: nothing to end
    CHECK(problem_with(c) == "(accepted)");
}

TEST_CASE("only a hold of one user ends on the user's message or opt-in") {
    for (const char* lifts : {"inbound", "opt_in"}) {
        json c = valid_catalog();
        c["entries"][0]["retry"]["scope"] = "phone_number";
        c["entries"][0]["hold"] = {{"lifts", lifts}};
        INFO(lifts);
        CHECK(problem_with(c) == "data/errors.json: entries[0] (meta.131047): field \"hold.lifts\": \"" +
                                     std::string(lifts) +
                                     "\" ends a hold of one user: it needs hold.scope \"recipient\"");
    }
}

TEST_CASE("repeat_min_delay_ms lies between min_delay_ms, max_delay_ms and the deadline, for kinds that retry") {
    json c = valid_catalog();
    json capped = entry("meta.131049", "meta", 131049);
    capped["retry"] = {{"kind", "throttle"},    {"scope", "recipient"},    {"min_delay_ms", 10000},
                       {"max_delay_ms", 20000}, {"max_elapsed_ms", 30000}, {"repeat_min_delay_ms", 20000}};
    c["entries"].push_back(capped);
    auto result = read_catalog(c.dump(), "data/errors.json");
    REQUIRE(std::holds_alternative<catalog_model>(result));
    CHECK(std::get<catalog_model>(result).entries[5].retry.repeat_min_delay_ms == 20000);

    const std::string at = "data/errors.json: entries[5] (meta.131049): field ";
    c["entries"][5]["retry"]["repeat_min_delay_ms"] = 5000;
    CHECK(problem_with(c) == at + "\"retry.repeat_min_delay_ms\": 5000 is below min_delay_ms 10000");
    c["entries"][5]["retry"]["repeat_min_delay_ms"] = 25000;
    CHECK(problem_with(c) == at + "\"retry.repeat_min_delay_ms\": 25000 is above max_delay_ms 20000");
    c["entries"][5]["retry"]["max_delay_ms"] = 40000;
    c["entries"][5]["retry"]["repeat_min_delay_ms"] = 35000;
    CHECK(problem_with(c) == at + "\"retry.max_elapsed_ms\": 30000 is below repeat_min_delay_ms 35000: no repeat "
                                  "could ever be retried");
    c["entries"][5]["retry"]["repeat_min_delay_ms"] = "1 day";
    CHECK(problem_with(c) == at + "\"retry.repeat_min_delay_ms\": expected an integer, got string");
    c = valid_catalog();
    c["entries"][0]["retry"]["repeat_min_delay_ms"] = 1000;
    CHECK(problem_with(c) ==
          "data/errors.json: entries[0] (meta.131047): field \"retry.repeat_min_delay_ms\": a "
          "kind that never retries takes no delays");
}
