// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_file: a catalog file (data/errors.json's format) once it has been
// read and checked, before it becomes a table. The generator turns it into catalog.gen.hpp;
// catalog_overlay turns it into a table at run time. Both read it with catalog_reader.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../types.hpp"
#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::catalog_file {

// One entry, with owned strings (error_info views the table's).
struct entry {
    std::string id{};
    wa_errors::source source{};
    std::optional<long long> code{};
    std::optional<long long> code_max{};
    std::optional<long long> subcode{};
    std::vector<std::string> match{};             // lower-cased
    std::vector<std::string> recipient_prefix{};  // digits, country calling code first
    std::string title{};
    std::string description{};
    int http_status = 0;
    wa_errors::category category{};
    wa_errors::retry_policy retry{};  // merged with the per-kind defaults
    wa_errors::hold_policy hold{};    // merged with the defaults of the kind and scope
    wa_errors::action action{};
    std::string remediation{};
    std::string docs{};
    int ordinal = 0;
    wa_errors::transport_failure transport = wa_errors::transport_failure::none;  // generic entries only

    [[nodiscard]] long long last_code() const { return code_max ? *code_max : *code; }
    // A variant is chosen by a condition (text or recipient); the other entry of its key is not.
    [[nodiscard]] bool has_condition() const { return !match.empty() || !recipient_prefix.empty(); }
};

struct limit {
    wa_errors::retry_scope scope{};
    double per_second = 0;
    double burst = 0;
    double max_per_second = 0;
    std::string docs{};
};

struct model {
    std::string version{};
    std::vector<limit> limits{};
    std::vector<entry> entries{};
};

}  // namespace payload::catalog_file
WA_ERRORS_END_NAMESPACE
