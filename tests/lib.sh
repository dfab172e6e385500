# tests/lib.sh: how every shell suite starts, sourced right after `set -u`:
# the repository as the working folder, $EVG (the program, maybe under
# valgrind), $PY (Debian's python3, which has networkx and igraph),
# $UPDATE (1 rewrites goldens), a temporary folder $tmp removed on exit,
# and the PASS/FAIL lines tests/run.sh counts.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
EVG=${EVG:-./evgraph}
PY=/usr/bin/python3
UPDATE=${UPDATE:-0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }
# check NAME COMMAND...: PASS when the command succeeds, else FAIL with the
# command and the first lines it printed.
check() {
  local name=$1
  shift
  if "$@" >"$tmp/log" 2>&1; then pass "$name"; else
    fail "$name" "$*"
    sed 's/^/    /' "$tmp/log" | head -20
  fi
}
# same_file NAME EXPECTED ACTUAL: byte for byte (UPDATE=1 rewrites EXPECTED).
same_file() {
  if [ "$UPDATE" = 1 ]; then cp "$3" "$2"; fi
  if cmp -s "$2" "$3"; then pass "$1"; else
    fail "$1" "differs from $2"
    diff "$2" "$3" | head -20 | sed 's/^/    /'
  fi
}
