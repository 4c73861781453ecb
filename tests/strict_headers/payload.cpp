// SPDX-License-Identifier: MIT
// payload.hpp, the payload parser's umbrella, alone under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload.hpp>

#include <string_view>

bool strict_payload(std::string_view body) {
    const wa_errors::payload::parse_result parsed = wa_errors::payload::parse(body, 400);
    wa_errors::payload::response_view response;
    response.status = 429;
    response.headers = {{"Retry-After", "30"}, {"X-App-Usage", R"({"call_count": 100})"}};
    response.body = body;
    const wa_errors::payload::response_result read = wa_errors::payload::parse_response(response);
    const wa_errors::payload::usage_report usage = wa_errors::payload::parse_usage(R"({"1": [{"call_count": 5}]})");
    return parsed.status == wa_errors::payload::parse_status::ok && read.hint.says_wait() && usage.highest() > 1.0;
}
