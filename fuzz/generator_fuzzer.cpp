// SPDX-License-Identifier: MIT
// libFuzzer target: wa-errors-gen's reading and writing halves must never crash, throw or hang on
// an untrusted catalog. A catalog is either rejected with a message naming file, place and field,
// or accepted and turned into a header, the same bytes every time.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "emit_header.hpp"
#include "read_catalog.hpp"

namespace {

void check(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto result = wa_errors::gen::read_catalog(text, "fuzz.json");
    if (const auto* problem = std::get_if<std::string>(&result)) {
        check(problem->rfind("fuzz.json", 0) == 0);  // every message starts with the file name
        return 0;
    }
    const auto& catalog = std::get<wa_errors::gen::catalog_model>(result);
    check(!catalog.entries.empty() && catalog.entries.size() < 0xFFFF);
    const std::string header = wa_errors::gen::emit_header(catalog);
    check(header.find("namespace generated") != std::string::npos);
    check(header.find("inline constexpr detail::subcode_index subcodes") != std::string::npos);
    if (size < 4096) check(header == wa_errors::gen::emit_header(catalog));  // deterministic
    return 0;
}
