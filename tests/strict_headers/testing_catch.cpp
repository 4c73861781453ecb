// SPDX-License-Identifier: MIT
// testing.hpp with Catch2, under the strict warnings of CMakeLists.txt: Catch2 can print the
// library's enums and entries through their operator<< (checked at compile time: calling Catch2's
// printer would need its implementation, which only a test executable's main links in).
#if __has_include(<catch2/catch_tostring.hpp>)
#include <catch2/catch_tostring.hpp>  // Catch2 v3
#else
#include <catch2/catch.hpp>  // Catch2 v2
#endif

#include <wa_errors/testing.hpp>

static_assert(Catch::Detail::IsStreamInsertable<wa_errors::source>::value, "source prints");
static_assert(Catch::Detail::IsStreamInsertable<wa_errors::category>::value, "category prints");
static_assert(Catch::Detail::IsStreamInsertable<wa_errors::retry_kind>::value, "retry_kind prints");
static_assert(Catch::Detail::IsStreamInsertable<wa_errors::retry_scope>::value, "retry_scope prints");
static_assert(Catch::Detail::IsStreamInsertable<wa_errors::action>::value, "action prints");
static_assert(Catch::Detail::IsStreamInsertable<wa_errors::error_info>::value, "error_info prints");

bool strict_testing_catch() { return wa_errors::find(131047) != nullptr; }
