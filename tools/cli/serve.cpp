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
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
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
#include <string_view>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>
#include <wa_errors/testing/scenario_json.hpp>
#include <wa_errors/testing/webhook_signature.hpp>

#include "terminal.hpp"
#include "text.hpp"

namespace wa_errors_cli {
namespace {

namespace fake = wa_errors::testing;
using steady = std::chrono::steady_clock;

// The limits docs/fake-api.md documents ("Limits"). A Cloud API request is a few kilobytes; a
// body over the limit is answered 413 as soon as its length is known, and not read further.
constexpr std::size_t max_body_bytes = std::size_t{1} << 20;
// Arrays and objects nested deeper than this anywhere in a body make it "not JSON" (400, as Meta
// answers bad JSON) without being parsed: a message is a handful of levels deep.
constexpr std::size_t max_nesting = 64;
// Connections served at once. A client that holds one open (sending slowly, or nothing) holds a
// thread; the others keep being served until this many do. Further connections wait in line.
constexpr std::size_t max_connections = 128;
// A client that sends nothing for this long, or accepts nothing, is disconnected.
constexpr std::chrono::seconds io_timeout{2};
// After a 413, what the client still sends is read and dropped for at most this long before the
// connection closes, so that the close does not reset the connection before the answer is read.
constexpr std::chrono::milliseconds linger_after_413{500};

// The deepest nesting of arrays and objects in `body`, counting no further than `limit + 1`.
// Brackets inside strings don't count. One pass, no allocation: it runs before any parsing.
std::size_t nesting_depth(std::string_view body, std::size_t limit) {
    bracket_scan scan;
    std::size_t deepest = 0;
    for (std::size_t i = 0; i < body.size() && deepest <= limit; ++i)
        if (scan.next(body[i]) == bracket_scan::step::open)
            deepest = std::max(deepest, static_cast<std::size_t>(scan.depth()));
    return deepest;
}

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

// The request's Content-Length, counting no further than the limit plus one; 0 when it has none
// or it is not a number (httplib then fails to read the body, and the request ends there).
std::size_t declared_length(const httplib::Request& req) {
    const std::string text = req.get_header_value("Content-Length");
    std::size_t length = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return 0;
        length = std::min(length * 10 + static_cast<std::size_t>(c - '0'), max_body_bytes + 1);
    }
    return length;
}

// httplib gives a handler no socket: the request's socket is found by its two ports. -1 if none.
int socket_of(const httplib::Request& req) {
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
        if (port_of(local) == req.local_port && port_of(peer) == req.remote_port) return fd;
    }
    return -1;
}

// httplib has no way to answer nothing. A dropped connection is played by shutting the socket
// down before httplib writes: the client sees the connection closed with no response, as it
// would for a reset.
void drop_connection(const httplib::Request& req) {
    const int fd = socket_of(req);
    if (fd >= 0) shutdown(fd, SHUT_RDWR);
}

// A body over the limit: httplib would read the whole body before answering (or, left unread,
// take it for the next request). The answer goes straight to the socket, which then closes: what
// the client still sends is read and dropped for a moment (so that the close does not reset the
// connection before the client reads the answer), and never stored.
void refuse_oversized(const httplib::Request& req) {
    const int fd = socket_of(req);
    if (fd < 0) return;
    const std::string text = "request body over " + std::to_string(max_body_bytes) + " bytes\n";
    const std::string answer =
        "HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(text.size()) +
        "\r\nConnection: close\r\n\r\n" + text;
    if (send(fd, answer.data(), answer.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(answer.size())) {
        shutdown(fd, SHUT_WR);
        const auto until = steady::now() + linger_after_413;
        char sink[16384];
        for (auto now = steady::now(); now < until; now = steady::now()) {
            const auto left = std::chrono::duration_cast<std::chrono::microseconds>(until - now);
            timeval wait{static_cast<time_t>(left.count() / 1000000), static_cast<suseconds_t>(left.count() % 1000000)};
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
            if (recv(fd, sink, sizeof sink, 0) <= 0) break;  // closed by the client, or the time is up
        }
    }
    shutdown(fd, SHUT_RDWR);  // httplib's own answer and its next read then fail, and it closes
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
        auto handler = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res, req.body); };
        // Bodies are read here rather than by httplib, which would read any length before a
        // handler could refuse it.
        auto with_body = [this](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& read) { handle_with_body(req, res, read); };
        // Every other request goes to the fake, which answers wrong paths and methods as Meta would.
        const char* const anything = R"(.*)";
        http_.Post(anything, with_body);
        http_.Get(anything, handler);
        http_.Put(anything, with_body);
        http_.Delete(anything, handler);
        http_.Patch(anything, with_body);
        http_.set_payload_max_length(max_body_bytes);  // GET and DELETE bodies, read by httplib
        http_.set_read_timeout(io_timeout);
        http_.set_write_timeout(io_timeout);
        http_.set_keep_alive_timeout(io_timeout.count());
        http_.new_task_queue = [] { return new httplib::ThreadPool(max_connections); };
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

    void handle_with_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
        bool too_big = declared_length(req) > max_body_bytes;
        std::string body;
        bool complete = !too_big && read([&](const char* data, std::size_t size) {
            too_big = size > max_body_bytes - body.size();  // also a chunked body with no length
            if (!too_big) body.append(data, size);
            return !too_big;
        });
        if (too_big) {
            if (!options_.quiet) log_refusal(req, "413 request body over the limit");
            refuse_oversized(req);
            return;
        }
        if (!complete) return;  // the client went away or stalled: httplib closes the connection
        handle(req, res, std::move(body));
    }

    void handle(const httplib::Request& req, httplib::Response& res, std::string body) {
        // Everything that depends on the request alone happens before the lock: the parse above
        // all, so that one large body doesn't keep every other request waiting.
        const nlohmann::json parsed = nesting_depth(body, max_nesting) > max_nesting
                                          ? nlohmann::json(nlohmann::json::value_t::discarded)
                                          : fake::fake_cloud_api::parse_body(body);
        fake::fake_request request;
        request.method = req.method;
        request.path = req.path;
        request.body = std::move(body);
        for (const auto& [name, value] : req.headers) request.headers.push_back({name, value});
        fake::fake_response answer;
        fake::sim_time at{0};
        {
            std::lock_guard<std::mutex> lock(mutex_);
            at = now();
            answer = fake_.send(request, parsed, at);
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

    // The method and path are the client's bytes (the path URL-decoded): escaped, so that they
    // cannot act on the operator's terminal.
    void log(const httplib::Request& req, const fake::fake_response& answer, fake::sim_time at) const {
        std::ostringstream line;
        line << "wa-errors: serve: " << at.count() / 1000 << "." << (at.count() % 1000) / 100 << "s "
             << terminal_text(req.method) << " " << terminal_text(req.path) << " -> ";
        if (answer.transport != wa_errors::transport_failure::none)
            line << "no answer (" << wa_errors::to_string(answer.transport) << ")";
        else
            line << answer.status << " " << (answer.error != nullptr ? answer.error->id : std::string_view("ok"));
        if (answer.floor_violation) line << " [floor violation]";
        std::cerr << line.str() << "\n";
    }

    void log_refusal(const httplib::Request& req, std::string_view what) const {
        const fake::sim_time at = now();
        std::ostringstream line;
        line << "wa-errors: serve: " << at.count() / 1000 << "." << (at.count() % 1000) / 100 << "s "
             << terminal_text(req.method) << " " << terminal_text(req.path) << " -> " << what << "\n";
        std::cerr << line.str();
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
