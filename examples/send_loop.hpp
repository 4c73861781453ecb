// SPDX-License-Identifier: MIT
// The README's sender loop, once: examples/send_loop.cpp runs it against a scripted transport and
// `wa-errors simulate` against the fake Cloud API, so that the simulation measures the code users
// copy. What happens around it (sending, queueing, reporting) is the `Io`'s:
//   void send(M& m, clock_type::time_point now)  send m now; its answer comes back through on_answer
//   void queue(M& m, const slot* why)            look at m again at m.due (why: the hold or pacing
//                                                that stopped it; null after a failure)
//   void park(M& m, const slot& why)             held until an event (why.lifts), not a time
//   void delivered(M& m, bool found_by_status)
//   void gave_up(M& m, const error_info& e, const plan& p)
//   double jitter()                              uniform in [0, 1)
// M is a queued_message or a type derived from it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <wa_errors/send_policy.hpp>
#include <wa_errors/wa_errors.hpp>

namespace wa_errors_examples {

using clock_type = wa_errors::send_policy::clock;

struct queued_message {
    std::string id{};  // also sent as biz_opaque_callback_data, so status webhooks name it
    std::string from{};
    std::string to{};
    wa_errors::send_kind kind = wa_errors::send_kind::free_form;  // what it is: a reply, a template...
    clock_type::time_point due{};
    wa_errors::message_retry_state retry{};
    bool reconcile = false;    // the last failure may have gone through
    bool status_seen = false;  // a sent, delivered or read status webhook named it
};

// What a response said: accepted (no error), or the classified error and the server's hint.
struct answer {
    const wa_errors::error_info* error = nullptr;
    wa_errors::server_hint hint{};
};

// `Policy` is send_policy, or a type derived from it (the simulation's kindless sender).
template <class Io, class Policy = wa_errors::send_policy>
class sender_loop {
public:
    sender_loop(Io& io, Policy& policy) : io(io), policy(policy) {}

    // README: sender loop begin
    // Called for a message once it is due (first tries, retries and reconciles alike).
    template <class M>
    void attempt(M& m, clock_type::time_point now) {
        const auto slot = policy.before_send(m.kind, m.from, m.to, now);
        if (!slot.go) {                                              // paced or held: not a failure
            if (slot.not_before == clock_type::time_point::max()) {  // held until an event, not a time
                io.park(m, slot);  // keep it aside: queue it again after on_user_message or resume
                return;
            }
            m.due = slot.not_before;
            io.queue(m, &slot);
            return;
        }
        // The lost answer had gone through: a sent, delivered or read status names it. (A failed
        // status is a failure: it went to handle_failure when it came.)
        if (m.reconcile && m.status_seen) {
            m.reconcile = false;
            policy.on_success(m.retry, m.from, m.to, now);
            io.delivered(m, true);
            return;
        }
        m.reconcile = false;
        io.send(m, now);
    }

    // The response to the request sent at `sent` (a timeout is an error: classify() of an
    // error_ref with `transport = transport_failure::no_answer`).
    template <class M>
    void on_answer(M& m, const answer& a, clock_type::time_point now, clock_type::time_point sent) {
        if (a.error == nullptr) {
            policy.on_success(m.retry, m.from, m.to, now, sent);
            io.delivered(m, false);
            return;
        }
        handle_failure(m, *a.error, a.hint, now);
    }

    // A status webhook naming the message (by its biz_opaque_callback_data). `error`: what a
    // failed status said, classified.
    template <class M>
    void on_status(M& m, std::string_view status, const wa_errors::error_info* error, clock_type::time_point now) {
        if (status == "sent" || status == "delivered" || status == "read") {
            m.status_seen = true;
            return;
        }
        if (status == "failed" && error != nullptr) handle_failure(m, *error, {}, now);
    }

    // An inbound message webhook: the user wrote, so the holds that this ends (131047's on
    // free-form messages) end now.
    void on_user_message(std::string_view business_number, std::string_view user) {
        policy.on_inbound(business_number, user);
    }

    template <class M>
    void handle_failure(M& m, const wa_errors::error_info& e, wa_errors::server_hint hint, clock_type::time_point now) {
        const auto plan = policy.on_failure(m.retry, e, hint, m.from, m.to, now, io.jitter());
        switch (plan.what) {
            case wa_errors::send_policy::verdict::retry:
                m.due = plan.at;
                m.reconcile = false;  // a failure said what happened: nothing left to look for
                io.queue(m, nullptr);
                return;
            case wa_errors::send_policy::verdict::reconcile:
                m.due = plan.at;
                m.reconcile = true;
                io.queue(m, nullptr);
                return;
            case wa_errors::send_policy::verdict::give_up: break;
        }
        m.reconcile = false;
        if (plan.decision.next == wa_errors::action::send_template && m.kind == wa_errors::send_kind::free_form) {
            m.kind = wa_errors::send_kind::utility_template;  // the window is closed: send your template instead
            m.retry = {};
            m.due = now;
            io.queue(m, nullptr);
            return;
        }
        io.gave_up(m, e, plan);  // alert, send a template, or route to another channel as plan.decision.next says
    }
    // README: sender loop end

private:
    Io& io;
    Policy& policy;
};

}  // namespace wa_errors_examples
