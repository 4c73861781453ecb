// SPDX-License-Identifier: MIT
// A consumer's program using the payload parser (wa_errors::payload), next to its own alias for
// nlohmann's type: the two names must not collide. Where the build says where the installed
// catalog is (find_package's wa_errors_CATALOG), it loads it at run time as an overlay too, and
// counts a decision with the metrics adapter.
#include <wa_errors/metrics.hpp>
#include <wa_errors/payload.hpp>
#include <wa_errors/payload/catalog_overlay.hpp>

#include <iostream>

#include <nlohmann/json.hpp>

using json = nlohmann::json;
using namespace wa_errors;

int main() {
    const json body = {{"error", {{"code", 130429}, {"message", "(#130429) Rate limit hit"}}}};
    const auto r = payload::parse(body.dump(), 400);
    std::cout << r.errors.at(0).info->id << "\n";
    if (r.errors.at(0).info->id != "meta.130429") return 1;
#ifdef WA_ERRORS_INSTALLED_CATALOG
    payload::catalog_overlay overlay;
    if (const auto problem = overlay.load_file(WA_ERRORS_INSTALLED_CATALOG)) {
        std::cout << *problem << "\n";
        return 1;
    }
    const auto overlaid = payload::parse(body.dump(), 400, overlay);
    std::cout << "overlay " << overlay.version() << ": " << overlaid.errors.at(0).info->id << "\n";
    if (overlaid.errors.at(0).info != r.errors.at(0).info) return 1;
#endif
    metrics counts;
    counts.on_decision(*r.errors.at(0).info, decide(*r.errors.at(0).info, retry_input{}), "106540352242922");
    return counts.prometheus_text().find("meta.130429") != std::string::npos ? 0 : 1;
}
