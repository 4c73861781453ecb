// SPDX-License-Identifier: MIT
// Runs `wa-errors serve` for a test: starts it on a free loopback port, reads the URL it prints,
// and always stops it (SIGTERM, then SIGKILL after a bound), also when the test fails. On Linux
// the child also dies with its parent, so a killed test leaves no server behind.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <sys/types.h>

namespace wa_errors_test {

class serve_process {
public:
    // `args` follow `serve`; --port 0 is added. Throws std::runtime_error if no URL comes
    // within `startup`.
    serve_process(const std::string& program, const std::vector<std::string>& args,
                  std::chrono::seconds startup = std::chrono::seconds(10));
    ~serve_process();
    serve_process(const serve_process&) = delete;
    serve_process& operator=(const serve_process&) = delete;

    const std::string& url() const { return url_; }
    pid_t pid() const { return pid_; }
    // Sends `signal` and waits at most `bound`: the exit code, or -1 if it had to be killed.
    int stop(int signal, std::chrono::seconds bound = std::chrono::seconds(10));
    // What it wrote on stderr so far.
    std::string log() const;

private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    std::string log_path_;
    std::string url_;
};

// Starts `program` with `args`, waits at most `bound`, and returns its exit code (-1: killed at
// the bound). Its stdout and stderr, together, go to `output`.
int run(const std::string& program, const std::vector<std::string>& args, std::string& output,
        std::chrono::seconds bound = std::chrono::seconds(30));

}  // namespace wa_errors_test
