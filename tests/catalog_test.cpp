// SPDX-License-Identifier: MIT
// Table-driven over every catalog entry: each is found by id, by code (or its match text),
// and classify() returns it from what a real payload would carry.
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <nlohmann/json.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

TEST_CASE("every entry is found by its id") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        CHECK(find(e.id) == &e);
    }
}

namespace {

// A recipient that each of the entry's prefixes applies to, else one none applies to.
std::string recipient_for(const error_info& e) {
    return e.recipient_prefix.empty() ? std::string("+49 30 1234567")
                                      : "+" + std::string(e.recipient_prefix[0]) + "5550100";
}

bool some_entry_has_code(long long code) {
    for (const error_info& e : catalog())
        if (e.code == code && !e.subcode) return true;
    return false;
}

bool has_condition(const error_info& e) { return !e.match.empty() || !e.recipient_prefix.empty(); }

}  // namespace

TEST_CASE("every entry without a condition is what find returns for its code or (code, subcode)") {
    for (const error_info& e : catalog()) {
        if (!e.code || has_condition(e)) continue;
        INFO(e.id);
        if (e.subcode) {
            CHECK(find(*e.code, *e.subcode) == &e);
            // Meta's error page lists subcodes as codes: a number known only as a subcode finds it.
            if (!some_entry_has_code(*e.subcode)) CHECK(find(*e.subcode) == &e);
            continue;
        }
        CHECK(find(*e.code) == &e);
        if (e.code_max) CHECK(find(*e.code_max) == &e);
    }
}

TEST_CASE("every coded entry is what classify returns for its code, subcode, match fragments and recipient") {
    for (const error_info& e : catalog()) {
        if (!e.code) continue;
        INFO(e.id);
        const std::string recipient = recipient_for(e);
        if (e.match.empty()) {
            CHECK(&classify(error_ref(e.http_status, e.code, e.subcode, "", "", "", recipient)) == &e);
            CHECK(&classify(error_ref(0, e.code, e.subcode, e.title, e.title, "", recipient)) == &e);
            continue;
        }
        for (std::string_view fragment : e.match) {
            INFO(fragment);
            const std::string sentence = "(#" + std::to_string(*e.code) + ") " + std::string(fragment) + ".";
            CHECK(&classify(error_ref(e.http_status, e.code, e.subcode, sentence, "", "", recipient)) == &e);
            CHECK(&classify(error_ref(0, e.code, e.subcode, "", sentence, "", recipient)) == &e);
            CHECK(&classify(error_ref(0, e.code, e.subcode, "", "", sentence, recipient)) == &e);
        }
    }
}

TEST_CASE("an entry for a (code, subcode) pair is also found from its subcode under an unknown code") {
    for (const error_info& e : catalog()) {
        if (!e.subcode || has_condition(e) || some_entry_has_code(*e.subcode)) continue;
        INFO(e.id);
        CHECK(&classify(error_ref(400, 987654, e.subcode)) == &e);
        CHECK(&classify(error_ref(400, e.subcode)) == &e);
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
            CHECK(&classify(error_ref(e.http_status, {}, {}, fragment)) == &e);
            CHECK(&classify(error_ref(0, {}, {}, fragment)) == &e);
        }
        CHECK(&classify(error_ref(e.http_status, {}, {}, e.title)) == &e);
    }
}

TEST_CASE("every generic entry is what classify returns for its status, or its transport failure") {
    for (const error_info& e : catalog()) {
        if (e.source != source::generic) continue;
        INFO(e.id);
        error_ref r = error_ref(e.http_status);
        if (e.id == "generic.transport_not_sent") r.transport = transport_failure::not_sent;
        if (e.id == "generic.transport_timeout") r.transport = transport_failure::no_answer;
        CHECK(&classify(r) == &e);
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
    // and Marketing Messages APIs. Template subcodes are found by their number too.
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
        const error_info& e = classify(error_ref(0, 2388103, {}, message));
        CHECK(e.code == 2388103);
        ids.insert(e.id);
    }
    CHECK(ids.size() == 9);
}

TEST_CASE("every code Meta documents that tests/data lists with high confidence is known") {
    std::ifstream file(WA_ERRORS_TEST_DATA_DIR "/missing_codes_high.json");
    REQUIRE(file);
    const auto data = nlohmann::json::parse(std::string(std::istreambuf_iterator<char>(file), {}));
    const auto& records = data.at("records");
    REQUIRE(records.size() >= 60);
    for (const auto& record : records) {
        const auto code = record.at("code").get<long long>();
        const auto title = record.at("title").get<std::string>();
        INFO(code << " " << title);
        if (record.contains("parent_code")) {
            CHECK(find(record.at("parent_code").get<long long>(), code) != nullptr);
            continue;
        }
        REQUIRE(find(code) != nullptr);
        CHECK(find(code)->source == source::meta);
        if (record.contains("match")) {
            // A new meaning of a known code: Meta's wording picks the entry that describes it.
            const error_info& e = classify(error_ref(400, code, {}, title));
            std::string lower_title(e.title);
            for (char& c : lower_title) c = detail::ascii_lower(c);
            std::string lower_match = record.at("match").get<std::string>();
            for (char& c : lower_match) c = detail::ascii_lower(c);
            INFO(e.id);
            CHECK(lower_title.find(lower_match) != std::string::npos);
        }
    }
}

namespace {

// What a parser takes out of a Graph error body: code, error_subcode, message, and
// error_user_title / error_user_msg as title and details.
const error_info& classify_body(const std::string& body) {
    const auto error = nlohmann::json::parse(body).at("error");
    const std::string message = error.value("message", "");
    const std::string title = error.value("error_user_title", "");
    const std::string details = error.value("error_user_msg", "");
    std::optional<long long> subcode;
    if (error.contains("error_subcode")) subcode = error.at("error_subcode").get<long long>();
    return classify(error_ref(400, error.at("code").get<long long>(), subcode, message, title, details));
}

struct template_case {
    const char* id;
    const char* body;  // as Graph answers POST /<WABA_ID>/message_templates
};

const template_case template_cases[] = {
    {"meta.100.2388039",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388039,)"
     R"("is_transient":false,"error_user_title":"Message template status can't be changed",)"
     R"("error_user_msg":"The status for this message template can't be changed.","fbtrace_id":"AbC1"}})"},
    {"meta.100.2388040",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388040,)"
     R"("is_transient":false,"error_user_title":"Character limit exceeded",)"
     R"("error_user_msg":"The header text exceeds the 60 character limit.","fbtrace_id":"AbC2"}})"},
    {"meta.100.2388047",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388047,)"
     R"("is_transient":false,"error_user_title":"Message header format is incorrect",)"
     R"("error_user_msg":"Headers can't contain new lines.","fbtrace_id":"AbC3"}})"},
    {"meta.100.2388072",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388072,)"
     R"("is_transient":false,"error_user_title":"Message body format is incorrect",)"
     R"("error_user_msg":"The body can't have more than two consecutive new lines.","fbtrace_id":"AbC4"}})"},
    {"meta.100.2388073",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388073,)"
     R"("is_transient":false,"error_user_title":"Message footer format is incorrect",)"
     R"("error_user_msg":"Footers can't contain variables.","fbtrace_id":"AbC5"}})"},
    {"meta.100.2388293",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388293,)"
     R"("is_transient":false,"error_user_title":"Parameters words ratio exceeds limit",)"
     R"("error_user_msg":"This template has too many variables for its length.","fbtrace_id":"AbC6"}})"},
    {"meta.100.2388299",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388299,)"
     R"("is_transient":false,"error_user_title":"Leading or trailing parameters not allowed",)"
     R"("error_user_msg":"Variables can't be at the start or end of the template.","fbtrace_id":"AbC7"}})"},
    {"meta.100.2388019",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388019,)"
     R"("is_transient":false,"error_user_title":"Message Template Limit Exceeded",)"
     R"("error_user_msg":"You have reached the maximum number of message templates.","fbtrace_id":"AbC8"}})"},
    {"meta.100.2388023",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388023,)"
     R"("is_transient":false,"error_user_title":"Message template language is being deleted",)"
     R"("error_user_msg":"New English content can't be added while the existing content is being deleted.",)"
     R"("fbtrace_id":"AbC9"}})"},
    {"meta.100.2388024",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388024,)"
     R"("is_transient":false,"error_user_title":"Content in This Language Already Exists",)"
     R"("error_user_msg":"There is already English (US) content for this template.","fbtrace_id":"AbD1"}})"},
    {"meta.100.2388046",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388046,)"
     R"("is_transient":false,"error_user_title":"Name Format is Incorrect",)"
     R"("error_user_msg":"Message template names can only have lowercase letters and underscores.",)"
     R"("fbtrace_id":"AbD2"}})"},
    {"meta.100.2388077",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388077,)"
     R"("is_transient":false,"error_user_title":"Insight Invalid Product Type Combination",)"
     R"("error_user_msg":"INBOUND product type can't be combined with others.","fbtrace_id":"AbD3"}})"},
    {"meta.100.2388155",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388155,)"
     R"("is_transient":false,"error_user_title":"Template name is already used as a sample template",)"
     R"("error_user_msg":"Choose a name that no sample template uses.","fbtrace_id":"AbD4"}})"},
    {"meta.100.2388027",
     R"({"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388027,)"
     R"("is_transient":false,"error_user_title":"WABA should have maximum one product catalogue",)"
     R"("error_user_msg":"Disconnect the current catalog first.","fbtrace_id":"AbD5"}})"},
};

}  // namespace

TEST_CASE("every template-management entry is reached from a real-shaped Graph body and from classify") {
    std::set<std::string_view> covered;
    for (const template_case& c : template_cases) {
        INFO(c.id);
        const error_info* e = find(std::string_view(c.id));
        REQUIRE(e != nullptr);
        CHECK(&classify_body(c.body) == e);
        CHECK(&classify(error_ref(400, 100, e->subcode, "Invalid parameter")) == e);
        CHECK(&classify_body(c.body) != find(100));  // what these bodies classified as before
        covered.insert(e->id);
    }
    // Every template subcode entry of the catalog has a body above.
    for (const error_info& e : catalog()) {
        if (e.code == 100 && e.subcode && *e.subcode >= 2388000 && *e.subcode < 2389000) {
            INFO(e.id);
            CHECK(covered.count(e.id) == 1);
        }
    }
}

TEST_CASE("a template subcode wins over code 100 and its match variants") {
    CHECK(classify(error_ref(400, 100, 2388072, "(#100) Message must be a template message")).id == "meta.100.2388072");
    CHECK(classify(error_ref(400, 100, {}, "(#100) Message must be a template message")).id ==
          "meta.100.template_required");
    CHECK(classify(error_ref(400, 100, 2494010, "(#100) Invalid parameter")).id == "meta.100");
}

TEST_CASE("new meanings of existing codes are told apart by Meta's wording") {
    struct row {
        long long code;
        const char* text;
        const char* expected_id;
    };
    const row rows[] = {
        {131055, "(#131055) Method not allowed. Graph API calls are not allowed for SIP enabled numbers",
         "meta.131055.sip_enabled"},
        {131055, "Only marketing template messages are supported", "meta.131055"},
        {131009, "Interactive Message type voice_call not supported", "meta.131009.voice_call"},
        {131009, "One or more parameter values are invalid.", "meta.131009"},
        {131005, "WhatsApp Payments Terms of Service acceptance pending. Please use the following link to accept",
         "meta.131005.payments_terms"},
        {131005, "Access denied", "meta.131005"},
        {33, "The user has not granted the whatsapp_business_management permission", "meta.33.missing_grant"},
        {33, "Invalid ID", "meta.33"},
        {613, "Fetch Call Permission Status API limit hit", "meta.613.call_permission"},
        {613, "Too many verification code requests. Please wait before requesting another code",
         "meta.613.verification_code"},
        {613, "Calls to this api have exceeded the rate limit.", "meta.613"},
        {100, "Cannot send non-template messages outside the 24-hour window", "meta.100.outside_service_window"},
        {139001, "Error while processing Flow JSON", "meta.139001.processing"},
        {139001, "Can't update a published Flow", "meta.139001"},
        {139003, "Flow is already deprecated", "meta.139003.already_deprecated"},
    };
    for (const row& r : rows) {
        INFO(r.text);
        CHECK(classify(error_ref(400, r.code, {}, "", "", r.text)).id == r.expected_id);
    }
    CHECK(classify(error_ref(400, 100, {}, "Cannot send non-template messages outside the 24-hour window")).action ==
          action::send_template);
}

TEST_CASE("the catalog documents at least 150 distinct Meta codes and subcodes") {
    std::set<std::pair<long long, long long>> keys;
    for (const error_info& e : catalog()) {
        if (e.source == source::meta) keys.insert({*e.code, e.subcode.value_or(-1)});
    }
    CHECK(keys.size() >= 150);
}

TEST_CASE("new codes map into the existing categories by the kind of problem") {
    struct row {
        const char* id;
        category expected_category;
        retry_kind kind;
        retry_scope scope;
        action next;
    };
    using C = category;
    using K = retry_kind;
    using S = retry_scope;
    using A = action;
    const row rows[] = {
        {"meta.131030", C::request, K::after_fix, S::request, A::fix_request},
        {"meta.137000", C::recipient, K::never, S::recipient, A::ask_recipient},
        {"meta.131062", C::request, K::never, S::request, A::fix_request},
        {"meta.131035", C::server, K::never, S::request, A::none},
        {"meta.131036", C::recipient, K::never, S::recipient, A::none},
        {"meta.131044", C::billing, K::after_fix, S::account, A::settle_billing},
        {"meta.2040", C::recipient, K::never, S::recipient, A::none},
        {"meta.2046", C::request, K::never, S::request, A::fix_request},
        {"meta.2047", C::request, K::never, S::request, A::none},
        {"meta.104", C::authentication, K::after_fix, S::account, A::check_credentials},
        {"meta.131058", C::message_template, K::never, S::request, A::fix_template},
        {"meta.803", C::request, K::never, S::request, A::fix_request},
        {"meta.2500", C::request, K::never, S::request, A::fix_request},
        {"meta.136024", C::registration, K::never, S::request, A::register_number},
        {"meta.136025", C::registration, K::never, S::request, A::register_number},
        {"meta.100.2207051", C::registration, K::after_fix, S::phone_number, A::register_number},
        {"meta.100.33", C::request, K::never, S::request, A::fix_request},
        // Calling: by the kind of problem, not the product.
        {"meta.138000", C::account, K::after_fix, S::phone_number, A::fix_request},
        {"meta.138001", C::recipient, K::never, S::recipient, A::ask_recipient},
        {"meta.138002", C::rate_limit, K::throttle, S::phone_number, A::slow_down},
        {"meta.138003", C::recipient, K::throttle, S::recipient, A::wait},
        {"meta.138004", C::server, K::backoff, S::request, A::retry},
        {"meta.138005", C::rate_limit, K::throttle, S::phone_number, A::slow_down},
        {"meta.138006", C::recipient, K::never, S::recipient, A::ask_recipient},
        {"meta.138007", C::request, K::never, S::request, A::fix_request},
        {"meta.138009", C::rate_limit, K::throttle, S::recipient, A::wait},
        {"meta.138012", C::rate_limit, K::throttle, S::recipient, A::wait},
        {"meta.138013", C::account, K::never, S::phone_number, A::none},
        {"meta.138014", C::integrity, K::after_fix, S::phone_number, A::check_quality},
        {"meta.138015", C::account, K::after_fix, S::phone_number, A::none},
        {"meta.138017", C::request, K::never, S::request, A::none},
        {"meta.138018", C::account, K::after_fix, S::phone_number, A::fix_request},
        {"meta.138019", C::server, K::backoff, S::request, A::retry},
        {"meta.138020", C::server, K::backoff, S::request, A::retry},
        {"meta.138021", C::request, K::never, S::request, A::fix_request},
        {"meta.138022", C::server, K::backoff, S::request, A::retry},
        {"meta.138023", C::server, K::backoff, S::request, A::retry},
        {"meta.138024", C::account, K::after_fix, S::phone_number, A::fix_request},
        {"meta.138025", C::account, K::after_fix, S::phone_number, A::fix_request},
        {"meta.141002", C::message_template, K::after_fix, S::request, A::fix_template},
        {"meta.131055.sip_enabled", C::request, K::never, S::request, A::fix_request},
        {"meta.131009.voice_call", C::request, K::never, S::request, A::fix_request},
        {"meta.613.call_permission", C::rate_limit, K::throttle, S::phone_number, A::slow_down},
        {"meta.613.verification_code", C::registration, K::throttle, S::phone_number, A::wait},
        // Groups.
        {"meta.131020", C::request, K::never, S::request, A::fix_request},
        {"meta.131041", C::request, K::never, S::request, A::fix_request},
        {"meta.131059", C::request, K::never, S::request, A::fix_request},
        {"meta.131201", C::request, K::never, S::request, A::none},
        {"meta.131202", C::request, K::never, S::request, A::fix_request},
        {"meta.131204", C::request, K::never, S::request, A::fix_request},
        {"meta.131207", C::integrity, K::after_fix, S::request, A::resolve_policy},
        {"meta.131208", C::rate_limit, K::throttle, S::phone_number, A::slow_down},
        {"meta.131209", C::media, K::never, S::request, A::fix_media},
        {"meta.131210", C::media, K::never, S::request, A::fix_media},
        {"meta.131211", C::request, K::never, S::phone_number, A::fix_request},
        {"meta.131212", C::request, K::never, S::request, A::fix_request},
        {"meta.131213", C::request, K::never, S::request, A::none},
        {"meta.131214", C::integrity, K::after_fix, S::account, A::check_quality},
        {"meta.131215", C::permission, K::after_fix, S::phone_number, A::contact_support},
        {"meta.131203", C::recipient, K::never, S::recipient, A::ask_recipient},
        {"meta.130501", C::request, K::never, S::request, A::none},
        // Flows management and usernames.
        {"meta.139000", C::integrity, K::after_fix, S::account, A::contact_support},
        {"meta.139001", C::flow, K::never, S::request, A::fix_request},
        {"meta.139001.processing", C::server, K::backoff, S::request, A::retry},
        {"meta.139002", C::flow, K::never, S::request, A::fix_request},
        {"meta.139003", C::flow, K::never, S::request, A::fix_request},
        {"meta.139003.already_deprecated", C::flow, K::never, S::request, A::none},
        {"meta.139004", C::flow, K::never, S::request, A::fix_request},
        {"meta.139006", C::flow, K::never, S::request, A::none},
        {"meta.147001", C::request, K::never, S::request, A::fix_request},
        {"meta.147002", C::account, K::after_fix, S::phone_number, A::none},
        {"meta.147003", C::account, K::after_fix, S::phone_number, A::fix_request},
        {"meta.147004", C::account, K::after_fix, S::phone_number, A::fix_request},
    };
    for (const row& r : rows) {
        INFO(r.id);
        const error_info* e = find(std::string_view(r.id));
        REQUIRE(e != nullptr);
        CHECK(e->category == r.expected_category);
        CHECK(e->retry.kind == r.kind);
        CHECK(e->retry.scope == r.scope);
        CHECK(e->action == r.next);
        CHECK(!std::string_view(e->remediation).empty());
    }
}

TEST_CASE("entries the catalog once got wrong now say what Meta's pages say") {
    CHECK(find(138009)->retry.min_delay_ms >= 24LL * 3600 * 1000);
    CHECK(find(133016)->retry.min_delay_ms >= 72LL * 3600 * 1000);
    CHECK(find(133008)->retry.kind == retry_kind::after_fix);  // never re-sends a PIN by itself
    CHECK(find(131063)->retry.scope == retry_scope::request);
    CHECK(find(130497)->retry.scope == retry_scope::recipient);
    for (long long code : {131050LL, 134011LL, 2593107LL, 2593108LL}) {
        INFO(code);
        CHECK(find(code)->http_status == 400);
    }
    CHECK(find("meta.131009.ad_sync") == nullptr);  // its text never appears in a payload
    CHECK(std::string_view(find("360dialog.internal_server_error")->remediation).find("10 minutes") ==
          std::string_view::npos);
    CHECK(std::string_view(find(100, 2388019)->description).find("6,000") != std::string_view::npos);
}
