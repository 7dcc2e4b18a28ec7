#!/usr/bin/env bash
# compare_node_output.sh EXPECTED STATUS_FILE COMMAND [ARGS...]
#
# Runs COMMAND and requires exactly what the node oracle recorded: its stdout byte for byte equal
# to the file EXPECTED, and its exit status equal to the number in STATUS_FILE (both written by
# tests/oracle/regenerate_node_expected.sh from real `node`). On a mismatch prints a unified diff
# (expected → actual) or both statuses and fails. The command's stderr passes through.
set -uo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: compare_node_output.sh EXPECTED STATUS_FILE COMMAND [ARGS...]" >&2
  exit 2
fi
expected="$1"
status_file="$2"
shift 2
for file in "$expected" "$status_file"; do
  if [[ ! -f "$file" ]]; then
    echo "compare_node_output.sh: missing $file (make it with tests/oracle/regenerate_node_expected.sh)" >&2
    exit 2
  fi
done
expected_status="$(tr -d '[:space:]' < "$status_file")"
actual="$(mktemp "${TMPDIR:-/tmp}/loopscope-node-actual.XXXXXX")"
trap 'rm -f "$actual"' EXIT
"$@" > "$actual"
status=$?
failed=0
if ! cmp -s "$expected" "$actual"; then
  diff -u --label "expected ($expected)" --label "actual ($*)" "$expected" "$actual"
  echo "FAIL: stdout differs from $expected" >&2
  failed=1
fi
if [[ "$status" != "$expected_status" ]]; then
  echo "FAIL: exit status $status, node's was $expected_status" >&2
  failed=1
fi
[[ $failed -eq 0 ]] && echo "ok: stdout ($(wc -l < "$expected") lines) and exit status $status match node"
exit $failed
