// SPDX-License-Identifier: MIT
// The CTest fixture: `redis_fixture start <state file> <redis-server> [auth]` starts a throwaway
// redis-server (loopback, a free port, a temp dir, nothing saved) and writes "port pid dir" to the
// state file; with `auth`, the server asks for a password and has an ACL user (processes.hpp:
// redis_test::auth).
// `redis_fixture start-cluster <state file> <redis-server> <redis-cli>`: a Redis Cluster of three
// masters (one line each in the state file), every slot assigned and cluster_state:ok.
// `redis_fixture start-sentinel <state file> <redis-server>`: a master, its replica in sync and a
// sentinel watching them as redis_test::sentinel_master (lines: sentinel, master, replica).
// `redis_fixture stop <state file>` stops every server of the file and removes their dirs.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include "processes.hpp"

namespace {

// Stops one server of a state file and removes its dir (and the group's dir once empty).
void stop_one(pid_t pid, const std::string& dir) {
    if (pid > 0 && kill(pid, SIGTERM) == 0) {
        kill(pid, SIGCONT);
        if (!redis_test::wait_for([pid] { return redis_test::gone(pid); }, std::chrono::seconds(10)))
            kill(pid, SIGKILL);
    }
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    const std::filesystem::path parent = std::filesystem::path(dir).parent_path();
    if (parent.filename().string().rfind("wa_errors-redis-", 0) == 0) {
        // A group's dir: the cluster's node files sit next to the servers' dirs.
        for (const auto& entry : std::filesystem::directory_iterator(parent, ignored))
            if (entry.path().filename().string().rfind("nodes-", 0) == 0)
                std::filesystem::remove(entry.path(), ignored);
        std::filesystem::remove(parent, ignored);  // only once empty
    }
}

int stop(const std::string& state_file) {
    std::ifstream in(state_file);
    int port = 0;
    pid_t pid = -1;
    std::string dir;
    while (in >> port >> pid >> dir) stop_one(pid, dir);
    std::remove(state_file.c_str());
    return 0;
}

int start_group(const std::string& state_file, const std::string& program, const std::string& cli) {
    stop(state_file);  // servers left behind by an interrupted run
    try {
        redis_test::server_group group;
        if (cli.empty())
            redis_test::start_sentinel_group(group, program);
        else
            redis_test::start_cluster(group, program, cli);
        group.write_state(state_file);
        group.detach();
        for (const redis_test::daemon_server& s : group.servers())
            std::cout << "redis-server " << s.pid << " on 127.0.0.1:" << s.port << ", dir " << s.dir << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
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
    if (command == "start-cluster" && argc == 5) return start_group(argv[2], argv[3], argv[4]);
    if (command == "start-sentinel" && argc == 4) return start_group(argv[2], argv[3], "");
    if (command == "stop" && argc == 3) return stop(argv[2]);
    std::cerr << "usage: redis_fixture start <state file> <redis-server> [auth] | start-cluster <state file> "
                 "<redis-server> <redis-cli> | start-sentinel <state file> <redis-server> | stop <state file>\n";
    return 2;
}
