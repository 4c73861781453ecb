// SPDX-License-Identifier: MIT
// A consumer's webhook receiver: the signature check of testing/webhook_signature.hpp, linked
// through wa_errors::webhook_signature (OpenSSL's libcrypto).
#include <wa_errors/testing/webhook_signature.hpp>

#include <iostream>
#include <string>

int main() {
    const std::string body = R"({"object":"whatsapp_business_account"})";
    const std::string header = wa_errors::testing::webhook_signature("app-secret", body);
    const bool accepted = wa_errors::testing::verify_webhook_signature(header, "app-secret", body);
    const bool forged = wa_errors::testing::verify_webhook_signature(header, "other-secret", body);
    std::cout << header << " accepted=" << accepted << " forged=" << forged << "\n";
    return accepted && !forged ? 0 : 1;
}
