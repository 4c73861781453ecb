// SPDX-License-Identifier: MIT
// wa_errors: the vocabulary. Enums, the catalog entry type, and their names.
// Standard library only; nothing here allocates, throws or needs a static initializer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "enum_names.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

// Who defines an error. `dialog360` is "360dialog" in the catalog (identifiers can't start with a digit).
enum class source : std::uint8_t { meta, dialog360, generic };

// What kind of problem an error is (docs/concepts.md, "Categories").
enum class category : std::uint8_t {
    authentication,
    permission,
    rate_limit,
    integrity,
    billing,
    account,
    request,
    recipient,
    message_template,
    media,
    flow,
    registration,
    server,
    network,  // no HTTP response at all: connect, DNS or TLS failure, or no answer after sending
    unknown
};

// Whether and how a failed request may be sent again (docs/concepts.md, "Retry policy"; docs/retry.md).
enum class retry_kind : std::uint8_t { never, after_fix, backoff, throttle };

// What the service should pause when it backs off.
enum class retry_scope : std::uint8_t { request, recipient, phone_number, account };

// Which traffic a failure holds (docs/concepts.md, "Holds"). A send belongs to several at once:
// a marketing template is `all`, `messages`, `templates` and `marketing`; a call is `all` and
// `calls`. A hold stops the sends that belong to its traffic and nothing else.
enum class traffic : std::uint8_t {
    all,                  // every call to the API
    messages,             // every message send
    templates,            // template messages of every category
    marketing,            // marketing templates only
    free_form,            // non-template messages: the 24-hour customer service window
    calls,                // the Calling API
    groups,               // the Groups API's management: creating groups, invites, participants
    template_management,  // creating, editing and deleting templates
    registration,         // registering, deregistering and verifying a number
    flows,                // creating and publishing Flows
    payments,             // payment and order messages
    usernames,            // business usernames
    account_setup         // sync, migration and onboarding of numbers and accounts
};

// A set of traffic values: what one send belongs to.
class traffic_set {
public:
    constexpr traffic_set() noexcept = default;
    constexpr traffic_set(std::initializer_list<traffic> values) noexcept {
        for (traffic t : values) bits_ |= bit(t);
    }
    [[nodiscard]] static constexpr traffic_set every() noexcept {
        traffic_set s;
        s.bits_ = 0xFFFF;
        return s;
    }
    [[nodiscard]] constexpr bool contains(traffic t) const noexcept { return (bits_ & bit(t)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return bits_; }

private:
    static constexpr std::uint16_t bit(traffic t) noexcept {
        return static_cast<unsigned>(t) < 16 ? static_cast<std::uint16_t>(1U << static_cast<unsigned>(t)) : 0;
    }
    std::uint16_t bits_ = 0;
};

// What a sender is about to send; the caller says which (send_policy::before_send).
enum class send_kind : std::uint8_t {
    marketing_template,       // a template of category MARKETING
    utility_template,         // a template of category UTILITY
    authentication_template,  // a template of category AUTHENTICATION (an OTP)
    free_form,                // any non-template message: text, media, interactive, reaction
    call,                     // a Calling API request
    group_message,            // a message to a group (a message like any other: Groups errors don't hold it)
    group_management,         // creating or managing a group
    template_management,      // creating, editing or deleting a template
    registration,             // registering, deregistering or verifying a number
    flow_management,          // creating or publishing a Flow
    payment,                  // a payment or order message
    username,                 // a business username request
    account_setup             // sync, migration, onboarding
};

// The traffic a send belongs to: a hold on any of them holds it.
[[nodiscard]] constexpr traffic_set traffic_of(send_kind what) noexcept {
    using t = traffic;
    switch (what) {
        case send_kind::marketing_template: return {t::all, t::messages, t::templates, t::marketing};
        case send_kind::utility_template:
        case send_kind::authentication_template: return {t::all, t::messages, t::templates};
        case send_kind::free_form: return {t::all, t::messages, t::free_form};
        case send_kind::call: return {t::all, t::calls};
        case send_kind::group_message: return {t::all, t::messages};
        case send_kind::group_management: return {t::all, t::groups};
        case send_kind::template_management: return {t::all, t::template_management};
        case send_kind::registration: return {t::all, t::registration};
        case send_kind::flow_management: return {t::all, t::flows};
        case send_kind::payment: return {t::all, t::messages, t::free_form, t::payments};
        case send_kind::username: return {t::all, t::usernames};
        case send_kind::account_setup: return {t::all, t::account_setup};
    }
    return {t::all};
}

// What ends a hold.
//  - time: the documented floor or the server's wait runs out;
//  - inbound: the user writes to the business (the customer service window opens again);
//  - fix: a person acts and says so (send_policy::resume);
//  - opt_in: the user opts in to the business's marketing again.
enum class hold_lifts : std::uint8_t { time, inbound, fix, opt_in };

// What a failure holds, for whom, and what ends it. `scope` request means no hold: nothing
// beyond the failed request is stopped.
struct hold_policy {
    wa_errors::retry_scope scope{};
    wa_errors::traffic traffic{};
    wa_errors::hold_lifts lifts{};
};

// What the server did with the request that failed, which decides whether a resend is safe.
//  - rejected: it did not act on it (a Graph error body proves that): resending is safe;
//  - unknown: it may have acted (a gateway 5xx, a timeout after sending): a resend may deliver
//    the message twice, so reconcile first;
//  - accepted: it took the message and reported the failure later (a status webhook): a resend
//    is a new message.
enum class retry_outcome : std::uint8_t { rejected, unknown, accepted };

// What to do next (docs/concepts.md, "Actions"). Names are API: extend only at the end.
enum class action : std::uint8_t {
    none,
    retry,
    slow_down,
    wait,
    fix_request,
    fix_template,
    fix_media,
    send_template,
    ask_recipient,
    check_credentials,
    check_quality,
    resolve_policy,
    settle_billing,
    register_number,
    contact_support
};

// A request that got no HTTP response at all. Which of the two it was decides whether a resend
// can deliver twice: `not_sent` (connect, DNS or TLS failed before the request left) is safe,
// `no_answer` (a timeout or reset after the request was written) is not.
enum class transport_failure : std::uint8_t { none, not_sent, no_answer };

// A rate Meta documents, which pacing starts from (the catalog's `limits`): `burst` messages
// at once, refilled at `per_second`, for each key of `scope` (a business number; a business
// number and one user). `max_per_second` is the highest documented tier (0: none).
struct pace_limit {
    wa_errors::retry_scope scope{};
    double per_second{};
    double burst{};
    double max_per_second{};
    std::string_view docs{};
};

// A read-only view of strings living in the generated table (the `match` fragments).
struct string_list {
    const std::string_view* items = nullptr;
    std::size_t count = 0;

    [[nodiscard]] constexpr const std::string_view* begin() const noexcept { return items; }
    [[nodiscard]] constexpr const std::string_view* end() const noexcept { return items + count; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }
    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const noexcept { return items[i]; }
};

// A code of a catalog entry, or none: reads like std::optional<long long> (`if (e.code)`, `*e.code`,
// `value_or`, comparisons with a number, std::nullopt or a std::optional<long long>) and converts
// to one. An aggregate of the library's own rather than std::optional because the table holds three
// per entry: the generated initialisers `{}` and `{131047, true}` need no constructor call, and
// std::optional's machinery was about an eighth of what the umbrella costs a translation unit.
// Not offered: `.value()` (it would throw), `->`, binding a `const std::optional<long long>&`.
struct optional_code {
    long long number{};  // meaningful only when `present`
    bool present{};

    [[nodiscard]] constexpr bool has_value() const noexcept { return present; }
    constexpr explicit operator bool() const noexcept { return present; }
    [[nodiscard]] constexpr long long operator*() const noexcept { return number; }
    [[nodiscard]] constexpr long long value_or(long long fallback) const noexcept {
        return present ? number : fallback;
    }
    constexpr operator std::optional<long long>() const noexcept {  // NOLINT(google-explicit-constructor)
        return present ? std::optional<long long>(number) : std::nullopt;
    }
};

[[nodiscard]] constexpr bool operator==(optional_code a, optional_code b) noexcept {
    return a.present == b.present && (!a.present || a.number == b.number);
}
[[nodiscard]] constexpr bool operator!=(optional_code a, optional_code b) noexcept { return !(a == b); }
[[nodiscard]] constexpr bool operator==(optional_code a, long long b) noexcept { return a.present && a.number == b; }
[[nodiscard]] constexpr bool operator!=(optional_code a, long long b) noexcept { return !(a == b); }
[[nodiscard]] constexpr bool operator==(long long a, optional_code b) noexcept { return b == a; }
[[nodiscard]] constexpr bool operator!=(long long a, optional_code b) noexcept { return !(b == a); }
[[nodiscard]] constexpr bool operator==(optional_code a, std::nullopt_t) noexcept { return !a.present; }
[[nodiscard]] constexpr bool operator!=(optional_code a, std::nullopt_t) noexcept { return a.present; }
[[nodiscard]] constexpr bool operator==(std::nullopt_t, optional_code b) noexcept { return !b.present; }
[[nodiscard]] constexpr bool operator!=(std::nullopt_t, optional_code b) noexcept { return b.present; }
[[nodiscard]] constexpr bool operator==(optional_code a, const std::optional<long long>& b) noexcept {
    return a.present == b.has_value() && (!a.present || a.number == *b);
}
[[nodiscard]] constexpr bool operator!=(optional_code a, const std::optional<long long>& b) noexcept {
    return !(a == b);
}
[[nodiscard]] constexpr bool operator==(const std::optional<long long>& a, optional_code b) noexcept { return b == a; }
[[nodiscard]] constexpr bool operator!=(const std::optional<long long>& a, optional_code b) noexcept {
    return !(b == a);
}

// Retry parameters, already merged with the catalog's per-kind defaults.
struct retry_policy {
    wa_errors::retry_kind kind{};
    wa_errors::retry_scope scope{};
    long long initial_delay_ms{};  // the backoff curve: initial * multiplier^(n - 1), capped at max
    long long max_delay_ms{};
    double multiplier{};
    unsigned max_attempts{};     // attempts that count (throttles don't), the first one included
    long long min_delay_ms{};    // a floor the source documents: no retry may come earlier; 0 = none
    long long max_elapsed_ms{};  // give up this long after the message's first failure; 0 = no limit
    wa_errors::retry_outcome outcome{};
    // A floor for the second and later failures of the scope in a row (scope_failures >= 2),
    // when the source documents a longer wait for a repeat (131049: 24 h, then 48 h); 0 = none.
    long long repeat_min_delay_ms{};
};

// One catalog entry. Every string views static data in the generated table.
struct error_info {
    std::string_view id{};
    wa_errors::source source{};
    optional_code code{};      // Meta's code; empty for 360dialog and generic entries
    optional_code code_max{};  // set when the entry covers code..code_max
    optional_code subcode{};   // set when the entry is for this error_subcode under `code`
    string_list match{};       // lower-case fragments of message, title or details
    std::string_view title{};
    std::string_view description{};
    int http_status{};  // as documented by the source; 0 = none documented
    wa_errors::category category{};
    retry_policy retry{};
    wa_errors::action action{};
    std::string_view remediation{};
    std::string_view docs{};
    int ordinal{};  // 360dialog entries: stable error_code value; 0 otherwise
    // Set when the entry applies only to recipients whose phone number starts with one of these
    // digit strings (country calling code first, no '+'): Meta's rules that depend on the country.
    string_list recipient_prefix{};
    hold_policy hold{};  // what the failure holds, merged with the defaults of its kind and scope
};

// Entries are equal when they are the same catalog entry (ids are unique).
[[nodiscard]] constexpr bool operator==(const error_info& a, const error_info& b) noexcept { return a.id == b.id; }
[[nodiscard]] constexpr bool operator!=(const error_info& a, const error_info& b) noexcept { return !(a == b); }

[[nodiscard]] constexpr bool is_retryable(const error_info& e) noexcept {
    return e.retry.kind == retry_kind::backoff || e.retry.kind == retry_kind::throttle;
}

namespace detail {

// The names as "..."sv literals: a string_view built from a plain literal has its length counted by
// constant evaluation, which cost every translation unit that includes this header about 17 M
// instructions of the compiler for these 80 names (bench/compile_cost.sh).
using std::string_view_literals::operator""sv;

template <>
struct enum_names<source> {
    static constexpr std::string_view names[] = {"meta"sv, "360dialog"sv, "generic"sv};
};
template <>
struct enum_names<category> {
    static constexpr std::string_view names[] = {"authentication"sv,   "permission"sv, "rate_limit"sv, "integrity"sv,
                                                 "billing"sv,          "account"sv,    "request"sv,    "recipient"sv,
                                                 "message_template"sv, "media"sv,      "flow"sv,       "registration"sv,
                                                 "server"sv,           "network"sv,    "unknown"sv};
};
template <>
struct enum_names<retry_kind> {
    static constexpr std::string_view names[] = {"never"sv, "after_fix"sv, "backoff"sv, "throttle"sv};
};
template <>
struct enum_names<retry_scope> {
    static constexpr std::string_view names[] = {"request"sv, "recipient"sv, "phone_number"sv, "account"sv};
};
template <>
struct enum_names<traffic> {
    static constexpr std::string_view names[] = {"all"sv,          "messages"sv, "templates"sv, "marketing"sv,
                                                 "free_form"sv,    "calls"sv,    "groups"sv,    "template_management"sv,
                                                 "registration"sv, "flows"sv,    "payments"sv,  "usernames"sv,
                                                 "account_setup"sv};
};
template <>
struct enum_names<send_kind> {
    static constexpr std::string_view names[] = {"marketing_template"sv,
                                                 "utility_template"sv,
                                                 "authentication_template"sv,
                                                 "free_form"sv,
                                                 "call"sv,
                                                 "group_message"sv,
                                                 "group_management"sv,
                                                 "template_management"sv,
                                                 "registration"sv,
                                                 "flow_management"sv,
                                                 "payment"sv,
                                                 "username"sv,
                                                 "account_setup"sv};
};
template <>
struct enum_names<hold_lifts> {
    static constexpr std::string_view names[] = {"time"sv, "inbound"sv, "fix"sv, "opt_in"sv};
};
template <>
struct enum_names<transport_failure> {
    static constexpr std::string_view names[] = {"none"sv, "not_sent"sv, "no_answer"sv};
};
template <>
struct enum_names<retry_outcome> {
    static constexpr std::string_view names[] = {"rejected"sv, "unknown"sv, "accepted"sv};
};
template <>
struct enum_names<action> {
    static constexpr std::string_view names[] = {"none"sv,           "retry"sv,
                                                 "slow_down"sv,      "wait"sv,
                                                 "fix_request"sv,    "fix_template"sv,
                                                 "fix_media"sv,      "send_template"sv,
                                                 "ask_recipient"sv,  "check_credentials"sv,
                                                 "check_quality"sv,  "resolve_policy"sv,
                                                 "settle_billing"sv, "register_number"sv,
                                                 "contact_support"sv};
};

}  // namespace detail

// An entry prints its id (enums print their names: enum_names.hpp).
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const error_info& e) {
    return os << e.id;
}

WA_ERRORS_END_NAMESPACE
