#!/usr/bin/env bash
# compare_output.sh EXPECTED COMMAND [ARGS...]
#
# Runs COMMAND, and compares its stdout line by line with the file EXPECTED. On a mismatch prints
# a unified diff (expected → actual) and fails. The command's stderr passes through (uncaught
# errors, console.warn/error).
#
# COMMAND must also exit 0: `loopscope run --headless` exits 0 when the script ran, even if a
# task threw (app/main.cpp); any other status — syntax error, timeout, resource limit, crash —
# fails even when the output matched. So does the oracle's (1: no valid output, 2/3: no Chromium).
set -uo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: compare_output.sh EXPECTED COMMAND [ARGS...]" >&2
  exit 2
fi
expected="$1"
shift
if [[ ! -f "$expected" ]]; then
  echo "compare_output.sh: missing expectation $expected (make it with tests/oracle/regenerate_expected.sh)" >&2
  exit 2
fi

actual="$(mktemp "${TMPDIR:-/tmp}/loopscope-actual.XXXXXX")"
trap 'rm -f "$actual"' EXIT

"$@" > "$actual"
status=$?

if ! diff -u --label "expected ($expected)" --label "actual ($*)" "$expected" "$actual"; then
  echo "FAIL: stdout differs from $expected (exit status $status)" >&2
  exit 1
fi
if [[ $status -ne 0 ]]; then
  echo "FAIL: output matched but the command exited with status $status" >&2
  exit 1
fi
echo "ok: $(wc -l < "$expected") lines match $expected"
