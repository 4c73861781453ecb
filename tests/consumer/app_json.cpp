// SPDX-License-Identifier: MIT
// A consumer's program using the payload parser (wa_errors::payload), next to its own alias for
// nlohmann's type: the two names must not collide.
#include <wa_errors/payload.hpp>

#include <iostream>

#include <nlohmann/json.hpp>

using json = nlohmann::json;
using namespace wa_errors;

int main() {
    const json body = {{"error", {{"code", 130429}, {"message", "(#130429) Rate limit hit"}}}};
    const auto r = payload::parse(body.dump(), 400);
    std::cout << r.errors.at(0).info->id << "\n";
    return r.errors.at(0).info->id == "meta.130429" ? 0 : 1;
}
