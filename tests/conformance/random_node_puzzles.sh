#!/usr/bin/env bash
# random_node_puzzles.sh LOOPSCOPE FIRST_SEED COUNT — differential test against real node:
# generates COUNT random node ordering puzzles (random_node_puzzle.js, deterministic by design),
# runs each with `node` (the oracle) and with `LOOPSCOPE run --headless --model node`, and fails
# on the first difference in stdout or exit status, printing the script and a diff.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
loopscope="$1"; first_seed="$2"; count="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-random-node.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < count; i++)); do
  seed=$((first_seed + i * 7919))
  script="$work/random_$seed.js"
  node "$here/random_node_puzzle.js" "$seed" > "$script"
  set +e
  "$here/../oracle/node_console.sh" "$script" > "$work/node.txt" 2>/dev/null; node_status=$?
  "$loopscope" run --headless --model node --timeout 30 "$script" > "$work/loopscope.txt" 2>/dev/null; loopscope_status=$?
  set -e
  if ! diff -u "$work/node.txt" "$work/loopscope.txt" > "$work/diff.txt" || [[ $node_status != "$loopscope_status" ]]; then
    echo "random node puzzle (seed $seed) differs from node (exit $node_status vs $loopscope_status):"
    cat "$script"
    cat "$work/diff.txt"
    exit 1
  fi
done
echo "ok: $count random node puzzles print exactly what node prints"
