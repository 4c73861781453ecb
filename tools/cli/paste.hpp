// SPDX-License-Identifier: MIT
// Every error in what people paste into classify: a response body or webhook payload; `curl -i`
// output, whose status line and headers count too; log lines with JSON in them, also JSON escaped
// inside a log field or a JSON log's string; JSON Lines; near-JSON (near_json.hpp); plain text
// that names a code, such as "(#131047) Re-engagement message", "error code 131047" or
// "131047: Re-engagement message" (docs/cli.md lists the forms).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <wa_errors/parsed_error.hpp>
#include <wa_errors/server_hint.hpp>

namespace wa_errors_cli {

struct header_line {
    std::string name{};
    std::string value{};
};

struct found_error {
    wa_errors::payload::parsed_error error{};
    std::size_t line = 1;  // the input line where the JSON or text the error is in starts
};

// At most this many errors are kept (a few hundred bytes each): a 64 MiB log could hold
// millions, and nobody reads past the first screens.
inline constexpr std::size_t max_found = 100000;

struct paste_result {
    std::vector<found_error> errors{};  // in input order
    wa_errors::server_hint hint{};      // Retry-After and the usage headers, of the capture and --header
    int status = 0;                     // the HTTP status the input came with: --status, else the capture's
    bool json = false;                  // the input is JSON, or JSON was found in it
    bool truncated = false;             // more errors than max_found (or a body's max_errors) were there
    bool search_cut = false;            // the input was too tangled to look for JSON everywhere in it
};

// `status` (0: none) is the response's HTTP status; when set it replaces a capture's status line.
// `headers` are added to a capture's headers.
paste_result find_errors(std::string_view input, int status, const std::vector<header_line>& headers);

}  // namespace wa_errors_cli
