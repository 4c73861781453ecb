// SPDX-License-Identifier: MIT
// payload/sax_parse.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/sax_parse.hpp>

#include <string_view>

#include <nlohmann/json.hpp>

bool strict_payload_sax_parse(std::string_view text) {
    nlohmann::json value;
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> handler(value, false);
    return wa_errors::payload::detail::sax_parse(text.data(), text.data() + text.size(), &handler);
}
