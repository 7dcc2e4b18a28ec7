#!/usr/bin/env bash
# run_hostile.sh LOOPSCOPE SCRIPT.js [run|shot]
#
# One hostile script, run as a student would run it: `loopscope run --headless --timeout T` (or
# `loopscope shot … --timeout T` under Xvfb). Whatever the script does, the run must end by itself
# within T + 2 s, never by a signal, with the exit status and messages its header names, print
# exactly the expected stdout (nothing after a stop), and stay under the memory budget.
#
# Header lines (among the script's first 20 lines):
#   // Hostile: what it attacks (required)
#   // Timeout: SECONDS          --timeout (default 5)
#   // Budget-mb: MB              --memory-budget (default: Loopscope's 2048); also the RSS cap
#   // Args: ARGS                 more options for `run` (not for shot)
#   // Expect-exit: N             run's exit status (default 0); shot must always exit 0 and write
#                                 its PNG (its stdout and stderr are not checked)
#   // Expect-stderr: TEXT        run's stderr contains TEXT (repeatable)
#   // Reject-stderr: TEXT        run's stderr does not contain TEXT (repeatable)
#   // Expect-stdout: LINE        stdout is exactly these lines, in order (repeatable). Written
#                                 only for scripts no browser can finish (a stop cuts them); a
#                                 script Chromium can run has NAME.expected from the oracle instead
#                                 (tests/oracle/regenerate_expected.sh), checked by chromium.NAME.
#   Neither Expect-stdout nor NAME.expected: stdout must be empty.
set -uo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: run_hostile.sh LOOPSCOPE SCRIPT.js [run|shot]" >&2
  exit 2
fi
loopscope="$1"
script="$2"
mode="${3:-run}"
name="$(basename "$script" .js)"
expected_file="$(dirname "$script")/$name.expected"

# A header line's value (a UTF-8 byte order mark and CR line ends are allowed in the script).
header() { head -n 20 "$script" | sed -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' | sed -n "s|^// $1: \\{0,1\\}||p"; }
if [[ -z "$(header Hostile)" ]]; then
  echo "FAIL: $script has no '// Hostile:' header line" >&2
  exit 2
fi
timeout_s="$(header Timeout | head -n1)"; timeout_s="${timeout_s:-5}"
budget_mb="$(header Budget-mb | head -n1)"
expect_exit="$(header Expect-exit | head -n1)"; expect_exit="${expect_exit:-0}"
rss_cap_mb="${budget_mb:-2048}"

work="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-hostile.XXXXXX")"
trap 'rm -rf "$work"' EXIT

args=(--timeout "$timeout_s")
[[ -n "$budget_mb" ]] && args+=(--memory-budget "$budget_mb")
read -r -a extra_args <<< "$(header Args | head -n1)"
if [[ "$mode" == shot ]]; then
  command=(xvfb-run -a -s "-screen 0 1920x1080x24" /usr/bin/time -f "%M" -o "$work/rss" "$loopscope" shot "$script"
           --out "$work/shot.png" --timeout "$timeout_s")
  [[ -n "$budget_mb" ]] && command+=(--memory-budget "$budget_mb")
  # Xvfb start-up and the offscreen frames come on top of the run itself.
  allowed_s="$(awk -v t="$timeout_s" 'BEGIN { print t + 6 }')"
  expect_exit=0
else
  command=(/usr/bin/time -f "%M" -o "$work/rss" "$loopscope" run --headless "${args[@]}" "${extra_args[@]}" "$script")
  allowed_s="$(awk -v t="$timeout_s" 'BEGIN { print t + 2 }')"
fi

start_ns=$(date +%s%N)
# The outer limit only keeps a broken build from hanging CI; reaching it is a failure.
timeout -s KILL "$(awk -v a="$allowed_s" 'BEGIN { print a + 20 }')" "${command[@]}" > "$work/stdout" 2> "$work/stderr"
status=$?
elapsed_s="$(awk -v s="$start_ns" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')"

failures=()
if (( status >= 128 )); then failures+=("ended by signal $((status - 128)), status $status"); fi
if [[ "$status" != "$expect_exit" ]]; then failures+=("exit status $status, expected $expect_exit"); fi
if awk -v e="$elapsed_s" -v a="$allowed_s" 'BEGIN { exit !(e > a) }'; then
  failures+=("took ${elapsed_s} s, more than the ${allowed_s} s allowed")
fi
rss_kb="$(grep -E '^[0-9]+$' "$work/rss" 2>/dev/null | tail -n1)"
if [[ -n "$rss_kb" ]] && (( rss_kb > rss_cap_mb * 1024 )); then
  failures+=("peak resident memory $((rss_kb / 1024)) MB, over the ${rss_cap_mb} MB budget")
fi
if [[ "$mode" == shot ]]; then
  # The picture is the output: the window shows the messages (the run's stderr is not shot's).
  [[ -s "$work/shot.png" ]] || failures+=("no PNG written")
else
  while IFS= read -r text; do
    [[ -z "$text" ]] && continue
    grep -qF -- "$text" "$work/stderr" || failures+=("stderr lacks: $text")
  done < <(header Expect-stderr)
  while IFS= read -r text; do
    [[ -z "$text" ]] && continue
    ! grep -qF -- "$text" "$work/stderr" || failures+=("stderr has: $text")
  done < <(header Reject-stderr)
  if [[ -f "$expected_file" ]]; then
    cp "$expected_file" "$work/expected"
  else
    header Expect-stdout > "$work/expected"
  fi
  if ! diff -u --label expected --label actual "$work/expected" "$work/stdout" > "$work/diff"; then
    failures+=("stdout differs:\n$(cat "$work/diff")")
  fi
fi

if (( ${#failures[@]} > 0 )); then
  echo "FAIL: $script ($mode): $(header Hostile)" >&2
  for failure in "${failures[@]}"; do echo -e "  - $failure" >&2; done
  echo "  stderr was:" >&2
  head -c 2000 "$work/stderr" | sed 's/^/    /' >&2
  exit 1
fi
echo "ok: $name ($mode) ended in ${elapsed_s} s with status $status, peak ${rss_kb:-?} KB: $(header Hostile)"
