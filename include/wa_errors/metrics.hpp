// SPDX-License-Identifier: MIT
// wa_errors::metrics: an observer (observer.hpp) that counts what the library decided, by catalog
// entry, category, action, reason and refusal cause, and writes the counts in Prometheus' text
// exposition format for a /metrics endpoint. Thread-safe: hooks may run on many threads at once
// while another renders. Opt-in: not included by wa_errors.hpp; standard library only.
//
//   wa_errors::metrics counts;
//   settings.watch = &counts;                   // send_policy_settings, redis settings
//   ...
//   http_response(counts.prometheus_text());   // Content-Type: text/plain; version=0.0.4
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "observer.hpp"
#include "retry.hpp"
#include "types.hpp"
#include "version.hpp"

WA_ERRORS_BEGIN_NAMESPACE

namespace detail {

// Counts by a fixed number of label values. A label set seen before is found without
// allocating (the map compares owned keys with the caller's views); a new one is stored once.
template <std::size_t N>
class labelled_counts {
public:
    using labels = std::array<std::string_view, N>;

    void add(const labels& values, std::uint64_t n = 1) {
        auto it = counts_.find(values);
        if (it == counts_.end()) {
            key owned;
            for (std::size_t i = 0; i < N; ++i) owned[i] = std::string(values[i]);
            it = counts_.emplace(std::move(owned), 0).first;
        }
        it->second += n;
    }

    template <class Visit>
    void each(Visit&& visit) const {
        for (const auto& [key_, count] : counts_) {
            labels values;
            for (std::size_t i = 0; i < N; ++i) values[i] = key_[i];
            visit(values, count);
        }
    }

    [[nodiscard]] std::uint64_t count(const labels& values) const {
        const auto it = counts_.find(values);
        return it == counts_.end() ? 0 : it->second;
    }

private:
    using key = std::array<std::string, N>;
    struct order {
        using is_transparent = void;
        template <class A, class B>
        bool operator()(const A& a, const B& b) const noexcept {
            return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                                [](std::string_view x, std::string_view y) { return x < y; });
        }
    };
    std::map<key, std::uint64_t, order> counts_{};
};

// A label value as the exposition format writes it: backslash, double quote and line feed
// escaped (\\, \", \n), everything else as it is.
inline void append_label_value(std::string& out, std::string_view value) {
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

}  // namespace detail

class metrics final : public observer {
public:
    // Label names, in the order each family's labels are given.
    static constexpr std::array<std::string_view, 4> decision_labels{"id", "category", "action", "reason"};
    static constexpr std::array<std::string_view, 3> hold_labels{"id", "scope", "traffic"};
    static constexpr std::array<std::string_view, 3> give_up_labels{"id", "category", "reason"};
    static constexpr std::array<std::string_view, 3> refusal_labels{"cause", "scope", "id"};

    void on_decision(const error_info& e, const retry_decision& d, std::string_view /*number*/) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        decisions_.add({e.id, to_string(e.category), to_string(d.next), to_string(d.reason)});
    }
    void on_hold(const error_info& e, const retry_decision& d, std::string_view /*number*/) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        holds_.add({e.id, to_string(d.hold.scope), to_string(d.hold.traffic)});
    }
    void on_give_up(const error_info& e, const retry_decision& d, std::string_view /*number*/) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        give_ups_.add({e.id, to_string(e.category), to_string(d.reason)});
    }
    // Every send that may go: one atomic increment, no lock.
    void on_granted(std::string_view /*number*/) override { granted_.fetch_add(1, std::memory_order_relaxed); }
    // `id` is empty when pacing refused (no entry caused it).
    void on_refused(refusal_cause cause, retry_scope scope, const error_info* error,
                    std::string_view /*number*/) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        refusals_.add({to_string(cause), to_string(scope), error != nullptr ? error->id : std::string_view{}});
    }
    void on_round_trip(std::chrono::nanoseconds latency, bool answered) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        round_trips_.add({answered ? "true" : "false"});
        round_trip_nanoseconds_ += static_cast<std::uint64_t>(latency.count() > 0 ? latency.count() : 0);
    }
    void on_local_answer(std::string_view why) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        local_answers_.add({why});
    }

    // The counts, for tests and for services that export them some other way.
    [[nodiscard]] std::uint64_t decisions(std::string_view id, std::string_view category, std::string_view next,
                                          std::string_view reason) const {
        const std::lock_guard<std::mutex> lock(mutex_);
        return decisions_.count({id, category, next, reason});
    }
    [[nodiscard]] std::uint64_t granted() const noexcept { return granted_.load(std::memory_order_relaxed); }

    // Every family in the text exposition format (version 0.0.4): a HELP and a TYPE line each,
    // then one sample per label set seen, in a stable order. Families with no sample yet are
    // written with their HELP and TYPE only, so that a scrape always lists them.
    [[nodiscard]] std::string prometheus_text() const {
        std::string out;
        const std::lock_guard<std::mutex> lock(mutex_);
        family(out, "wa_errors_decisions_total",
               "Failed sends decided on, by catalog entry, its category, the action advised and the reason to stop "
               "(none while retrying).",
               decisions_, decision_labels);
        family(out, "wa_errors_holds_total", "Holds that failures put in force, by catalog entry, scope and traffic.",
               holds_, hold_labels);
        family(out, "wa_errors_give_ups_total", "Messages given up on, by catalog entry, its category and the reason.",
               give_ups_, give_up_labels);
        family(out, "wa_errors_refusals_total",
               "Sends that could not go yet, by cause (hold, pacing, breaker), scope and the catalog entry of a "
               "hold (empty for pacing).",
               refusals_, refusal_labels);
        header(out, "wa_errors_grants_total", "Sends that were allowed to go.");
        out += "wa_errors_grants_total " + std::to_string(granted_.load(std::memory_order_relaxed)) + "\n";
        family(out, "wa_errors_redis_round_trips_total", "Commands sent to Redis, by whether an answer came.",
               round_trips_, std::array<std::string_view, 1>{"answered"});
        header(out, "wa_errors_redis_round_trip_seconds_total", "Time spent waiting for Redis, all commands together.");
        out += "wa_errors_redis_round_trip_seconds_total " + seconds(round_trip_nanoseconds_) + "\n";
        family(out, "wa_errors_local_answers_total",
               "Questions answered from the process's local share because Redis could not, by why.", local_answers_,
               std::array<std::string_view, 1>{"why"});
        return out;
    }

private:
    static void header(std::string& out, std::string_view name, std::string_view help) {
        // HELP text escapes backslash and line feed; the texts above have neither.
        out += "# HELP ";
        out += name;
        out += ' ';
        out += help;
        out += "\n# TYPE ";
        out += name;
        out += " counter\n";
    }

    template <std::size_t N>
    static void family(std::string& out, std::string_view name, std::string_view help,
                       const detail::labelled_counts<N>& counts, const std::array<std::string_view, N>& names) {
        header(out, name, help);
        counts.each([&](const typename detail::labelled_counts<N>::labels& values, std::uint64_t count) {
            out += name;
            out += '{';
            for (std::size_t i = 0; i < N; ++i) {
                if (i > 0) out += ',';
                out += names[i];
                out += "=\"";
                detail::append_label_value(out, values[i]);
                out += '"';
            }
            out += "} ";
            out += std::to_string(count);
            out += '\n';
        });
    }

    // Nanoseconds as decimal seconds, exactly (no floating point rounding in a counter).
    static std::string seconds(std::uint64_t nanoseconds) {
        std::string fraction = std::to_string(nanoseconds % 1000000000U);
        fraction.insert(0, 9 - fraction.size(), '0');
        return std::to_string(nanoseconds / 1000000000U) + "." + fraction;
    }

    mutable std::mutex mutex_{};
    detail::labelled_counts<4> decisions_{};
    detail::labelled_counts<3> holds_{};
    detail::labelled_counts<3> give_ups_{};
    detail::labelled_counts<3> refusals_{};
    detail::labelled_counts<1> round_trips_{};
    detail::labelled_counts<1> local_answers_{};
    std::uint64_t round_trip_nanoseconds_ = 0;
    std::atomic<std::uint64_t> granted_{0};
};

WA_ERRORS_END_NAMESPACE
