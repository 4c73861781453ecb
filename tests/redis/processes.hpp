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

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
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

// Whether nothing listens on the loopback port now.
inline bool port_free(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool free = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return free;
}

// A free port whose cluster bus port (+10000) is free and valid too.
inline int free_cluster_port() {
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int port = free_port();
        if (port + 10000 <= 65535 && port_free(port + 10000)) return port;
    }
    throw std::runtime_error("no free port pair for a cluster node");
}

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

// The ports of every server a fixture started, in the order of its state file ("port pid dir"
// per line): the three masters of the cluster fixture; the sentinel, the master and the replica
// of the Sentinel fixture.
inline std::vector<int> fixture_ports(const std::string& state_file) {
    std::ifstream in(state_file);
    std::vector<int> ports;
    int port = 0;
    long pid = 0;
    std::string dir;
    while (in >> port >> pid >> dir) ports.push_back(port);
    if (ports.empty()) throw std::runtime_error("no Redis fixture: cannot read " + state_file);
    return ports;
}

// The name the Sentinel fixtures monitor their master under.
constexpr const char* sentinel_master = "wa_errors_fixture";

// A reply as text, nested arrays flattened one element a line.
inline void append_text(const redisReply& reply, std::string& out) {
    if (reply.str != nullptr) out.append(reply.str, reply.len);
    if (reply.type == REDIS_REPLY_INTEGER) out += std::to_string(reply.integer);
    for (std::size_t i = 0; reply.type == REDIS_REPLY_ARRAY && i < reply.elements; ++i) {
        append_text(*reply.element[i], out);
        out += '\n';
    }
}

// One reply of a short-lived connection, as text ("" when nothing answered): for waiting on a
// server's state (INFO fields, CLUSTER INFO, SENTINEL answers).
inline std::string ask(int port, const std::vector<std::string>& args) {
    const timeval tv{1, 0};
    redisContext* c = redisConnectWithTimeout("127.0.0.1", port, tv);
    std::string out;
    if (c != nullptr && c->err == 0) {
        redisSetTimeout(c, tv);
        std::vector<const char*> argv;
        std::vector<std::size_t> sizes;
        for (const std::string& a : args) {
            argv.push_back(a.c_str());
            sizes.push_back(a.size());
        }
        auto* reply =
            static_cast<redisReply*>(redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), sizes.data()));
        if (reply != nullptr) {
            append_text(*reply, out);
            freeReplyObject(reply);
        }
    }
    if (c != nullptr) redisFree(c);
    return out;
}

template <class Condition>
bool wait_for(Condition done, std::chrono::milliseconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// Whether a process is gone (or only a zombie waiting for whoever adopted it).
inline bool gone(pid_t pid) {
    if (kill(pid, 0) != 0) return true;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string pid_text, name, state;
    return stat >> pid_text >> name >> state && state == "Z";
}

// A daemonized redis-server (or sentinel) in a dir of its own, found again by its pid file.
struct daemon_server {
    int port = 0;
    pid_t pid = -1;
    std::string dir;
    std::vector<std::string> args;  // how to start it again on the same port

    bool start() {
        std::remove((dir + "/redis.pid").c_str());
        std::vector<std::string> all = args;
        for (const char* extra : {"--daemonize", "yes", "--pidfile"}) all.emplace_back(extra);
        all.push_back(dir + "/redis.pid");
        if (run(all) != 0 || !wait_until_answers(port)) return false;
        std::ifstream pid_file(dir + "/redis.pid");
        return static_cast<bool>(pid_file >> pid);
    }
    void stop(int sig = SIGTERM) {
        if (pid <= 0) return;
        kill(pid, sig);
        kill(pid, SIGCONT);  // a stopped server must run to act on the signal
        if (!wait_for([this] { return gone(pid); }, std::chrono::seconds(10))) kill(pid, SIGKILL);
        pid = -1;
    }
};

// Servers started together (a cluster, a master with its replica and sentinel) under one temp
// dir. Owned: the destructor stops them and removes the dir. A CTest fixture detach()es them and
// leaves them to `redis_fixture stop`.
class server_group {
public:
    server_group() : dir_(make_temp_dir()) {}
    ~server_group() {
        if (!owned_) return;
        for (daemon_server& s : servers_) s.stop(SIGKILL);
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    server_group(const server_group&) = delete;
    server_group& operator=(const server_group&) = delete;

    // Starts a redis-server on `port` (0: a free one) with these arguments after the usual ones;
    // or, with a `sentinel_config`, a sentinel with that configuration (a file it can rewrite).
    // A cluster node also listens on its port + 10000 (the cluster bus): `cluster` picks a port
    // for which both are free.
    daemon_server& add(const std::string& program, const std::vector<std::string>& extra,
                       const std::string& sentinel_config = {}, bool cluster = false) {
        for (int attempt = 0; attempt < 5; ++attempt) {
            daemon_server s;
            s.port = cluster ? free_cluster_port() : free_port();
            s.dir = dir_ + "/" + std::to_string(s.port);
            std::filesystem::create_directories(s.dir);
            if (sentinel_config.empty()) {
                s.args = server_args(program, s.port, s.dir);
            } else {
                std::ofstream(s.dir + "/sentinel.conf") << "port " << s.port << '\n' << sentinel_config;
                s.args = {program,     s.dir + "/sentinel.conf", "--sentinel", "--bind", "127.0.0.1", "--dir", s.dir,
                          "--logfile", s.dir + "/redis.log"};
            }
            s.args.insert(s.args.end(), extra.begin(), extra.end());
            if (s.start()) {
                servers_.push_back(std::move(s));
                return servers_.back();
            }
        }
        throw std::runtime_error("a redis-server of the group did not start (see the logs under " + dir_ + ")");
    }

    std::vector<daemon_server>& servers() { return servers_; }
    daemon_server& at(std::size_t i) { return servers_.at(i); }
    const std::string& dir() const { return dir_; }
    void detach() { owned_ = false; }

    void write_state(const std::string& state_file) const {
        std::ofstream out(state_file);
        for (const daemon_server& s : servers_) out << s.port << ' ' << s.pid << ' ' << s.dir << '\n';
    }

private:
    std::string dir_;
    std::vector<daemon_server> servers_;
    bool owned_ = true;
};

// Three masters of a Redis Cluster on loopback, every slot covered and the cluster state ok on
// each of them.
inline void start_cluster(server_group& group, const std::string& program, const std::string& cli) {
    std::vector<std::string> create{cli, "--cluster", "create"};
    for (int i = 0; i < 3; ++i) {
        daemon_server& node =
            group.add(program,
                      {"--cluster-enabled", "yes", "--cluster-config-file",
                       group.dir() + "/nodes-" + std::to_string(i) + ".conf", "--cluster-node-timeout", "5000"},
                      {}, true);
        create.push_back("127.0.0.1:" + std::to_string(node.port));
    }
    create.emplace_back("--cluster-yes");
    std::string output;
    if (run(create, &output) != 0) throw std::runtime_error("redis-cli --cluster create failed:\n" + output);
    const bool ok = wait_for(
        [&group] {
            for (const daemon_server& s : group.servers())
                if (ask(s.port, {"CLUSTER", "INFO"}).find("cluster_state:ok") == std::string::npos) return false;
            return true;
        },
        std::chrono::seconds(20));
    if (!ok) throw std::runtime_error("the cluster did not reach cluster_state:ok");
}

// A master, its replica (in sync), and one sentinel watching them with a quorum of 1 that
// declares the master down after `down_after_ms` without an answer. Servers in the order
// sentinel, master, replica.
inline void start_sentinel_group(server_group& group, const std::string& program, int down_after_ms = 1000) {
    // Diskless and without delay: a replica syncs (and resyncs after a failover) at once.
    const std::vector<std::string> sync{"--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0"};
    // The master and its replica in sync first, then the sentinel: it learns of the replica from
    // its first INFO to the master (later ones come every 10 s), and never sees the master down
    // (a failover it would abort for want of a replica holds the next one back for twice the
    // failover timeout).
    const int master_port = group.add(program, sync).port;
    std::vector<std::string> replica_args = sync;
    for (const std::string& a : {std::string("--replicaof"), std::string("127.0.0.1"), std::to_string(master_port)})
        replica_args.push_back(a);
    const int replica_port = group.add(program, replica_args).port;
    if (!wait_for(
            [&] {
                return ask(replica_port, {"INFO", "replication"}).find("master_link_status:up") != std::string::npos;
            },
            std::chrono::seconds(30)))
        throw std::runtime_error("the replica did not sync");
    const int sentinel_port =
        group
            .add(program, {},
                 std::string("sentinel monitor ") + sentinel_master + " 127.0.0.1 " + std::to_string(master_port) +
                     " 1\nsentinel down-after-milliseconds " + sentinel_master + ' ' + std::to_string(down_after_ms) +
                     "\nsentinel failover-timeout " + sentinel_master + " 10000\n")
            .port;
    // The state file's order: sentinel, master, replica.
    std::rotate(group.servers().begin(), group.servers().begin() + 2, group.servers().end());
    // Ready when the sentinel sees a replica it could promote: flags exactly "slave", link ok.
    const bool ok = wait_for(
        [&] {
            const std::string replicas = ask(sentinel_port, {"SENTINEL", "REPLICAS", sentinel_master});
            return replicas.find(std::to_string(replica_port)) != std::string::npos &&
                   replicas.find("flags\nslave\n") != std::string::npos &&
                   replicas.find("master-link-status\nok\n") != std::string::npos;
        },
        std::chrono::seconds(30));
    if (!ok) throw std::runtime_error("the replica did not sync, or the sentinel did not see it");
}

}  // namespace redis_test
