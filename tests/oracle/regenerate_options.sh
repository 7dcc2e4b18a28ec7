# regenerate_options.sh — sourced by the regenerate_*expected.sh scripts: parses
#   [--runs N] [FILE.js ...]
# into `runs` (default 2) and the array `files`; -h/--help prints the calling script's header.
runs=2
files=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --runs=*) runs="${1#--runs=}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "$(basename "$0"): --runs needs a positive integer" >&2; exit 2; }
