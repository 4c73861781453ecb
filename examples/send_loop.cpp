// A send loop that decides retry vs. fail with classify() + decide(), against a fake transport
// that returns canned errors (no network). Run: send_loop; it prints what it did for each message.
#include <chrono>
#include <cstdio>
#include <deque>
#include <optional>
#include <random>
#include <string>

#include <wa_errors/wa_errors.hpp>

namespace {

// What an HTTP client would give back for one attempt: nothing on success, else the error.
struct failure {
    wa_errors::error_ref error;
    std::chrono::milliseconds retry_after{0};
};

// Replays a script of outcomes, then succeeds.
class fake_transport {
public:
    explicit fake_transport(std::deque<std::optional<failure>> script) : script_(std::move(script)) {}
    std::optional<failure> send() {
        if (script_.empty()) return std::nullopt;
        auto outcome = script_.front();
        script_.pop_front();
        return outcome;
    }

private:
    std::deque<std::optional<failure>> script_;
};

// Sends until success, a final failure, or the budget runs out; returns a one-line summary.
std::string send_with_retries(fake_transport& transport, wa_errors::retry_budget& budget, std::mt19937& rng) {
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    for (unsigned attempt = 1;; ++attempt) {
        const std::optional<failure> f = transport.send();
        if (!f) {
            budget.on_success();
            return "sent after " + std::to_string(attempt) + " attempt(s)";
        }
        const wa_errors::error_info& e = wa_errors::classify(f->error);
        const wa_errors::retry_decision d = wa_errors::decide(e, attempt, jitter(rng), f->retry_after);
        if (!d.retry) return "gave up on " + std::string(e.id) + ": " + std::string(wa_errors::to_string(d.next));
        if (!budget.try_acquire()) return "retry budget exhausted at " + std::string(e.id);
        // A real service would pause d.scope (this request, recipient, number or account) for d.delay.
        std::printf("  attempt %u failed with %s; pausing %s for %lld ms\n", attempt, std::string(e.id).c_str(),
                    std::string(wa_errors::to_string(d.scope)).c_str(), static_cast<long long>(d.delay.count()));
    }
}

}  // namespace

int main() {
    std::mt19937 rng(42);  // fixed seed: the example's output is reproducible
    wa_errors::retry_budget budget;
    const failure rate_limited{{400, 130429, {}, "(#130429) Rate limit hit", "", ""}, std::chrono::milliseconds(2000)};
    const failure server_error{{500, 131000, {}, "(#131000) Something went wrong", "", ""}};
    const failure window_closed{{400, 131047, {}, "(#131047) Re-engagement message", "", ""}};
    const failure bad_key{{401, {}, {}, "Invalid api_key", "", ""}};

    fake_transport throttled({rate_limited, rate_limited});
    fake_transport flaky({server_error});
    fake_transport outside_window({window_closed});
    fake_transport misconfigured({bad_key});

    std::printf("message 1: %s\n", send_with_retries(throttled, budget, rng).c_str());
    std::printf("message 2: %s\n", send_with_retries(flaky, budget, rng).c_str());
    std::printf("message 3: %s\n", send_with_retries(outside_window, budget, rng).c_str());
    std::printf("message 4: %s\n", send_with_retries(misconfigured, budget, rng).c_str());
    return 0;
}
