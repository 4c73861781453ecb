// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_file: the rules a catalog obeys (docs/catalog.md), checked on a
// parsed document. One copy for the generator (the compiled-in table) and for catalog_overlay
// (a newer catalog loaded at run time), so that a file either accepts is one both accept and a
// bad one is refused by both with the same message naming entry and field. Reading the text
// (malformed JSON, duplicate keys, huge numbers) is catalog_reader.hpp's job.
// Needs nlohmann_json (CMake target wa_errors::payload).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../types.hpp"
#include "../version.hpp"
#include "catalog_model.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::catalog_file {

// A rule the catalog breaks; what() names file, entry and field, e.g.
// `errors.json: entries[17] (meta.131047): field "category": unknown value "recpient" (...)`.
struct invalid : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace rules {

using nlohmann::json;

// Upper bounds that keep retry arithmetic far from overflow and catch unit mistakes (seconds
// typed where milliseconds are meant show up as absurd numbers long before these).
inline constexpr long long max_delay_ms = 30LL * 24 * 3600 * 1000;  // 30 days
inline constexpr long long max_attempts = 1000;
inline constexpr long long max_elapsed_ms = 365LL * 24 * 3600 * 1000;  // a year
inline constexpr long long max_code = 2147483647;

inline const char* type_name(const json& v) {
    if (v.is_number_integer()) return "integer";
    return v.type_name();
}

// Where in the file we are, so that every message names file, entry and field.
struct place {
    const std::string& file;
    std::string where{};  // "entries[17] (meta.131047)", "retry_defaults.backoff" or empty

    [[noreturn]] void fail(std::string_view field, const std::string& problem) const {
        std::string message = file + ": ";
        if (!where.empty()) message += where + ": ";
        if (!field.empty()) message += "field \"" + std::string(field) + "\": ";
        throw invalid(message + problem);
    }
};

inline void reject_unknown_fields(const json& object, std::initializer_list<std::string_view> known, const place& at,
                                  std::string_view prefix = {}) {
    for (const auto& item : object.items()) {
        bool found = false;
        for (std::string_view name : known) found = found || item.key() == name;
        if (!found) at.fail(std::string(prefix) + item.key(), "unknown field");
    }
}

inline const json& required(const json& object, const std::string& field, const place& at) {
    const auto it = object.find(field);
    if (it == object.end()) at.fail(field, "missing");
    return *it;
}

inline std::string read_text(const json& value, const std::string& field, const place& at) {
    if (!value.is_string()) at.fail(field, std::string("expected a string, got ") + type_name(value));
    auto text = value.get<std::string>();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) at.fail(field, "must not be empty");
    return text;
}

inline long long read_integer(const json& value, const std::string& field, long long low, long long high,
                              const place& at) {
    if (!value.is_number_integer()) at.fail(field, std::string("expected an integer, got ") + type_name(value));
    if (value.is_number_unsigned() && value.get<unsigned long long>() > static_cast<unsigned long long>(high))
        at.fail(field, value.dump() + " is out of range " + std::to_string(low) + ".." + std::to_string(high));
    const auto number = value.get<long long>();
    if (number < low || number > high)
        at.fail(field,
                std::to_string(number) + " is out of range " + std::to_string(low) + ".." + std::to_string(high));
    return number;
}

// `key` is looked up in `object`; `field` names it in messages (e.g. "retry.kind").
template <class Enum>
Enum read_enum(const json& object, const std::string& key, const place& at, const std::string& field_label = {}) {
    const std::string field = field_label.empty() ? key : field_label;
    const auto it = object.find(key);
    if (it == object.end()) at.fail(field, "missing");
    const json& value = *it;
    if (!value.is_string()) at.fail(field, std::string("expected a string, got ") + type_name(value));
    const auto name = value.get<std::string>();
    if (const auto parsed = from_string<Enum>(name)) return *parsed;
    std::string allowed{};
    for (std::string_view candidate : ::wa_errors::detail::enum_names<Enum>::names) {
        allowed += allowed.empty() ? "" : ", ";
        allowed += candidate;
    }
    at.fail(field, "unknown value \"" + name + "\" (expected one of: " + allowed + ")");
}

// A field that takes one string or a non-empty array of them, as a list.
inline std::vector<json> one_or_more(const json& value, const char* field, const place& at) {
    if (value.is_string()) return {value};
    if (!value.is_array() || value.empty())
        at.fail(field, std::string("expected a string or a non-empty array of strings, got ") +
                           (value.is_array() ? "an empty array" : type_name(value)));
    return {value.begin(), value.end()};
}

// Lower-cased, printable ASCII fragments: classify() folds case in ASCII only.
inline std::vector<std::string> read_match(const json& value, const place& at) {
    std::vector<std::string> fragments{};
    for (const json& item : one_or_more(value, "match", at)) {
        std::string fragment = read_text(item, "match", at);
        for (char& c : fragment) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte > 0x7E) at.fail("match", "\"" + fragment + "\" must be printable ASCII");
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        fragments.push_back(fragment);
    }
    return fragments;
}

// Country calling codes and the digits after them: "1", "44", "1876". A phone number has at most
// 15 digits (E.164), so a longer prefix could never apply.
inline std::vector<std::string> read_recipient_prefix(const json& value, const place& at) {
    std::vector<std::string> prefixes{};
    for (const json& item : one_or_more(value, "recipient_prefix", at)) {
        if (!item.is_string()) at.fail("recipient_prefix", std::string("expected a string, got ") + type_name(item));
        const auto prefix = item.get<std::string>();
        if (prefix.empty() || prefix.size() > 15 || prefix.find_first_not_of("0123456789") != std::string::npos)
            at.fail("recipient_prefix", "\"" + prefix + "\" must be 1 to 15 digits, without '+'");
        prefixes.push_back(prefix);
    }
    return prefixes;
}

inline void check_delays(const retry_policy& p, const std::string& field_prefix, const place& at) {
    if (p.max_elapsed_ms != 0 && p.max_elapsed_ms < p.min_delay_ms)
        at.fail(field_prefix + "max_elapsed_ms", std::to_string(p.max_elapsed_ms) + " is below min_delay_ms " +
                                                     std::to_string(p.min_delay_ms) + ": no retry could ever happen");
    if (p.kind == retry_kind::never || p.kind == retry_kind::after_fix) {
        if (p.max_attempts != 1) at.fail(field_prefix + "max_attempts", "must be 1 for a kind that never retries");
        if (p.min_delay_ms != 0) at.fail(field_prefix + "min_delay_ms", "must be 0 for a kind that never retries");
        if (p.repeat_min_delay_ms != 0)
            at.fail(field_prefix + "repeat_min_delay_ms", "must be 0 for a kind that never retries");
        return;
    }
    if (p.repeat_min_delay_ms != 0) {
        // A repeat waits at least as long as a first failure, and must still fit the deadline.
        if (p.repeat_min_delay_ms < p.min_delay_ms)
            at.fail(field_prefix + "repeat_min_delay_ms",
                    std::to_string(p.repeat_min_delay_ms) + " is below min_delay_ms " + std::to_string(p.min_delay_ms));
        if (p.repeat_min_delay_ms > p.max_delay_ms)
            at.fail(field_prefix + "repeat_min_delay_ms",
                    std::to_string(p.repeat_min_delay_ms) + " is above max_delay_ms " + std::to_string(p.max_delay_ms));
        if (p.max_elapsed_ms != 0 && p.max_elapsed_ms < p.repeat_min_delay_ms)
            at.fail(field_prefix + "max_elapsed_ms",
                    std::to_string(p.max_elapsed_ms) + " is below repeat_min_delay_ms " +
                        std::to_string(p.repeat_min_delay_ms) + ": no repeat could ever be retried");
    }
    if (p.min_delay_ms > p.max_delay_ms)
        at.fail(field_prefix + "min_delay_ms",
                std::to_string(p.min_delay_ms) + " is above max_delay_ms " + std::to_string(p.max_delay_ms));
    if (p.initial_delay_ms < 1)
        at.fail(field_prefix + "initial_delay_ms", "must be at least 1 for a kind that retries");
    if (p.max_delay_ms < p.initial_delay_ms)
        at.fail(field_prefix + "max_delay_ms",
                std::to_string(p.max_delay_ms) + " is below initial_delay_ms " + std::to_string(p.initial_delay_ms));
    if (p.max_attempts < 2) at.fail(field_prefix + "max_attempts", "must be at least 2 for a kind that retries");
}

// Reads the delay parameters present in `object` into `policy`; all are required when
// `complete` (the defaults), optional otherwise (an entry's overrides).
inline void read_delays(const json& object, retry_policy& policy, bool complete, const std::string& field_prefix,
                        const place& at) {
    auto get = [&](const char* name) -> const json* {
        const auto it = object.find(name);
        if (it != object.end()) return &*it;
        if (complete) at.fail(field_prefix + name, "missing");
        return nullptr;
    };
    if (const json* v = get("initial_delay_ms"))
        policy.initial_delay_ms = read_integer(*v, field_prefix + "initial_delay_ms", 0, max_delay_ms, at);
    if (const json* v = get("max_delay_ms"))
        policy.max_delay_ms = read_integer(*v, field_prefix + "max_delay_ms", 0, max_delay_ms, at);
    if (const json* v = get("max_attempts"))
        policy.max_attempts =
            static_cast<unsigned>(read_integer(*v, field_prefix + "max_attempts", 1, max_attempts, at));
    if (const json* v = get("min_delay_ms"))
        policy.min_delay_ms = read_integer(*v, field_prefix + "min_delay_ms", 0, max_delay_ms, at);
    if (const auto it = object.find("repeat_min_delay_ms"); it != object.end())  // optional, also in defaults
        policy.repeat_min_delay_ms = read_integer(*it, field_prefix + "repeat_min_delay_ms", 0, max_delay_ms, at);
    if (const json* v = get("max_elapsed_ms"))
        policy.max_elapsed_ms = read_integer(*v, field_prefix + "max_elapsed_ms", 0, max_elapsed_ms, at);
    if (const auto it = object.find("outcome"); it != object.end())
        policy.outcome = read_enum<retry_outcome>(object, "outcome", at, field_prefix + "outcome");
    else if (complete)
        at.fail(field_prefix + "outcome", "missing");
    if (const json* v = get("multiplier")) {
        if (!v->is_number())
            at.fail(field_prefix + "multiplier", std::string("expected a number, got ") + type_name(*v));
        const double m = v->get<double>();
        if (!std::isfinite(m) || m < 1.0 || m > 100.0)
            at.fail(field_prefix + "multiplier", v->dump() + " is out of range 1..100");
        policy.multiplier = m;
    }
}

using defaults_table = std::map<retry_kind, retry_policy>;

inline defaults_table read_retry_defaults(const json& root, const std::string& file) {
    const place top{file, ""};
    const json& table = required(root, "retry_defaults", top);
    if (!table.is_object()) top.fail("retry_defaults", std::string("expected an object, got ") + type_name(table));
    defaults_table defaults;
    for (std::string_view kind_name : ::wa_errors::detail::enum_names<retry_kind>::names) {
        const std::string name(kind_name);
        const auto it = table.find(name);
        if (it == table.end()) top.fail("retry_defaults." + name, "missing");
        const place at{file, "retry_defaults." + name};
        if (!it->is_object()) at.fail("", std::string("expected an object, got ") + type_name(*it));
        reject_unknown_fields(*it,
                              {"initial_delay_ms", "max_delay_ms", "multiplier", "max_attempts", "min_delay_ms",
                               "repeat_min_delay_ms", "max_elapsed_ms", "outcome"},
                              at);
        retry_policy policy{};
        policy.kind = *from_string<retry_kind>(name);
        read_delays(*it, policy, true, "", at);
        check_delays(policy, "", at);
        defaults[policy.kind] = policy;
    }
    for (const auto& item : table.items()) {
        if (!from_string<retry_kind>(item.key())) top.fail("retry_defaults." + item.key(), "unknown retry kind");
    }
    return defaults;
}

inline retry_policy read_retry(const json& object, const defaults_table& defaults, const place& at) {
    const json& value = required(object, "retry", at);
    if (!value.is_object()) at.fail("retry", std::string("expected an object, got ") + type_name(value));
    reject_unknown_fields(value,
                          {"kind", "scope", "initial_delay_ms", "max_delay_ms", "multiplier", "max_attempts",
                           "min_delay_ms", "repeat_min_delay_ms", "max_elapsed_ms", "outcome"},
                          at, "retry.");
    const auto kind = read_enum<retry_kind>(value, "kind", at, "retry.kind");
    retry_policy policy = defaults.at(kind);
    policy.scope = read_enum<retry_scope>(value, "scope", at, "retry.scope");
    if (kind == retry_kind::never || kind == retry_kind::after_fix) {
        for (const char* name : {"initial_delay_ms", "max_delay_ms", "multiplier", "max_attempts", "min_delay_ms",
                                 "repeat_min_delay_ms"}) {
            if (value.contains(name))
                at.fail(std::string("retry.") + name, "a kind that never retries takes no delays");
        }
    }
    read_delays(value, policy, false, "retry.", at);
    check_delays(policy, "retry.", at);
    return policy;
}

// "hold": {"scope", "traffic", "lifts"}, every field optional. Defaults: the retry scope, every
// message send, and what ends a failure of the kind (a person for never/after_fix, time for the
// kinds that retry). A hold scoped `request` holds nothing.
inline hold_policy read_hold(const json& object, const retry_policy& retry, const place& at) {
    hold_policy hold{
        retry.scope, traffic::messages,
        retry.kind == retry_kind::never || retry.kind == retry_kind::after_fix ? hold_lifts::fix : hold_lifts::time};
    const auto it = object.find("hold");
    if (it == object.end()) return hold;
    const json& value = *it;
    if (!value.is_object()) at.fail("hold", std::string("expected an object, got ") + type_name(value));
    reject_unknown_fields(value, {"scope", "traffic", "lifts"}, at, "hold.");
    if (value.contains("scope")) hold.scope = read_enum<retry_scope>(value, "scope", at, "hold.scope");
    if (value.contains("traffic")) hold.traffic = read_enum<traffic>(value, "traffic", at, "hold.traffic");
    if (value.contains("lifts")) hold.lifts = read_enum<hold_lifts>(value, "lifts", at, "hold.lifts");
    if (hold.scope == retry_scope::request) return hold;
    // A time-lifted hold lasts the decision's wait; a kind that never retries has none.
    if (hold.lifts == hold_lifts::time && (retry.kind == retry_kind::never || retry.kind == retry_kind::after_fix))
        at.fail("hold.lifts",
                "\"time\" needs a wait, and a kind that never retries has none (use fix, inbound or "
                "opt_in)");
    // Only a user writes to the business or opts in: those end holds of one business-user pair.
    if ((hold.lifts == hold_lifts::inbound || hold.lifts == hold_lifts::opt_in) && hold.scope != retry_scope::recipient)
        at.fail("hold.lifts", "\"" + std::string(to_string(hold.lifts)) +
                                  R"(" ends a hold of one user: it needs hold.scope "recipient")");
    return hold;
}

inline bool id_has_valid_form(const std::string& id, source src) {
    const std::string prefix = std::string(to_string(src)) + ".";
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok) return false;
    }
    return true;
}

inline entry read_entry(const json& value, std::size_t index, const defaults_table& defaults, const std::string& file) {
    place at{file, "entries[" + std::to_string(index) + "]"};
    if (!value.is_object()) at.fail("", std::string("expected an object, got ") + type_name(value));
    entry e;
    e.id = read_text(required(value, "id", at), "id", at);
    at.where += " (" + e.id + ")";
    reject_unknown_fields(
        value,
        {"id", "source", "code", "code_max", "subcode", "match", "title", "description", "http_status", "category",
         "retry", "hold", "action", "remediation", "docs", "ordinal", "transport", "recipient_prefix", "notes"},
        at);
    e.source = read_enum<source>(value, "source", at);
    if (!id_has_valid_form(e.id, e.source))
        at.fail("id", "must start with \"" + std::string(to_string(e.source)) +
                          ".\" and use only a-z, 0-9, '_', '.' and '-'");

    const json& code = required(value, "code", at);
    if (!code.is_null()) e.code = read_integer(code, "code", 0, max_code, at);
    if (const auto it = value.find("code_max"); it != value.end()) {
        if (!e.code) at.fail("code_max", "needs a code");
        e.code_max = read_integer(*it, "code_max", *e.code + 1, max_code, at);
    }
    if (const auto it = value.find("subcode"); it != value.end()) {
        if (!e.code) at.fail("subcode", "needs a code");
        if (e.code_max) at.fail("subcode", "an entry for a subcode covers one code, not a range");
        e.subcode = read_integer(*it, "subcode", 0, max_code, at);
    }
    if (const auto it = value.find("match"); it != value.end()) e.match = read_match(*it, at);
    if (const auto it = value.find("recipient_prefix"); it != value.end()) {
        if (!e.code) at.fail("recipient_prefix", "needs a code: only Meta's errors depend on the recipient");
        e.recipient_prefix = read_recipient_prefix(*it, at);
    }

    switch (e.source) {
        case source::meta:
            if (!e.code) at.fail("code", "a meta entry needs a code");
            break;
        case source::dialog360:
            if (e.code) at.fail("code", "must be null for a 360dialog entry (their errors carry no code)");
            if (e.match.empty()) at.fail("match", "missing: a 360dialog entry is recognised by its text");
            break;
        case source::generic:
            if (e.code) at.fail("code", "must be null for a generic entry (it is chosen by HTTP status)");
            if (!e.match.empty()) at.fail("match", "a generic entry is chosen by HTTP status, not by text");
            break;
    }

    e.title = read_text(required(value, "title", at), "title", at);
    e.description = read_text(required(value, "description", at), "description", at);
    e.remediation = read_text(required(value, "remediation", at), "remediation", at);
    e.docs = read_text(required(value, "docs", at), "docs", at);
    if (e.docs.compare(0, 8, "https://") != 0) at.fail("docs", "must be an https:// URL");
    const long long status = read_integer(required(value, "http_status", at), "http_status", 0, 599, at);
    if (status != 0 && status < 100)
        at.fail("http_status", std::to_string(status) + " must be 0 (none documented) or 100..599");
    e.http_status = static_cast<int>(status);
    e.category = read_enum<category>(value, "category", at);
    e.action = read_enum<action>(value, "action", at);
    e.retry = read_retry(value, defaults, at);
    e.hold = read_hold(value, e.retry, at);

    const auto ordinal = value.find("ordinal");
    if (e.source == source::dialog360) {
        if (ordinal == value.end()) at.fail("ordinal", "missing: every 360dialog entry needs a stable ordinal");
        e.ordinal = static_cast<int>(read_integer(*ordinal, "ordinal", 1, 65535, at));
    } else if (ordinal != value.end()) {
        at.fail("ordinal", "only 360dialog entries take an ordinal");
    }
    if (value.contains("transport")) {
        if (e.source != source::generic || e.http_status != 0)
            at.fail("transport", "only a generic entry with http_status 0 stands for a transport failure");
        e.transport = read_enum<transport_failure>(value, "transport", at);
        if (e.transport == transport_failure::none) at.fail("transport", "\"none\" is not a transport failure");
    }
    if (const auto notes = value.find("notes"); notes != value.end()) read_text(*notes, "notes", at);
    return e;
}

inline double read_positive(const json& object, const char* name, double high, const place& at) {
    const auto it = object.find(name);
    if (it == object.end()) at.fail(name, "missing");
    if (!it->is_number()) at.fail(name, std::string("expected a number, got ") + type_name(*it));
    const double value = it->get<double>();
    if (!std::isfinite(value) || value <= 0.0 || value > high)
        at.fail(name, it->dump() + " is out of range (0.." + std::to_string(static_cast<long long>(high)) + "]");
    return value;
}

// "limits": {"<scope>": {"messages": N, "seconds": S, "burst": B, "max_messages": M?, "docs", "notes"?}}
inline std::vector<limit> read_limits(const json& root, const std::string& file) {
    const place top{file, ""};
    const json& table = required(root, "limits", top);
    if (!table.is_object()) top.fail("limits", std::string("expected an object, got ") + type_name(table));
    std::vector<limit> limits{};
    for (const auto& item : table.items()) {
        const place at{file, "limits." + item.key()};
        const auto scope = from_string<retry_scope>(item.key());
        if (!scope || *scope == retry_scope::request)
            top.fail("limits." + item.key(), "not a scope that can be paced (phone_number, recipient, account)");
        const json& value = item.value();
        if (!value.is_object()) at.fail("", std::string("expected an object, got ") + type_name(value));
        reject_unknown_fields(value, {"messages", "seconds", "burst", "max_messages", "docs", "notes"}, at);
        limit limit;
        limit.scope = *scope;
        const double seconds = read_positive(value, "seconds", 86400.0, at);
        limit.per_second = read_positive(value, "messages", 1e6, at) / seconds;
        limit.burst = read_positive(value, "burst", 1e6, at);
        if (value.contains("max_messages")) {
            limit.max_per_second = read_positive(value, "max_messages", 1e6, at) / seconds;
            if (limit.max_per_second < limit.per_second) at.fail("max_messages", "is below messages");
        }
        limit.docs = read_text(required(value, "docs", at), "docs", at);
        if (limit.docs.compare(0, 8, "https://") != 0) at.fail("docs", "must be an https:// URL");
        if (const auto notes = value.find("notes"); notes != value.end()) read_text(*notes, "notes", at);
        limits.push_back(limit);
    }
    return limits;
}

inline std::string label(const std::vector<entry>& entries, std::size_t i) {
    return "entries[" + std::to_string(i) + "] (" + entries[i].id + ")";
}

// Two entries for one key (a code, a code and subcode, or a code inside a range) need a
// condition to tell them apart, and ranges must not overlap. Sorted and grouped rather than
// compared pairwise, so that a catalog of tens of thousands of entries is checked quickly.
inline void check_codes(const std::vector<entry>& entries, const std::string& file) {
    auto same_key = [&](std::size_t a, std::size_t b) {
        const std::size_t later = std::max(a, b);
        const entry& e = entries[later];
        place{file, label(entries, later)}.fail(
            e.subcode ? "subcode" : "code", "covers the same " + std::string(e.subcode ? "code and subcode" : "code") +
                                                " as " + label(entries, std::min(a, b)) +
                                                R"( and neither has "match" or "recipient_prefix")");
    };
    std::vector<std::size_t> ranges{};
    std::map<std::pair<long long, long long>, std::size_t> unconditioned{};  // (code, subcode or -1)
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const entry& e = entries[i];
        if (!e.code) continue;
        if (e.code_max) {
            ranges.push_back(i);
            continue;
        }
        if (e.has_condition()) continue;
        const auto [it, added] = unconditioned.emplace(std::make_pair(*e.code, e.subcode ? *e.subcode : -1), i);
        if (!added) same_key(it->second, i);
    }
    std::sort(ranges.begin(), ranges.end(), [&](std::size_t a, std::size_t b) {
        return std::make_pair(*entries[a].code, a) < std::make_pair(*entries[b].code, b);
    });
    for (std::size_t k = 1; k < ranges.size(); ++k) {
        const std::size_t a = ranges[k - 1];
        const std::size_t b = ranges[k];
        if (entries[b].code.value() > entries[a].last_code()) continue;
        const std::size_t later = std::max(a, b);
        const entry& e = entries[later];
        place{file, label(entries, later)}.fail(
            "code_max", "the range " + std::to_string(*e.code) + ".." + std::to_string(e.last_code()) +
                            " overlaps the range of " + label(entries, std::min(a, b)));
    }
    // Ranges are now disjoint: each exact code lies in at most one, found by bisection.
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const entry& e = entries[i];
        if (!e.code || e.code_max || e.subcode) continue;
        auto after = std::upper_bound(ranges.begin(), ranges.end(), *e.code,
                                      [&](long long code, std::size_t r) { return code < *entries[r].code; });
        if (after == ranges.begin()) continue;
        const std::size_t r = *(after - 1);
        if (*e.code <= entries[r].last_code() && !e.has_condition() && !entries[r].has_condition()) same_key(r, i);
    }
}

inline void check_across_entries(const std::vector<entry>& entries, const std::string& file) {
    std::map<std::string, std::size_t> ids{};
    std::map<int, std::size_t> ordinals{};
    std::map<int, std::size_t> generic_statuses{};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const entry& e = entries[i];
        const place at{file, label(entries, i)};
        if (const auto [it, added] = ids.emplace(e.id, i); !added)
            at.fail("id", "duplicate of " + label(entries, it->second));
        if (e.ordinal != 0) {
            if (const auto [it, added] = ordinals.emplace(e.ordinal, i); !added)
                at.fail("ordinal", std::to_string(e.ordinal) + " is already used by " + label(entries, it->second));
        }
        if (e.source == source::generic && e.transport == transport_failure::none) {
            if (const auto [it, added] = generic_statuses.emplace(e.http_status, i); !added)
                at.fail("http_status",
                        std::to_string(e.http_status) + " is already the fallback of " + label(entries, it->second));
        }
    }
    check_codes(entries, file);
    if (generic_statuses.count(0) == 0)
        place{file, ""}.fail("entries", "no generic entry with http_status 0 (the fallback when nothing else applies)");
    for (const auto failure : {transport_failure::not_sent, transport_failure::no_answer}) {
        std::size_t count = 0;
        for (const entry& e : entries) count += e.transport == failure ? 1 : 0;
        if (count != 1)
            place{file, ""}.fail("entries", R"(needs exactly one generic entry with "transport": ")" +
                                                std::string(to_string(failure)) + "\", found " + std::to_string(count));
    }
}

// The document's fields read into a model, every rule checked; throws `invalid`.
inline model from_json(const json& root, const std::string& file) {
    const place top{file, ""};
    if (!root.is_object()) top.fail("", std::string("the catalog must be a JSON object, got ") + type_name(root));
    reject_unknown_fields(root, {"version", "retry_defaults", "limits", "entries"}, top);
    model catalog;
    catalog.version = read_text(required(root, "version", top), "version", top);
    catalog.limits = read_limits(root, file);
    const defaults_table defaults = read_retry_defaults(root, file);
    const json& entries = required(root, "entries", top);
    if (!entries.is_array() || entries.empty()) top.fail("entries", "expected a non-empty array");
    if (entries.size() >= 0xFFFF) top.fail("entries", "too many entries for 16-bit table indexes");
    for (std::size_t i = 0; i < entries.size(); ++i)
        catalog.entries.push_back(read_entry(entries[i], i, defaults, file));
    check_across_entries(catalog.entries, file);
    return catalog;
}

}  // namespace rules
}  // namespace payload::catalog_file
WA_ERRORS_END_NAMESPACE
