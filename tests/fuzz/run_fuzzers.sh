#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a bounded time, from its committed seed corpus.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]     (SECONDS per target, default 60)
#
# BUILD_DIR is a build configured with -DLOOPSCOPE_FUZZ=ON and its fuzz targets built
# (cmake/dev.sh test does both, in build-fuzz). BUILD_DIR/fuzz_targets.txt lists them.
# Targets run side by side, one per core. For each target: the seeds in
# tests/fuzz/corpus/<name>/ (read only) plus the inputs found so far in BUILD_DIR/fuzz/corpus/<name>/
# (grown by every run, never committed); the log goes to BUILD_DIR/fuzz/<name>.log and a crashing
# input to BUILD_DIR/fuzz/artifacts/<name>-crash-… . Prints one line per target; exits non-zero
# if any target found a crash, a sanitizer report, a leak or a broken contract (the log's tail is
# printed then). To reproduce a finding: BUILD_DIR/tests/fuzz/loopscope_fuzz_<name> ARTIFACT.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=$(cd "${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-60}
manifest="$build_dir/fuzz_targets.txt"
[ -f "$manifest" ] || { echo "run_fuzzers: $manifest missing (configure with -DLOOPSCOPE_FUZZ=ON)" >&2; exit 2; }
work="$build_dir/fuzz"
mkdir -p "$work/artifacts"

run_one() {
  local name=$1 exe=$2 max_len=$3
  mkdir -p "$work/corpus/$name"
  # -rss_limit_mb: V8 reserves address space freely; 4 GB of resident memory is a real leak.
  # -seed: the same commit explores the same inputs on every run (a finding reproduces in CI).
  "$exe" -seed=1 -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
         -artifact_prefix="$work/artifacts/$name-" "$work/corpus/$name" "$repo_root/tests/fuzz/corpus/$name" \
         >"$work/$name.log" 2>&1
}

declare -A pids=()
names=()
slots=$(nproc)
status=0
report() {  # name pid
  local name=$1
  if wait "$2"; then
    local runs
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $name ok (${seconds}s, $runs inputs, corpus $(ls "$work/corpus/$name" | wc -l) + $(ls "$repo_root/tests/fuzz/corpus/$name" | wc -l) seeds)"
  else
    echo "fuzz: $name FAILED (log: $work/$name.log)"
    tail -n 60 "$work/$name.log"
    status=1
  fi
}
while read -r name exe max_len; do
  [ -n "$name" ] || continue
  while [ "${#pids[@]}" -ge "$slots" ]; do  # wait for the oldest running target
    oldest=${names[0]}
    report "$oldest" "${pids[$oldest]}"
    unset "pids[$oldest]"
    names=("${names[@]:1}")
  done
  run_one "$name" "$exe" "$max_len" &
  pids[$name]=$!
  names+=("$name")
done <"$manifest"
for name in "${names[@]}"; do report "$name" "${pids[$name]}"; done
exit "$status"
