#!/usr/bin/env bash
# regenerate_node_expected.sh [--runs N] [FILE.js ...]
#
# Runs the node oracle (node_console.sh) over every node script (node_scripts.sh: the
# `// Model: node` samples and tests/puzzles_node/*.js) or over the files given, and writes
# beside each script NAME.expected (node's stdout, byte for byte) and NAME.status (node's exit
# status, a number). This is the only way those files are made: never edit one by hand.
#
# --runs N  runs node N times per script (default 2) and refuses to write an expectation whose
#           runs disagree (stdout or status): such a script depends on timing and is no
#           conformance test; mark it `// Nondeterministic: why` in its header instead.
#
# Exit status: 0 when every expectation was written, 1 when any script was unstable.
set -euo pipefail
readonly kHere="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly kRoot="$(cd "$kHere/../.." && pwd)"
source "$kHere/regenerate_options.sh"
if [[ ${#files[@]} -eq 0 ]]; then mapfile -t files < <("$kHere/node_scripts.sh" "$kRoot"); fi
tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-node-regen.XXXXXX")"
trap 'rm -rf "$tmp_dir"' EXIT
failed=0
for script in "${files[@]}"; do
  base="${script%.js}"
  for ((run = 1; run <= runs; run++)); do
    set +e
    "$kHere/node_console.sh" "$script" > "$tmp_dir/out.$run" 2>/dev/null
    echo $? > "$tmp_dir/status.$run"
    set -e
  done
  stable=1
  for ((run = 2; run <= runs; run++)); do
    cmp -s "$tmp_dir/out.1" "$tmp_dir/out.$run" && cmp -s "$tmp_dir/status.1" "$tmp_dir/status.$run" || stable=0
  done
  if [[ $stable -eq 0 ]]; then
    echo "UNSTABLE  $script (its $runs runs disagree; not written)" >&2
    failed=1
    continue
  fi
  cp "$tmp_dir/out.1" "$base.expected"
  cp "$tmp_dir/status.1" "$base.status"
  echo "wrote     ${base#$kRoot/}.expected (status $(cat "$base.status"))"
done
exit $failed
