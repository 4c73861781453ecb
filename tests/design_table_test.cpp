// SPDX-License-Identifier: MIT
// The classifications the library promises for the errors senders meet most, one row per error:
// its category, retry kind, retry scope and next action (docs/concepts.md explains each).
#include <optional>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

namespace {

struct required_row {
    const char* what;
    error_ref ref;
    category expected_category;
    retry_kind kind;
    retry_scope scope;
    action next;
};

void check(const required_row& row) {
    INFO(row.what);
    const error_info& e = classify(row.ref);
    INFO(e.id);
    CHECK(e.category == row.expected_category);
    CHECK(e.retry.kind == row.kind);
    CHECK(e.retry.scope == row.scope);
    CHECK(e.action == row.next);
}

error_ref code(long long c, int status = 400) { return error_ref(status, c); }
error_ref text(const char* message, int status) { return error_ref(status, {}, {}, message); }

}  // namespace

TEST_CASE("required classifications: 360dialog's own errors") {
    const required_row rows[] = {
        {"invalid api key", text("Invalid api_key or token expired", 401), category::authentication,
         retry_kind::after_fix, retry_scope::account, action::check_credentials},
        {"endpoint rate limit", text("You have exceeded the endpoint rate limit.", 400), category::rate_limit,
         retry_kind::throttle, retry_scope::account, action::slow_down},
        {"lack of payment", text("Could not send message due to lack of payment.", 400), category::billing,
         retry_kind::after_fix, retry_scope::account, action::settle_billing},
        {"internal server error", text("Internal server error", 500), category::server, retry_kind::backoff,
         retry_scope::request, action::retry},
        {"API not available", text("WhatsApp for Business API not available", 502), category::server,
         retry_kind::backoff, retry_scope::account, action::retry},
        {"API disabled", text("Your WhatsApp for Business API has been disabled", 400), category::account,
         retry_kind::after_fix, retry_scope::account, action::contact_support},
        {"endpoint blocked", text("The endpoint is blocked", 403), category::permission, retry_kind::after_fix,
         retry_scope::account, action::contact_support},
        {"partner permission", text("Permission denied for partner 123", 403), category::permission,
         retry_kind::after_fix, retry_scope::account, action::check_credentials},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("required classifications: authentication, throttling and server codes") {
    const required_row rows[] = {
        {"0", code(0, 401), category::authentication, retry_kind::after_fix, retry_scope::account,
         action::check_credentials},
        {"190", code(190, 401), category::authentication, retry_kind::after_fix, retry_scope::account,
         action::check_credentials},
        {"4", code(4), category::rate_limit, retry_kind::throttle, retry_scope::account, action::slow_down},
        {"80007", code(80007), category::rate_limit, retry_kind::throttle, retry_scope::account, action::slow_down},
        {"130429", code(130429), category::rate_limit, retry_kind::throttle, retry_scope::phone_number,
         action::slow_down},
        {"131056", code(131056), category::rate_limit, retry_kind::throttle, retry_scope::recipient, action::slow_down},
        {"131048", code(131048), category::rate_limit, retry_kind::throttle, retry_scope::phone_number,
         action::check_quality},
        {"1", code(1), category::server, retry_kind::backoff, retry_scope::request, action::retry},
        {"2", code(2, 503), category::server, retry_kind::backoff, retry_scope::request, action::retry},
        {"131000", code(131000, 500), category::server, retry_kind::backoff, retry_scope::request, action::retry},
        {"131016", code(131016, 500), category::server, retry_kind::backoff, retry_scope::request, action::retry},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("required classifications: recipient, integrity and billing codes") {
    const required_row rows[] = {
        {"131047", code(131047), category::recipient, retry_kind::never, retry_scope::recipient, action::send_template},
        {"131026", code(131026), category::recipient, retry_kind::never, retry_scope::recipient, action::ask_recipient},
        {"131050", code(131050), category::recipient, retry_kind::never, retry_scope::recipient, action::none},
        {"130472", code(130472), category::recipient, retry_kind::never, retry_scope::recipient, action::none},
        {"131049", code(131049), category::recipient, retry_kind::throttle, retry_scope::recipient, action::wait},
        {"368", code(368, 403), category::integrity, retry_kind::after_fix, retry_scope::account,
         action::resolve_policy},
        // Recipient, not account: the restriction covers some countries only (the catalog's notes).
        {"130497", code(130497, 403), category::integrity, retry_kind::after_fix, retry_scope::recipient,
         action::resolve_policy},
        {"131031", code(131031, 403), category::integrity, retry_kind::after_fix, retry_scope::account,
         action::resolve_policy},
        {"131042", code(131042), category::billing, retry_kind::after_fix, retry_scope::account,
         action::settle_billing},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("required classifications: 131049 waits at least 24 hours") {
    CHECK(find(131049)->retry.initial_delay_ms >= 24LL * 3600 * 1000);
}

TEST_CASE("required classifications: request, template, media and account codes") {
    const required_row rows[] = {
        {"131008", code(131008), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"131009", code(131009), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"100", code(100), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"131021", code(131021), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"131051", code(131051), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"132000", code(132000), category::message_template, retry_kind::never, retry_scope::request,
         action::fix_request},
        {"132005", code(132005), category::message_template, retry_kind::never, retry_scope::request,
         action::fix_request},
        {"132012", code(132012), category::message_template, retry_kind::never, retry_scope::request,
         action::fix_request},
        {"132001", code(132001, 404), category::message_template, retry_kind::after_fix, retry_scope::request,
         action::fix_template},
        {"132015", code(132015), category::message_template, retry_kind::after_fix, retry_scope::request,
         action::fix_template},
        {"132016", code(132016), category::message_template, retry_kind::after_fix, retry_scope::request,
         action::fix_template},
        {"131053", code(131053), category::media, retry_kind::never, retry_scope::request, action::fix_media},
        {"131057", code(131057, 500), category::account, retry_kind::backoff, retry_scope::phone_number, action::retry},
        {"1005 registration timeout", error_ref(403, 1005, {}, "", "Access denied", "Registration timeout"),
         category::registration, retry_kind::throttle, retry_scope::phone_number, action::wait},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("required classifications: generic fallbacks by HTTP status") {
    const required_row rows[] = {
        {"HTTP 429", text("", 429), category::rate_limit, retry_kind::throttle, retry_scope::account,
         action::slow_down},
        {"HTTP 500", text("", 500), category::server, retry_kind::backoff, retry_scope::request, action::retry},
        // A gateway failure hits every send from the number: paused together.
        {"HTTP 503", text("", 503), category::server, retry_kind::backoff, retry_scope::phone_number, action::retry},
        {"HTTP 401", text("", 401), category::authentication, retry_kind::after_fix, retry_scope::account,
         action::check_credentials},
        {"HTTP 403", text("", 403), category::permission, retry_kind::after_fix, retry_scope::account,
         action::check_credentials},
        {"HTTP 404", text("", 404), category::request, retry_kind::never, retry_scope::request, action::fix_request},
        {"HTTP 422", text("", 422), category::request, retry_kind::never, retry_scope::request, action::fix_request},
    };
    for (const auto& row : rows) check(row);
}
