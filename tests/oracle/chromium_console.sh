#!/usr/bin/env bash
# chromium_console.sh FILE.js — the browser oracle.
#
# Prints on stdout exactly the lines that FILE.js's console.log / console.info / console.debug
# calls produce in headless Chromium, one per call, in order (console.warn / console.error and
# uncaught errors are reported on stderr, prefixed with the script's name, and never on stdout).
#
# How: builds a temporary page that inlines tests/oracle/capture.js (wraps the console methods
# and writes each formatted line into the DOM as a JSON line); after the load event, once the
# clock has switched to virtual time, the page inserts FILE.js as a classic script
# (<script src=…>), and when it has run arms a sentinel timer; Chromium runs headless with a
# virtual-time budget and --dump-dom; tests/oracle/extract_lines.js parses the dumped DOM.
#
# Clock: the whole script runs under Chromium's virtual time — the clock stands still while
# JavaScript runs and jumps to the next due timer when the page is idle — so the output does not
# depend on how fast the machine is. (Code parsed before the switch would run on the real clock;
# see README.md for why the oracle waits.) A busy-wait on Date.now()/performance.now() therefore
# never ends: the run times out with a message saying so.
#
# Fails (non-zero exit, message on stderr) when Chromium is missing or crashes, the script could
# not be loaded, the virtual-time budget ran out before the sentinel fired (the page never
# settled), or the script was still logging after the sentinel (its output would be cut at an
# arbitrary point). Scripts must therefore finish their timers within the sentinel delay.
#
# Environment:
#   CHROMIUM                          the browser binary (default: chromium on PATH)
#   LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS  virtual-time budget (default 5000); the sentinel timer is
#                                     set 1000 ms before its end
#   LOOPSCOPE_ORACLE_TIMEOUT_S        wall-clock limit for one Chromium run (default 60)
#   LOOPSCOPE_ORACLE_CLOCK            virtual (default): --virtual-time-budget and --dump-dom;
#                                     real: no virtual time — realtime_dump.js drives Chromium over
#                                     the DevTools pipe and waits for the sentinel on the real clock
#                                     (the sentinel then really takes budget-1000 ms). For telling
#                                     virtual-time artefacts from real Chromium behaviour.
#
# A script with `// Click: SELECTOR` header lines runs on the real clock (realtime_dump.js), which
# clicks each selector's element in turn, 300 ms after the script ran and 200 ms apart: such
# scripts must settle within 300 ms and finish within the sentinel delay (use a small budget).
#
# A script with the header line `// Oracle-server: http` fetches: Chromium cannot fetch file:// URLs,
# so its page is served over HTTP by fetch_server.js (a copy of the script's folder, with the same
# synthetic endpoints as Loopscope's network service) and it runs on the real clock: such scripts
# keep competing events 150 ms or more apart and finish within 2 s of the script running.
#
# One run takes about 1.2 s of wall time on the development machine (Chromium 156).
set -euo pipefail

readonly kSelf="chromium_console.sh"
readonly kHere="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

Die() { echo "$kSelf: $*" >&2; exit 2; }

[[ $# -eq 1 ]] || Die "usage: $kSelf FILE.js"
script_path="$1"
[[ -f "$script_path" ]] || Die "no such file: $script_path"

chromium="${CHROMIUM:-chromium}"
if ! command -v "$chromium" >/dev/null 2>&1; then
  Die "Chromium not found ('$chromium'): install Debian's chromium package (apt-get install chromium) or set CHROMIUM"
fi
command -v node >/dev/null 2>&1 || Die "node not found: the oracle parses Chromium's DOM dump with node"

budget_ms="${LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS:-5000}"
[[ "$budget_ms" =~ ^[0-9]+$ && "$budget_ms" -ge 2000 ]] || Die "LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS must be an integer >= 2000"
sentinel_ms=$((budget_ms - 1000))
timeout_s="${LOOPSCOPE_ORACLE_TIMEOUT_S:-60}"
clock="${LOOPSCOPE_ORACLE_CLOCK:-virtual}"
[[ "$clock" == virtual || "$clock" == real ]] || Die "LOOPSCOPE_ORACLE_CLOCK must be 'virtual' or 'real'"

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-oracle.XXXXXX")"
trap 'rm -rf "$work_dir"' EXIT

# The script keeps its base name (it shows in error stacks); characters that would need escaping
# in a URL or an HTML attribute are replaced.
script_name="$(basename "$script_path")"
safe_name="$(printf '%s' "$script_name" | tr -c 'A-Za-z0-9._-' '_')"
cp "$script_path" "$work_dir/$safe_name"

# User clicks: each `// Click: SELECTOR` header line is a real mouse click (DevTools protocol input
# events, so the real-clock driver) on the first element matching SELECTOR once the page has settled.
clicks_json="$(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
  const clicks = [];
  for (const line of lines) { const m = /^\/\/ Click: (.+)$/.exec(line); if (m) clicks.push(m[1].trim()); }
  process.stdout.write(JSON.stringify(clicks));' "$script_path")"
if [[ "$clicks_json" != "[]" ]]; then
  clock=real
  # The sentinel then waits on the real clock: 1 s after the script ran unless the caller says otherwise.
  budget_ms="${LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS:-2000}"
  sentinel_ms=$((budget_ms - 1000))
fi

# A script with the header line `// Oracle-server: http` fetches: Chromium cannot fetch file:// URLs,
# so the page is served by fetch_server.js from http://127.0.0.1:PORT/puzzle/ — a copy of the
# script's folder (the files it fetches) with the page — on the real clock (under virtual time
# Chromium pauses the clock while a fetch is in flight, which no browser does). Such scripts must
# finish within the sentinel delay: 2 s after the script ran unless the caller says otherwise.
page_dir="$work_dir"
page_url="file://$work_dir/page.html"
server_pid=""
if head -n 20 "$script_path" | grep -q '^// Oracle-server: http'; then
  clock=real
  budget_ms="${LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS:-3000}"
  sentinel_ms=$((budget_ms - 1000))
  page_dir="$work_dir/puzzle"
  mkdir "$page_dir"
  cp -R "$(dirname "$script_path")/." "$page_dir/"
  cp "$script_path" "$page_dir/$safe_name"
  coproc SERVER { exec node "$kHere/fetch_server.js" "$page_dir"; }
  server_pid="$SERVER_PID"
  trap 'kill "$server_pid" 2>/dev/null; rm -rf "$work_dir"' EXIT
  read -r -t 10 port <&"${SERVER[0]}" || Die "fetch_server.js did not start"
  page_url="http://127.0.0.1:$port/puzzle/page.html"
fi

# The page is what a page loading the script with <script src> has (Loopscope's page, js/dom.js):
# the body holds only the script element, so everything the oracle needs lives in <head> (no
# whitespace text nodes either: the page is one line). The style rule gives every element in the
# body a box with padding, so that a click can land on an element itself rather than its children
# (realtime_dump.js clicks 3 px inside an element's top-left corner); the capture's own <pre>s are not
# displayed, so what the script logs never moves the page under the pointer.
{
  printf '<!DOCTYPE html><html><head><meta charset="utf-8">'
  printf '<style>body * { display: block; min-width: 24px; min-height: 24px; padding: 8px; border: 1px solid; } html > pre { display: none; }</style>'
  printf '<script>'
  cat "$kHere/capture.js"
  printf '</script>'
  printf '<script>__loopscope_start("%s", %d, %s);</script>' "$safe_name" "$sentinel_ms" \
    "$([[ $clock == virtual ]] && echo true || echo false)"
  printf '</head><body></body></html>'
} > "$page_dir/page.html"

# Chromium's log without the noise every run on a desktop-less machine prints (no D-Bus; the
# Debian launcher's /dev/shm size check).
ChromiumLogTail() {
  local lines
  lines="$(grep -v -e 'dbus/' -e 'unexpected operator' "$work_dir/chromium.log" | tail -n "$1" || true)"
  [[ -z "$lines" ]] || printf 'chromium log:\n%s\n' "$lines" >&2
}

mkdir "$work_dir/profile"
status=0
if [[ "$clock" == virtual ]]; then
  timeout --kill-after=10 "$timeout_s" "$chromium" \
    --headless --no-sandbox --disable-gpu \
    --virtual-time-budget="$budget_ms" \
    --disable-background-networking --disable-component-update --disable-sync --disable-quic \
    --no-first-run --no-default-browser-check --allow-file-access-from-files \
    --user-data-dir="$work_dir/profile" \
    --dump-dom "$page_url" \
    > "$work_dir/dump.html" 2> "$work_dir/chromium.log" || status=$?
else
  timeout --kill-after=10 "$timeout_s" node "$kHere/realtime_dump.js" "$chromium" "$work_dir/profile" \
    "$page_url" "$timeout_s" "$clicks_json" \
    > "$work_dir/dump.html" 2> "$work_dir/chromium.log" || status=$?
fi

if [[ $status -ne 0 ]]; then
  echo "$kSelf: chromium failed on $script_path (exit $status$([[ $status -eq 124 ]] && echo ", timed out after ${timeout_s}s"))" >&2
  if [[ $status -eq 124 ]]; then
    echo "$kSelf: under virtual time the clock does not move while JavaScript runs, so a busy-wait" \
         "on Date.now()/performance.now() never ends; use a counted loop instead" >&2
  fi
  ChromiumLogTail 15
  exit 3
fi

node "$kHere/extract_lines.js" "$work_dir/dump.html" "$script_name" || {
  echo "$kSelf: no valid output for $script_path" >&2
  ChromiumLogTail 5
  exit 1
}
