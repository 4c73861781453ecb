// SPDX-License-Identifier: MIT
// wa-errors-gen INPUT.json OUTPUT.hpp: validates the catalog and writes the constexpr table.
// Exit 0 on success, 1 when the catalog is invalid or a file can't be read or written, 2 on usage.
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "emit_header.hpp"
#include "read_catalog.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: wa-errors-gen INPUT.json OUTPUT.hpp\n";
        return 2;
    }
    const std::string input_path = argv[1];
    const std::string output_path = argv[2];

    std::ifstream input(input_path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
    if (!input && !input.eof()) {
        std::cerr << input_path << ": cannot read the catalog\n";
        return 1;
    }
    auto result = wa_errors::gen::read_catalog(text, input_path);
    if (const auto* problem = std::get_if<std::string>(&result)) {
        std::cerr << *problem << "\n";
        return 1;
    }
    std::string header;
    try {
        header = wa_errors::gen::emit_header(std::get<wa_errors::gen::catalog_model>(result));
    } catch (const std::exception& error) {  // out of memory for a huge catalog
        std::cerr << input_path << ": cannot generate the header: " << error.what() << "\n";
        return 1;
    }

    std::ofstream output(output_path, std::ios::binary | std::ios::trunc);
    if (!output || !(output << header) || !output.flush()) {
        std::cerr << output_path << ": cannot write the header\n";
        return 1;
    }
    return 0;
}
