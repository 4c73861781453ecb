// SPDX-License-Identifier: MIT
// wa_errors::payload internals: a quick, allocation-free pass that proves a body holds no error.
// Most webhook traffic is sent/delivered/read statuses; proving that such a body is valid JSON
// without any key that could introduce an error answers it without the reader's bookkeeping.
// It is the quick pass with a handler that only watches keys, so it gives up wherever that pass
// does (and the reader decides): it can only ever be right or unsure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../version.hpp"
#include "quick_reader.hpp"
#include "vocabulary.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::detail {

// Stops the pass at the first key that could start an error. "code" counts only near the root,
// where a bare error object could sit; the depth is tracked for that.
class no_error_watch {
public:
    bool start_object(std::size_t) noexcept { return ++depth_ != 0; }
    bool start_array(std::size_t) noexcept { return ++depth_ != 0; }
    bool end_object() noexcept { return depth_-- != 0; }
    bool end_array() noexcept { return depth_-- != 0; }
    bool key_text(std::string_view name) noexcept { return !may_introduce_error(name, depth_ <= 2); }
    bool string_text(std::string_view) noexcept { return true; }
    bool number_integer(long long) noexcept { return true; }
    bool number_unsigned(std::uint64_t) noexcept { return true; }
    bool boolean(bool) noexcept { return true; }
    bool null() noexcept { return true; }

private:
    int depth_ = 0;
};

// True when `body` provably holds no error; false means "not sure", never "has an error".
// Allocates only for a key or text with escapes (one buffer), so it is not noexcept.
inline bool proves_no_error(std::string_view body) {
    no_error_watch watch;
    return quick_pass<no_error_watch>(body, watch).run();
}

}  // namespace payload::detail
WA_ERRORS_END_NAMESPACE
