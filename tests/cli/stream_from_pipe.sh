#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `tail -f app.log | wa-errors classify`: each error must be printed while the pipe is still open,
# as soon as its line, or the last line of its JSON body, has been written. The writer keeps the
# pipe open, writes, and waits (at most 10 s) for the answer before it writes on or closes.
#   stream_from_pipe.sh <wa-errors> <work dir>
set -euo pipefail
tool=$1
work=$2
mkdir -p "$work"
fifo=$work/stream.fifo
out=$work/stream.out
rm -f "$fifo" "$out"
mkfifo "$fifo"
NO_COLOR=1 "$tool" classify --json <"$fifo" >"$out" 2>"$work/stream.err" &
tool_pid=$!
exec 3>"$fifo"  # the pipe stays open until fd 3 is closed

fail() {
    echo "FAIL: $*" >&2
    echo "--- output so far:" >&2
    cat "$out" >&2
    exec 3>&-
    kill "$tool_pid" 2>/dev/null || true
    exit 1
}

# Waits until the output has $1 lines; fails after 10 s.
wait_for_lines() {
    for _ in $(seq 1 100); do
        if [ "$(wc -l <"$out")" -ge "$1" ]; then return 0; fi
        sleep 0.1
    done
    fail "no line $1 of output within 10 s while the pipe was open"
}

echo 'ERROR send failed: (#131047) Re-engagement message' >&3
wait_for_lines 1
grep -q '"id":"meta.131047"' "$out" || fail "line 1 is not meta.131047"

# A pretty-printed body over several lines, in two writes: read whole once its last line comes.
printf '{\n  "error": {\n    "message": "(#130429) Rate limit hit",\n' >&3
sleep 0.3
[ "$(wc -l <"$out")" -eq 1 ] || fail "an unfinished JSON body was classified before its end"
printf '    "type": "OAuthException",\n    "code": 130429,\n    "fbtrace_id": "Streamed"\n  }\n}\n' >&3
wait_for_lines 2
sed -n 2p "$out" | grep -q '"id":"meta.130429".*"fbtrace_id":"Streamed".*"line":2}' ||
    fail "line 2 is not the body's meta.130429 starting at input line 2"

echo 'ERROR (#131026) Message undeliverable' >&3
wait_for_lines 3
grep -q '"id":"meta.131026".*"line":10}' "$out" || fail "line 3 is not meta.131026 from input line 10"

exec 3>&-
status=0
wait "$tool_pid" || status=$?
[ "$status" -eq 0 ] || fail "wa-errors exited $status: $(cat "$work/stream.err")"
[ "$(wc -l <"$out")" -eq 3 ] || fail "expected 3 errors in all"
echo "streamed 3 errors while the pipe was open"
