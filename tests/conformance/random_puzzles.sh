#!/usr/bin/env bash
# random_puzzles.sh LOOPSCOPE FIRST_SEED COUNT — differential test: generates COUNT random ordering
# puzzles (random_puzzle.js), runs each in headless Chromium (the oracle) and in
# `LOOPSCOPE run --headless`, and fails on the first difference, printing the script and a diff.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
loopscope="$1"; first_seed="$2"; count="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-random.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < count; i++)); do
  seed=$((first_seed + i * 7919))
  script="$work/random_$seed.js"
  node "$here/random_puzzle.js" "$seed" > "$script"
  "$here/../oracle/chromium_console.sh" "$script" > "$work/chromium.txt"
  "$loopscope" run --headless --timeout 30 "$script" > "$work/loopscope.txt" 2>/dev/null || true
  if ! diff -u "$work/chromium.txt" "$work/loopscope.txt" > "$work/diff.txt"; then
    echo "random puzzle (seed $seed) differs from Chromium:"
    cat "$script"
    cat "$work/diff.txt"
    exit 1
  fi
done
echo "random puzzles: $count of $count match Chromium"
