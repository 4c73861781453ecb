// SPDX-License-Identifier: MIT
// A consumer's program in compiled mode with the payload parser: it links
// wa_errors::payload_compiled and includes nothing of nlohmann_json itself.
#include <wa_errors/payload.hpp>

#include <iostream>

int main() {
    const auto parsed =
        wa_errors::payload::parse(R"({"error":{"message":"(#131047) Re-engagement message","code":131047}})");
    if (parsed.errors.empty()) return 1;
    const wa_errors::error_info* e = parsed.errors.front().info;
    std::cout << *e << "\n";
    return e->id == "meta.131047" ? 0 : 1;
}
