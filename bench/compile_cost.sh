#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What including wa_errors costs a translation unit, in both build modes. The front end runs on
#   std            <string> <vector> <iostream> <memory> <map>: what a service's TU already has
#   std+core       the same, plus <wa_errors/wa_errors.hpp> and a call to classify
#   nlohmann       <nlohmann/json.hpp> and a call to json::parse
#   payload        <wa_errors/payload.hpp> and a call to payload::parse
#   std+core+retry std+core, plus <wa_errors/retry.hpp> and a call to decide
# each header-only and in compiled mode (-DWA_ERRORS_SEPARATE_COMPILATION, what linking
# wa_errors::compiled / wa_errors::payload_compiled defines), and, as the option that changes no
# code, with a precompiled header of what the TU includes (g++ only). The differences the targets
# are about:
#   core    = std+core - std        (targets: +300 M instructions header-only, +150 M compiled)
#   payload = payload - nlohmann    (targets: +750 M header-only, +200 M compiled)
# Two measures: instructions of the compiler proper (cc1plus, or clang -cc1) counted by callgrind,
# exact and the same on a busy machine; and wall time, the minimum of 7 runs, which these shared
# machines make noisy (±30 %). -fsyntax-only, which still instantiates templates.
# Usage: bench/compile_cost.sh [--wall-only] [compiler]   (default g++; needs valgrind for counts)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=1
if [ "${1:-}" = --wall-only ]; then
    counts=0
    shift
fi
cxx=${1:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ((counts)) && ! command -v valgrind >/dev/null; then
    echo "valgrind not found: instruction counts skipped (--wall-only)" >&2
    counts=0
fi

std_headers='#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>'
printf '%s\nint f(int s) { return s; }\n' "$std_headers" > "$work/std.cpp"
printf '%s\n#include <wa_errors/wa_errors.hpp>\nint f(int s) { return wa_errors::classify({s, {}, {}, "", "", ""}).http_status; }\n' \
    "$std_headers" > "$work/core.cpp"
printf '%s\n#include <wa_errors/wa_errors.hpp>\n#include <wa_errors/retry.hpp>\nint f(int s) {\n    const auto& e = wa_errors::classify({s, {}, {}, "", "", ""});\n    return wa_errors::decide(e, {}).retry;\n}\n' \
    "$std_headers" > "$work/retry.cpp"
cat > "$work/nlohmann.cpp" <<'CPP'
#include <nlohmann/json.hpp>
bool f(const char* body) { return nlohmann::json::parse(body, nullptr, false).is_discarded(); }
CPP
cat > "$work/payload.cpp" <<'CPP'
#include <wa_errors/payload.hpp>
bool f(const char* body) { return wa_errors::payload::parse(body).errors.empty(); }
CPP
# Compiled mode's payload TU without nlohmann says little about a service that parses JSON
# itself: this one has both, to compare with the nlohmann TU.
cat > "$work/nlohmann_payload.cpp" <<'CPP'
#include <nlohmann/json.hpp>
#include <wa_errors/payload.hpp>
bool f(const char* body) { return nlohmann::json::parse(body, nullptr, false).is_discarded(); }
bool g(const char* body) { return wa_errors::payload::parse(body).errors.empty(); }
CPP

compile() { "$cxx" -std=c++17 -fsyntax-only -Iinclude "$@"; }

# Millions of instructions of the compiler proper (the driver's child, which -### prints).
instructions() {
    local cmd
    cmd=$(compile "$@" -### 2>&1 | grep -E 'cc1plus|"-cc1"' | head -n 1)
    eval "valgrind --tool=callgrind --callgrind-out-file=$work/callgrind.out $cmd" >/dev/null 2>&1
    awk '/^summary:/ { printf "%d", $2 / 1000000 }' "$work/callgrind.out"
}

# Minimum wall time in milliseconds of 7 runs.
wall() {
    local best=999999 start end ms
    for _ in 1 2 3 4 5 6 7; do
        start=$(date +%s%N)
        compile "$@"
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        ((ms < best)) && best=$ms
    done
    echo "$best"
}

declare -A ir ms
run() {  # run NAME FILE [FLAGS...]
    local name=$1
    shift
    ms[$name]=$(wall "$@")
    if ((counts)); then ir[$name]=$(instructions "$@"); else ir[$name]=-; fi
    printf '%-34s %8s M %7s ms\n' "$name" "${ir[$name]}" "${ms[$name]}"
}

echo "compiler: $("$cxx" --version | head -n 1)"
printf '%-34s %10s %10s\n' "TU" "instructions" "wall (min of 7)"
compiled=-DWA_ERRORS_SEPARATE_COMPILATION
run std "$work/std.cpp"
run "std+core" "$work/core.cpp"
run "std+core, compiled mode" "$work/core.cpp" "$compiled"
run "std+core+retry" "$work/retry.cpp"
run "std+core+retry, compiled mode" "$work/retry.cpp" "$compiled"
run nlohmann "$work/nlohmann.cpp"
run payload "$work/payload.cpp"
run "payload, compiled mode" "$work/payload.cpp" "$compiled"
run "nlohmann+payload, compiled mode" "$work/nlohmann_payload.cpp" "$compiled"

# The precompiled-header recipe (no code change): the TU's includes in a header, compiled once
# with the TU's flags, then `-include` it. g++ only (clang: -include-pch).
if [[ "$("$cxx" --version | head -n 1)" != *clang* ]]; then
    printf '%s\n' "$std_headers" > "$work/pch_std.hpp"
    printf '%s\n#include <wa_errors/wa_errors.hpp>\n' "$std_headers" > "$work/pch_core.hpp"
    printf '#include <nlohmann/json.hpp>\n' > "$work/pch_nlohmann.hpp"
    printf '#include <wa_errors/payload.hpp>\n' > "$work/pch_payload.hpp"
    for pch in std core nlohmann payload; do
        "$cxx" -std=c++17 -Iinclude -x c++-header "$work/pch_$pch.hpp" -o "$work/pch_$pch.hpp.gch"
    done
    run "std, PCH" "$work/std.cpp" -include "$work/pch_std.hpp"
    run "std+core, PCH" "$work/core.cpp" -include "$work/pch_core.hpp"
    run "nlohmann, PCH" "$work/nlohmann.cpp" -include "$work/pch_nlohmann.hpp"
    run "payload, PCH" "$work/payload.cpp" -include "$work/pch_payload.hpp"
fi

delta() {  # delta LABEL A B TARGET
    local di=- dm=$((ms[$3] - ms[$2]))
    [ "${ir[$3]}" != - ] && di=$((ir[$3] - ir[$2]))
    printf '%-48s %+6s M  %+6d ms   (target: %s)\n' "$1" "$di" "$dm" "$4"
}
echo
delta "wa_errors.hpp over the std headers, header-only" std "std+core" "<= +300 M"
delta "wa_errors.hpp over the std headers, compiled mode" std "std+core, compiled mode" "<= +150 M"
delta "retry.hpp + decide over wa_errors.hpp, header-only" "std+core" "std+core+retry" "none"
delta "retry.hpp + decide over wa_errors.hpp, compiled" "std+core, compiled mode" "std+core+retry, compiled mode" "none"
delta "payload.hpp over nlohmann, header-only" nlohmann payload "<= +750 M"
delta "payload.hpp over nlohmann, compiled mode" nlohmann "payload, compiled mode" "<= +200 M"
delta "payload.hpp + nlohmann over nlohmann, compiled" nlohmann "nlohmann+payload, compiled mode" "<= +200 M"
if [ -n "${ms["std, PCH"]:-}" ]; then
    delta "wa_errors.hpp over the std headers, both in a PCH" "std, PCH" "std+core, PCH" "none"
    delta "payload.hpp over nlohmann, each in a PCH" "nlohmann, PCH" "payload, PCH" "none"
fi
