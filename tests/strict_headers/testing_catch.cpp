// SPDX-License-Identifier: MIT
// testing.hpp with Catch2, under the strict warnings of CMakeLists.txt: Catch2 prints the
// library's enums and entries through their operator<<.
#if __has_include(<catch2/catch_tostring.hpp>)
#include <catch2/catch_tostring.hpp>  // Catch2 v3
#else
#include <catch2/catch.hpp>  // Catch2 v2
#endif

#include <wa_errors/testing.hpp>

#include <string>

std::string strict_testing_catch() {
    return Catch::StringMaker<wa_errors::source>::convert(wa_errors::source::meta) +
           Catch::StringMaker<wa_errors::category>::convert(wa_errors::category::recipient) +
           Catch::StringMaker<wa_errors::retry_kind>::convert(wa_errors::retry_kind::never) +
           Catch::StringMaker<wa_errors::retry_scope>::convert(wa_errors::retry_scope::account) +
           Catch::StringMaker<wa_errors::action>::convert(wa_errors::action::wait) +
           Catch::StringMaker<wa_errors::error_info>::convert(*wa_errors::find(131047));
}
