#!/usr/bin/env bash
# node_console.sh FILE.js — the node oracle.
#
# Runs FILE.js with the machine's real `node` (`NODE`, default: node on PATH), from the script's
# own folder, exactly as `node FILE.js`: prints node's stdout unchanged on stdout, passes its
# stderr through, and exits with node's exit status. A run is cut at LOOPSCOPE_ORACLE_TIMEOUT_S
# seconds (default 60; exit 124, with a message). Exit 2 when node is missing.
set -uo pipefail
script="${1:?usage: node_console.sh FILE.js}"
node_binary="${NODE:-node}"
if ! command -v "$node_binary" >/dev/null; then
  echo "node_console.sh: '$node_binary' not found (the node oracle needs Node.js on PATH)" >&2
  exit 2
fi
dir="$(cd "$(dirname "$script")" && pwd)"
name="$(basename "$script")"
cd "$dir"
timeout "${LOOPSCOPE_ORACLE_TIMEOUT_S:-60}" "$node_binary" "$name"
status=$?
if [[ $status -eq 124 ]]; then echo "node_console.sh: $name was still running after ${LOOPSCOPE_ORACLE_TIMEOUT_S:-60} s" >&2; fi
exit $status
