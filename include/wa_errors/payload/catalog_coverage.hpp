// SPDX-License-Identifier: MIT
// wa_errors::payload::catalog_file::coverage: which entries of a catalog file answer each code,
// code range and (code, subcode) pair, and which of them answers when no condition applies.
// The generator lays catalog.gen.hpp's slots out with it and catalog_snapshot its run-time
// tables, so that a file laid over the table at run time answers as the same file compiled in.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "../version.hpp"
#include "catalog_model.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace payload::catalog_file {

// The entries of one slot: `primary` answers when no `match` or `recipient_prefix` applies (the
// entry without a condition, else the first variant); `variants`, in file order, are tried first.
struct code_plan {
    std::uint16_t primary = 0xFFFF;
    std::vector<std::uint16_t> variants{};
};

// Built once from the entries, so that planning every slot of a catalog of tens of thousands of
// entries stays linear. Entry indexes are 16-bit, as the tables' are (the reader enforces it).
class coverage {
public:
    using code_range = std::pair<long long, long long>;  // first and last code

    explicit coverage(const std::vector<entry>& entries) : entries_(entries) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const entry& e = entries[i];
            if (!e.code) continue;
            const auto index = static_cast<std::uint16_t>(i);
            if (e.subcode) {
                pairs_[{*e.code, *e.subcode}].push_back(index);
                std::vector<long long>& parents = parents_of_[*e.subcode];
                if (std::find(parents.begin(), parents.end(), *e.code) == parents.end()) parents.push_back(*e.code);
            } else if (e.code_max) {
                std::vector<std::uint16_t>& covering = ranges_[{*e.code, *e.code_max}];
                if (covering.empty()) range_order_.emplace_back(*e.code, *e.code_max);
                covering.push_back(index);
            } else {
                std::vector<std::uint16_t>& covering = exact_[*e.code];
                if (covering.empty()) exact_codes_.push_back(*e.code);
                covering.push_back(index);
            }
        }
        std::sort(exact_codes_.begin(), exact_codes_.end());
    }

    // The codes entries name exactly, ascending; the distinct ranges, in file order; for each
    // subcode (ascending), the codes it is paired with, in file order.
    const std::vector<long long>& exact_codes() const noexcept { return exact_codes_; }
    const std::vector<code_range>& ranges() const noexcept { return range_order_; }
    const std::map<long long, std::vector<long long>>& parents_of() const noexcept { return parents_of_; }

    // One exact code: its own entries and those of the range containing it (the reader keeps
    // ranges disjoint), file order deciding among variants.
    code_plan code(long long code) const {
        std::vector<std::uint16_t> covering;
        if (const auto it = exact_.find(code); it != exact_.end()) covering = it->second;
        const auto after = ranges_.upper_bound({code, std::numeric_limits<long long>::max()});
        if (after != ranges_.begin() && code <= std::prev(after)->first.second)
            covering.insert(covering.end(), std::prev(after)->second.begin(), std::prev(after)->second.end());
        std::sort(covering.begin(), covering.end());
        return plan(covering);
    }
    code_plan range(const code_range& range) const { return plan(ranges_.at(range)); }
    code_plan pair(long long code, long long subcode) const { return plan(pairs_.at({code, subcode})); }

private:
    code_plan plan(const std::vector<std::uint16_t>& covering) const {
        code_plan result;
        for (std::uint16_t index : covering) {
            if (entries_[index].has_condition())
                result.variants.push_back(index);
            else
                result.primary = index;
        }
        if (result.primary == 0xFFFF && !result.variants.empty()) result.primary = result.variants.front();
        return result;
    }

    const std::vector<entry>& entries_;
    std::vector<long long> exact_codes_{};
    std::vector<code_range> range_order_{};
    std::map<long long, std::vector<std::uint16_t>> exact_{};
    std::map<code_range, std::vector<std::uint16_t>> ranges_{};
    std::map<std::pair<long long, long long>, std::vector<std::uint16_t>> pairs_{};
    std::map<long long, std::vector<long long>> parents_of_{};
};

}  // namespace payload::catalog_file
WA_ERRORS_END_NAMESPACE
