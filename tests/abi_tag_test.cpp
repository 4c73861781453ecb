// SPDX-License-Identifier: MIT
// The inline namespace of version.hpp: the tag is in the mangled names of the core's, the
// payload parser's, the fixtures' and the Redis component's types, and every namespace that
// holds definitions (detail and generated included) sits inside it.
#include "catch.hpp"

#include <string>
#include <type_traits>
#include <typeinfo>

#include <wa_errors/catalog.gen.hpp>  // in compiled mode, the umbrella leaves out the table and its types
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/reader.hpp>  // and payload.hpp the reader
#include <wa_errors/redis/options.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/testing/fake_cloud_api.hpp>
#include <wa_errors/version.hpp>
#include <wa_errors/wa_errors.hpp>

#define ABI_TAG_TEXT_(tag) #tag
#define ABI_TAG_TEXT(tag) ABI_TAG_TEXT_(tag)

namespace {

// "v<major>_<minor>r<revision>", spelled from the numbers rather than from the macro under test.
std::string expected_tag() {
    return "v" + std::to_string(WA_ERRORS_VERSION_MAJOR) + "_" + std::to_string(WA_ERRORS_VERSION_MINOR) + "r" +
           std::to_string(WA_ERRORS_ABI_REVISION);
}

template <class T>
bool mangled_name_has_tag() {
    return std::string(typeid(T).name()).find(expected_tag()) != std::string::npos;
}

// Naming a declaration through the tag proves it was declared inside the inline namespace.
namespace tagged = wa_errors::WA_ERRORS_ABI_TAG;

}  // namespace

TEST_CASE("The ABI tag is v<major>_<minor>r<revision> of the library's version and ABI revision") {
    CHECK(std::string(ABI_TAG_TEXT(WA_ERRORS_ABI_TAG)) == expected_tag());
}

TEST_CASE("Mangled names of every namespace's types carry the ABI tag") {
    CHECK(mangled_name_has_tag<wa_errors::error_info>());
    CHECK(mangled_name_has_tag<wa_errors::category>());
    CHECK(mangled_name_has_tag<wa_errors::retry_decision>());
    CHECK(mangled_name_has_tag<wa_errors::detail::code_slot>());
    CHECK(mangled_name_has_tag<wa_errors::payload::parsed_error>());
    CHECK(mangled_name_has_tag<wa_errors::payload::detail::reader>());
    CHECK(mangled_name_has_tag<wa_errors::testing::fake_cloud_api>());
    CHECK(mangled_name_has_tag<wa_errors::testing::detail::token_bucket>());
    CHECK(mangled_name_has_tag<wa_errors::redis::client_options>());
}

TEST_CASE("Names reached without the tag are the tagged declarations") {
    STATIC_REQUIRE(std::is_same_v<wa_errors::error_info, tagged::error_info>);
    STATIC_REQUIRE(std::is_same_v<wa_errors::payload::parse_result, tagged::payload::parse_result>);
    STATIC_REQUIRE(std::is_same_v<wa_errors::testing::scenario, tagged::testing::scenario>);
    STATIC_REQUIRE(std::is_same_v<wa_errors::redis::connection_state, tagged::redis::connection_state>);
    // The generated table holds only variables: it must be reachable through the tag too.
#if defined(WA_ERRORS_SEPARATE_COMPILATION)  // compiled mode: the lookups are not constexpr
    CHECK(&tagged::generated::entries[0] == &wa_errors::catalog()[0]);
    CHECK(tagged::find(131047) == wa_errors::find(131047));
#else
    STATIC_REQUIRE(&tagged::generated::entries[0] == &wa_errors::catalog()[0]);
    STATIC_REQUIRE(tagged::find(131047) == wa_errors::find(131047));
#endif
}
