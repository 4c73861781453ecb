// SPDX-License-Identifier: MIT
// The catalog as the generator sees it once it has been read and validated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wa_errors/types.hpp>

namespace wa_errors::gen {

struct entry_model {
    std::string id;
    wa_errors::source source{};
    std::optional<long long> code;
    std::optional<long long> code_max;
    std::optional<long long> subcode;
    std::vector<std::string> match;             // lower-cased
    std::vector<std::string> recipient_prefix;  // digits, country calling code first
    std::string title;
    std::string description;
    int http_status = 0;
    wa_errors::category category{};
    wa_errors::retry_policy retry{};  // merged with the per-kind defaults
    wa_errors::hold_policy hold{};    // merged with the defaults of the kind and scope
    wa_errors::action action{};
    std::string remediation;
    std::string docs;
    int ordinal = 0;
    wa_errors::transport_failure transport = wa_errors::transport_failure::none;  // generic entries only

    long long last_code() const { return code_max ? *code_max : *code; }
    // A variant is chosen by a condition (text or recipient); the other entry of its key is not.
    bool has_condition() const { return !match.empty() || !recipient_prefix.empty(); }
};

struct limit_model {
    wa_errors::retry_scope scope{};
    double per_second = 0;
    double burst = 0;
    double max_per_second = 0;
    std::string docs;
};

struct catalog_model {
    std::string version;
    std::vector<limit_model> limits;
    std::vector<entry_model> entries;
};

}  // namespace wa_errors::gen
