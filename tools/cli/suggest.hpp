// SPDX-License-Identifier: MIT
// "Did you mean ...?": the known word closest to a mistyped one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wa_errors_cli {

// The candidate with the fewest edits (insertions, deletions, substitutions, swaps of two
// neighbours) from `word`, or "" when even that one needs more edits than a third of the word's
// length (one edit is always allowed): "clasify" suggests "classify", "tcsh" suggests nothing.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace wa_errors_cli
