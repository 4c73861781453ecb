// SPDX-License-Identifier: MIT
// wa_errors, single-header edition: the core (standard library only) and the error catalog.
// GENERATED from tools/amalgamate/single_header.hpp by tools/amalgamate. DO NOT EDIT: run
// `cmake --build build --target single_header` (the single_header_in_sync test checks this file).
#pragma once

// ---- single_header.hpp
// The root of the single header: the whole core, as one file can't have opt-in parts. The
// umbrella keeps to lookups; a single-header user gets decide, the Retry-After parser and the
// std::error_code integration as well.

// ---- wa_errors.hpp
// wa_errors: what a WhatsApp Business API error means and what to do about it.
// The umbrella header of the core, kept to what a lookup needs: the types, find/classify and the
// catalog table (standard library only, no <chrono>). The rest of the core is opt-in, one include
// each, so that a translation unit that only classifies does not parse it:
//   <wa_errors/retry.hpp>         decide(), retry_input, retry_decision
//   <wa_errors/retry_after.hpp>   parse_retry_after(), parse_http_date()
//   <wa_errors/server_hint.hpp>   server_hint (retry.hpp includes it)
//   <wa_errors/system_error.hpp>  std::error_code integration (make_error_code...)


// ---- lookup.hpp
// wa_errors: find an entry by code or id, and classify what a response or webhook said.
// Everything here is constexpr, noexcept and allocation-free, and accepts any input.
// In compiled mode (WA_ERRORS_SEPARATE_COMPILATION; CMake: link wa_errors::compiled) the functions
// below are declared here and defined once, in src/wa_errors.cpp, and this header does not include
// the table: a translation unit then skips parsing its 215 entries, at the price of constexpr (no
// static_assert on a lookup in that mode). docs/build-modes.md compares the two.

#include <cstddef>
#include <optional>
#include <string_view>


// ---- ascii.hpp
// wa_errors internals: the two ASCII routines the lookups need, apart from the rest of
// detail/text.hpp (which includes this header), so that the umbrella does not pull <string> and the
// number and UTF-8 parsers into every translation unit that only classifies.


// ---- version.hpp
// wa_errors: the library's version (the catalog has its own: wa_errors::catalog_version()).
// CMake reads the project version from these three lines.

#define WA_ERRORS_VERSION_MAJOR 0
#define WA_ERRORS_VERSION_MINOR 2
#define WA_ERRORS_VERSION_PATCH 0

#define WA_ERRORS_DETAIL_STRING(x) #x
#define WA_ERRORS_DETAIL_VERSION(major, minor, patch) \
    WA_ERRORS_DETAIL_STRING(major) "." WA_ERRORS_DETAIL_STRING(minor) "." WA_ERRORS_DETAIL_STRING(patch)

// Everything the library declares sits in an inline namespace named after the version and the
// ABI revision, v<major>_<minor>r<revision> (v0_2r1): code still says wa_errors::find, but the
// mangled names carry the tag. Two versions in one program (a dependency built against one, the
// application against another) then have distinct symbols, where they would otherwise share one
// definition of error_info or of the catalog table and silently break the one-definition rule.
// The tag follows the version macros, so a version bump changes it; patch releases keep it, so
// they must keep every type and the catalog's layout as they are. The revision counts layout
// changes made between two minor versions (1: error_info's codes became optional_code), so that
// code built from a snapshot never links against a release of the same minor version.
#define WA_ERRORS_ABI_REVISION 1
#define WA_ERRORS_DETAIL_CONCAT(a, b, c, d, e, f) a##b##c##d##e##f
#define WA_ERRORS_DETAIL_ABI_TAG(major, minor, revision) WA_ERRORS_DETAIL_CONCAT(v, major, _, minor, r, revision)
#define WA_ERRORS_ABI_TAG \
    WA_ERRORS_DETAIL_ABI_TAG(WA_ERRORS_VERSION_MAJOR, WA_ERRORS_VERSION_MINOR, WA_ERRORS_ABI_REVISION)
// Opens and closes it: `namespace wa_errors { inline namespace v0_2r1 {`. Nested namespaces
// (payload, redis, testing, detail, generated) go inside, so that their names carry it too.
#define WA_ERRORS_BEGIN_NAMESPACE \
    namespace wa_errors {         \
    inline namespace WA_ERRORS_ABI_TAG {
#define WA_ERRORS_END_NAMESPACE \
    }                           \
    }

WA_ERRORS_BEGIN_NAMESPACE
inline constexpr int version_major = WA_ERRORS_VERSION_MAJOR;
inline constexpr int version_minor = WA_ERRORS_VERSION_MINOR;
inline constexpr int version_patch = WA_ERRORS_VERSION_PATCH;
inline constexpr const char* version_string =
    WA_ERRORS_DETAIL_VERSION(WA_ERRORS_VERSION_MAJOR, WA_ERRORS_VERSION_MINOR, WA_ERRORS_VERSION_PATCH);
WA_ERRORS_END_NAMESPACE

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace detail
WA_ERRORS_END_NAMESPACE

// ---- build_mode.hpp
// wa_errors internals: header-only (the default) or compiled mode. Defining
// WA_ERRORS_SEPARATE_COMPILATION (CMake: link wa_errors::compiled, and wa_errors::payload_compiled
// for payload.hpp, which define it for their users) makes the headers declare find, classify,
// catalog(), payload::parse, parse_response and parse_usage, and src/wa_errors.cpp and
// src/payload.cpp define them once. A translation unit then parses neither the catalog table nor
// nlohmann's parser, at the price of constexpr lookups. docs/build-modes.md compares the modes.

// Defined by the library's own sources only, each of which sees its part's definitions in both
// modes: src/wa_errors.cpp the core's, src/payload.cpp the payload parser's.
#if defined(WA_ERRORS_SEPARATE_COMPILATION) && !defined(WA_ERRORS_DETAIL_COMPILING_CORE)
#define WA_ERRORS_DETAIL_DECLARE_ONLY 1
#else
#define WA_ERRORS_DETAIL_DECLARE_ONLY 0
#endif
#if defined(WA_ERRORS_SEPARATE_COMPILATION) && !defined(WA_ERRORS_DETAIL_COMPILING_PAYLOAD)
#define WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY 1
#else
#define WA_ERRORS_DETAIL_PAYLOAD_DECLARE_ONLY 0
#endif

// The specifiers of the functions compiled mode defines once: header-only, constexpr (hence
// inline) for the lookups and inline for the rest; in compiled mode nothing, so that the
// library's source makes the one external definition. WA_ERRORS_LOOKUP_CONSTEXPR is for inline
// functions elsewhere that call a lookup: constexpr header-only, plain inline in compiled mode.
#if defined(WA_ERRORS_SEPARATE_COMPILATION)
#define WA_ERRORS_LOOKUP_API
#define WA_ERRORS_LOOKUP_CONSTEXPR inline
#define WA_ERRORS_COMPILED_API
#else
#define WA_ERRORS_LOOKUP_API constexpr
#define WA_ERRORS_LOOKUP_CONSTEXPR constexpr
#define WA_ERRORS_COMPILED_API inline
#endif

// ---- tables.hpp
// wa_errors: the shapes of the generated lookup tables and the probes that read them.
// The generator (tools/generate) chooses the layout's parameters; lookup.hpp only calls find().

#include <cstddef>
#include <cstdint>
#include <string_view>


// ---- types.hpp
// wa_errors: the vocabulary. Enums, the catalog entry type, and their names.
// Standard library only; nothing here allocates, throws or needs a static initializer.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string_view>


// ---- enum_names.hpp
// wa_errors: named enums. An enum has names when detail::enum_names<E> is specialised for it,
// beside the enum, in the header that declares it; that specialisation is the only list. Every
// enum that has names then gets to_string, from_string and operator<< here, a std::formatter in
// format.hpp and an fmt::formatter in fmt.hpp, without any of them naming the enum.
// Standard library only.

#include <cstddef>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>


WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

// names[i] is the name of enumerator i. Empty for an enum without names.
template <class Enum>
struct enum_names {};

template <class Enum, class = void>
struct has_names : std::false_type {};
template <class Enum>
struct has_names<Enum, std::void_t<decltype(enum_names<Enum>::names)>> : std::is_enum<Enum> {};
template <class Enum>
inline constexpr bool has_names_v = has_names<Enum>::value;

template <class Enum>
constexpr std::string_view name_of(Enum value) noexcept {
    const auto index = static_cast<std::size_t>(value);
    return index < std::size(enum_names<Enum>::names) ? enum_names<Enum>::names[index] : std::string_view{};
}

}  // namespace detail

// The catalog name of an enumerator; empty for a value outside the enum.
template <class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
[[nodiscard]] constexpr std::string_view to_string(Enum value) noexcept {
    return detail::name_of(value);
}

// The enumerator with this exact catalog name, e.g. from_string<category>("rate_limit").
template <class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
[[nodiscard]] constexpr std::optional<Enum> from_string(std::string_view name) noexcept {
    std::size_t index = 0;
    for (std::string_view candidate : detail::enum_names<Enum>::names) {
        if (candidate == name) return static_cast<Enum>(index);
        ++index;
    }
    return std::nullopt;
}

// Stream output prints names. A template over the stream, so that this header needs only
// <iosfwd>: the body is instantiated where the caller already has <ostream>.
template <class Traits, class Enum, std::enable_if_t<detail::has_names_v<Enum>, int> = 0>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, Enum value) {
    return os << to_string(value);
}

WA_ERRORS_END_NAMESPACE

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

WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::uint16_t no_entry = 0xFFFF;

// Everything known about one Meta code, or one (code, subcode) pair: the entry to use when no
// variant applies, and where its variants (`match` or `recipient_prefix`) start in variant_list
// (a run ended by no_entry).
struct code_slot {
    const error_info* primary;  // a pointer, not an index: find() returns it without arithmetic
    // -1 ends a run of pair slots. An empty slot of the code table is `{}` in the generated
    // header (the key table marks it empty): its hundreds of empty slots spelled out, or default
    // member initialisers here, cost every translation unit that includes the table about 24 M
    // instructions of the compiler each.
    std::int32_t code;
    std::uint32_t variants;  // index into variant_list; 32 bits, so a huge catalog can't overflow it
};

struct code_range {
    std::int32_t first;
    std::int32_t last;
    code_slot slot;
};

// Numbers in 0..max_key, found either through a perfect hash (slot = (key * multiplier) >> shift,
// 32-bit) or, when the generator found none (thousands of scattered keys), by bisection over
// slots sorted by key (multiplier 0). One multiply, one load and one compare in the usual case.
struct key_table {
    std::uint32_t multiplier;  // 0: `slots` is sorted by key
    unsigned shift;
    std::int32_t max_key;
    const std::int32_t* keys;  // keys[i] is the key of slot i; -1 marks an empty slot
    std::size_t count;

    // The slot holding `key`, or count when there is none.
    constexpr std::size_t slot_of(long long key) const noexcept {
        if (key < 0 || key > max_key) return count;
        const auto k = static_cast<std::int32_t>(key);
        if (multiplier != 0) {
            const std::size_t slot = (static_cast<std::uint32_t>(k) * multiplier) >> shift;
            return keys[slot] == k ? slot : count;
        }
        std::size_t low = 0;
        std::size_t high = count;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (keys[mid] == k) return mid;
            if (keys[mid] < k)
                low = mid + 1;
            else
                high = mid;
        }
        return count;
    }
};

// Exact codes through a key_table, then a scan of the few code ranges.
struct code_index {
    key_table table;
    const code_slot* slots;  // parallel to table.keys
    const code_range* ranges;
    std::size_t range_count;

    constexpr const code_slot* find(long long code) const noexcept {
        const std::size_t slot = table.slot_of(code);
        if (slot != table.count) return &slots[slot];
        if (code < 0 || code > 0x7FFFFFFF) return nullptr;
        for (std::size_t i = 0; i < range_count; ++i) {
            if (code >= ranges[i].first && code <= ranges[i].last) return &ranges[i].slot;
        }
        return nullptr;
    }
};

// Entries keyed by (code, subcode): a key_table over subcodes, each pointing at a run of
// pair_slots (one per parent code, in catalog order; ended by a slot whose code is -1).
struct subcode_index {
    key_table table;
    const std::uint32_t* runs;  // parallel to table.keys: where the subcode's run starts in pairs
    const code_slot* pairs;

    // The pair (code, subcode), or nullptr.
    constexpr const code_slot* find(long long code, long long subcode) const noexcept {
        const std::size_t slot = table.slot_of(subcode);
        if (slot == table.count) return nullptr;
        for (const code_slot* pair = pairs + runs[slot]; pair->code != -1; ++pair) {
            if (pair->code == code) return pair;
        }
        return nullptr;
    }

    // The first pair with this subcode, whatever its code, or nullptr.
    constexpr const code_slot* any(long long subcode) const noexcept {
        const std::size_t slot = table.slot_of(subcode);
        return slot == table.count ? nullptr : pairs + runs[slot];
    }
};

// Catalog ids in sorted order, for binary search by id.
struct id_index {
    const std::uint16_t* order;
    std::size_t count;
};

}  // namespace detail
WA_ERRORS_END_NAMESPACE

#if !WA_ERRORS_DETAIL_DECLARE_ONLY

// ---- catalog.gen.hpp
// GENERATED by wa-errors-gen from data/errors.json. DO NOT EDIT: change the catalog and run
// `cmake --build build --target wa_errors_generate` (the catalog_in_sync test checks this file).
// clang-format off
// NOLINTBEGIN(modernize-raw-string-literal): strings are written as the catalog has them

#include <cstdint>
#include <optional>
#include <string_view>


WA_ERRORS_BEGIN_NAMESPACE
namespace generated {

using std::string_view_literals::operator""sv;

inline constexpr std::string_view catalog_version = "2026.12.0"sv;

inline constexpr std::string_view match_0[] = {"api has been disabled"sv, "for business api has been disabled"sv};  // 360dialog.api_disabled
inline constexpr std::string_view match_1[] = {"endpoint rate limit"sv, "exceeded the limit of"sv, "calls limits has been exceeded"sv};  // 360dialog.endpoint_rate_limit
inline constexpr std::string_view match_2[] = {"lack of payment"sv, "overdue invoice"sv};  // 360dialog.lack_of_payment
inline constexpr std::string_view match_3[] = {"invalid api_key"sv, "invalid api key"sv, "invalid api token"sv, "invalid api-key"sv};  // 360dialog.invalid_api_key
inline constexpr std::string_view match_4[] = {"endpoint is blocked"sv, "is blocked. more info"sv, "url is blocked"sv, "path is blocked"sv};  // 360dialog.endpoint_blocked
inline constexpr std::string_view match_5[] = {"internal server error"sv};  // 360dialog.internal_server_error
inline constexpr std::string_view match_6[] = {"business api not available"sv, "api not available"sv};  // 360dialog.api_not_available
inline constexpr std::string_view match_7[] = {"permission denied for partner"sv};  // 360dialog.partner_permission_denied
inline constexpr std::string_view match_12[] = {"provide valid app id"sv};  // meta.200
inline constexpr std::string_view match_16[] = {"terms of service acceptance pending"sv, "payments terms of service"sv};  // meta.131005.payments_terms
inline constexpr std::string_view match_33[] = {"whatsapp_business_management"sv, "advanced access"sv};  // meta.33.missing_grant
inline constexpr std::string_view match_35[] = {"must be a template message"sv};  // meta.100.template_required
inline constexpr std::string_view match_36[] = {"outside the 24-hour window"sv, "outside the 24 hour window"sv, "outside of the 24-hour window"sv, "24-hour customer service window"sv, "customer service window has expired"sv, "more than 24 hours have passed"sv};  // meta.100.outside_service_window
inline constexpr std::string_view match_39[] = {"voice_call"sv};  // meta.131009.voice_call
inline constexpr std::string_view match_41[] = {"self block"sv, "block your own"sv};  // meta.131021.self_block
inline constexpr std::string_view match_49[] = {"re-engagement required"sv};  // meta.131047.block_users
inline constexpr std::string_view recipients_51[] = {"1201"sv, "1202"sv, "1203"sv, "1205"sv, "1206"sv, "1207"sv, "1208"sv, "1209"sv, "1210"sv, "1212"sv, "1213"sv, "1214"sv, "1215"sv, "1216"sv, "1217"sv, "1218"sv, "1219"sv, "1220"sv, "1223"sv, "1224"sv, "1225"sv, "1227"sv, "1228"sv, "1229"sv, "1231"sv, "1234"sv, "1235"sv, "1239"sv, "1240"sv, "1248"sv, "1251"sv, "1252"sv, "1253"sv, "1254"sv, "1256"sv, "1260"sv, "1262"sv, "1267"sv, "1269"sv, "1270"sv, "1272"sv, "1274"sv, "1276"sv, "1279"sv, "1281"sv, "1283"sv, "1301"sv, "1302"sv, "1303"sv, "1304"sv, "1305"sv, "1307"sv, "1308"sv, "1309"sv, "1310"sv, "1312"sv, "1313"sv, "1314"sv, "1315"sv, "1316"sv, "1317"sv, "1318"sv, "1319"sv, "1320"sv, "1321"sv, "1323"sv, "1324"sv, "1325"sv, "1326"sv, "1327"sv, "1329"sv, "1330"sv, "1331"sv, "1332"sv, "1334"sv, "1336"sv, "1337"sv, "1339"sv, "1341"sv, "1346"sv, "1347"sv, "1350"sv, "1351"sv, "1352"sv, "1353"sv, "1360"sv, "1361"sv, "1363"sv, "1364"sv, "1369"sv, "1380"sv, "1385"sv, "1386"sv, "1401"sv, "1402"sv, "1404"sv, "1405"sv, "1406"sv, "1407"sv, "1408"sv, "1409"sv, "1410"sv, "1412"sv, "1413"sv, "1414"sv, "1415"sv, "1417"sv, "1419"sv, "1423"sv, "1424"sv, "1425"sv, "1430"sv, "1432"sv, "1434"sv, "1435"sv, "1440"sv, "1442"sv, "1443"sv, "1445"sv, "1447"sv, "1448"sv, "1458"sv, "1463"sv, "1464"sv, "1469"sv, "1470"sv, "1472"sv, "1475"sv, "1478"sv, "1479"sv, "1480"sv, "1484"sv, "1501"sv, "1502"sv, "1503"sv, "1504"sv, "1505"sv, "1507"sv, "1508"sv, "1509"sv, "1510"sv, "1512"sv, "1513"sv, "1515"sv, "1516"sv, "1517"sv, "1518"sv, "1520"sv, "1530"sv, "1531"sv, "1534"sv, "1539"sv, "1540"sv, "1541"sv, "1551"sv, "1557"sv, "1559"sv, "1561"sv, "1562"sv, "1563"sv, "1564"sv, "1567"sv, "1570"sv, "1571"sv, "1572"sv, "1573"sv, "1574"sv, "1575"sv, "1580"sv, "1582"sv, "1585"sv, "1586"sv, "1601"sv, "1602"sv, "1603"sv, "1605"sv, "1606"sv, "1607"sv, "1608"sv, "1609"sv, "1610"sv, "1612"sv, "1614"sv, "1615"sv, "1616"sv, "1617"sv, "1618"sv, "1619"sv, "1620"sv, "1623"sv, "1626"sv, "1628"sv, "1629"sv, "1630"sv, "1631"sv, "1636"sv, "1640"sv, "1641"sv, "1645"sv, "1646"sv, "1650"sv, "1651"sv, "1656"sv, "1657"sv, "1659"sv, "1660"sv, "1661"sv, "1662"sv, "1667"sv, "1669"sv, "1678"sv, "1680"sv, "1681"sv, "1682"sv, "1686"sv, "1689"sv, "1701"sv, "1702"sv, "1703"sv, "1704"sv, "1706"sv, "1707"sv, "1708"sv, "1712"sv, "1713"sv, "1714"sv, "1715"sv, "1716"sv, "1717"sv, "1718"sv, "1719"sv, "1720"sv, "1724"sv, "1725"sv, "1726"sv, "1727"sv, "1728"sv, "1730"sv, "1731"sv, "1732"sv, "1734"sv, "1737"sv, "1738"sv, "1740"sv, "1743"sv, "1747"sv, "1748"sv, "1754"sv, "1757"sv, "1760"sv, "1762"sv, "1763"sv, "1765"sv, "1769"sv, "1770"sv, "1771"sv, "1772"sv, "1773"sv, "1774"sv, "1775"sv, "1779"sv, "1781"sv, "1785"sv, "1786"sv, "1801"sv, "1802"sv, "1803"sv, "1804"sv, "1805"sv, "1806"sv, "1808"sv, "1810"sv, "1812"sv, "1813"sv, "1814"sv, "1815"sv, "1816"sv, "1817"sv, "1818"sv, "1820"sv, "1821"sv, "1826"sv, "1828"sv, "1830"sv, "1831"sv, "1832"sv, "1835"sv, "1838"sv, "1839"sv, "1840"sv, "1843"sv, "1845"sv, "1847"sv, "1848"sv, "1850"sv, "1854"sv, "1856"sv, "1857"sv, "1858"sv, "1859"sv, "1860"sv, "1862"sv, "1863"sv, "1864"sv, "1865"sv, "1870"sv, "1872"sv, "1878"sv, "1901"sv, "1903"sv, "1904"sv, "1906"sv, "1907"sv, "1908"sv, "1909"sv, "1910"sv, "1912"sv, "1913"sv, "1914"sv, "1915"sv, "1916"sv, "1917"sv, "1918"sv, "1919"sv, "1920"sv, "1925"sv, "1928"sv, "1929"sv, "1930"sv, "1931"sv, "1934"sv, "1936"sv, "1937"sv, "1938"sv, "1940"sv, "1941"sv, "1943"sv, "1945"sv, "1947"sv, "1948"sv, "1949"sv, "1951"sv, "1952"sv, "1954"sv, "1956"sv, "1959"sv, "1970"sv, "1971"sv, "1972"sv, "1973"sv, "1975"sv, "1978"sv, "1979"sv, "1980"sv, "1983"sv, "1984"sv, "1985"sv, "1986"sv, "1989"sv};  // meta.131049.us_recipient
inline constexpr std::string_view match_75[] = {"http code 429"sv, "error: 429"sv, "429 too many requests"sv, "(too many requests)"sv};  // meta.131053.url_throttled
inline constexpr std::string_view match_76[] = {"http code 500"sv, "http code 502"sv, "http code 503"sv, "http code 504"sv, "error: 500"sv, "error: 502"sv, "error: 503"sv, "error: 504"sv, "internal server error"sv, "bad gateway"sv, "service unavailable"sv, "gateway timeout"sv, "timed out"sv};  // meta.131053.url_server_error
inline constexpr std::string_view match_87[] = {"sip enabled"sv, "sip-enabled"sv};  // meta.131055.sip_enabled
inline constexpr std::string_view match_88[] = {"marketing messages lite api terms"sv};  // meta.131055.mm_lite_terms
inline constexpr std::string_view match_117[] = {"error migrating"sv};  // meta.2388103.migration_failed
inline constexpr std::string_view match_118[] = {"cannot migrate phone number"sv};  // meta.2388103.webhooks_missing
inline constexpr std::string_view match_119[] = {"add this phone number"sv};  // meta.2388103.add_directly
inline constexpr std::string_view match_120[] = {"registered name should be present"sv};  // meta.2388103.display_name_not_approved
inline constexpr std::string_view match_121[] = {"not set up correctly"sv};  // meta.2388103.source_account_not_set_up
inline constexpr std::string_view match_122[] = {"does not have a payment account"sv};  // meta.2388103.no_payment_account
inline constexpr std::string_view match_123[] = {"different business manager"sv};  // meta.2388103.different_business
inline constexpr std::string_view match_124[] = {"your whatsapp account must be approved"sv};  // meta.2388103.account_not_approved
inline constexpr std::string_view match_125[] = {"messaging for"sv};  // meta.2388103.messaging_for_not_approved
inline constexpr std::string_view match_127[] = {"registration timeout"sv};  // meta.1005.registration_timeout
inline constexpr std::string_view match_128[] = {"biz_link_info_invalid_payload"sv};  // meta.1005.biz_link_info_invalid_payload
inline constexpr std::string_view match_129[] = {"not been approved for an enterprise"sv};  // meta.1005.not_approved_for_enterprise
inline constexpr std::string_view match_130[] = {"error verifying this phone number"sv};  // meta.1005.verification_locked
inline constexpr std::string_view match_139[] = {"call permission"sv};  // meta.613.call_permission
inline constexpr std::string_view match_140[] = {"verification code requests"sv};  // meta.613.verification_code
inline constexpr std::string_view match_210[] = {"error while processing flow json"sv, "processing flow json"sv};  // meta.139001.processing
inline constexpr std::string_view match_213[] = {"already deprecated"sv};  // meta.139003.already_deprecated

inline constexpr retry_policy retry_0 = {retry_kind::after_fix, retry_scope::account, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_0 = {retry_scope::account, traffic::messages, hold_lifts::fix};
inline constexpr retry_policy retry_1 = {retry_kind::throttle, retry_scope::account, 2000, 60000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_1 = {retry_scope::account, traffic::messages, hold_lifts::time};
inline constexpr hold_policy hold_2 = {retry_scope::account, traffic::all, hold_lifts::fix};
inline constexpr retry_policy retry_2 = {retry_kind::backoff, retry_scope::request, 1000, 60000, 2.0, 8, 0, 900000, retry_outcome::unknown, 0};
inline constexpr hold_policy hold_3 = {retry_scope::request, traffic::messages, hold_lifts::time};
inline constexpr retry_policy retry_3 = {retry_kind::backoff, retry_scope::account, 5000, 600000, 2.0, 8, 0, 900000, retry_outcome::unknown, 0};
inline constexpr hold_policy hold_4 = {retry_scope::account, traffic::account_setup, hold_lifts::fix};
inline constexpr hold_policy hold_5 = {retry_scope::account, traffic::payments, hold_lifts::fix};
inline constexpr retry_policy retry_4 = {retry_kind::after_fix, retry_scope::recipient, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_6 = {retry_scope::recipient, traffic::messages, hold_lifts::fix};
inline constexpr retry_policy retry_5 = {retry_kind::throttle, retry_scope::account, 30000, 900000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_6 = {retry_kind::throttle, retry_scope::account, 60000, 900000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_7 = {retry_kind::throttle, retry_scope::phone_number, 1000, 60000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_7 = {retry_scope::phone_number, traffic::messages, hold_lifts::time};
inline constexpr retry_policy retry_8 = {retry_kind::throttle, retry_scope::phone_number, 900000, 14400000, 2.0, 8, 900000, 86400000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_9 = {retry_kind::throttle, retry_scope::recipient, 1000, 1024000, 4.0, 8, 1000, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_8 = {retry_scope::recipient, traffic::messages, hold_lifts::time};
inline constexpr retry_policy retry_10 = {retry_kind::throttle, retry_scope::phone_number, 259200000, 259200000, 1.0, 8, 259200000, 604800000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_9 = {retry_scope::phone_number, traffic::registration, hold_lifts::time};
inline constexpr retry_policy retry_11 = {retry_kind::backoff, retry_scope::request, 1000, 60000, 2.0, 3, 0, 900000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_12 = {retry_kind::backoff, retry_scope::request, 1000, 60000, 2.0, 8, 0, 900000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_13 = {retry_kind::after_fix, retry_scope::phone_number, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_10 = {retry_scope::phone_number, traffic::messages, hold_lifts::fix};
inline constexpr retry_policy retry_14 = {retry_kind::never, retry_scope::request, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_11 = {retry_scope::request, traffic::messages, hold_lifts::fix};
inline constexpr retry_policy retry_15 = {retry_kind::never, retry_scope::recipient, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_12 = {retry_scope::recipient, traffic::free_form, hold_lifts::inbound};
inline constexpr hold_policy hold_13 = {retry_scope::recipient, traffic::marketing, hold_lifts::inbound};
inline constexpr retry_policy retry_16 = {retry_kind::throttle, retry_scope::recipient, 86400000, 172800000, 2.0, 8, 86400000, 345600000, retry_outcome::accepted, 172800000};
inline constexpr hold_policy hold_14 = {retry_scope::recipient, traffic::marketing, hold_lifts::time};
inline constexpr retry_policy retry_17 = {retry_kind::never, retry_scope::recipient, 0, 0, 1.0, 1, 0, 0, retry_outcome::accepted, 0};
inline constexpr hold_policy hold_15 = {retry_scope::recipient, traffic::marketing, hold_lifts::fix};
inline constexpr hold_policy hold_16 = {retry_scope::recipient, traffic::marketing, hold_lifts::opt_in};
inline constexpr retry_policy retry_18 = {retry_kind::backoff, retry_scope::phone_number, 10000, 120000, 2.0, 6, 0, 900000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_19 = {retry_kind::backoff, retry_scope::phone_number, 60000, 600000, 2.0, 8, 60000, 1800000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_17 = {retry_scope::phone_number, traffic::account_setup, hold_lifts::time};
inline constexpr retry_policy retry_20 = {retry_kind::after_fix, retry_scope::request, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_21 = {retry_kind::never, retry_scope::phone_number, 0, 0, 1.0, 1, 0, 0, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_18 = {retry_scope::phone_number, traffic::account_setup, hold_lifts::fix};
inline constexpr retry_policy retry_22 = {retry_kind::backoff, retry_scope::request, 5000, 120000, 2.0, 4, 0, 900000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_19 = {retry_scope::account, traffic::marketing, hold_lifts::fix};
inline constexpr retry_policy retry_23 = {retry_kind::throttle, retry_scope::phone_number, 600000, 600000, 1.0, 8, 600000, 7200000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_20 = {retry_scope::account, traffic::template_management, hold_lifts::fix};
inline constexpr retry_policy retry_24 = {retry_kind::throttle, retry_scope::request, 360000, 3600000, 2.0, 8, 360000, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_21 = {retry_scope::phone_number, traffic::registration, hold_lifts::fix};
inline constexpr retry_policy retry_25 = {retry_kind::throttle, retry_scope::phone_number, 60000, 600000, 2.0, 8, 60000, 21600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_26 = {retry_kind::throttle, retry_scope::phone_number, 300000, 1200000, 2.0, 8, 300000, 7200000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_27 = {retry_kind::backoff, retry_scope::phone_number, 60000, 1800000, 2.0, 4, 0, 900000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_28 = {retry_kind::throttle, retry_scope::phone_number, 600000, 14400000, 2.0, 8, 600000, 86400000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_29 = {retry_kind::throttle, retry_scope::phone_number, 30000, 900000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_22 = {retry_scope::phone_number, traffic::calls, hold_lifts::time};
inline constexpr hold_policy hold_23 = {retry_scope::account, traffic::calls, hold_lifts::fix};
inline constexpr hold_policy hold_24 = {retry_scope::recipient, traffic::payments, hold_lifts::fix};
inline constexpr hold_policy hold_25 = {retry_scope::phone_number, traffic::calls, hold_lifts::fix};
inline constexpr hold_policy hold_26 = {retry_scope::recipient, traffic::calls, hold_lifts::fix};
inline constexpr retry_policy retry_30 = {retry_kind::throttle, retry_scope::phone_number, 5000, 120000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_31 = {retry_kind::throttle, retry_scope::recipient, 30000, 300000, 2.0, 8, 0, 3600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_27 = {retry_scope::recipient, traffic::calls, hold_lifts::time};
inline constexpr retry_policy retry_32 = {retry_kind::backoff, retry_scope::request, 5000, 60000, 2.0, 3, 0, 600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_33 = {retry_kind::throttle, retry_scope::recipient, 86400000, 604800000, 3.0, 8, 86400000, 691200000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_34 = {retry_kind::throttle, retry_scope::recipient, 3600000, 86400000, 2.0, 8, 3600000, 172800000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_35 = {retry_kind::backoff, retry_scope::request, 30000, 300000, 2.0, 2, 0, 1800000, retry_outcome::accepted, 0};
inline constexpr retry_policy retry_36 = {retry_kind::never, retry_scope::request, 0, 0, 1.0, 1, 0, 0, retry_outcome::accepted, 0};
inline constexpr retry_policy retry_37 = {retry_kind::throttle, retry_scope::phone_number, 10000, 300000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr hold_policy hold_28 = {retry_scope::phone_number, traffic::groups, hold_lifts::time};
inline constexpr hold_policy hold_29 = {retry_scope::phone_number, traffic::groups, hold_lifts::fix};
inline constexpr hold_policy hold_30 = {retry_scope::account, traffic::groups, hold_lifts::fix};
inline constexpr hold_policy hold_31 = {retry_scope::recipient, traffic::groups, hold_lifts::fix};
inline constexpr hold_policy hold_32 = {retry_scope::account, traffic::flows, hold_lifts::fix};
inline constexpr hold_policy hold_33 = {retry_scope::phone_number, traffic::usernames, hold_lifts::fix};
inline constexpr retry_policy retry_38 = {retry_kind::throttle, retry_scope::account, 1000, 60000, 2.0, 8, 0, 21600000, retry_outcome::rejected, 0};
inline constexpr retry_policy retry_39 = {retry_kind::backoff, retry_scope::phone_number, 1000, 60000, 2.0, 8, 0, 900000, retry_outcome::unknown, 0};
inline constexpr retry_policy retry_40 = {retry_kind::backoff, retry_scope::phone_number, 1000, 60000, 2.0, 8, 0, 900000, retry_outcome::rejected, 0};

inline constexpr error_info entries[] = {
    {"360dialog.api_disabled"sv, source::dialog360, {}, {}, {},
     {match_0, 2},
     "Your WhatsApp for Business API has been disabled"sv,
     "360dialog has switched off API access for this client or channel, so every call with this key is refused."sv,
     400, category::account, retry_0,
     action::contact_support,
     "Stop sending from this channel and open a ticket with 360dialog support (or your integration partner) to learn why access was switched off; resume only after they re-enable it."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 1, {}, hold_0},
    {"360dialog.endpoint_rate_limit"sv, source::dialog360, {}, {}, {},
     {match_1, 3},
     "You have exceeded the endpoint rate limit"sv,
     "Calls made with this API key to a 360dialog endpoint went over its request rate limit."sv,
     400, category::rate_limit, retry_1,
     action::slow_down,
     "Slow every caller that shares this API key: queue requests, honour any Retry-After, back off exponentially with jitter. If the limit is too low for your traffic, ask 360dialog support about capacity."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 2, {}, hold_1},
    {"360dialog.lack_of_payment"sv, source::dialog360, {}, {}, {},
     {match_2, 2},
     "Could not send message due to lack of payment"sv,
     "360dialog holds messages for this account because invoices to 360dialog (or to the integration partner) are overdue."sv,
     400, category::billing, retry_0,
     action::settle_billing,
     "Pause sending for the account and alert whoever owns billing: settle the overdue invoices with 360dialog or the integration partner; messaging resumes once they are paid."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 3, {}, hold_0},
    {"360dialog.invalid_api_key"sv, source::dialog360, {}, {}, {},
     {match_3, 4},
     "Invalid API key"sv,
     "The D360-API-KEY header is missing, wrong, revoked or belongs to another number."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Check that the request sends the D360-API-KEY header and that the key belongs to the number you send from. Generate a new key in the 360dialog hub if it was rotated or lost, deploy it, then resume."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 4, {}, hold_2},
    {"360dialog.endpoint_blocked"sv, source::dialog360, {}, {}, {},
     {match_4, 4},
     "The endpoint is blocked"sv,
     "360dialog refuses this particular endpoint (URL) for this client."sv,
     403, category::permission, retry_0,
     action::contact_support,
     "Confirm the URL is the one you meant to call; if it is, ask 360dialog support whether the endpoint can be enabled for your account. Retrying will not help."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 5, {}, hold_0},
    {"360dialog.internal_server_error"sv, source::dialog360, {}, {}, {},
     {match_5, 1},
     "Internal server error"sv,
     "360dialog's gateway failed while handling the request; its reference names no cause."sv,
     500, category::server, retry_2,
     action::retry,
     "Retry with backoff for up to 15 minutes. Before resending a message, check whether its status webhook arrived (match it by biz_opaque_callback_data): the request may have reached Meta. If the errors outlast 15 minutes, open a 360dialog support ticket with the time, endpoint and response."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 6, {}, hold_3},
    {"360dialog.api_not_available"sv, source::dialog360, {}, {}, {},
     {match_6, 2},
     "WhatsApp for Business API not available"sv,
     "360dialog could not reach the WhatsApp Business API behind this account: the whole channel is unavailable for now."sv,
     502, category::server, retry_3,
     action::retry,
     "Pause this account's queue and retry with backoff for up to 15 minutes, checking the status webhook before resending a message (the first send may have gone through). If the channel is still unavailable after that, open a 360dialog support ticket."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 7, {}, hold_1},
    {"360dialog.partner_permission_denied"sv, source::dialog360, {}, {}, {},
     {match_7, 1},
     "Permission denied for partner"sv,
     "The 360dialog Partner API refused the call: the partner token is invalid or the user lacks access to this Partner Hub."sv,
     403, category::permission, retry_0,
     action::check_credentials,
     "Check the partner Authorization token (refresh it if it expired) and that the user has permission on this Partner Hub; if both look right, contact 360dialog support."sv,
     "https://docs.360dialog.com/partner/support-and-updates/help-and-troubleshooting/error-messages"sv, 8, {}, hold_4},
    {"meta.0"sv, source::meta, {0, true}, {}, {},
     {},
     "AuthException"sv,
     "Meta could not authenticate the caller: the access token expired, was invalidated, or its user blocked app access."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Issue a new access token (a system user token for servers), deploy it, and retry only after that. Do not retry with the same token."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_2},
    {"meta.3"sv, source::meta, {3, true}, {}, {},
     {},
     "API Method"sv,
     "The app lacks the capability or permission that this endpoint needs."sv,
     500, category::permission, retry_0,
     action::check_credentials,
     "Inspect the token in Meta's access token debugger and grant the missing permission (usually whatsapp_business_messaging or whatsapp_business_management); retry after the token carries it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.10"sv, source::meta, {10, true}, {}, {},
     {},
     "Permission Denied"sv,
     "Permission for this call was never granted or has been removed, or the app is not eligible for the endpoint."sv,
     403, category::permission, retry_0,
     action::check_credentials,
     "Check the token's permissions in the access token debugger and the API's eligibility requirements. For Flows with an endpoint, make sure the number that set the business public key is allowlisted. For business-management calls, also check that the system user has the business asset assigned (Full control, or Partial access for phone numbers) in Business Settings."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.190"sv, source::meta, {190, true}, {}, {},
     {},
     "Access token has expired"sv,
     "The access token has expired or was invalidated (password change, logout, revoked app)."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Obtain a fresh access token, preferably a non-expiring system user token, deploy it and resume. Subcodes such as 460 (password changed) or 463 (expired) tell why."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_2},
    {"meta.200"sv, source::meta, {200, true}, {}, {},
     {match_12, 1},
     "No access token provided"sv,
     "A GET endpoint (for example whatsapp_business_profile) was called without any access token; Meta answers 'Provide valid app ID'."sv,
     0, category::authentication, retry_0,
     action::check_credentials,
     "Send a valid access token in the Authorization header. This is not an expired token (that is 190): the request carried none."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_2},
    {"meta.200.1349175"sv, source::meta, {200, true}, {}, {1349175, true},
     {},
     "Phone number limit exceeded"sv,
     "The WhatsApp Business Account already has as many phone numbers as it may have, so another one cannot be added."sv,
     0, category::account, retry_0,
     action::contact_support,
     "Remove a number the account no longer uses, or raise the limit (verifying the business raises it; otherwise ask Meta support), then add the number again. The token is fine and message sends are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.200_299"sv, source::meta, {200, true}, {299, true}, {},
     {},
     "API Permission"sv,
     "Meta's permission range: the permission this call needs was not granted or was removed."sv,
     403, category::permission, retry_0,
     action::check_credentials,
     "Check the token in the access token debugger and grant the permission the endpoint requires (for WhatsApp: whatsapp_business_messaging, whatsapp_business_management); then retry."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.131005"sv, source::meta, {131005, true}, {}, {},
     {},
     "Access denied"sv,
     "The token lacks a permission the call needs, or it was removed."sv,
     403, category::permission, retry_0,
     action::check_credentials,
     "Check the token in the access token debugger: it needs whatsapp_business_messaging (and whatsapp_business_management for account calls) and access to this WABA. Re-grant what is missing or issue a new system user token; the same token keeps failing. If the details mention WhatsApp Payments terms, see meta.131005.payments_terms instead."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.131005.payments_terms"sv, source::meta, {131005, true}, {}, {},
     {match_16, 2},
     "Access denied: WhatsApp Payments terms of service acceptance pending"sv,
     "A Payments onboarding call was refused because the business has not accepted the WhatsApp Payments terms of service; the details carry the link to accept them."sv,
     403, category::billing, retry_0,
     action::resolve_policy,
     "Have the account owner open the link in error_data.details and accept the WhatsApp Payments terms, then call again. The token's permissions are fine: do not rotate it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/payments/payments-in/onboarding-apis"sv, 0, {}, hold_5},
    {"meta.368"sv, source::meta, {368, true}, {}, {},
     {},
     "Temporarily blocked for policies violations"sv,
     "The WhatsApp Business Account was restricted or disabled for breaking a platform policy."sv,
     403, category::integrity, retry_0,
     action::resolve_policy,
     "Stop sending from the account and alert its owner. Business Support Home (or the account_update webhook) shows the violation and its length: restrictions last 1 to 30 days (1 or 3 days on templates, 5, 7 or 30 days on all messages), a disabled account stays so until an appeal succeeds, and an appeal takes 24 to 48 hours. Fix the cause or appeal; resume when lifted."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.130497"sv, source::meta, {130497, true}, {}, {},
     {},
     "Business account is restricted from messaging users in this country"sv,
     "Policy forbids this business account from messaging users in the recipient's country."sv,
     403, category::integrity, retry_4,
     action::resolve_policy,
     "Stop sending to recipients in that country from this account; other countries are not affected. Check the WhatsApp Business Messaging Policy for the countries your business category may message, and contact Meta support if the restriction looks wrong."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_6},
    {"meta.131031"sv, source::meta, {131031, true}, {}, {},
     {},
     "Account has been locked"sv,
     "The business account was locked for a policy violation, or data in the request (such as the two-step PIN) did not match the account."sv,
     403, category::integrity, retry_0,
     action::resolve_policy,
     "Stop sending and check the account in WhatsApp Manager and the Health Status API for the reason. Fix the policy issue or correct the PIN, then appeal or contact support."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.4"sv, source::meta, {4, true}, {}, {},
     {},
     "API Too Many Calls"sv,
     "The app has used up its Graph API call rate limit (a rolling one-hour window)."sv,
     400, category::rate_limit, retry_5,
     action::slow_down,
     "Slow every call made by this app. Read the X-App-Usage and X-Business-Use-Case-Usage response headers: they give the usage in percent and, for the business use case, the minutes until access is regained; wait that long. Batch and cache reads. The App Dashboard's Application Rate Limit section shows the history."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_1},
    {"meta.80007"sv, source::meta, {80007, true}, {}, {},
     {},
     "Rate limit issues"sv,
     "The WhatsApp Business Account reached its API rate limit (a rolling one-hour window per app and account)."sv,
     400, category::rate_limit, retry_6,
     action::slow_down,
     "Spread calls for this account over the hour and back off. Read X-Business-Use-Case-Usage: its estimated_time_to_regain_access (minutes) is the wait. Meta allows 200 requests per hour per app and account, 5,000 for active accounts with a registered number."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_1},
    {"meta.130429"sv, source::meta, {130429, true}, {}, {},
     {},
     "Rate limit hit"sv,
     "The sending number went over its Cloud API message throughput: 80 messages per second by default, up to 1,000 after automatic upgrades; numbers also used in the WhatsApp Business app (coexistence) have a fixed 20."sv,
     400, category::rate_limit, retry_7,
     action::slow_down,
     "Queue and pace messages for this phone number and back off until sends succeed again; Meta keeps returning 130429 until you are back under the limit. Ask for higher throughput if you need it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_7},
    {"meta.131048"sv, source::meta, {131048, true}, {}, {},
     {},
     "Spam rate limit hit"sv,
     "The number may send fewer messages because too many of its earlier messages were blocked or reported as spam."sv,
     400, category::rate_limit, retry_8,
     action::check_quality,
     "Check the number's quality rating in WhatsApp Manager and the quality of recent templates; slow down sharply and send only to users who expect your messages. Quick retries make it worse."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_7},
    {"meta.131056"sv, source::meta, {131056, true}, {}, {},
     {},
     "(Business Account, Consumer Account) pair rate limit hit"sv,
     "Too many messages went from this number to the same recipient in a short time."sv,
     400, category::rate_limit, retry_9,
     action::slow_down,
     "Hold messages to this recipient only; other recipients are not affected. Retry after 1, 4, 16, 64... seconds (4^X, X counting failures to this user in a row), never sooner: jitter may only lengthen the wait. After sending a burst of N messages to one user, wait N x 6 seconds before the next one."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_8},
    {"meta.133016"sv, source::meta, {133016, true}, {}, {},
     {},
     "Account register deregister rate limit exceeded"sv,
     "Too many register or deregister attempts were made for this number in a short time, so Meta blocks further attempts for a while."sv,
     400, category::rate_limit, retry_10,
     action::wait,
     "Stop all register and deregister calls for this number for 72 hours: Meta allows 10 per number in a moving 72-hour window and then blocks the number for 72 hours, and every early attempt can extend it. Find what is looping on registration before the block ends."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_9},
    {"meta.131064"sv, source::meta, {131064, true}, {}, {},
     {},
     "Messaging limit reached due to template classification violations"sv,
     "The account's messaging limit was cut because templates were misclassified; this hits template and free-form messages alike."sv,
     0, category::rate_limit, retry_0,
     action::fix_template,
     "Review template categories (marketing, utility, authentication) and recategorise misfiled ones; Business Support Home and the account_update webhook show the restriction. It lifts on its own after the enforcement period, 7 days, or 30 days for repeat offenders."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.1"sv, source::meta, {1, true}, {}, {},
     {},
     "API Unknown"sv,
     "An unknown failure: either a bad request or a problem on Meta's side."sv,
     400, category::server, retry_11,
     action::retry,
     "Check the WhatsApp Business Platform status page. During an outage retry with backoff; otherwise compare the request with the endpoint reference, because a malformed request keeps failing."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.2"sv, source::meta, {2, true}, {}, {},
     {},
     "API Service"sv,
     "Meta's service is temporarily down or overloaded."sv,
     503, category::server, retry_12,
     action::retry,
     "Retry with exponential backoff and jitter; check the platform status page if it lasts."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.131000"sv, source::meta, {131000, true}, {}, {},
     {},
     "Something went wrong"sv,
     "The message failed for an unknown reason on Meta's side."sv,
     500, category::server, retry_12,
     action::retry,
     "Retry with backoff. If the same request keeps failing, open a Direct Support ticket with the fbtrace_id. For Flows, it can mean the business public key could not be set: upload it again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.131016"sv, source::meta, {131016, true}, {}, {},
     {},
     "Service unavailable"sv,
     "A service Meta depends on is temporarily unavailable."sv,
     500, category::server, retry_12,
     action::retry,
     "Retry with exponential backoff and jitter; check the platform status page if it persists."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.133004"sv, source::meta, {133004, true}, {}, {},
     {},
     "Server Temporarily Unavailable"sv,
     "The registration service is temporarily unavailable."sv,
     503, category::server, retry_12,
     action::retry,
     "Retry with backoff; read error_data.details and the platform status page before retrying for long."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.33"sv, source::meta, {33, true}, {}, {},
     {},
     "Invalid ID (parameter value is not valid)"sv,
     "An ID in the request is not usable: the phone number ID is wrong or the number was deleted, the WhatsApp Business Account was deleted, or the token's user has not granted access to it."sv,
     400, category::request, retry_13,
     action::fix_request,
     "Do not remove the number from configuration yet. List the account's numbers (GET /<WABA_ID>/phone_numbers) and compare the ID you send from: if it is missing, the number was deleted and its traffic must move to a live one; if it is there, the request uses a wrong ID (a WABA or app ID instead of the phone number ID) or the token cannot see it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.33.missing_grant"sv, source::meta, {33, true}, {}, {},
     {match_33, 2},
     "Invalid ID (access not granted)"sv,
     "The token's user has not granted the app access to this WhatsApp Business Account (the whatsapp_business_management permission; solution providers need Advanced Access)."sv,
     400, category::permission, retry_0,
     action::check_credentials,
     "Check the token in the access token debugger: it must carry whatsapp_business_management and list this WABA among its granular scopes. Have the business re-run Embedded Signup or re-share the account, and request Advanced Access if you serve other businesses. The number itself is fine: do not remove it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_0},
    {"meta.100"sv, source::meta, {100, true}, {}, {},
     {},
     "Invalid parameter"sv,
     "The request has an unsupported, misspelled or too long parameter."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Compare the request with the endpoint reference; error_data.details (or error_user_msg) names the bad parameter. For Flows, check that the business public key is a 2048-bit RSA key in PEM format. Many management errors arrive as code 100 with an error_subcode that has its own entry."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.template_required"sv, source::meta, {100, true}, {}, {},
     {match_35, 1},
     "Message must be a template message"sv,
     "The Marketing Messages API accepts only template messages, and this one was not."sv,
     400, category::request, retry_14,
     action::send_template,
     "Send a marketing template through this API, or send non-template messages through the Cloud API /messages endpoint."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_11},
    {"meta.100.outside_service_window"sv, source::meta, {100, true}, {}, {},
     {match_36, 6},
     "Cannot send non-template messages outside the 24-hour window"sv,
     "A free-form (non-template) message was sent to a user who has not written in the last 24 hours; only templates may open a conversation."sv,
     400, category::recipient, retry_15,
     action::send_template,
     "Send an approved template message instead, or wait until the user writes again. Resending the same free-form message fails again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_12},
    {"meta.131008"sv, source::meta, {131008, true}, {}, {},
     {},
     "Required parameter is missing"sv,
     "A parameter the endpoint requires is missing from the request."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Add the parameter named in error_data.details; see the endpoint reference for what is required."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131009"sv, source::meta, {131009, true}, {}, {},
     {},
     "Parameter value is not valid"sv,
     "One or more parameter values are not accepted, for example a phone number not in the account."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Fix the value named in error_data.details; for phone numbers, check the number was added to the WhatsApp Business Account. On the Marketing Messages API, a template created in the last 10 minutes may still be syncing with the ad account (134101 says so explicitly): send once more after 10 minutes before changing anything."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131009.voice_call"sv, source::meta, {131009, true}, {}, {},
     {match_39, 1},
     "Interactive message type voice_call not supported"sv,
     "A message with a voice_call (call permission or call button) interactive component was refused: calling is not available for the business number's country or the number has no calling enabled."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Send the message without the voice_call component, or from a number in a country where business calling is available and enabled in its call settings."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.131021"sv, source::meta, {131021, true}, {}, {},
     {},
     "Recipient cannot be sender"sv,
     "The recipient is the same phone number as the sender."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Send to a different number; check how the service fills in the recipient."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131021.self_block"sv, source::meta, {131021, true}, {}, {},
     {match_41, 2},
     "Self block"sv,
     "The Block Users API was asked to block the business's own phone number."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Remove the business number from the list of users to block."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_11},
    {"meta.131051"sv, source::meta, {131051, true}, {}, {},
     {},
     "Unsupported message type"sv,
     "The message type is not supported: on sends, a type the API does not accept; in inbound webhooks, a message WhatsApp cannot show you (for example an edit)."sv,
     400, category::request, retry_14,
     action::fix_request,
     "For sends, use a supported message type. For inbound messages there is nothing to retry; ask the user to resend in a supported form if it matters."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.135000"sv, source::meta, {135000, true}, {}, {},
     {},
     "Generic user error"sv,
     "The message failed because of an unspecified problem with the request parameters, often a template restriction Meta does not explain."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Check the request against the endpoint reference and the template's definition. If it looks right, contact 360dialog or Meta support with the fbtrace_id."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.1752041"sv, source::meta, {1752041, true}, {}, {},
     {},
     "Duplicate Request"sv,
     "This business has already been invited to onboard onto the Marketing Messages API by some partner."sv,
     400, category::request, retry_14,
     action::none,
     "Nothing to do: the first onboarding request covers all the client's eligible accounts. Do not resend it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_11},
    {"meta.130403"sv, source::meta, {130403, true}, {}, {},
     {},
     "Business has blocked the user"sv,
     "The business itself has blocked this WhatsApp user, so messages to them cannot be delivered."sv,
     0, category::recipient, retry_15,
     action::none,
     "Do not retry. If the block was a mistake, unblock the user through the Block Users API, then send again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_6},
    {"meta.130472"sv, source::meta, {130472, true}, {}, {},
     {},
     "User's number is part of an experiment"sv,
     "Meta withheld this marketing template because the user is in Meta's marketing message experiment, in which a small share of users receive marketing templates only inside an open customer service window."sv,
     400, category::recipient, retry_15,
     action::none,
     "Do not resend the marketing template now; other message kinds to the user are not affected. If the message matters, invite the user to write to you and resend it while the 24-hour window is open."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_13},
    {"meta.131026"sv, source::meta, {131026, true}, {}, {},
     {},
     "Message Undeliverable"sv,
     "WhatsApp could not deliver to this recipient: the number is not on WhatsApp, the user blocked the business, has not accepted current terms, or runs a too-old client. Meta does not say which."sv,
     400, category::recipient, retry_15,
     action::ask_recipient,
     "Do not retry blindly. Reach the user another way and ask them to check that they can message your business number, have not blocked it, accepted WhatsApp's latest terms and updated the app. Resend once they confirm."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_6},
    {"meta.131047"sv, source::meta, {131047, true}, {}, {},
     {},
     "Re-engagement message"sv,
     "More than 24 hours have passed since the user last wrote, so free-form messages are not allowed."sv,
     400, category::recipient, retry_15,
     action::send_template,
     "Send an approved template message instead, or wait until the user writes again (that reopens the 24-hour window); resending the same free-form message fails again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_12},
    {"meta.131047.block_users"sv, source::meta, {131047, true}, {}, {},
     {match_49, 1},
     "Re-engagement required"sv,
     "The Block Users API can block only users who messaged the business in the last 24 hours, or the number is not a valid WhatsApp user."sv,
     0, category::recipient, retry_15,
     action::none,
     "Block the user only after they write to you again; check that the number is a WhatsApp user."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_11},
    {"meta.131049"sv, source::meta, {131049, true}, {}, {},
     {},
     "This message was not delivered to maintain healthy ecosystem engagement"sv,
     "Meta chose not to deliver this marketing template, typically because of the per-user cap on marketing messages. For recipients with US numbers see meta.131049.us_recipient."sv,
     400, category::recipient, retry_16,
     action::wait,
     "Do not resend marketing templates to this user for at least 24 hours, then at most once or twice with growing gaps; the cap lasts for varying periods. Utility, authentication and service messages to the user, and all other users, are not affected. If the recipient has a US number, the failure is permanent (see meta.131049.us_recipient)."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_14},
    {"meta.131049.us_recipient"sv, source::meta, {131049, true}, {}, {},
     {},
     "Marketing message not delivered to a US number"sv,
     "Since 1 April 2025 WhatsApp delivers no marketing template messages to users with United States phone numbers (+1 and a US area code); each one fails with 131049, on the Cloud API and the Marketing Messages API alike."sv,
     400, category::recipient, retry_17,
     action::ask_recipient,
     "Do not resend marketing templates to this user: they fail every time. Utility and authentication templates and replies inside the 24-hour window still go; send only genuinely transactional content as utility, since marketing dressed up as utility gets the template reclassified and the account restricted. Reach the user for marketing through another channel (SMS, email, in-app)."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/per-user-marketing-template-message-limits"sv, 0, {recipients_51, 359}, hold_15},
    {"meta.131050"sv, source::meta, {131050, true}, {}, {},
     {},
     "User has stopped receiving marketing messages"sv,
     "The user has chosen to stop receiving marketing messages from this business."sv,
     400, category::recipient, retry_15,
     action::none,
     "Do not send marketing templates to this user; utility, authentication and service messages still go. Subscribe to the user_preferences webhook to learn when the user opts back in, and send marketing again only then."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_16},
    {"meta.131060"sv, source::meta, {131060, true}, {}, {},
     {},
     "This message is currently unavailable"sv,
     "An inbound message could not be shown, typically the first message a user sends to a number that is also used in the WhatsApp Business app."sv,
     0, category::recipient, retry_14,
     action::none,
     "Nothing to retry; treat the message as unreadable and, if needed, ask the user to send it again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/unsupported"sv, 0, {}, hold_11},
    {"meta.131042"sv, source::meta, {131042, true}, {}, {},
     {},
     "Business eligibility payment issue"sv,
     "Meta found a problem with the account's payment setup: no payment method attached, credit line over limit or inactive, account deleted or suspended, timezone or currency unset, or a pending 'On Behalf Of' request."sv,
     400, category::billing, retry_0,
     action::settle_billing,
     "Check billing in WhatsApp Manager / Business Settings and fix the payment method or credit line; resume once billing is valid."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_0},
    {"meta.134011"sv, source::meta, {134011, true}, {}, {},
     {},
     "WhatsApp Payments terms of service acceptance pending"sv,
     "The account has not yet accepted the WhatsApp Payments terms of service."sv,
     400, category::billing, retry_0,
     action::resolve_policy,
     "Have the account owner accept the WhatsApp Payments terms of service through the link in the error message (error_data.details), then send again. No billing change is needed."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_5},
    {"meta.131037"sv, source::meta, {131037, true}, {}, {},
     {},
     "WhatsApp provided number needs display name approval before message can be sent"sv,
     "The Meta-provided 555 number has no approved display name yet."sv,
     400, category::account, retry_13,
     action::register_number,
     "Set a display name for the 555 number in WhatsApp Manager and wait for its approval; every message from the number fails until then."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.131057"sv, source::meta, {131057, true}, {}, {},
     {},
     "Account in maintenance mode"sv,
     "The business account is in maintenance mode, for example during a throughput upgrade."sv,
     500, category::account, retry_18,
     action::retry,
     "Pause this number's queue briefly and retry with backoff: an upgrade takes about a minute."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_7},
    {"meta.2494100"sv, source::meta, {2494100, true}, {}, {},
     {},
     "Account is in maintenance mode"sv,
     "A Business Management API call (phone number migration or registration) found the number in maintenance mode. It is not a /messages error."sv,
     0, category::account, retry_19,
     action::retry,
     "Retry the migration or registration call in a few minutes (not sooner than 1 minute); sends are not affected. If it persists for more than half an hour, contact support."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_17},
    {"meta.2494164"sv, source::meta, {2494164, true}, {}, {},
     {},
     "Signup not found"sv,
     "The In-App Signup entity named in the request does not exist."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Check the signup ID in the request against the signups created for this WhatsApp Business Account."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494165"sv, source::meta, {2494165, true}, {}, {},
     {},
     "Signup API unavailable"sv,
     "The In-App Signup API is not enabled for this WhatsApp Business Account."sv,
     0, category::permission, retry_0,
     action::contact_support,
     "Stop calling the In-App Signup API for this account and ask Meta support (or your BSP) whether it can be enabled; message sends are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_4},
    {"meta.2494166"sv, source::meta, {2494166, true}, {}, {},
     {},
     "Signup unknown placeholder"sv,
     "The confirmation_message of the signup uses a placeholder the API does not know."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Remove or correct the unknown {{placeholder}} in confirmation_message, using only the placeholders the API documents."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494167"sv, source::meta, {2494167, true}, {}, {},
     {},
     "Signup missing placeholder value"sv,
     "The confirmation_message uses the {{promo_code}} placeholder but the request gives no promo_code."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Send a promo_code value with the request, or take {{promo_code}} out of confirmation_message."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494168"sv, source::meta, {2494168, true}, {}, {},
     {},
     "Signup ToS not accepted"sv,
     "The request did not show that the Terms of Service were accepted."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Include the accepted Terms of Service (the policy object) in the request, as the In-App Signup API requires on first use."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494176"sv, source::meta, {2494176, true}, {}, {},
     {},
     "Signup ToS already accepted"sv,
     "The business already accepted the Terms of Service, yet the request still carries the policy object."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Leave the policy object out of the request: the terms are accepted already."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494177"sv, source::meta, {2494177, true}, {}, {},
     {},
     "Signup ToS URL not allowed"sv,
     "The URL in policy.tos is not one of the approved Terms of Service URLs."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Put an approved Terms of Service URL in policy.tos."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.2494179"sv, source::meta, {2494179, true}, {}, {},
     {},
     "Signup website URL scheme not allowed"sv,
     "The website_url of the signup does not start with https://."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Give website_url as an https:// address."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/in-app-signup"sv, 0, {}, hold_11},
    {"meta.131063"sv, source::meta, {131063, true}, {}, {},
     {},
     "Marketing templates disabled for Cloud API"sv,
     "The template is a marketing template, but the account turned off marketing messages on the Cloud API."sv,
     0, category::account, retry_20,
     action::fix_request,
     "Send marketing templates through the Marketing Messages API, or set disable_marketing_messages_on_cloud_api to false on the account."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131065"sv, source::meta, {131065, true}, {}, {},
     {},
     "Max price unavailable in the recipient's country"sv,
     "The message set a maximum price, which is not available for the recipient's country."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Send the message to this country without the maximum price setting; resending it unchanged fails again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.2593107"sv, source::meta, {2593107, true}, {}, {},
     {},
     "Synchronization request limit exceeded"sv,
     "The contacts or history synchronization for this coexistence number was already requested; each may be called only once."sv,
     400, category::account, retry_21,
     action::register_number,
     "Do not call it again. To synchronize again, offboard the business customer and onboard them anew."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_18},
    {"meta.2593108"sv, source::meta, {2593108, true}, {}, {},
     {},
     "Synchronization outside 24 h onboarding window"sv,
     "Contacts and history synchronization is allowed only within 24 hours of onboarding, and that window has closed."sv,
     400, category::account, retry_21,
     action::register_number,
     "Offboard the business app user and onboard them again, then synchronize within 24 hours."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_18},
    {"meta.2593079"sv, source::meta, {2593079, true}, {}, {},
     {},
     "WABA already marked for migration to a different solution"sv,
     "The WhatsApp Business Account is already marked for migration to another solution ID, so it cannot be moved to this one."sv,
     0, category::account, retry_0,
     action::contact_support,
     "Find out which solution the account is being moved to; cancel that migration or finish it before starting this one, with Meta support if needed."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.2593085"sv, source::meta, {2593085, true}, {}, {},
     {},
     "Invalid WhatsApp Business Account for OBO mobility"sv,
     "The WhatsApp Business Account cannot take part in an On-Behalf-Of ownership transfer (it is already shared, or the customer has not accepted the request)."sv,
     0, category::account, retry_0,
     action::contact_support,
     "Check that the account is an On-Behalf-Of account and that the customer accepted the transfer request; if both hold, contact Meta support."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.131052"sv, source::meta, {131052, true}, {}, {},
     {},
     "Media download error"sv,
     "Meta could not download the media a user sent to the business, for example a file over the 100 MB inbound limit."sv,
     400, category::media, retry_14,
     action::ask_recipient,
     "Read error_data.details in the inbound webhook; ask the user to send the file another way."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131053"sv, source::meta, {131053, true}, {}, {},
     {},
     "Media upload error"sv,
     "Meta could not fetch or accept the media in the message, for example an unsupported type or a URL that answered 404."sv,
     400, category::media, retry_14,
     action::fix_media,
     "Read error_data.details. Check the file's real MIME type (file -I on Unix) against the supported media types and that the URL is public and serves the file; fix it and send again. A URL copied from a received template header (scontent.whatsapp.net) is signed and fails with 403 when reused: upload the file and send its media ID."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131053.url_throttled"sv, source::meta, {131053, true}, {}, {},
     {match_75, 4},
     "Media upload error (media host rate limited)"sv,
     "Fetching the media URL failed because the host answered 429 Too Many Requests."sv,
     400, category::media, retry_22,
     action::retry,
     "Retry with backoff; if it persists, raise the media host's rate limit for Meta's fetchers or upload the media to Meta and send its media ID."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.131053.url_server_error"sv, source::meta, {131053, true}, {}, {},
     {match_76, 13},
     "Media upload error (media host unavailable)"sv,
     "Fetching the media URL failed with a server error or timeout on the media host."sv,
     400, category::media, retry_22,
     action::retry,
     "Retry with backoff; if the host keeps failing, fix it or upload the media to Meta and send its media ID."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.132000"sv, source::meta, {132000, true}, {}, {},
     {},
     "Template Param Count Mismatch"sv,
     "The number of parameter values sent differs from the number of variables in the template."sv,
     400, category::message_template, retry_14,
     action::fix_request,
     "Send exactly one value for each variable of the template, component by component."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132001"sv, source::meta, {132001, true}, {}, {},
     {},
     "Template does not exist"sv,
     "No approved template with this name exists in this language."sv,
     404, category::message_template, retry_20,
     action::fix_template,
     "Check the template name and language code and that the template is approved in WhatsApp Manager."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132005"sv, source::meta, {132005, true}, {}, {},
     {},
     "Template Hydrated Text Too Long"sv,
     "The text produced by filling in the template's parameters is too long."sv,
     400, category::message_template, retry_14,
     action::fix_request,
     "Shorten the parameter values; check in WhatsApp Manager that the template's translation exists."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132007"sv, source::meta, {132007, true}, {}, {},
     {},
     "Template Format Character Policy Violated"sv,
     "The template's content breaks a WhatsApp policy."sv,
     400, category::message_template, retry_20,
     action::fix_template,
     "Read the template review guidelines, change the content and submit the template again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132008"sv, source::meta, {132008, true}, {}, {},
     {},
     "Template parameter value invalid"sv,
     "A value given for a template parameter is not valid."sv,
     400, category::message_template, retry_14,
     action::fix_request,
     "Check each parameter value against what the template variable expects (type, length, format) and send again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132012"sv, source::meta, {132012, true}, {}, {},
     {},
     "Template Parameter Format Mismatch"sv,
     "A parameter value does not have the format the template declares (for example text where a currency or date is expected)."sv,
     400, category::message_template, retry_14,
     action::fix_request,
     "Format each parameter value as the template's variable requires."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132015"sv, source::meta, {132015, true}, {}, {},
     {},
     "Template is Paused"sv,
     "The template was paused for low quality and cannot be sent."sv,
     400, category::message_template, retry_20,
     action::fix_template,
     "Improve the template's content and get it approved again, or use another template meanwhile."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132016"sv, source::meta, {132016, true}, {}, {},
     {},
     "Template is Disabled"sv,
     "The template was paused too often for low quality and is now disabled for good."sv,
     400, category::message_template, retry_20,
     action::fix_template,
     "Create a new template with different content; this one will not come back."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132018"sv, source::meta, {132018, true}, {}, {},
     {},
     "Template validation error"sv,
     "A template send (Cloud API from v23.0, and the Marketing Messages API) has invalid parameters for the template."sv,
     400, category::message_template, retry_14,
     action::fix_request,
     "Read error_data.details for the failing component and parameter, compare with the template definition (count, type, format, length), and send again with corrected values."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.131055"sv, source::meta, {131055, true}, {}, {},
     {},
     "Method not allowed"sv,
     "The Marketing Messages API accepts only marketing templates; this was another message type or an authentication or utility template."sv,
     400, category::message_template, retry_14,
     action::send_template,
     "Send a marketing template through this API; send other messages through the Cloud API."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_11},
    {"meta.131055.sip_enabled"sv, source::meta, {131055, true}, {}, {},
     {match_87, 2},
     "Method not allowed: Graph API calls are not allowed for SIP-enabled numbers"sv,
     "The business number has SIP calling enabled, so Calling API actions through the Graph API are refused."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Place and manage calls for this number through your SIP server, or turn SIP off in the number's call settings to use the Graph Calling API. Do not send a marketing template: that is the other meaning of 131055."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.131055.mm_lite_terms"sv, source::meta, {131055, true}, {}, {},
     {match_88, 1},
     "Marketing Messages Lite API terms not accepted"sv,
     "The business has not accepted the Marketing Messages Lite API terms, so the API refuses its messages."sv,
     0, category::account, retry_0,
     action::resolve_policy,
     "Accept the Marketing Messages Lite API terms for the business (through 360dialog's onboarding) and make sure the number is onboarded, then send again."sv,
     "https://docs.360dialog.com/docs/resources/marketing-messages/expected-errors-and-programming-languages"sv, 0, {}, hold_19},
    {"meta.134100"sv, source::meta, {134100, true}, {}, {},
     {},
     "Only marketing messages supported"sv,
     "A utility or authentication template was sent on the Marketing Messages API, which accepts only MARKETING templates."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Send marketing templates here and other categories through the Cloud API."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_11},
    {"meta.134101"sv, source::meta, {134101, true}, {}, {},
     {},
     "Your template is still syncing"sv,
     "The template was created recently and its ad synchronization (up to about 10 minutes) has not finished."sv,
     400, category::message_template, retry_23,
     action::wait,
     "Wait about 10 minutes and send again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_3},
    {"meta.134102"sv, source::meta, {134102, true}, {}, {},
     {},
     "Template unavailable for use"sv,
     "Ad synchronization failed for the template, or the business is not eligible for the Marketing Messages API."sv,
     500, category::message_template, retry_0,
     action::contact_support,
     "Check the account's marketing_messages_lite_api_status; if it is ONBOARDED and the error persists, contact support."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes#marketing-messages-api-for-whatsapp-error-codes"sv, 0, {}, hold_19},
    {"meta.100.2388039"sv, source::meta, {100, true}, {}, {2388039, true},
     {},
     "Message template status can't be changed"sv,
     "The template's status cannot be changed now, for example while it is still in review; templates can only be added or deleted."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Wait until the template is approved or rejected before editing it; an approved template can be edited a limited number of times per day and month. To change one in review, delete it and create it anew."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388040"sv, source::meta, {100, true}, {}, {2388040, true},
     {},
     "Character limit exceeded"sv,
     "A field of the template is longer than allowed."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Shorten the field named in the error to its character limit. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388047"sv, source::meta, {100, true}, {}, {2388047, true},
     {},
     "Message header format is incorrect"sv,
     "The template header's formatting is invalid."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Fix the header: text headers take at most 60 characters and one variable, no new lines, emojis or formatting characters; media headers need a sample. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388072"sv, source::meta, {100, true}, {}, {2388072, true},
     {},
     "Message body format is incorrect"sv,
     "The template body's formatting is invalid."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Fix the body: no more than two consecutive new lines, variables written as {{1}}, {{2}}... in order with a sample for each, and at most 1,024 characters. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388073"sv, source::meta, {100, true}, {}, {2388073, true},
     {},
     "Message footer format is incorrect"sv,
     "The template footer's formatting is invalid."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Fix the footer: at most 60 characters of plain text, no variables. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388293"sv, source::meta, {100, true}, {}, {2388293, true},
     {},
     "Parameters words ratio exceeds limit"sv,
     "The template has too many variables for the amount of text around them."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Use fewer variables or add more fixed text around them, then submit again. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388299"sv, source::meta, {100, true}, {}, {2388299, true},
     {},
     "Leading or trailing parameters not allowed"sv,
     "A variable stands at the very start or end of the template text."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Put fixed text before the first variable and after the last one, then submit again. error_user_msg in the response names the exact problem."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388019"sv, source::meta, {100, true}, {}, {2388019, true},
     {},
     "Message Template Limit Exceeded"sv,
     "The WhatsApp Business Account already has the maximum number of message templates: 250 for a business portfolio that is not verified, 6,000 for a verified one whose number has an approved display name."sv,
     400, category::message_template, retry_0,
     action::fix_template,
     "Delete templates you no longer use (deleted names stay reserved for 30 days), or complete business verification and display name approval to raise the limit to 6,000."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_20},
    {"meta.200005"sv, source::meta, {200005, true}, {}, {},
     {},
     "Template insights unavailable"sv,
     "Template insights cannot be enabled for this account yet."sv,
     0, category::message_template, retry_14,
     action::none,
     "Nothing to fix in the request: Meta says insights are not available for this account at the moment and gives no date. Check again in a later scheduled run rather than retrying in a loop."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.200006"sv, source::meta, {200006, true}, {}, {},
     {},
     "Cannot disable template insights"sv,
     "Template insights cannot be turned off once they are on."sv,
     0, category::message_template, retry_14,
     action::fix_request,
     "Stop asking to disable them; they stay enabled."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.200007"sv, source::meta, {200007, true}, {}, {},
     {},
     "Template Insights not enabled"sv,
     "Template insights were requested but are not enabled for this account."sv,
     0, category::message_template, retry_14,
     action::fix_request,
     "Enable template insights (confirm template analytics) and ask again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132068"sv, source::meta, {132068, true}, {}, {},
     {},
     "Flow is blocked"sv,
     "The Flow used by the message is blocked, for example because its endpoint is unhealthy or its endpoint public key is missing or invalid."sv,
     400, category::flow, retry_20,
     action::fix_request,
     "Fix the Flow (its endpoint health or content) in WhatsApp Manager until it is no longer blocked, then send again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.132069"sv, source::meta, {132069, true}, {}, {},
     {},
     "Flow is throttled"sv,
     "The Flow is throttled because its endpoint's health degraded (errors or latency): while throttled it may be sent in only 10 messages per hour, and that many went out in the last hour."sv,
     400, category::flow, retry_24,
     action::wait,
     "Fix the Flow's endpoint: check its error rate, latency and availability in WhatsApp Manager's Flow health view. Sends of this Flow stay limited to 10 per hour until the endpoint's metrics recover; send other messages meanwhile."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_3},
    {"meta.131045"sv, source::meta, {131045, true}, {}, {},
     {},
     "Incorrect certificate"sv,
     "The message failed because the sending number is not properly registered."sv,
     500, category::registration, retry_13,
     action::register_number,
     "Register the phone number (POST /<PHONE_NUMBER_ID>/register with its two-step PIN) and send again; if it is registered, deregister and register it once."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.133000"sv, source::meta, {133000, true}, {}, {},
     {},
     "Incomplete Deregistration"sv,
     "An earlier attempt to deregister the number did not complete."sv,
     500, category::registration, retry_13,
     action::register_number,
     "Deregister the number again, then register it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.133005"sv, source::meta, {133005, true}, {}, {},
     {},
     "Two step verification PIN Mismatch"sv,
     "The two-step verification PIN in the request is wrong."sv,
     400, category::registration, retry_14,
     action::fix_request,
     "Send the correct PIN. To reset it, turn two-step verification off and set a new PIN."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.133006"sv, source::meta, {133006, true}, {}, {},
     {},
     "Phone number re-verification needed"sv,
     "The number must be verified again before it can be registered."sv,
     400, category::registration, retry_13,
     action::register_number,
     "Verify the number (request and enter a code), then register it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.133008"sv, source::meta, {133008, true}, {}, {},
     {},
     "Too Many two step verification PIN Guesses"sv,
     "Too many wrong two-step PIN attempts were made for this number."sv,
     400, category::registration, retry_13,
     action::fix_request,
     "Stop all PIN attempts for this number. Have a person confirm the two-step PIN (reset it by turning two-step verification off and on if unsure), then try once after the wait given in error_data.details."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_21},
    {"meta.133009"sv, source::meta, {133009, true}, {}, {},
     {},
     "Two step verification PIN Guessed Too Fast"sv,
     "PIN attempts for this number came too quickly."sv,
     400, category::registration, retry_25,
     action::wait,
     "Slow down; read error_data.details for the wait before the next attempt."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_9},
    {"meta.133010"sv, source::meta, {133010, true}, {}, {},
     {},
     "Phone number Not Registered"sv,
     "The number is not registered on the WhatsApp Business Platform."sv,
     400, category::registration, retry_13,
     action::register_number,
     "Register the number (POST /<PHONE_NUMBER_ID>/register with its two-step PIN) before sending from it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.133015"sv, source::meta, {133015, true}, {}, {},
     {},
     "Please wait a few minutes before attempting to register this phone number"sv,
     "The number was deleted recently and the deletion has not finished."sv,
     400, category::registration, retry_26,
     action::wait,
     "Wait 5 minutes, then register again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_9},
    {"meta.2388012"sv, source::meta, {2388012, true}, {}, {},
     {},
     "This phone number already exists in your list of phone numbers"sv,
     "The number being migrated is already in the destination WhatsApp account."sv,
     0, category::registration, retry_14,
     action::fix_request,
     "Migrate a number that is not yet in the account, or use the one that is there."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.2388001"sv, source::meta, {2388001, true}, {}, {},
     {},
     "Phone number migration precondition not met"sv,
     "Migrating the number was refused: Meta asks the business to confirm it owns the number, or to turn off two-step verification before the move."sv,
     0, category::registration, retry_13,
     action::register_number,
     "Read the message: confirm ownership of the number as Meta asks, or have the current owner turn off two-step verification, then start the migration again. The number's message sends are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_18},
    {"meta.136024.2388091"sv, source::meta, {136024, true}, {}, {2388091, true},
     {},
     "This phone number isn't eligible to receive a registration code since it is not being migrated"sv,
     "Phone ownership verification through the migration APIs is not available for this number."sv,
     0, category::registration, retry_14,
     action::register_number,
     "Add, register and verify the number the regular way instead of migrating it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.136025.2388093"sv, source::meta, {136025, true}, {}, {2388093, true},
     {},
     "This phone number isn't eligible to verify a registration code since it is not being migrated"sv,
     "Phone ownership verification through the migration APIs is not available for this number."sv,
     0, category::registration, retry_14,
     action::register_number,
     "Add, register and verify the number the regular way instead of migrating it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.2388103.migration_failed"sv, source::meta, {2388103, true}, {}, {},
     {match_117, 1},
     "There was an error migrating this phone number"sv,
     "Something went wrong while migrating the number."sv,
     0, category::registration, retry_27,
     action::retry,
     "Try again after some time; if it keeps failing, contact support."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_17},
    {"meta.2388103.webhooks_missing"sv, source::meta, {2388103, true}, {}, {},
     {match_118, 1},
     "Cannot migrate phone number"sv,
     "Webhooks are not set up on the destination WhatsApp Business Account."sv,
     0, category::registration, retry_0,
     action::register_number,
     "Subscribe your app to webhooks on the destination account, then migrate again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.2388103.add_directly"sv, source::meta, {2388103, true}, {}, {},
     {match_119, 1},
     "Please add this phone number in your WhatsApp account"sv,
     "The number can be added directly and does not need the migration APIs."sv,
     0, category::registration, retry_14,
     action::register_number,
     "Add, register and verify the number instead of migrating it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.2388103.display_name_not_approved"sv, source::meta, {2388103, true}, {}, {},
     {match_120, 1},
     "Registered name should be present and approved"sv,
     "The number needs an approved display name and no pending display name change."sv,
     0, category::registration, retry_13,
     action::register_number,
     "Get the display name approved (name_status APPROVED) and wait for pending changes to finish, then migrate."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_18},
    {"meta.2388103.source_account_not_set_up"sv, source::meta, {2388103, true}, {}, {},
     {match_121, 1},
     "The WhatsApp account that this phone number is registered with is not set up correctly"sv,
     "The source account is not approved or its 'messaging on behalf of' is not approved, possibly because it uses the deprecated On-Behalf-Of model."sv,
     0, category::registration, retry_0,
     action::contact_support,
     "Contact support to sort out the source account's ownership model before migrating."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.2388103.no_payment_account"sv, source::meta, {2388103, true}, {}, {},
     {match_122, 1},
     "Your WhatsApp account does not have a payment account"sv,
     "The destination account has no active credit line, which it needs to send after migration."sv,
     0, category::registration, retry_0,
     action::settle_billing,
     "Set up a credit line and share it with the business customer, then migrate."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.2388103.different_business"sv, source::meta, {2388103, true}, {}, {},
     {match_123, 1},
     "This phone number belongs to a different Business Manager account"sv,
     "Source and destination accounts belong to different businesses."sv,
     0, category::registration, retry_14,
     action::fix_request,
     "Migrate the number into an account that messages for the same business as the source account."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.2388103.account_not_approved"sv, source::meta, {2388103, true}, {}, {},
     {match_124, 1},
     "Your WhatsApp account must be approved"sv,
     "The destination WhatsApp Business Account is not approved yet."sv,
     0, category::registration, retry_0,
     action::register_number,
     "Complete business verification and wait until the account's review status is approved."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.2388103.messaging_for_not_approved"sv, source::meta, {2388103, true}, {}, {},
     {match_125, 1},
     "Your WhatsApp account's \"Messaging For\" request must be approved"sv,
     "The client has not approved the destination account's 'Messaging For' request."sv,
     0, category::registration, retry_0,
     action::contact_support,
     "Ask the client to accept the 'Messaging For' request in Meta Business Suite, then migrate."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_4},
    {"meta.1005"sv, source::meta, {1005, true}, {}, {},
     {},
     "Access denied"sv,
     "Number registration was refused for a reason the message does not name."sv,
     403, category::registration, retry_13,
     action::contact_support,
     "Read the details of the error; if they match none of the known registration problems, contact 360dialog support with them."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 0, {}, hold_21},
    {"meta.1005.registration_timeout"sv, source::meta, {1005, true}, {}, {},
     {match_127, 1},
     "Registration timeout"sv,
     "Registration of this number is in a timeout phase after earlier attempts."sv,
     403, category::registration, retry_28,
     action::wait,
     "Stop registration attempts for this number and try once more after at least 10 minutes; if it is still in timeout, contact 360dialog support."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 0, {}, hold_9},
    {"meta.1005.biz_link_info_invalid_payload"sv, source::meta, {1005, true}, {}, {},
     {match_128, 1},
     "Unknown error: biz_link_info_invalid_payload"sv,
     "The number still has a WhatsApp or WhatsApp Business app account that was not deleted."sv,
     403, category::registration, retry_13,
     action::register_number,
     "Delete the WhatsApp / WhatsApp Business app account on that number, then register again."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 0, {}, hold_21},
    {"meta.1005.not_approved_for_enterprise"sv, source::meta, {1005, true}, {}, {},
     {match_129, 1},
     "This number has not been approved for an enterprise"sv,
     "The number still has a WhatsApp or WhatsApp Business app account that was not deleted."sv,
     403, category::registration, retry_13,
     action::register_number,
     "Delete the app account on the number, then register it again."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 0, {}, hold_21},
    {"meta.1005.verification_locked"sv, source::meta, {1005, true}, {}, {},
     {match_130, 1},
     "There was an error verifying this phone number"sv,
     "Registration of this number is locked."sv,
     403, category::registration, retry_13,
     action::contact_support,
     "Contact 360dialog support to unlock the registration; retrying will not help."sv,
     "https://docs.360dialog.com/docs/support/api-error-message-list"sv, 0, {}, hold_21},
    {"meta.139100"sv, source::meta, {139100, true}, {}, {},
     {},
     "Failed to block/unblock some users"sv,
     "Blocking or unblocking failed for some or all users; the per-user reasons are in block_users.failed_users."sv,
     0, category::request, retry_14,
     action::none,
     "Handle each failed user's own error; the users in added_users / removed_users succeeded."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_11},
    {"meta.139101"sv, source::meta, {139101, true}, {}, {},
     {},
     "Blocklist limit reached"sv,
     "The blocklist already holds its maximum of 64,000 users."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Unblock users you no longer need blocked before blocking more."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_11},
    {"meta.139102"sv, source::meta, {139102, true}, {}, {},
     {},
     "Blocklist concurrent update"sv,
     "The blocklist changed while it was being paged through, so the version_id no longer matches."sv,
     0, category::request, retry_11,
     action::retry,
     "Restart the listing from the first page (offset 0); the API says so in error_data.details."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_3},
    {"meta.139103"sv, source::meta, {139103, true}, {}, {},
     {},
     "Internal error"sv,
     "An internal error in the Block Users API."sv,
     0, category::server, retry_12,
     action::retry,
     "Retry the request with backoff."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users#error-codes"sv, 0, {}, hold_3},
    {"meta.102"sv, source::meta, {102, true}, {}, {},
     {},
     "API Session"sv,
     "The session or access token expired, was revoked or is otherwise invalid."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Obtain a new access token; if a subcode is present it says why."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_2},
    {"meta.17"sv, source::meta, {17, true}, {}, {},
     {},
     "API User Too Many Calls"sv,
     "Graph API throttling: this user or token made too many calls."sv,
     0, category::rate_limit, retry_5,
     action::slow_down,
     "Back off and reduce call volume for this token; X-App-Usage shows how close it is to the limit."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_1},
    {"meta.341"sv, source::meta, {341, true}, {}, {},
     {},
     "Application limit reached"sv,
     "The app reached a Graph API limit."sv,
     0, category::rate_limit, retry_5,
     action::slow_down,
     "Back off and reduce the app's call volume; X-App-Usage shows how close it is to the limit."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_1},
    {"meta.613"sv, source::meta, {613, true}, {}, {},
     {},
     "Calls to this api have exceeded the rate limit"sv,
     "Calls to this API method exceeded its rate limit. WhatsApp uses it for the fetch call permission status API and for verification code requests (variants of their own)."sv,
     429, category::rate_limit, retry_5,
     action::slow_down,
     "Back off and spread calls to this method over time; honour any X-Business-Use-Case-Usage wait."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_1},
    {"meta.613.call_permission"sv, source::meta, {613, true}, {}, {},
     {match_139, 1},
     "Fetch call permission API limit hit"sv,
     "Too many requests to the call permission status API for this business number."sv,
     429, category::rate_limit, retry_29,
     action::slow_down,
     "Cache call permission states (the call_permission_reply webhook tells you when they change) and query them less often; back off before asking again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_22},
    {"meta.613.verification_code"sv, source::meta, {613, true}, {}, {},
     {match_140, 1},
     "Too many verification code requests"sv,
     "Registration verification codes (request_code) were requested too often for this number."sv,
     429, category::registration, retry_28,
     action::wait,
     "Stop requesting codes for this number; wait at least 10 minutes (Meta gives no figure) and use the last code you received if it has not expired."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_9},
    {"meta.80008"sv, source::meta, {80008, true}, {}, {},
     {},
     "Too many calls to this WhatsApp Business account"sv,
     "Too many calls were made to this WhatsApp Business Account."sv,
     0, category::rate_limit, retry_6,
     action::slow_down,
     "Wait and call this account less often; X-Business-Use-Case-Usage gives the minutes until access returns."sv,
     "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/message_templates/"sv, 0, {}, hold_1},
    {"meta.506"sv, source::meta, {506, true}, {}, {},
     {},
     "Duplicate Post"sv,
     "The same content was posted twice in a row."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Change the content before sending it again."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_11},
    {"meta.1609005"sv, source::meta, {1609005, true}, {}, {},
     {},
     "Error Posting Link"sv,
     "Meta could not scrape data from the given link."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Check that the URL is correct and publicly reachable."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_11},
    {"meta.131030"sv, source::meta, {131030, true}, {}, {},
     {},
     "Recipient phone number not in allowed list"sv,
     "A test number (or an app in development mode) may message, call or ask call permission only from the up to 5 recipients on its allowed list, and this one is not on it."sv,
     400, category::request, retry_20,
     action::fix_request,
     "Add the recipient in the app dashboard (WhatsApp > API Setup > To) and confirm it with the code sent to them, or send from a production number with a live app. The most common error while onboarding."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.137000"sv, source::meta, {137000, true}, {}, {},
     {},
     "Recipient identity key mismatch"sv,
     "The message carried a recipient identity key hash that no longer matches the user's (they reinstalled WhatsApp or changed devices), so Meta did not deliver it."sv,
     0, category::recipient, retry_17,
     action::ask_recipient,
     "Re-verify the user's identity (the identity change check exists to stop messages to a changed device), update the stored hash, then resend; or resend without the hash if the message is not sensitive."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers"sv, 0, {}, hold_6},
    {"meta.131062"sv, source::meta, {131062, true}, {}, {},
     {},
     "BSUID recipients not supported for this message"sv,
     "A business-scoped user ID was used as recipient for a message that needs a phone number (one-tap, zero-tap or copy-code authentication templates)."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Resend to the user's phone number; keep the BSUID for the message types that accept it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_11},
    {"meta.131035"sv, source::meta, {131035, true}, {}, {},
     {},
     "Webhook could not be delivered within data retention limit"sv,
     "On a No-Storage number, an inbound message webhook could not be delivered before the data retention limit and was dropped; only this error webhook remains."sv,
     0, category::server, retry_14,
     action::none,
     "The inbound message is lost: nothing to retry. Make the webhook endpoint answer reliably and fast (No-Storage numbers keep nothing to redeliver), and ask the user to resend if the conversation needs it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/no-storage"sv, 0, {}, hold_11},
    {"meta.131036"sv, source::meta, {131036, true}, {}, {},
     {},
     "Message failed to be delivered on at least one of the user's devices"sv,
     "On a No-Storage number, a user's device asked for the message again and it was no longer available ('Message payload not found')."sv,
     0, category::recipient, retry_17,
     action::none,
     "Nothing to retry automatically: the user may have received it on another device. Resend the content as a new message only if it matters that every device has it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/no-storage"sv, 0, {}, hold_11},
    {"meta.131044"sv, source::meta, {131044, true}, {}, {},
     {},
     "Business payment issue (calling)"sv,
     "A user-initiated call could not be connected because the business has no valid payment method."sv,
     400, category::billing, retry_0,
     action::settle_billing,
     "Attach a valid payment method or credit line to the WhatsApp Business Account in Business Settings; calls fail until then."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_23},
    {"meta.2040"sv, source::meta, {2040, true}, {}, {},
     {},
     "Message is not supported"sv,
     "The user cannot receive this order or payment message (their client or country does not support it)."sv,
     0, category::recipient, retry_17,
     action::none,
     "Send the order details as an ordinary message or a payment link instead (that is not held); resending the same order message to this user fails again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/payments/payments-br/orders"sv, 0, {}, hold_24},
    {"meta.2046"sv, source::meta, {2046, true}, {}, {},
     {},
     "Order status invalid transition"sv,
     "The order_status update is not allowed from the order's current status ('New order status was not correctly transitioned')."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Check the order's current status and send only a transition the Payments API allows (for example not back from completed or canceled)."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/payments/payments-br/orders"sv, 0, {}, hold_11},
    {"meta.2047"sv, source::meta, {2047, true}, {}, {},
     {},
     "Order cancellation failure"sv,
     "The order could not be canceled because the user already paid or a payment is pending."sv,
     0, category::request, retry_14,
     action::none,
     "Do not retry the cancellation: handle it as a paid order (ship, or refund through the payment provider)."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/payments/payments-br/orders"sv, 0, {}, hold_11},
    {"meta.104"sv, source::meta, {104, true}, {}, {},
     {},
     "An access token is required to request this resource"sv,
     "The request carried no access token."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Send the token in the Authorization: Bearer header; check the code path that builds the request (an empty environment variable is the usual cause). This is not an expired token (190)."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_2},
    {"meta.131058"sv, source::meta, {131058, true}, {}, {},
     {},
     "Hello World templates can only be sent from the Public Test Numbers"sv,
     "The sample hello_world template was sent from a real business number."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Create and get approval for a template of your own and send that; hello_world works only from Meta's test numbers."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.803"sv, source::meta, {803, true}, {}, {},
     {},
     "Object not found"sv,
     "An ID or alias in the request does not exist or is not visible to this token ('WhatsApp Business Account not found', 'Business not found')."sv,
     404, category::request, retry_14,
     action::fix_request,
     "Check the ID in the URL (phone number ID, WABA ID, business ID) and that the token's user can see that object; an ID copied from another app or environment is the usual cause."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_11},
    {"meta.2500"sv, source::meta, {2500, true}, {}, {},
     {},
     "Unknown path components or active access token required"sv,
     "The URL has an unknown path segment (wrong API version or endpoint), or /me was called without a user token."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Compare the URL with the endpoint reference: version prefix (v23.0), IDs and edge names. For /me, use a user or system user token."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_11},
    {"meta.136024"sv, source::meta, {136024, true}, {}, {},
     {},
     "Request code error"sv,
     "Requesting a phone ownership verification code failed; error_subcode tells why."sv,
     0, category::registration, retry_14,
     action::register_number,
     "Read the subcode and message; check that the number is in the account, not already verified, and not asking too often. Then request a code again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.136025"sv, source::meta, {136025, true}, {}, {},
     {},
     "Verify code error"sv,
     "Verifying a phone ownership code failed; error_subcode tells why."sv,
     0, category::registration, retry_14,
     action::register_number,
     "Check the code (it expires) and request a new one if needed; the subcode says what went wrong."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388077"sv, source::meta, {100, true}, {}, {2388077, true},
     {},
     "Insight invalid product type combination"sv,
     "A template or conversation analytics query mixed the inbound product type with others."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Query inbound and other product types separately."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2388023"sv, source::meta, {100, true}, {}, {2388023, true},
     {},
     "Template name already exists or is on hold"sv,
     "A template with this name (and language) already exists, or an approved template with this name was deleted less than 30 days ago."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Pick another name, or add the language to the existing template. A deleted approved template's name can be reused only after 30 days."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management"sv, 0, {}, hold_11},
    {"meta.100.2388024"sv, source::meta, {100, true}, {}, {2388024, true},
     {},
     "Content in this language already exists"sv,
     "The template already has content in this language."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Edit the existing language version instead of creating it again, or use another name."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management"sv, 0, {}, hold_11},
    {"meta.100.2388046"sv, source::meta, {100, true}, {}, {2388046, true},
     {},
     "Name format is incorrect"sv,
     "The template name may contain only lowercase letters, digits and underscores."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Rename the template, e.g. order_update_2 instead of 'Order Update 2'."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management"sv, 0, {}, hold_11},
    {"meta.100.2388155"sv, source::meta, {100, true}, {}, {2388155, true},
     {},
     "Template name is already used as a sample template"sv,
     "The template name is the name of one of the sample templates."sv,
     400, category::message_template, retry_14,
     action::fix_template,
     "Pick another name for the template."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management"sv, 0, {}, hold_11},
    {"meta.100.2388027"sv, source::meta, {100, true}, {}, {2388027, true},
     {},
     "WABA should have maximum one product catalogue"sv,
     "A second product catalog was being connected to the WhatsApp Business Account, which may have only one."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Disconnect the current catalog before connecting another, or keep the one that is connected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_11},
    {"meta.100.2207051"sv, source::meta, {100, true}, {}, {2207051, true},
     {},
     "Phone number not registered on the WhatsApp Business Platform"sv,
     "A phone number endpoint was called for a number that is not registered."sv,
     400, category::registration, retry_13,
     action::register_number,
     "Register the number (POST /<PHONE_NUMBER_ID>/register with its two-step PIN), then repeat the call."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"sv, 0, {}, hold_10},
    {"meta.100.33"sv, source::meta, {100, true}, {}, {33, true},
     {},
     "Object does not exist or missing permission"sv,
     "Graph could not load an object: the ID does not exist, the token lacks permission on it, or the edge does not support this operation ('Unsupported get/post request')."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Check the ID and the edge name in the URL, then the token's access to that object in the access token debugger."sv,
     "https://developers.facebook.com/docs/graph-api/guides/error-handling"sv, 0, {}, hold_11},
    {"meta.138000"sv, source::meta, {138000, true}, {}, {},
     {},
     "Calling not enabled"sv,
     "Calling APIs are not enabled on the business phone number."sv,
     401, category::account, retry_13,
     action::fix_request,
     "Enable calling in the number's call settings (POST /<PHONE_NUMBER_ID>/settings, calling status ENABLED), then call again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_25},
    {"meta.138001"sv, source::meta, {138001, true}, {}, {},
     {},
     "Receiver uncallable"sv,
     "The user cannot receive calls: not a WhatsApp number, new terms not accepted, or a client without calling."sv,
     400, category::recipient, retry_15,
     action::ask_recipient,
     "Reach the user another way; calling them again fails until they update WhatsApp or accept its terms."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_26},
    {"meta.138002"sv, source::meta, {138002, true}, {}, {},
     {},
     "Concurrent calls limit"sv,
     "The number already has the maximum of 1,000 concurrent calls."sv,
     429, category::rate_limit, retry_30,
     action::slow_down,
     "Cap concurrent calls per number below 1,000 and queue the rest; retry as calls end."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_22},
    {"meta.138003"sv, source::meta, {138003, true}, {}, {},
     {},
     "Duplicate call"sv,
     "A call with this user is already in progress."sv,
     400, category::recipient, retry_31,
     action::wait,
     "Wait for the current call to end (the terminate webhook says so) before calling the user again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_27},
    {"meta.138004"sv, source::meta, {138004, true}, {}, {},
     {},
     "Connection error"sv,
     "The call could not be connected."sv,
     500, category::server, retry_32,
     action::retry,
     "Retry the call after a short wait; if it keeps failing, check the connection parameters and SDP you send."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_3},
    {"meta.138005"sv, source::meta, {138005, true}, {}, {},
     {},
     "Call rate limit exceeded"sv,
     "The business number initiated more calls than its limit allows."sv,
     429, category::rate_limit, retry_29,
     action::slow_down,
     "Slow down call initiation from this number and spread calls over time."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_22},
    {"meta.138006"sv, source::meta, {138006, true}, {}, {},
     {},
     "No approved call permission found"sv,
     "The user has not granted (or has revoked) permission for this business to call them."sv,
     401, category::recipient, retry_15,
     action::ask_recipient,
     "Send a call permission request (an interactive message or a template) and call only after the user accepts; at most one request per user per 24 hours."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_26},
    {"meta.138007"sv, source::meta, {138007, true}, {}, {},
     {},
     "Connect timeout error"sv,
     "The call did not connect because the business did not apply the SDP offer or answer from Cloud API in time."sv,
     500, category::request, retry_14,
     action::fix_request,
     "Make your calling integration apply Meta's SDP and call the connect (pre_accept/accept) actions within seconds; check the latency of the media server."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.138009"sv, source::meta, {138009, true}, {}, {},
     {},
     "Call permission request limit hit"sv,
     "The business already asked this user for call permission too often: at most one request per 24 hours and two per 7 days, reset by a connected call."sv,
     400, category::rate_limit, retry_33,
     action::wait,
     "Do not ask this user again for at least 24 hours, and not a third time within 7 days; other users are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_27},
    {"meta.138012"sv, source::meta, {138012, true}, {}, {},
     {},
     "Business initiated calls limit hit"sv,
     "The number reached its limit of connected business-initiated calls to this user in 24 hours; error_data.details gives the time the next call is allowed."sv,
     400, category::rate_limit, retry_34,
     action::wait,
     "Do not call this user again before the time in error_data.details; other users are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_27},
    {"meta.138013"sv, source::meta, {138013, true}, {}, {},
     {},
     "Business-initiated calling is not available"sv,
     "Business-initiated calls are not available for this number or its country."sv,
     400, category::account, retry_21,
     action::none,
     "Nothing to fix in the request: wait for Meta to offer calling there, or let users call you instead."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_25},
    {"meta.138014"sv, source::meta, {138014, true}, {}, {},
     {},
     "Calling is temporarily disabled"sv,
     "Calling APIs are disabled for the number because of low call quality."sv,
     400, category::integrity, retry_13,
     action::check_quality,
     "Check the number's calling quality in WhatsApp Manager (short or rejected calls, user blocks); calling comes back when the pause ends, 7 days on the call settings page."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_25},
    {"meta.138015"sv, source::meta, {138015, true}, {}, {},
     {},
     "Calling cannot be enabled"sv,
     "Calling needs a messaging limit of at least 2,000 business-initiated conversations, which the number does not have yet."sv,
     400, category::account, retry_13,
     action::none,
     "Grow the number's messaging limit (it rises with quality and volume) and enable calling once it reaches 2,000."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_25},
    {"meta.138017"sv, source::meta, {138017, true}, {}, {},
     {},
     "Permanent call permission already exists"sv,
     "No call permission request was sent because the user already gave permanent permission."sv,
     400, category::request, retry_14,
     action::none,
     "Nothing to do: call the user."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.138018"sv, source::meta, {138018, true}, {}, {},
     {},
     "Calling cannot be enabled: technical prerequisites not met"sv,
     "Calling needs either SIP configured or an app subscribed to the calls webhook field, and the number has neither."sv,
     400, category::account, retry_13,
     action::fix_request,
     "Subscribe your app to the 'calls' webhook field on the WhatsApp Business Account, or configure SIP, then enable calling again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_25},
    {"meta.138019"sv, source::meta, {138019, true}, {}, {},
     {},
     "Call setup failed"sv,
     "The user's WhatsApp client could not set up the call."sv,
     400, category::server, retry_35,
     action::retry,
     "Try the call again later, once; repeated failures point to the user's network or client."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_3},
    {"meta.138020"sv, source::meta, {138020, true}, {}, {},
     {},
     "Relay connection failed"sv,
     "The user's WhatsApp client could not connect to the relay server."sv,
     400, category::server, retry_35,
     action::retry,
     "Try the call again later, once; repeated failures point to the user's network."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_3},
    {"meta.138021"sv, source::meta, {138021, true}, {}, {},
     {},
     "Media receive timeout"sv,
     "The user's client ended the call after receiving no media from the business for too long."sv,
     400, category::request, retry_36,
     action::fix_request,
     "Check that your media server sends audio to the relay (ICE/DTLS setup, firewall rules for UDP) before calling again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.138022"sv, source::meta, {138022, true}, {}, {},
     {},
     "Media transmit timeout"sv,
     "The user's client ended the call after being unable to send media for too long."sv,
     400, category::server, retry_35,
     action::retry,
     "Try the call again later, once; the user's network is the likely cause."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_3},
    {"meta.138023"sv, source::meta, {138023, true}, {}, {},
     {},
     "Call accepted but terminated with no media signals"sv,
     "The user accepted the call but no media connection signals followed, so Cloud API cannot tell whether it connected."sv,
     400, category::server, retry_35,
     action::retry,
     "Treat the call as failed; try again later, once, and check your media server's logs for that call."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_3},
    {"meta.138024"sv, source::meta, {138024, true}, {}, {},
     {},
     "SIP not enabled"sv,
     "Health status reason: the number cannot receive calls over SIP because SIP is not enabled for it."sv,
     0, category::account, retry_13,
     action::fix_request,
     "Enable SIP in the number's call settings, or stop routing its calls to SIP."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status"sv, 0, {}, hold_25},
    {"meta.138025"sv, source::meta, {138025, true}, {}, {},
     {},
     "App has no SIP server configured"sv,
     "Health status reason: the app cannot use SIP for this number because no SIP server is configured."sv,
     0, category::account, retry_13,
     action::fix_request,
     "Configure the SIP server (host, port, credentials) for this app in the number's call settings."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status"sv, 0, {}, hold_25},
    {"meta.138038"sv, source::meta, {138038, true}, {}, {},
     {},
     "Call action from a responder other than the routing primary"sv,
     "A call action came from a responder that is not the primary of the call under Conversation Routing."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Send call actions from the Conversation Routing primary for this call."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting"sv, 0, {}, hold_11},
    {"meta.141002"sv, source::meta, {141002, true}, {}, {},
     {},
     "Template not approved"sv,
     "Health status reason: the template cannot be sent because it is not approved."sv,
     0, category::message_template, retry_20,
     action::fix_template,
     "Get the template approved (fix and resubmit it if it was rejected) or send another approved template."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status"sv, 0, {}, hold_11},
    {"meta.131020"sv, source::meta, {131020, true}, {}, {},
     {},
     "Bad group"sv,
     "Messages cannot be sent to a group that has only one member."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Add participants to the group before sending to it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131041"sv, source::meta, {131041, true}, {}, {},
     {},
     "Group unknown"sv,
     "The group does not exist or the business is not a member of it."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Check the group ID (list the number's groups); if the business was removed, create a new group or get added back."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131059"sv, source::meta, {131059, true}, {}, {},
     {},
     "Invalid cursor"sv,
     "A pagination cursor expired or is corrupted (Groups API; since v24.0 also the template list)."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Start the listing again from the first page, without before/after."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131201"sv, source::meta, {131201, true}, {}, {},
     {},
     "Request partially succeeded"sv,
     "Some participant operations of the group request failed; the response lists each one's error."sv,
     206, category::request, retry_14,
     action::none,
     "Read the per-participant errors in the response and handle each; the other participants succeeded, so do not resend the whole request."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131202"sv, source::meta, {131202, true}, {}, {},
     {},
     "Duplicate participant"sv,
     "The participant list names someone twice."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Remove duplicates from the participant list and send again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131204"sv, source::meta, {131204, true}, {}, {},
     {},
     "Participant overlimit"sv,
     "The group would exceed its maximum number of participants."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Add fewer participants or split them across groups."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131207"sv, source::meta, {131207, true}, {}, {},
     {},
     "Group suspended"sv,
     "The group was suspended for violating platform policies."sv,
     403, category::integrity, retry_20,
     action::resolve_policy,
     "Stop using the group; review its content against the WhatsApp Business Messaging Policy and appeal through Business Support Home if it is a mistake."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131208"sv, source::meta, {131208, true}, {}, {},
     {},
     "Group rate limit hit"sv,
     "Too many group operations from this business number in a short time."sv,
     429, category::rate_limit, retry_37,
     action::slow_down,
     "Slow down group operations from this number and retry with backoff."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_28},
    {"meta.131209"sv, source::meta, {131209, true}, {}, {},
     {},
     "Invalid group profile picture aspect ratio"sv,
     "The group picture must be square."sv,
     400, category::media, retry_14,
     action::fix_media,
     "Crop the image to equal width and height and upload it again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131210"sv, source::meta, {131210, true}, {}, {},
     {},
     "Image is too small to process"sv,
     "The group picture must be larger than 192 x 192 pixels."sv,
     400, category::media, retry_14,
     action::fix_media,
     "Use an image larger than 192 pixels on each side."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131211"sv, source::meta, {131211, true}, {}, {},
     {},
     "Group create limit reached"sv,
     "The number created the maximum number of groups it may have."sv,
     400, category::request, retry_21,
     action::fix_request,
     "Delete groups you no longer use before creating new ones."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_29},
    {"meta.131212"sv, source::meta, {131212, true}, {}, {},
     {},
     "Participant is not a part of the group"sv,
     "The operation names a participant who is not in the group."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Refresh the group's participant list and drop users who left."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131213"sv, source::meta, {131213, true}, {}, {},
     {},
     "Group join request does not exist"sv,
     "The join request to approve or reject does not exist (already handled or withdrawn)."sv,
     400, category::request, retry_14,
     action::none,
     "Nothing to do; refresh the list of pending join requests."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_11},
    {"meta.131214"sv, source::meta, {131214, true}, {}, {},
     {},
     "Group creation is temporarily disabled"sv,
     "The account sent too many marketing messages inside customer service windows over the past 7 days, so it may not create groups for now."sv,
     400, category::integrity, retry_0,
     action::check_quality,
     "Send marketing content as marketing templates, not as free-form messages in service windows; group creation returns after the 7-day window clears."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_30},
    {"meta.131215"sv, source::meta, {131215, true}, {}, {},
     {},
     "Phone number not eligible for Groups APIs"sv,
     "Groups APIs are available only to eligible business numbers."sv,
     400, category::permission, retry_13,
     action::contact_support,
     "The number does not meet Meta's Groups API requirements: a messaging limit of at least 100,000 business-initiated conversations in a rolling 24 hours and Official Business Account status. Support cannot switch it on: keep group features off for this number until it qualifies; its ordinary messages are not affected."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_29},
    {"meta.131203"sv, source::meta, {131203, true}, {}, {},
     {},
     "Recipient has not accepted our new Terms of Service and Privacy Policy"sv,
     "A group join request cannot be approved or rejected because the user has not accepted WhatsApp's current terms."sv,
     0, category::recipient, retry_15,
     action::ask_recipient,
     "Ask the user to open WhatsApp and accept the new terms, then handle the join request again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/error-codes"sv, 0, {}, hold_31},
    {"meta.130501"sv, source::meta, {130501, true}, {}, {},
     {},
     "Unsupported message type"sv,
     "An inbound group message has a type the Groups API cannot deliver ('Message type is not currently supported')."sv,
     0, category::request, retry_14,
     action::none,
     "Nothing to retry; treat the message as unreadable and ask the sender to resend it in another form if needed."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/groups-messaging"sv, 0, {}, hold_11},
    {"meta.139000"sv, source::meta, {139000, true}, {}, {},
     {},
     "Flow blocked by integrity"sv,
     "An integrity issue on the account prevents creating or publishing Flows."sv,
     0, category::integrity, retry_0,
     action::contact_support,
     "Check Business Support Home for restrictions on the account and contact Meta support; retrying does not help."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_32},
    {"meta.139001"sv, source::meta, {139001, true}, {}, {},
     {},
     "Flow can't be updated"sv,
     "The Flow could not be updated: it is published (published Flows are read-only), its JSON has errors, or endpoint_uri was set for a Flow JSON version below 3.0."sv,
     0, category::flow, retry_14,
     action::fix_request,
     "For a published Flow, clone it and edit the clone; otherwise fix the validation errors the response lists."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.139001.processing"sv, source::meta, {139001, true}, {}, {},
     {match_210, 2},
     "Error while processing Flow JSON"sv,
     "The Flow JSON was saved but Meta's processing of it failed; a temporary problem."sv,
     0, category::server, retry_32,
     action::retry,
     "Retry the exact same request; if it keeps failing, contact support with the Flow ID."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_3},
    {"meta.139002"sv, source::meta, {139002, true}, {}, {},
     {},
     "Flow publishing error"sv,
     "Publishing failed: the Flow is not a draft, has validation errors, lacks endpoint_uri or data_channel_uri, uses an unsupported version, has no phone number, signed public key or connected app, its endpoint is unavailable, or the WABA is not subscribed to Flows webhooks."sv,
     0, category::flow, retry_14,
     action::fix_request,
     "Read error_user_msg for which of the causes applies, fix it (for example upload the business public key or subscribe the app to Flows webhooks) and publish again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.139003"sv, source::meta, {139003, true}, {}, {},
     {},
     "Flow deprecating error"sv,
     "Only a published Flow can be deprecated, and this one is not."sv,
     0, category::flow, retry_14,
     action::fix_request,
     "Delete a draft Flow instead of deprecating it."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.139003.already_deprecated"sv, source::meta, {139003, true}, {}, {},
     {match_213, 1},
     "Flow already deprecated"sv,
     "The Flow is already deprecated."sv,
     0, category::flow, retry_14,
     action::none,
     "Nothing to do."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.139004"sv, source::meta, {139004, true}, {}, {},
     {},
     "Can't delete published Flow"sv,
     "Published Flows cannot be deleted."sv,
     0, category::flow, retry_14,
     action::fix_request,
     "Deprecate the Flow instead; only drafts can be deleted."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.139006"sv, source::meta, {139006, true}, {}, {},
     {},
     "Metrics threshold is not reached"sv,
     "The Flow has too little traffic for Meta to compute its metrics."sv,
     0, category::flow, retry_14,
     action::none,
     "Nothing to fix; ask again once the Flow has been used more."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/reference/error-codes"sv, 0, {}, hold_11},
    {"meta.147001"sv, source::meta, {147001, true}, {}, {},
     {},
     "Username not available"sv,
     "The username is taken, fails Meta's checks or is not available on the platform."sv,
     0, category::request, retry_14,
     action::fix_request,
     "Request another username."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_11},
    {"meta.147002"sv, source::meta, {147002, true}, {}, {},
     {},
     "Account not eligible to request a username"sv,
     "The business portfolio needs a higher messaging limit before it can request a username."sv,
     0, category::account, retry_13,
     action::none,
     "Grow the portfolio's messaging limit (it rises with quality and volume), then request the username again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_33},
    {"meta.147003"sv, source::meta, {147003, true}, {}, {},
     {},
     "FB account not linked"sv,
     "The username is used by a Facebook Page that is not linked to this phone number."sv,
     0, category::account, retry_13,
     action::fix_request,
     "Link the phone number to the Facebook Page that uses the username, then request it again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_33},
    {"meta.147004"sv, source::meta, {147004, true}, {}, {},
     {},
     "IG account not linked"sv,
     "The username is used by an Instagram account that is not linked to this phone number."sv,
     0, category::account, retry_13,
     action::fix_request,
     "Link the phone number to the Instagram account that uses the username, then request it again."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_33},
    {"meta.147005"sv, source::meta, {147005, true}, {}, {},
     {},
     "Username transfer required"sv,
     "The username asked for is already in use on another business phone number of the same business portfolio."sv,
     0, category::request, retry_14,
     action::fix_request,
     "If the username should move to this number, send the request again with force_transfer set to true; otherwise pick another username."sv,
     "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids"sv, 0, {}, hold_11},
    {"generic.http_429"sv, source::generic, {}, {}, {},
     {},
     "Too Many Requests"sv,
     "The server answered HTTP 429 without an error code this library knows."sv,
     429, category::rate_limit, retry_38,
     action::slow_down,
     "Slow down everything sent with these credentials, honour Retry-After and back off."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_1},
    {"generic.http_401"sv, source::generic, {}, {}, {},
     {},
     "Unauthorized"sv,
     "The server answered HTTP 401 without a known error code: the credentials were not accepted."sv,
     401, category::authentication, retry_0,
     action::check_credentials,
     "Check the access token or D360-API-KEY sent with the request; fix it, then resume."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_2},
    {"generic.http_403"sv, source::generic, {}, {}, {},
     {},
     "Forbidden"sv,
     "The server answered HTTP 403 without a known error code: the credentials lack permission."sv,
     403, category::permission, retry_0,
     action::check_credentials,
     "Check the token's permissions and the account's state; resume once access is granted."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_0},
    {"generic.http_408"sv, source::generic, {}, {}, {},
     {},
     "Request Timeout"sv,
     "The server gave up waiting for the request."sv,
     408, category::server, retry_12,
     action::retry,
     "Retry with backoff; if it keeps happening, check the network path and request size."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_3},
    {"generic.http_5xx"sv, source::generic, {}, {}, {},
     {},
     "Server error"sv,
     "The server answered with a 5xx status and no error code this library knows."sv,
     500, category::server, retry_2,
     action::retry,
     "Retry with exponential backoff and jitter; check the provider's status page if it persists."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_3},
    {"generic.http_502"sv, source::generic, {}, {}, {},
     {},
     "Bad gateway"sv,
     "A proxy or load balancer between you and the API got no valid answer from the server behind it."sv,
     502, category::server, retry_39,
     action::retry,
     "Honour Retry-After if present, then retry with backoff. Before resending, check whether a status webhook for the message arrived (match it by biz_opaque_callback_data): the first send may have gone through, and a blind resend can deliver twice."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_7},
    {"generic.http_503"sv, source::generic, {}, {}, {},
     {},
     "Service unavailable"sv,
     "The API or a proxy in front of it is overloaded or down for maintenance."sv,
     503, category::server, retry_39,
     action::retry,
     "Honour Retry-After if present, then retry with backoff. Before resending, check whether a status webhook for the message arrived (match it by biz_opaque_callback_data): the first send may have gone through, and a blind resend can deliver twice."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_7},
    {"generic.http_504"sv, source::generic, {}, {}, {},
     {},
     "Gateway timeout"sv,
     "A proxy or load balancer gave up waiting for the server behind it, which may still have acted on the request."sv,
     504, category::server, retry_39,
     action::retry,
     "Honour Retry-After if present, then retry with backoff. Before resending, check whether a status webhook for the message arrived (match it by biz_opaque_callback_data): the first send may have gone through, and a blind resend can deliver twice."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_7},
    {"generic.http_4xx"sv, source::generic, {}, {}, {},
     {},
     "Client error"sv,
     "The server answered with a 4xx status and no error code this library knows: the request was refused as sent."sv,
     400, category::request, retry_14,
     action::fix_request,
     "Log the whole response and fix the request; resending it unchanged fails again."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_11},
    {"generic.transport_not_sent"sv, source::generic, {}, {}, {},
     {},
     "Request not sent"sv,
     "The connection could not be made (DNS lookup, TCP connect or TLS handshake failed), so the request never reached the API."sv,
     0, category::network, retry_40,
     action::retry,
     "Retry with backoff; resending is safe because nothing was sent. If every request fails this way, check DNS, outbound firewall rules, proxies and certificates on the sending host."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_7},
    {"generic.transport_timeout"sv, source::generic, {}, {}, {},
     {},
     "No answer after sending"sv,
     "The request was written but no response came back in time (read timeout, connection reset or closed mid-response)."sv,
     0, category::network, retry_39,
     action::retry,
     "Do not resend blindly: the API may have accepted the message. Wait for its status webhook (match it by biz_opaque_callback_data) or for the retry delay, and resend only if no webhook says it was sent. Raise the read timeout if this is frequent."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_7},
    {"generic.unknown"sv, source::generic, {}, {}, {},
     {},
     "Unknown error"sv,
     "An error that carried neither a code this library knows nor an HTTP status."sv,
     0, category::unknown, retry_14,
     action::contact_support,
     "Log the raw payload; if it recurs, add it to the catalog or ask the provider what it means."sv,
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"sv, 0, {}, hold_11},
};

// Documented rates that pacing starts from.
inline constexpr pace_limit limits[] = {
    {retry_scope::phone_number, 80.0, 80.0, 1000.0, "https://developers.facebook.com/docs/whatsapp/cloud-api/overview#throughput"sv},
    {retry_scope::recipient, 0.16666666666666666, 45.0, 0.0, "https://developers.facebook.com/docs/whatsapp/cloud-api/overview#pair-rate-limits"sv},
};

inline constexpr std::uint16_t variant_list[] = {detail::no_entry, 41, detail::no_entry, 39, detail::no_entry, 16, detail::no_entry, 33, detail::no_entry, 35, 36, detail::no_entry, 139, 140, detail::no_entry, 117, 118, 119, 120, 121, 122, 123, 124, 125, detail::no_entry, 213, detail::no_entry, 210, detail::no_entry, 12, detail::no_entry, 127, 128, 129, 130, detail::no_entry, 87, 88, detail::no_entry, 75, 76, detail::no_entry, 51, detail::no_entry, 49, detail::no_entry};

// 165 keys, perfect hash: slot = (key * 2118688005u) >> 22.
inline constexpr std::int32_t code_keys[1024] = {0, 131031, -1, -1, -1, 132000, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 134011, -1, -1, -1, 136024, -1, -1, -1, -1, -1, -1, 139006, -1, -1, -1, -1, 130429, -1, -1, -1, -1, 132069, -1, -1, -1, 139004, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 200006, -1, 139002, -1, -1, -1, -1, -1, -1, -1, -1, 131021, -1, -1, -1, -1, 139000, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 80007, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138025, -1, -1, -1, -1, -1, -1, 803, -1, -1, -1, -1, -1, -1, 138023, -1, -1, -1, -1, 2388001, -1, -1, -1, -1, -1, -1, -1, -1, 138021, -1, -1, -1, 2593085, -1, -1, -1, -1, -1, -1, -1, 131009, -1, 138019, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138017, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131005, 138015, -1, -1, -1, 2593079, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138013, -1, 133016, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 130403, 341, -1, -1, -1, 138009, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138007, -1, 133010, -1, -1, -1, -1, -1, 2500, -1, -1, -1, -1, -1, 138005, -1, 133008, -1, -1, 130472, -1, -1, -1, -1, -1, -1, 2494179, 138003, -1, -1, 133006, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2494177, 138001, -1, -1, 133004, 131214, -1, -1, -1, 33, -1, 131064, -1, 2046, -1, -1, -1, 2494100, 131212, -1, -1, -1, -1, -1, 131062, -1, -1, -1, -1, -1, -1, 133000, 131210, 104, -1, -1, -1, -1, 131060, -1, -1, -1, -1, -1, -1, -1, 131208, 102, -1, -1, -1, -1, 131058, -1, 2040, -1, -1, -1, -1, -1, -1, 100, -1, -1, -1, -1, 131056, -1, -1, 2494167, -1, -1, -1, 131204, -1, -1, -1, -1, -1, -1, -1, -1, 2494165, -1, -1, -1, -1, 131202, -1, -1, -1, -1, -1, 131052, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131050, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 17, 131048, -1, 139102, 613, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 139100, -1, 132015, -1, -1, -1, -1, -1, 147004, -1, -1, -1, 131044, -1, -1, -1, 134101, -1, -1, -1, -1, -1, 147002, -1, -1, -1, 131042, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2388103, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 132007, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131036, -1, -1, 132005, -1, -1, -1, -1, -1, -1, -1, -1, 3, -1, 137000, -1, -1, -1, -1, 2593108, -1, -1, -1, -1, -1, -1, 1, -1, -1, -1, -1, 132001, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131030, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 136025, -1, -1, -1, 138038, -1, -1, -1, -1, -1, -1, -1, -1, -1, 368, -1, 131026, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 132068, -1, 200007, -1, 139003, 2388012, 130501, -1, -1, -1, -1, -1, -1, -1, -1, -1, 200005, -1, 139001, -1, -1, -1, -1, -1, -1, -1, -1, 131020, -1, -1, -1, -1, -1, 130497, -1, -1, -1, 80008, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131016, -1, -1, -1, -1, -1, 506, -1, -1, -1, -1, -1, -1, -1, -1, 138024, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138022, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138020, -1, -1, -1, -1, -1, -1, 141002, -1, -1, -1, -1, 131008, 138018, -1, 200, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138014, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138012, -1, 133015, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131000, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 190, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138006, -1, 133009, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138004, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1005, -1, 138002, -1, -1, 133005, 131215, -1, -1, -1, -1, -1, 131065, -1, 2047, 2494176, 138000, -1, -1, -1, 131213, -1, -1, -1, -1, 131063, -1, -1, -1, -1, -1, -1, -1, 131211, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131209, -1, -1, -1, -1, -1, 131059, -1, -1, -1, -1, -1, -1, -1, 131207, -1, -1, -1, -1, -1, 131057, -1, -1, 2494168, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131055, -1, -1, -1, 2494166, -1, -1, -1, 131203, -1, -1, -1, -1, -1, 131053, -1, -1, 2494164, -1, -1, -1, -1, 131201, -1, -1, -1, -1, -1, 131051, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131049, 139103, -1, 132018, -1, -1, -1, -1, -1, -1, 135000, -1, -1, 131047, -1, 139101, -1, 132016, -1, -1, -1, -1, -1, 147005, -1, -1, -1, 131045, -1, -1, -1, 134102, 1609005, -1, -1, -1, -1, 147003, -1, -1, -1, -1, -1, -1, 132012, 134100, -1, 1752041, -1, -1, 147001, -1, -1, 10, 131041, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 132008, -1, -1, -1, -1, -1, -1, -1, -1, -1, 131037, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 4, -1, 131035, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2, -1, -1, -1, -1, -1, 2593107, -1, -1, -1, -1, -1, -1, -1};

inline constexpr detail::code_slot code_slots[1024] = {
    {&entries[8], 0, 0},
    {&entries[19], 131031, 0},
    {},
    {},
    {},
    {&entries[77], 132000, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[55], 134011, 0},
    {},
    {},
    {},
    {&entries[157], 136024, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[215], 139006, 0},
    {},
    {},
    {},
    {},
    {&entries[22], 130429, 0},
    {},
    {},
    {},
    {},
    {&entries[104], 132069, 0},
    {},
    {},
    {},
    {&entries[214], 139004, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[101], 200006, 0},
    {},
    {&entries[211], 139002, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[40], 131021, 1},
    {},
    {},
    {},
    {},
    {&entries[208], 139000, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[21], 80007, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[188], 138025, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[155], 803, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[186], 138023, 0},
    {},
    {},
    {},
    {},
    {&entries[114], 2388001, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[184], 138021, 0},
    {},
    {},
    {},
    {&entries[72], 2593085, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[38], 131009, 3},
    {},
    {&entries[182], 138019, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[180], 138017, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[15], 131005, 5},
    {&entries[179], 138015, 0},
    {},
    {},
    {},
    {&entries[71], 2593079, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[177], 138013, 0},
    {},
    {&entries[25], 133016, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[45], 130403, 0},
    {&entries[137], 341, 0},
    {},
    {},
    {},
    {&entries[175], 138009, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[174], 138007, 0},
    {},
    {&entries[111], 133010, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[156], 2500, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[172], 138005, 0},
    {},
    {&entries[109], 133008, 0},
    {},
    {},
    {&entries[46], 130472, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[66], 2494179, 0},
    {&entries[170], 138003, 0},
    {},
    {},
    {&entries[108], 133006, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[65], 2494177, 0},
    {&entries[168], 138001, 0},
    {},
    {},
    {&entries[31], 133004, 0},
    {&entries[204], 131214, 0},
    {},
    {},
    {},
    {&entries[32], 33, 7},
    {},
    {&entries[26], 131064, 0},
    {},
    {&entries[151], 2046, 0},
    {},
    {},
    {},
    {&entries[58], 2494100, 0},
    {&entries[202], 131212, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[146], 131062, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[106], 133000, 0},
    {&entries[200], 131210, 0},
    {&entries[153], 104, 0},
    {},
    {},
    {},
    {},
    {&entries[53], 131060, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[198], 131208, 0},
    {&entries[135], 102, 0},
    {},
    {},
    {},
    {},
    {&entries[154], 131058, 0},
    {},
    {&entries[150], 2040, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[34], 100, 9},
    {},
    {},
    {},
    {},
    {&entries[24], 131056, 0},
    {},
    {},
    {&entries[62], 2494167, 0},
    {},
    {},
    {},
    {&entries[196], 131204, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[60], 2494165, 0},
    {},
    {},
    {},
    {},
    {&entries[195], 131202, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[73], 131052, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[52], 131050, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[136], 17, 0},
    {&entries[23], 131048, 0},
    {},
    {&entries[133], 139102, 0},
    {&entries[138], 613, 12},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[131], 139100, 0},
    {},
    {&entries[83], 132015, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[219], 147004, 0},
    {},
    {},
    {},
    {&entries[149], 131044, 0},
    {},
    {},
    {},
    {&entries[90], 134101, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[217], 147002, 0},
    {},
    {},
    {},
    {&entries[54], 131042, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[117], 2388103, 15},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[80], 132007, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[148], 131036, 0},
    {},
    {},
    {&entries[79], 132005, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[9], 3, 0},
    {},
    {&entries[145], 137000, 0},
    {},
    {},
    {},
    {},
    {&entries[70], 2593108, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[27], 1, 0},
    {},
    {},
    {},
    {},
    {&entries[78], 132001, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[144], 131030, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[158], 136025, 0},
    {},
    {},
    {},
    {&entries[189], 138038, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[17], 368, 0},
    {},
    {&entries[47], 131026, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[103], 132068, 0},
    {},
    {&entries[102], 200007, 0},
    {},
    {&entries[212], 139003, 25},
    {&entries[113], 2388012, 0},
    {&entries[207], 130501, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[100], 200005, 0},
    {},
    {&entries[209], 139001, 27},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[191], 131020, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[18], 130497, 0},
    {},
    {},
    {},
    {&entries[141], 80008, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[30], 131016, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[142], 506, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[187], 138024, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[185], 138022, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[183], 138020, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[190], 141002, 0},
    {},
    {},
    {},
    {},
    {&entries[37], 131008, 0},
    {&entries[181], 138018, 0},
    {},
    {&entries[14], 200, 29},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[178], 138014, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[176], 138012, 0},
    {},
    {&entries[112], 133015, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[29], 131000, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[11], 190, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[173], 138006, 0},
    {},
    {&entries[110], 133009, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[171], 138004, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[126], 1005, 31},
    {},
    {&entries[169], 138002, 0},
    {},
    {},
    {&entries[107], 133005, 0},
    {&entries[205], 131215, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[68], 131065, 0},
    {},
    {&entries[152], 2047, 0},
    {&entries[64], 2494176, 0},
    {&entries[167], 138000, 0},
    {},
    {},
    {},
    {&entries[203], 131213, 0},
    {},
    {},
    {},
    {},
    {&entries[67], 131063, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[201], 131211, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[199], 131209, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[193], 131059, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[197], 131207, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[57], 131057, 0},
    {},
    {},
    {&entries[63], 2494168, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[86], 131055, 36},
    {},
    {},
    {},
    {&entries[61], 2494166, 0},
    {},
    {},
    {},
    {&entries[206], 131203, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[74], 131053, 39},
    {},
    {},
    {&entries[59], 2494164, 0},
    {},
    {},
    {},
    {},
    {&entries[194], 131201, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[42], 131051, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[50], 131049, 42},
    {&entries[134], 139103, 0},
    {},
    {&entries[85], 132018, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[43], 135000, 0},
    {},
    {},
    {&entries[48], 131047, 44},
    {},
    {&entries[132], 139101, 0},
    {},
    {&entries[84], 132016, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[220], 147005, 0},
    {},
    {},
    {},
    {&entries[105], 131045, 0},
    {},
    {},
    {},
    {&entries[91], 134102, 0},
    {&entries[143], 1609005, 0},
    {},
    {},
    {},
    {},
    {&entries[218], 147003, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[82], 132012, 0},
    {&entries[89], 134100, 0},
    {},
    {&entries[44], 1752041, 0},
    {},
    {},
    {&entries[216], 147001, 0},
    {},
    {},
    {&entries[10], 10, 0},
    {&entries[192], 131041, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[81], 132008, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[56], 131037, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[20], 4, 0},
    {},
    {&entries[147], 131035, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
    {&entries[28], 2, 0},
    {},
    {},
    {},
    {},
    {},
    {&entries[69], 2593107, 0},
    {},
    {},
    {},
    {},
    {},
    {},
    {},
};

inline constexpr detail::code_range code_ranges[] = {
    {200, 299, {&entries[14], 200, 0}},
};

inline constexpr detail::code_index codes{{2118688005u, 22, 2593108, code_keys, 1024}, code_slots, code_ranges, 1};

// 19 keys, perfect hash: slot = (key * 1566803983u) >> 27.
inline constexpr std::int32_t subcode_keys[32] = {1349175, 33, -1, 2388024, 2388046, 2207051, 2388027, 2388293, 2388093, 2388019, -1, -1, -1, 2388299, 2388077, 2388047, -1, 2388091, 2388039, 2388072, -1, -1, -1, 2388023, -1, -1, -1, -1, 2388155, -1, 2388040, 2388073};

inline constexpr std::uint32_t subcode_runs[32] = {0, 2, 4, 5, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 24, 26, 28, 29, 31, 33, 35, 36, 37, 38, 40, 41, 42, 43, 44, 46, 47, 49};

inline constexpr detail::code_slot pair_slots[51] = {
    {&entries[13], 200, 0},
    {nullptr, -1, 0},
    {&entries[166], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[161], 100, 0},
    {nullptr, -1, 0},
    {&entries[162], 100, 0},
    {nullptr, -1, 0},
    {&entries[165], 100, 0},
    {nullptr, -1, 0},
    {&entries[164], 100, 0},
    {nullptr, -1, 0},
    {&entries[97], 100, 0},
    {nullptr, -1, 0},
    {&entries[116], 136025, 0},
    {nullptr, -1, 0},
    {&entries[99], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[98], 100, 0},
    {nullptr, -1, 0},
    {&entries[159], 100, 0},
    {nullptr, -1, 0},
    {&entries[94], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[115], 136024, 0},
    {nullptr, -1, 0},
    {&entries[92], 100, 0},
    {nullptr, -1, 0},
    {&entries[95], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[160], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[163], 100, 0},
    {nullptr, -1, 0},
    {nullptr, -1, 0},
    {&entries[93], 100, 0},
    {nullptr, -1, 0},
    {&entries[96], 100, 0},
    {nullptr, -1, 0},
};

inline constexpr detail::subcode_index subcodes{{1566803983u, 27, 2388299, subcode_keys, 32}, subcode_runs, pair_slots};

inline constexpr std::uint16_t id_order[] = {0, 6, 4, 1, 5, 3, 2, 7, 222, 223, 224, 221, 229, 226, 227, 228, 225, 230, 231, 232, 8, 27, 10, 34, 165, 99, 160, 161, 164, 92, 93, 162, 94, 95, 96, 159, 163, 97, 98, 166, 36, 35, 126, 128, 129, 127, 130, 135, 153, 45, 22, 46, 18, 207, 29, 15, 16, 37, 38, 39, 30, 191, 40, 41, 47, 144, 19, 147, 148, 56, 192, 54, 149, 105, 48, 49, 23, 50, 51, 52, 42, 73, 74, 76, 75, 86, 88, 87, 24, 57, 154, 193, 53, 146, 67, 26, 68, 194, 195, 206, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 77, 78, 79, 80, 81, 82, 83, 84, 85, 103, 104, 106, 31, 107, 108, 109, 110, 111, 112, 25, 55, 89, 90, 91, 43, 157, 115, 158, 116, 145, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 208, 209, 210, 211, 212, 213, 214, 215, 131, 132, 133, 134, 190, 216, 217, 218, 219, 220, 143, 136, 44, 11, 28, 12, 13, 100, 101, 102, 14, 150, 151, 152, 114, 113, 124, 119, 123, 120, 125, 117, 122, 121, 118, 58, 59, 60, 61, 62, 63, 64, 65, 66, 156, 71, 72, 69, 70, 9, 32, 33, 137, 17, 20, 142, 138, 139, 140, 21, 141, 155};
inline constexpr detail::id_index ids{id_order, 233};

// Entries without a code, recognised by their text (360dialog's own errors).
inline constexpr std::uint16_t message_matched[] = {0, 1, 2, 3, 4, 5, 6, 7, detail::no_entry};

// Generic entries chosen by HTTP status.
inline constexpr std::uint16_t status_fallbacks[] = {221, 222, 223, 224, 225, 226, 227, 228, 229, detail::no_entry};

inline constexpr std::uint16_t unknown_fallback = 232;
inline constexpr std::uint16_t transport_not_sent = 230;
inline constexpr std::uint16_t transport_no_answer = 231;

}  // namespace generated
WA_ERRORS_END_NAMESPACE
// NOLINTEND(modernize-raw-string-literal)
#endif

WA_ERRORS_BEGIN_NAMESPACE

// What a response or webhook told us about one error. `match` fragments are looked for in
// message, title and details alike.
// Built member by member or positionally, `{400, 131047, {}, "message"}`: trailing fields may be
// left out without a -Wmissing-field-initializers warning in the caller's code.
struct error_ref {
    int http_status = 0;
    std::optional<long long> code{};
    std::optional<long long> subcode{};
    std::string_view message{};
    std::string_view title{};
    std::string_view details{};
    std::string_view recipient{};  // the user's phone number or wa_id when known (webhooks say it)
    transport_failure transport = transport_failure::none;  // set when no HTTP response came back

    constexpr error_ref() noexcept = default;
    constexpr error_ref(int status, std::optional<long long> code_ = {}, std::optional<long long> subcode_ = {},
                        std::string_view message_ = {}, std::string_view title_ = {}, std::string_view details_ = {},
                        std::string_view recipient_ = {},
                        transport_failure transport_ = transport_failure::none) noexcept
        : http_status(status),
          code(code_),
          subcode(subcode_),
          message(message_),
          title(title_),
          details(details_),
          recipient(recipient_),
          transport(transport_) {}
};

namespace detail {

// `match` is looked for in the first 64 KiB of each text only, so a hostile multi-megabyte
// message costs a bounded amount of work. Real messages are a few hundred bytes.
inline constexpr std::size_t match_window = std::size_t{64} * 1024;

// Case-insensitive (ASCII) search; `fragment` is already lower case (the generator makes it so).
// Bytes outside ASCII compare as they are, so any byte sequence is safe input.
constexpr bool contains_folded(std::string_view text, std::string_view fragment) noexcept {
    if (text.size() > match_window) text = std::string_view(text.data(), match_window);
    if (fragment.empty()) return true;
    if (fragment.size() > text.size()) return false;
    const std::size_t last_start = text.size() - fragment.size();
    for (std::size_t i = 0; i <= last_start; ++i) {
        std::size_t j = 0;
        while (j < fragment.size() && ascii_lower(text[i + j]) == fragment[j]) ++j;
        if (j == fragment.size()) return true;
    }
    return false;
}

constexpr bool matches(const error_info& entry, const error_ref& ref) noexcept {
    for (std::string_view fragment : entry.match) {
        if (contains_folded(ref.message, fragment) || contains_folded(ref.title, fragment) ||
            contains_folded(ref.details, fragment))
            return true;
    }
    return false;
}

// Longer than any phone number however it is formatted: such a recipient is not one.
inline constexpr std::size_t max_phone_text = 64;

// Whether `recipient` is a phone number (digits after an optional '+', with spaces, '-', '.',
// '(' or ')' between them) whose digits start with `prefix`. A wa_id ("16505551234"), an E.164
// number ("+1 650 555 1234") and a formatted one all count; a business-scoped user id does not.
constexpr bool phone_starts_with(std::string_view recipient, std::string_view prefix) noexcept {
    if (recipient.size() > max_phone_text) return false;
    std::size_t i = 0;
    while (i < recipient.size() && recipient[i] == ' ') ++i;
    if (i < recipient.size() && recipient[i] == '+') ++i;
    std::size_t matched = 0;
    bool digits = false;
    for (; i < recipient.size(); ++i) {
        const char c = recipient[i];
        if (is_ascii_digit(c)) {
            if (matched < prefix.size()) {
                if (c != prefix[matched]) return false;
                ++matched;
            }
            digits = true;
        } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits && matched == prefix.size();
}

// A variant applies when each condition it has holds: its text occurs, and the recipient is
// one it is for.
constexpr bool applies(const error_info& entry, const error_ref& ref) noexcept {
    if (!entry.match.empty() && !matches(entry, ref)) return false;
    if (entry.recipient_prefix.empty()) return true;
    for (std::string_view prefix : entry.recipient_prefix) {
        if (phone_starts_with(ref.recipient, prefix)) return true;
    }
    return false;
}

// The compiled-in table (catalog.gen.hpp) as the lookups below read a table. catalog_overlay
// (payload/catalog_overlay.hpp) builds one of the same shape at run time, so that both are
// searched by this one algorithm. Every member is static: the compiled-in lookups read the
// generated arrays directly, exactly as if they named them.
#if !WA_ERRORS_DETAIL_DECLARE_ONLY
struct compiled_tables {
    static constexpr const error_info& entry(std::uint16_t i) noexcept { return generated::entries[i]; }
    static constexpr const code_index& codes() noexcept { return generated::codes; }
    static constexpr const subcode_index& subcodes() noexcept { return generated::subcodes; }
    static constexpr const id_index& ids() noexcept { return generated::ids; }
    static constexpr const std::uint16_t* variant_list() noexcept { return generated::variant_list; }
    static constexpr const std::uint16_t* message_matched() noexcept { return generated::message_matched; }
    static constexpr const std::uint16_t* status_fallbacks() noexcept { return generated::status_fallbacks; }
    static constexpr std::uint16_t unknown_fallback() noexcept { return generated::unknown_fallback; }
    static constexpr std::uint16_t transport_not_sent() noexcept { return generated::transport_not_sent; }
    static constexpr std::uint16_t transport_no_answer() noexcept { return generated::transport_no_answer; }
};
#endif

template <class Tables>
constexpr const error_info& resolve(const Tables& t, const code_slot& slot, const error_ref& ref) noexcept {
    for (const std::uint16_t* v = t.variant_list() + slot.variants; *v != no_entry; ++v) {
        if (applies(t.entry(*v), ref)) return t.entry(*v);
    }
    return *slot.primary;
}

// The slot for a code alone: the code's own entries, else those of the first pair that has
// this number as its subcode. Meta's error page lists template-management subcodes as if they
// were codes, so services and people look them up that way.
template <class Tables>
constexpr const code_slot* code_or_subcode(const Tables& t, long long number) noexcept {
    if (const code_slot* slot = t.codes().find(number)) return slot;
    return t.subcodes().any(number);
}

// Entries without a code (360dialog's own errors) are recognised by their text; when several
// match, the one documented with the response's HTTP status wins.
template <class Tables>
constexpr const error_info* by_message(const Tables& t, const error_ref& ref) noexcept {
    const error_info* first = nullptr;
    for (const std::uint16_t* i = t.message_matched(); *i != no_entry; ++i) {
        const error_info& entry = t.entry(*i);
        if (!matches(entry, ref)) continue;
        if (entry.http_status == ref.http_status) return &entry;
        if (first == nullptr) first = &entry;
    }
    return first;
}

// The generic fallback: an entry for the exact status, else one whose status is the class's
// round hundred (400 covers 4xx, 500 covers 5xx), else the unknown entry.
template <class Tables>
constexpr const error_info& by_status(const Tables& t, int status) noexcept {
    const int class_status = (status >= 400 && status <= 599) ? status / 100 * 100 : -1;
    const error_info* class_entry = nullptr;
    for (const std::uint16_t* i = t.status_fallbacks(); *i != no_entry; ++i) {
        const error_info& entry = t.entry(*i);
        if (entry.http_status == status) return entry;
        if (entry.http_status == class_status) class_entry = &entry;
    }
    return class_entry != nullptr ? *class_entry : t.entry(t.unknown_fallback());
}

// classify() over any table; see classify() below for the order.
// g++ at -O3, inlining a call made with error_ref(http_status), warns that the disengaged codes
// "may be used uninitialized" although each is read only after it is tested: std::optional's
// known false positive (GCC bug 80635). Silenced here only, so that a user's Release build of
// code that classifies through catalog_overlay stays warning-free.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
template <class Tables>
constexpr const error_info& classify_in(const Tables& t, const error_ref& ref) noexcept {
    if (ref.code) {
        if (ref.subcode) {
            if (const code_slot* pair = t.subcodes().find(*ref.code, *ref.subcode)) return resolve(t, *pair, ref);
        }
        if (const code_slot* slot = t.codes().find(*ref.code)) return resolve(t, *slot, ref);
        if (ref.subcode) {
            if (const code_slot* slot = code_or_subcode(t, *ref.subcode)) return resolve(t, *slot, ref);
        }
        if (const code_slot* slot = t.subcodes().any(*ref.code)) return resolve(t, *slot, ref);
    } else if (const error_info* entry = by_message(t, ref)) {
        return *entry;
    }
    if (ref.transport == transport_failure::not_sent) return t.entry(t.transport_not_sent());
    if (ref.transport == transport_failure::no_answer) return t.entry(t.transport_no_answer());
    return by_status(t, ref.http_status);
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// The entry with this catalog id in any table, or nullptr (bisection over the ids in order).
template <class Tables>
constexpr const error_info* by_id(const Tables& t, std::string_view id) noexcept {
    std::size_t low = 0;
    std::size_t high = t.ids().count;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        const error_info& entry = t.entry(t.ids().order[mid]);
        const int order = entry.id.compare(id);
        if (order == 0) return &entry;
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return nullptr;
}

#if !WA_ERRORS_DETAIL_DECLARE_ONLY
// The compiled-in table's fallback by status (system_error.hpp's find(error_code) uses it).
WA_ERRORS_LOOKUP_API const error_info& by_status(int status) noexcept { return by_status(compiled_tables{}, status); }
#else
const error_info& by_status(int status) noexcept;
#endif

// GCC 12 folds `find(131047) != nullptr` to "&entries[44] != nullptr" (and
// `documented_limit(...) != nullptr` to "&limits[0] != nullptr") and warns under -Waddress
// (-Wall) in the caller's code. Passing the result through an empty asm at run time hides the
// folding from that warning; constant evaluation takes the plain path.
#if defined(__GNUC__) && !defined(__clang__)
template <class Row>
inline const Row* hide_from_address_warning(const Row* row) noexcept {
    asm("" : "+r"(row));
    return row;
}
#endif

template <class Row>
constexpr const Row* found(const Row& row) noexcept {
#if defined(__GNUC__) && !defined(__clang__)
    if (!__builtin_is_constant_evaluated()) return hide_from_address_warning(&row);
#endif
    return &row;
}

}  // namespace detail

#if defined(WA_ERRORS_SEPARATE_COMPILATION)
// What catalog() returns in compiled mode, where the table's size is not in the header: the
// entries as a range (range-for, std::size, indexing), as the array is header-only.
struct catalog_view {
    const error_info* entries = nullptr;
    std::size_t count = 0;

    [[nodiscard]] const error_info* begin() const noexcept { return entries; }
    [[nodiscard]] const error_info* end() const noexcept { return entries + count; }
    [[nodiscard]] std::size_t size() const noexcept { return count; }
    [[nodiscard]] const error_info& operator[](std::size_t i) const noexcept { return entries[i]; }
};
#endif

#if WA_ERRORS_DETAIL_DECLARE_ONLY
// Compiled mode: the declarations of what follows the #else, defined in src/wa_errors.cpp.
[[nodiscard]] catalog_view catalog() noexcept;
[[nodiscard]] std::string_view catalog_version() noexcept;
[[nodiscard]] const pace_limit* documented_limit(retry_scope scope) noexcept;
[[nodiscard]] const error_info* find(long long meta_code) noexcept;
[[nodiscard]] const error_info* find(long long meta_code, long long subcode) noexcept;
[[nodiscard]] const error_info* find(std::string_view id) noexcept;
[[nodiscard]] const error_info& classify(const error_ref& ref) noexcept;
#else

// Every entry of the catalog, in catalog order (an array: range-for, std::size, indexing).
#if defined(WA_ERRORS_SEPARATE_COMPILATION)
[[nodiscard]] catalog_view catalog() noexcept { return {generated::entries, std::size(generated::entries)}; }
#else
[[nodiscard]] constexpr const auto& catalog() noexcept { return generated::entries; }
#endif

// The version string of data/errors.json that the table was generated from.
[[nodiscard]] WA_ERRORS_LOOKUP_API std::string_view catalog_version() noexcept { return generated::catalog_version; }

// The rate Meta documents for a scope (phone_number: per-number throughput; recipient: one
// business number to one user), or nullptr when the catalog lists none.
[[nodiscard]] WA_ERRORS_LOOKUP_API const pace_limit* documented_limit(retry_scope scope) noexcept {
    for (const pace_limit& limit : generated::limits)
        if (limit.scope == scope) return detail::found(limit);
    return nullptr;
}

// The entry for a Meta code: the one without a variant condition, else its first variant;
// nullptr if unknown. A number the catalog knows only as a subcode gives that subcode's entry.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(long long meta_code) noexcept {
    const detail::code_slot* slot = detail::code_or_subcode(detail::compiled_tables{}, meta_code);
    return slot != nullptr ? detail::found(*slot->primary) : nullptr;
}

// The entry for exactly this (code, error_subcode) pair, e.g. find(100, 2388072); nullptr if
// the catalog has no entry for the pair.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(long long meta_code, long long subcode) noexcept {
    const detail::code_slot* slot = generated::subcodes.find(meta_code, subcode);
    return slot != nullptr ? detail::found(*slot->primary) : nullptr;
}

// The entry with this catalog id, e.g. "meta.131047"; nullptr if there is none.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info* find(std::string_view id) noexcept {
    const error_info* entry = detail::by_id(detail::compiled_tables{}, id);
    return entry != nullptr ? detail::found(*entry) : nullptr;
}

// Never fails. In order: an entry for the exact (code, subcode) pair; the code's entries; for an
// unknown code, its subcode's entries (the subcode as a code, else as a subcode of any code);
// a code the catalog knows only as a subcode. Among the entries found, the first variant whose
// conditions hold (its `match` occurs in message, title or details; the recipient starts with
// one of its `recipient_prefix`), else the one without conditions. No code: 360dialog's errors
// by their text; a transport failure, its own entry. Otherwise: by HTTP status.
[[nodiscard]] WA_ERRORS_LOOKUP_API const error_info& classify(const error_ref& ref) noexcept {
    return detail::classify_in(detail::compiled_tables{}, ref);
}
#endif  // WA_ERRORS_DETAIL_DECLARE_ONLY

WA_ERRORS_END_NAMESPACE


// ---- retry.hpp
// wa_errors: the retry decision for one failed attempt.
// constexpr, noexcept, allocation-free; deterministic given its inputs (the caller supplies the
// jitter). The rules, with their sources, are in docs/retry.md.

#include <chrono>
#include <cstdint>
#include <optional>


// ---- server_hint.hpp
// wa_errors: what the server itself said about when to come back (Retry-After, Meta's usage
// headers, a gateway's pushback). decide() treats it as a floor that is never shortened.

#include <chrono>
#include <cstdint>


WA_ERRORS_BEGIN_NAMESPACE

struct server_hint {
    enum class type : std::uint8_t {
        none,  // the server said nothing
        wait,  // "not before `wait` from now"
        stop   // "do not retry" (gRPC's negative pushback; a usage report at 100 % with no end)
    };
    type kind = type::none;
    std::chrono::milliseconds wait{0};  // meaningful for `wait` only

    [[nodiscard]] static constexpr server_hint none() noexcept { return {}; }
    // A negative wait is read as "stop", as gRPC reads a negative pushback.
    [[nodiscard]] static constexpr server_hint wait_for(std::chrono::milliseconds w) noexcept {
        return w < std::chrono::milliseconds(0) ? server_hint{type::stop, std::chrono::milliseconds(0)}
                                                : server_hint{type::wait, w};
    }
    [[nodiscard]] static constexpr server_hint stop() noexcept { return {type::stop, std::chrono::milliseconds(0)}; }

    [[nodiscard]] constexpr bool says_stop() const noexcept { return kind == type::stop; }
    [[nodiscard]] constexpr bool says_wait() const noexcept { return kind == type::wait; }
};

[[nodiscard]] constexpr bool operator==(const server_hint& a, const server_hint& b) noexcept {
    return a.kind == b.kind && (a.kind != server_hint::type::wait || a.wait == b.wait);
}
[[nodiscard]] constexpr bool operator!=(const server_hint& a, const server_hint& b) noexcept { return !(a == b); }

// Two hints from one response (Retry-After and a usage header): "stop" wins, else the longer wait.
[[nodiscard]] constexpr server_hint merge(const server_hint& a, const server_hint& b) noexcept {
    if (a.says_stop() || b.says_stop()) return server_hint::stop();
    if (!a.says_wait()) return b;
    if (!b.says_wait()) return a;
    return a.wait >= b.wait ? a : b;
}

WA_ERRORS_END_NAMESPACE

WA_ERRORS_BEGIN_NAMESPACE

// Why a decision says "don't resend". Every stop has one.
enum class stop_reason : std::uint8_t {
    none,              // the decision is to retry
    never,             // the same request cannot succeed
    after_fix,         // it fails until a person fixes something: alert, don't loop
    attempts_spent,    // max_attempts failures that count have happened
    deadline,          // past max_elapsed_ms, the message's deadline_left or max_server_wait
    server_said_stop,  // the server asked not to retry
    invalid_input      // attempts was 0: the caller's count is off by one somewhere
};

// What the sender knows when an attempt fails.
struct retry_input {
    // Attempts of this message that counted, the one that just failed included: 1 after the
    // first failure. Throttles don't count (they are paced per scope), so don't add them here.
    unsigned attempts = 1;
    // Failures of this scope (the number, the business-user pair, the account) in a row, this one
    // included. Meta's 131056 waits 4^X seconds with X counted per pair, not per message.
    unsigned scope_failures = 1;
    // Time this message has spent failing: its own retry delays since it first failed, not the
    // time it was held by a pause or by pacing, nor a server's wait (send_policy counts it so).
    std::chrono::milliseconds elapsed{0};
    // What the server said (Retry-After, the usage headers): a floor, never shortened.
    server_hint hint{};
    // Time left before the message is no longer worth delivering (an OTP's validity, a
    // template's time to live), if it has one.
    std::optional<std::chrono::milliseconds> deadline_left{};
    // The longest server wait (Retry-After, usage headers) worth waiting out, if the caller sets
    // one. A server's wait is a fact about the server, not about this message: without this or a
    // deadline_left it is waited out however long it is, even past the entry's max_elapsed_ms.
    std::optional<std::chrono::milliseconds> max_server_wait{};
    // A uniform random number in [0, 1] from the caller. NaN and values above 1 count as 1,
    // negatives as 0. It spreads retries so that a thousand senders don't come back together.
    double jitter = 0.5;
};

// A pause that lasts until an event ends it (a person's fix, the user's message or opt-in), not time.
inline constexpr std::chrono::milliseconds until_fixed = std::chrono::milliseconds::max();

struct retry_decision {
    bool retry = false;                        // send the same message again?
    std::chrono::milliseconds delay{0};        // wait this long first (0 when not retrying)
    std::chrono::milliseconds floor{0};        // no resend may come earlier: documented minimum, server's wait
    retry_scope scope = retry_scope::request;  // what the error is about
    // What the failure holds: the sends of `hold.traffic` for `hold.scope` (request: no hold),
    // until `hold.lifts` happens. `pause` is how long: for a time-lifted hold a throttle's floor or
    // a backoff's delay; until_fixed for holds that an event ends; 0 when nothing is held.
    hold_policy hold{};
    std::chrono::milliseconds pause{0};
    action next = action::none;      // what to do: also when not retrying (alert, fix, send a template)
    bool may_duplicate = false;      // the server may have acted: reconcile before resending
    bool counts_as_attempt = false;  // this failure counts against max_attempts (throttles don't)
    stop_reason reason = stop_reason::none;
};

namespace detail {

template <>
struct enum_names<stop_reason> {
    static constexpr std::string_view names[] = {
        "none", "never", "after_fix", "attempts_spent", "deadline", "server_said_stop", "invalid_input"};
};

// Retries with a floor land in [floor, floor * (1 + jitter_spread)]: spread out, never early.
inline constexpr double jitter_spread = 0.2;

// No delay is longer than this (about 68 years, as for Retry-After), so that adding one to a
// time_point cannot overflow.
inline constexpr double longest_delay_ms = 2147483647.0 * 1000.0;

// NaN and values above 1 count as 1 (the longest wait, the safe side); negatives as 0.
constexpr double clamp_jitter(double jitter) noexcept {
    if (!(jitter >= 0.0)) return jitter < 0.0 ? 0.0 : 1.0;  // NaN fails every comparison
    return jitter > 1.0 ? 1.0 : jitter;
}

// min(max_delay, initial * multiplier^(n - 1)) without overflow. The power is taken by
// squaring, one step per bit of n - 1 (at most 32), so that a hand-made policy with a huge
// max_attempts and a multiplier just above 1 costs the same as a catalog one: stepping through
// the attempts took seconds per call. It stops as soon as the cap is certain. With the catalog's
// integral multipliers every intermediate value is exact, so the result is the same as
// multiplying n - 1 times (tests/retry_test.cpp compares both for every entry). A start at or
// below zero never grows; a multiplier of 1 or less (or NaN) keeps the start.
constexpr double capped_backoff_ms(const retry_policy& p, unsigned n) noexcept {
    const auto cap = static_cast<double>(p.max_delay_ms);
    const auto initial = static_cast<double>(p.initial_delay_ms);
    if (!(initial < cap)) return cap;
    if (initial <= 0.0) return 0.0;
    if (!(p.multiplier > 1.0) || n <= 1) return initial;
    // Twice the power that reaches the cap: beyond it the cap is certain whatever the rounding,
    // and below it nothing can overflow.
    const double clearly_past_cap = 2.0 * (cap / initial);
    double power = 1.0;
    double base = p.multiplier;
    for (unsigned e = n - 1; e != 0; e >>= 1) {
        if (e & 1U) {
            power *= base;
            if (!(power < clearly_past_cap)) return cap;
        }
        // Every remaining bit multiplies `power` by at least `base`.
        if (e > 1) {
            base *= base;
            if (!(base < clearly_past_cap)) return cap;
        }
    }
    const double delay = initial * power;
    return delay < cap ? delay : cap;
}

constexpr double max_of(double a, double b) noexcept { return a > b ? a : b; }

constexpr std::chrono::milliseconds to_ms(double ms) noexcept {
    return std::chrono::milliseconds(static_cast<long long>(ms < longest_delay_ms ? ms : longest_delay_ms));
}

constexpr retry_decision stop(const error_info& e, stop_reason why, bool counted) noexcept {
    retry_decision d;
    d.scope = e.retry.scope;
    d.next = e.action;
    d.counts_as_attempt = counted;
    d.reason = why;
    d.may_duplicate = e.retry.outcome == retry_outcome::unknown;
    // An error that no resend can fix holds its traffic until the event that ends it (the
    // generator allows no time-lifted hold on these kinds: they have no wait to run out).
    if ((why == stop_reason::never || why == stop_reason::after_fix) && e.hold.scope != retry_scope::request &&
        e.hold.lifts != hold_lifts::time) {
        d.hold = e.hold;
        d.pause = until_fixed;
    }
    return d;
}

// A message given up on for its own deadline while the server asked for a wait: the server's
// wait still holds the scope, so the next message does not walk into the same outage.
constexpr retry_decision stop_for_deadline(const error_info& e, bool counted, double floor,
                                           double server_wait) noexcept {
    retry_decision d = stop(e, stop_reason::deadline, counted);
    d.floor = to_ms(floor);
    if (server_wait > 0.0 && e.hold.scope != retry_scope::request && e.hold.lifts == hold_lifts::time) {
        d.hold = e.hold;
        d.pause = to_ms(server_wait);
    }
    return d;
}

}  // namespace detail

// Whether and when to send a message again after it failed with `e`.
//  1. never / after_fix entries, a server "stop" and attempts == 0 stop at once, with the reason.
//  2. n is the scope's failures in a row for a throttle, the message's attempts otherwise; the
//     curve is B = min(max_delay, initial * multiplier^(n - 1)).
//  3. The floor: the server's wait, and for an entry with a documented minimum (min_delay_ms)
//     max(min_delay, B), so that a curve like Meta's 4^X seconds is never undercut either.
//     With a floor, delay = floor * (1 + jitter * 0.2); without one, "full jitter": jitter * B.
//  4. Backoff failures count against max_attempts; throttles don't (a valid message is not
//     dropped because the number is busy).
//  5. A documented floor past the entry's max_elapsed_ms (counted in time spent failing), any
//     floor past the message's own deadline, or a server's wait past the caller's
//     max_server_wait gives up with reason `deadline`. A server's wait past max_elapsed_ms does
//     not: the server said when it will answer, and the message keeps its place until then.
//     A delay is never silently shortened below its floor, only the jitter above it is trimmed.
// `may_duplicate` is set when the entry's outcome is `unknown`: the failed request may have
// gone through, so check for its status webhook before resending.
// Header-only it is constexpr; in compiled mode (WA_ERRORS_SEPARATE_COMPILATION) it is declared
// here and defined once, in src/wa_errors.cpp, from this body.
#if WA_ERRORS_DETAIL_DECLARE_ONLY
[[nodiscard]] retry_decision decide(const error_info& e, const retry_input& in) noexcept;
#else
[[nodiscard]] WA_ERRORS_LOOKUP_API retry_decision decide(const error_info& e, const retry_input& in) noexcept {
    const retry_policy& p = e.retry;
    const bool counted = p.kind == retry_kind::backoff;
    if (in.attempts == 0) return detail::stop(e, stop_reason::invalid_input, counted);
    if (p.kind == retry_kind::never) return detail::stop(e, stop_reason::never, false);
    if (p.kind == retry_kind::after_fix) return detail::stop(e, stop_reason::after_fix, false);
    if (in.hint.says_stop()) return detail::stop(e, stop_reason::server_said_stop, counted);
    if (counted && in.attempts >= p.max_attempts) return detail::stop(e, stop_reason::attempts_spent, counted);

    const unsigned n = counted ? in.attempts : (in.scope_failures == 0 ? 1U : in.scope_failures);
    const double curve = detail::capped_backoff_ms(p, n);
    const double server_wait =
        in.hint.says_wait() && in.hint.wait.count() > 0 ? static_cast<double>(in.hint.wait.count()) : 0.0;
    // A repeat of the scope's failure may have a longer documented floor (131049: 24 h, then 48 h).
    const long long min_delay =
        in.scope_failures >= 2 && p.repeat_min_delay_ms > p.min_delay_ms ? p.repeat_min_delay_ms : p.min_delay_ms;
    const double documented = min_delay > 0 ? detail::max_of(static_cast<double>(min_delay), curve) : 0.0;
    const double floor = detail::max_of(documented, server_wait);
    const double jitter = detail::clamp_jitter(in.jitter);
    double delay =
        floor > 0.0 ? detail::max_of(floor * (1.0 + jitter * detail::jitter_spread), jitter * curve) : jitter * curve;

    // Deadlines: the entry's (time spent failing) bounds the message's own floor and backoff; the
    // message's time to live and the caller's longest server wait bound everything. The jitter
    // above the floor is trimmed to fit.
    double failing_left = detail::longest_delay_ms;
    const long long elapsed = in.elapsed.count() > 0 ? in.elapsed.count() : 0;
    if (p.max_elapsed_ms > 0) failing_left = static_cast<double>(p.max_elapsed_ms) - static_cast<double>(elapsed);
    double life_left = detail::longest_delay_ms;
    if (in.deadline_left) life_left = static_cast<double>(in.deadline_left->count());
    const bool server_too_long = in.max_server_wait && server_wait > static_cast<double>(in.max_server_wait->count());
    if (failing_left <= 0.0 || documented > failing_left || floor > life_left || life_left <= 0.0 || server_too_long)
        return detail::stop_for_deadline(e, counted, floor, server_wait);
    double limit = failing_left < life_left ? failing_left : life_left;
    if (limit < floor) limit = floor;  // a server's wait past max_elapsed_ms, inside the message's life
    if (delay > limit) delay = limit;

    retry_decision d;
    d.retry = true;
    d.delay = detail::to_ms(delay);
    d.floor = detail::to_ms(floor);
    if (d.delay < d.floor) d.delay = d.floor;  // rounding must not undercut the floor
    d.scope = p.scope;
    // A throttle pauses its scope for the floor only (the documented wait, the server's wait):
    // pacing, not a pause, spreads the scope's other messages. A backoff error of a whole scope
    // (a gateway failing for the number) pauses it for the whole delay, so one probe goes first.
    // The hold comes from the entry's `hold` (its scope and traffic), not from the retry scope.
    // A hold that an event ends (the user writes, a person fixes) lasts until then.
    if (e.hold.scope != retry_scope::request) {
        d.pause = e.hold.lifts != hold_lifts::time ? until_fixed : p.kind == retry_kind::throttle ? d.floor : d.delay;
        if (d.pause.count() > 0) d.hold = e.hold;
    }
    d.next = e.action;
    d.may_duplicate = p.outcome == retry_outcome::unknown;
    d.counts_as_attempt = counted;
    return d;
}
#endif  // WA_ERRORS_DETAIL_DECLARE_ONLY

WA_ERRORS_END_NAMESPACE

// ---- retry_after.hpp
// wa_errors: the HTTP Retry-After header (RFC 9110 §10.2.3), without locale or allocation.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>


// ---- text.hpp
// wa_errors internals: the small text routines every layer needs, written once: ASCII digits and
// case, trimming, decimal numbers, UTF-8 sequences and JSON's \u escapes. Standard library only;
// nothing here allocates but append_utf8, throws or depends on the locale.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>


WA_ERRORS_BEGIN_NAMESPACE
namespace detail {

// Equal but for ASCII case (header names, which HTTP compares case-insensitively).
constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// `text` without the bytes of `spaces` at either end.
constexpr std::string_view trim(std::string_view text, std::string_view spaces = " \t") noexcept {
    while (!text.empty() && spaces.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
    while (!text.empty() && spaces.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
    return text;
}

// The digits at the start of `text`, at most `max_digits` of them: their value, which stops
// growing at `cap` (so that no run of digits overflows), and how many there were.
struct leading_digits {
    std::uint64_t value = 0;
    std::size_t count = 0;
};
constexpr leading_digits read_digits(std::string_view text, std::size_t max_digits,
                                     std::uint64_t cap = UINT64_MAX) noexcept {
    leading_digits out;
    while (out.count < max_digits && out.count < text.size() && is_ascii_digit(text[out.count])) {
        const auto digit = static_cast<std::uint64_t>(text[out.count++] - '0');
        out.value = out.value > (cap - digit) / 10 ? cap : out.value * 10 + digit;
    }
    return out;
}

// A whole text that is an optional minus and 1 to `max_digits` digits (at most 18, which long
// long always holds), else nothing: a garbled number never reads as another one.
constexpr std::optional<long long> parse_integer(std::string_view text, std::size_t max_digits = 18) noexcept {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (text.empty() || text.size() > max_digits || max_digits > 18) return std::nullopt;
    const leading_digits digits = read_digits(text, max_digits);
    if (digits.count != text.size()) return std::nullopt;
    const auto value = static_cast<long long>(digits.value);
    return negative ? -value : value;
}

// A whole text of at most `max_length` bytes that is digits with an optional fraction ("12",
// "12.5", ".5"), else nothing.
constexpr std::optional<double> parse_decimal(std::string_view text, std::size_t max_length = 32) noexcept {
    if (text.empty() || text.size() > max_length) return std::nullopt;
    double value = 0;
    double scale = 0;  // 0 before the point
    for (char c : text) {
        if (c == '.' && scale == 0) {
            scale = 1;
        } else if (is_ascii_digit(c)) {
            if (scale == 0) {
                value = value * 10 + (c - '0');
            } else {
                scale /= 10;
                value += (c - '0') * scale;
            }
        } else {
            return std::nullopt;
        }
    }
    return value;
}

// The length of the well-formed UTF-8 sequence at text[at] (1 for ASCII), or 0 when it is
// ill-formed: truncated, overlong, a surrogate, beyond U+10FFFF (the rules nlohmann applies).
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return 1;
    const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4 || at + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 0;
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second >= 0x90))
        return 0;
    return length;
}

// The value of a "\uXXXX" escape whose backslash is at text[at], or -1.
constexpr long unicode_escape(std::string_view text, std::size_t at) noexcept {
    if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
    long value = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const char h = text[i];
        const int digit = is_ascii_digit(h)      ? h - '0'
                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                 : -1;
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Appends the code point `code` (at most U+10FFFF, no surrogate) to `out` as UTF-8.
inline void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

constexpr bool is_high_surrogate(long v) noexcept { return v >= 0xD800 && v <= 0xDBFF; }
constexpr bool is_low_surrogate(long v) noexcept { return v >= 0xDC00 && v <= 0xDFFF; }
// The code point a surrogate pair stands for.
constexpr long code_point_of_pair(long high, long low) noexcept {
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
}

}  // namespace detail
WA_ERRORS_END_NAMESPACE

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

// ---- system_error.hpp
// wa_errors: std::error_code and std::error_condition integration (docs/concepts.md, "std::error_code").
//
//   std::error_code ec = make_error_code(classify(ref));
//   if (ec == wa_errors::category::rate_limit) ...       // portable conditions
//   if (ec == wa_errors::retry_kind::throttle) ...
//
// Error codes: Meta's errors in meta_category() with the Meta code as value; 360dialog's in
// dialog360_category() with the entry's catalog `ordinal`; generic fallbacks in
// http_status_category() with their HTTP status (400 for "other 4xx", 500 for "other 5xx") and
// -1 for generic.unknown, which has none (any HTTP status may be put in that category: it stands
// for its generic fallback). Beware: Meta's code 0 (AuthException) gives an
// error_code whose value is 0, which `if (ec)` reads as success; test `ec != std::error_code()`.

#include <string>
#include <system_error>


WA_ERRORS_BEGIN_NAMESPACE

[[nodiscard]] const std::error_category& meta_category() noexcept;
[[nodiscard]] const std::error_category& dialog360_category() noexcept;
[[nodiscard]] const std::error_category& http_status_category() noexcept;
[[nodiscard]] const std::error_category& category_condition_category() noexcept;
[[nodiscard]] const std::error_category& retry_kind_condition_category() noexcept;

[[nodiscard]] inline std::error_condition make_error_condition(category c) noexcept {
    return {static_cast<int>(c), category_condition_category()};
}
[[nodiscard]] inline std::error_condition make_error_condition(retry_kind k) noexcept {
    return {static_cast<int>(k), retry_kind_condition_category()};
}

inline constexpr int no_http_status = -1;  // the error_code value of generic.unknown

namespace detail {

// Failures without any HTTP response get negative values in http_status_category: -1 for
// "nothing to go on" (generic.unknown), then -1 - transport_failure: -2 not sent, -3 no answer.
constexpr int transport_value(transport_failure t) noexcept { return no_http_status - static_cast<int>(t); }

WA_ERRORS_LOOKUP_CONSTEXPR const error_info& transport_entry(transport_failure t) noexcept {
    error_ref ref;
    ref.transport = t;
    return classify(ref);
}

}  // namespace detail

[[nodiscard]] inline std::error_code make_error_code(const error_info& e) noexcept {
    switch (e.source) {
        case source::meta: return {static_cast<int>(*e.code), meta_category()};
        case source::dialog360: return {e.ordinal, dialog360_category()};
        case source::generic: break;
    }
    if (e.http_status != 0) return {e.http_status, http_status_category()};
    for (const auto t : {transport_failure::not_sent, transport_failure::no_answer}) {
        if (&detail::transport_entry(t) == &e) return {detail::transport_value(t), http_status_category()};
    }
    return {no_http_status, http_status_category()};
}

// The entry an error_code of these categories stands for; nullptr for other categories and
// unknown Meta codes or ordinals. A Meta code gives the code's main entry (its `match` variants
// need the text); an HTTP status gives its generic fallback, as classify() would.
[[nodiscard]] inline const error_info* find(const std::error_code& ec) noexcept {
    if (ec.category() == meta_category()) return find(static_cast<long long>(ec.value()));
    if (ec.category() == dialog360_category()) {
        for (const error_info& e : catalog())
            if (e.source == source::dialog360 && e.ordinal == ec.value()) return &e;
        return nullptr;
    }
    if (ec.category() == http_status_category()) {
        for (const auto t : {transport_failure::not_sent, transport_failure::no_answer}) {
            if (ec.value() == detail::transport_value(t)) return &detail::transport_entry(t);
        }
        return &detail::by_status(ec.value() == no_http_status ? 0 : ec.value());
    }
    return nullptr;
}

namespace detail {

// The three error categories differ only in their name and in what they call a value that stands
// for no entry; what a value means and which conditions it is equivalent to is the same lookup.
class entry_error_category final : public std::error_category {
public:
    constexpr entry_error_category(const char* name, const char* unknown_prefix) noexcept
        : name_(name), unknown_prefix_(unknown_prefix) {}
    // A category is compared by address: a copy would be a different category.
    entry_error_category(const entry_error_category&) = delete;
    entry_error_category& operator=(const entry_error_category&) = delete;
    const char* name() const noexcept override { return name_; }
    std::string message(int value) const override {
        const error_info* e = find(std::error_code(value, *this));
        return e != nullptr ? std::string(e->title) : unknown_prefix_ + std::to_string(value);
    }
    std::error_condition default_error_condition(int value) const noexcept override {
        const error_info* e = find(std::error_code(value, *this));
        return e != nullptr ? make_error_condition(e->category) : std::error_condition(value, *this);
    }
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        const error_info* e = find(std::error_code(value, *this));
        if (e == nullptr) return false;
        if (condition.category() == category_condition_category())
            return static_cast<int>(e->category) == condition.value();
        if (condition.category() == retry_kind_condition_category())
            return static_cast<int>(e->retry.kind) == condition.value();
        return false;
    }

private:
    const char* name_;
    const char* unknown_prefix_;
};

template <class Enum>
class enum_condition_category final : public std::error_category {
public:
    explicit constexpr enum_condition_category(const char* name) noexcept : name_(name) {}
    // A category is compared by address: a copy would be a different category.
    enum_condition_category(const enum_condition_category&) = delete;
    enum_condition_category& operator=(const enum_condition_category&) = delete;
    const char* name() const noexcept override { return name_; }
    std::string message(int value) const override {
        const std::string_view text = to_string(static_cast<Enum>(value));
        return text.empty() ? "unknown " + std::string(name_) + " " + std::to_string(value) : std::string(text);
    }

private:
    const char* name_;
};

}  // namespace detail

// Function-local statics, as <system_error> users expect: one instance each, compared by address.
[[nodiscard]] inline const std::error_category& meta_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.meta", "unknown WhatsApp error ");
    return instance;
}
[[nodiscard]] inline const std::error_category& dialog360_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.360dialog", "unknown 360dialog error ");
    return instance;
}
[[nodiscard]] inline const std::error_category& http_status_category() noexcept {
    static const detail::entry_error_category instance("wa_errors.http_status", "HTTP status ");
    return instance;
}
[[nodiscard]] inline const std::error_category& category_condition_category() noexcept {
    static const detail::enum_condition_category<category> instance("wa_errors.category");
    return instance;
}
[[nodiscard]] inline const std::error_category& retry_kind_condition_category() noexcept {
    static const detail::enum_condition_category<retry_kind> instance("wa_errors.retry_kind");
    return instance;
}

WA_ERRORS_END_NAMESPACE

namespace std {
template <>
struct is_error_condition_enum<wa_errors::category> : true_type {};
template <>
struct is_error_condition_enum<wa_errors::retry_kind> : true_type {};
}  // namespace std
