// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_file::read: the text of a catalog file (data/errors.json's format)
// to a checked model, or one message naming file, entry and field. Text problems are located
// by line and column (malformed JSON), by entry (a duplicated key) or by field (a number too
// large for a double); the rules themselves are catalog_rules.hpp's. Used by the generator and
// by catalog_overlay. Needs nlohmann_json (CMake target wa_errors::payload).
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <new>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "../version.hpp"
#include "catalog_model.hpp"
#include "catalog_rules.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::catalog_file {
namespace reading {

using nlohmann::json;
using rules::place;
using rules::type_name;

inline std::pair<int, int> line_and_column(std::string_view text, std::size_t byte) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// JSON lets a key appear twice in an object and nlohmann keeps the last one silently; in a
// catalog that is always a mistake (an edited copy of a field), so it is reported.
class duplicate_key_finder {
public:
    bool operator()(int depth, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
                if (depth == 2 && top_level_key_ == "entries") ++entry_index_;
                keys_.emplace_back();
                break;
            case json::parse_event_t::object_end:
                if (!keys_.empty()) keys_.pop_back();
                break;
            case json::parse_event_t::key: {
                const auto& key = parsed.get_ref<const std::string&>();
                if (depth == 1) top_level_key_ = key;
                if (!keys_.empty() && !keys_.back().insert(key).second && problem_.empty()) {
                    problem_ = "duplicate key \"" + key + "\"";
                    if (top_level_key_ == "entries" && depth > 1)
                        problem_ += " in entries[" + std::to_string(entry_index_) + "]";
                }
                break;
            }
            default: break;
        }
        return true;
    }
    const std::string& problem() const { return problem_; }

private:
    std::vector<std::set<std::string>> keys_{};
    std::string top_level_key_{};
    long entry_index_ = -1;
    std::string problem_{};
};

// Where `value` sits below `node`, as "entries[3].retry.initial_delay_ms"; empty if it is not
// there. The catalog's fields are a few levels deep, so the search stops at `depth_left`.
inline std::string path_to(const json& node, const json& value, int depth_left) {
    if (node == value) return ".";
    if (depth_left == 0) return {};
    if (node.is_object()) {
        for (const auto& item : node.items()) {
            const std::string below = path_to(item.value(), value, depth_left - 1);
            if (below == ".") return item.key();
            if (!below.empty()) return item.key() + (below[0] == '[' ? "" : ".") + below;
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            const std::string below = path_to(node[i], value, depth_left - 1);
            std::string here = "[" + std::to_string(i) + "]";
            if (below == ".") return here;
            if (!below.empty()) {
                here += below[0] == '[' ? "" : ".";
                here += below;
                return here;
            }
        }
    }
    return {};
}

// A number too large for a double (1e400) makes nlohmann throw out_of_range, which carries no
// position. The literal is found in the text and replaced by a marker string, and the marker's
// place in the parsed document names the entry and field.
inline std::string number_out_of_range(std::string_view text, const std::string& file, const std::string& what) {
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    const std::string literal =
        open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : std::string();
    auto is_delimiter = [](char c) {
        return c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' || c == ' ' || c == '\t' ||
               c == '\r' || c == '\n';
    };
    std::size_t at = literal.empty() ? std::string_view::npos : text.find(literal);
    while (at != std::string_view::npos) {
        const bool starts = at == 0 || is_delimiter(text[at - 1]);
        const bool ends = at + literal.size() == text.size() || is_delimiter(text[at + literal.size()]);
        if (starts && ends) break;
        at = text.find(literal, at + 1);
    }
    const std::string problem = "number " + literal + " is out of range";
    if (at == std::string_view::npos) return file + ": " + problem;
    const auto [line, column] = line_and_column(text, at);
    std::string located = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + problem;
    const json marker = "\u0001wa-errors-gen: out of range\u0001";
    std::string patched(text.substr(0, at));
    patched += marker.dump();
    patched += text.substr(at + literal.size());
    const json root = json::parse(patched, nullptr, false);
    if (root.is_discarded()) return located;  // another problem further on; this one comes first
    const std::string path = path_to(root, marker, 4);
    if (path.empty() || path == ".") return located;
    place where{file, ""};
    std::string field = path;
    if (path.rfind("entries[", 0) == 0) {
        const auto bracket = path.find(']');
        const std::size_t index = std::stoul(path.substr(8, bracket - 8));
        where.where = path.substr(0, bracket + 1);
        const json& entry = root["entries"][index];
        if (entry.is_object() && entry.contains("id") && entry["id"].is_string())
            where.where += " (" + entry["id"].get<std::string>() + ")";
        field = bracket + 1 < path.size() ? path.substr(bracket + 2) : std::string();
    }
    try {
        where.fail(field, problem);
    } catch (const invalid& error) {
        return error.what();
    }
    return located;
}

inline model parse_and_check(std::string_view text, const std::string& file) {
    json root;
    duplicate_key_finder duplicates;
    try {
        root = json::parse(text, std::ref(duplicates));
    } catch (const json::out_of_range& error) {
        throw invalid(number_out_of_range(text, file, error.what()));
    } catch (const json::parse_error& error) {
        const std::size_t byte = error.byte > 0 ? error.byte - 1 : 0;
        const auto [line, column] = line_and_column(text, byte);
        std::string what = error.what();
        if (const auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
        throw invalid(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": malformed JSON: " + what);
    }
    if (!duplicates.problem().empty())
        rules::place{file, ""}.fail("", duplicates.problem() + " (JSON keeps only the last one)");
    return rules::from_json(root, file);
}

}  // namespace reading

// The catalog, or one message naming file, entry index, id and field, e.g.
// `data/errors.json: entries[17] (meta.131047): field "category": unknown value "recpient"`.
// `file_name` is what messages call the text.
inline std::variant<model, std::string> read(std::string_view json_text, const std::string& file_name) {
    try {
        return reading::parse_and_check(json_text, file_name);
    } catch (const invalid& error) {
        return std::string(error.what());
    } catch (const std::bad_alloc&) {
        return file_name + ": the catalog is too large to read";
    } catch (const std::exception& error) {
        // Every rule is checked before a value is used, so this is a bug; still, a message
        // beats an abort.
        return file_name + ": cannot read the catalog: " + error.what();
    }
}

}  // namespace payload::catalog_file
WA_ERRORS_END_NAMESPACE
