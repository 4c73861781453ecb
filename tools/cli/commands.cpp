// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <wa_errors/wa_errors.hpp>

#include "failure.hpp"
#include "input.hpp"
#include "paste.hpp"
#include "query.hpp"
#include "render.hpp"
#include "terminal.hpp"

namespace wa_errors_cli {

namespace {

int nothing_found(const std::string& command, const std::string& problem) {
    std::cerr << "wa-errors: " << command << ": " << terminal_text(problem) << "\n";
    return 1;
}

// The lookup's entry, or an answer for when there is none: 1 when nothing matched, 2 when the
// query is part of several ids (it needs narrowing, as a usage error does).
std::optional<int> unanswered(const std::string& command, const query_options& query, const lookup& found) {
    if (!found.note.empty()) std::cerr << "wa-errors: " << command << ": " << found.note << "\n";
    if (found.entry != nullptr) return std::nullopt;
    const std::string asked = query.words.empty() ? std::string() : query.words.front();
    if (!found.candidates.empty()) {
        std::cerr << "wa-errors: " << command << ": '" << terminal_text(asked) << "' is part of "
                  << found.candidates.size() << " ids; name one:\n";
        std::size_t width = 0;
        for (const auto* e : found.candidates) width = std::max(width, e->id.size());
        for (const auto* e : found.candidates)
            std::cerr << "  " << e->id << std::string(width - e->id.size(), ' ') << "  " << e->title << "\n";
        return 2;
    }
    std::string problem = "no catalog entry with code or id '" + asked + "' (see 'wa-errors list')";
    if (!found.nearest.empty()) problem += "; did you mean '" + found.nearest + "'?";
    return nothing_found(command, problem);
}

std::vector<header_line> split_headers(const std::vector<std::string>& lines) {
    std::vector<header_line> headers;
    for (const std::string& line : lines) {
        const std::size_t colon = line.find(':');
        const std::size_t value = line.find_first_not_of(" \t", colon + 1);
        headers.push_back({line.substr(0, colon), value == std::string::npos ? "" : line.substr(value)});
    }
    return headers;
}

}  // namespace

int explain(const explain_options& options, bool colour) {
    const lookup found = look_up(options.query);
    if (const auto status = unanswered("explain", options.query, found)) return *status;
    if (options.json)
        std::cout << json_line(explain_json(found));
    else
        std::cout << explain_text(found, colour);
    return 0;
}

int classify(const classify_options& options, bool colour) {
    const std::string text = read_input(options.path);
    const paste_result result =
        find_errors(text, static_cast<int>(options.status.value_or(0)), split_headers(options.headers));
    if (result.truncated) std::cerr << "wa-errors: classify: the input holds more errors; only the first are shown\n";
    if (result.search_cut)
        std::cerr << "wa-errors: classify: stopped looking for JSON inside the text: the input is too tangled\n";
    if (result.errors.empty()) {
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) return nothing_found("classify", "input is empty");
        if (!result.json && result.status == 0)
            return nothing_found("classify",
                                 "input is not JSON and no --status was given; no error code in its text either");
        return nothing_found("classify", "no error found in the input");
    }
    if (options.json) {
        for (const found_error& f : result.errors) std::cout << json_line(found_json(f, result.hint));
    } else {
        std::cout << classify_text(result.errors, result.hint, colour);
    }
    return 0;
}

int decide(const decide_options& options, bool colour) {
    const lookup found = look_up(options.query);
    if (const auto status = unanswered("decide", options.query, found)) return *status;
    wa_errors::retry_input in;
    in.attempts = static_cast<unsigned>(options.attempt);
    in.scope_failures = static_cast<unsigned>(options.scope_failures);
    in.elapsed = options.elapsed;
    if (options.deadline) in.deadline_left = *options.deadline;
    in.jitter = options.jitter;
    if (options.retry_after) in.hint = wa_errors::server_hint::wait_for(*options.retry_after);
    const auto d = wa_errors::decide(*found.entry, in);
    if (options.json)
        std::cout << json_line(decision_json(*found.entry, d));
    else
        std::cout << decision_text(*found.entry, in.attempts, d, colour);
    return 0;
}

int list(const list_options& options, bool colour) {
    std::vector<const wa_errors::error_info*> entries;
    for (const auto& e : wa_errors::catalog()) {
        if ((!options.category || e.category == *options.category) && (!options.source || e.source == *options.source))
            entries.push_back(&e);
    }
    if (options.json) {
        for (const auto* e : entries) std::cout << json_line(entry_json(*e, e->code, e->subcode));
    } else if (options.markdown) {
        std::cout << list_markdown(entries);
    } else {
        std::cout << list_text(entries, colour);
    }
    return 0;
}

}  // namespace wa_errors_cli
