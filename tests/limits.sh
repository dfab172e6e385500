#!/bin/bash
# Limits and failures as a hostile user meets them: every failed run says
# why, caps fail with a clear message, inputs are never overwritten, and a
# failed run leaves nothing behind.  Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/.."
EVG=${EVG:-./evgraph}
tmp=$(mktemp -d)
cleanup() { umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
check() { local name=$1; shift; if "$@" >"$tmp/log" 2>&1; then echo "PASS $name"; else echo "FAIL $name: $*"; sed 's/^/    /' "$tmp/log" | head -20; fi; }
# fails NAME PATTERN CMD...: CMD exits non-zero and says PATTERN on stderr
fails() {
  local name=$1 pattern=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  check "$name.exit" [ $rc -ne 0 ]
  check "$name.says-why" grep -q -- "$pattern" "$tmp/err"
}
article=data/deepseek-2025.events

# --- a full disk: standard output, and files on a small tmpfs (root only)
fails "limits.stdout-full" "cannot write to standard output: No space left on device" \
  bash -c "$EVG render $article -t svg -o - >/dev/full"
fails "limits.extract-stdout-full" "cannot write to standard output: No space left on device" \
  bash -c "$EVG extract --anchor 2025-02-03 --format json $article >/dev/full"
mkdir -p "$tmp/full"
if mount -t tmpfs -o size=64k tmpfs "$tmp/full" 2>/dev/null; then
  dd if=/dev/zero of="$tmp/full/fill" bs=1k count=60 2>/dev/null
  for format in svg png graphml gexf json yed; do
    fails "limits.full-disk.$format" "No space left on device" $EVG render $article -t $format -o "$tmp/full"
  done
  check "limits.full-disk.nothing-left" [ "$(ls -A "$tmp/full")" = fill ]
  umount "$tmp/full"
else
  echo "SKIP limits.full-disk: cannot mount a small tmpfs (needs root)"
fi
