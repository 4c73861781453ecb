// SPDX-License-Identifier: MIT
// wa-errors serve under hostile clients: its body and nesting limits, clients that hold
// connections open, huge uploads, and request paths that carry terminal escapes into its log.
#include "../catch.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <wa_errors/json.hpp>

#include "serve_process.hpp"

using wa_errors_test::serve_process;
using steady = std::chrono::steady_clock;

namespace {

// The limits docs/fake-api.md documents.
constexpr std::size_t body_limit = std::size_t{1} << 20;
constexpr std::size_t nesting_limit = 64;

const std::string messages_path = "/v21.0/106540352242922/messages";

std::string message_body(const std::string& extra_member = "") {
    return R"({"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{"body":"hi"})" + extra_member +
           "}";
}

std::string post_head(const std::string& path, const std::string& length_or_chunked) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\n" +
           "Content-Type: application/json\r\n" + length_or_chunked + "\r\n\r\n";
}

// A plain TCP connection to the server, for what an HTTP client library won't send.
class raw_connection {
public:
    explicit raw_connection(const serve_process& server) {
        const std::string& url = server.url();
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(std::stoi(url.substr(url.rfind(':') + 1))));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd_ >= 0);
        REQUIRE(connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
        timeval bound{5, 0};  // no send or receive of the test waits longer
        setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &bound, sizeof bound);
        setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &bound, sizeof bound);
    }
    ~raw_connection() { close(fd_); }
    raw_connection(const raw_connection&) = delete;
    raw_connection& operator=(const raw_connection&) = delete;

    // Whether all of `bytes` went out.
    bool send_all(const std::string& bytes) {
        for (std::size_t sent = 0; sent < bytes.size();) {
            const ssize_t n = send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }
    // What arrives until the server closes the connection or 5 s pass.
    std::string receive_all() {
        std::string got;
        char buffer[4096];
        for (ssize_t n; (n = recv(fd_, buffer, sizeof buffer, 0)) > 0;) got.append(buffer, static_cast<std::size_t>(n));
        return got;
    }

private:
    int fd_ = -1;
};

int status_of(const std::string& response) {
    return response.rfind("HTTP/1.1 ", 0) == 0 ? std::stoi(response.substr(9, 3)) : -1;
}

httplib::Result send_message(httplib::Client& client, const std::string& body) {
    return client.Post(messages_path, {{"Authorization", "Bearer t"}}, body, "application/json");
}

}  // namespace

TEST_CASE("serve answers a body over 1 MiB with 413 once its length is known, without reading the rest") {
    serve_process server(WA_ERRORS_CLI, {});
    {
        // 100 MB announced, 64 KiB sent: the answer comes with the rest never sent.
        raw_connection huge(server);
        REQUIRE(huge.send_all(post_head(messages_path, "Content-Length: 104857600") + std::string(65536, ' ')));
        const std::string answer = huge.receive_all();
        CHECK(status_of(answer) == 413);
        CHECK_THAT(answer, Catch::Matchers::Contains("Connection: close"));
    }
    {
        // Chunked, with no length: refused when the body passes the limit.
        raw_connection chunked(server);
        REQUIRE(chunked.send_all(post_head(messages_path, "Transfer-Encoding: chunked")));
        const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
        for (std::size_t sent = 0; sent <= body_limit && chunked.send_all(chunk); sent += 0x10000) {
        }
        CHECK(status_of(chunked.receive_all()) == 413);
    }
    // A body of exactly the limit is read and answered.
    httplib::Client client(server.url());
    client.set_read_timeout(std::chrono::seconds(5));
    const std::string padded = message_body() + std::string(body_limit - message_body().size(), ' ');
    REQUIRE(padded.size() == body_limit);
    const auto at_limit = send_message(client, padded);
    REQUIRE(at_limit);
    CHECK(at_limit->status == 200);
    const auto over = send_message(client, padded + " ");
    REQUIRE(over);
    CHECK(over->status == 413);
    CHECK(server.stop(SIGTERM) == 0);
    CHECK_THAT(server.log(), Catch::Matchers::Contains("-> 413 request body over the limit"));
}

TEST_CASE("serve answers nesting deeper than 64 as bad JSON, and counts no bracket inside a string") {
    serve_process server(WA_ERRORS_CLI, {"--quiet"});
    httplib::Client client(server.url());
    client.set_read_timeout(std::chrono::seconds(5));
    const auto nested = [](std::size_t arrays) {
        return R"(,"x":)" + std::string(arrays, '[') + std::string(arrays, ']');
    };
    // The message object is one level: 63 arrays inside it reach the limit exactly.
    const auto at_limit = send_message(client, message_body(nested(nesting_limit - 1)));
    REQUIRE(at_limit);
    CHECK(at_limit->status == 200);
    const auto too_deep = send_message(client, message_body(nested(nesting_limit)));
    REQUIRE(too_deep);
    CHECK(too_deep->status == 400);
    CHECK(wa_errors::json::parse(too_deep->body, too_deep->status).errors.front().info->id == "meta.100");
    const auto in_string = send_message(client, message_body(R"(,"x":")" + std::string(1000, '[') + "\""));
    REQUIRE(in_string);
    CHECK(in_string->status == 200);
}

TEST_CASE("40 slow clients and 100 MB uploads don't delay a normal request past 1 s") {
    serve_process server(WA_ERRORS_CLI, {"--quiet"});
    std::vector<std::unique_ptr<raw_connection>> silent;
    for (int i = 0; i < 20; ++i) silent.push_back(std::make_unique<raw_connection>(server));

    std::atomic<bool> done{false};
    std::vector<std::thread> attackers;
    // 20 clients that send a request one byte at a time, 5 bytes a second.
    for (int i = 0; i < 20; ++i) {
        attackers.emplace_back([&] {
            raw_connection slow(server);
            const std::string head = post_head(messages_path, "Content-Length: 10");
            for (std::size_t k = 0; k < head.size() && !done; ++k) {
                if (!slow.send_all(head.substr(k, 1))) break;
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        });
    }
    // Two 100 MB uploads, one with its length and one chunked, sent as fast as the server takes them.
    for (const std::string length : {"Content-Length: 104857600", "Transfer-Encoding: chunked"}) {
        attackers.emplace_back([&, length] {
            raw_connection upload(server);
            const bool chunked = length.find("chunked") != std::string::npos;
            const std::string piece =
                chunked ? "10000\r\n" + std::string(0x10000, '[') + "\r\n" : std::string(0x10000, '[');
            if (!upload.send_all(post_head(messages_path, length))) return;
            for (int k = 0; k < 1600 && !done && upload.send_all(piece); ++k) {
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // every attacker connected and sending

    httplib::Client client(server.url());
    client.set_read_timeout(std::chrono::seconds(5));
    for (int i = 0; i < 3; ++i) {
        const auto start = steady::now();
        const auto r = send_message(client, message_body());
        const auto took = steady::now() - start;
        REQUIRE(r);
        CHECK(r->status == 200);
        INFO("request " << i << " took " << std::chrono::duration_cast<std::chrono::milliseconds>(took).count()
                        << " ms");
        CHECK(took < std::chrono::seconds(1));
    }
    done = true;
    silent.clear();
    for (std::thread& t : attackers) t.join();
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("serve logs a request path's terminal escapes and bidi controls escaped") {
    serve_process server(WA_ERRORS_CLI, {});
    raw_connection evil(server);
    const std::string body = message_body();
    // URL-decoded by the server: ESC [31m RED ESC [0m, then U+202E (right-to-left override).
    REQUIRE(evil.send_all(post_head("/v21.0/%1b%5b31mRED%1b%5b0m%e2%80%ae/messages",
                                    "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close") +
                          body));
    CHECK(status_of(evil.receive_all()) > 0);
    CHECK(server.stop(SIGTERM) == 0);
    const std::string log = server.log();
    CHECK_THAT(log, Catch::Matchers::Contains(R"(POST /v21.0/\x1b[31mRED\x1b[0m\u202e/messages -> )"));
    CHECK(log.find('\x1b') == std::string::npos);
    CHECK(log.find("\xe2\x80\xae") == std::string::npos);
}
