// SPDX-License-Identifier: MIT
// Every error 360dialog's public Error Code Reference lists (the rows below copy its status, code
// and wording) is found by classify() from its code or from its message text, as a service would
// receive it.
#include <optional>

#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

namespace {

struct reference_row {
    int http_status;
    std::optional<long long> code;
    const char* text;  // message, title or details, as 360dialog's page words it
    const char* expected_id;
};

const reference_row rows[] = {
    // 360dialog Messaging Errors (no code; recognised by text)
    {400, {}, "Your WhatsApp for Business API has been disabled", "360dialog.api_disabled"},
    {400, {}, "You have exceeded the endpoint rate limit.", "360dialog.endpoint_rate_limit"},
    {400,
     {},
     "Could not send message due to lack of payment. Messaging can resume once overdue invoices towards 360dialog are "
     "settled.",
     "360dialog.lack_of_payment"},
    {401, {}, "Invalid api_key", "360dialog.invalid_api_key"},
    {403, {}, "The endpoint is blocked", "360dialog.endpoint_blocked"},
    {500, {}, "Internal server error", "360dialog.internal_server_error"},
    {502, {}, "WhatsApp for Business API not available", "360dialog.api_not_available"},
    // 360dialog Partner API Errors
    {403, {}, "Permission denied for partner x", "360dialog.partner_permission_denied"},
    // Meta Cloud API Integrity Errors
    {403, 368, "Temporarily blocked for policies violations", "meta.368"},
    {403, 130497, "Business account is restricted from messaging users in this country.", "meta.130497"},
    {403, 131031, "Account has been locked", "meta.131031"},
    // Other Meta Cloud API Errors
    {400, 1, "API Unknown", "meta.1"},
    {503, 2, "API Service", "meta.2"},
    {400, 130472, "User's number is part of an experiment", "meta.130472"},
    {500, 131000, "Something went wrong", "meta.131000"},
    {403, 131005, "Access denied", "meta.131005"},
    {400, 131008, "Required parameter is missing", "meta.131008"},
    {500, 131016, "Service unavailable", "meta.131016"},
    {400, 131021, "Sender and recipient phone number is the same.", "meta.131021"},
    {400, 131026, "Message Undeliverable", "meta.131026"},
    {400, 131037, "WhatsApp provided number needs display name approval before message can be sent.", "meta.131037"},
    {400, 131042, "Business eligibility payment issue", "meta.131042"},
    {400, 131047, "Re-engagement message", "meta.131047"},
    {400, 131049, "Meta chose not to deliver.", "meta.131049"},
    {400, 131051, "Unsupported message type", "meta.131051"},
    {400, 131052, "Media download error", "meta.131052"},
    {400, 131053, "Media upload error", "meta.131053"},
    {500, 131057, "Account in maintenance mode", "meta.131057"},
    {400, 132000, "Template Param Count Mismatch", "meta.132000"},
    {404, 132001, "Template does not exist", "meta.132001"},
    {400, 132005, "Template Hydrated Text Too Long", "meta.132005"},
    {400, 132007, "Template Format Character Policy Violated", "meta.132007"},
    {400, 132012, "Template Parameter Format Mismatch", "meta.132012"},
    {400, 135000, "Generic user error", "meta.135000"},
    // Meta Number Registration Errors: four meanings of 1005
    {403, 1005, "Registration timeout", "meta.1005.registration_timeout"},
    {403, 1005, "Unknown error: biz_link_info_invalid_payload", "meta.1005.biz_link_info_invalid_payload"},
    {403, 1005, "This number has not been approved for an enterprise", "meta.1005.not_approved_for_enterprise"},
    {403, 1005, "There was an error verifying this phone number", "meta.1005.verification_locked"},
};

}  // namespace

TEST_CASE("every error of 360dialog's reference is classified from its code or text") {
    for (const reference_row& row : rows) {
        INFO(row.text);
        CHECK(classify(error_ref(row.http_status, row.code, {}, row.text)).id == row.expected_id);
        CHECK(classify(error_ref(row.http_status, row.code, {}, "", row.text)).id == row.expected_id);
        CHECK(classify(error_ref(row.http_status, row.code, {}, "Access denied", "", row.text)).id == row.expected_id);
    }
}

TEST_CASE("360dialog's documented payload wordings are recognised") {
    CHECK(classify(error_ref(404, {}, {}, "Invalid api_key or token expired")).id == "360dialog.invalid_api_key");
    CHECK(
        classify(error_ref(403, {}, {},
                           "This URL *** is blocked. More info: https://docs.360dialog.com/whatsapp-api/whatsapp-api"))
            .id == "360dialog.endpoint_blocked");
    CHECK(
        classify(error_ref(400, {}, {},
                           "Your WhatsApp for Business API has been disabled. If you believe this is a mistake, please "
                           "contact our support team."))
            .id == "360dialog.api_disabled");
    CHECK(classify(error_ref(400, {}, {}, "You have exceeded the limit of 1 request every 5 seconds. Try again later."))
              .id == "360dialog.endpoint_rate_limit");
    CHECK(classify(error_ref(401, {}, {}, "Invalid api token.")).id == "360dialog.invalid_api_key");
    CHECK(classify(
              {400, 131055, {}, "(#200) You must accept the Marketing Messages Lite API terms to use the API.", "", ""})
              .id == "meta.131055.mm_lite_terms");
}
