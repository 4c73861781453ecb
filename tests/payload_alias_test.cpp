// SPDX-License-Identifier: MIT
// payload.hpp next to nlohmann's recommended alias and `using namespace wa_errors;` compiles: the
// reason the namespace is not called `json`.
#include <nlohmann/json.hpp>
#include <wa_errors/payload.hpp>

#include "catch.hpp"

using json = nlohmann::json;
using namespace wa_errors;

TEST_CASE("payload.hpp compiles beside using json = nlohmann::json and using namespace wa_errors") {
    const json body = {{"error", {{"code", 131047}, {"message", "Re-engagement message"}}}};
    const auto r = payload::parse(body.dump(), 400);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].info->id == "meta.131047");
}
