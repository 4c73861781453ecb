// SPDX-License-Identifier: MIT
// A small program the Redis tests run as separate processes, each with its own connection, so
// that what they share is shared through Redis and nothing else.
//
//   redis_worker fleet <fixture state file> <processes> <seconds> <per second> <burst> [auth|cluster|sentinel]
//       runs <processes> `pace` workers on one new key, prints the one line
//       "fleet: mode=M processes=N grants=G seconds=S limit_per_second=R burst=B", and exits 0 when
//       the fleet stayed within the limit (G <= R*S + B) and used at least 80 % of it. M is
//       `standalone`; `auth`: the workers log in as the auth fixture's ACL user; `cluster`: the
//       fixture is a cluster, given to the workers as seed nodes; `sentinel`: the workers find the
//       master through the fixture's sentinel
//   redis_worker faults <redis-server> <processes> <seconds> <per second> <burst>
//       the same fleet through a Sentinel group of its own, which it stalls (SIGSTOP/SIGCONT),
//       restarts (SIGKILL and start again) and fails over (SIGKILL, the sentinel promotes the
//       replica) during the run; prints the fleet line with mode=faults, what happened when, and
//       exits 0 when G <= R*S + 2B, G >= 80 % of R*S + B, and every worker ended on the promoted
//       replica
//   redis_worker pace <endpoint> <prefix> <key> <per second> <burst> <fleet> <start ns> <end ns> [auth|tolerant]
//       asks as fast as the pacer allows between two system-clock instants and prints
//       "grants=G last_ns=E local=L server=P" (E: when the last grant's answer came, L: local
//       answers, P: the port of the server the key went to last). <endpoint>: a port,
//       `cluster:<port>,<port>...` (seed nodes) or `sentinel:<port>`. `tolerant`: local answers
//       don't make the exit status 3
//   redis_worker pause-set <port> <prefix> <key> <ms> <catalog id>
//   redis_worker pause-check <port> <prefix> <key>       prints "paused <ms left> <cause id>" or "not paused"
//   redis_worker quota-spend <port> <prefix> <key> <capacity>      retries until refused, prints the tickets
//   redis_worker quota-refund <port> <prefix> <key> <capacity> <milli tokens>...
// Every mode but `faults` (and `pace ... tolerant`) exits 3 when it had to answer locally (Redis
// not reached): a test must not pass on the fallback by accident.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <wa_errors/redis.hpp>
#include <wa_errors/wa_errors.hpp>

#include "processes.hpp"

namespace {

namespace redis = wa_errors::redis;
using std::chrono::nanoseconds;
using std::chrono::system_clock;

std::int64_t system_ns() {
    return std::chrono::duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

// "<port>", "cluster:<port>,<port>..." or "sentinel:<port>", on loopback.
void reach(redis::client_options& o, const std::string& endpoint) {
    const auto ports = [](const std::string& list) {
        std::vector<redis::address> out;
        for (std::size_t at = 0; at < list.size();) {
            const std::size_t comma = std::min(list.find(',', at), list.size());
            out.push_back(redis::address{"127.0.0.1", std::stoi(list.substr(at, comma - at))});
            at = comma + 1;
        }
        return out;
    };
    if (endpoint.rfind("cluster:", 0) == 0) {
        o.cluster = true;
        o.addresses = ports(endpoint.substr(8));
    } else if (endpoint.rfind("sentinel:", 0) == 0) {
        o.sentinel.master_name = redis_test::sentinel_master;
        o.sentinel.sentinels = ports(endpoint.substr(9));
    } else {
        o.port = std::stoi(endpoint);
    }
}

redis::client_options options(const char* endpoint, const char* prefix, unsigned fleet = 8) {
    redis::client_options o;
    reach(o, endpoint);
    o.prefix = prefix;
    o.expected_fleet_size = fleet;
    o.connect_timeout = std::chrono::milliseconds(500);  // the handshake shares it
    o.command_timeout = std::chrono::milliseconds(500);
    return o;
}

wa_errors::retry_quota_settings quota_settings(const char* capacity) {
    wa_errors::retry_quota_settings s;
    s.capacity = std::stod(capacity);
    s.reserve_per_second = 0;  // only refunds refill: what one process gives back, another takes
    return s;
}

const wa_errors::error_info& server_error() { return *wa_errors::find("meta.131000"); }

int pace(int argc, char** a) {
    redis::client_options o = options(a[0], a[1], static_cast<unsigned>(std::stoul(a[5])));
    const bool tolerant = argc > 8 && std::string(a[8]) == "tolerant";
    if (tolerant) {
        // The library's own timeouts, so that a stalled server is given up on as in production;
        // a short backoff, so that the workers follow a failover within half a second.
        o.connect_timeout = std::chrono::milliseconds(200);
        o.command_timeout = std::chrono::milliseconds(100);
        o.reconnect_max = std::chrono::milliseconds(500);
    }
    if (argc > 8 && std::string(a[8]) == "auth") {
        o.username = redis_test::auth::user;
        o.password = redis_test::auth::user_password;
    }
    redis::client c(o);
    wa_errors::pace_settings s;
    s.per_second = std::stod(a[3]);
    s.burst = std::stod(a[4]);
    redis::pacers pacers(c, s);
    redis::pacer& p = pacers.at(a[2]);
    const std::int64_t start = std::stoll(a[6]), end = std::stoll(a[7]);
    std::this_thread::sleep_for(nanoseconds(std::max<std::int64_t>(start - system_ns(), 0)));
    long grants = 0, local = 0;
    std::int64_t last = start;
    for (std::int64_t t = system_ns(); t < end; t = system_ns()) {
        const nanoseconds wait = p.try_acquire(wa_errors::pacing_clock::now());
        if (p.answered_locally()) ++local;
        if (wait.count() == 0) {
            ++grants;
            last = system_ns();
            p.on_success(wa_errors::pacing_clock::now());
        } else {
            std::this_thread::sleep_for(std::min(wait, nanoseconds(end - t)));
        }
    }
    std::printf("grants=%ld last_ns=%lld local=%ld server=%d\n", grants, static_cast<long long>(last), local,
                c.server_for(p.redis_key()).port);
    return local == 0 || tolerant ? 0 : 3;
}

// What a fleet of `pace` workers did together.
struct fleet_result {
    long grants = 0, local = 0;
    double span = 0;           // seconds from the common start to the last grant's answer
    std::vector<int> servers;  // where each worker's key went last
    bool workers_ok = true;
};

// Runs <processes> workers on one new key against `endpoint`; `during(start_ns)` runs in this
// process meanwhile (the fault test's events).
template <class During>
fleet_result run_fleet(const std::string& endpoint, const std::string& flag, int processes, const char* rate,
                       const char* burst, double seconds, During during) {
    const std::string prefix = "fleet:" + std::to_string(getpid()) + ":";
    std::array<char, 4096> self{};
    if (readlink("/proc/self/exe", self.data(), self.size() - 1) <= 0) throw std::runtime_error("no /proc/self/exe");
    const std::int64_t start = system_ns() + 500'000'000;  // time for every worker to connect
    const std::int64_t end = start + static_cast<std::int64_t>(seconds * 1e9);
    std::vector<redis_test::child> workers;
    for (int i = 0; i < processes; ++i) {
        std::vector<std::string> args{self.data(),
                                      "pace",
                                      endpoint,
                                      prefix,
                                      "phone_number:fleet",
                                      rate,
                                      burst,
                                      std::to_string(processes),
                                      std::to_string(start),
                                      std::to_string(end)};
        if (!flag.empty()) args.push_back(flag);
        workers.push_back(redis_test::spawn(args));
    }
    during(start);
    fleet_result out;
    std::int64_t last = start;
    for (redis_test::child& w : workers) {
        std::string text;
        const int status = redis_test::finish(w, &text);
        long g = 0, local = 0;
        long long l = 0;
        int server = 0;
        if (status != 0 ||
            std::sscanf(text.c_str(), "grants=%ld last_ns=%lld local=%ld server=%d", &g, &l, &local, &server) != 4) {
            std::cerr << "a worker failed (exit " << status << "): " << text;
            out.workers_ok = false;
        }
        out.grants += g;
        out.local += local;
        out.servers.push_back(server);
        last = std::max<std::int64_t>(last, l);
    }
    // Every grant was decided by the server after `start` and answered before `last`.
    out.span = static_cast<double>(last - start) / 1e9;
    return out;
}

void print_fleet(const char* mode, int processes, const fleet_result& r, double rate, double burst) {
    std::printf("fleet: mode=%s processes=%d grants=%ld seconds=%.3f limit_per_second=%g burst=%g\n", mode, processes,
                r.grants, r.span, rate, burst);
}

// Within `limit` and at least 80 % of what the limit allows over the whole run.
bool within(const fleet_result& r, double limit, double rate, double seconds, double burst) {
    const auto grants = static_cast<double>(r.grants);
    if (grants > limit) std::cerr << "over the limit: " << r.grants << " > " << limit << '\n';
    if (grants < 0.8 * (rate * seconds + burst)) std::cerr << "under 80 % of the limit: " << r.grants << '\n';
    return grants <= limit && grants >= 0.8 * (rate * seconds + burst);
}

int fleet(int argc, char** a) {
    const std::string mode = argc > 5 ? a[5] : "standalone";
    const int processes = std::stoi(a[1]);
    const double seconds = std::stod(a[2]), rate = std::stod(a[3]), burst = std::stod(a[4]);
    std::string endpoint;
    const std::vector<int> ports = redis_test::fixture_ports(a[0]);
    if (mode == "cluster") {
        endpoint = "cluster:";
        for (const int p : ports) endpoint += std::to_string(p) + (p == ports.back() ? "" : ",");
    } else if (mode == "sentinel") {
        endpoint = "sentinel:" + std::to_string(ports.front());
    } else if (mode == "standalone" || mode == "auth") {
        endpoint = std::to_string(ports.front());
    } else {
        throw std::runtime_error("unknown fleet mode " + mode);
    }
    const fleet_result r =
        run_fleet(endpoint, mode == "auth" ? "auth" : "", processes, a[3], a[4], seconds, [](std::int64_t) {});
    print_fleet(mode.c_str(), processes, r, rate, burst);
    return r.workers_ok && within(r, rate * r.span + burst, rate, seconds, burst) ? 0 : 1;
}

// Sleeps until `at_s` seconds after `start_ns` (system clock).
void at(std::int64_t start_ns, double at_s) {
    const std::int64_t t = start_ns + static_cast<std::int64_t>(at_s * 1e9);
    std::this_thread::sleep_for(nanoseconds(std::max<std::int64_t>(t - system_ns(), 0)));
}

int faults(char** a) {
    const std::string program = a[0];
    const int processes = std::stoi(a[1]);
    const double seconds = std::stod(a[2]), rate = std::stod(a[3]), burst = std::stod(a[4]);
    if (seconds < 11) throw std::runtime_error("the fault timeline needs at least 11 s");
    redis_test::server_group group;
    // Down after 1.5 s without an answer: the 1 s stall and the restart don't make the sentinel
    // fail over; the crash does.
    redis_test::start_sentinel_group(group, program, 1500);
    redis_test::daemon_server& master = group.at(1);
    const int replica_port = group.at(2).port;
    const std::string sentinel = std::to_string(group.at(0).port);
    double promoted_after = -1;
    const auto events = [&](std::int64_t start) {
        at(start, 2.0);
        kill(master.pid, SIGSTOP);
        at(start, 3.0);
        kill(master.pid, SIGCONT);
        std::printf("event: stall 2.0-3.0 s (SIGSTOP, SIGCONT)\n");
        at(start, 5.0);
        master.stop(SIGKILL);
        if (!master.start()) throw std::runtime_error("the master did not restart");
        std::printf("event: restart at 5.0 s (SIGKILL, started again empty)\n");
        at(start, 7.5);
        master.stop(SIGKILL);
        const bool promoted = redis_test::wait_for(
            [&] {
                return redis_test::ask(group.at(0).port,
                                       {"SENTINEL", "get-master-addr-by-name", redis_test::sentinel_master})
                           .find(std::to_string(replica_port)) != std::string::npos;
            },
            std::chrono::seconds(8));
        promoted_after = static_cast<double>(system_ns() - start) / 1e9 - 7.5;
        std::printf("event: failover at 7.5 s (SIGKILL): %s %.2f s later\n",
                    promoted ? "the sentinel named the replica" : "no promotion", promoted_after);
        // The old master comes back; the sentinel turns it into a replica of the new one.
        if (!master.start()) throw std::runtime_error("the old master did not start again");
    };
    const fleet_result r = run_fleet("sentinel:" + sentinel, "tolerant", processes, a[3], a[4], seconds, events);
    print_fleet("faults", processes, r, rate, burst);
    // Every slot granted, by Redis or by a local share (charged back in full), advances the one
    // GCRA state by an interval, which bounds the fleet by R*S + B. What the faults can add: a
    // state lost by the restart (or older on the promoted replica) comes back as the latest one
    // the first worker to ask had read, short of the slots granted after that (a few); and the
    // local grants not yet charged when the run ends (none here: the last event is over seconds
    // before). One more burst covers both, for all three events together.
    const double bound = rate * r.span + 2 * burst;
    std::printf("local answers: %ld; bound asserted: R*S + 2B = %.1f (R*S + B = %.1f)\n", r.local, bound,
                rate * r.span + burst);
    bool ok = r.workers_ok && within(r, bound, rate, seconds, burst);
    for (const int server : r.servers)
        if (server != replica_port) {
            std::cerr << "a worker ended on port " << server << ", not on the promoted replica " << replica_port
                      << '\n';
            ok = false;
        }
    return ok ? 0 : 1;
}

int pause_set(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::pause_board board(c);
    board.pause_for(a[2], redis::pause_board::clock::now(), std::chrono::milliseconds(std::stoll(a[3])),
                    *wa_errors::find(std::string_view(a[4])));
    return board.answered_locally() ? 3 : 0;
}

int pause_check(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::pause_board board(c);
    const auto now = redis::pause_board::clock::now();
    const auto p = board.paused(a[2], now);
    if (board.answered_locally()) return 3;
    if (!p) {
        std::printf("not paused\n");
    } else {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(p->until - now).count();
        std::printf("paused %lld %s\n", static_cast<long long>(left),
                    p->cause != nullptr ? std::string(p->cause->id).c_str() : "?");
    }
    return 0;
}

int quota_spend(char** a) {
    redis::client c(options(a[0], a[1]));
    redis::retry_quotas quotas(c, quota_settings(a[3]));
    redis::retry_quota& q = quotas.at(a[2]);
    for (;;) {
        const auto g = q.try_acquire(server_error(), redis::retry_quota::clock::now());
        if (q.answered_locally()) return 3;
        if (!g.granted) break;
        std::printf("%lld ", static_cast<long long>(g.spent.milli_tokens));
    }
    std::printf("\n");
    return 0;
}

int quota_refund(int argc, char** a) {
    redis::client c(options(a[0], a[1]));
    redis::retry_quotas quotas(c, quota_settings(a[3]));
    redis::retry_quota& q = quotas.at(a[2]);
    for (int i = 4; i < argc; ++i) {
        const redis::retry_quota::ticket t{std::stoll(a[i])};
        q.on_success(&t, redis::retry_quota::clock::now());
        if (q.answered_locally()) return 3;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    char** a = argv + 2;
    const int n = argc - 2;
    try {
        if (mode == "fleet" && (n == 5 || n == 6)) return fleet(n, a);
        if (mode == "faults" && n == 5) return faults(a);
        if (mode == "pace" && (n == 8 || n == 9)) return pace(n, a);
        if (mode == "pause-set" && n == 5) return pause_set(a);
        if (mode == "pause-check" && n == 3) return pause_check(a);
        if (mode == "quota-spend" && n == 4) return quota_spend(a);
        if (mode == "quota-refund" && n >= 4) return quota_refund(n, a);
    } catch (const std::exception& e) {
        std::cerr << "redis_worker " << mode << ": " << e.what() << '\n';
        return 2;
    }
    std::cerr << "usage: see the comment at the top of tests/redis/redis_worker.cpp\n";
    return 2;
}
