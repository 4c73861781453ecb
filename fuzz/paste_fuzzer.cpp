// SPDX-License-Identifier: MIT
// libFuzzer target: the reader behind `wa-errors classify` (tools/cli/paste.cpp), which takes
// whatever people paste: bodies, `curl -i` captures, log lines with JSON (escaped or not) in
// them, JSON Lines, near-JSON (Python, JavaScript, Ruby, Java), plain text. It must never crash,
// and must keep its caps and line numbers; what the near-JSON rewriter writes must be JSON.
// The first byte picks the status given on the command line (0: none), as `--status` would.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <wa_errors/payload.hpp>

#include "near_json.hpp"

#include "paste.hpp"

namespace {

void check(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const int status = data[0] % 4 == 0 ? 0 : 100 + data[0] * 2;
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    std::vector<wa_errors_cli::header_line> headers;
    if (data[0] % 8 == 1) headers.push_back({"Retry-After", "30"});
    const wa_errors_cli::paste_result r = wa_errors_cli::find_errors(input, status, headers);
    check(r.errors.size() <= wa_errors_cli::max_found);
    std::size_t lines = 1;
    for (const char c : input) lines += c == '\n' ? 1 : 0;
    std::size_t previous = 1;
    for (const auto& found : r.errors) {
        check(found.error.info != nullptr);
        check(found.line >= 1 && found.line <= lines);
        check(found.line >= previous);  // in input order
        previous = found.line;
    }
    if (status != 0) check(r.status == status);
    check(r.hint.wait.count() >= 0);
    const std::size_t open = input.find_first_of("{[(");
    if (open != std::string_view::npos) {
        const auto near = wa_errors_cli::as_json(input.substr(open));
        if (near) {
            check(near->used <= input.size() - open);
            // JSON apart from what its strings hold: bytes of the paste that need not be UTF-8.
            std::string syntax = near->json;
            for (char& c : syntax)
                if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
            check(nlohmann::json::accept(syntax));
        }
    }
    return 0;
}
