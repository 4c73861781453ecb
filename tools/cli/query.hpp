// SPDX-License-Identifier: MIT
// How explain and decide read what they are asked about. A number the catalog knows as a Meta
// code is that code; another number from 100 to 599 is an HTTP status ("http N" always is); any
// other number is a code the catalog does not know; anything else is a catalog id, the end of
// one ("invalid_api_key") or a part of one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wa_errors/types.hpp>

namespace wa_errors_cli {

// What explain and decide look up (read as this file says).
struct query_options {
    std::vector<std::string> words{};   // a code, a catalog id or part of one, an HTTP status, or "http N"
    std::optional<long long> status{};  // the HTTP status the error came with
    std::optional<long long> subcode{};
    std::string message{};  // the error's text and the recipient's number tell a code's meanings apart
    std::string recipient{};
};

struct lookup {
    const wa_errors::error_info* entry = nullptr;  // what classify() picks; null when nothing matched
    std::optional<long long> code{};               // the code asked about, if one was
    std::optional<long long> subcode{};
    // Every catalog entry for the code, in the order classify() tries them, when it has several.
    std::vector<const wa_errors::error_info*> meanings{};
    // The ids the query is part of when it is part of several (entry is null then).
    std::vector<const wa_errors::error_info*> candidates{};
    std::string note{};     // how the query was read, when that may surprise (for stderr)
    std::string nearest{};  // when nothing matched: the id closest to the query, if one is close
};

// Throws usage_error for a query that cannot be read (two words that are not "http N", --subcode
// without a code, neither a query nor --status).
lookup look_up(const query_options& query);

}  // namespace wa_errors_cli
