// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <wa_errors/retry.hpp>
#include <wa_errors/wa_errors.hpp>

#include "catalog_in_use.hpp"
#include "failure.hpp"
#include "input.hpp"
#include "paste.hpp"
#include "query.hpp"
#include "render.hpp"
#include "stream.hpp"
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

namespace {

// What classify prints for what it found in one input, or in one record of a stream.
struct classify_report {
    bool found = false;     // an error was found
    bool any_text = false;  // the input was not only blank
    bool any_json = false;  // JSON was found, or a status given or captured
    bool said_truncated = false;
    bool said_cut = false;

    void add(const paste_result& result, std::string_view text, std::size_t first_line, const classify_options& options,
             bool colour) {
        if (result.truncated && !said_truncated) {
            said_truncated = true;
            std::cerr << "wa-errors: classify: the input holds more errors; only the first are shown\n";
        }
        if (result.search_cut && !said_cut) {
            said_cut = true;
            std::cerr << "wa-errors: classify: stopped looking for JSON inside the text: the input is too tangled\n";
        }
        any_text = any_text || text.find_first_not_of(" \t\r\n") != std::string_view::npos;
        any_json = any_json || result.json || result.status != 0;
        if (result.errors.empty()) return;
        found = true;
        std::vector<found_error> errors = result.errors;
        for (found_error& f : errors) f.line += first_line - 1;
        if (options.json) {
            for (const found_error& f : errors) std::cout << json_line(found_json(f, result.hint));
        } else {
            std::cout << classify_text(errors, result.hint, colour);
        }
    }

    int status() const {
        if (found) return 0;
        if (!any_text) return nothing_found("classify", "input is empty");
        if (!any_json)
            return nothing_found("classify",
                                 "input is not JSON and no --status was given; no error code in its text either");
        return nothing_found("classify", "no error found in the input");
    }
};

// A pipe or a terminal: each record (a line, or a JSON value over several lines) is classified and
// printed as soon as it is whole, so `tail -f app.log | wa-errors classify` shows errors as they
// come. A record left open (a '{' never closed) is taken as it is after a quiet second. A `curl -i`
// capture (first line "HTTP/...") is one response: it is read whole, its headers apply to its body.
int classify_stream(const classify_options& options, bool colour) {
    const int status = static_cast<int>(options.status.value_or(0));
    const std::vector<header_line> headers = split_headers(options.headers);
    constexpr std::chrono::milliseconds patience{1000};
    classify_report report;
    line_reader in(0);
    record_splitter records;
    std::string record, line;
    std::size_t line_number = 0, record_start = 1;
    // False once standard output fails (its reader has gone): nothing more to do.
    auto finish_record = [&]() {
        if (!record.empty()) report.add(find_errors(record, status, headers), record, record_start, options, colour);
        record.clear();
        records.reset();
        std::cout.flush();
        return std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout);
    };
    for (;;) {
        const line_reader::got got = in.next(line, records.open() ? std::optional(patience) : std::nullopt);
        if (got == line_reader::got::end) break;
        if (got == line_reader::got::quiet) {
            if (!finish_record()) return report.status();
            continue;
        }
        ++line_number;
        if (line_number == 1 && line.rfind("HTTP/", 0) == 0) {
            record = line + "\n" + in.rest();
            break;
        }
        if (record.empty()) record_start = line_number;
        record += line;
        record += '\n';
        if ((records.add(line) || record.size() > max_input) && !finish_record()) return report.status();
    }
    finish_record();
    return report.status();
}

}  // namespace

int classify(const classify_options& options, bool colour) {
    if (options.path == "-" && is_stream(0)) return classify_stream(options, colour);
    const std::string text = read_input(options.path);
    classify_report report;
    report.add(find_errors(text, static_cast<int>(options.status.value_or(0)), split_headers(options.headers)), text, 1,
               options, colour);
    return report.status();
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
    for (const wa_errors::error_info& e : catalog_entries()) {
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
