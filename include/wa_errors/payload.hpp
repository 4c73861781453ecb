// SPDX-License-Identifier: MIT
// wa_errors::payload: every error in a response body or webhook payload, classified, with the
// server's hint and usage levels from a whole response. Needs nlohmann_json (CMake target
// wa_errors::payload). Not named `json`, so that `using json = nlohmann::json;` next to
// `using namespace wa_errors;` keeps compiling.
//   parse(body, http_status)        the errors of one body or webhook (parse.hpp)
// and, one include each (so that a unit that only parses bodies does not compile them):
//   parse_response(response_view)   errors, server_hint and usage levels of a response:
//                                   #include <wa_errors/payload/response.hpp>
//   parse_usage(header, header)     Meta's X-Business-Use-Case-Usage and X-App-Usage:
//                                   #include <wa_errors/payload/usage.hpp>
#pragma once

#include "parsed_error.hpp"
#include "payload/parse.hpp"
