// SPDX-License-Identifier: MIT
// An observer that writes what send_policy decided to a spdlog logger, next to the metrics
// adapter that counts it: the two hooks a service usually wants, logs and a /metrics page.
// Built when CMake finds spdlog (Debian: libspdlog-dev).
#include <iostream>
#include <memory>
#include <string_view>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <wa_errors/metrics.hpp>
#include <wa_errors/send_policy.hpp>

namespace {

// Forwards every hook to `next` (here the metrics) after logging it: one observer per policy.
class spdlog_observer final : public wa_errors::observer {
public:
    spdlog_observer(std::shared_ptr<spdlog::logger> log, wa_errors::observer& next)
        : log_(std::move(log)), next_(next) {}

    void on_decision(const wa_errors::error_info& e, const wa_errors::retry_decision& d,
                     std::string_view number) override {
        log_->info("{} {} on {}: retry={} next={} reason={}", e.id, wa_errors::to_string(e.category), number, d.retry,
                   wa_errors::to_string(d.next), wa_errors::to_string(d.reason));
        next_.on_decision(e, d, number);
    }
    void on_hold(const wa_errors::error_info& e, const wa_errors::retry_decision& d, std::string_view number) override {
        log_->warn("{} holds {} traffic of the {} on {} for {} ms", e.id, wa_errors::to_string(d.hold.traffic),
                   wa_errors::to_string(d.hold.scope), number, d.pause.count());
        next_.on_hold(e, d, number);
    }
    void on_give_up(const wa_errors::error_info& e, const wa_errors::retry_decision& d,
                    std::string_view number) override {
        log_->error("{} on {}: giving up ({}), next: {}", e.id, number, wa_errors::to_string(d.reason),
                    wa_errors::to_string(d.next));
        next_.on_give_up(e, d, number);
    }
    void on_granted(std::string_view number) override { next_.on_granted(number); }
    void on_refused(wa_errors::refusal_cause cause, wa_errors::retry_scope scope, const wa_errors::error_info* e,
                    std::string_view number) override {
        log_->debug("refused on {}: {} at {} ({})", number, wa_errors::to_string(cause), wa_errors::to_string(scope),
                    e != nullptr ? e->id : std::string_view("-"));
        next_.on_refused(cause, scope, e, number);
    }

private:
    std::shared_ptr<spdlog::logger> log_;
    wa_errors::observer& next_;
};

}  // namespace

int main() {
    auto log = spdlog::stdout_logger_st("wa_errors");
    log->set_pattern("%l %v");
    wa_errors::metrics counts;
    spdlog_observer watch(log, counts);

    wa_errors::send_policy_settings settings;
    settings.watch = &watch;
    wa_errors::send_policy policy(settings);
    const auto now = wa_errors::send_policy::clock::time_point(std::chrono::seconds(1000));
    constexpr std::string_view number = "106540352242922";

    // Two failures a service meets every day: a user outside the 24-hour window, and a rate limit.
    wa_errors::message_retry_state first;
    (void)policy.before_send(wa_errors::send_kind::free_form, number, "15550001", now);
    (void)policy.on_failure(first, wa_errors::classify({400, 131047}), wa_errors::server_hint::none(), number,
                            "15550001", now, 0.5);
    wa_errors::message_retry_state second;
    (void)policy.before_send(wa_errors::send_kind::utility_template, number, "15550002", now);
    (void)policy.on_failure(second, wa_errors::classify({429, 130429}), wa_errors::server_hint::none(), number,
                            "15550002", now, 0.5);
    log->flush();
    std::cout << counts.prometheus_text();
    return 0;
}
