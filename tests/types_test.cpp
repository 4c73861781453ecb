// SPDX-License-Identifier: MIT
// types.hpp: enum names both ways, stream output, and the entry type's properties.
#include <iterator>
#include <sstream>
#include <type_traits>

#include <wa_errors/observer.hpp>
#include <wa_errors/redis/options.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catch.hpp"

using namespace wa_errors;

namespace {

enum class unnamed_enum { ok, failed };  // an enum nobody gave names

template <class Enum>
void check_round_trip() {
    STATIC_REQUIRE(detail::has_names_v<Enum>);
    constexpr std::size_t count = std::size(detail::enum_names<Enum>::names);
    for (std::size_t i = 0; i < count; ++i) {
        const auto value = static_cast<Enum>(i);
        const std::string_view name = to_string(value);
        INFO(name);
        CHECK(!name.empty());
        REQUIRE(from_string<Enum>(name).has_value());
        CHECK(*from_string<Enum>(name) == value);
    }
    CHECK(to_string(static_cast<Enum>(count)).empty());
    CHECK(to_string(static_cast<Enum>(255)).empty());
}

}  // namespace

TEST_CASE("every enumerator's name converts back to it") {
    check_round_trip<source>();
    check_round_trip<category>();
    check_round_trip<retry_kind>();
    check_round_trip<retry_scope>();
    check_round_trip<action>();
    check_round_trip<traffic>();
    check_round_trip<hold_lifts>();
    check_round_trip<retry_outcome>();
    check_round_trip<transport_failure>();
    check_round_trip<send_kind>();
    check_round_trip<stop_reason>();
    check_round_trip<refusal_cause>();
    check_round_trip<redis::connection_state>();
}

TEST_CASE("only enums with a list of names are printed by name") {
    STATIC_REQUIRE_FALSE(detail::has_names_v<int>);
    STATIC_REQUIRE_FALSE(detail::has_names_v<unnamed_enum>);
}

TEST_CASE("names are the catalog's JSON names") {
    CHECK(to_string(source::dialog360) == "360dialog");
    CHECK(to_string(category::message_template) == "message_template");
    CHECK(to_string(retry_kind::after_fix) == "after_fix");
    CHECK(to_string(retry_scope::phone_number) == "phone_number");
    CHECK(to_string(action::send_template) == "send_template");
    CHECK(to_string(traffic::template_management) == "template_management");
    CHECK(to_string(traffic::free_form) == "free_form");
    CHECK(to_string(hold_lifts::opt_in) == "opt_in");
}

TEST_CASE("from_string rejects names that are not exactly an enumerator's") {
    CHECK_FALSE(from_string<category>("Rate_Limit").has_value());
    CHECK_FALSE(from_string<category>("rate_limit ").has_value());
    CHECK_FALSE(from_string<category>("").has_value());
    CHECK_FALSE(from_string<source>("dialog360").has_value());
    CHECK_FALSE(from_string<action>(std::string_view("retry\0", 6)).has_value());
}

TEST_CASE("enums and entries print by name") {
    std::ostringstream out;
    out << category::rate_limit << ' ' << retry_kind::throttle << ' ' << retry_scope::account << ' ' << action::wait
        << ' ' << source::dialog360 << ' ' << *find("meta.131047") << ' ' << stop_reason::deadline << ' '
        << transport_failure::no_answer << ' ' << redis::connection_state::auth_failed;
    CHECK(out.str() == "rate_limit throttle account wait 360dialog meta.131047 deadline no_answer auth_failed");
}

TEST_CASE("error_info is a trivially copyable value") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<error_info>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<error_ref>);
    const error_info copy = *find(131047);
    CHECK(copy.id == "meta.131047");
    CHECK(copy == *find(131047));
    CHECK(copy != *find(130429));
}

TEST_CASE("is_retryable is true exactly for backoff and throttle") {
    for (const error_info& e : catalog()) {
        INFO(e.id);
        CHECK(is_retryable(e) == (e.retry.kind == retry_kind::backoff || e.retry.kind == retry_kind::throttle));
    }
    CHECK(is_retryable(*find(130429)));
    CHECK_FALSE(is_retryable(*find(131047)));
}
