// SPDX-License-Identifier: MIT
// wa_errors::testing: what a fake Cloud API / 360dialog endpoint does, as data (a scenario).
// Built in code, or read from JSON by parse_scenario() (scenario_json.hpp). docs/fake-api.md
// describes every field with examples.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../lookup.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

// Simulated time since the fake was made. The fake never reads a clock: the caller says "now".
using sim_time = std::chrono::milliseconds;

// A scenario that cannot be played: the message names the field or step, e.g.
// recipients["+15551234567"][2]: unknown catalog id "meta.99999".
struct scenario_error : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Which API the fake plays: Meta's Cloud API (POST /{version}/{phone_number_id}/messages,
// Authorization: Bearer) or 360dialog's (POST /messages, D360-API-KEY).
enum class api_flavour : std::uint8_t { meta, dialog360 };

// One scripted answer to one request for a recipient. Steps are used up in order; once a
// recipient's steps are spent, its messages go through the limits and faults as usual.
struct step {
    enum class type : std::uint8_t {
        ok,                // accept the message
        error,             // answer `error` (and accept the message anyway if `accepted`)
        accept_then_fail,  // accept, then post a failed-status webhook with `error`
        drop,              // close the connection before the request counts: nothing happened
        lose_response,     // accept the message, then close the connection without an answer
        timeout            // close the connection without an answer; the message was not taken
    };
    type kind = type::ok;
    const error_info* error = nullptr;
    std::optional<std::chrono::seconds> retry_after{};  // error: send this Retry-After header
    bool accepted = false;                              // error: the message exists all the same

    [[nodiscard]] static step ok() { return {}; }
    [[nodiscard]] static step answer(const error_info& e, std::optional<std::chrono::seconds> retry_after = {},
                                     bool accepted = false) {
        return {type::error, &e, retry_after, accepted};
    }
    [[nodiscard]] static step accept_then_fail(const error_info& e) { return {type::accept_then_fail, &e, {}, false}; }
    [[nodiscard]] static step drop() { return {type::drop, nullptr, {}, false}; }
    [[nodiscard]] static step lose_response() { return {type::lose_response, nullptr, {}, true}; }
    [[nodiscard]] static step timeout() { return {type::timeout, nullptr, {}, false}; }
};

// Every request in [from, to) is answered `status` (with Retry-After when set): the whole
// endpoint is down. `error` chooses a catalog entry to answer with instead of a bare gateway
// error (a Graph body for a Meta entry).
struct outage {
    sim_time from{0};
    sim_time to{0};
    int status = 503;
    std::optional<std::chrono::seconds> retry_after{};
    const error_info* error = nullptr;
    // The share of requests in the window that fail (drawn per message and attempt): 1 for an
    // outage, less for an incident in which some sends still go through.
    double share = 1.0;
};

// A token bucket: `burst` messages at once, refilled at `per_second`.
struct bucket_rate {
    double per_second = 0;
    double burst = 0;
};

// The rate Meta documents for `scope` (the catalog's limits), or none.
[[nodiscard]] inline std::optional<bucket_rate> documented_rate(retry_scope scope) {
    if (const pace_limit* limit = documented_limit(scope)) return bucket_rate{limit->per_second, limit->burst};
    return std::nullopt;
}

// Meta's limits as the fake enforces them; nullopt switches one off.
struct limits {
    std::optional<bucket_rate> phone_number = documented_rate(retry_scope::phone_number);  // per number
    std::optional<bucket_rate> recipient = documented_rate(retry_scope::recipient);        // per number and user
};

// Latency of every answer, drawn uniformly from [min, max] per (message, attempt).
struct latency_range {
    sim_time min{0};
    sim_time max{0};
};

// Fractions in [0, 1]. Each draw is a hash of (seed, message, attempt, fault), so the k-th
// attempt of a message meets the same fault whatever else was sent before it.
struct fault_rates {
    double capped_recipients = 0;          // users under Meta's marketing cap for 24 h from their first send
    double transient = 0;                  // requests answered with a transient Meta error (rejected)
    double gateway_503 = 0;                // requests answered 503 with no Graph body...
    double accepted_before_503 = 0;        // ...of which this fraction had been accepted
    double not_sent = 0;                   // connections dropped before the request counted
    double no_answer = 0;                  // requests whose answer never comes...
    double accepted_before_no_answer = 0;  // ...of which this fraction had been accepted
};

// Status webhooks for accepted messages: failed ones always; sent, delivered and read when
// asked, `delay` apart (sent after one delay, delivered after two, read after three).
struct webhook_options {
    bool sent = false;
    bool delivered = false;
    bool read = false;
    sim_time delay{1000};
    // A late tail: this share of messages' status webhooks come `late_delay` later still (a
    // slow webhook pipeline), after a sender's reconcile wait may have run out.
    double late_share = 0;
    sim_time late_delay{0};
};

struct scenario {
    api_flavour flavour = api_flavour::meta;
    std::string token{};    // Meta: the only Bearer token accepted; empty: any non-empty token
    std::string api_key{};  // 360dialog: the only D360-API-KEY accepted; empty: any non-empty key
    std::map<std::string, std::vector<step>> recipients{};  // keyed by number as written; matched by its digits
    std::vector<outage> outages{};
    wa_errors::testing::limits limits{};
    latency_range latency{};
    fault_rates faults{};
    std::uint64_t seed = 0;
    webhook_options webhooks{};
    // What webhooks and answers carry. 360dialog's URL names no number, so `phone_number_id`
    // stands for the one behind the API key; Meta's comes from the request path.
    std::string phone_number_id = "106540352242922";
    std::string display_phone_number = "15550783881";
    std::string business_account_id = "102290129340398";
    std::int64_t start_unix_time = 1767225600;  // webhook timestamps: this plus simulated time
};

namespace detail {

// The HTTP status the fake answers for an entry: the documented one, else 400 (Meta's usual);
// 0 for the generic entries that stand for no answer at all.
constexpr int answer_status(const error_info& e) noexcept {
    return e.http_status != 0 || e.source == source::generic ? e.http_status : 400;
}

// The catalog's entry for a request that got no HTTP answer.
WA_ERRORS_LOOKUP_CONSTEXPR const error_info& transport_entry(transport_failure t) noexcept {
    error_ref ref;
    ref.transport = t;
    return classify(ref);
}

// The catalog's entry for a bare HTTP status (a gateway's answer without a Graph body).
WA_ERRORS_LOOKUP_CONSTEXPR const error_info& status_entry(int status) noexcept {
    error_ref ref;
    ref.http_status = status;
    return classify(ref);
}

// A map key as a JSON string, for messages: recipients["+15551234567"].
inline std::string quote_key(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    }
    return out + "\"";
}

inline void check(bool ok, const std::string& where, const std::string& problem) {
    if (!ok) throw scenario_error(where + ": " + problem);
}

// Whether `e` can be the answer of an endpoint of this flavour, or why not.
inline std::string unplayable(const error_info& e, api_flavour flavour, bool as_webhook) {
    const std::string id(e.id);
    if (answer_status(e) == 0) return id + R"( stands for no HTTP answer; use a "drop" or "timeout" step)";
    if (as_webhook && e.source != source::meta) return id + " is not a Meta error; status webhooks carry Meta's codes";
    if (flavour == api_flavour::meta && e.source == source::dialog360)
        return id + R"( is a 360dialog error; set "flavour": "360dialog")";
    return {};
}

inline void check_entry(const error_info* e, api_flavour flavour, bool as_webhook, const std::string& where) {
    check(e != nullptr, where, "no catalog entry");
    const std::string why = unplayable(*e, flavour, as_webhook);
    check(why.empty(), where, why);
}

inline void check_rate(double rate, const std::string& where) {
    check(rate >= 0.0 && rate <= 1.0, where, "must be between 0 and 1, got " + std::to_string(rate));
}

// A phone number as Meta keys it (wa_id): its digits only, "+1 555-0100" -> "15550100".
inline std::string digits_of(std::string_view number) {
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits += c;
    return digits;
}

}  // namespace detail

// Throws scenario_error, naming the field or step, if the fake cannot play `s`.
inline void validate(const scenario& s) {
    using detail::check;
    std::map<std::string, std::string> seen;  // digits -> the key that had them first
    for (const auto& [number, steps] : s.recipients) {
        const std::string where = "recipients[" + detail::quote_key(number) + "]";
        const std::string digits = detail::digits_of(number);
        check(!digits.empty(), where, "a recipient is a phone number and needs digits");
        const auto [first, fresh] = seen.emplace(digits, number);
        check(fresh, where, "the same number as recipients[" + detail::quote_key(first->second) + "]");
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const step& st = steps[i];
            const std::string at = where + "[" + std::to_string(i) + "]";
            if (st.kind == step::type::error || st.kind == step::type::accept_then_fail)
                detail::check_entry(st.error, s.flavour, st.kind == step::type::accept_then_fail, at);
        }
    }
    for (std::size_t i = 0; i < s.outages.size(); ++i) {
        const outage& o = s.outages[i];
        const std::string at = "outages[" + std::to_string(i) + "]";
        check(o.from >= sim_time(0) && o.from < o.to, at, "needs 0 <= from_s < to_s");
        check(o.status >= 400 && o.status <= 599, at + ".status", "must be an HTTP error status (400-599)");
        check(!o.retry_after || o.retry_after->count() >= 0, at + ".retry_after_s", "must not be negative");
        if (o.error != nullptr) detail::check_entry(o.error, s.flavour, false, at + ".error");
        check(o.share >= 0.0 && o.share <= 1.0, at + ".share", "must be in [0, 1]");
    }
    const std::pair<const std::optional<bucket_rate>*, const char*> rates[] = {{&s.limits.phone_number, "phone_number"},
                                                                               {&s.limits.recipient, "recipient"}};
    for (const auto& [rate, name] : rates) {
        if (*rate)
            check((*rate)->per_second > 0.0 && (*rate)->burst >= 1.0, std::string("limits.") + name,
                  "needs messages > 0, seconds > 0 and burst >= 1");
    }
    check(s.latency.min >= sim_time(0) && s.latency.min <= s.latency.max, "latency_ms", "needs 0 <= min <= max");
    const std::pair<double, const char*> fractions[] = {
        {s.faults.capped_recipients, "capped_recipients"},
        {s.faults.transient, "transient"},
        {s.faults.gateway_503, "gateway_503"},
        {s.faults.accepted_before_503, "accepted_before_503"},
        {s.faults.not_sent, "not_sent"},
        {s.faults.no_answer, "no_answer"},
        {s.faults.accepted_before_no_answer, "accepted_before_no_answer"}};
    for (const auto& [rate, name] : fractions) detail::check_rate(rate, std::string("faults.") + name);
    check(s.webhooks.delay >= sim_time(0), "webhooks.delay_ms", "must not be negative");
    check(s.webhooks.late_share >= 0.0 && s.webhooks.late_share <= 1.0, "webhooks.late_share", "must be in [0, 1]");
    check(s.webhooks.late_delay >= sim_time(0), "webhooks.late_delay", "must not be negative");
}

}  // namespace testing
WA_ERRORS_END_NAMESPACE
