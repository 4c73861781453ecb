// SPDX-License-Identifier: MIT
// A catalog entry by id, for the tests that start from one: an id the catalog lacks fails the
// test that asked for it (rather than dereferencing null).
#pragma once

#include <string_view>

#include <wa_errors/lookup.hpp>

#include "../catch.hpp"

namespace wa_errors_test {

inline const wa_errors::error_info& entry(std::string_view id) {
    const wa_errors::error_info* e = wa_errors::find(id);
    REQUIRE(e != nullptr);
    return *e;
}

}  // namespace wa_errors_test
