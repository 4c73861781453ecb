// SPDX-License-Identifier: MIT
// wa_errors::testing: a scenario for the fake endpoint, read from JSON (docs/fake-api.md).
// Needs nlohmann_json. Every problem is a scenario_error naming where it is.
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../version.hpp"
#include "scenario.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

namespace detail {

using json_value = nlohmann::json;

// A value as the message shows it, cut short: a hostile scenario must not flood the terminal.
inline std::string shown(const json_value& v) {
    std::string text = v.dump(-1, ' ', false, json_value::error_handler_t::replace);
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

// A bound as a person writes it: 0, 1.5, 31622400.
inline std::string number_text(double x) {
    if (x == std::floor(x) && std::fabs(x) < 1e15) return std::to_string(static_cast<long long>(x));
    return shown(json_value(x));
}

inline void expect(bool ok, const std::string& where, const char* what, const json_value& v) {
    check(ok, where, std::string("expected ") + what + ", got " + shown(v));
}

inline void only_keys(const json_value& object, const std::string& where, std::initializer_list<const char*> keys) {
    expect(object.is_object(), where, "an object", object);
    for (const auto& item : object.items()) {
        bool known = false;
        std::string list;
        for (const char* key : keys) {
            known = known || item.key() == key;
            list += list.empty() ? key : std::string(", ") + key;
        }
        check(known, where, "unknown key " + quote_key(item.key()) + " (expected one of: " + list + ")");
    }
}

inline std::string text_of(const json_value& v, const std::string& where) {
    expect(v.is_string(), where, "a string", v);
    return v.get<std::string>();
}

inline double number_of(const json_value& v, const std::string& where, double low, double high) {
    expect(v.is_number(), where, "a number", v);
    const double x = v.get<double>();
    check(std::isfinite(x) && x >= low && x <= high, where,
          "must be between " + number_text(low) + " and " + number_text(high) + ", got " + shown(v));
    return x;
}

// Seconds in a scenario are at most a year: enough for Meta's longest wait (days), small
// enough that milliseconds never overflow.
inline constexpr double longest_seconds = 366.0 * 24 * 3600;

inline sim_time millis_of_seconds(const json_value& v, const std::string& where) {
    return sim_time(std::llround(number_of(v, where, 0, longest_seconds) * 1000.0));
}

inline sim_time millis_of(const json_value& v, const std::string& where) {
    return sim_time(std::llround(number_of(v, where, 0, longest_seconds * 1000.0)));
}

inline const error_info& entry_of(const json_value& v, const std::string& where) {
    const std::string id = text_of(v, where);
    const error_info* e = find(std::string_view(id));
    check(e != nullptr, where, "unknown catalog id " + quote_key(id));
    return *e;
}

inline step step_of(const json_value& v, const std::string& where) {
    if (v.is_string()) {
        const std::string word = v.get<std::string>();
        if (word == "ok") return step::ok();
        if (word == "drop") return step::drop();
        if (word == "lose_response") return step::lose_response();
        if (word == "timeout") return step::timeout();
        const error_info& e = entry_of(v, where);
        // The catalog's two "no answer" entries are the transport steps under another name.
        if (&e == &transport_entry(transport_failure::not_sent)) return step::drop();
        if (&e == &transport_entry(transport_failure::no_answer)) return step::timeout();
        return step::answer(e);
    }
    expect(v.is_object(), where, R"("ok", "drop", "lose_response", "timeout", a catalog id or an object)", v);
    if (v.contains("accept_then_fail")) {
        only_keys(v, where, {"accept_then_fail"});
        return step::accept_then_fail(entry_of(v["accept_then_fail"], where + ".accept_then_fail"));
    }
    only_keys(v, where, {"error", "retry_after_s", "accepted"});
    check(v.contains("error"), where, R"(an object step needs "error" or "accept_then_fail")");
    step s = step::answer(entry_of(v["error"], where + ".error"));
    if (v.contains("retry_after_s"))
        s.retry_after = std::chrono::seconds(
            std::llround(number_of(v["retry_after_s"], where + ".retry_after_s", 0, longest_seconds)));
    if (v.contains("accepted")) {
        expect(v["accepted"].is_boolean(), where + ".accepted", "true or false", v["accepted"]);
        s.accepted = v["accepted"].get<bool>();
    }
    return s;
}

inline std::optional<bucket_rate> rate_of(const json_value& v, const std::string& where) {
    if (v.is_null()) return std::nullopt;  // this limit is off
    only_keys(v, where, {"messages", "seconds", "burst"});
    for (const char* key : {"messages", "seconds", "burst"})
        check(v.contains(key), where, std::string("needs \"") + key + "\"");
    const double messages = number_of(v["messages"], where + ".messages", 0, 1e9);
    const double seconds = number_of(v["seconds"], where + ".seconds", 0, longest_seconds);
    check(messages > 0 && seconds > 0, where, "needs messages > 0 and seconds > 0");
    return bucket_rate{messages / seconds, number_of(v["burst"], where + ".burst", 1, 1e9)};
}

inline void read_recipients(const json_value& v, scenario& s) {
    expect(v.is_object(), "recipients", "an object of number: [steps]", v);
    for (const auto& item : v.items()) {
        const std::string where = "recipients[" + quote_key(item.key()) + "]";
        expect(item.value().is_array(), where, "an array of steps", item.value());
        std::vector<step>& steps = s.recipients[item.key()];
        for (std::size_t i = 0; i < item.value().size(); ++i)
            steps.push_back(step_of(item.value()[i], where + "[" + std::to_string(i) + "]"));
    }
}

inline void read_outages(const json_value& v, scenario& s) {
    expect(v.is_array(), "outages", "an array", v);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string where = "outages[" + std::to_string(i) + "]";
        const json_value& o = v[i];
        only_keys(o, where, {"from_s", "to_s", "status", "retry_after_s", "error"});
        check(o.contains("from_s") && o.contains("to_s"), where, R"(needs "from_s" and "to_s")");
        outage out;
        out.from = millis_of_seconds(o["from_s"], where + ".from_s");
        out.to = millis_of_seconds(o["to_s"], where + ".to_s");
        if (o.contains("error")) {
            out.error = &entry_of(o["error"], where + ".error");
            out.status = answer_status(*out.error);
        }
        if (o.contains("status")) out.status = static_cast<int>(number_of(o["status"], where + ".status", 400, 599));
        if (o.contains("retry_after_s"))
            out.retry_after = std::chrono::seconds(
                std::llround(number_of(o["retry_after_s"], where + ".retry_after_s", 0, longest_seconds)));
        s.outages.push_back(out);
    }
}

inline void read_faults(const json_value& v, fault_rates& f) {
    only_keys(v, "faults",
              {"capped_recipients", "transient", "gateway_503", "accepted_before_503", "not_sent", "no_answer",
               "accepted_before_no_answer"});
    const std::pair<const char*, double*> fields[] = {{"capped_recipients", &f.capped_recipients},
                                                      {"transient", &f.transient},
                                                      {"gateway_503", &f.gateway_503},
                                                      {"accepted_before_503", &f.accepted_before_503},
                                                      {"not_sent", &f.not_sent},
                                                      {"no_answer", &f.no_answer},
                                                      {"accepted_before_no_answer", &f.accepted_before_no_answer}};
    for (const auto& [key, field] : fields)
        if (v.contains(key)) *field = number_of(v[key], std::string("faults.") + key, 0, 1);
}

inline void read_webhooks(const json_value& v, webhook_options& w) {
    only_keys(v, "webhooks", {"statuses", "delay_ms"});
    if (v.contains("statuses")) {
        const json_value& list = v["statuses"];
        expect(list.is_array(), "webhooks.statuses", R"(an array of "sent", "delivered", "read")", list);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string where = "webhooks.statuses[" + std::to_string(i) + "]";
            const std::string name = text_of(list[i], where);
            if (name == "sent")
                w.sent = true;
            else if (name == "delivered")
                w.delivered = true;
            else if (name == "read")
                w.read = true;
            else
                check(false, where, R"(expected "sent", "delivered" or "read", got )" + quote_key(name));
        }
    }
    if (v.contains("delay_ms")) w.delay = millis_of(v["delay_ms"], "webhooks.delay_ms");
}

inline void read_latency(const json_value& v, latency_range& l) {
    if (v.is_number()) {
        l.min = l.max = millis_of(v, "latency_ms");
        return;
    }
    only_keys(v, "latency_ms", {"min", "max"});
    check(v.contains("min") && v.contains("max"), "latency_ms", R"(needs "min" and "max" (or one number))");
    l.min = millis_of(v["min"], "latency_ms.min");
    l.max = millis_of(v["max"], "latency_ms.max");
}

}  // namespace detail

// Reads a scenario (docs/fake-api.md). Throws scenario_error for text that is not JSON, an
// unknown key, a value of the wrong type or range, an unknown catalog id or a step the flavour
// cannot play, with a message that names where: recipients["+15551234567"][2]: ...
[[nodiscard]] inline scenario parse_scenario(std::string_view text) {
    using detail::json_value;
    json_value root = json_value::parse(text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        // Parse again with exceptions on, only to get nlohmann's line and column.
        try {
            root = json_value::parse(text);
        } catch (const json_value::exception& e) {
            throw scenario_error(std::string("scenario is not valid JSON: ") + e.what());
        }
    }
    detail::only_keys(root, "scenario",
                      {"flavour", "token", "api_key", "seed", "recipients", "outages", "latency_ms", "limits", "faults",
                       "webhooks", "phone_number_id", "display_phone_number", "business_account_id"});
    scenario s;
    if (root.contains("flavour")) {
        const std::string name = detail::text_of(root["flavour"], "flavour");
        detail::check(name == "meta" || name == "360dialog", "flavour",
                      R"(expected "meta" or "360dialog", got )" + detail::quote_key(name));
        s.flavour = name == "meta" ? api_flavour::meta : api_flavour::dialog360;
    }
    if (root.contains("token")) s.token = detail::text_of(root["token"], "token");
    if (root.contains("api_key")) s.api_key = detail::text_of(root["api_key"], "api_key");
    if (root.contains("seed")) {
        detail::expect(root["seed"].is_number_unsigned(), "seed", "a whole number >= 0", root["seed"]);
        s.seed = root["seed"].get<std::uint64_t>();
    }
    if (root.contains("recipients")) detail::read_recipients(root["recipients"], s);
    if (root.contains("outages")) detail::read_outages(root["outages"], s);
    if (root.contains("latency_ms")) detail::read_latency(root["latency_ms"], s.latency);
    if (root.contains("limits")) {
        const json_value& l = root["limits"];
        detail::only_keys(l, "limits", {"phone_number", "recipient"});
        if (l.contains("phone_number"))
            s.limits.phone_number = detail::rate_of(l["phone_number"], "limits.phone_number");
        if (l.contains("recipient")) s.limits.recipient = detail::rate_of(l["recipient"], "limits.recipient");
    }
    if (root.contains("faults")) detail::read_faults(root["faults"], s.faults);
    if (root.contains("webhooks")) detail::read_webhooks(root["webhooks"], s.webhooks);
    for (const auto& [key, field] : {std::pair<const char*, std::string*>{"phone_number_id", &s.phone_number_id},
                                     {"display_phone_number", &s.display_phone_number},
                                     {"business_account_id", &s.business_account_id}})
        if (root.contains(key)) *field = detail::text_of(root[key], key);
    validate(s);
    return s;
}

}  // namespace testing
WA_ERRORS_END_NAMESPACE
