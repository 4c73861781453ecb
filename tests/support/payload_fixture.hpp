// SPDX-License-Identifier: MIT
// The text of a sample body from tests/payloads, for the payload tests. An empty or missing file
// fails the test that asked for it, so a renamed sample can't pass as "no error found".
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "../catch.hpp"

namespace wa_errors_test {

inline std::string payload_fixture(const std::string& name) {
    std::ifstream file(std::string(WA_ERRORS_PAYLOAD_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    REQUIRE(!text.str().empty());
    return text.str();
}

}  // namespace wa_errors_test
