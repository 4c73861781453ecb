// SPDX-License-Identifier: MIT
// send_policy.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/send_policy.hpp>

#include <chrono>

bool strict_send_policy() {
    wa_errors::send_policy policy;
    wa_errors::message_retry_state message;
    const auto now = wa_errors::send_policy::clock::now();
    const wa_errors::send_policy::slot slot = policy.before_send("106540352242922", "15550001", now);
    if (!slot.go) return false;
    const wa_errors::send_policy::plan plan = policy.on_failure(
        message, *wa_errors::find(131056), wa_errors::server_hint::none(), "106540352242922", "15550001", now, 0.5);
    policy.on_success(message, "106540352242922", "15550001", plan.at);
    policy.resume(wa_errors::retry_scope::phone_number, "106540352242922", "15550001");
    return plan.what == wa_errors::send_policy::verdict::retry && policy.number_pacer("106540352242922").rate() > 0.0 &&
           policy.pair_pacer("106540352242922", "15550001").rate() > 0.0 &&
           !policy.pauses().paused("phone_number:106540352242922", now);
}
