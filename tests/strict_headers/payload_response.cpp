// SPDX-License-Identifier: MIT
// payload/response.hpp alone, under the strict warnings of CMakeLists.txt; headers_from over
// the header containers clients hold (and cpp-httplib's, when the build has it).
#include <wa_errors/payload/response.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

#if defined(WA_ERRORS_STRICT_HTTPLIB)
#include <httplib.h>
#endif

bool strict_payload_response(const std::map<std::string, std::string>& headers,
                             const std::vector<std::pair<std::string, std::string>>& more) {
    wa_errors::payload::response_view response;
    response.headers = wa_errors::payload::headers_from(headers);
    const std::vector<wa_errors::payload::header_field> extra = wa_errors::payload::headers_from(more);
    response.headers.insert(response.headers.end(), extra.begin(), extra.end());
#if defined(WA_ERRORS_STRICT_HTTPLIB)
    const httplib::Headers from_httplib = {{"Retry-After", "5"}};
    const std::vector<wa_errors::payload::header_field> httplib_fields = wa_errors::payload::headers_from(from_httplib);
    response.headers.insert(response.headers.end(), httplib_fields.begin(), httplib_fields.end());
#endif
    response.status = 503;
    return wa_errors::payload::parse_response(response).hint.says_wait();
}
