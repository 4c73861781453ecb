#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What including wa_errors costs a translation unit: the front end's time (-fsyntax-only, which
# still instantiates templates; the minimum of 7 runs, since these machines are noisy) for
#   std            <string> <vector> <iostream> <memory> <map>: what a service's TU already has
#   std+core       the same, plus <wa_errors/wa_errors.hpp> and a call to classify
#   nlohmann       <nlohmann/json.hpp> and a call to json::parse
#   payload        <wa_errors/payload.hpp> and a call to payload::parse (it includes nlohmann)
# and the two differences the targets are about:
#   core    = std+core - std        (target: at most 50 ms)
#   payload = payload - nlohmann    (target: at most 150 ms)
# Usage: bench/compile_cost.sh [compiler]   (default g++)
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${1:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

std_headers='#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>'
printf '%s\nint f(int s) { return s; }\n' "$std_headers" > "$work/std.cpp"
printf '%s\n#include <wa_errors/wa_errors.hpp>\nint f(int s) { return wa_errors::classify({s, {}, {}, "", "", ""}).http_status; }\n' \
    "$std_headers" > "$work/core.cpp"
cat > "$work/nlohmann.cpp" <<'CPP'
#include <nlohmann/json.hpp>
bool f(const char* body) { return nlohmann::json::parse(body, nullptr, false).is_discarded(); }
CPP
cat > "$work/payload.cpp" <<'CPP'
#include <wa_errors/payload.hpp>
bool f(const char* body) { return wa_errors::payload::parse(body).errors.empty(); }
CPP

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

std=$(measure "$work/std.cpp")
core=$(measure "$work/core.cpp")
nlohmann=$(measure "$work/nlohmann.cpp")
payload=$(measure "$work/payload.cpp")

echo "compiler: $("$cxx" --version | head -n 1)"
printf '%-58s %6s ms\n' "<string> <vector> <iostream> <memory> <map>" "$std" \
    "... + wa_errors.hpp + classify" "$core" \
    "nlohmann/json.hpp + json::parse" "$nlohmann" \
    "payload.hpp + payload::parse" "$payload"
printf 'wa_errors.hpp adds %d ms to a TU with those standard headers   (target <= 50 ms)\n' $((core - std))
printf 'payload.hpp adds %d ms over nlohmann/json.hpp with a parse call (target <= 150 ms)\n' $((payload - nlohmann))
