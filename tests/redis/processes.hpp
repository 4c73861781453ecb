// SPDX-License-Identifier: MIT
// Helpers for the Redis tests and benchmark: a free loopback port, a redis-server of our own,
// other programs run as separate processes. POSIX.
#pragma once

#include <arpa/inet.h>
#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace redis_test {

// A port nobody listens on right now (the kernel's choice for port 0).
inline int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
        close(fd);
        throw std::runtime_error("cannot find a free port");
    }
    close(fd);
    return ntohs(address.sin_port);
}

// Starts `argv` with its standard output on a pipe; returns the pid and the pipe's read end.
struct child {
    pid_t pid = -1;
    int output = -1;
};

inline child spawn(const std::vector<std::string>& args, bool capture = true) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int pipe_fds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (capture) {
        if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe() failed");
        posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
        posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
    }
    child c;
    const int status = posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (capture) close(pipe_fds[1]);
    if (status != 0) {
        if (capture) close(pipe_fds[0]);
        throw std::runtime_error("cannot start " + args[0]);
    }
    c.output = capture ? pipe_fds[0] : -1;
    return c;
}

// Reads the child's output to the end and waits for it; returns its exit status (-1: killed).
inline int finish(child& c, std::string* output = nullptr) {
    std::string text;
    if (c.output >= 0) {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = read(c.output, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
        close(c.output);
        c.output = -1;
    }
    int status = 0;
    while (waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (output != nullptr) *output = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline int run(const std::vector<std::string>& args, std::string* output = nullptr) {
    child c = spawn(args);
    return finish(c, output);
}

// Whether a Redis answers PING on the port.
inline bool answers(int port) {
    timeval tv{0, 200000};
    redisContext* c = redisConnectWithTimeout("127.0.0.1", port, tv);
    bool ok = false;
    if (c != nullptr && c->err == 0) {
        redisSetTimeout(c, tv);
        auto* reply = static_cast<redisReply*>(redisCommand(c, "PING"));
        // A server with a password answers NOAUTH: up, just not open to everyone.
        ok =
            reply != nullptr && (reply->type == REDIS_REPLY_STATUS ||
                                 (reply->type == REDIS_REPLY_ERROR && std::string(reply->str).rfind("NOAUTH", 0) == 0));
        if (reply != nullptr) freeReplyObject(reply);
    }
    if (c != nullptr) redisFree(c);
    return ok;
}

inline bool wait_until_answers(int port, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!answers(port)) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

// The arguments for a throwaway redis-server: loopback only, nothing written to disk.
inline std::vector<std::string> server_args(const std::string& program, int port, const std::string& dir) {
    return {program, "--port", std::to_string(port), "--bind",          "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", dir,      "--logfile",          dir + "/redis.log"};
}

// The password-protected fixture server: a password for the default user (requirepass) and an
// ACL user. Test-only secrets on a loopback server that lives as long as the test run.
namespace auth {
constexpr const char* password = "fixture-default-password";
constexpr const char* user = "alice";
constexpr const char* user_password = "alice-secret";

inline std::vector<std::string> server_args() {
    return {"--requirepass", password, "--user", user, "on", std::string(">") + user_password, "~*", "+@all"};
}
}  // namespace auth

inline std::string make_temp_dir() {
    std::string pattern = "/tmp/wa_errors-redis-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    return pattern;
}

// A redis-server owned by this process (not daemonized): stop() kills it, start() brings it back
// on the same port.
class server {
public:
    explicit server(std::string program) : program_(std::move(program)), dir_(make_temp_dir()) {
        for (int attempt = 0; attempt < 5 && pid_ < 0; ++attempt) {
            port_ = free_port();
            start();
        }
        if (pid_ < 0) throw std::runtime_error("redis-server did not start (see " + dir_ + "/redis.log)");
    }
    ~server() {
        stop(SIGTERM);
        std::remove((dir_ + "/redis.log").c_str());
        rmdir(dir_.c_str());
    }
    server(const server&) = delete;
    server& operator=(const server&) = delete;

    int port() const { return port_; }
    pid_t pid() const { return pid_; }

    bool start() {
        child c = spawn(server_args(program_, port_, dir_), false);
        pid_ = c.pid;
        if (wait_until_answers(port_, std::chrono::seconds(5))) return true;
        stop(SIGKILL);
        return false;
    }
    void stop(int signal) {
        if (pid_ < 0) return;
        kill(pid_, signal);
        kill(pid_, SIGCONT);  // a stopped server must run to act on the signal
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
    }
    void signal(int sig) const { kill(pid_, sig); }

private:
    std::string program_;
    std::string dir_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// The port of the redis-server the CTest fixture started (its state file: port, pid, dir).
inline int fixture_port(const std::string& state_file) {
    std::ifstream in(state_file);
    int port = 0;
    if (!(in >> port) || port <= 0) throw std::runtime_error("no Redis fixture: cannot read " + state_file);
    return port;
}

}  // namespace redis_test
