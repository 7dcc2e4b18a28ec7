#!/usr/bin/env bash
# The two commands of README.md:
#   cmake/dev.sh open [FILE.js]  set up, build, and open the app (default sample without FILE)
#   cmake/dev.sh test            set up, build, and run every test (what CI runs)
# Both install what a fresh Debian 12 machine lacks first (cmake/setup-debian.sh; fast when ready).
#
# `test` runs, in order, stopping at the first failure (CMakePresets.json names the builds):
#   1. the build (LOOPSCOPE_BUILD_DIR, default build/) and every ctest test;
#   2. sanitizers: the runtime and UI-model tests (labels runtime, ui-model) built with ASan +
#      UBSan (gcc, preset asan, build-asan/) and run with LeakSanitizer on;
#   3. fuzzing: the libFuzzer targets (clang 14, preset fuzz, build-fuzz/) replay their seed
#      corpora (tests/fuzz/corpus), then each fuzzes for LOOPSCOPE_FUZZ_SECONDS (default 60)
#      seconds, side by side (tests/fuzz/run_fuzzers.sh).
# Stages 2 and 3 print one line per step; their full output is in a log named on failure.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${LOOPSCOPE_BUILD_DIR:-$repo_root/build}"
command=${1:-}
shift || true

"$repo_root/cmake/setup-debian.sh"
cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
jobs=$(nproc)

case "$command" in
  open)
    cmake --build "$build_dir" --target loopscope -j "$jobs"
    sample="${1:-$repo_root/samples/$(cat "$repo_root/samples/DEFAULT")}"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec "$build_dir/app/loopscope" "$sample"
    fi
    # No display (a server, CI): show the run as text and as a screenshot instead of a window.
    echo "No display: running $sample headless."
    "$build_dir/app/loopscope" run --headless "$sample"
    shot="$build_dir/loopscope-default.png"
    if xvfb-run -a -s "-screen 0 1920x1080x24" "$build_dir/app/loopscope" shot "$sample" --out "$shot" --size 1600x900; then
      echo "Screenshot of the window: $shot"
    fi
    ;;
  test)
    cmake --build "$build_dir" -j "$jobs"
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 600)

    # One step of stages 2 and 3: a line saying what and how long it took; the output goes to a
    # log whose tail is printed (and the command fails) if the step fails.
    step() {
      local what=$1 log=$2
      shift 2
      local started=$SECONDS
      mkdir -p "$(dirname "$log")"
      if ! "$@" >"$log" 2>&1; then
        echo "$what: FAILED; the last lines of $log:"
        tail -n 80 "$log"
        exit 1
      fi
      local passed
      passed=$(grep -Eo '[0-9]+% tests passed.*' "$log" | tail -n 1 || true)
      echo "$what: ok, $((SECONDS - started)) s${passed:+ ($passed)}"
    }
    cd "$repo_root"
    step "sanitizers: build the runtime + UI-model tests with ASan+UBSan (gcc, build-asan)" build-asan/stage-build.log \
      bash -c "cmake --preset asan && cmake --build --preset asan -j $jobs"
    step "sanitizers: run them (ctest -L 'runtime|ui-model'), LeakSanitizer on" build-asan/stage-test.log \
      ctest --preset asan -j "$jobs"
    step "fuzz: build the libFuzzer targets (clang 14, ASan+UBSan, build-fuzz)" build-fuzz/stage-build.log \
      bash -c "cmake --preset fuzz && cmake --build --preset fuzz -j $jobs"
    step "fuzz: replay every seed of tests/fuzz/corpus" build-fuzz/stage-seeds.log \
      ctest --preset fuzz -j "$jobs"
    fuzz_seconds=${LOOPSCOPE_FUZZ_SECONDS:-60}
    echo "fuzz: each target for $fuzz_seconds s, $jobs at a time"
    tests/fuzz/run_fuzzers.sh build-fuzz "$fuzz_seconds"
    ;;
  *)
    echo "usage: cmake/dev.sh open [FILE.js] | cmake/dev.sh test" >&2
    exit 2
    ;;
esac
