#!/usr/bin/env bash
# check_node_expected.sh FILE.js EXPECTED STATUS_FILE — proves an expectation came from the real
# engine: re-runs FILE.js with real `node` (tests/oracle/node_console.sh) and requires it to
# reproduce EXPECTED (stdout) and STATUS_FILE (exit status) exactly.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script="${1:?usage: check_node_expected.sh FILE.js EXPECTED STATUS_FILE}"
exec "$here/compare_node_output.sh" "$2" "$3" "$here/../oracle/node_console.sh" "$script"
