// SPDX-License-Identifier: MIT
// The CTest fixture: `redis_fixture start <state file> <redis-server> [auth]` starts a throwaway
// redis-server (loopback, a free port, a temp dir, nothing saved) and writes "port pid dir" to the
// state file; with `auth`, the server asks for a password and has an ACL user (processes.hpp:
// redis_test::auth). `redis_fixture stop <state file>` stops it and removes the dir.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include "processes.hpp"

namespace {

int stop(const std::string& state_file) {
    std::ifstream in(state_file);
    int port = 0;
    pid_t pid = -1;
    std::string dir;
    if (!(in >> port >> pid >> dir)) return 0;  // nothing running
    if (pid > 0 && kill(pid, SIGTERM) == 0) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        // Redis removes its pid file as it exits; the process itself may linger as a zombie
        // until whoever adopted it reaps it.
        const auto running = [&] { return kill(pid, 0) == 0 && std::ifstream(dir + "/redis.pid").good(); };
        while (running() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (running()) kill(pid, SIGKILL);
    }
    for (const char* file : {"/redis.log", "/redis.pid"}) std::remove((dir + file).c_str());
    rmdir(dir.c_str());
    std::remove(state_file.c_str());
    return 0;
}

int start(const std::string& state_file, const std::string& program, bool auth) {
    stop(state_file);  // a server left behind by an interrupted run
    const std::string dir = redis_test::make_temp_dir();
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int port = redis_test::free_port();
        std::vector<std::string> args = redis_test::server_args(program, port, dir);
        if (auth)
            for (const std::string& extra : redis_test::auth::server_args()) args.push_back(extra);
        for (const char* extra : {"--daemonize", "yes", "--pidfile"}) args.emplace_back(extra);
        args.push_back(dir + "/redis.pid");
        if (redis_test::run(args) != 0 || !redis_test::wait_until_answers(port)) continue;
        std::ifstream pid_file(dir + "/redis.pid");
        pid_t pid = -1;
        pid_file >> pid;
        std::ofstream(state_file) << port << ' ' << pid << ' ' << dir << '\n';
        std::cout << "redis-server " << pid << " on 127.0.0.1:" << port << ", dir " << dir << '\n';
        return 0;
    }
    std::cerr << "redis-server did not start; see " << dir << "/redis.log\n";
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "start" && argc == 4) return start(argv[2], argv[3], false);
    if (command == "start" && argc == 5 && std::string(argv[4]) == "auth") return start(argv[2], argv[3], true);
    if (command == "stop" && argc == 3) return stop(argv[2]);
    std::cerr << "usage: redis_fixture start <state file> <redis-server> [auth] | stop <state file>\n";
    return 2;
}
