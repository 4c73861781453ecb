// SPDX-License-Identifier: MIT
// wa_errors::redis: a SIGPIPE from a dropped connection must not kill the process. POSIX.
#pragma once

#include <pthread.h>

#include <csignal>
#include <ctime>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// Writing to a connection Redis has closed raises SIGPIPE, which kills a process that hasn't
// chosen to ignore it. A library must not change the process' disposition, so the signal is
// blocked on this thread for the command and a SIGPIPE it caused is consumed.
class sigpipe_guard {
public:
    sigpipe_guard() noexcept {
        sigemptyset(&pipe_);
        sigaddset(&pipe_, SIGPIPE);
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        was_pending_ = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
    }
    ~sigpipe_guard() {
        if (!was_pending_) {
            sigset_t pending;
            sigemptyset(&pending);
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE) == 1) {
                const timespec zero{0, 0};
                sigtimedwait(&pipe_, nullptr, &zero);
            }
        }
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }
    sigpipe_guard(const sigpipe_guard&) = delete;
    sigpipe_guard& operator=(const sigpipe_guard&) = delete;

private:
    sigset_t pipe_{};
    sigset_t old_{};
    bool was_pending_ = false;
};

}  // namespace redis
WA_ERRORS_END_NAMESPACE
