#!/usr/bin/env bash
# check_samples.sh ROOT — the curated samples are well formed: samples/DEFAULT names an existing
# sample; every samples/*.js starts with the "// Title: …" and "// Watch: …" header lines the app
# shows; every sample and puzzle has its .expected beside it (node scripts — a `// Model: node`
# header or tests/puzzles_node/ — also their .status), unless its header marks it
# `// Nondeterministic: why`.
set -uo pipefail
root="${1:?usage: check_samples.sh ROOT}"
errors=0
Error() { echo "check_samples: $*" >&2; errors=$((errors + 1)); }

default="$(tr -d '[:space:]' < "$root/samples/DEFAULT" 2>/dev/null || true)"
if [[ -z "$default" || ! -f "$root/samples/$default" ]]; then
  Error "samples/DEFAULT must name an existing sample (found '$default')"
fi

shopt -s nullglob
for sample in "$root"/samples/*.js; do
  line1="$(sed -n 1p "$sample")"
  line2="$(sed -n 2p "$sample")"
  [[ "$line1" =~ ^//\ Title:\ [^[:space:]] ]] || Error "$sample: line 1 must be '// Title: …'"
  [[ "$line2" =~ ^//\ Watch:\ [^[:space:]] ]] || Error "$sample: line 2 must be '// Watch: …'"
done
for script in "$root"/samples/*.js "$root"/tests/puzzles/*.js "$root"/tests/puzzles_node/*.js; do
  header="$(sed -n '1,8p' "$script")"
  if grep -q '^// Nondeterministic: [^[:space:]]' <<<"$header"; then
    # Its order depends on timing: no expectation, and it must say why.
    [[ -f "${script%.js}.expected" ]] && Error "$script is marked Nondeterministic but has an .expected"
    continue
  fi
  if grep -q '^// Model: node' <<<"$header" || [[ "$script" == "$root"/tests/puzzles_node/* ]]; then
    [[ -f "${script%.js}.expected" && -f "${script%.js}.status" ]] ||
      Error "$script has no .expected/.status (run tests/oracle/regenerate_node_expected.sh)"
    continue
  fi
  [[ -f "${script%.js}.expected" ]] || Error "$script has no .expected (run tests/oracle/regenerate_expected.sh)"
done
# A `// Model:` line names a model Loopscope has.
for sample in "$root"/samples/*.js; do
  model_line="$(sed -n '1,8p' "$sample" | grep '^// Model:' || true)"
  [[ -z "$model_line" || "$model_line" =~ ^//\ Model:\ (node|browser)$ ]] || Error "$sample: '$model_line' names no model (node or browser)"
done
[[ $errors -eq 0 ]] && echo "ok: samples well formed, default '$default'"
exit $((errors > 0))
