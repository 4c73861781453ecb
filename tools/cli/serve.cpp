// SPDX-License-Identifier: MIT
// wa-errors serve: testing::fake_cloud_api behind cpp-httplib. Real time since start is the
// fake's simulated time; one mutex keeps the fake single-threaded; webhooks go out from their
// own thread when due; SIGINT and SIGTERM are waited for by a thread of their own, so that
// stopping is an ordinary function call and not work inside a signal handler.
#include "serve.hpp"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>
#include <wa_errors/testing/scenario_json.hpp>
#include <wa_errors/testing/webhook_signature.hpp>

namespace wa_errors_cli {
namespace {

namespace fake = wa_errors::testing;
using steady = std::chrono::steady_clock;

fake::scenario load_scenario(const serve_options& o) {
    fake::scenario s;
    if (o.scenario_file) {
        std::ifstream in(*o.scenario_file, std::ios::binary);
        if (!in) throw fake::scenario_error("cannot read " + *o.scenario_file);
        std::ostringstream text;
        text << in.rdbuf();
        try {
            s = fake::parse_scenario(text.str());
        } catch (const fake::scenario_error& e) {
            throw fake::scenario_error(*o.scenario_file + ": " + e.what());
        }
    }
    if (o.flavour) s.flavour = *o.flavour == "meta" ? fake::api_flavour::meta : fake::api_flavour::dialog360;
    s.start_unix_time =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    return s;
}

// A URL split for httplib's client: "http://host:port" and the path ("/" when none).
std::pair<std::string, std::string> split_url(const std::string& url) {
    const std::size_t slash = url.find('/', url.find("://") + 3);
    if (slash == std::string::npos) return {url, "/"};
    return {url.substr(0, slash), url.substr(slash)};
}

int port_of(const sockaddr_storage& address) {
    if (address.ss_family == AF_INET) return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
    if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return -1;
}

// httplib gives a handler no socket, and has no way to answer nothing. A dropped connection is
// played by finding the request's socket (its two ports) and shutting it down before httplib
// writes: the client sees the connection closed with no response, as it would for a reset.
void drop_connection(const httplib::Request& req) {
    std::vector<int> fds;
    if (DIR* dir = opendir("/proc/self/fd")) {
        while (const dirent* entry = readdir(dir)) {
            if (entry->d_name[0] != '.') fds.push_back(std::atoi(entry->d_name));
        }
        closedir(dir);
    } else {
        for (int fd = 0; fd < 4096; ++fd) fds.push_back(fd);
    }
    for (int fd : fds) {
        sockaddr_storage local{}, peer{};
        socklen_t local_size = sizeof local, peer_size = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0 ||
            getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0)
            continue;
        if (port_of(local) == req.local_port && port_of(peer) == req.remote_port) {
            shutdown(fd, SHUT_RDWR);
            return;
        }
    }
}

std::string stats_json(const fake::fake_stats& s) {
    nlohmann::ordered_json j = {{"requests", s.requests},
                                {"accepted", s.accepted},
                                {"duplicates", s.duplicates},
                                {"floor_violations", s.floor_violations},
                                {"webhooks", s.webhooks},
                                {"errors", nlohmann::ordered_json::object()},
                                {"failed_statuses", nlohmann::ordered_json::object()},
                                {"violated", nlohmann::ordered_json::object()}};
    for (const auto& [id, n] : s.errors) j["errors"][std::string(id)] = n;
    for (const auto& [id, n] : s.failed_statuses) j["failed_statuses"][std::string(id)] = n;
    for (const auto& [id, n] : s.violated) j["violated"][std::string(id)] = n;
    return j.dump() + "\n";
}

class server {
public:
    server(fake::scenario s, const serve_options& o) : fake_(std::move(s)), options_(o) {}

    int run() {
        http_.Get("/_fake/stats", [this](const httplib::Request&, httplib::Response& res) {
            std::lock_guard<std::mutex> lock(mutex_);
            res.set_content(stats_json(fake_.stats()), "application/json");
        });
        auto handler = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); };
        // Every other request goes to the fake, which answers wrong paths and methods as Meta would.
        const char* const anything = R"(.*)";
        http_.Post(anything, handler);
        http_.Get(anything, handler);
        http_.Put(anything, handler);
        http_.Delete(anything, handler);
        http_.Patch(anything, handler);
        const int port = options_.port == 0 ? http_.bind_to_any_port(options_.host)
                                            : (http_.bind_to_port(options_.host, options_.port) ? options_.port : -1);
        if (port <= 0) {
            std::cerr << "wa-errors: serve: cannot listen on " << options_.host << ":" << options_.port << "\n";
            return 2;
        }
        const bool v6 = options_.host.find(':') != std::string::npos;
        std::cout << "http://" << (v6 ? "[" + options_.host + "]" : options_.host) << ":" << port << std::endl;

        std::thread signals([this] { wait_for_signal(); });
        std::thread webhooks([this] { post_webhooks(); });
        http_.listen_after_bind();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        webhooks.join();
        if (!signalled_) pthread_kill(signals.native_handle(), SIGTERM);  // release sigwait
        signals.join();
        const fake::fake_stats& s = fake_.stats();
        std::cerr << "wa-errors: serve: stopped after " << s.requests << " requests (" << s.accepted << " accepted, "
                  << s.duplicates << " duplicates, " << s.floor_violations << " floor violations)\n";
        return 0;
    }

private:
    fake::sim_time now() const { return std::chrono::duration_cast<fake::sim_time>(steady::now() - start_); }

    void handle(const httplib::Request& req, httplib::Response& res) {
        fake::fake_request request;
        request.method = req.method;
        request.path = req.path;
        request.body = req.body;
        for (const auto& [name, value] : req.headers) request.headers.push_back({name, value});
        fake::fake_response answer;
        fake::sim_time at{0};
        {
            std::lock_guard<std::mutex> lock(mutex_);
            at = now();
            answer = fake_.send(request, at);
        }
        wake_.notify_all();  // a webhook may now be due earlier than the thread thinks
        if (!options_.quiet) log(req, answer, at);
        if (answer.latency.count() > 0) std::this_thread::sleep_for(answer.latency);
        if (answer.transport != wa_errors::transport_failure::none) {
            drop_connection(req);
            return;
        }
        res.status = answer.status;
        std::string type = "text/plain";
        for (const fake::http_header& h : answer.headers) {
            if (h.name == "Content-Type")
                type = h.value;
            else
                res.set_header(h.name.c_str(), h.value);
        }
        res.set_content(answer.body, type.c_str());
    }

    void log(const httplib::Request& req, const fake::fake_response& answer, fake::sim_time at) const {
        std::ostringstream line;
        line << "wa-errors: serve: " << at.count() / 1000 << "." << (at.count() % 1000) / 100 << "s " << req.method
             << " " << req.path << " -> ";
        if (answer.transport != wa_errors::transport_failure::none)
            line << "no answer (" << wa_errors::to_string(answer.transport) << ")";
        else
            line << answer.status << " " << (answer.error != nullptr ? answer.error->id : std::string_view("ok"));
        if (answer.floor_violation) line << " [floor violation]";
        std::cerr << line.str() << "\n";
    }

    void wait_for_signal() {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGTERM);
        int signal = 0;
        while (sigwait(&set, &signal) != 0) {
        }
        signalled_ = true;
        // stop() does nothing until the server runs: wait for that (or for it to have ended).
        while (!http_.is_running() && !stopping_now()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!stopping_now()) http_.stop();
    }

    bool stopping_now() {
        std::lock_guard<std::mutex> lock(mutex_);
        return stopping_;
    }

    void post_webhooks() {
        std::optional<httplib::Client> client;
        std::string path = "/";
        if (options_.webhook) {
            auto [base, p] = split_url(*options_.webhook);
            client.emplace(base);
            client->set_connection_timeout(std::chrono::seconds(2));
            client->set_read_timeout(std::chrono::seconds(5));
            client->set_write_timeout(std::chrono::seconds(5));
            path = p;
        }
        std::unique_lock<std::mutex> lock(mutex_);
        while (!stopping_) {
            const std::optional<fake::sim_time> due = fake_.next_webhook_due();
            const auto until = due ? start_ + *due : steady::now() + std::chrono::seconds(1);
            wake_.wait_until(lock, until);
            if (stopping_) break;
            std::vector<fake::fake_webhook> ready = fake_.take_webhooks(now());
            lock.unlock();
            for (const fake::fake_webhook& w : ready) {
                if (client) deliver(*client, path, w);
            }
            lock.lock();
        }
    }

    void deliver(httplib::Client& client, const std::string& path, const fake::fake_webhook& w) const {
        httplib::Headers headers;
        if (options_.app_secret)
            headers.emplace("X-Hub-Signature-256", fake::webhook_signature(*options_.app_secret, w.body));
        const httplib::Result result = client.Post(path.c_str(), headers, w.body, "application/json");
        if (!result)
            std::cerr << "wa-errors: serve: webhook " << w.status << " for " << w.message_id
                      << " not delivered: " << httplib::to_string(result.error()) << "\n";
        else if (result->status < 200 || result->status > 299)
            std::cerr << "wa-errors: serve: webhook " << w.status << " for " << w.message_id << " answered "
                      << result->status << "\n";
    }

    fake::fake_cloud_api fake_;
    serve_options options_;
    httplib::Server http_{};
    std::mutex mutex_{};
    std::condition_variable wake_{};
    bool stopping_ = false;
    std::atomic<bool> signalled_{false};
    const steady::time_point start_ = steady::now();
};

}  // namespace

int serve(const serve_options& o) {
    // Block the stop signals before any thread starts, so that every thread inherits the mask
    // and only the waiting thread receives them. (A write to a closed connection is an error
    // return, not a reason to die: main() ignores SIGPIPE.)
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    try {
        server s(load_scenario(o), o);
        return s.run();
    } catch (const fake::scenario_error& e) {
        std::cerr << "wa-errors: serve: " << e.what() << "\n";
        return 2;
    }
}

}  // namespace wa_errors_cli
