// SPDX-License-Identifier: MIT
// wa_errors::testing: a fake WhatsApp Cloud API / 360dialog endpoint on a clock the caller
// controls. It answers as the real ones do, enforces Meta's documented limits, plays a
// scenario's scripted errors and faults, schedules status webhooks, and counts what a sender
// did wrong (duplicates, requests during a documented wait). Deterministic, single-threaded,
// no sleeping: `wa-errors serve` puts it behind HTTP, `wa-errors simulate` drives it directly.
// Needs nlohmann_json. docs/fake-api.md describes its behaviour and the scenario format.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../detail/text.hpp"
#include "../version.hpp"
#include "detail/fake_model.hpp"
#include "fake_wire.hpp"
#include "scenario.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace testing {

struct http_header {
    std::string name{}, value{};
};

struct fake_request {
    std::string method = "POST";
    std::string path{};  // "/v21.0/106540352242922/messages" (Meta), "/messages" (360dialog)
    std::vector<http_header> headers{};
    std::string body{};
};

struct fake_response {
    int status = 0;  // 0 when `transport` says no answer came
    std::vector<http_header> headers{};
    std::string body{};
    transport_failure transport = transport_failure::none;  // not_sent: dropped; no_answer: answer lost
    sim_time latency{0};                                    // when the answer (or the failure) arrives
    // What really happened, for measurements; a client under test must learn it from the above.
    const error_info* error = nullptr;  // the error the fake played (nullptr: success)
    bool accepted = false;              // the message now exists (also when the answer is an error or lost)
    std::string message_id{};           // its wamid when accepted
    bool floor_violation = false;       // the request came during a wait the sender had been told of
};

// One status webhook (entry[].changes[].value.statuses[]), due at `due`.
struct fake_webhook {
    sim_time due{0};
    std::string body{};
    std::string status{};  // sent, delivered, read, failed
    std::string message_id{};
    std::string recipient_id{};
    std::string biz_opaque_callback_data{};
    const error_info* error = nullptr;  // failed only
};

struct fake_stats {
    std::uint64_t requests = 0;    // calls of send()
    std::uint64_t accepted = 0;    // acceptances, also those whose answer was an error or was lost
    std::uint64_t duplicates = 0;  // acceptances of a message already accepted and not failed
    // Requests during a wait the sender had been told of: to a user within 24 h of its 131049
    // cap, to a pair before Meta's 4^X s after a 131056, during a Retry-After...
    std::uint64_t floor_violations = 0;
    std::uint64_t webhooks = 0;                                   // status webhooks scheduled
    std::map<std::string_view, std::uint64_t> errors{};           // answers by catalog id, no-answers included
    std::map<std::string_view, std::uint64_t> failed_statuses{};  // failed-status webhooks by catalog id
    std::map<std::string_view, std::uint64_t> violated{};         // floor violations by the id that set the wait

    [[nodiscard]] std::uint64_t errors_of(std::string_view id) const {
        const auto found = errors.find(id);
        return found == errors.end() ? 0 : found->second;
    }
};

class fake_cloud_api {
public:
    // Throws scenario_error when the scenario cannot be played.
    explicit fake_cloud_api(scenario s = {}) : s_(std::move(s)) {
        validate(s_);
        if (!roles_.complete()) throw scenario_error("the catalog lacks an entry the fake answers with");
        for (const auto& [number, steps] : s_.recipients) scripts_[detail::digits_of(number)] = &steps;
    }

    // The answer to `r`, sent at `now` (non-decreasing from call to call).
    [[nodiscard]] fake_response send(const fake_request& r, sim_time now) { return send(r, parse_body(r.body), now); }
    // The same with `r.body` already read by parse_body(): a server that takes requests on
    // several threads parses each body outside the lock it holds around send().
    [[nodiscard]] fake_response send(const fake_request& r, const nlohmann::json& body, sim_time now);
    // The request body as send() reads it: a discarded value when it is not JSON.
    [[nodiscard]] static nlohmann::json parse_body(std::string_view body) {
        return nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    }
    // Webhooks due by `up_to`, in time order (those due together in the order they were made).
    [[nodiscard]] std::vector<fake_webhook> take_webhooks(sim_time up_to) {
        std::vector<fake_webhook> due;
        auto end = webhooks_.upper_bound(up_to);
        for (auto it = webhooks_.begin(); it != end; ++it) due.push_back(std::move(it->second));
        webhooks_.erase(webhooks_.begin(), end);
        return due;
    }
    [[nodiscard]] std::optional<sim_time> next_webhook_due() const {
        if (webhooks_.empty()) return std::nullopt;
        return webhooks_.begin()->first;
    }
    [[nodiscard]] const fake_stats& stats() const noexcept { return stats_; }
    [[nodiscard]] const scenario& config() const noexcept { return s_; }

private:
    struct context {  // what the fake knows of one request
        sim_time now{0};
        std::string number{}, to{}, wa_id{}, key{}, biz{};
        std::uint64_t key_hash = 0;
        std::uint64_t attempt = 0;
    };
    struct wait {
        sim_time known_from{0}, until{0};
        const error_info* cause = nullptr;
    };
    struct message_state {
        std::uint64_t attempts = 0;
        std::uint64_t live = 0;  // accepted and not failed
    };
    struct recipient_state {
        std::size_t next_step = 0;
        std::optional<sim_time> capped_since{};
    };
    struct pair_state {
        detail::token_bucket bucket{};
        unsigned throttled_in_a_row = 0;  // Meta's X in 4^X
    };

    static const std::string* header(const fake_request& r, std::string_view name) {
        for (const http_header& h : r.headers) {
            if (wa_errors::detail::equal_ignoring_ascii_case(h.name, name)) return &h.value;
        }
        return nullptr;
    }

    // Meta: /v<major>[.<minor>]/<phone_number_id>/messages; 360dialog: /messages.
    std::optional<std::string> number_of(const std::string& path) const {
        if (s_.flavour == api_flavour::dialog360)
            return path == "/messages" ? std::optional(s_.phone_number_id) : std::nullopt;
        static constexpr std::string_view tail = "/messages";
        if (path.size() < 4 || path.compare(0, 2, "/v") != 0 || path.size() <= tail.size() ||
            path.compare(path.size() - tail.size(), tail.size(), tail) != 0)
            return std::nullopt;
        const std::size_t slash = path.find('/', 2);
        const std::string version = path.substr(2, slash - 2);
        bool digits = !version.empty() && version.front() != '.' && version.back() != '.';
        for (char c : version) digits = digits && ((c >= '0' && c <= '9') || c == '.');
        const std::string id = path.substr(slash + 1, path.size() - tail.size() - slash - 1);
        if (!digits || id.empty() || id.find('/') != std::string::npos) return std::nullopt;
        return id;
    }

    bool authorized(const fake_request& r) const {
        if (s_.flavour == api_flavour::dialog360) {
            const std::string* key = header(r, "D360-API-KEY");
            return key != nullptr && !key->empty() && (s_.api_key.empty() || *key == s_.api_key);
        }
        const std::string* auth = header(r, "Authorization");
        static constexpr std::string_view bearer = "Bearer ";
        if (auth == nullptr || auth->size() <= bearer.size() || auth->compare(0, bearer.size(), bearer) != 0)
            return false;
        return s_.token.empty() || auth->compare(bearer.size(), std::string::npos, s_.token) == 0;
    }

    std::string wait_key(retry_scope scope, const context& c) const {
        switch (scope) {
            case retry_scope::request: return "m" + c.key;
            case retry_scope::recipient: return "p" + c.number + '|' + c.wa_id;
            case retry_scope::phone_number: return "n" + c.number;
            case retry_scope::account: break;
        }
        return "a";
    }

    void set_wait(retry_scope scope, const context& c, wait w) {
        wait& slot = waits_[wait_key(scope, c)];
        if (w.until > slot.until) slot = w;
    }

    bool violates_floor(const context& c) {
        for (retry_scope scope :
             {retry_scope::request, retry_scope::recipient, retry_scope::phone_number, retry_scope::account}) {
            const auto found = waits_.find(wait_key(scope, c));
            if (found == waits_.end()) continue;
            const wait& w = found->second;
            if (w.known_from <= c.now && c.now < w.until) {
                ++stats_.floor_violations;
                ++stats_.violated[w.cause->id];
                return true;
            }
        }
        return false;
    }

    sim_time latency_for(std::uint64_t key, std::uint64_t attempt) const {
        const auto spread = static_cast<double>((s_.latency.max - s_.latency.min).count());
        return s_.latency.min + sim_time(static_cast<long long>(
                                    spread * detail::uniform(s_.seed, key, attempt, detail::draw_for::latency)));
    }

    bool happens(double rate, const context& c, detail::draw_for what) const {
        return rate > 0 && detail::uniform(s_.seed, c.key_hash, c.attempt, what) < rate;
    }

    void answer(fake_response& out, const error_info& e, const context& c,
                std::optional<std::chrono::seconds> retry_after, retry_scope wait_scope, int status = 0) {
        out.status = status != 0 ? status : detail::answer_status(e);
        out.body = bodies_.error(e);
        out.error = &e;
        out.headers.push_back({"Content-Type", e.source == source::generic ? "text/html" : "application/json"});
        if (retry_after) out.headers.push_back({"Retry-After", std::to_string(retry_after->count())});
        ++stats_.errors[e.id];
        // The wait the sender has now been told of: the documented floor (Meta's 4^X for a
        // pair counts the pair's throttles in a row), or the server's Retry-After.
        unsigned n = 1;
        if (e.retry.kind == retry_kind::throttle && e.retry.scope == retry_scope::recipient && !c.wa_id.empty())
            n = ++pairs_[c.number + '|' + c.wa_id].throttled_in_a_row;
        double floor_ms = 0;
        if (e.retry.min_delay_ms > 0) {
            auto curve = static_cast<double>(e.retry.initial_delay_ms);
            for (unsigned i = 1; i < n && curve < static_cast<double>(e.retry.max_delay_ms); ++i)
                curve *= e.retry.multiplier;
            if (curve > static_cast<double>(e.retry.max_delay_ms)) curve = static_cast<double>(e.retry.max_delay_ms);
            floor_ms = std::max(static_cast<double>(e.retry.min_delay_ms), curve);
        }
        if (retry_after) floor_ms = std::max(floor_ms, static_cast<double>(retry_after->count()) * 1000.0);
        if (floor_ms > 0)
            set_wait(wait_scope, c, {c.now + out.latency, c.now + sim_time(static_cast<long long>(floor_ms)), &e});
    }

    void no_answer(fake_response& out, transport_failure t) {
        out.transport = t;
        ++stats_.errors[detail::transport_entry(t).id];
    }

    void schedule(sim_time due, std::string_view status, const context& c, const std::string& id, const error_info* e) {
        detail::status_event event{
            status,   id,    c.wa_id,
            c.number, c.biz, s_.start_unix_time + std::chrono::duration_cast<std::chrono::seconds>(due).count(),
            e};
        webhooks_.emplace(due,
                          fake_webhook{due, bodies_.webhook(event, s_), std::string(status), id, c.wa_id, c.biz, e});
        ++stats_.webhooks;
    }

    // The message now exists. `failure`: it will fail, reported by a webhook; its wait starts
    // at `since` (the first capped send for Meta's marketing cap).
    void accept(fake_response& out, const context& c, const error_info* failure = nullptr,
                std::optional<sim_time> since = std::nullopt) {
        ++stats_.accepted;
        message_state& m = messages_[c.key];
        if (failure == nullptr) {
            if (m.live > 0) ++stats_.duplicates;
            ++m.live;
        }
        pairs_[c.number + '|' + c.wa_id].throttled_in_a_row = 0;
        ++ids_;
        const std::uint64_t h = detail::mix(s_.seed ^ ids_);
        char tail[17];
        for (int i = 0; i < 16; ++i) tail[i] = "0123456789ABCDEF"[(h >> (4 * i)) & 0xF];
        tail[16] = '\0';
        out.message_id = "wamid.HBgL" + c.wa_id + "FQIAERgS" + tail;
        out.accepted = true;
        const sim_time step =
            s_.webhooks.delay +
            (happens(s_.webhooks.late_share, c, detail::draw_for::late_webhook) ? s_.webhooks.late_delay : sim_time(0));
        if (failure != nullptr) {
            const sim_time due = c.now + step;
            schedule(due, "failed", c, out.message_id, failure);
            ++stats_.failed_statuses[failure->id];
            set_wait(failure->retry.scope, c,
                     {due, since.value_or(c.now) + sim_time(failure->retry.min_delay_ms), failure});
            return;
        }
        if (s_.webhooks.sent) schedule(c.now + step, "sent", c, out.message_id, nullptr);
        if (s_.webhooks.delivered) schedule(c.now + 2 * step, "delivered", c, out.message_id, nullptr);
        if (s_.webhooks.read) schedule(c.now + 3 * step, "read", c, out.message_id, nullptr);
    }

    void succeed(fake_response& out, const context& c, const error_info* failure = nullptr,
                 std::optional<sim_time> since = std::nullopt) {
        accept(out, c, failure, since);
        out.status = 200;
        out.headers.push_back({"Content-Type", "application/json"});
        out.body = detail::wire_bodies::accepted(c.to, c.wa_id, out.message_id);
    }

    bool play_step(fake_response& out, context& c);
    bool play_limits(fake_response& out, context& c);

    scenario s_;
    detail::roles roles_{};
    detail::wire_bodies bodies_{};
    fake_stats stats_{};
    std::unordered_map<std::string, const std::vector<step>*> scripts_{};  // by digits
    std::unordered_map<std::string, recipient_state> recipients_{};        // by digits
    std::unordered_map<std::string, pair_state> pairs_{};                  // number|digits
    std::unordered_map<std::string, detail::token_bucket> numbers_{};
    std::unordered_map<std::string, message_state> messages_{};
    std::unordered_map<std::string, wait> waits_{};
    std::multimap<sim_time, fake_webhook> webhooks_{};
    std::uint64_t ids_ = 0;
};

}  // namespace testing
WA_ERRORS_END_NAMESPACE

#include "detail/fake_send.hpp"
