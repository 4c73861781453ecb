// SPDX-License-Identifier: MIT
// How wa-errors shows entries, found errors and decisions: JSON (docs/cli.md has the contract),
// aligned text for people (colour when asked; text from payloads made safe for a terminal), and
// the Markdown catalog table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <wa_errors/retry.hpp>
#include <wa_errors/server_hint.hpp>
#include <wa_errors/types.hpp>

#include "paste.hpp"
#include "query.hpp"

namespace wa_errors_cli {

using ordered_json = nlohmann::ordered_json;

// One JSON value as a line of JSON Lines. Text that is not UTF-8 (plain text read from a paste)
// is written with U+FFFD in its place: the output is always valid JSON.
std::string json_line(const ordered_json& value);

ordered_json entry_json(const wa_errors::error_info& e, std::optional<long long> code,
                        std::optional<long long> subcode);
ordered_json explain_json(const lookup& found);
ordered_json found_json(const found_error& f, const wa_errors::server_hint& hint);
ordered_json decision_json(const wa_errors::error_info& e, const wa_errors::retry_decision& d);

std::string explain_text(const lookup& found, bool colour);
std::string classify_text(const std::vector<found_error>& errors, const wa_errors::server_hint& hint, bool colour);
std::string decision_text(const wa_errors::error_info& e, unsigned attempt, const wa_errors::retry_decision& d,
                          bool colour);
std::string list_text(const std::vector<const wa_errors::error_info*>& entries, bool colour);
std::string list_markdown(const std::vector<const wa_errors::error_info*>& entries);

}  // namespace wa_errors_cli
