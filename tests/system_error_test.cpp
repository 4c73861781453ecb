// SPDX-License-Identifier: MIT
// system_error.hpp: error codes for every entry, and the portable conditions.
#include <system_error>

#include <wa_errors/system_error.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

TEST_CASE("every entry round-trips through an error_code") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const std::error_code ec = make_error_code(e);
        const error_info* back = find(ec);
        REQUIRE(back != nullptr);
        if (e.source == source::meta) {
            CHECK(ec.category() == meta_category());
            CHECK(ec.value() == *e.code);
            // A variant (by text, by recipient) and a subcode's entry come back as the code's main
            // entry: the value is Meta's code, and what chose the entry is gone.
            CHECK(back == find(*e.code));
            CHECK(&classify({0, ec.value(), {}, "", "", ""}) == back);
            if (e.match.empty() && e.recipient_prefix.empty() && !e.subcode) CHECK(back == &e);
        } else {
            CHECK(back == &e);
        }
    }
}

TEST_CASE("360dialog errors use their catalog ordinal") {
    const std::error_code ec = make_error_code(*find("360dialog.invalid_api_key"));
    CHECK(ec.category() == dialog360_category());
    CHECK(ec.value() == 4);
    CHECK(ec.message() == "Invalid API key");
    CHECK(std::string(ec.category().name()) == "wa_errors.360dialog");
}

TEST_CASE("generic entries use their HTTP status, and negative values when there was no response") {
    CHECK(make_error_code(*find("generic.http_429")) == std::error_code(429, http_status_category()));
    CHECK(make_error_code(*find("generic.http_5xx")).value() == 500);
    CHECK(make_error_code(*find("generic.http_503")).value() == 503);
    CHECK(make_error_code(*find("generic.unknown")).value() == no_http_status);
    CHECK(make_error_code(*find("generic.transport_not_sent")).value() == -2);
    CHECK(make_error_code(*find("generic.transport_timeout")).value() == -3);
    CHECK(static_cast<bool>(make_error_code(*find("generic.unknown"))));
    CHECK(find(std::error_code(503, http_status_category()))->id == "generic.http_503");
    CHECK(find(std::error_code(507, http_status_category()))->id == "generic.http_5xx");
    CHECK(find(std::error_code(-3, http_status_category()))->id == "generic.transport_timeout");
    CHECK(std::error_code(-2, http_status_category()) == category::network);
}

TEST_CASE("a code compares equal to its category and retry kind") {
    const std::error_code ec = make_error_code(*find(130429));
    CHECK(ec == category::rate_limit);
    CHECK(ec == retry_kind::throttle);
    CHECK(ec != category::server);
    CHECK(ec != retry_kind::backoff);
    CHECK(make_error_code(*find(131047)) == retry_kind::never);
    CHECK(make_error_code(*find("360dialog.lack_of_payment")) == category::billing);
    CHECK(make_error_code(*find("generic.http_5xx")) == retry_kind::backoff);
    CHECK(std::error_code(502, http_status_category()) == category::server);
}

TEST_CASE("every entry's code is equivalent to exactly its own category and retry kind") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        const std::error_code ec = make_error_code(e);
        const error_info& main = *find(ec);
        for (int c = 0; c <= static_cast<int>(category::unknown); ++c)
            CHECK((ec == static_cast<category>(c)) == (main.category == static_cast<category>(c)));
        for (int k = 0; k <= static_cast<int>(retry_kind::throttle); ++k)
            CHECK((ec == static_cast<retry_kind>(k)) == (main.retry.kind == static_cast<retry_kind>(k)));
        CHECK(ec.default_error_condition() == main.category);
    }
}

TEST_CASE("message names known codes and says when a code is unknown") {
    CHECK(std::error_code(131047, meta_category()).message() == "Re-engagement message");
    CHECK(std::error_code(250, meta_category()).message() == "API Permission");
    CHECK(std::error_code(424242, meta_category()).message() == "unknown WhatsApp error 424242");
    CHECK(std::error_code(-7, meta_category()).message() == "unknown WhatsApp error -7");
    CHECK(std::error_code(999, dialog360_category()).message() == "unknown 360dialog error 999");
    CHECK(std::error_code(-1, http_status_category()).message() == "Unknown error");
    CHECK(make_error_condition(category::rate_limit).message() == "rate_limit");
    CHECK(make_error_condition(static_cast<category>(99)).message() == "unknown wa_errors.category 99");
}

TEST_CASE("unknown codes match no condition") {
    const std::error_code unknown(424242, meta_category());
    CHECK(find(unknown) == nullptr);
    CHECK(unknown != category::unknown);
    CHECK(unknown != retry_kind::never);
    CHECK(find(std::make_error_code(std::errc::timed_out)) == nullptr);
}

TEST_CASE("Meta's code 0 gives a falsy error_code, as documented") {
    const std::error_code ec = make_error_code(*find(0));
    CHECK_FALSE(static_cast<bool>(ec));
    CHECK(ec != std::error_code());
    CHECK(ec == category::authentication);
}
