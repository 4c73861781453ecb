// SPDX-License-Identifier: MIT
// redis/script_io.hpp alone, under the strict warnings of CMakeLists.txt.
#include <wa_errors/redis/script_io.hpp>

#include <cstddef>

std::size_t strict_redis_script_io(double number) {
    const wa_errors::redis::script_arg as_number(number);
    const wa_errors::redis::script_arg as_text(std::string_view("acquire"));
    wa_errors::redis::script_reply reply;
    return as_number.size() + as_text.size() + reply.text_view().size() + (as_text.data() != nullptr ? 1U : 0U);
}
