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
    std::vector<std::string> match;  // lower-cased
    std::string title;
    std::string description;
    int http_status = 0;
    wa_errors::category category{};
    wa_errors::retry_policy retry{};  // merged with the per-kind defaults
    wa_errors::action action{};
    std::string remediation;
    std::string docs;
    int ordinal = 0;

    long long last_code() const { return code_max ? *code_max : *code; }
};

struct catalog_model {
    std::string version;
    std::vector<entry_model> entries;
};

}  // namespace wa_errors::gen
