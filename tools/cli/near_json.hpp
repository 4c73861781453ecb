// SPDX-License-Identifier: MIT
// Text that is almost JSON, as people paste it from logs and debuggers, rewritten as JSON so that
// the payload reader can read it:
//   Python dict reprs        {'error': {'code': 131047, 'is_transient': False, 'x': None}}
//   JavaScript objects       { error: { code: 131047, message: '(#131047) ...' } }
//   Ruby hashes              {"error"=>{"code"=>190}}, {:error=>{:code=>190}}
//   Java / Kotlin toString   Error{code=131047, title=Re-engagement message}, Error(code=190, ...)
//   JSON cut short or with a missing or trailing comma.
// It reads one value, from the bracket that opens it to the one that closes it (or the end of the
// text, when it was cut), and refuses text it cannot read as such a value, as prose.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wa_errors_cli {

struct near_json {
    std::string json{};
    std::size_t used = 0;  // the bytes of the text the value took
    bool cut = false;      // the text ended before the value did: it was closed here
};

// `text` starts at the opening bracket: '{', '[', or the '(' or '[' after a class name.
std::optional<near_json> as_json(std::string_view text);

}  // namespace wa_errors_cli
