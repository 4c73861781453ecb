// SPDX-License-Identifier: MIT
#include "emit_header.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "perfect_hash.hpp"

namespace wa_errors::gen {

namespace {

constexpr std::uint16_t no_entry = 0xFFFF;

// A C++ string literal. Bytes outside printable ASCII become 3-digit octal escapes, which,
// unlike \x, cannot swallow a following character.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte > 0x7E) {
            const char octal[] = {'\\', static_cast<char>('0' + (byte >> 6)),
                                  static_cast<char>('0' + ((byte >> 3) & 7)), static_cast<char>('0' + (byte & 7)),
                                  '\0'};
            out += octal;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// A std::string_view literal: "..."sv takes its length from the literal, whereas constructing
// a string_view from a plain literal makes the compiler evaluate strlen for every string of
// the table, which was most of the header's compile time.
std::string view(const std::string& text) { return quoted(text) + "sv"; }

std::string number(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest, locale-free
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
}

std::string optional_code(const std::optional<long long>& code) {
    return code ? "{" + std::to_string(*code) + ", true}" : "{}";
}

// For every Meta code: the entry to use when no `match` applies and the `match` variants.
struct code_plan {
    std::uint16_t primary = no_entry;
    std::vector<std::uint16_t> variants;
};

// Which entries cover each key. Built once, so that planning every slot of a catalog of tens of
// thousands of entries stays linear.
class coverage {
public:
    explicit coverage(const catalog_model& catalog) : catalog_(catalog) {
        for (std::size_t i = 0; i < catalog.entries.size(); ++i) {
            const entry_model& e = catalog.entries[i];
            if (!e.code) continue;
            const auto index = static_cast<std::uint16_t>(i);
            if (e.subcode)
                pairs_[{*e.code, *e.subcode}].push_back(index);
            else if (e.code_max)
                ranges_[{*e.code, *e.code_max}].push_back(index);
            else
                exact_[*e.code].push_back(index);
        }
    }

    // One exact code: its own entries and those of the range containing it (ranges are disjoint).
    code_plan code(long long code) const {
        std::vector<std::uint16_t> covering;
        if (const auto it = exact_.find(code); it != exact_.end()) covering = it->second;
        auto after = ranges_.upper_bound({code, std::numeric_limits<long long>::max()});
        if (after != ranges_.begin() && code <= std::prev(after)->first.second)
            covering.insert(covering.end(), std::prev(after)->second.begin(), std::prev(after)->second.end());
        std::sort(covering.begin(), covering.end());  // catalog order decides among variants
        return plan(covering);
    }
    code_plan range(long long first, long long last) const { return plan(ranges_.at({first, last})); }
    code_plan pair(long long code, long long subcode) const { return plan(pairs_.at({code, subcode})); }

private:
    code_plan plan(const std::vector<std::uint16_t>& covering) const {
        code_plan result;
        for (std::uint16_t index : covering) {
            if (catalog_.entries[index].has_condition())
                result.variants.push_back(index);
            else
                result.primary = index;
        }
        if (result.primary == no_entry) result.primary = result.variants.front();  // else its first variant
        return result;
    }

    const catalog_model& catalog_;
    std::map<long long, std::vector<std::uint16_t>> exact_;
    std::map<std::pair<long long, long long>, std::vector<std::uint16_t>> ranges_;
    std::map<std::pair<long long, long long>, std::vector<std::uint16_t>> pairs_;
};

// Keys laid out for detail::key_table: through a perfect hash when one exists, else sorted.
struct key_layout {
    std::uint32_t multiplier = 0;  // 0: sorted
    unsigned shift = 0;
    std::vector<std::int32_t> slots;  // the key in each slot, -1 if empty
};

key_layout lay_out(const std::vector<std::int32_t>& sorted_keys) {
    key_layout layout;
    if (const auto hash = find_perfect_hash(sorted_keys)) {
        layout.multiplier = hash->multiplier;
        layout.shift = 32 - hash->bits;
        layout.slots.assign(std::size_t{1} << hash->bits, -1);
        for (std::int32_t key : sorted_keys) layout.slots[slot_of(key, *hash)] = key;
    } else {
        layout.slots = sorted_keys;
    }
    if (layout.slots.empty()) layout.slots.push_back(-1);  // arrays can't be empty; -1 matches nothing
    return layout;
}

class header_writer {
public:
    explicit header_writer(const catalog_model& catalog) : catalog_(catalog), covered_(catalog) {}

    std::string write() {
        banner();
        match_lists();
        entries();
        limits();
        code_tables();
        index_lists();
        out_ << "}  // namespace generated\nWA_ERRORS_END_NAMESPACE\n// NOLINTEND(modernize-raw-string-literal)\n";
        return out_.str();
    }

private:
    void banner() {
        out_ << "// SPDX-License-Identifier: MIT\n"
                "// GENERATED by wa-errors-gen from data/errors.json. DO NOT EDIT: change the catalog and run\n"
                "// `cmake --build build --target wa_errors_generate` (the catalog_in_sync test checks this file).\n"
                "// clang-format off\n"
                "// NOLINTBEGIN(modernize-raw-string-literal): strings are written as the catalog has them\n"
                "#pragma once\n\n"
                "#include <cstdint>\n#include <optional>\n#include <string_view>\n\n"
                "#include \"detail/tables.hpp\"\n#include \"types.hpp\"\n#include \"version.hpp\"\n\n"
                // The library's ABI namespace (version.hpp), so that the table's symbols carry the tag.
                "WA_ERRORS_BEGIN_NAMESPACE\nnamespace generated {\n\n"
             << "using std::string_view_literals::operator\"\"sv;\n\n"
             << "inline constexpr std::string_view catalog_version = " << view(catalog_.version) << ";\n\n";
    }

    void match_lists() {
        for (std::size_t i = 0; i < catalog_.entries.size(); ++i) {
            const entry_model& e = catalog_.entries[i];
            if (!e.match.empty()) {
                out_ << "inline constexpr std::string_view match_" << i << "[] = {";
                for (std::size_t m = 0; m < e.match.size(); ++m) out_ << (m ? ", " : "") << view(e.match[m]);
                out_ << "};  // " << e.id << "\n";
            }
            if (!e.recipient_prefix.empty()) {
                out_ << "inline constexpr std::string_view recipients_" << i << "[] = {";
                for (std::size_t m = 0; m < e.recipient_prefix.size(); ++m)
                    out_ << (m ? ", " : "") << view(e.recipient_prefix[m]);
                out_ << "};  // " << e.id << "\n";
            }
        }
        out_ << "\n";
    }

    // Each distinct retry policy and hold once, as a named constant the entries copy: the 233 entries
    // share 41 policies and 34 holds, and every initialiser of the table costs each translation
    // unit that includes it (the compiler's work grows with the initialisers, not with the bytes).
    std::string retry_text(const retry_policy& r) const {
        std::ostringstream text;
        text << "{retry_kind::" << to_string(r.kind) << ", retry_scope::" << to_string(r.scope) << ", "
             << r.initial_delay_ms << ", " << r.max_delay_ms << ", " << number(r.multiplier) << ", " << r.max_attempts
             << ", " << r.min_delay_ms << ", " << r.max_elapsed_ms << ", retry_outcome::" << to_string(r.outcome)
             << ", " << r.repeat_min_delay_ms << "}";
        return text.str();
    }
    static std::string hold_text(const hold_policy& h) {
        return "{retry_scope::" + std::string(to_string(h.scope)) + ", traffic::" + std::string(to_string(h.traffic)) +
               ", hold_lifts::" + std::string(to_string(h.lifts)) + "}";
    }
    // The name of the shared constant `text` initialises, declared on first use.
    std::string shared(const char* type, const char* prefix, const std::string& text,
                       std::map<std::string, std::string>& names) {
        auto [it, added] = names.try_emplace(text, prefix + std::to_string(names.size()));
        if (added) out_ << "inline constexpr " << type << " " << it->second << " = " << text << ";\n";
        return it->second;
    }

    void entries() {
        std::map<std::string, std::string> policies;
        std::map<std::string, std::string> holds;
        std::vector<std::pair<std::string, std::string>> shared_of;  // per entry: its policy and hold
        for (const entry_model& e : catalog_.entries) {
            std::string policy = shared("retry_policy", "retry_", retry_text(e.retry), policies);
            shared_of.emplace_back(std::move(policy), shared("hold_policy", "hold_", hold_text(e.hold), holds));
        }
        out_ << "\ninline constexpr error_info entries[] = {\n";
        for (std::size_t i = 0; i < catalog_.entries.size(); ++i) {
            const entry_model& e = catalog_.entries[i];
            out_ << "    {" << view(e.id)
                 << ", source::" << (e.source == source::dialog360 ? "dialog360" : std::string(to_string(e.source)))
                 << ", " << optional_code(e.code) << ", " << optional_code(e.code_max) << ", "
                 << optional_code(e.subcode) << ",\n     "
                 << (e.match.empty() ? std::string("{}")
                                     : "{match_" + std::to_string(i) + ", " + std::to_string(e.match.size()) + "}")
                 << ",\n     " << view(e.title) << ",\n     " << view(e.description) << ",\n     " << e.http_status
                 << ", category::" << to_string(e.category) << ", " << shared_of[i].first
                 << ",\n     action::" << to_string(e.action) << ",\n     " << view(e.remediation) << ",\n     "
                 << view(e.docs) << ", " << e.ordinal << ", "
                 << (e.recipient_prefix.empty()
                         ? std::string("{}")
                         : "{recipients_" + std::to_string(i) + ", " + std::to_string(e.recipient_prefix.size()) + "}")
                 << ", " << shared_of[i].second << "},\n";
        }
        out_ << "};\n\n";
    }

    void limits() {
        out_ << "// Documented rates that pacing starts from.\ninline constexpr pace_limit limits[] = {\n";
        for (const limit_model& l : catalog_.limits)
            out_ << "    {retry_scope::" << to_string(l.scope) << ", " << number(l.per_second) << ", "
                 << number(l.burst) << ", " << number(l.max_per_second) << ", " << view(l.docs) << "},\n";
        if (catalog_.limits.empty())
            out_ << "    {retry_scope::request, 0.0, 0.0, 0.0, \"\"sv},  // none: arrays can't be empty\n";
        out_ << "};\n\n";
    }

    void key_table(const std::string& name, const std::vector<std::int32_t>& keys, const key_layout& layout) {
        out_ << "// " << keys.size() << " keys, "
             << (layout.multiplier != 0 ? "perfect hash: slot = (key * " + std::to_string(layout.multiplier) +
                                              "u) >> " + std::to_string(layout.shift)
                                        : std::string("sorted: found by bisection"))
             << ".\ninline constexpr std::int32_t " << name << "_keys[" << layout.slots.size() << "] = {";
        for (std::size_t i = 0; i < layout.slots.size(); ++i) out_ << (i ? ", " : "") << layout.slots[i];
        const std::int32_t max_key = keys.empty() ? -1 : keys.back();
        out_ << "};\n\n";
        table_text_ = "{" + std::to_string(layout.multiplier) + "u, " + std::to_string(layout.shift) + ", " +
                      std::to_string(max_key) + ", " + name + "_keys, " + std::to_string(layout.slots.size()) + "}";
    }

    // The slot of a plan; its variants are appended to variant_list.
    std::string slot_text(const code_plan& plan, long long code) {
        std::size_t start = 0;
        if (!plan.variants.empty()) {
            start = variant_list_.size();
            variant_list_.insert(variant_list_.end(), plan.variants.begin(), plan.variants.end());
            variant_list_.push_back(no_entry);
        }
        return "{&entries[" + std::to_string(plan.primary) + "], " + std::to_string(code) + ", " +
               std::to_string(start) + "}";
    }

    void code_tables() {
        std::vector<std::int32_t> exact;
        std::vector<std::size_t> ranges;  // one entry per distinct range
        std::set<std::pair<long long, long long>> seen_ranges;
        std::map<std::int32_t, std::vector<std::int32_t>> parents_of;  // subcode -> codes, in catalog order
        for (std::size_t i = 0; i < catalog_.entries.size(); ++i) {
            const entry_model& e = catalog_.entries[i];
            if (!e.code) continue;
            if (e.subcode) {
                auto& parents = parents_of[static_cast<std::int32_t>(*e.subcode)];
                if (std::find(parents.begin(), parents.end(), *e.code) == parents.end())
                    parents.push_back(static_cast<std::int32_t>(*e.code));
            } else if (e.code_max) {
                if (seen_ranges.insert({*e.code, *e.code_max}).second) ranges.push_back(i);
            } else {
                exact.push_back(static_cast<std::int32_t>(*e.code));
            }
        }
        std::sort(exact.begin(), exact.end());
        exact.erase(std::unique(exact.begin(), exact.end()), exact.end());

        // Codes.
        const key_layout codes = lay_out(exact);
        std::vector<std::string> slots;
        // An empty slot is `{}`: the keys mark it empty, and every initialiser written out costs each
        // translation unit that includes the table.
        for (std::int32_t key : codes.slots)
            slots.push_back(key < 0 ? std::string("{}") : slot_text(covered_.code(key), key));
        std::vector<std::string> range_rows;
        for (std::size_t i : ranges) {
            const entry_model& e = catalog_.entries[i];
            range_rows.push_back("{" + std::to_string(*e.code) + ", " + std::to_string(*e.code_max) + ", " +
                                 slot_text(covered_.range(*e.code, *e.code_max), *e.code) + "}");
        }
        if (range_rows.empty()) range_rows.push_back("{1, 0, {nullptr, -1, 0}}");  // never matches

        // (code, subcode) pairs: per subcode, a run of slots ended by one whose code is -1.
        std::vector<std::int32_t> subcode_keys;
        for (const auto& item : parents_of) subcode_keys.push_back(item.first);
        const key_layout subcodes = lay_out(subcode_keys);
        std::vector<std::string> pair_rows;
        std::vector<std::size_t> runs;
        for (std::int32_t key : subcodes.slots) {
            runs.push_back(pair_rows.size());
            if (key >= 0) {
                for (std::int32_t parent : parents_of[key])
                    pair_rows.push_back(slot_text(covered_.pair(parent, key), parent));
            }
            pair_rows.push_back("{nullptr, -1, 0}");
        }

        out_ << "inline constexpr std::uint16_t variant_list[] = {";
        for (std::size_t i = 0; i < variant_list_.size(); ++i) {
            out_ << (i ? ", " : "")
                 << (variant_list_[i] == no_entry ? std::string("detail::no_entry") : std::to_string(variant_list_[i]));
        }
        out_ << "};\n\n";
        key_table("code", exact, codes);
        const std::string code_table = table_text_;
        out_ << "inline constexpr detail::code_slot code_slots[" << slots.size() << "] = {\n";
        for (const std::string& slot : slots) out_ << "    " << slot << ",\n";
        out_ << "};\n\ninline constexpr detail::code_range code_ranges[] = {\n";
        for (const std::string& row : range_rows) out_ << "    " << row << ",\n";
        out_ << "};\n\ninline constexpr detail::code_index codes{" << code_table << ", code_slots, code_ranges, "
             << ranges.size() << "};\n\n";

        key_table("subcode", subcode_keys, subcodes);
        out_ << "inline constexpr std::uint32_t subcode_runs[" << runs.size() << "] = {";
        for (std::size_t i = 0; i < runs.size(); ++i) out_ << (i ? ", " : "") << runs[i];
        out_ << "};\n\ninline constexpr detail::code_slot pair_slots[" << pair_rows.size() << "] = {\n";
        for (const std::string& row : pair_rows) out_ << "    " << row << ",\n";
        out_ << "};\n\ninline constexpr detail::subcode_index subcodes{" << table_text_
             << ", subcode_runs, pair_slots};\n\n";
    }

    void index_list(const char* name, const char* why, const std::vector<std::uint16_t>& indexes) {
        out_ << "// " << why << "\ninline constexpr std::uint16_t " << name << "[] = {";
        for (std::uint16_t i : indexes) out_ << i << ", ";
        out_ << "detail::no_entry};\n\n";
    }

    void index_lists() {
        std::vector<std::uint16_t> by_id(catalog_.entries.size());
        for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = static_cast<std::uint16_t>(i);
        std::sort(by_id.begin(), by_id.end(),
                  [&](std::uint16_t a, std::uint16_t b) { return catalog_.entries[a].id < catalog_.entries[b].id; });
        std::vector<std::uint16_t> message_matched;
        std::vector<std::uint16_t> status_fallbacks;
        std::uint16_t unknown = no_entry;
        std::uint16_t not_sent = no_entry;
        std::uint16_t no_answer = no_entry;
        for (std::size_t i = 0; i < catalog_.entries.size(); ++i) {
            const entry_model& e = catalog_.entries[i];
            const auto index = static_cast<std::uint16_t>(i);
            if (!e.code && !e.match.empty()) message_matched.push_back(index);
            if (e.transport == transport_failure::not_sent) not_sent = index;
            if (e.transport == transport_failure::no_answer) no_answer = index;
            if (e.source == source::generic && e.transport == transport_failure::none) {
                if (e.http_status == 0)
                    unknown = index;
                else
                    status_fallbacks.push_back(index);
            }
        }
        out_ << "inline constexpr std::uint16_t id_order[] = {";
        for (std::size_t i = 0; i < by_id.size(); ++i) out_ << (i ? ", " : "") << by_id[i];
        out_ << "};\ninline constexpr detail::id_index ids{id_order, " << by_id.size() << "};\n\n";
        index_list("message_matched", "Entries without a code, recognised by their text (360dialog's own errors).",
                   message_matched);
        index_list("status_fallbacks", "Generic entries chosen by HTTP status.", status_fallbacks);
        out_ << "inline constexpr std::uint16_t unknown_fallback = " << unknown << ";\n"
             << "inline constexpr std::uint16_t transport_not_sent = " << not_sent << ";\n"
             << "inline constexpr std::uint16_t transport_no_answer = " << no_answer << ";\n\n";
    }

    const catalog_model& catalog_;
    coverage covered_;
    std::ostringstream out_;
    // variant_list holds runs of entry indexes, each ended by no_entry; index 0 is the empty run.
    std::vector<std::uint16_t> variant_list_{no_entry};
    std::string table_text_;  // the detail::key_table initializer written last
};

}  // namespace

std::string emit_header(const catalog_model& catalog) { return header_writer(catalog).write(); }

}  // namespace wa_errors::gen
