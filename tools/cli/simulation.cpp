// SPDX-License-Identifier: MIT
#include "simulation.hpp"
#include "catalog_in_use.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <string_view>
#include <utility>

#include <wa_errors/payload.hpp>
#include <wa_errors/payload/response.hpp>
#include <wa_errors/send_policy.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>

#include "send_loop.hpp"  // examples/: the README's sender loop, which the library's sender runs

namespace wa_errors_cli {

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using wa_errors::testing::sim_time;

constexpr int naive_retries = 5;  // "resend at once, up to 5 times"

// What the sender knows is the README loop's queued_message (its id is its biz_opaque_callback_data).
struct message : wa_errors_examples::queued_message {
    bool product = false;       // a request of another product (a call, a group or template change)
    bool wrongly_held = false;  // a hold stopped it that its cause does not call for
    bool settled = false;       // the sender believes it delivered, or gave up
    bool given_up = false;
    bool warned = false;  // a decision said the last failure may have gone through
    int naive_resends = 0;
    // What really happened (the fake's truth), for the measurements.
    int live_copies = 0;  // accepted and not failed afterwards
    std::optional<sim_time> delivered_at{};
};

struct in_flight {
    sim_time sent{0};
    sim_time arrives{0};
    std::size_t message = 0;
    wa_errors::testing::fake_response response;
};
struct arrives_later {
    bool operator()(const in_flight& a, const in_flight& b) const { return a.arrives > b.arrives; }
};
using due_entry = std::pair<sim_time, std::size_t>;

// send_policy, except that the kindless sender does not tell before_send what it sends, so that
// every hold holds every message.
class simulated_policy : public wa_errors::send_policy {
public:
    explicit simulated_policy(bool kindless) : kindless_(kindless) {}

    [[nodiscard]] slot before_send(wa_errors::send_kind what, std::string_view number, std::string_view recipient,
                                   clock::time_point now) {
        return kindless_ ? send_policy::before_send(number, recipient, now)
                         : send_policy::before_send(what, number, recipient, now);
    }

private:
    bool kindless_;
};

class run {
public:
    run(const simulation_scenario& s, sender_policy policy, std::uint64_t seed)
        : s_(s), policy_(policy), fake_(endpoint_for(s)), rng_(seed ^ 0x5851f42d4c957f2dULL) {
        const int total = s.campaign_recipients + s.hot_recipients * s.hot_messages;
        int products = 0;
        for (const product_requests& p : s.products) products += p.count;
        // Round-robin over the products, so that each kind is spread through the run.
        std::vector<std::pair<wa_errors::send_kind, int>> product_list;  // kind, its request number
        std::vector<int> made(s.products.size(), 0);
        while (static_cast<int>(product_list.size()) < products) {
            for (std::size_t j = 0; j < s.products.size(); ++j)
                if (made[j] < s.products[j].count) product_list.push_back({s.products[j].kind, ++made[j]});
        }
        const int product_stride = products > 0 ? (total + products) / products : 0;
        int campaign = 0;
        int hot = 0;
        std::size_t next_product = 0;
        for (int i = 0, sent = 0; sent < total || next_product < product_list.size(); ++i) {
            message m;
            m.id = "m" + std::to_string(i);
            m.from = s.endpoint.phone_number_id;
            m.kind = s.message_kind;
            if (next_product < product_list.size() && (sent >= total || i % product_stride == product_stride / 2)) {
                m.kind = product_list[next_product].first;
                m.product = true;
                product_number_.push_back(product_list[next_product++].second);
                m.to = "4917" + std::to_string(1000000 + i % (s.campaign_recipients > 0 ? s.campaign_recipients : 1));
            } else {
                // Hot users' messages are spread through the campaign, one in every `stride`.
                const int stride =
                    s.hot_recipients * s.hot_messages > 0 ? total / (s.hot_recipients * s.hot_messages) : 0;
                const bool is_hot = stride > 0 && sent % stride == 0 && hot < s.hot_recipients * s.hot_messages;
                m.to = is_hot ? hot_user(hot++ % s.hot_recipients) : campaign_user(campaign++);
                m.kind = s.message_kind;
                product_number_.push_back(0);
                ++sent;
            }
            messages_.push_back(std::move(m));
            ready_.push({sim_time(0), messages_.size() - 1});
        }
    }

    simulation_result go() {
        while (step()) {
        }
        return result();
    }

    // The README loop's Io (examples/send_loop.hpp).
    void send(message& m, wa_errors_examples::clock_type::time_point) { send_request(m, index_of(m)); }
    void queue(message& m, const wa_errors::send_policy::slot* why) {
        if (why != nullptr) {
            held(m, *why);
            // A number held for every message holds all of them: the sender asks again
            // when it is free, as a dispatcher would, instead of asking once per message.
            const bool every_message = why->paused_by == nullptr || why->traffic == wa_errors::traffic::all ||
                                       why->traffic == wa_errors::traffic::messages;
            if (why->held_by == wa_errors::retry_scope::phone_number && every_message && !m.product)
                number_free_at_ = later(m.due);
        }
        if (m.reconcile) m.warned = true;  // the decision said the failed request may have gone through
        m.settled = false;                 // a failed status webhook can reopen a message
        requeue(m, index_of(m), later(m.due));
    }
    // A hold that no time ends: the message waits for the event that ends it (the user writes; a
    // person fixes what a product error was about, which this run never does).
    void park(message& m, const wa_errors::send_policy::slot& why) {
        held(m, why);
        parked_[m.to].push_back(index_of(m));
    }
    void delivered(message& m, bool) { m.settled = true; }
    void gave_up(message& m, const wa_errors::error_info&, const wa_errors::send_policy::plan&) {
        m.settled = m.given_up = true;
    }
    double jitter() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }

private:
    std::size_t index_of(const message& m) const { return static_cast<std::size_t>(&m - messages_.data()); }

    void held(message& m, const wa_errors::send_policy::slot& why) {
        if (why.paused_by != nullptr && !m.product && !really_blocks(*why.paused_by, m.kind)) m.wrongly_held = true;
    }
    using clock = wa_errors::send_policy::clock;

    static std::string hot_user(int n) { return "4916" + std::to_string(1000000 + n); }
    static std::string campaign_user(int n) { return "4917" + std::to_string(1000000 + n); }

    // The endpoint with the closed windows scripted: those users' first message is answered
    // with the window error.
    static wa_errors::testing::scenario endpoint_for(const simulation_scenario& s) {
        wa_errors::testing::scenario e = s.endpoint;
        const wa_errors::error_info* window = s.window_error.empty() ? nullptr : catalog_in_use().find(s.window_error);
        if (window == nullptr || s.window_closed_every <= 0) return e;
        const std::vector<wa_errors::testing::step> once{wa_errors::testing::step::answer(*window)};
        for (int n = 0; n < s.campaign_recipients; n += s.window_closed_every) e.recipients[campaign_user(n)] = once;
        if (s.hot_recipients > 0) e.recipients[hot_user(0)] = once;
        return e;
    }

    // Whether the scenario's world lets `cause` block a send of `kind`.
    bool really_blocks(const wa_errors::error_info& cause, wa_errors::send_kind kind) const {
        const auto it = s_.blocks.find(std::string(cause.id));
        if (it == s_.blocks.end()) return true;
        return std::find(it->second.begin(), it->second.end(), kind) != it->second.end();
    }

    clock::time_point at(sim_time t) const { return clock::time_point(t); }
    // The simulated millisecond at or after `t`. Rounded up: a pacer's wait of a fraction of a
    // millisecond rounded down would ask again at the same moment, and time would never move.
    sim_time later(clock::time_point t) const {
        return std::max(now_, std::chrono::ceil<sim_time>(t.time_since_epoch()));
    }
    bool step() {
        std::optional<sim_time> next;
        auto consider = [&](std::optional<sim_time> t) {
            if (t && (!next || *t < *next)) next = t;
        };
        if (!flight_.empty()) consider(flight_.top().arrives);
        if (!ready_.empty() && flight_.size() < static_cast<std::size_t>(s_.in_flight))
            consider(std::max(ready_.top().first, number_free_at_));
        consider(fake_.next_webhook_due());
        if (!inbound_.empty()) consider(inbound_.top().first);
        if (!next) return false;
        now_ = std::max(now_, *next);
        if (!inbound_.empty() && inbound_.top().first <= now_) {
            const std::string user = inbound_.top().second;
            inbound_.pop();
            on_inbound(user);
        } else if (const auto due = fake_.next_webhook_due(); due && *due <= now_) {
            for (auto& hook : fake_.take_webhooks(now_)) on_webhook(hook);
        } else if (!flight_.empty() && flight_.top().arrives <= now_) {
            in_flight done = flight_.top();
            flight_.pop();
            on_answer(messages_[done.message], done.response, done.sent);
        } else {
            const std::size_t i = ready_.top().second;
            ready_.pop();
            attempt(messages_[i], i);
        }
        return true;
    }

    void requeue(message& m, std::size_t i, sim_time due) {
        m.due = at(due);
        ready_.push({due, i});
    }

    // The user wrote to the business: the pair's holds that this ends are lifted, and what they
    // held goes again.
    void on_inbound(const std::string& user) {
        if (policy_ != sender_policy::naive) loop_.on_user_message(s_.endpoint.phone_number_id, user);
        const auto parked = parked_.find(user);
        if (parked == parked_.end()) return;
        for (std::size_t i : parked->second) requeue(messages_[i], i, now_);
        parked_.erase(parked);
    }

    void attempt(message& m, std::size_t i) {
        if (m.settled) return;
        if (policy_ == sender_policy::naive) {
            send_request(m, i);
            return;
        }
        loop_.attempt(m, at(now_));
    }

    void send_request(message& m, std::size_t i) {
        if (m.product) {
            answer_product(m, i);
            return;
        }
        // The template a closed window asked for: the user answers it some time later, which
        // opens the window again.
        if (s_.window_closed_every > 0 &&
            !wa_errors::traffic_of(s_.message_kind).contains(wa_errors::traffic::templates) &&
            wa_errors::traffic_of(m.kind).contains(wa_errors::traffic::templates) && answering_.insert(m.to).second)
            inbound_.push({now_ + s_.reply_after, m.to});
        wa_errors::testing::fake_request r;
        r.path = "/v21.0/" + s_.endpoint.phone_number_id + "/messages";
        r.headers.push_back({"Authorization", "Bearer simulated-token"});
        const bool free_form = wa_errors::traffic_of(m.kind).contains(wa_errors::traffic::free_form);
        r.body = R"({"messaging_product":"whatsapp","to":")" + m.to +
                 (free_form ? R"(","type":"text","text":{"body":"hello"})"
                            : R"(","type":"template","template":{"name":"hello","language":{"code":"en"}})") +
                 R"(,"biz_opaque_callback_data":")" + m.id + "\"}";
        auto response = fake_.send(r, now_);
        ++requests_;
        if (response.accepted) accept(m, response.message_id);
        flight_.push({now_, now_ + response.latency, i, std::move(response)});
    }

    // A product request, answered by the scenario's script: the fail_at-th of its kind fails.
    void answer_product(message& m, std::size_t i) {
        ++requests_;
        const int number = product_number_[i];
        const wa_errors::error_info* error = nullptr;
        for (const product_requests& p : s_.products)
            if (p.kind == m.kind && p.fail_at == number) error = catalog_in_use().find(p.error);
        if (error == nullptr) {
            if (policy_ == sender_policy::naive) {
                m.settled = true;
                return;
            }
            loop_.on_answer(m, {}, at(now_), at(now_));
            return;
        }
        ++error_responses_;
        fail(m, *error, {}, now_);
    }

    void accept(message& m, const std::string& wamid) {
        if (m.live_copies > 0 && !m.warned) ++unwarned_duplicates_;
        ++m.live_copies;
        if (!m.delivered_at) m.delivered_at = now_;
        owner_[wamid] = static_cast<std::size_t>(&m - messages_.data());
    }

    void on_answer(message& m, const wa_errors::testing::fake_response& r, sim_time sent) {
        const bool success = r.transport == wa_errors::transport_failure::none && r.status >= 200 && r.status < 300;
        if (success) {
            if (policy_ == sender_policy::naive) {
                m.settled = true;
                return;
            }
            loop_.on_answer(m, {}, at(now_), at(sent));
            return;
        }
        ++error_responses_;
        if (r.transport != wa_errors::transport_failure::none) {
            wa_errors::error_ref ref;
            ref.transport = r.transport;
            fail(m, catalog_in_use().classify(ref), {}, sent);
            return;
        }
        std::vector<wa_errors::payload::header_field> headers;
        for (const auto& h : r.headers) headers.push_back({h.name, h.value});
        wa_errors::payload::response_view view;
        view.status = r.status;
        view.headers = std::move(headers);
        view.body = r.body;
        view.now = std::chrono::system_clock::time_point(seconds(s_.endpoint.start_unix_time)) + now_;
        auto parsed = wa_errors::payload::parse_response(view);
        for (wa_errors::payload::parsed_error& e : parsed.errors) wa_errors::payload::reclassify(e, catalog_in_use());
        const wa_errors::error_info& e = parsed.errors.empty()
                                             ? catalog_in_use().classify(wa_errors::error_ref(r.status))
                                             : *parsed.errors.front().info;
        fail(m, e, parsed.hint, sent);
    }

    void on_webhook(const wa_errors::testing::fake_webhook& hook) {
        const auto owner = owner_.find(hook.message_id);
        if (hook.status == "failed" && owner != owner_.end()) {
            message& truth = messages_[owner->second];
            if (--truth.live_copies == 0) truth.delivered_at.reset();
        }
        // The sender's view: it knows its messages by biz_opaque_callback_data.
        const auto index = message_index(hook.biz_opaque_callback_data);
        if (!index) return;
        message& m = messages_[*index];
        const wa_errors::error_info* error = nullptr;
        if (hook.status == "failed") {
            const auto parsed = wa_errors::payload::parse(hook.body, 0, catalog_in_use());
            if (parsed.errors.empty()) return;
            error = parsed.errors.front().info;
        }
        if (policy_ != sender_policy::naive) {
            loop_.on_status(m, hook.status, error, at(now_));
            return;
        }
        if (error == nullptr) return;
        m.settled = false;
        fail(m, *error, {}, now_);
    }

    std::optional<std::size_t> message_index(const std::string& id) const {
        if (id.size() < 2 || id[0] != 'm') return std::nullopt;
        const std::size_t i = std::stoul(id.substr(1));
        return i < messages_.size() ? std::optional<std::size_t>(i) : std::nullopt;
    }

    // A failed request or status: the naive sender resends at once, the library's sender
    // asks the README loop. `sent`: when the failed request went out.
    void fail(message& m, const wa_errors::error_info& e, wa_errors::server_hint hint, sim_time sent) {
        const std::size_t i = index_of(m);
        if (policy_ != sender_policy::naive) {
            wa_errors_examples::answer a;
            a.error = &e;
            a.hint = hint;
            loop_.on_answer(m, a, at(now_), at(sent));
            return;
        }
        if (m.naive_resends++ < naive_retries) {
            requeue(m, i, now_);
        } else {
            m.settled = m.given_up = true;
        }
    }

    simulation_result result() const {
        simulation_result r;
        r.scenario = s_.name;
        r.policy = policy_ == sender_policy::naive     ? "naive"
                   : policy_ == sender_policy::library ? "library"
                                                       : "kindless";
        std::vector<double> latencies;
        for (const message& m : messages_) {
            if (m.product) continue;  // not a message: counted in requests and error_responses only
            ++r.messages;
            if (m.wrongly_held) ++r.wrongly_held;
            const bool arrived = m.live_copies > 0 && m.delivered_at;
            if (arrived) {
                latencies.push_back(std::chrono::duration<double>(*m.delivered_at).count());
                r.last_delivery_s = std::max(r.last_delivery_s, latencies.back());
            }
            if (m.given_up) {
                ++r.given_up;
                if (arrived) ++r.given_up_arrived;
            } else if (arrived) {
                ++r.delivered;
            } else {
                ++r.pending;
            }
        }
        std::sort(latencies.begin(), latencies.end());
        auto percentile = [&](double p) {
            if (latencies.empty()) return 0.0;
            const auto rank = static_cast<std::size_t>(p * static_cast<double>(latencies.size() - 1) + 0.5);
            return latencies[rank];
        };
        r.p50_latency_s = percentile(0.50);
        r.p99_latency_s = percentile(0.99);
        r.requests = requests_;
        r.error_responses = error_responses_;
        r.duplicates = fake_.stats().duplicates;
        r.unwarned_duplicates = unwarned_duplicates_;
        r.documented_min_s = documented_min_s();
        r.floor_violations = fake_.stats().floor_violations;
        r.simulated_s = std::chrono::duration<double>(now_).count();
        for (const auto& [id, n] : fake_.stats().errors) r.errors_by_id[std::string(id)] = n;
        return r;
    }

    const simulation_scenario& s_;
    const sender_policy policy_;
    wa_errors::testing::fake_cloud_api fake_;
    simulated_policy policy_state_{policy_ == sender_policy::kindless};
    wa_errors_examples::sender_loop<run, simulated_policy> loop_{*this, policy_state_};
    std::set<std::string> answering_{};  // users sent the template their closed window asked for
    std::mt19937_64 rng_;
    std::vector<message> messages_{};
    std::vector<int> product_number_{};                         // per message: its number among its kind's
    std::map<std::string, std::vector<std::size_t>> parked_{};  // user -> held until an event
    using inbound_entry = std::pair<sim_time, std::string>;
    std::priority_queue<inbound_entry, std::vector<inbound_entry>, std::greater<>> inbound_{};
    std::map<std::string, std::size_t> owner_{};  // wamid -> message
    std::priority_queue<in_flight, std::vector<in_flight>, arrives_later> flight_{};
    std::priority_queue<due_entry, std::vector<due_entry>, std::greater<>> ready_{};
    sim_time now_{0};
    sim_time number_free_at_{0};  // the number is held (paced or paused) until then
    std::uint64_t requests_ = 0;
    std::uint64_t error_responses_ = 0;
    std::uint64_t unwarned_duplicates_ = 0;

    double documented_min_s() const {
        double least = 0;
        if (const auto* number = wa_errors::documented_limit(wa_errors::retry_scope::phone_number))
            least =
                static_cast<double>(s_.campaign_recipients + s_.hot_recipients * s_.hot_messages) / number->per_second;
        if (const auto* pair = wa_errors::documented_limit(wa_errors::retry_scope::recipient))
            least = std::max(least, (s_.hot_messages - pair->burst) / pair->per_second);
        return least;
    }
};

wa_errors::testing::scenario documented_endpoint(std::uint64_t seed) {
    wa_errors::testing::scenario e;
    e.seed = seed;
    e.latency = {milliseconds(80), milliseconds(250)};
    e.faults.capped_recipients = 0.02;
    e.faults.transient = 0.01;
    e.faults.gateway_503 = 0.01;
    e.faults.accepted_before_503 = 0.3;
    e.webhooks.sent = true;
    e.webhooks.delay = milliseconds(1000);
    return e;
}

}  // namespace

namespace {

// A window of failing answers: every request (or `share` of them) from `from` to `to` gets
// `status`, with Retry-After when `retry_after` is set.
wa_errors::testing::outage failing(seconds from, seconds to, int status, std::optional<seconds> retry_after = {}) {
    wa_errors::testing::outage o;
    o.from = from;
    o.to = to;
    o.status = status;
    o.retry_after = retry_after;
    return o;
}

}  // namespace

std::vector<simulation_scenario> standard_scenarios(std::uint64_t seed, double scale) {
    std::vector<simulation_scenario> all;
    simulation_scenario a;
    a.name = "documented_limits";
    a.description =
        "80 msg/s per number, 1 msg per 6 s per pair with bursts of 45, 2 % of users capped by 131049 "
        "for 24 h, 1 % 131000, 1 % 503 (30 % of them after Meta accepted the message)";
    a.endpoint = documented_endpoint(seed);
    all.push_back(a);

    simulation_scenario b = a;
    b.name = "outage";
    b.description =
        "the same, plus a 2-minute outage at t = 20 s (503 with Retry-After: 60) and 0.3 % transport "
        "timeouts (half of them after Meta accepted the message)";
    b.endpoint.outages.push_back(failing(seconds(20), seconds(140), 503, seconds(60)));
    b.endpoint.faults.no_answer = 0.003;
    b.endpoint.faults.accepted_before_no_answer = 0.5;
    all.push_back(b);

    simulation_scenario c = a;
    c.name = "tighter_than_documented";
    c.description = "Meta's real limits are tighter than documented: 50 msg/s per number, pair bursts of 10";
    c.endpoint.limits.phone_number = wa_errors::testing::bucket_rate{50.0, 50.0};
    c.endpoint.limits.recipient = wa_errors::testing::bucket_rate{1.0 / 6.0, 10.0};
    all.push_back(c);

    // Errors of other products hold their product only (Meta: "Calling API usage does not count
    // towards messaging rate limits"; group and template limits are on creating them).
    using wa_errors::send_kind;
    simulation_scenario d = a;
    d.name = "mixed_products";
    d.description =
        "the documented limits, with 300 calls, group and template-management requests among the messages; "
        "one of each fails (138000 calling disabled, 131211 group limit, 100/2388019 template creation limit)";
    d.products = {{send_kind::call, 100, 5, "meta.138000"},
                  {send_kind::group_management, 100, 7, "meta.131211"},
                  {send_kind::template_management, 100, 9, "meta.100.2388019"}};
    d.blocks = {{"meta.138000", {send_kind::call}},
                {"meta.131211", {send_kind::group_management}},
                {"meta.100.2388019", {send_kind::template_management}}};
    all.push_back(d);

    // 131047 blocks free-form messages to that user until the user writes, never the template.
    simulation_scenario w = a;
    w.name = "window_then_template";
    w.description =
        "service replies (free-form) where 2 % of users, and one busy user, have no open 24-hour window: "
        "131047, then the template it calls for; each such user writes back 10 minutes later";
    w.endpoint.faults.capped_recipients = 0;  // the marketing cap is not about free-form replies
    w.message_kind = send_kind::free_form;
    w.window_closed_every = 50;
    w.window_error = "meta.131047";
    w.blocks = {{"meta.131047", {send_kind::free_form}}};
    all.push_back(w);

    // Outages longer than an entry's 15-minute deadline: a server's wait is waited out, the number
    // is held and probed, and the held messages go at a ramp when it ends.
    simulation_scenario o20 = a;
    o20.name = "outage_20m";
    o20.description = "the documented limits, with a 20-minute outage at t = 20 s: 503 with Retry-After: 1200";
    o20.endpoint.outages.push_back(failing(seconds(20), seconds(20 + 1200), 503, seconds(1200)));
    all.push_back(o20);

    simulation_scenario o60 = a;
    o60.name = "outage_60m";
    o60.description = "the documented limits, with a 60-minute outage at t = 20 s: 503 with Retry-After: 60";
    o60.endpoint.outages.push_back(failing(seconds(20), seconds(20 + 3600), 503, seconds(60)));
    all.push_back(o60);

    simulation_scenario g = a;
    g.name = "account_429";
    g.description =
        "the documented limits, with every request of the account answered 429 (Retry-After: 60) "
        "for 2 minutes from t = 20 s";
    g.endpoint.outages.push_back(failing(seconds(20), seconds(140), 429, seconds(60)));
    all.push_back(g);

    simulation_scenario x = a;
    x.name = "incident_131000";
    x.description =
        "the documented limits, with 30 % of the number's sends failing with 131000 for 5 minutes "
        "from t = 20 s";
    wa_errors::testing::outage incident = failing(seconds(20), seconds(320), 500);
    incident.error = wa_errors::find("meta.131000");
    incident.share = 0.3;
    x.endpoint.outages.push_back(incident);
    all.push_back(x);

    simulation_scenario p = a;
    p.name = "pair_storm";
    p.description =
        "5 000 campaign messages and 5 users sent 1 000 messages each: the pair limit sets the pace "
        "(no capped users, so the last delivery is the storm's)";
    p.endpoint.faults.capped_recipients = 0;
    p.campaign_recipients = 5000;
    p.hot_recipients = 5;
    p.hot_messages = 1000;
    all.push_back(p);

    simulation_scenario l = a;
    l.name = "late_webhooks";
    l.description =
        "the documented limits, with 1 % transport timeouts (60 % of them after Meta accepted the "
        "message) and 3 % of status webhooks 2 minutes late, past the sender's reconcile wait";
    l.endpoint.faults.no_answer = 0.01;
    l.endpoint.faults.accepted_before_no_answer = 0.6;
    l.endpoint.webhooks.late_share = 0.03;
    l.endpoint.webhooks.late_delay = seconds(120);
    all.push_back(l);

    // The pair storm's 1 000 messages per user are what it tests: only its campaign is scaled.
    for (simulation_scenario& s : all) {
        s.campaign_recipients = static_cast<int>(s.campaign_recipients * scale);
        if (s.name != "pair_storm") s.hot_messages = static_cast<int>(s.hot_messages * scale);
        for (product_requests& pr : s.products) pr.count = static_cast<int>(pr.count * scale);
    }
    return all;
}

simulation_result simulate(const simulation_scenario& s, sender_policy policy, std::uint64_t seed) {
    return run(s, policy, seed).go();
}

}  // namespace wa_errors_cli
