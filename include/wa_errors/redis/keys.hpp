// SPDX-License-Identifier: MIT
// wa_errors::redis: the names of the keys in Redis. Every key of one business number (its pacer,
// its pairs' pacers, its holds, its quota) carries the hash tag "{<phone_number_id>}", so that
// Redis Cluster keeps them in one slot and one script may touch them together (the send script
// reads the number's and the pair's holds and takes both pacing slots in one run).
#pragma once

#include <string>
#include <string_view>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis {

// "<prefix><kind>:<scope key>" with the scope key's owner in braces:
//   phone_number:<id>        -> phone_number:{<id>}
//   recipient:<id>:<user>    -> recipient:{<id>}:<user>
//   account:<id>             -> account:{<id>}
//   anything else <k>        -> {<k>}   (a key of the caller's own making: one slot of its own)
// An empty owner would make "{}", which Redis does not take as a tag; it becomes "{_}", which no
// phone number id or account id (digits) can be.
[[nodiscard]] inline std::string tagged_key(std::string_view prefix, std::string_view kind,
                                            std::string_view scope_key) {
    std::string out;
    out.reserve(prefix.size() + kind.size() + scope_key.size() + 5);
    out.append(prefix).append(kind).push_back(':');
    const auto tag = [&out](std::string_view owner) {
        out.push_back('{');
        out.append(owner.empty() ? std::string_view("_") : owner);
        out.push_back('}');
    };
    for (const std::string_view scope : {std::string_view("phone_number:"), std::string_view("account:")}) {
        if (scope_key.substr(0, scope.size()) == scope) {
            out.append(scope);
            tag(scope_key.substr(scope.size()));
            return out;
        }
    }
    constexpr std::string_view pair = "recipient:";
    if (scope_key.substr(0, pair.size()) == pair) {
        const std::string_view rest = scope_key.substr(pair.size());
        const std::size_t colon = rest.find(':');
        out.append(pair);
        tag(rest.substr(0, colon));
        if (colon != std::string_view::npos) out.append(rest.substr(colon));
        return out;
    }
    tag(scope_key);
    return out;
}

// The fleet's heartbeat hash: one field per live client (see client_options::heartbeat_interval).
[[nodiscard]] inline std::string fleet_key(std::string_view prefix) { return std::string(prefix).append("fleet"); }

}  // namespace redis
WA_ERRORS_END_NAMESPACE
