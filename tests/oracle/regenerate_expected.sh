#!/usr/bin/env bash
# regenerate_expected.sh [--runs N] [FILE.js ...]
#
# Runs the Chromium oracle (chromium_console.sh) over every samples/*.js and tests/puzzles/*.js,
# and every tests/hostile/*.js whose header says `// Oracle: chromium` (or only the files given) and writes each script's console output beside it as NAME.expected.
# This is the only way an .expected file is made: never edit one by hand.
#
# --runs N  runs the oracle N times per script (default 2) and refuses to write an expectation
#           whose runs disagree: a script whose output depends on how fast Chromium runs it is
#           not a conformance test (see tests/oracle/README.md).
#
# Exit status: 0 when every expectation was written, 1 when any script failed or was unstable
# (its old .expected is left untouched).
set -euo pipefail

readonly kHere="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly kRoot="$(cd "$kHere/../.." && pwd)"

source "$kHere/regenerate_options.sh"

if [[ ${#files[@]} -eq 0 ]]; then
  shopt -s nullglob
  files=("$kRoot"/samples/*.js "$kRoot"/tests/puzzles/*.js)
  for script in "$kRoot"/tests/hostile/*.js; do
    if head -n 20 "$script" | grep -q '^// Oracle: chromium'; then files+=("$script"); fi
  done
fi

tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-regen.XXXXXX")"
trap 'rm -rf "$tmp_dir"' EXIT

failed=0
for script in "${files[@]}"; do
  expected="${script%.js}.expected"
  ok=1
  for ((run = 1; run <= runs; run++)); do
    if ! "$kHere/chromium_console.sh" "$script" > "$tmp_dir/run$run" 2> "$tmp_dir/err$run"; then
      echo "FAIL $script (oracle failed on run $run):" >&2
      cat "$tmp_dir/err$run" >&2
      ok=0
      break
    fi
    if [[ $run -gt 1 ]] && ! cmp -s "$tmp_dir/run1" "$tmp_dir/run$run"; then
      echo "UNSTABLE $script: run $run differs from run 1:" >&2
      diff -u --label run1 --label "run$run" "$tmp_dir/run1" "$tmp_dir/run$run" >&2 || true
      ok=0
      break
    fi
  done
  if [[ $ok -eq 1 ]]; then
    if [[ -f "$expected" ]] && cmp -s "$tmp_dir/run1" "$expected"; then
      echo "same    $expected"
    else
      cp "$tmp_dir/run1" "$expected"
      echo "wrote   $expected ($(wc -l < "$expected") lines)"
    fi
  else
    failed=1
  fi
done
exit $failed
