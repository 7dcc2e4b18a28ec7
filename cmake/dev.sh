#!/usr/bin/env bash
# The two commands of README.md:
#   cmake/dev.sh open [FILE.js]  set up, build, and open the app (default sample without FILE)
#   cmake/dev.sh test            set up, build, and run every test (what CI runs)
# Both install what a fresh Debian 12 machine lacks first (cmake/setup-debian.sh; fast when ready).
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
    cd "$build_dir"
    ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
  *)
    echo "usage: cmake/dev.sh open [FILE.js] | cmake/dev.sh test" >&2
    exit 2
    ;;
esac
