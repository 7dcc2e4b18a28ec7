#!/usr/bin/env bash
# check_expected.sh SCRIPT.js EXPECTED
#
# Proves that EXPECTED really is headless Chromium's output for SCRIPT.js: runs the oracle
# (tests/oracle/chromium_console.sh) into a temporary file and compares it with the committed
# expectation. Fails loudly — never passes quietly — when Chromium is not installed.
set -uo pipefail

readonly kHere="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly kOracle="$kHere/../oracle/chromium_console.sh"

if [[ $# -ne 2 ]]; then
  echo "usage: check_expected.sh SCRIPT.js EXPECTED" >&2
  exit 2
fi
script="$1"
expected="$2"

chromium="${CHROMIUM:-chromium}"
if ! command -v "$chromium" >/dev/null 2>&1; then
  {
    echo "=================================================================="
    echo "CHROMIUM ORACLE UNAVAILABLE: '$chromium' is not installed."
    echo "This test proves $expected came from Chromium; it cannot pass"
    echo "without it. Install Debian's chromium (apt-get install chromium)"
    echo "or exclude the label: ctest -LE oracle."
    echo "=================================================================="
  } >&2
  exit 1
fi

exec "$kHere/compare_output.sh" "$expected" "$kOracle" "$script"
