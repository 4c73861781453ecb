// SPDX-License-Identifier: MIT
// fmt.hpp (built as fmt_test, with WA_ERRORS_TEST_FMT) and format.hpp (built as std_format_test
// where std::format exists): the same expectations through both.
#include "catch.hpp"

#include <string>
#include <string_view>

#include <wa_errors/observer.hpp>
#include <wa_errors/redis/options.hpp>
#include <wa_errors/wa_errors.hpp>

#if defined(WA_ERRORS_TEST_FMT)
#include <wa_errors/fmt.hpp>
namespace lib = fmt;
#else
#include <wa_errors/format.hpp>
namespace lib = std;
#endif

using namespace wa_errors;

namespace {

// Every enumerator of Enum formats as its catalog name.
template <class Enum>
void check_every_name() {
    for (int i = 0; i < 256; ++i) {
        const auto value = static_cast<Enum>(i);
        const std::string_view name = to_string(value);
        if (name.empty()) break;
        INFO(name);
        CHECK(lib::format("{}", value) == name);
    }
}

}  // namespace

TEST_CASE("Every enum formats as its catalog name") {
    check_every_name<source>();
    check_every_name<category>();
    check_every_name<retry_kind>();
    check_every_name<retry_scope>();
    check_every_name<retry_outcome>();
    check_every_name<transport_failure>();
    check_every_name<action>();
    check_every_name<traffic>();
    check_every_name<hold_lifts>();
    check_every_name<stop_reason>();
    check_every_name<send_kind>();
    check_every_name<refusal_cause>();
    check_every_name<redis::connection_state>();
    CHECK(lib::format("{}", source::dialog360) == "360dialog");
    CHECK(lib::format("{}", redis::connection_state::connected) == "connected");
    CHECK(lib::format("{}", redis::connection_state::unreachable) == "unreachable");
}

TEST_CASE("An enum takes a string's fill, alignment, width and precision") {
    CHECK(lib::format("[{:>12}]", category::media) == "[       media]");
    CHECK(lib::format("[{:*^9}]", category::media) == "[**media**]");
    CHECK(lib::format("[{:<10}]", action::retry) == "[retry     ]");
    CHECK(lib::format("[{:.5}]", category::rate_limit) == "[rate_]");
    CHECK(lib::format("{0}/{0}", retry_kind::throttle) == "throttle/throttle");
}

TEST_CASE("A value outside an enum formats as an empty name, as to_string and operator<< do") {
    CHECK(lib::format("[{}]", static_cast<category>(200)) == "[]");
}

TEST_CASE("An entry formats as its id, with a string's options") {
    const error_info& e = *find(131047);
    CHECK(lib::format("{}", e) == "meta.131047");
    CHECK(lib::format("[{:>14}]", e) == "[   meta.131047]");
    CHECK(lib::format("[{:l>14}]", e) == "[lllmeta.131047]");  // an 'l' with more after it is a fill
}

TEST_CASE("{:l} formats an entry as one line: id, category, retry kind, next action and title") {
    CHECK(lib::format("{:l}", *find(131047)) ==
          "meta.131047 (recipient, retry: never, next: send_template): Re-engagement message");
    error_ref ref;
    ref.http_status = 503;
    const error_info& gateway = classify(ref);
    CHECK(lib::format("{:l}", gateway) == lib::format("{} ({}, retry: {}, next: {}): {}", gateway.id, gateway.category,
                                                      gateway.retry.kind, gateway.action, gateway.title));
}

TEST_CASE("A decision's reason formats in a log line") {
    const retry_decision d = decide(*find(131047), retry_input{});
    CHECK(lib::format("stop: {}, next: {}", d.reason, d.next) == "stop: never, next: send_template");
}
