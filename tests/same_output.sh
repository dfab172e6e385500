#!/bin/bash
# Checks that a refactoring changed no output of `evgraph extract`: runs a
# reference binary and a new one on every text the project has and cmp's
# standard output, standard error and exit status of each run.
#   tests/same_output.sh REF NEW       e.g. /tmp/evgraph-before ./evgraph
#   KEEP=DIR  keep the texts and both outputs in DIR (default: a temp folder)
# Texts: the news gold texts (tests/timex/news, TEXT as the scorer reads it),
# WikiWars (../shared/corpus/wikiwars, both keys), all of them as one text
# (above the size where extract finds mentions on a thread), the seed
# article, and generated hostile texts (long lists of dates, invalid UTF-8,
# one huge sentence, control bytes, CRLF, relation cues, an empty file).
# Each text runs in the formats timeml, events and json, without --anchor,
# with --anchor 2025-02-03, and (gold texts) with the gold document date as
# the anchor.
# Ends with "N runs compared (T texts), N identical, D differ"; exit 1 on a
# difference, 2 on a usage error.
set -u
cd "$(dirname "$0")/.."
if [ $# -ne 2 ] || [ ! -x "$1" ] || [ ! -x "$2" ]; then
  echo "usage: tests/same_output.sh REF_BINARY NEW_BINARY" >&2
  exit 2
fi
ref=$(realpath "$1") new=$(realpath "$2")
shared=$(realpath ../shared 2>/dev/null || echo /work/shared)
if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  rm -rf "$work" && mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/texts" "$work/ref" "$work/new"

# The texts, one file each, and texts/anchors: "NAME ANCHOR" per gold text.
/usr/bin/python3 - "$work/texts" tests/timex/score.py tests/timex/news \
  "$shared/corpus/wikiwars/timex3-tml" "$shared/corpus/wikiwars/timex2-inline" \
  "$shared"/seed/*.txt <<'PY' || exit 2
import hashlib, importlib.util, os, random, sys

out, scorer, news, ww3, ww2 = sys.argv[1:6]
seeds = sys.argv[6:]
spec = importlib.util.spec_from_file_location("score", scorer)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
seen = set()
anchors = open(os.path.join(out, "anchors"), "w")
prose = []  # every gold text, also as one long text (the bench's kind)

def put(name, data, anchor=None):
    digest = hashlib.sha256(data).digest()
    if digest in seen:  # the two WikiWars keys share most texts
        return
    seen.add(digest)
    with open(os.path.join(out, name + ".txt"), "wb") as f:
        f.write(data)
    if anchor:
        anchors.write(f"{name} {anchor}\n")

for folder, prefix in ((news, "news"), (ww3, "ww3"), (ww2, "ww2")):
    for path in score.gold_files([folder], []):
        doc = score.parse_doc(score.read_source(path), path)
        try:
            anchor = score.anchor_of(doc)
        except score.GoldError:
            anchor = None
        put(f"{prefix}-{score.stem(path)}", doc.text.encode("utf-8"), anchor)
        prose.append(doc.text.encode("utf-8"))
put("all-prose", b"\n\n".join(prose))
for path in seeds:
    put("seed-" + os.path.basename(path)[:-4], open(path, "rb").read())

# Hostile texts, the same bytes on every run.
rng = random.Random(20250203)
months = ["January", "Feb.", "March", "Apr", "May", "June", "July", "Aug.",
          "Sept.", "October", "Nov", "December"]
forms = [
    lambda: f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(1, 2999)}",
    lambda: f"{rng.choice(months)} {rng.randint(1, 31)}, {rng.randint(1000, 2100)}",
    lambda: f"{rng.randint(1000, 2100)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
    lambda: f"{rng.randint(1, 12)}/{rng.randint(1, 31)}/{rng.randint(0, 99):02}",
    lambda: rng.choice(["yesterday", "next Tuesday", "last week", "three days ago",
                        "the 1990s", "Easter 2004", "Q3 2019", "mid-1980s",
                        "every Monday", "for two weeks", "at 5:30 p.m.", "noon",
                        "Chinese New Year", "Christmas Eve", "summer of '69"]),
    lambda: f"in {rng.randint(1, 40000)} BC",
]
dates = ", ".join(rng.choice(forms)() for _ in range(20000))
put("hostile-date-list", ("Dates: " + dates + ".\n").encode())
put("hostile-date-lines", "".join(
    f"On {rng.choice(forms)()} the Council of Ministers met in Paris.\n"
    for _ in range(5000)).encode())
words = ["the", "army", "marched", "on", "Paris", "and", "in", "1815", "while",
         "Napoleon", "said", "that", "tomorrow", "March", "Monday", "and", "then"]
put("hostile-huge-sentence",
    (" ".join(rng.choice(words) for _ in range(200000)) + ".\n").encode())
bad = bytearray()
for _ in range(3000):
    bad += f"On {rng.choice(forms)()} ".encode()
    bad += bytes(rng.randint(0x80, 0xff) for _ in range(rng.randint(1, 4)))
    bad += rng.choice([b"\xc3\xa9t\xc3\xa9 ", b"\xe2\x80\x94", b"\xed\xa0\x80",
                       b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x00", b"\x1b[0m",
                       b"Jan\xc2\xa0 5, 2001", b"2001\xe2\x80\x932003 "])
    bad += b". " if rng.random() < 0.5 else b"\n"
put("hostile-invalid-utf8", bytes(bad))
put("hostile-crlf", b"".join(
    f"Monday, {rng.choice(forms)()}\r\nPARIS (Reuters) - It rained.\r\n\r\n".encode()
    for _ in range(2000)))
# The relation cues (causes, responses, part-of, sequels) dense, in every
# case, glued to punctuation, split by hyphens and at clause ends: the
# cue scans must find the same first cue of each list.
cues = ["prompted", "caused", "led to", "resulted in", "set off", "touched off",
        "forced", "drove", "driven", "prompting", "leading to", "in response to",
        "responded to", "in retaliation for", "retaliated", "In response",
        "in reaction", "as part of", "later", "Then", "afterwards", "after that",
        "the next", "THE FOLLOWING", "within a week", "soon after"]
filler = ["the", "army", "strike", "May", "4,", "ledto", "led-to", "then-",
          "thence", "laterally", "by", "was", "a", "fire", "part", "as", "of",
          "x'", "\u00e9t\u00e9", "\u2014", ",", ";", "set", "off", "up"]
when = ["on March 3, 2020", "on 5 June 1999", "in 1944", "on Monday",
        "two days later", "on July 4"]
sentences = []
for _ in range(3000):
    ws = [rng.choice(filler) if rng.random() < 0.7 else rng.choice(cues)
          for _ in range(rng.randint(3, 25))]
    ws.insert(rng.randint(0, len(ws)), rng.choice(when))
    line = rng.choice([" ", " ", ", ", "  ", "-"]).join(ws)
    sentences.append(line[0].upper() + line[1:] + rng.choice([".", ".", "!", " "]))
put("hostile-relation-cues", (" ".join(sentences) + "\n").encode())
put("hostile-empty", b"")
put("hostile-no-newline", b"On 3 May 1999 it began")
PY

runs=0 same=0 differ=0
compare() { # name anchor-args...
  local name=$1 format tag
  shift
  tag=${1:+-$2}
  for format in timeml events json; do
    local base="$name-$format${tag:-}" bin side
    for side in ref new; do
      [ $side = ref ] && bin=$ref || bin=$new
      (cd "$work/texts" && "$bin" extract --format "$format" "$@" "$name.txt" \
        >"$work/$side/$base.out" 2>"$work/$side/$base.err"
       echo $? >"$work/$side/$base.rc")
    done
    runs=$((runs + 1))
    if cmp -s "$work/ref/$base.out" "$work/new/$base.out" &&
      cmp -s "$work/ref/$base.err" "$work/new/$base.err" &&
      cmp -s "$work/ref/$base.rc" "$work/new/$base.rc"; then
      same=$((same + 1))
    else
      differ=$((differ + 1))
      echo "DIFFER $base:"
      for ext in out err rc; do
        cmp "$work/ref/$base.$ext" "$work/new/$base.$ext" 2>&1 | sed 's/^/    /'
      done
    fi
  done
}

texts=0
for file in "$work"/texts/*.txt; do
  name=$(basename "$file" .txt)
  texts=$((texts + 1))
  compare "$name"
  compare "$name" --anchor 2025-02-03
  anchor=$(awk -v n="$name" '$1 == n { print $2 }' "$work/texts/anchors")
  [ -n "$anchor" ] && compare "$name" --anchor "$anchor"
done
echo "$runs runs compared ($texts texts), $same identical, $differ differ"
[ "$differ" -eq 0 ] && [ "$runs" -gt 0 ]
