#!/bin/bash
# Limits and failures as a hostile user meets them: every failed run says
# why, caps fail with a clear message, inputs are never overwritten, and a
# failed run leaves nothing behind.  Prints PASS/FAIL/SKIP lines.
set -u
source "$(dirname "$0")/lib.sh"
cleanup() { umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
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
  # a folder the run made is gone again when the run fails
  fails "limits.failed-run.new-folder" "No space left on device" $EVG render $article -t svg,graphml -o "$tmp/full/new"
  fails "limits.failed-run.new-folder-again" "No space left on device" $EVG render $article -t svg,graphml -o "$tmp/full/new"
  check "limits.full-disk.nothing-left" [ "$(ls -A "$tmp/full")" = fill ]
  umount "$tmp/full"
else
  echo "SKIP limits.full-disk: cannot mount a small tmpfs (needs root)"
fi

# --- numbers are range-checked, never wrapped
fails "limits.size-overflow" "--size needs WxH in pixels, from 320x240 to 20000x20000 (got '4294969216x1080')" \
  $EVG render $article --layout timeline --size 4294969216x1080 -t svg -o "$tmp/size"
check "limits.size-overflow.nothing" [ ! -e "$tmp/size" ]
fails "limits.size-trailing" "got '1920x1080x'" $EVG render $article --size 1920x1080x -t svg -o "$tmp/size"
fails "limits.depth-overflow" "--depth needs a whole number" $EVG check $article --focus nvidia-market-value-drop --depth 99999999999999999999

# --- an output never replaces an input
# (inputs are told by their names: a TimelineJS JSON input, x.json, is the
# one that an output, -t json, can be named like)
$EVG render $article -t timelinejs -o "$tmp/x.json"
cp "$tmp/x.json" "$tmp/x.keep"
fails "limits.output-is-input" "the output $tmp/x.json is the input '$tmp/x.json'; refusing to overwrite it" \
  $EVG render "$tmp/x.json" -t json -o "$tmp/x.json"
check "limits.output-is-input.untouched" cmp -s "$tmp/x.json" "$tmp/x.keep"
mkdir -p "$tmp/in"
cp "$tmp/x.json" "$tmp/in/story.json"
fails "limits.output-in-folder-is-input" "refusing to overwrite it" \
  $EVG render "$tmp/in/story.json" -t json -o "$tmp/in"
check "limits.output-in-folder-is-input.untouched" cmp -s "$tmp/in/story.json" "$tmp/x.keep"

# the input found among many (its identity is looked up, not scanned)
mkdir -p "$tmp/many"
for i in $(seq 1 40); do cp $article "$tmp/many/s$i.events"; done
cp "$tmp/x.json" "$tmp/many/story.json"
fails "limits.output-is-one-of-many-inputs" "the output $tmp/many/story.json is the input '$tmp/many/story.json'" \
  $EVG render "$tmp"/many/s*.events "$tmp/many/story.json" -t json -o "$tmp/many"
check "limits.output-is-one-of-many-inputs.untouched" cmp -s "$tmp/many/story.json" "$tmp/x.keep"
check "limits.output-is-one-of-many-inputs.nothing-new" [ "$(ls "$tmp/many" | grep -c -v '[.]events$')" -eq 1 ]
# two inputs of one name would write one file: said before any folder is made
mkdir -p "$tmp/one" "$tmp/two"
cp $article "$tmp/one/story.events"
cp $article "$tmp/two/story.events"
fails "limits.same-name-inputs" "'$tmp/one/story.events' and '$tmp/two/story.events' would both write $tmp/same/story.dot" \
  $EVG render "$tmp"/many/s1.events "$tmp/one/story.events" "$tmp"/many/s2.events "$tmp/two/story.events" -t dot,json -o "$tmp/same"
check "limits.same-name-inputs.no-folder" [ ! -e "$tmp/same" ]

# --- the input is capped: an endless input fails with a message
fails "limits.input-cap" "'/dev/zero' is larger than 16 MiB, the input cap; raise it with --max-input MIB" \
  $EVG check /dev/zero --max-input 16
fails "limits.input-cap.extract" "is larger than 1 MiB" bash -c "head -c 2000000 /dev/zero | $EVG extract --max-input 1 -"
check "limits.input-cap.under" $EVG check $article --max-input 1
fails "limits.input-cap.range" "--max-input needs MiB, from 1 to 65536 (got '0')" $EVG check $article --max-input 0

# --- a file name cannot add lines to extract's events file
evil="$tmp/evil
event injected
  date: 2020
  label: x.txt"
printf 'LONDON, March 10, 2025 — Acme Corp said on Monday that profits fell.\n' >"$evil"
$EVG extract "$evil" >"$tmp/evil.events" 2>/dev/null
check "limits.file-name-newline.no-injected-event" bash -c "! grep -q '^event injected' '$tmp/evil.events'"
check "limits.file-name-newline.valid" $EVG check "$tmp/evil.events"
check "limits.file-name-newline.one-event" [ "$(grep -c '^event ' "$tmp/evil.events")" -eq 1 ]

# --- the graph layout refuses up front what it cannot finish
/usr/bin/python3 tests/gen_events.py 2001 3 >"$tmp/g2001.events"
start=$(date +%s)
fails "limits.graph-layout-cap" "svg: 2001 events are more than the graph layout draws (at most 2000); use --layout timeline (up to 50000), or keep fewer with --from/--to, --actor, --tag or --focus" \
  $EVG render "$tmp/g2001.events" -t svg -o "$tmp/g2001"
check "limits.graph-layout-cap.at-once" [ $(($(date +%s) - start)) -lt 20 ]
check "limits.graph-layout-cap.nothing" [ ! -e "$tmp/g2001" ]
# Under valgrind the layout child runs some thirty times slower and passed
# the 120-second layout limit on a loaded machine (make memcheck at
# c35d09f): the plain binary draws it there; tests/timeline.sh checks the
# timeline's memory under valgrind on smaller graphs.
if [[ "$EVG" == *valgrind* ]]; then
  timeline_evg=${EVGRAPH:-./evgraph}
else
  timeline_evg=$EVG
fi
check "limits.graph-layout-cap.timeline-draws" $timeline_evg render "$tmp/g2001.events" --layout timeline -t svg -o "$tmp/g2001"

# --- SIGTERM while rendering: the temporary files, the folder the run made
# and the layout child all go, and the exit says it was the signal
/usr/bin/python3 tests/gen_events.py 30000 5 >"$tmp/sigterm-input.events"
$EVG render "$tmp/sigterm-input.events" --layout timeline -t svg,png -o "$tmp/sig" 2>/dev/null &
pid=$!
for _ in $(seq 600); do
  [ -n "$(ls -A "$tmp/sig" 2>/dev/null)" ] && break
  sleep 0.1
done
check "limits.sigterm.was-writing" [ -n "$(ls -A "$tmp/sig" 2>/dev/null)" ]
kill -TERM $pid
wait $pid
rc=$?
check "limits.sigterm.exit" [ $rc -eq 143 ]
sleep 1
check "limits.sigterm.no-temporaries" [ ! -e "$tmp/sig" ]
check "limits.sigterm.no-layout-child" bash -c "! pgrep -f '[s]igterm-input.events'"

# --- an output that is a device, a named pipe or a link is written through,
# never replaced by a renamed file ("-o /dev/null" as root once put a plain
# file in place of the system's /dev/null)
mkdir -p "$tmp/through"
$EVG render $article -t dot -o "$tmp/through/plain.dot"
mkfifo "$tmp/through/pipe.dot"
(timeout 10 cat "$tmp/through/pipe.dot" >"$tmp/through/from-pipe.dot" &)
$EVG render $article -t dot -o "$tmp/through/pipe.dot"
sleep 0.5
check "limits.output.pipe-kept" [ -p "$tmp/through/pipe.dot" ]
check "limits.output.pipe-read" cmp "$tmp/through/from-pipe.dot" "$tmp/through/plain.dot"
echo old >"$tmp/through/real.dot"
ln -s real.dot "$tmp/through/link.dot"
$EVG render $article -t dot -o "$tmp/through/link.dot"
check "limits.output.link-kept" [ -L "$tmp/through/link.dot" ]
check "limits.output.link-target-written" cmp "$tmp/through/real.dot" "$tmp/through/plain.dot"
if mknod "$tmp/through/null.events" c 1 3 2>/dev/null; then
  $EVG merge $article $article -o "$tmp/through/null.events"
  check "limits.output.device-kept" [ -c "$tmp/through/null.events" ]
  check "limits.output.no-temporaries" bash -c "! ls -A '$tmp/through' | grep -q tmp-"
else
  echo "SKIP limits.output.device-kept: mknod needs root"
fi
