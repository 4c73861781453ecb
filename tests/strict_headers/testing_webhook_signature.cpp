// SPDX-License-Identifier: MIT
// testing/webhook_signature.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/testing/webhook_signature.hpp>

#include <string>
#include <string_view>

bool strict_testing_webhook_signature(std::string_view secret, std::string_view body) {
    const std::string header = wa_errors::testing::webhook_signature(secret, body);
    return wa_errors::testing::verify_webhook_signature(header, secret, body);
}
