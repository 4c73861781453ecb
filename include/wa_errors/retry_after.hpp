// SPDX-License-Identifier: MIT
// wa_errors: the HTTP Retry-After header (RFC 9110 §10.2.3), without locale or allocation.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/text.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

namespace detail {

// Delay-seconds above this are clamped to it (about 68 years): far beyond any sane wait, and
// small enough that converting to milliseconds or adding to a time_point cannot overflow.
inline constexpr std::int64_t max_retry_after_seconds = 2147483647;

// Spaces and tabs (RFC 9110's OWS), plus the CR and LF that a raw header reader leaves behind.
constexpr std::string_view trim_ows(std::string_view s) noexcept { return trim(s, " \t\r\n"); }

// A cursor over the header that only ever moves forward and fails softly.
struct date_reader {
    std::string_view rest{};
    bool ok = true;

    constexpr bool literal(std::string_view word) noexcept {
        if (ok && rest.substr(0, word.size()) == word) {
            rest.remove_prefix(word.size());
            return true;
        }
        ok = false;
        return false;
    }
    constexpr int number(std::size_t min_digits, std::size_t max_digits) noexcept {
        const leading_digits digits = ok ? read_digits(rest, max_digits) : leading_digits{};
        if (digits.count < min_digits) ok = false;
        rest.remove_prefix(ok ? digits.count : 0);
        return static_cast<int>(digits.value);
    }
    // One of `names`; returns its index. Case-sensitive, as RFC 9110 defines these tokens.
    template <std::size_t N>
    constexpr int one_of(const std::string_view (&names)[N]) noexcept {
        for (std::size_t i = 0; ok && i < N; ++i) {
            if (rest.substr(0, names[i].size()) == names[i]) {
                rest.remove_prefix(names[i].size());
                return static_cast<int>(i);
            }
        }
        ok = false;
        return -1;
    }
    constexpr void spaces(std::size_t min_count) noexcept {
        std::size_t n = 0;
        while (n < rest.size() && rest[n] == ' ') ++n;
        if (n < min_count) ok = false;
        rest.remove_prefix(n);
    }
};

inline constexpr std::string_view month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::string_view day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr std::string_view long_day_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr bool valid_date(int year, int month, int day) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

struct civil_time {
    int year, month, day, hour, minute, second;
};

// "08:49:37"; 60 seconds allowed for a leap second.
constexpr void read_clock(date_reader& r, civil_time& t) noexcept {
    t.hour = r.number(2, 2);
    r.literal(":");
    t.minute = r.number(2, 2);
    r.literal(":");
    t.second = r.number(2, 2);
    if (t.hour > 23 || t.minute > 59 || t.second > 60) r.ok = false;
}

// IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and
// asctime "Sun Nov  6 08:49:37 1994". `now_year` resolves RFC 850's two-digit year: a year more
// than 50 years in the future means the past century (RFC 9110 §5.6.7).
constexpr std::optional<civil_time> parse_http_date(std::string_view text, int now_year) noexcept {
    civil_time t{};
    date_reader imf{text};
    imf.one_of(day_names);
    if (imf.ok && imf.literal(",")) {  // IMF-fixdate
        imf.literal(" ");
        t.day = imf.number(2, 2);
        imf.literal(" ");
        t.month = imf.one_of(month_names) + 1;
        imf.literal(" ");
        t.year = imf.number(4, 4);
        imf.literal(" ");
        read_clock(imf, t);
        imf.literal(" GMT");
        if (imf.ok && imf.rest.empty() && valid_date(t.year, t.month, t.day)) return t;
        return std::nullopt;
    }
    date_reader rfc850{text};
    rfc850.one_of(long_day_names);
    if (rfc850.ok && rfc850.literal(", ")) {
        t.day = rfc850.number(2, 2);
        rfc850.literal("-");
        t.month = rfc850.one_of(month_names) + 1;
        rfc850.literal("-");
        const int yy = rfc850.number(2, 2);
        rfc850.literal(" ");
        read_clock(rfc850, t);
        rfc850.literal(" GMT");
        t.year = now_year / 100 * 100 + yy;
        if (t.year > now_year + 50) t.year -= 100;
        if (rfc850.ok && rfc850.rest.empty() && valid_date(t.year, t.month, t.day)) return t;
        return std::nullopt;
    }
    date_reader asc{text};
    asc.one_of(day_names);
    asc.literal(" ");
    t.month = asc.one_of(month_names) + 1;
    asc.spaces(1);  // the day is space-padded: "Nov  6"
    t.day = asc.number(1, 2);
    asc.literal(" ");
    read_clock(asc, t);
    asc.literal(" ");
    t.year = asc.number(4, 4);
    if (asc.ok && asc.rest.empty() && valid_date(t.year, t.month, t.day)) return t;
    return std::nullopt;
}

constexpr std::int64_t seconds_since_epoch(std::chrono::system_clock::time_point t) noexcept {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

// The current year, for RFC 850's two-digit years; approximate is enough for a 50-year window.
constexpr int year_of(std::int64_t epoch_seconds) noexcept {
    const std::int64_t days = (epoch_seconds >= 0 ? epoch_seconds : epoch_seconds - 86399) / 86400;
    return static_cast<int>(1970 + days * 400 / 146097);
}

constexpr std::optional<std::int64_t> http_date_seconds(std::string_view text, std::int64_t now_seconds) noexcept {
    const auto date = parse_http_date(text, year_of(now_seconds));
    if (!date) return std::nullopt;
    return days_from_civil(date->year, static_cast<unsigned>(date->month), static_cast<unsigned>(date->day)) * 86400 +
           std::int64_t{date->hour} * 3600 + std::int64_t{date->minute} * 60 + date->second;
}

constexpr bool is_day_name(std::string_view word) noexcept {
    for (std::string_view d : day_names)
        if (word == d) return true;
    for (std::string_view d : long_day_names)
        if (word == d) return true;
    return false;
}

// One value: delay-seconds or an HTTP-date, as seconds to wait from `now_seconds`.
constexpr std::optional<std::int64_t> one_retry_after(std::string_view text, std::int64_t now_seconds) noexcept {
    text = trim_ows(text);
    if (text.empty()) return std::nullopt;
    if (is_ascii_digit(text.front())) {
        const leading_digits seconds =
            read_digits(text, text.size(), static_cast<std::uint64_t>(max_retry_after_seconds));
        if (seconds.count != text.size()) return std::nullopt;
        return static_cast<std::int64_t>(seconds.value);
    }
    const auto then = http_date_seconds(text, now_seconds);
    if (!then) return std::nullopt;
    const std::int64_t wait = *then > now_seconds ? *then - now_seconds : 0;
    return wait < max_retry_after_seconds ? wait : max_retry_after_seconds;
}

// A header that a proxy or HTTP library joined from several lines ("120, 120"): the longest
// wait of the values that parse (the safe side). IMF dates hold a comma after the day name, so
// a comma right after a day name does not end a value.
constexpr std::optional<std::int64_t> joined_retry_after(std::string_view header, std::int64_t now_seconds) noexcept {
    std::optional<std::int64_t> longest;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= header.size(); ++i) {
        if (i < header.size() && header[i] != ',') continue;
        if (i < header.size() && is_day_name(trim_ows(header.substr(begin, i - begin)))) continue;
        if (const auto wait = one_retry_after(header.substr(begin, i - begin), now_seconds))
            longest = longest && *longest > *wait ? *longest : *wait;
        begin = i + 1;
    }
    return longest;
}

// Headers longer than this are not read: real ones are under 100 bytes.
inline constexpr std::size_t max_retry_after_header = 1024;

// Whether `seconds` since the epoch fits system_clock's duration. libstdc++ counts nanoseconds
// in 64 bits, which ends in April 2262; an HTTP-date can name any year up to 9999, and
// converting such a date would overflow (undefined behaviour, a wrapped time point).
constexpr bool fits_system_clock(std::int64_t seconds) noexcept {
    using clock_duration = std::chrono::system_clock::duration;
    constexpr auto ticks_per_second = clock_duration::period::den / clock_duration::period::num;
    constexpr auto limit = static_cast<std::int64_t>(clock_duration::max().count() / ticks_per_second);
    return seconds < limit && seconds > -limit;
}

}  // namespace detail

// The instant an HTTP-date names (IMF-fixdate, RFC 850 or asctime; RFC 9110 §5.6.7), e.g. a
// response's `Date` header; std::nullopt if it is not one. `now` resolves RFC 850's two-digit
// years. A date the clock cannot hold (after 2262-04-11 with libstdc++'s nanoseconds) is
// std::nullopt too, rather than a time point that wrapped around.
[[nodiscard]] constexpr std::optional<std::chrono::system_clock::time_point> parse_http_date(
    std::string_view text, std::chrono::system_clock::time_point now) noexcept {
    const auto then = detail::http_date_seconds(detail::trim_ows(text), detail::seconds_since_epoch(now));
    if (!then || !detail::fits_system_clock(*then)) return std::nullopt;
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(std::chrono::seconds(*then)));
}

// How long a Retry-After header asks to wait, measured from `now`.
//  - delay-seconds ("120"): that many seconds;
//  - an HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms): the time until then,
//    0 for a date in the past;
//  - several values joined by commas (duplicate header lines): the longest wait among them;
//  - anything else (empty, negative, fractional, garbage, an impossible date, over 1 KiB):
//    std::nullopt, which callers should read as "no hint", not as "retry now".
// Waits are capped at about 68 years, so that adding one to a time_point cannot overflow.
// Spaces, tabs, CR and LF around values are ignored.
[[nodiscard]] constexpr std::optional<std::chrono::seconds> parse_retry_after(
    std::string_view header, std::chrono::system_clock::time_point now) noexcept {
    if (header.size() > detail::max_retry_after_header) return std::nullopt;
    const auto wait = detail::joined_retry_after(header, detail::seconds_since_epoch(now));
    if (!wait) return std::nullopt;
    return std::chrono::seconds(*wait);
}

// The same, with an HTTP-date measured against the response's own `Date` header rather than the
// local clock (a local clock that runs 30 s fast would otherwise shorten a 20 s wait to 0).
// `local_now` is used when `date_header` is absent or not a date. Both dates are compared in
// seconds, never as time points, so a server clock set past 2262 still gives the wait between
// the two dates (60 s stays 60 s) instead of overflowing the clock.
[[nodiscard]] constexpr std::optional<std::chrono::seconds> parse_retry_after(
    std::string_view header, std::string_view date_header, std::chrono::system_clock::time_point local_now) noexcept {
    if (header.size() > detail::max_retry_after_header) return std::nullopt;
    const std::int64_t local_seconds = detail::seconds_since_epoch(local_now);
    const auto server_now = detail::http_date_seconds(detail::trim_ows(date_header), local_seconds);
    const auto wait = detail::joined_retry_after(header, server_now ? *server_now : local_seconds);
    if (!wait) return std::nullopt;
    return std::chrono::seconds(*wait);
}

WA_ERRORS_END_NAMESPACE
