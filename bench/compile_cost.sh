#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Compile cost of the core header: the front end's time (g++ -fsyntax-only, the minimum of 7 runs,
# since these machines are noisy) for
#   empty     a TU with no include
#   std       the standard headers that the core headers include, and nothing else
#   core      #include <wa_errors/wa_errors.hpp> and a call to classify
#   nlohmann  #include <nlohmann/json.hpp>
# and the two ratios the targets are about:
#   library's own cost = core - std                 (target: at most 100 ms)
#   core share         = (core - empty) / (nlohmann - empty)   (target: at most 20 %)
# Usage: bench/compile_cost.sh [compiler]   (default g++)
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${1:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo 'int f(int s) { return s; }' > "$work/empty.cpp"
{
    grep -h '^#include <' include/wa_errors/version.hpp include/wa_errors/types.hpp include/wa_errors/lookup.hpp \
        include/wa_errors/catalog.gen.hpp include/wa_errors/detail/tables.hpp include/wa_errors/retry.hpp \
        include/wa_errors/retry_after.hpp include/wa_errors/retry_budget.hpp include/wa_errors/system_error.hpp | sort -u
    echo 'int f(int s) { return s; }'
} > "$work/std.cpp"
cat > "$work/core.cpp" <<'CPP'
#include <wa_errors/wa_errors.hpp>
int f(int s) { return wa_errors::classify({s, {}, {}, "", "", ""}).http_status; }
CPP
printf '#include <nlohmann/json.hpp>\nint f(int s) { return s; }\n' > "$work/nlohmann.cpp"

# Minimum wall time in milliseconds of 7 runs of the front end on one file.
measure() {
    local best=999999 start end ms
    for _ in 1 2 3 4 5 6 7; do
        start=$(date +%s%N)
        "$cxx" -std=c++17 -fsyntax-only -Iinclude "$1"
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        ((ms < best)) && best=$ms
    done
    echo "$best"
}

empty=$(measure "$work/empty.cpp")
std=$(measure "$work/std.cpp")
core=$(measure "$work/core.cpp")
nlohmann=$(measure "$work/nlohmann.cpp")

echo "compiler: $("$cxx" --version | head -n 1)"
printf '%-44s %6s ms\n' "empty TU" "$empty" "standard headers the core includes" "$std" \
    "wa_errors.hpp + classify" "$core" "nlohmann/json.hpp" "$nlohmann"
own=$((core - std))
share=$(((core - empty) * 1000 / (nlohmann - empty)))
printf 'library own cost (core - std):               %d ms   (target <= 100 ms)\n' "$own"
printf 'core share of nlohmann ((core-empty)/(nl-empty)): %d.%d %%  (target <= 20 %%)\n' $((share / 10)) $((share % 10))
