// SPDX-License-Identifier: MIT
// wa_errors::payload: a whole HTTP response read at once: the errors in its body, the server's
// hint for decide() (Retry-After and the usage headers) and the usage levels.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail/text.hpp"
#include "../retry_after.hpp"
#include "../server_hint.hpp"
#include "../version.hpp"
#include "parse.hpp"
#include "usage.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload {

struct header_field {
    std::string_view name{};  // any case: "Retry-After", "retry-after"
    std::string_view value{};
};

struct response_view {
    int status = 0;                       // the HTTP status; 0 for a webhook
    std::vector<header_field> headers{};  // all of them, or only the four that matter; repeats allowed
    std::string_view body{};
    std::optional<std::chrono::system_clock::time_point> now{};  // the local clock; system_clock::now() if absent
};

// Header fields from any range of name/value pairs (httplib::Headers, a std::map, a vector of
// pairs...). The view refers to the range's strings: keep them alive while it is used.
template <class Headers>
[[nodiscard]] std::vector<header_field> headers_from(const Headers& headers) {
    std::vector<header_field> out;
    for (const auto& [name, value] : headers) out.push_back({name, value});
    return out;
}

struct response_result : parse_result {
    server_hint hint{};    // Retry-After merged with the usage headers' regain times: give it to decide()
    usage_report usage{};  // X-Business-Use-Case-Usage and X-App-Usage levels
};

namespace detail {

constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
    return wa_errors::detail::equal_ignoring_ascii_case(a, b);
}

}  // namespace detail

// The errors of the body (as parse(response.body, response.status)), plus:
//  - `hint`: the longest wait of the Retry-After headers (delay-seconds or an HTTP-date, measured
//    against the response's Date header when it has one), merged with usage.hint() (regain times;
//    one minute at 100 % usage without one). "Stop" and the longer wait win, as merge() says.
//  - `usage`: every level of every X-Business-Use-Case-Usage and X-App-Usage header.
// Never throws; should memory run out, the body's status is out_of_memory (see parse()) and the
// usage's status is too, and the hint is still computed from what was read.
[[nodiscard]] inline response_result parse_response(const response_view& response) noexcept {
    response_result result;
    static_cast<parse_result&>(result) = parse(response.body, response.status);
    const auto local_now = response.now ? *response.now : std::chrono::system_clock::now();
    std::string_view date;
    for (const header_field& h : response.headers)
        if (detail::same_name(h.name, "date") && date.empty()) date = h.value;
    server_hint retry_after = server_hint::none();
    try {
        for (const header_field& h : response.headers) {
            if (detail::same_name(h.name, "retry-after")) {
                if (const auto wait = parse_retry_after(h.value, date, local_now))
                    retry_after = merge(retry_after, server_hint::wait_for(*wait));
            } else if (detail::same_name(h.name, "x-business-use-case-usage")) {
                detail::add_usage(result.usage, h.value, true);
            } else if (detail::same_name(h.name, "x-app-usage")) {
                detail::add_usage(result.usage, h.value, false);
            }
        }
    } catch (...) {
        result.usage.status = usage_status::out_of_memory;
    }
    result.hint = merge(retry_after, result.usage.hint());
    return result;
}

}  // namespace payload
WA_ERRORS_END_NAMESPACE
