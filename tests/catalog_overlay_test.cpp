// SPDX-License-Identifier: MIT
// catalog_overlay: a newer errors.json loaded at run time, checked by the generator's rules,
// classified by the compiled-in algorithm, and replaced while other threads classify.
#include <atomic>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <wa_errors/payload/catalog_overlay.hpp>
#include <wa_errors/payload/catalog_reader.hpp>

#include "catch.hpp"

using namespace wa_errors;
using nlohmann::json;
using payload::catalog_overlay;

namespace {

// data/errors.json as the table was generated from it.
const json& shipped() {
    static const json catalog = [] {
        std::ifstream in(WA_ERRORS_CATALOG_FILE, std::ios::binary);
        REQUIRE(in);
        return json::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
    }();
    return catalog;
}

json& entry_of(json& catalog, std::string_view id) {
    for (json& e : catalog["entries"])
        if (e["id"] == id) return e;
    FAIL("no entry " << id);
    throw std::logic_error("unreachable");
}

std::size_t index_of(const json& catalog, std::string_view id) {
    for (std::size_t i = 0; i < catalog["entries"].size(); ++i)
        if (catalog["entries"][i]["id"] == id) return i;
    FAIL("no entry " << id);
    return 0;
}

// A code the compiled-in table lacks, and a catalog that adds it.
constexpr long long new_code = 131999;

json with_new_code() {
    json catalog = shipped();
    json added = entry_of(catalog, "meta.131047");
    added["id"] = "meta.131999";
    added["code"] = new_code;
    added["title"] = "A code Meta added after the build";
    added["category"] = "rate_limit";
    catalog["entries"].push_back(added);
    return catalog;
}

std::string load_problem(catalog_overlay& overlay, const json& catalog) {
    const auto problem = overlay.load(catalog.dump(), "overlay.json");
    REQUIRE(problem);
    return *problem;
}

void load(catalog_overlay& overlay, const json& catalog) {
    const auto problem = overlay.load(catalog.dump(), "overlay.json");
    INFO(problem.value_or(""));
    REQUIRE_FALSE(problem);
}

// A reference that reaches `e` through classify(): its key, its first text condition and a
// recipient its first prefix covers.
error_ref reaching(const error_info& e, std::string& recipient) {
    error_ref ref(e.http_status, e.code, e.subcode);
    if (!e.match.empty()) ref.message = e.match[0];
    if (!e.recipient_prefix.empty()) recipient = std::string(e.recipient_prefix[0]) + "5550123";
    ref.recipient = recipient;
    if (&e == &catalog()[generated::transport_not_sent]) ref.transport = transport_failure::not_sent;
    if (&e == &catalog()[generated::transport_no_answer]) ref.transport = transport_failure::no_answer;
    return ref;
}

}  // namespace

TEST_CASE("a catalog with a code the table lacks classifies that code to its new entry") {
    REQUIRE(find(new_code) == nullptr);
    REQUIRE(classify({400, new_code}).source == source::generic);
    catalog_overlay overlay;
    load(overlay, with_new_code());
    const error_info& e = overlay.classify({400, new_code});
    CHECK(e.id == "meta.131999");
    CHECK(e.title == "A code Meta added after the build");
    CHECK(e.category == category::rate_limit);
    CHECK(overlay.find(new_code) == &e);
    CHECK(overlay.find("meta.131999") == &e);
    CHECK(overlay.current().added() == std::vector<std::string>{"meta.131999"});
    CHECK(overlay.current().changed().empty());
}

TEST_CASE("an entry the file changes wins over the compiled-in entry of the same id") {
    json catalog = shipped();
    entry_of(catalog, "meta.131047")["title"] = "Re-engagement message (renamed)";
    entry_of(catalog, "meta.131047")["action"] = "wait";
    catalog_overlay overlay;
    load(overlay, catalog);
    const error_info& e = overlay.classify({400, 131047});
    CHECK(e.id == "meta.131047");
    CHECK(e.title == "Re-engagement message (renamed)");
    CHECK(e.action == action::wait);
    CHECK(e == *find("meta.131047"));  // the same catalog entry: ids keep their meaning
    CHECK(find("meta.131047")->title == "Re-engagement message");
    CHECK(overlay.current().changed() == std::vector<std::string>{"meta.131047"});
}

TEST_CASE("the shipped catalog loaded as an overlay classifies every entry to the compiled-in entry itself") {
    catalog_overlay overlay;
    load(overlay, shipped());
    CHECK(overlay.current().added().empty());
    CHECK(overlay.current().changed().empty());
    CHECK(overlay.version() == catalog_version());
    for (const error_info& e : catalog()) {
        std::string recipient;
        const error_ref ref = reaching(e, recipient);
        INFO(e.id);
        CHECK(&overlay.classify(ref) == &classify(ref));
        CHECK(overlay.find(e.id) == &e);
        if (e.code && !e.subcode) CHECK(overlay.find(*e.code) == find(*e.code));
        if (e.code && e.subcode) CHECK(overlay.find(*e.code, *e.subcode) == find(*e.code, *e.subcode));
    }
    for (const int status : {0, 200, 400, 404, 429, 450, 500, 503, 599, 600})
        CHECK(&overlay.classify(error_ref(status)) == &classify(error_ref(status)));
}

TEST_CASE("a file that breaks a rule is refused with the generator's message naming entry and field") {
    json catalog = shipped();
    entry_of(catalog, "meta.131047")["category"] = "recpient";
    const std::string where =
        "overlay.json: entries[" + std::to_string(index_of(catalog, "meta.131047")) + "] (meta.131047): ";
    catalog_overlay overlay;
    const std::string problem = load_problem(overlay, catalog);
    CHECK(problem.rfind(where + "field \"category\": unknown value \"recpient\"", 0) == 0);
    const auto generator = payload::catalog_file::read(catalog.dump(), "overlay.json");
    REQUIRE(std::holds_alternative<std::string>(generator));
    CHECK(std::get<std::string>(generator) == problem);
    CHECK(&overlay.classify({400, 131047}) == find(131047));  // the compiled-in catalog stays
}

TEST_CASE("a file that is not JSON is refused naming line and column, and the current catalog stays") {
    catalog_overlay overlay;
    load(overlay, with_new_code());
    const auto problem = overlay.load("{\n  \"version\": \"x\",\n  oops\n}", "overlay.json");
    REQUIRE(problem);
    CHECK(problem->rfind("overlay.json:3:", 0) == 0);
    CHECK(overlay.classify({400, new_code}).id == "meta.131999");
}

TEST_CASE("an id given another code is refused: an id keeps its meaning") {
    json catalog = shipped();
    entry_of(catalog, "meta.131047")["code"] = new_code;
    catalog_overlay overlay;
    const std::string problem = load_problem(overlay, catalog);
    CHECK(problem == "overlay.json: entries[" + std::to_string(index_of(catalog, "meta.131047")) +
                         "] (meta.131047): field \"code\": 131999, but the compiled-in entry has 131047: an id "
                         "keeps its meaning (give the new error a new id)");
}

TEST_CASE("an id the file no longer lists is still found by id, and its code falls back by status") {
    // An entry alone on its code: once it is gone, nothing else in the file covers the code.
    const error_info* alone = nullptr;
    for (const error_info& e : catalog()) {
        if (!e.code || e.code_max || e.subcode || !e.match.empty() || !e.recipient_prefix.empty()) continue;
        std::size_t sharing = 0;
        for (const error_info& other : catalog()) sharing += other.code == e.code || other.subcode == e.code ? 1 : 0;
        if (sharing == 1 && find(*e.code + 1) == nullptr) {
            alone = &e;
            break;
        }
    }
    REQUIRE(alone != nullptr);
    json catalog = shipped();
    catalog["entries"].erase(index_of(catalog, alone->id));
    catalog_overlay overlay;
    load(overlay, catalog);
    CHECK(overlay.find(alone->id) == alone);
    CHECK(overlay.find(*alone->code) == nullptr);
    CHECK(&overlay.classify({400, *alone->code}) == &classify({400, *alone->code + 1}));
}

TEST_CASE("the documented rates come from the file") {
    json catalog = shipped();
    catalog["limits"]["phone_number"]["messages"] = 160;
    catalog["limits"]["phone_number"]["burst"] = 160;
    catalog_overlay overlay;
    load(overlay, catalog);
    const pace_limit* limit = overlay.current().documented_limit(retry_scope::phone_number);
    REQUIRE(limit != nullptr);
    CHECK(limit->per_second == 160.0);
    CHECK(overlay.current().pace(retry_scope::phone_number, 1.0).per_second == 160.0);
    CHECK(overlay.current().pace(retry_scope::recipient).per_second ==
          pace_settings::documented(retry_scope::recipient).per_second);
}

TEST_CASE("payload::parse with an overlay classifies a body's errors by the overlay") {
    catalog_overlay overlay;
    load(overlay, with_new_code());
    const std::string body = R"({"error":{"message":"new","type":"OAuthException","code":131999}})";
    const payload::parse_result compiled = payload::parse(body, 400);
    const payload::parse_result overlaid = payload::parse(body, 400, overlay);
    REQUIRE(overlaid.errors.size() == 1);
    CHECK(compiled.errors[0].info->source == source::generic);
    CHECK(overlaid.errors[0].info->id == "meta.131999");
}

TEST_CASE("a missing file is refused naming the file") {
    catalog_overlay overlay;
    const auto problem = overlay.load_file("no-such-dir/errors.json");
    REQUIRE(problem);
    CHECK(*problem == "no-such-dir/errors.json: cannot open the catalog");
}

TEST_CASE("revert goes back to the compiled-in table") {
    catalog_overlay overlay;
    load(overlay, with_new_code());
    overlay.revert();
    CHECK(overlay.find(new_code) == nullptr);
    CHECK(&overlay.classify({400, 131047}) == find(131047));
}

TEST_CASE("entries handed out stay valid across reloads while the overlay lives") {
    catalog_overlay overlay;
    load(overlay, with_new_code());
    const error_info& first = overlay.classify({400, new_code});
    for (int i = 0; i < 5; ++i) load(overlay, with_new_code());
    overlay.revert();
    CHECK(first.id == "meta.131999");  // read after the snapshot it came from was replaced
    CHECK(first.title == "A code Meta added after the build");
    CHECK(overlay.kept() == 8);  // the compiled-in catalog, six loads and the revert
}

TEST_CASE("a catalog replaced while other threads classify gives each answer from one catalog or the other") {
    json one = with_new_code();
    json two = with_new_code();
    entry_of(two, "meta.131999")["title"] = "The same code, described again";
    const std::string texts[] = {one.dump(), two.dump()};
    catalog_overlay overlay;
    std::atomic<bool> stop{false};
    std::atomic<long> wrong{0};
    std::atomic<long> answers{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 3; ++t) {
        readers.emplace_back([&] {
            while (!stop.load()) {
                const error_info& e = overlay.classify({400, new_code});
                const bool known = e.source == source::generic || e.title == "A code Meta added after the build" ||
                                   e.title == "The same code, described again";
                if (!known) ++wrong;
                ++answers;
            }
        });
    }
    for (int i = 0; i < 20; ++i) REQUIRE_FALSE(overlay.load(texts[i % 2], "overlay.json"));
    stop = true;
    for (std::thread& t : readers) t.join();
    CHECK(wrong.load() == 0);
    CHECK(answers.load() > 0);
    CHECK(overlay.classify({400, new_code}).title == "The same code, described again");
}
