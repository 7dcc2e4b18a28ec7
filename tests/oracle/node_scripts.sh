#!/usr/bin/env bash
# node_scripts.sh ROOT — lists, one per line, every script the node oracle covers: the samples
# whose header says `// Model: node` and every tests/puzzles_node/*.js (not lib/ helpers), minus
# those whose header says `// Nondeterministic:` (their order depends on timing: no expectation).
set -euo pipefail
root="${1:?usage: node_scripts.sh ROOT}"
shopt -s nullglob
for script in "$root"/samples/*.js "$root"/tests/puzzles_node/*.js; do
  header="$(sed -n '1,8p' "$script")"
  if [[ "$script" == "$root"/samples/* ]] && ! grep -q '^// Model: node' <<<"$header"; then continue; fi
  if grep -q '^// Nondeterministic:' <<<"$header"; then continue; fi
  echo "$script"
done
