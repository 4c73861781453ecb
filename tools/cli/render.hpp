// How wa-errors shows entries, parsed errors and decisions: JSON (DESIGN §10), aligned text for
// people (colour only on a terminal without NO_COLOR), and the Markdown catalog table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <wa_errors/parsed_error.hpp>
#include <wa_errors/retry.hpp>
#include <wa_errors/types.hpp>

namespace wa_errors_cli {

using ordered_json = nlohmann::ordered_json;

ordered_json entry_json(const wa_errors::error_info& e, std::optional<long long> code,
                        std::optional<long long> subcode);
ordered_json parsed_json(const wa_errors::payload::parsed_error& p);
ordered_json decision_json(const wa_errors::error_info& e, const wa_errors::retry_decision& d);

std::string explain_text(const wa_errors::error_info& e, std::optional<long long> code, bool colour);
std::string classify_text(const std::vector<wa_errors::payload::parsed_error>& errors, bool colour);
std::string decision_text(const wa_errors::error_info& e, unsigned attempt, const wa_errors::retry_decision& d,
                          bool colour);
std::string list_text(const std::vector<const wa_errors::error_info*>& entries, bool colour);
std::string list_markdown(const std::vector<const wa_errors::error_info*>& entries);

}  // namespace wa_errors_cli
