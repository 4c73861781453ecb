// SPDX-License-Identifier: MIT
// payload::parse does work linear in the body, whatever its shape: 4x the body costs about 4x the
// reader's events and bookkeeping steps (counted, not timed; timings are in bench/).
#include <cstddef>
#include <functional>
#include <string>

#include <wa_errors/payload.hpp>

#include "catch.hpp"

// The work is counted by detail::read_body, which compiled mode keeps inside the library: these
// tests run header-only (the same reader is linked in compiled mode).
#if !defined(WA_ERRORS_SEPARATE_COMPILATION)

namespace {

std::size_t work_for(const std::string& body, int status) {
    std::size_t work = 0;
    (void)wa_errors::payload::detail::read_body(body, status, &work);
    return work;
}

std::string repeat(const std::string& head, const std::string& item, std::size_t n, const std::string& tail) {
    std::string body = head;
    for (std::size_t i = 0; i < n; ++i) body += (i == 0 ? "" : ",") + item;
    return body + tail;
}

}  // namespace

TEST_CASE("4x the body costs at most 4.5x the work, for every hostile shape") {
    struct shape_case {
        const char* name;
        std::function<std::string(std::size_t)> make;
    };
    const shape_case cases[] = {
        {"empty error objects", [](std::size_t n) { return repeat(R"({"errors":[)", "{}", n, "]}"); }},
        {"objects beside an errors key", [](std::size_t n) { return repeat(R"({"errors":[],"x":[)", "{}", n, "]}"); }},
        {"distinct keys",
         [](std::size_t n) {
             std::string body = R"({"errors":[])";
             for (std::size_t i = 0; i < n; ++i) body += ",\"k" + std::to_string(i) + "\":0";
             return body + "}";
         }},
        {"duplicate keys holding errors",
         [](std::size_t n) { return "{" + repeat("", R"("x":{"error":{"code":131047}})", n, "") + "}"; }},
        {"webhook statuses, one failed",
         [](std::size_t n) {
             return repeat(
                 R"({"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"1"},"statuses":[{"id":"w","status":"failed","errors":[{"code":131049}]},)",
                 R"({"id":"wamid.A","status":"delivered","recipient_id":"16505551234"})", n, "]}}]}]}");
         }},
        {"failed statuses past the cap",
         [](std::size_t n) {
             return repeat(R"({"statuses":[)", R"({"id":"w","recipient_id":"1","errors":[{"code":131049}]})", n, "]}");
         }},
        {"embedded Meta errors",
         [](std::size_t n) {
             return repeat("[", R"({"meta":{"success":false,"error":"{\"error\":{\"code\":100}}"}})", n, "]");
         }},
        {"bare errors in a root list",
         [](std::size_t n) { return repeat("[", R"({"code":131047,"title":"t","error":null})", n, "]"); }},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const std::size_t small = work_for(c.make(20000), 400);
        const std::size_t large = work_for(c.make(80000), 400);
        REQUIRE(small > 0);
        CHECK(static_cast<double>(large) / static_cast<double>(small) <= 4.5);
    }
}

#endif  // !WA_ERRORS_SEPARATE_COMPILATION
