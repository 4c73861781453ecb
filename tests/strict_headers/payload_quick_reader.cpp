// SPDX-License-Identifier: MIT
// payload/quick_reader.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/payload/quick_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Counts events; stops at none.
struct counter {
    std::size_t events = 0;
    bool start_object(std::size_t) { return ++events != 0; }
    bool start_array(std::size_t) { return ++events != 0; }
    bool end_object() { return ++events != 0; }
    bool end_array() { return ++events != 0; }
    bool key_text(std::string_view) { return ++events != 0; }
    bool string_text(std::string_view) { return ++events != 0; }
    bool number_integer(long long) { return ++events != 0; }
    bool number_unsigned(std::uint64_t) { return ++events != 0; }
    bool boolean(bool) { return ++events != 0; }
    bool null() { return ++events != 0; }
};

}  // namespace

std::size_t strict_payload_quick_reader(std::string_view body) {
    counter c;
    return wa_errors::payload::detail::quick_pass<counter>(body, c).run() ? c.events : 0;
}
