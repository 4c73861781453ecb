// SPDX-License-Identifier: MIT
// retry_after.hpp: every Retry-After form of RFC 9110, and malformed headers.
#include <chrono>

#include <wa_errors/retry_after.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;
using std::chrono::seconds;

namespace {

// 1994-11-06 08:49:37 UTC, the RFC's own example date, minus 100 seconds.
const std::chrono::system_clock::time_point before_rfc_date{seconds(784111777 - 100)};

}  // namespace

TEST_CASE("delay-seconds is a number of seconds") {
    CHECK(parse_retry_after("120", before_rfc_date) == seconds(120));
    CHECK(parse_retry_after("0", before_rfc_date) == seconds(0));
    CHECK(parse_retry_after("  7\t", before_rfc_date) == seconds(7));
    CHECK(parse_retry_after("0000000000000000000000042", before_rfc_date) == seconds(42));
}

TEST_CASE("an enormous delay-seconds is clamped instead of overflowing") {
    CHECK(parse_retry_after("99999999999999999999999999999999", before_rfc_date) == seconds(2147483647));
}

TEST_CASE("an IMF-fixdate is the time until that date") {
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", before_rfc_date) == seconds(100));
}

TEST_CASE("the obsolete RFC 850 form is accepted") {
    CHECK(parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", before_rfc_date) == seconds(100));
}

TEST_CASE("the obsolete asctime form is accepted") {
    CHECK(parse_retry_after("Sun Nov  6 08:49:37 1994", before_rfc_date) == seconds(100));
    CHECK(parse_retry_after("Sun Nov 06 08:49:37 1994", before_rfc_date) == seconds(100));
}

TEST_CASE("a date in the past means no wait") {
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", before_rfc_date + seconds(3600)) == seconds(0));
    CHECK(parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", before_rfc_date) == seconds(0));
}

TEST_CASE("dates in leap years and far ahead are computed exactly") {
    const std::chrono::system_clock::time_point y2024{seconds(1704067200)};  // 2024-01-01T00:00:00Z
    CHECK(parse_retry_after("Thu, 29 Feb 2024 00:00:00 GMT", y2024) == seconds(59 * 86400));
    CHECK(parse_retry_after("Wed, 01 Jan 2025 00:00:00 GMT", y2024) == seconds(366 * 86400));
}

TEST_CASE("RFC 850 two-digit years more than 50 years ahead belong to the past century") {
    const std::chrono::system_clock::time_point y2026{seconds(1767225600)};  // 2026-01-01T00:00:00Z
    CHECK(parse_retry_after("Friday, 02-Jan-26 00:00:00 GMT", y2026) == seconds(86400));
    CHECK(parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", y2026) == seconds(0));  // 1994, not 2094
}

TEST_CASE("malformed headers give nullopt") {
    const char* bad[] = {
        "",
        "   ",
        "-5",
        "1.5",
        "12abc",
        "soon",
        "Sun, 06 Nov 1994 08:49:37 UTC",  // only GMT is allowed
        "Sun, 06 Nov 1994 08:49:37",      // zone missing
        "Sun, 31 Nov 1994 08:49:37 GMT",  // no 31 November
        "Sun, 29 Feb 1900 08:49:37 GMT",  // 1900 was not a leap year
        "Sun, 06 Nov 1994 24:00:00 GMT",  // hour out of range
        "Sun, 06 Nov 1994 08:60:00 GMT",  // minute out of range
        "Sun, 6 Nov 1994 08:49:37 GMT",   // IMF-fixdate needs two-digit days
        "Sun, 06 Foo 1994 08:49:37 GMT",  // unknown month
        "Xyz, 06 Nov 1994 08:49:37 GMT",  // unknown day
        "sun, 06 nov 1994 08:49:37 gmt",  // names are case-sensitive
        "Sun, 06 Nov 1994 08:49:37 GMT trailing",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sun Nov  6 08:49:37",
        "\x01\xff\xfe",
    };
    for (const char* header : bad) {
        INFO(header);
        CHECK_FALSE(parse_retry_after(header, before_rfc_date).has_value());
    }
}

TEST_CASE("a header with an embedded NUL is malformed") {
    CHECK_FALSE(parse_retry_after(std::string_view("12\0 3", 5), before_rfc_date).has_value());
}

TEST_CASE("duplicate header lines joined by a proxy give the longest wait") {
    CHECK(parse_retry_after("120, 120", before_rfc_date) == seconds(120));
    CHECK(parse_retry_after("30,120", before_rfc_date) == seconds(120));
    CHECK(parse_retry_after("abc, 45", before_rfc_date) == seconds(45));
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:50:37 GMT", before_rfc_date) ==
          seconds(160));
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT, 500", before_rfc_date) == seconds(500));
    CHECK_FALSE(parse_retry_after(",", before_rfc_date).has_value());
    CHECK_FALSE(parse_retry_after(", ,", before_rfc_date).has_value());
}

TEST_CASE("a trailing CR or LF from a raw header reader is ignored") {
    CHECK(parse_retry_after("120\r", before_rfc_date) == seconds(120));
    CHECK(parse_retry_after("120\r\n", before_rfc_date) == seconds(120));
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT\r\n", before_rfc_date) == seconds(100));
}

TEST_CASE("an HTTP-date is measured against the response's Date header, not the local clock") {
    const auto local_clock_30s_fast = before_rfc_date + seconds(110);
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:17 GMT", local_clock_30s_fast) ==
          seconds(20));
    // Without a usable Date, the local clock is all there is.
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", "", local_clock_30s_fast) == seconds(0));
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", "yesterday", before_rfc_date) == seconds(100));
    CHECK(parse_retry_after("15", "Sun, 06 Nov 1994 08:49:17 GMT", before_rfc_date) == seconds(15));
}

TEST_CASE("dates far in the future are capped instead of overflowing") {
    CHECK(parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", before_rfc_date) == seconds(2147483647));
    const auto far_past = std::chrono::system_clock::time_point(std::chrono::seconds(-9000000000LL));
    CHECK(parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", far_past) == seconds(2147483647));
}

TEST_CASE("a header over 1 KiB is not read") {
    const std::string huge(2000, '1');
    CHECK_FALSE(parse_retry_after(huge, before_rfc_date).has_value());
}

TEST_CASE("parse_http_date reads a Date header into a time point") {
    const auto date = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", before_rfc_date);
    REQUIRE(date.has_value());
    CHECK(*date == before_rfc_date + seconds(100));
    CHECK_FALSE(parse_http_date("06 Nov 1994", before_rfc_date).has_value());
}

TEST_CASE("a Date header after 2262 gives the wait between the two dates, not a wrapped clock") {
    // libstdc++'s system_clock counts nanoseconds in 64 bits and ends in April 2262; the wait is
    // computed from the two dates in seconds, so 60 s stays 60 s whatever the year.
    CHECK(parse_retry_after("Mon, 01 Jan 2263 00:01:00 GMT", "Mon, 01 Jan 2263 00:00:00 GMT", before_rfc_date) ==
          seconds(60));
    CHECK(parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", "Fri, 31 Dec 9999 23:58:59 GMT", before_rfc_date) ==
          seconds(60));
    CHECK(parse_retry_after("60", "Fri, 31 Dec 9999 23:59:59 GMT", before_rfc_date) == seconds(60));
    // A server clock set in 9999 against a Retry-After date of today: the date is past, no wait.
    CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", before_rfc_date) ==
          seconds(0));
}

TEST_CASE("local clocks at the ends of system_clock's range neither overflow nor wrap") {
    using clock = std::chrono::system_clock;
    for (const auto now : {clock::time_point::max(), clock::time_point::min()}) {
        CHECK(parse_retry_after("60", "Fri, 31 Dec 9999 23:58:59 GMT", now) == seconds(60));
        CHECK(parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", "Fri, 31 Dec 9999 23:58:59 GMT", now) == seconds(60));
        const auto wait = parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now);
        REQUIRE(wait.has_value());
        CHECK(*wait >= seconds(0));
        CHECK(*wait <= seconds(2147483647));
    }
}

TEST_CASE("parse_http_date gives nullopt for a date the clock cannot hold, never a wrapped time point") {
    for (const char* date : {"Mon, 01 Jan 2263 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
                             "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 11 Apr 2262 23:47:16 GMT"}) {
        CAPTURE(date);
        const auto parsed = detail::http_date_seconds(date, 0);
        REQUIRE(parsed.has_value());
        const auto as_time_point = parse_http_date(date, before_rfc_date);
        if (detail::fits_system_clock(*parsed)) {
            REQUIRE(as_time_point.has_value());
            CHECK(std::chrono::duration_cast<seconds>(as_time_point->time_since_epoch()).count() == *parsed);
        } else {
            CHECK_FALSE(as_time_point.has_value());
        }
    }
    // 2263 is past the end of a nanosecond clock and well inside a microsecond one.
    using period = std::chrono::system_clock::duration::period;
    if (period::den / period::num == 1000000000)
        CHECK_FALSE(parse_http_date("Mon, 01 Jan 2263 00:00:00 GMT", before_rfc_date).has_value());
}

TEST_CASE("huge delay-seconds are capped at about 68 years whatever the Date header says") {
    const std::string digits_400(400, '9');
    for (const std::string& header : {std::string("2147483648"), std::string("9223372036854775807"),
                                      std::string("18446744073709551616"), digits_400}) {
        CAPTURE(header.size());
        CHECK(parse_retry_after(header, before_rfc_date) == seconds(2147483647));
        CHECK(parse_retry_after(header, "Fri, 31 Dec 9999 23:59:59 GMT", before_rfc_date) == seconds(2147483647));
    }
}
