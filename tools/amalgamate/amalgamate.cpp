// SPDX-License-Identifier: MIT
// amalgamate ROOT_HEADER OUTPUT: one header made of ROOT_HEADER and every header it includes
// with quotes ("..."), each once, in include order. System includes stay as they are.
// Used for single_include/wa_errors/wa_errors.hpp; exit 1 when a file can't be read or written.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

// The quoted include on this line ("detail/tables.hpp"), or empty.
std::string quoted_include(const std::string& line) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.compare(first, 8, "#include") != 0) return {};
    const auto open = line.find('"', first);
    const auto close = open == std::string::npos ? open : line.find('"', open + 1);
    return close == std::string::npos ? std::string() : line.substr(open + 1, close - open - 1);
}

bool is_pragma_once(const std::string& line) { return line.find("#pragma once") != std::string::npos; }

// Every header names its license in its first line; the single header says it once, at the top.
bool is_license_line(const std::string& line) { return line.rfind("// SPDX-License-Identifier:", 0) == 0; }

bool inline_file(const fs::path& file, std::set<fs::path>& seen, std::ostringstream& out) {
    const fs::path canonical = fs::weakly_canonical(file);
    if (!seen.insert(canonical).second) return true;
    std::ifstream in(file);
    if (!in) {
        std::cerr << "amalgamate: cannot read " << file.string() << "\n";
        return false;
    }
    out << "\n// ---- " << file.filename().string() << "\n";
    for (std::string line; std::getline(in, line);) {
        if (is_pragma_once(line) || is_license_line(line)) continue;
        const std::string included = quoted_include(line);
        if (included.empty()) {
            out << line << "\n";
        } else if (!inline_file(file.parent_path() / included, seen, out)) {
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: amalgamate ROOT_HEADER OUTPUT\n";
        return 2;
    }
    std::ostringstream out;
    out << "// SPDX-License-Identifier: MIT\n"
           "// wa_errors, single-header edition: the core (standard library only) and the error catalog.\n"
           "// GENERATED from tools/amalgamate/single_header.hpp by tools/amalgamate. DO NOT EDIT: run\n"
           "// `cmake --build build --target single_header` (the single_header_in_sync test checks this file).\n"
           "#pragma once\n";
    std::set<fs::path> seen;
    if (!inline_file(argv[1], seen, out)) return 1;
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    if (!file || !(file << out.str()) || !file.flush()) {
        std::cerr << "amalgamate: cannot write " << argv[2] << "\n";
        return 1;
    }
    return 0;
}
