// Table-driven over every catalog entry: each is found by id, by code (or its match text),
// and classify() returns it from what a real payload would carry.
#include <set>
#include <string>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

TEST_CASE("every entry is found by its id") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        CHECK(find(e.id) == &e);
    }
}

TEST_CASE("every entry without match is what find returns for its codes") {
    for (const error_info& e : catalog()) {
        if (!e.code || !e.match.empty()) continue;
        INFO(e.id);
        CHECK(find(*e.code) == &e);
        if (e.code_max) CHECK(find(*e.code_max) == &e);
    }
}

TEST_CASE("every coded entry is what classify returns for its code and each of its match fragments") {
    for (const error_info& e : catalog()) {
        if (!e.code) continue;
        INFO(e.id);
        if (e.match.empty()) {
            CHECK(&classify({e.http_status, e.code, {}, "", "", ""}) == &e);
            CHECK(&classify({0, e.code, {}, e.title, e.title, ""}) == &e);
            continue;
        }
        for (std::string_view fragment : e.match) {
            INFO(fragment);
            const std::string sentence = "(#" + std::to_string(*e.code) + ") " + std::string(fragment) + ".";
            CHECK(&classify({e.http_status, e.code, {}, sentence, "", ""}) == &e);
            CHECK(&classify({0, e.code, {}, "", sentence, ""}) == &e);
            CHECK(&classify({0, e.code, {}, "", "", sentence}) == &e);
        }
    }
}

TEST_CASE("every 360dialog entry is what classify returns for its text, with or without its status") {
    for (const error_info& e : catalog()) {
        if (e.source != source::dialog360) continue;
        INFO(e.id);
        CHECK(!e.code.has_value());
        REQUIRE(!e.match.empty());
        for (std::string_view fragment : e.match) {
            INFO(fragment);
            CHECK(&classify({e.http_status, {}, {}, fragment, "", ""}) == &e);
            CHECK(&classify({0, {}, {}, fragment, "", ""}) == &e);
        }
        CHECK(&classify({e.http_status, {}, {}, e.title, "", ""}) == &e);
    }
}

TEST_CASE("every generic entry is what classify returns for its status without a code") {
    for (const error_info& e : catalog()) {
        if (e.source != source::generic) continue;
        INFO(e.id);
        CHECK(&classify({e.http_status, {}, {}, "", "", ""}) == &e);
    }
}

TEST_CASE("every entry is complete and consistent") {
    std::set<int> ordinals;
    for (const error_info& e : catalog()) {
        INFO(e.id);
        CHECK(!e.title.empty());
        CHECK(!e.description.empty());
        CHECK(!e.remediation.empty());
        CHECK(e.docs.substr(0, 8) == "https://");
        CHECK((e.http_status == 0 || (e.http_status >= 100 && e.http_status <= 599)));
        CHECK(!to_string(e.category).empty());
        CHECK(!to_string(e.action).empty());
        CHECK(e.retry.max_attempts >= 1);
        CHECK(e.retry.multiplier >= 1.0);
        CHECK(e.retry.max_delay_ms >= e.retry.initial_delay_ms);
        if (is_retryable(e)) {
            CHECK(e.retry.initial_delay_ms > 0);
            CHECK(e.retry.max_attempts >= 2);
        } else {
            CHECK(e.retry.max_attempts == 1);
        }
        CHECK((e.source == source::meta) == e.code.has_value());
        CHECK((e.source == source::dialog360) == (e.ordinal > 0));
        if (e.ordinal > 0) CHECK(ordinals.insert(e.ordinal).second);
        for (std::string_view fragment : e.match) {
            for (char c : fragment) CHECK(!(c >= 'A' && c <= 'Z'));
        }
    }
}

TEST_CASE("the catalog holds every code of Meta's error-code page and the related APIs") {
    // Meta's Cloud API error-codes page, the Graph API codes seen with WhatsApp, the Block Users
    // and Marketing Messages APIs (see shared/reference/error-facts.json).
    const long long codes[] = {
        0,       1,       2,       3,       4,       10,      17,      33,      100,     102,     190,     200,
        299,     341,     368,     506,     613,     1005,    80007,   80008,   130403,  130429,  130472,  130497,
        131000,  131005,  131008,  131009,  131016,  131021,  131026,  131031,  131037,  131042,  131045,  131047,
        131048,  131049,  131050,  131051,  131052,  131053,  131055,  131056,  131057,  131060,  131063,  131064,
        132000,  132001,  132005,  132007,  132012,  132015,  132016,  132018,  132068,  132069,  133000,  133004,
        133005,  133006,  133008,  133009,  133010,  133015,  133016,  134011,  134100,  134101,  134102,  135000,
        139100,  139101,  139102,  139103,  200005,  200006,  200007,  1609005, 1752041, 2388012, 2388019, 2388039,
        2388040, 2388047, 2388072, 2388073, 2388091, 2388093, 2388103, 2388293, 2388299, 2494100, 2593107, 2593108};
    for (long long code : codes) {
        INFO(code);
        CHECK(find(code) != nullptr);
    }
}

TEST_CASE("2388103's nine meanings are told apart by their messages") {
    const char* messages[] = {"Cannot migrate phone number.",
                              "Please add this phone number in your WhatsApp account",
                              "Registered name should be present and approved.",
                              "The WhatsApp account that this phone number is registered with is not set up correctly.",
                              "Your WhatsApp account does not have a payment account.",
                              "There was an error migrating this phone number.",
                              "This phone number belongs to a different Business Manager account.",
                              "Your WhatsApp account must be approved",
                              "Your WhatsApp account's \"Messaging For\" request must be approved"};
    std::set<std::string_view> ids;
    for (const char* message : messages) {
        INFO(message);
        const error_info& e = classify({0, 2388103, {}, message, "", ""});
        CHECK(e.code == 2388103);
        ids.insert(e.id);
    }
    CHECK(ids.size() == 9);
}
