// SPDX-License-Identifier: MIT
#include "serve_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace wa_errors_test {
namespace {

// fork + exec with stdout to `out_fd` and stderr to `err_fd`; the child dies with this process.
pid_t spawn(const std::string& program, const std::vector<std::string>& args, int out_fd, int err_fd) {
    std::vector<std::string> words{program};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
#if defined(__linux__)
        prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    return pid;
}

// waitpid with a bound; SIGKILL at the bound. The exit code, or -1.
int wait_bounded(pid_t pid, std::chrono::seconds bound) {
    const auto end = std::chrono::steady_clock::now() + bound;
    int status = 0;
    while (std::chrono::steady_clock::now() < end) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

std::string temp_file() {
    char path[] = "/tmp/wa_errors_serve_XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    return path;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

serve_process::serve_process(const std::string& program, const std::vector<std::string>& args,
                             std::chrono::seconds startup)
    : log_path_(temp_file()) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    const int log_fd = open(log_path_.c_str(), O_WRONLY | O_TRUNC);
    std::vector<std::string> all{"serve", "--port", "0"};
    all.insert(all.end(), args.begin(), args.end());
    pid_ = spawn(program, all, pipe_fds[1], log_fd);
    close(pipe_fds[1]);
    close(log_fd);
    stdout_fd_ = pipe_fds[0];
    const auto end = std::chrono::steady_clock::now() + startup;
    std::string line;
    while (line.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
        pollfd p{stdout_fd_, POLLIN, 0};
        char buffer[256];
        if (left.count() <= 0 || poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
        const ssize_t n = read(stdout_fd_, buffer, sizeof buffer);
        if (n <= 0) break;
        line.append(buffer, static_cast<std::size_t>(n));
    }
    if (line.find('\n') == std::string::npos) {
        stop(SIGTERM);
        throw std::runtime_error("wa-errors serve printed no URL; its log:\n" + log());
    }
    url_ = line.substr(0, line.find('\n'));
}

serve_process::~serve_process() {
    if (pid_ > 0) stop(SIGTERM);
    if (stdout_fd_ >= 0) close(stdout_fd_);
    std::remove(log_path_.c_str());
}

int serve_process::stop(int signal, std::chrono::seconds bound) {
    if (pid_ <= 0) return -1;
    kill(pid_, signal);
    const int code = wait_bounded(pid_, bound);
    pid_ = -1;
    return code;
}

std::string serve_process::log() const { return read_all(log_path_); }

int run(const std::string& program, const std::vector<std::string>& args, std::string& output,
        std::chrono::seconds bound) {
    const std::string path = temp_file();
    const int fd = open(path.c_str(), O_WRONLY | O_TRUNC);
    const pid_t pid = spawn(program, args, fd, fd);
    close(fd);
    const int code = wait_bounded(pid, bound);
    output = read_all(path);
    std::remove(path.c_str());
    return code;
}

}  // namespace wa_errors_test
