// SPDX-License-Identifier: MIT
// wa_errors::payload internals: SAX-parse JSON text with nlohmann's parser, without what
// `json::sax_parse` drags in. That function also instantiates nlohmann's binary readers (CBOR,
// MessagePack, UBJSON, BSON, BJData) for every handler type, although JSON text never reaches
// them: about 200 M compiler instructions per handler, a third of what payload.hpp costs a
// translation unit. Constructing the JSON parser directly instantiates only the JSON path.
//
// The direct path names nlohmann::detail (not documented API): it is the code json::sax_parse
// runs for JSON in every release from 3.9.1 (the oldest the build accepts) to 3.12.0, the newest
// checked. Other versions, or a build that defines WA_ERRORS_NLOHMANN_PUBLIC_SAX, take the public
// json::sax_parse: the same events, a slower build.
#pragma once

#include <utility>

#include <nlohmann/json.hpp>

#include "../version.hpp"

#if !defined(WA_ERRORS_NLOHMANN_PUBLIC_SAX) && defined(NLOHMANN_JSON_VERSION_MAJOR) && \
    NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR >= 9 && NLOHMANN_JSON_VERSION_MINOR <= 12
#define WA_ERRORS_DETAIL_DIRECT_SAX 1
#else
#define WA_ERRORS_DETAIL_DIRECT_SAX 0
#endif

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// Whether sax_parse below bypasses json::sax_parse (a test reports which path it checked).
inline constexpr bool direct_sax = WA_ERRORS_DETAIL_DIRECT_SAX != 0;

// json::sax_parse(first, last, handler) for JSON text, strict (the whole text is one value).
template <class Handler>
bool sax_parse(const char* first, const char* last, Handler* handler) {
#if WA_ERRORS_DETAIL_DIRECT_SAX
    using adapter = decltype(nlohmann::detail::input_adapter(first, last));
    return nlohmann::detail::parser<nlohmann::json, adapter>(nlohmann::detail::input_adapter(first, last), nullptr,
                                                             true, false)
        .sax_parse(handler, true);
#else
    return nlohmann::json::sax_parse(first, last, handler);
#endif
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
