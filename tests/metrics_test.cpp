// SPDX-License-Identifier: MIT
// metrics: the observer that counts decisions, holds, give-ups and refusals, and the Prometheus
// text it renders, read back by a parser of the exposition format.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/metrics.hpp>
#include <wa_errors/send_policy.hpp>

#include "catch.hpp"
#include "support/catalog_entry.hpp"

using namespace wa_errors;
using std::chrono::seconds;

namespace {

const send_policy::clock::time_point start(seconds(1000));
constexpr std::string_view number = "106540352242922";
constexpr std::string_view user = "15550001";

struct sample {
    std::string name;
    std::map<std::string, std::string> labels;
    std::string value;
};

struct exposition {
    std::vector<sample> samples;
    std::map<std::string, std::string> help;
    std::map<std::string, std::string> type;
};

// A label value up to its closing quote, undoing \\, \" and \n.
std::optional<std::string> unescape(std::string_view text, std::size_t& i) {
    std::string value;
    for (; i < text.size(); ++i) {
        if (text[i] == '"') return value;
        if (text[i] != '\\') {
            value += text[i];
            continue;
        }
        if (++i == text.size()) return std::nullopt;
        if (text[i] == 'n')
            value += '\n';
        else if (text[i] == '\\' || text[i] == '"')
            value += text[i];
        else
            return std::nullopt;
    }
    return std::nullopt;
}

bool is_name_char(char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (!first && c >= '0' && c <= '9');
}

// The text exposition format, strictly: a line is a comment (HELP or TYPE), or a sample whose
// family's HELP and TYPE came before it. Any other line fails the test.
exposition parse(const std::string& text) {
    exposition parsed;
    REQUIRE(!text.empty());
    REQUIRE(text.back() == '\n');
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        INFO(line);
        if (line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0) {
            const std::string rest = line.substr(7);
            const auto space = rest.find(' ');
            REQUIRE(space != std::string::npos);
            (line[2] == 'H' ? parsed.help : parsed.type)[rest.substr(0, space)] = rest.substr(space + 1);
            continue;
        }
        sample s;
        std::size_t i = 0;
        while (i < line.size() && is_name_char(line[i], i == 0)) s.name += line[i++];
        REQUIRE(!s.name.empty());
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (i < line.size() && line[i] != '}') {
                std::string label;
                while (i < line.size() && is_name_char(line[i], label.empty())) label += line[i++];
                REQUIRE(!label.empty());
                REQUIRE(line.compare(i, 2, "=\"") == 0);
                i += 2;
                const auto value = unescape(line, i);
                REQUIRE(value);
                ++i;  // the closing quote
                s.labels[label] = *value;
                if (i < line.size() && line[i] == ',') ++i;
            }
            REQUIRE(i < line.size());
            ++i;  // '}'
        }
        REQUIRE(i < line.size());
        REQUIRE(line[i] == ' ');
        s.value = line.substr(i + 1);
        REQUIRE(s.value.find_first_not_of("0123456789.") == std::string::npos);
        REQUIRE(parsed.help.count(s.name) == 1);
        REQUIRE(parsed.type[s.name] == "counter");
        parsed.samples.push_back(s);
    }
    return parsed;
}

std::optional<std::string> value_of(const exposition& e, std::string_view name,
                                    const std::map<std::string, std::string>& labels) {
    for (const sample& s : e.samples)
        if (s.name == name && s.labels == labels) return s.value;
    return std::nullopt;
}

using wa_errors_test::entry;

}  // namespace

TEST_CASE("a failure is counted as a decision, a hold and a give-up by entry, category, action and reason") {
    metrics counts;
    send_policy_settings s;
    s.watch = &counts;
    send_policy policy(s);
    message_retry_state m;
    const error_info& e = entry("meta.131047");
    REQUIRE(policy.before_send(send_kind::free_form, number, user, start).go);
    const auto plan = policy.on_failure(m, e, server_hint::none(), number, user, start, 0.5);
    REQUIRE_FALSE(plan.decision.retry);
    REQUIRE_FALSE(policy.before_send(send_kind::free_form, number, user, start).go);

    const exposition text = parse(counts.prometheus_text());
    const std::string id(e.id);
    CHECK(value_of(text, "wa_errors_decisions_total",
                   {{"id", id},
                    {"category", std::string(to_string(e.category))},
                    {"action", std::string(to_string(plan.decision.next))},
                    {"reason", std::string(to_string(plan.decision.reason))}}) == "1");
    CHECK(value_of(text, "wa_errors_holds_total",
                   {{"id", id},
                    {"scope", std::string(to_string(plan.decision.hold.scope))},
                    {"traffic", std::string(to_string(plan.decision.hold.traffic))}}) == "1");
    CHECK(value_of(text, "wa_errors_give_ups_total",
                   {{"id", id},
                    {"category", std::string(to_string(e.category))},
                    {"reason", std::string(to_string(plan.decision.reason))}}) == "1");
    CHECK(value_of(text, "wa_errors_refusals_total",
                   {{"cause", "hold"}, {"scope", std::string(to_string(plan.decision.hold.scope))}, {"id", id}}) ==
          "1");
    CHECK(value_of(text, "wa_errors_grants_total", {}) == "1");
}

TEST_CASE("a refusal by pacing is counted without an entry") {
    metrics counts;
    counts.on_refused(refusal_cause::pacing, retry_scope::phone_number, nullptr, number);
    const exposition text = parse(counts.prometheus_text());
    CHECK(value_of(text, "wa_errors_refusals_total", {{"cause", "pacing"}, {"scope", "phone_number"}, {"id", ""}}) ==
          "1");
}

TEST_CASE("every family is announced with HELP and TYPE even before anything was counted") {
    const metrics counts;
    const exposition text = parse(counts.prometheus_text());
    for (const char* family :
         {"wa_errors_decisions_total", "wa_errors_holds_total", "wa_errors_give_ups_total", "wa_errors_refusals_total",
          "wa_errors_grants_total", "wa_errors_redis_round_trips_total", "wa_errors_redis_round_trip_seconds_total",
          "wa_errors_local_answers_total"}) {
        INFO(family);
        CHECK(text.help.count(family) == 1);
        CHECK(text.type.count(family) == 1);
    }
    CHECK(value_of(text, "wa_errors_grants_total", {}) == "0");
}

TEST_CASE("label values are escaped as the exposition format requires and read back unchanged") {
    metrics counts;
    const std::string why = "a \"quoted\" \\ reason\non two lines";
    counts.on_local_answer(why);
    const std::string rendered = counts.prometheus_text();
    CHECK(rendered.find("why=\"a \\\"quoted\\\" \\\\ reason\\non two lines\"") != std::string::npos);
    CHECK(value_of(parse(rendered), "wa_errors_local_answers_total", {{"why", why}}) == "1");
}

TEST_CASE("the time spent on Redis is written in seconds without rounding") {
    metrics counts;
    counts.on_round_trip(std::chrono::milliseconds(1500), true);
    counts.on_round_trip(std::chrono::nanoseconds(7), false);
    const exposition text = parse(counts.prometheus_text());
    CHECK(value_of(text, "wa_errors_redis_round_trip_seconds_total", {}) == "1.500000007");
    CHECK(value_of(text, "wa_errors_redis_round_trips_total", {{"answered", "true"}}) == "1");
    CHECK(value_of(text, "wa_errors_redis_round_trips_total", {{"answered", "false"}}) == "1");
}

TEST_CASE("counts from many threads at once add up while another thread renders") {
    metrics counts;
    constexpr int threads = 4;
    constexpr int per_thread = 2000;
    const error_info& e = entry("meta.131056");
    retry_decision d;
    d.reason = stop_reason::none;
    d.next = e.action;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = 0; i < per_thread; ++i) {
                counts.on_granted(number);
                counts.on_decision(e, d, number);
            }
        });
    }
    for (int i = 0; i < 20; ++i) parse(counts.prometheus_text());
    for (std::thread& w : workers) w.join();
    CHECK(counts.granted() == std::uint64_t{threads} * per_thread);
    CHECK(counts.decisions(e.id, to_string(e.category), to_string(d.next), to_string(d.reason)) ==
          std::uint64_t{threads} * per_thread);
}
