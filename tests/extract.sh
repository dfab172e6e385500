#!/bin/bash
# evgraph extract as its users run it: TimeML that scorers can read, events
# that render, JSON Lines, the article's graph, and the tagger's accuracy on
# the news gold set (tests/timex/news) and on WikiWars.  PASS/FAIL/SKIP lines.
set -u
source "$(dirname "$0")/lib.sh"
# The opening of a check on an extraction's dates (python, the text's path
# its first argument): `dates`, each event's date by its quote.
quote_dates='import json, subprocess, sys
out = subprocess.run(["'"${EVGRAPH:-./evgraph}"'", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["quote"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}'

cat >"$tmp/news.txt" <<'TEXT'
LONDON, March 10, 2025 — The company said on Monday that profits fell 12 percent in the fourth quarter.
Two days later, its chief executive resigned. The board will meet on Friday.
A storm in February prompted a two-week closure of the Leeds plant.
TEXT

# TimeML: the text comes back unchanged, with TIMEX3 elements inside TEXT
$EVG extract --format timeml "$tmp/news.txt" >"$tmp/news.tml" 2>"$tmp/err"
check "extract.timeml.exit" [ $? -eq 0 ]
check "extract.timeml.well-formed" xmllint --noout "$tmp/news.tml"
check "extract.timeml.text-unchanged" $PY -c "
import sys, xml.etree.ElementTree as ET
text = ''.join(ET.parse(sys.argv[1]).getroot().find('TEXT').itertext())
sys.exit(text != open(sys.argv[2], encoding='utf-8').read())" "$tmp/news.tml" "$tmp/news.txt"
check "extract.timeml.dateline-anchor" grep -q 'functionInDocument="CREATION_TIME">2025-03-10<' "$tmp/news.tml"
check "extract.timeml.monday" grep -q 'value="2025-03-10">Monday<' "$tmp/news.tml"
check "extract.timeml.quarter" grep -q 'value="2024-Q4">the fourth quarter<' "$tmp/news.tml"
check "extract.timeml.anaphora" grep -q 'value="2025-03-12">Two days later<' "$tmp/news.tml"
check "extract.timeml.future-weekday" grep -q 'value="2025-03-14">Friday<' "$tmp/news.tml"
check "extract.timeml.duration" grep -q 'type="DURATION" value="P2W">two-week<' "$tmp/news.tml"

# A text with no events gives JSON Lines with no line: exit 0, nothing on
# standard error (under UBSan an empty output once passed fwrite a null
# buffer, "null pointer passed as argument 1")
printf 'Nothing of note.\n' >"$tmp/no-events.txt"
$EVG extract --format json --anchor 2025-01-01 "$tmp/no-events.txt" >"$tmp/no-events.jsonl" 2>"$tmp/no-events.err"
check "extract.no-events.exit" [ $? -eq 0 ]
check "extract.no-events.empty" [ ! -s "$tmp/no-events.jsonl" ]
check "extract.no-events.quiet" [ ! -s "$tmp/no-events.err" ]

# Memory linear in the text: 1.2 MB of short dated sentences naming actors
# (each event once reserved room for every mention of the whole text: 13 GB
# of address space).  Under 1 GB of address space; not under ASan or
# valgrind, which reserve far more themselves.
if [[ "$EVG" == *valgrind* || "${EVGRAPH:-}" == *sanitize* ]]; then
  echo "SKIP extract.memory-linear: address-space limit not meaningful under ASan/valgrind"
else
  $PY -c "
import random
random.seed(1)
months = ['January', 'March', 'May', 'July', 'September', 'November']
lines, size = [], 0
while size < 1200000:
    line = 'Acme Corp and Beta Ltd met Gamma Group on %s %d, 2024.\n' % (random.choice(months), random.randint(1, 28))
    lines.append(line); size += len(line)
open('$tmp/many.txt', 'w').write(''.join(lines))"
  check "extract.memory-linear" bash -c "ulimit -v 1000000 && $EVG extract --anchor 2025-01-01 '$tmp/many.txt' >'$tmp/many.events'"
  check "extract.memory-linear.events" [ "$(grep -c '^event ' "$tmp/many.events")" -gt 20000 ]
fi

# Time linear in a sentence's length (dates still to come after "that" and a
# present verb, review44): tests/hostile.sh's relative-ahead pattern, under
# a time limit there and measured by make bench, not timed here.

# Several events per sentence (issue 10): one event per dated clause, each
# with its own date and the whole sentence as quote; relations stated by
# passives, responses and "as part of"; none from an adjective or a
# hypothetical.
cat >"$tmp/clauses.txt" <<'TEXT'
DUBLIN, May 20, 2026 — Shamrock Air cancelled 140 flights on Monday and resumed them on Tuesday. The union had rejected an offer on May 4; then it called a strike on May 11.
The outage was caused by a faulty update installed on Sunday night, the airline said. Travellers described a forced overnight stay on Monday.
Analysts said on Tuesday that a second failure could have led to a week of closures. The regulator opened an inquiry on May 12; as part of the inquiry, it ordered an audit on Tuesday.
In response to the strike, the council voted on Tuesday to review the lease. Traffic fell in March before recovering in April.
The airline said on Tuesday that it would restore all routes by May 28. The founder died three years later, in February 2029.
The minister met the pilots on May 14 and asked them to keep flying at least until 2027. The carmaker had said on January 20 that its plant would stop before 2028, with its work going abroad. Full service will return by June 2.
The union said on May 19 that its members had backed a walkout on June 9.
The chief executive met the mayor on May 12, but he made no promise.
Crews stopped the line on May 13, and output did not resume until May 15.
Fares rose between March 3 and May 9.
Checks ran from April 1 to April 30.
Insurers paid on Wednesday for the fires caused by old wiring.
TEXT
$EVG extract --format json "$tmp/clauses.txt" >"$tmp/clauses.jsonl" 2>"$tmp/err"
check "extract.clauses.exit" [ $? -eq 0 ]
check "extract.clauses.events" $PY - "$tmp/clauses.jsonl" "$tmp/clauses.txt" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
text = open(sys.argv[2], "rb").read()
events = [e for e in lines if e["type"] == "event"]
by_id = {e["id"]: e for e in events}
def clause(e):
    return text[e["start"]["offset"]:e["end"]["offset"]].decode()
def find(words):
    found = [e for e in events if words in clause(e)]
    assert len(found) == 1, (words, [clause(e) for e in found])
    return found[0]
# one event per dated clause, each with its own date, quote the sentence
for words, date in [("cancelled 140 flights", "2026-05-18"), ("resumed them", "2026-05-19"),
                    ("rejected an offer", "2026-05-04"), ("called a strike", "2026-05-11"),
                    ("Traffic fell", "2026-03"), ("recovering", "2026-04"),
                    ("opened an inquiry", "2026-05-12"), ("ordered an audit", "2026-05-19")]:
    e = find(words)
    assert e["date"] == date, (words, e["date"], date)
    assert words in e["quote"] and len(e["quote"]) > len(clause(e)), (e["quote"], clause(e))
assert "DUBLIN" not in clause(find("cancelled 140 flights")), "the dateline is no part of the clause"
# a limit inside what was said or asked dates the content, not the saying
# or asking: the clause keeps its own verb's date
for words, date in [("restore all routes", "2026-05-19"), ("keep flying", "2026-05-14"),
                    ("plant would stop", "2026-01-20"),
                    # a past perfect told before the saying is not dated after
                    # it: on or before the saying (dates21)
                    ("had backed a walkout", "../2026-05-19")]:
    assert find(words)["date"] == date, (words, find(words)["date"], date)
assert find("met the pilots") is find("keep flying"), "the limit starts no clause"
# a clause that says something did not happen is no event of its own
assert find("met the mayor") is find("made no promise"), "a negated clause stays"
assert find("stopped the line") is find("did not resume"), "a dated negated clause stays"
assert find("stopped the line")["date"] == "2026-05-13", find("stopped the line")["date"]
# a range dates its clause from its first day to its last
assert find("Fares rose")["date"] == "2026-03-03/2026-05-09", find("Fares rose")["date"]
assert find("Checks ran")["date"] == "2026-04-01/2026-04-30", find("Checks ran")["date"]
# a deadline alone dates its clause, on or before; a finer date beside the first
assert find("Full service")["date"] == "../2026-06-02", find("Full service")["date"]
assert find("founder died")["date"] == "2029-02", find("founder died")["date"]
assert len({e["id"] for e in events}) == len(events), "ids are unique"
# the passive: the update causes the outage
update, outage = find("faulty update"), find("The outage")
assert update.get("relation") == "causes" and update["target"] == outage["id"], (update, outage)
assert update["date"] == "2026-05-17", update["date"]
# no edge from an adjective, a hypothetical or a participle ("fires caused by X")
assert find("Insurers paid")["date"] == "2026-05-20", find("Insurers paid")["date"]
causes = [e for e in events if e.get("relation") == "causes"]
assert len(causes) == 1, [clause(e) for e in causes]
# part-of the inquiry; the response answers the strike named before
audit = find("ordered an audit")
assert audit.get("relation") == "part-of" and by_id[audit["target"]] is find("opened an inquiry"), audit
vote = find("the council voted")
assert vote.get("relation") == "responds-to" and by_id[vote["target"]] is find("called a strike"), vote
PY
check "extract.clauses.renders" bash -c "$EVG extract '$tmp/clauses.txt' | $EVG check -"
# "In response to the X": a definite X is a happening told before, the
# first event naming it by its verb's stem (Snowball's: the filing /
# filed; or shared first letters: the walkout / walked out), since later
# mentions refer back to it; "that X" the nearest; none when no event
# names it (no event of the bare phrase).
# Each line: the text, then the response's words and the stimulus's
# words ("-" for no edge).
while IFS='|' read -r name story response stimulus; do
  printf '%s\n' "$story" >"$tmp/resp-$name.txt"
  check "extract.relation.response.$name" $PY - "$EVG" "$tmp/resp-$name.txt" "$response" "$stimulus" <<'PY'
import json, subprocess, sys
evg, path, response, stimulus = sys.argv[1:]
out = subprocess.run(evg.split() + ["extract", "--format", "json", path], capture_output=True, check=True)
events = [e for e in map(json.loads, out.stdout.decode().splitlines()) if e["type"] == "event"]
text = open(path, "rb").read()
clause = lambda e: text[e["start"]["offset"]:e["end"]["offset"]].decode()
by_id = {e["id"]: e for e in events}
answer = [e for e in events if response in clause(e)]
assert len(answer) == 1, [clause(e) for e in events]
got = answer[0].get("relation"), clause(by_id[answer[0]["target"]]) if "target" in answer[0] else None
if stimulus == "-":
    assert [e for e in events if "relation" in e] == [], got
    assert not any(clause(e).strip().lower().startswith("the ") and len(clause(e)) < 20 for e in events), [clause(e) for e in events]
else:
    assert got[0] == "responds-to" and stimulus in got[1], got
PY
done <<'CASES'
sport|MADRID, March 3, 2026 — Real Vigo sacked its coach on Sunday after a fourth straight defeat. Fans gathered outside the stadium on Monday. In response to the sacking, the players' union issued a statement on Tuesday.|players' union|sacked its coach
science|BOSTON, June 12, 2026 — The journal retracted a widely cited cancer study on Monday. The lead author declined to comment on Tuesday. In response to the retraction, the university opened an inquiry on Wednesday.|opened an inquiry|retracted
politics|OTTAWA, October 9, 2026 — Senator Ruth Alder resigned on Monday over a donations scandal. Her office closed on Tuesday. In response to her resignation, the premier named a replacement on Thursday.|named a replacement|resigned
weather|PASSAU, July 20, 2026 — The Danube flooded the old town on Saturday. Residents moved to the school gym on Saturday night. In response to the flooding, the council closed the Inn bridge on Sunday.|closed the Inn bridge|flooded
finance|FRANKFURT, April 2, 2026 — Markets fell on Monday. The small lender Baxbank collapsed on Tuesday. In response to that collapse, regulators froze its accounts on Wednesday.|froze its accounts|Baxbank collapsed
labour|ROTTERDAM, May 7, 2026 — Dockworkers walked out on Monday. The walkout was joined by lorry drivers on Tuesday. In response to the walkout, the port authority called talks on Wednesday.|called talks|Dockworkers walked out
law|DENVER, March 12, 2026 — Harlan Mining filed for bankruptcy on Monday, and its shares were suspended. Its chief executive stepped down on Tuesday. In response to the filing, the state froze its permits on Wednesday.|froze its permits|filed for bankruptcy
unnamed|SEOUL, May 7, 2026 — The carmaker recalled 40,000 cars on Monday. In response to the criticism, it cut its prices on Wednesday.|cut its prices|-
CASES

# a stimulus new to the text is an event of its own, and the response ends
# where it begins: its span holds neither the stimulus nor what is said of it
printf 'VIENNA, May 7, 2026 — The inquiry was opened in September 2025 in response to complaints by Datenwache, a privacy group, whose volunteers had found a leak.\n' >"$tmp/resp-new.txt"
check "extract.relation.response.new-stimulus-apart" $PY - "$EVG" "$tmp/resp-new.txt" <<'PY'
import json, subprocess, sys
evg, path = sys.argv[1:]
out = subprocess.run(evg.split() + ["extract", "--format", "json", path], capture_output=True, check=True)
events = [e for e in map(json.loads, out.stdout.decode().splitlines()) if e["type"] == "event"]
text = open(path, "rb").read()
clause = lambda e: text[e["start"]["offset"]:e["end"]["offset"]].decode()
by_id = {e["id"]: e for e in events}
answer = [e for e in events if "inquiry was opened" in clause(e)]
assert len(answer) == 1 and answer[0].get("relation") == "responds-to", [clause(e) for e in events]
assert clause(answer[0]) == "The inquiry was opened in September 2025", clause(answer[0])
assert "complaints by Datenwache" in clause(by_id[answer[0]["target"]]), answer
PY

# Order and cause left out rather than wrong: two coordinated dated
# clauses with no word of order give no `precedes`, whether the second
# opens with a subject of its own ("..., and the city council cut its
# grant in June"), with its date ("and in May 2022 the court upheld it")
# or goes on with the same subject's verb ("passed the bill on June 2 and
# sent it ... on June 9"): the gold's rule (tests/events_gold/README.md,
# relations18) gives the order of dates alone no edge, while "and then"
# states it;
# "later" after a comma or a preposition describes a noun ("The chronicle,
# later called ...", "according to later reports"); "drove" is a journey
# or a blow, not a cause; a cause with no verb of its own ("The reports
# of the envoy caused a scandal") is one happening, no edge; "as part of
# a plan that its board adopted in September" names a plan new to the
# text, not the September event; "to the next" is a pronoun, not a time
# (the tagger reads no date there), and "Within days of the fire" counts
# from the fire it names, not from the event told before, as "Soon after
# dark" does (a bare "Soon after," counts from it); a date after
# "until" bounds a stretch ("stayed below freezing until after sunrise on
# Tuesday"); a clause whose own verb is a past perfect ("had rejected") is
# background, no step, unless a count opens it ("By the next evening they
# had cleared", relations26: a step after the happening counted from) (a "had" after the clause's verb or in
# a relative clause is another's); the point of a number ("a 2.5 tonne
# engine") ends no cause.  Each line: the text, then the
# relations proposed ("-" for none).
while IFS='|' read -r name story wanted; do
  printf '%s\n' "$story" >"$tmp/order-$name.txt"
  check "extract.relation.left-out.$name" $PY - "$EVG" "$tmp/order-$name.txt" "$wanted" <<'PY'
import json, subprocess, sys
evg, path, wanted = sys.argv[1:]
out = subprocess.run(evg.split() + ["extract", "--format", "json", path], capture_output=True, check=True)
rows = [json.loads(l) for l in out.stdout.decode().splitlines()]
got = ",".join(e["relation"] for e in rows if e["type"] == "event" and "relation" in e) or "-"
assert got == wanted, (got, wanted)
PY
done <<'CASES'
museum|The museum reopened its east wing on March 3, 2024, and the city council cut its grant in June 2024.|-
football|The striker scored twice on May 2, 2025, but the club lost the league on May 20, 2025.|-
genome|Researchers sequenced the genome in April 2023, and Ortega published the results in 2024.|-
river|The river crested on June 6, 2025, and it flooded the lower town on June 8, 2025.|-
patent|The firm filed its patent in March 2021, and in May 2022 the court upheld it.|-
senate|The senate passed the bill on June 2, 2025 and sent it to the governor on June 9, 2025.|-
senate-then|The senate passed the bill on June 2, 2025 and then sent it to the governor on June 9, 2025.|precedes
chronicle|The abbey was founded in 1132. The chronicle, later called the Red Book, records a fire in 1174.|-
prototype|Engineers tested the prototype in May 2019. According to later reports, the battery caught fire in June 2019.|-
spike|On September 8, 1883, the banker Villard drove the last spike at Gold Creek in Montana.|-
golf|On July 6, 2025, the young golfer drove the ball 300 yards down the last fairway.|-
hospital|On Saturday, March 7, 2026, a farmer in Ballina drove his wife 40 kilometres to hospital.|-
reports|The reports of the envoy caused a scandal in Paris on May 3, 2025.|-
engine|On May 18, 2019, an overheating engine forced the crew down in the sea.|-
tonne|On May 18, 2019, a 2.5 tonne engine forced the crew down in the sea.|-
transformer|A transformer that overheated at a substation on May 2, 2025 set off a blackout across the city.|causes
pronoun|The crown sent a ship with twenty boys across the ocean in 1803 to carry the vaccine, and the doctors aboard kept it alive by passing it from one boy to the next during the voyage.|-
named|The fire burned the docks on September 2, 1866. The mayor was sacked on October 27, 1866. Within days of the fire the engineer handed the council a plan.|-
frost|Temperatures fell to minus 6 degrees on April 20, 2026 and stayed below freezing until after sunrise on April 21, 2026.|-
generator|Storm Bram hit the county on November 1, 2026, and keepers ran a generator until the lines were mended on November 2, 2026.|-
deadline|Blériot flew across the Channel on July 25, 1909, and by August 1909 every newspaper wanted flying on its front page.|-
soon|The crew took off on June 14, 1919. Soon after dark they flew into thick fog. The ship left port on June 20, 1919. Soon after, the storm broke.|precedes
perfect|The union had rejected an offer on September 29, 2025; then it called a strike on October 2, 2025.|-
cleared|His workmen uncovered a step on November 4, 1922. By the next evening they had cleared twelve steps.|precedes
lands|The king was crowned on May 27, 1199. Five years later the French king entered Rouen, and the lands his family had held were gone.|precedes
subordinate|The airline hired a bank in April 2026, and in May 2026 its rival cut flights after a shortage of engines grounded eleven jets.|-
relative|Among them is St. Fintan's, which was consecrated in 1871 and was listed as a protected structure in 1999.|-
church|The church was consecrated in 1871 and was listed as a protected structure in 1999.|-
plan|BEND, Ore., May 6, 2026 — More than 300 residents sued the cooperative in September. Mr. Hale said the cooperative had already cut power three times since the fire, as part of a shutoff plan that its board adopted in September.|-
CASES

# the list of dates of one clause stays one event
printf 'LONDON, March 10, 2025 — Exams are held in January and July, the school said.\n' >"$tmp/list.txt"
check "extract.clauses.list-stays-whole" [ "$($EVG extract --format json "$tmp/list.txt" | grep -c '"type":"event"')" -eq 1 ]

# a sentence that ends on a one-digit day ends there; an initial does not
printf 'LONDON, March 10, 2025 — Talks ended on March 9. Workers returned on Monday. J. Smith spoke on Monday.\n' >"$tmp/digit.txt"
check "extract.sentences.digit-ends" [ "$($EVG extract --format json "$tmp/digit.txt" | grep -c '"type":"event"')" -eq 3 ]

# a relative clause that ends the text with no newline (review27: the
# label's word scan ran past the text's end; memcheck and sanitize catch it)
printf 'In 1797 Jenner sent an account to the Royal Society, which declined' >"$tmp/relative-end.txt"
check "extract.clause.relative-at-text-end" $EVG extract --anchor 2020-01-01 --format events "$tmp/relative-end.txt"

# a capital letter after a name ends the sentence before a word that opens
# sentences ("World War I. The", "Martin V. The"); before a surname it is
# an initial ("Francisco I. Madero")
printf 'On November 11, 1417, the cardinals elected Oddone Colonna, who took the name Martin V. The council closed on April 22, 1418.\n' >"$tmp/regnal.txt"
check "extract.sentences.regnal-number-ends" [ "$($EVG extract --format json "$tmp/regnal.txt" | grep -c '"label":"The council closed"')" -eq 1 ]
printf 'On November 20, 1910, Francisco I. Madero called for a revolt. The army stayed loyal in 1910.\n' >"$tmp/initial.txt"
check "extract.sentences.initial-before-surname" $PY -c "
import json, sys
labels = [json.loads(l).get('label', '') for l in open(sys.argv[1])]
sys.exit(not any(l.startswith('Francisco I. Madero called') for l in labels))" <($EVG extract --format json "$tmp/initial.txt")
# "A.D." with periods before its year ends no sentence ("in A.D. 410 |
# by the Goths" was a second event, "By the Goths")
printf 'Rome was sacked in A.D. 410 by the Goths.\n' >"$tmp/era-periods.txt"
check "extract.sentences.era-before-year" [ "$($EVG extract --format json "$tmp/era-periods.txt" | grep -c '"type":"event"')" -eq 1 ]
# an era written with periods ends its date's span ("753 B.C." as WikiWars
# tags it): the label kept its last period ("The city was founded. by")
printf 'The city was founded in 753 B.C. by Romulus.\n' >"$tmp/era-span.txt"
check "extract.timex.era-periods-in-span" [ "$($EVG extract --format json "$tmp/era-span.txt" | grep -c '"label":"The city was founded by Romulus"')" -eq 1 ]

# A club is named for its town: in a report of a sport, a two-word name
# holding the dateline's town, written in capitals at the start of a line
# of the text's first 400 bytes (here the second), is an organisation; a
# town in capitals inside a line is no dateline (xspeed31 reads only the
# line starts)
dl='%s, Lithuania, February 26, 2025 \xe2\x80\x94 Radvila Zelvora lost 2-1 on Sunday after the coach rested the striker. The league fined the club on Monday, and the fans left the stadium early.\n'
printf "Late goal sinks the hosts\n$dl" ZELVORA >"$tmp/club-dateline.txt"
printf "Late goal in ZELVORA, sinks the hosts\n$dl" PARIS >"$tmp/club-mid-line.txt"
check "extract.actors.club-holds-dateline-town" bash -c "$EVG extract --format events '$tmp/club-dateline.txt' 2>/dev/null | grep -A2 '^actor radvila-zelvora' | grep -q 'kind: organization'"
check "extract.actors.town-inside-line-no-dateline" bash -c "$EVG extract --format events '$tmp/club-mid-line.txt' 2>/dev/null | grep -A2 '^actor radvila-zelvora' | grep -q 'kind: person'"

# What speed40's shortcuts must keep (each skips work when a test says it
# cannot matter): a quotation that opens within the headline's words and
# does not close in them cuts the headline before it, straight or curly,
# and a headline with none keeps its words (keep_quotes_whole searches the
# words' bytes at once); a place's hyphenated participle is no word of the
# name; "for" after a body's word joins the name; an Arabic article joins
# the capitalised word after its hyphen
q='On June 2, 2024, the mayor said the council had %bnever once asked the residents what they wanted before it closed the old library on the hill%b.\n'
printf "$q" '"' '"' >"$tmp/quote-straight.txt"
printf "$q" '\xe2\x80\x9c' '\xe2\x80\x9d' >"$tmp/quote-curly.txt"
printf "$q" '' '' >"$tmp/quote-none.txt"
check "extract.speed40.quote-straight-cuts-headline" bash -c "$EVG extract --format events '$tmp/quote-straight.txt' | grep -qx '  label: The mayor said the council'"
check "extract.speed40.quote-curly-cuts-headline" bash -c "$EVG extract --format events '$tmp/quote-curly.txt' | grep -qx '  label: The mayor said the council'"
check "extract.speed40.no-quote-keeps-headline" bash -c "$EVG extract --format events '$tmp/quote-none.txt' | grep -qx '  label: The mayor said the council had never once asked'"
cat >"$tmp/speed40-names.txt" <<'TEXT'
On March 3, 2024, Bergen-listed Nordvik Shipping sold two tankers to a Greek buyer.
On April 9, 2024, the Authority for Coastal Navigation fined the operator of a ferry.
On July 20, 2024, Colonel Ahmed al-Rashid met the envoy in Amman.
TEXT
$EVG extract --format events "$tmp/speed40-names.txt" >"$tmp/speed40-names.events" 2>/dev/null
check "extract.speed40.participle-not-in-name" grep -qx '  name: Nordvik Shipping' "$tmp/speed40-names.events"
check "extract.speed40.for-after-body-word" grep -qx '  name: Authority for Coastal Navigation' "$tmp/speed40-names.events"
check "extract.speed40.article-joins-name" grep -qx '  name: Ahmed al-Rashid' "$tmp/speed40-names.events"

# What speed41's TimeML text writer must keep (its plain runs go out
# unescaped, the bytes between them through libxml2's escaping and the
# UTF-8 cleaning): & < > and '"' escaped, a return as a character
# reference, tab and line feed kept, UTF-8 kept, an invalid byte U+FFFD,
# and the text after an expression closing its element
printf 'Shares of A&B <Holdings> "fell" on Monday,\r\n\tsaid Ren\xc3\xa9e \xff Dahl.\n' >"$tmp/speed41-escapes.txt"
$EVG extract --anchor 2025-02-03 --format timeml "$tmp/speed41-escapes.txt" >"$tmp/speed41-escapes.tml" 2>/dev/null
check "extract.speed41.timeml-escapes" grep -q '<TEXT>Shares of A&amp;B &lt;Holdings&gt; &quot;fell&quot; on <TIMEX3 tid="t1" type="DATE" value="2025-02-03">Monday</TIMEX3>,&#13;$' "$tmp/speed41-escapes.tml"
check "extract.speed41.timeml-tab-utf8-invalid" grep -qx "$(printf '\tsaid Ren\xc3\xa9e \xef\xbf\xbd Dahl.')" "$tmp/speed41-escapes.tml"
check "extract.speed41.timeml-well-formed" xmllint --noout "$tmp/speed41-escapes.tml"
# ... and its JSON strings (plain runs as they are, the bytes between them
# through the UTF-8 cleaning and jansson): a backslash and quotation marks
# escaped, a tab as \t, a control byte and an invalid byte U+FFFD each,
# UTF-8 kept
printf 'Shares of A\\B "fell" on Monday, said Ren\xc3\xa9e\t\x01 \xff Dahl.\n' >"$tmp/speed41-escapes-json.txt"
$EVG extract --anchor 2025-02-03 --format json "$tmp/speed41-escapes-json.txt" >"$tmp/speed41-escapes.jsonl" 2>/dev/null
check "extract.speed41.json-escapes" grep -qF "$(printf '"quote":"Shares of A\\\\B \\"fell\\" on Monday, said Ren\xc3\xa9e\\t\xef\xbf\xbd \xef\xbf\xbd Dahl."')" "$tmp/speed41-escapes.jsonl"

# What speed42's shortcuts must keep (each skips work when a test says it
# cannot matter): an untagged time of day after a point word ("after",
# "until", "at", "by", "around", "Before", with "about", "nearly",
# "almost", "roughly" or "approximately" between) leaves the label with
# its preposition (untagged_time_after reads the copy's last word back
# only when its last two letters end one of those words); a part split at
# ", and" right after a word the joint test read to its end
# (undated_boundary resumes past that word); a name in a relative clause
# whose subject it is stays out of the event, and a subject with no word
# before it in (extract_in_other_clause's windows)
cat >"$tmp/speed42-times.txt" <<'TEXT'
On May 4, 2024, Harwick left shortly after half past three.
On June 9, 2024, Lowther stayed until about half past nine.
On July 2, 2024, Brennan landed at nearly half past four.
On August 3, 2024, Selby sailed Before dawn.
On September 5, 2024, Tolland arrived by roughly half past six.
On October 7, 2024, Quist landed around half past ten.
On November 8, 2024, Ekdal called at almost a quarter past eight.
On December 1, 2024, Moberg spoke at approximately half past two.
TEXT
printf '  label: %s\n' 'Harwick left' 'Lowther stayed' 'Brennan landed' 'Selby sailed' \
  'Tolland arrived' 'Quist landed' 'Ekdal called' 'Moberg spoke' >"$tmp/speed42-times.want"
$EVG extract --format events "$tmp/speed42-times.txt" 2>/dev/null | grep '^  label: ' >"$tmp/speed42-times.got"
check "extract.speed42.untagged-time-after-point" cmp "$tmp/speed42-times.want" "$tmp/speed42-times.got"
cat >"$tmp/speed42-parts.txt" <<'TEXT'
The Brekke Comets beat the Selby Rovers in the 2016 finals, and the Rovers took their revenge three years later.
On May 5, 2024, a society that Ingrid Holm had founded, closed its doors.
On June 6, 2024, Ingrid Holm closed the Brekke society.
TEXT
$EVG extract --anchor 2025-02-03 --format events "$tmp/speed42-parts.txt" >"$tmp/speed42-parts.events" 2>/dev/null
# an irregular past the keyword table lacked read a weekday after it as
# the one to come ("swam on Tuesday" in a Monday paper: the Tuesday before);
# "sat" in lower case is the past of "sit", not Saturday
cat >"$tmp/irregular-past.txt" <<'TEXT'
GLASGOW, March 3, 2031 - The Kelso relay team swam the loch on Tuesday.
The Hawick crowd wept at the gates on Thursday.
The Selkirk mill withstood the flood on Friday.
The Jedburgh council sat until 9 p.m. on Wednesday.
TEXT
$EVG extract --format events "$tmp/irregular-past.txt" >"$tmp/irregular-past.events" 2>/dev/null
check "extract.tense.irregular-past" bash -c "grep '^  date:' '$tmp/irregular-past.events' | tr -d ' \n' | grep -qx 'date:2031-02-25date:2031-02-27date:2031-02-28date:2031-02-26'"
# a day's happening named after "after" ("after Monday's sick-out") came
# before what its clause tells: in a title line without a verb, the day
# before the paper's, not the one to come; a sentence that looks ahead
# before it keeps the day to come (dates47)
cat >"$tmp/after-day-owner.txt" <<'TEXT'
Tram crews back at work after Monday's walkout

ZAGREB, Croatia, Friday, March 7, 2031 - Tram crews returned to work on Thursday. The union will meet the city after Tuesday's holiday.
TEXT
$EVG extract --format timeml "$tmp/after-day-owner.txt" >"$tmp/after-day-owner.tml" 2>/dev/null
check "extract.tense.after-day-owner" bash -c "grep -q 'value=\"2031-03-03\">Monday<' '$tmp/after-day-owner.tml' && grep -q 'value=\"2031-03-11\">Tuesday<' '$tmp/after-day-owner.tml'"
# "till" closes a dropped date phrase as "until" does: no headline ends on it
cat >"$tmp/till.txt" <<'TEXT'
GLASGOW, March 3, 2031 - The Dunmore board met till 8 p.m. on Monday, its chair said.
The Arbroath trust kept the hall open till midnight on Sunday.
TEXT
$EVG extract --format events "$tmp/till.txt" >"$tmp/till.events" 2>/dev/null
check "extract.label.till-dropped" grep -qx '  label: The Dunmore board met' "$tmp/till.events"
check "extract.label.till-dropped-midnight" bash -c "! grep -q '^  label: .* till\$' '$tmp/till.events'"
check "extract.speed42.split-after-read-word" grep -qx '  label: The Rovers took their revenge' "$tmp/speed42-parts.events"
check "extract.speed42.relative-subject-not-actor" bash -c "grep -A1 '^  label: A society that Ingrid Holm had founded' '$tmp/speed42-parts.events' | grep -q '^  actors:' && exit 1 || exit 0"
check "extract.speed42.first-word-subject-actor" bash -c "grep -A1 '^  label: Ingrid Holm closed the Brekke society' '$tmp/speed42-parts.events' | grep -qx '  actors: ingrid-holm'"
# What speed43's shortcuts must keep: the contact clause's word lists,
# read through hashed sets, ignore case as the lists did ("reached THE
# wreck Hansa Line had lost": the name is the clause's subject, not the
# divers' partner; fails with the sets made exact)
cat >"$tmp/speed43-contact.txt" <<'TEXT'
HALIFAX, Canada, March 4, 2031 — On Tuesday divers reached THE wreck Hansa Line had lost off Sable Island.
TEXT
$EVG extract --format events "$tmp/speed43-contact.txt" >"$tmp/speed43-contact.events" 2>/dev/null
check "extract.speed43.contact-lists-any-case" bash -c "grep -q '^  label: Divers reached THE wreck' '$tmp/speed43-contact.events' && ! grep -q '^  actors:' '$tmp/speed43-contact.events'"

# What speed44's shortcuts must keep: a name skipped as an actor the event
# has already is skipped only once that actor is in, so a name left out in
# its inserted clause (", which Norte Cargo had sued,") and named again in
# the event's own stays; an event full at eight actors leaves the ninth
# name out (the actors now kept at their count, not in eight slots)
cat >"$tmp/speed44-again.txt" <<'TEXT'
LISBON, June 9, 2032 — On Monday Silva Shipping, which Norte Cargo had sued, met Norte Cargo in Porto.
TEXT
$EVG extract --format events "$tmp/speed44-again.txt" >"$tmp/speed44-again.events" 2>/dev/null
check "extract.speed44.name-again-after-inserted-clause" grep -q '^  actors: silva-shipping, norte-cargo$' "$tmp/speed44-again.events"
cat >"$tmp/speed44-full.txt" <<'TEXT'
OSLO, April 2, 2033 — On Friday Anna Berg, Lars Dahl, Erik Holm, Ingrid Lund, Nils Moe, Kari Sand, Ole Vik, Per Aas and Tone Bakke signed the charter in Bergen.
TEXT
$EVG extract --format events "$tmp/speed44-full.txt" >"$tmp/speed44-full.events" 2>/dev/null
check "extract.speed44.eight-actors-at-most" grep -q '^  actors: anna-berg, lars-dahl, erik-holm, ingrid-lund, nils-moe, kari-sand, ole-vik, per-aas$' "$tmp/speed44-full.events"
# What speed45's table of a part's words must keep: each look's own words.
# The contact clause's look reads a number as a word ("the fort the 40
# Dragoons had built": "40" opens no name, so no clause of a name), the
# other look reads letters alone; one table gives both (fails with the
# contact look given the letters)
cat >"$tmp/speed45-number.txt" <<'TEXT'
On 12 May 1802 Colonel Hay and Major Price reached the fort the 40 Dragoons had built, and Hay sent word to Fort Adams.
TEXT
$EVG extract --format events "$tmp/speed45-number.txt" >"$tmp/speed45-number.events" 2>/dev/null
check "extract.speed45.number-a-word-of-the-contact-window" grep -q '^  actors: hay, price, dragoons$' "$tmp/speed45-number.events"
# What speed46's spaces found by memchr and memrchr must keep: a name's
# kind read from its last word after its last space ("Rural Municipality",
# not after the first) and its first word before " of " (fails with the
# last space taken as the first: Khumbu's kind "other", Halvorsen's
# "person")
cat >"$tmp/speed46-words.txt" <<'TEXT'
KATHMANDU, March 3, 2031 — On Monday the Khumbu Pasang Rural Municipality closed the trail, and the Canton of Uri sued Halvorsen Marine Group.
TEXT
$EVG extract --format events "$tmp/speed46-words.txt" >"$tmp/speed46-words.events" 2>/dev/null
check "extract.speed46.kind-from-first-and-last-words" sh -c "grep -A2 '^actor khumbu-pasang-rural-municipality$' '$tmp/speed46-words.events' | grep -q '^  kind: government$' && grep -A2 '^actor canton-of-uri$' '$tmp/speed46-words.events' | grep -q '^  kind: government$' && grep -A2 '^actor halvorsen-marine-group$' '$tmp/speed46-words.events' | grep -q '^  kind: company$'"
# ... and the needles that open with a space searched from the name's
# first space on: " & " right at it ("Harlow & Begg" a company; fails with
# the search started past the first space)
cat >"$tmp/speed46-spaced.txt" <<'TEXT'
LONDON, June 4, 2032 — On Friday Harlow & Begg sued the Institute for Tidal Studies, and the Department of Ports fined Orvane Dredging.
TEXT
$EVG extract --format events "$tmp/speed46-spaced.txt" >"$tmp/speed46-spaced.events" 2>/dev/null
check "extract.speed46.needle-at-the-first-space" sh -c "grep -A2 '^actor harlow-begg$' '$tmp/speed46-spaced.events' | grep -q '^  kind: company$' && grep -A2 '^actor department-of-ports$' '$tmp/speed46-spaced.events' | grep -q '^  kind: government$'"
# What speed47's scratch buffers (a label's text, its headline and a
# sentence's quote kept from event to event) must keep: a short event after
# a long one gets its own words only (fails with a scratch not emptied: the
# long label and quote run on into the short ones)
cat >"$tmp/speed47-scratch.txt" <<'TEXT'
OSLO, April 2, 2033 — On Monday the harbour board of the northern fjord towns closed the long western pier to all cargo ships, tugs and fishing boats after the storm.
On Tuesday Ana Berg quit.
TEXT
$EVG extract --format events "$tmp/speed47-scratch.txt" >"$tmp/speed47-scratch.events" 2>/dev/null
check "extract.speed47.scratch-emptied-for-each-event" sh -c "grep -A5 '^event event-2$' '$tmp/speed47-scratch.events' | grep -qx '  label: Ana Berg quit' && grep -A5 '^event event-2$' '$tmp/speed47-scratch.events' | grep -qx '  quote: On Tuesday Ana Berg quit.' && grep -qx '  label: The harbour board of the northern fjord towns closed' '$tmp/speed47-scratch.events'"
# ... and what speed47's sequel cue read from the clause's one pass must
# keep when the scan from the sentence before is cut after its first
# words: the first cue ("then") relates the clause; a first cue rejected
# ("By then") gives way to the next in those words, which the scan finds
# again from the rejected one on (fails with that scan resumed at the
# cut's last word, as the first scan is: no relation), and none is left
# when there is no other
cue_n=0
for cue_s in "The owners then sold the ship to a breaker's yard in the port of Aliaga." \
  "By then the crew then sold the ship to a breaker's yard in the port of Aliaga." \
  "By then the crew sold the ship to a breaker's yard in the port of Aliaga."; do
  cue_n=$((cue_n + 1))
  printf 'ODESSA, April 28, 2026 — The crew met the owners on April 11.\n%s\n' "$cue_s" >"$tmp/speed47-cue-$cue_n.txt"
  $EVG extract --format events "$tmp/speed47-cue-$cue_n.txt" 2>/dev/null | grep -c '^  precedes: ' >>"$tmp/speed47-cue.counts"
done
check "extract.speed47.sequel-cue-after-a-rejected-one" sh -c "[ \"\$(tr '\n' ' ' <'$tmp/speed47-cue.counts')\" = '1 1 0 ' ]"
# What speed49's cut of the tagger must keep: a month alone that loses to
# a longer match at its token ("May 3") picks no year, but a month read
# inside another rule's match keeps its year ("the last week of May", read
# by the week rule after "last week" matched at "last"; fails with every
# month skipped once any rule matched before it at the rule's start), and
# a month alone still gets one ("in May")
cat >"$tmp/speed49-month.txt" <<'TEXT'
BERGEN, March 9, 2034 — The ferry line reopened on May 3. The crews trained in the last week of May, and the union voted in May.
TEXT
$EVG extract --format events "$tmp/speed49-month.txt" >"$tmp/speed49-month.events" 2>/dev/null
check "extract.speed49.month-inside-a-longer-match" sh -c "grep -A2 '^event event-2$' '$tmp/speed49-month.events' | grep -qx '  date: 2033-W21' && grep -A2 '^event event-3$' '$tmp/speed49-month.events' | grep -qx '  date: 2033-05' && grep -A2 '^event event-1$' '$tmp/speed49-month.events' | grep -qx '  date: 203[34]-05-03'"
# ... and what the verbs of asking, read by their first letter, must keep:
# each verb, alone in its text, dates a day in its infinitive ahead of the
# asking (fails with a verb missing from its letter's list: that day
# read back, May 2)
: >"$tmp/speed49-asking.dates"
for verb in asked urged told ordered advised warned called agreed decided \
  voted promised pledged vowed planned wanted sought aimed hoped invited \
  directed instructed encouraged allowed demanded requested required intends \
  intended expected; do
  printf 'LONDON, Monday, May 5, 2031 — The water company %s residents to boil their water until Friday.\n' "$verb" >"$tmp/speed49-asking.txt"
  $EVG extract --format timeml "$tmp/speed49-asking.txt" 2>/dev/null | grep -o 'value="2031-05-09">Friday' >>"$tmp/speed49-asking.dates"
done
check "extract.speed49.each-verb-of-asking" sh -c "[ \"\$(wc -l <'$tmp/speed49-asking.dates')\" -eq 29 ]"

# Undated sentences told in the past happen at the story's time: in news
# (a dateline) the paper's day; in a history the day the story reached, or
# its year after a month.  Not a quotation, a plan, a past perfect, a
# report alone, nor a sentence whose written date the tagger could not read.
cat >"$tmp/story-news.txt" <<'TEXT'
Ferry line halts crossings

DOVER, May 14, 2025 — The operator Seaway said on Tuesday that it would halt its night crossings from June 2.

The board dismissed its operations director, Karl Weiss.
"We had no choice," a spokesman said.
The unions had warned of the cuts for months.
The company will hire new crews.
TEXT
cat >"$tmp/story-history.txt" <<'TEXT'
The Salt Road

In 1412 the merchants of Hallin opened a road to the coast. On June 3, 1415, a flood destroyed the bridge at Ostry. The guild was ruined.

In early spring 1420 the duke took the town. The merchants fled to the coast.
TEXT
$EVG extract --format json "$tmp/story-news.txt" >"$tmp/story-news.jsonl" 2>/dev/null
$EVG extract --format json "$tmp/story-history.txt" >"$tmp/story-history.jsonl" 2>/dev/null
check "extract.story.undated-happenings" $PY - "$tmp/story-news.jsonl" "$tmp/story-history.jsonl" <<'PY'
import json, sys
def events(path):
    return {e["quote"]: e["date"] for e in map(json.loads, open(path)) if e["type"] == "event"}
news, history = events(sys.argv[1]), events(sys.argv[2])
# the lead's happening is the saying on Tuesday (what it said is a plan),
# and an undated past sentence goes on at the lead's own day
assert news.get("The board dismissed its operations director, Karl Weiss.") == "2025-05-13", news
for left_out in ("We had no choice", "had warned", "will hire"):
    assert not any(left_out in q for q in news), (left_out, news)
assert history.get("The guild was ruined.") == "1415-06-03", history
assert history.get("The merchants fled to the coast.") == "1420", history
PY
# in news, a past happening told right after an earlier day of the story
# happened on that day (the next sentence, or the same paragraph with only
# undated sentences between), and in a month told in the same paragraph;
# after a paragraph break and an undated sentence, after "since" or a
# year, it is the paper's day again
cat >"$tmp/story-day-told.txt" <<'TEXT'
Farmer finds hoard in bog

TULLAMORE, June 24, 2026 — A farmer found a silver hoard near Rhode, the museum said on Tuesday.

He was cutting turf on June 16 when his blade struck metal. He stopped the engine. Later he rang the police station.

The museum sent a team. The team counted 400 coins.

A storm flooded the bog in May. Crews pumped out the pit.

The museum had owned the bog since May 2019. The board thanked the farmer.
TEXT
# across a paragraph, the lead's own day goes on into the next sentence,
# and the paragraph it is carried into holds it; another day told before
# the paper's goes on into the next paragraph marked uncertain (dates39)
cat >"$tmp/story-lead-day.txt" <<'TEXT'
BLYTH, September 23, 2026 — The plant opened on Tuesday. It began sending power at 6:40 a.m.

The minister pressed the start button. He cut a ribbon.

Engineers had tested the pumps on Sunday. They were released on Monday.

The crews left the site.
TEXT
check "extract.story.news-lead-day-across-paragraph" $PY - "$tmp/story-lead-day.txt" <<PY
$quote_dates
assert dates.get("The minister pressed the start button.") == "2026-09-22", dates
assert dates.get("He cut a ribbon.") == "2026-09-22", dates
# dates39: the paragraph after Monday's goes on at Monday, uncertain
assert dates.get("The crews left the site.") == "2026-09-21?", dates
PY
check "extract.story.news-day-just-told" $PY - "$tmp/story-day-told.txt" <<PY
$quote_dates
assert dates.get("He stopped the engine.") == "2026-06-16", dates
assert dates.get("Later he rang the police station.") == "2026-06-16", dates
# dates39: the paragraph after June 16's goes on at it, uncertain
assert dates.get("The team counted 400 coins.") == "2026-06-16?", dates
assert dates.get("Crews pumped out the pit.") == "2026-05", dates
assert dates.get("The board thanked the farmer.") == "2026-06-24", dates
PY
# a participle right after a noun with its own date ("a line built in
# 1968") tells of the noun when the clause's verb follows the date at once;
# after "was" the participle is the clause's verb
cat >"$tmp/reduced-relative.txt" <<'TEXT'
BEND, October 21, 2026 — A conductor on a line built in 1968 touched a dry juniper on Tuesday. The line was built in 1968 by a local firm.
TEXT
check "extract.clause-date.reduced-relative" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/reduced-relative.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2026-10-20", "1968"], dates
PY
# a date after "until" ends a state; the clause's other date is its
# happening's ("will keep it closed until March, the board decided on
# January 12"); a lone "until" date still dates its clause
cat >"$tmp/until.txt" <<'TEXT'
OSLO, January 14, 2027 — The city will keep the old museum shut until March, its board decided on January 12. The guards stayed on duty until January 13.
TEXT
check "extract.clause-date.until-ends-a-state" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/until.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2027-01-12", "2027-01-13"], dates
PY
# a date after "since" starts a state lasting to the time told; the
# clause's other date is when its happening took place
cat >"$tmp/since.txt" <<'TEXT'
LYON, October 3, 2025 — The choir's director, who had led it since 2008, retired on Tuesday. The old bridge, shut to lorries since March, collapsed on Wednesday.
TEXT
check "extract.clause-date.since-starts-a-state" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/since.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2025-09-30", "2025-10-01"], dates
PY
# a future told in a report had not happened when it was said: the
# saying's day dates the clause, not the day planned; a past perfect
# told there keeps its own earlier day
cat >"$tmp/said-future.txt" <<'TEXT'
PERTH, August 8, 2025 — The orchestra said on Tuesday that it would tour Japan next autumn. The port confirmed on Thursday that the ferry had sailed on Monday.
TEXT
check "extract.clause-date.said-future" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/said-future.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2025-08-05", "2025-08-04"], dates
PY
# a date inside a relative clause (", where it was moored by noon") is
# that clause's; in news the clause before goes on at the day just told
cat >"$tmp/relative-clause.txt" <<'TEXT'
HAMBURG, November 12, 2026 — Tugs freed the ship on Wednesday morning. Pilots then guided it upriver to the terminal, where it was moored by noon.
TEXT
check "extract.clause-date.relative-clause" $PY - <<PY
import json, subprocess
path = "$tmp/relative-clause.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Pilots then guided it upriver to the terminal") == "2026-11-11", dates
assert dates.get("it was moored by noon") == "../2026-11-11", dates
PY
# a relative clause closing the sentence holds its date (", who had
# resigned on Monday."): in news the clause before it is told at the
# story's time, the clause with the noun it tells of (and its names) at
# its own date; not at a time of the story's own day ("that evening")
# (dates41)
cat >"$tmp/relative-closing.txt" <<'TEXT'
VALLETTA, May 8, 2031 — Parliament rejected the budget on Wednesday. Thirty deputies voted against it, as did two junior ministers, Karl Borg and Maria Vella, who had resigned on Monday.

Police escorted the speaker through the crowd, which the unions had gathered on Tuesday night.

The river burst its banks on Wednesday afternoon. Firefighters rescued a miller, who had stayed behind that evening.
TEXT
check "extract.clause-date.relative-closing-sentence" $PY - <<PY
import json, subprocess
path = "$tmp/relative-closing.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"] for e in events}
actors = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e.get("actors", []) for e in events}
main = "Thirty deputies voted against it, as did two junior ministers, Karl Borg and Maria Vella"
assert dates.get(main) == "2031-05-07", dates
assert dates.get("Karl Borg and Maria Vella, who had resigned on Monday") == "2031-05-05", dates
assert sorted(actors.get(main, [])) == ["karl-borg", "maria-vella"], actors
assert dates.get("Police escorted the speaker through the crowd") in ("2031-05-07", "2031-05-07?"), dates
assert dates.get("which the unions had gathered on Tuesday night") == "2031-05-06", dates
assert dates.get("Firefighters rescued a miller, who had stayed behind that evening") == "2031-05-07", dates
PY
# a participle after a noun with a part of a day the month narrows
# ("treated that morning in February", "stopped on a night in July"), or
# an irregular one ("seen in March"), tells of the noun; the clause's own
# verb takes the date after it (dates41)
cat >"$tmp/participle-day-part.txt" <<'TEXT'
HANOI, October 14, 2033 — A clinic in Hanoi apologised on Thursday to a couple. The other two couples treated that morning in February were contacted last week. Three patients seen in March were called on Monday. Two drivers stopped on a night in July were fined last week.
TEXT
check "extract.clause-date.participle-day-part" $PY - "$tmp/participle-day-part.txt" <<PY
$quote_dates
assert dates.get("The other two couples treated that morning in February were contacted last week.") == "2033-W40", dates
assert dates.get("Three patients seen in March were called on Monday.") == "2033-10-10", dates
assert dates.get("Two drivers stopped on a night in July were fined last week.") == "2033-W40", dates
PY
# a verb whose past is spelt as its present ("hit", "quit", "spread")
# after a singular subject is a past: the present would take an -s, so a
# bare weekday is the last one, not the next; a modal or a verb before
# the noun ("will shut", "face a water cut") still looks ahead (dates42)
cat >"$tmp/bare-past.txt" <<'TEXT'
GDANSK, Poland, April 4, 2041 — A tanker spill hit the beaches of Hel on Saturday evening.

The harbour master quit on Saturday.

In Sopot a fire spread through a warehouse on Sunday night.

The port authority will shut the northern basin on Saturday.

Residents face a water cut on Sunday.
TEXT
check "extract.clause-date.bare-past-after-singular" $PY - "$tmp/bare-past.txt" <<PY
$quote_dates
assert dates.get("GDANSK, Poland, April 4, 2041 — A tanker spill hit the beaches of Hel on Saturday evening.") == "2041-03-30", dates
assert dates.get("The harbour master quit on Saturday.") == "2041-03-30", dates
assert dates.get("In Sopot a fire spread through a warehouse on Sunday night.") == "2041-03-31", dates
assert dates.get("The port authority will shut the northern basin on Saturday.") == "2041-04-06", dates
assert dates.get("Residents face a water cut on Sunday.") == "2041-04-07", dates
PY
# the dateline's own day, written with its year, is no year for the lead's
# year-less days: they lie around it by tense ("OSLO, January 3, 2042 - A
# storm struck the coast on December 30" is the December before; a future
# December 30 is the one ahead)
cat >"$tmp/dateline-year.txt" <<'TEXT'
OSLO, January 3, 2042 — A storm struck the coast of Rogaland on December 30, police said on Friday.

The harbour in Stavanger will reopen on December 30, the mayor said.
TEXT
check "extract.clause-date.dateline-year-by-tense" $PY - "$tmp/dateline-year.txt" <<PY
$quote_dates
assert dates.get("OSLO, January 3, 2042 — A storm struck the coast of Rogaland on December 30, police said on Friday.") == "2041-12-30", dates
assert dates.get("The harbour in Stavanger will reopen on December 30, the mayor said.") == "2042-12-30", dates
PY
# a note of a sentence or two with a dateline and no deictic word is news,
# not a narrative: its year-less days lie around its own date, where the
# dateline's year was read as the story's (the ferry ran aground
# "2043-12-28" and was pulled free "2044-01-02"; clauses41)
cat >"$tmp/short-note.txt" <<'TEXT'
Ferry freed

HELSINKI, January 5, 2043 — The ferry Aurora ran aground off Hanko on December 28. Tugs pulled her free on January 2.
TEXT
cat >"$tmp/one-sentence.txt" <<'TEXT'
KRAKOW, February 2, 2044 — Flooding closed the rail line to Tarnow in December.
TEXT
check "extract.clause-date.short-note-is-news" $PY - "$tmp/short-note.txt" "$tmp/one-sentence.txt" <<PY
import json, subprocess, sys
got = []
for path in sys.argv[1:]:
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                         capture_output=True, text=True).stdout
    got += [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == [("The ferry Aurora ran aground off Hanko", "2042-12-28"),
               ("Tugs pulled her free", "2043-01-02"),
               ("Flooding closed the rail line to Tarnow", "2043-12")], got
PY
# "fewer than five sentences" (NARRATIVE_MIN_SENTENCES): a text of five
# is counted as before, no short note (the tokens' sentences count from
# 0, and five sentences were taken for a note; review43)
cat >"$tmp/five-sentences.txt" <<'TEXT'
OSLO, January 3, 2042 — A storm struck the coast on December 30. Crews worked along the shore number 2. Crews worked along the shore number 3. Crews worked along the shore number 4. Crews worked along the shore number 5.
TEXT
cat >"$tmp/four-sentences.txt" <<'TEXT'
OSLO, January 3, 2042 — A storm struck the coast on December 30. Crews worked along the shore number 2. Crews worked along the shore number 3. Crews worked along the shore number 4.
TEXT
check "extract.clause-date.short-note-below-five" $PY - "$tmp/five-sentences.txt" "$tmp/four-sentences.txt" <<PY
import json, subprocess, sys
got = []
for path in sys.argv[1:]:
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                         capture_output=True, text=True).stdout
    got += [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event" and e["label"].startswith("A storm")]
assert got == ["2042-12-30", "2041-12-30"], got
PY
# in news, a year decades from the paper's that opens its sentence sets
# the sentence's time: its year-less days are of that year ("In 1911 the
# spinners struck ..., who walked out on May 9"); a year inside a clause
# about a noun stays background ("The opera house, which opened in 1912,
# announced on February 9" is the paper's February)
cat >"$tmp/opening-year.txt" <<'TEXT'
LEEDS, March 4, 2041 — The mill closed on Monday, the owners said.

In 1911 the spinners struck for a week, as did 1,400 weavers, who walked out on May 9.

In 1853 the third ship, a steamer that had left Hull in March, reached the port.

The opera house, which opened in 1912, announced on February 9 that it would close.
TEXT
check "extract.clause-date.opening-year-in-news" $PY - "$tmp/opening-year.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = sorted(e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event")
for want in ("1911-05-09", "1853-03", "2041-02-09"):
    assert want in dates, dates
assert not any(d.startswith(("2041-05", "2041-03-")) or d == "2041-03" for d in dates if d != "2041-03-04"), dates
PY
# "May" and "March" before a number and a lowercase word are read as
# verbs ("May 5 people"), but a subject pronoun after the number counts
# nothing: "On the morning of May 11 it lifted off" names a day (dates43)
cat >"$tmp/month-day-pronoun.txt" <<'TEXT'
The Norge at the Pole

The airship Norge left Rome on April 10, 1926, and reached Kings Bay in Svalbard a month later. On the morning of May 11 it lifted off for the Pole, and in the small hours of May 12 it crossed it. On the evening of March 3 he had written that the crew was ready.

The Yukon crossing

The company set out from Dawson on February 20, 1898. On the night of March 9 they camped on the ice of Lake Laberge.
TEXT
check "extract.clause-date.month-day-before-pronoun" $PY - "$tmp/month-day-pronoun.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = sorted(e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event")
for want in ("1926-05-11", "1926-05-12", "1926-03-03", "1898-03-09"):
    assert want in dates, dates
PY
# in news, "by" a time after a verb of asking and its object is the
# deadline of what was asked for: the tagger reads it ahead of the asking,
# and a past clause after the sentence's own day does not take it; a past
# "by" stays the clause's bound (dates43)
cat >"$tmp/deadline-ahead.txt" <<'TEXT'
BERGEN, Norway, March 12, 2043 — The fisheries authority closed the Hardanger fjord to salmon farming on Wednesday.

Fisheries Minister Kari Lund, who toured the harbour on Tuesday, dismissed the port's director the same evening and ordered inspections of every fish farm in the county by the end of May.

The regulator fined the hatchery on Monday and demanded a refund for its customers by June 30.

Divers had cleared the nets from the channel by Monday evening.

The coast guard asked the owners for a full salvage plan by Friday.
TEXT
check "extract.clause-date.deadline-ahead-of-past" $PY - "$tmp/deadline-ahead.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Ordered inspections of every fish farm in the county") == "2043-03-10", dates
assert dates.get("The regulator demanded a refund for its customers") == "2043-03-09", dates
assert dates.get("Divers had cleared the nets from the channel") == "../2043-03-09", dates
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2043-03-13">Friday<' in tml, tml
PY
# "due" looks ahead only after a form of "be" ("the report is due on
# Friday"); after a noun ("a payment due on Monday") or before a cause
# ("cancelled due to a strike on Wednesday") the clause's verb tells the
# tense (dates45)
cat >"$tmp/due-after-noun.txt" <<'TEXT'
PIRAEUS, Greece, June 19, 2042 — Aegean Link, a ferry operator, missed a charter payment due on Monday, its lender said on Thursday.

The company also failed to repay 12 million euros of principal due to bondholders on Tuesday.

Sailings to Crete were cancelled due to a strike on Wednesday.

The auditors' final report is due on Friday.
TEXT
check "extract.clause-date.due-after-noun" $PY - "$tmp/due-after-noun.txt" <<PY
import subprocess, sys
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
for want in ('value="2042-06-16">Monday<', 'value="2042-06-17">Tuesday<',
             'value="2042-06-18">Wednesday<', 'value="2042-06-20">Friday<'):
    assert want in tml, (want, tml)
PY
# in news, an undated clause joined by "and" or "but" to a clause whose
# date closes it went on from the story's time to that date; not a plan or
# a rule ("will pay") (dates45)
cat >"$tmp/news-span.txt" <<'TEXT'
GRAZ, Austria, March 7, 2044 — The director of the Joanneum city museum, Paul Reiter, resigned on Friday.

The review began in January, after two curators raised questions about loans of paintings. Auditors from the firm Keller & Partners went through five years of the museum's accounts and handed their findings to the trustees on March 3.

A storm flooded the museum's basement on Saturday, February 22. Conservators moved 300 drawings to a dry store, and the insurers inspected the damage on Tuesday.

Visitors will pay a higher entry fee, and the city council approved the budget on Wednesday.
TEXT
check "extract.clause-date.news-span-to-later-date" $PY - "$tmp/news-span.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Auditors went through five years of the museum's accounts") == "2044-01/2044-03-03", dates
assert dates.get("Auditors handed their findings to the trustees") == "2044-03-03", dates
assert dates.get("Conservators moved 300 drawings to a dry store") == "2044-02-22/2044-03-01", dates
assert "/" not in dates.get("Visitors will pay a higher entry fee", ""), dates
PY
# "overnight into Monday" is the night that ends on Monday: Sunday and
# Monday, not the night before the paper's day (dates46)
cat >"$tmp/overnight-into.txt" <<'TEXT'
BERGEN, Norway, March 4, 2031 — Thousands of homes in western Norway were still without power on Tuesday.

Two masts near Voss collapsed under the snow overnight into Monday.

A ferry ran aground in the Sognefjord overnight until Saturday, the coast guard said.

The river at Odda rose by a metre overnight.
TEXT
check "extract.clause-date.overnight-into-day" $PY - "$tmp/overnight-into.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Two masts near Voss collapsed under the snow") == "2031-03-02/2031-03-03", dates
assert dates.get("A ferry ran aground in the Sognefjord") == "2031-02-28/2031-03-01", dates
assert dates.get("The river at Odda rose by a metre") == "2031-03-03/2031-03-04", dates
PY
# in a history standing at a month or a season, a clock time names no
# day: the hour's happening is the month's or the season's, not the
# period's first day (dates46)
cat >"$tmp/clock-no-day.txt" <<'TEXT'
The flight of the Albatross

In the spring of 1927 a young airmail pilot, Henri Duclos, prepared to cross the South Atlantic alone. At about 6 p.m. he took off from a muddy field near Dakar.

In March 1912 the liner Aurelia was fitted out at Belfast. At 9 a.m. her first trials began in the lough.
TEXT
check "extract.clause-date.clock-without-day" $PY - "$tmp/clock-no-day.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("He took off from a muddy field near Dakar") == "1927-21", dates
assert dates.get("Her first trials began in the lough") == "1912-03", dates
PY
# a year that opens a clause sets the scene; a finer date inside it
# later in the same clause is the happening's ("In 1970 ... was closed
# in April"), not the year alone (dates47)
cat >"$tmp/opening-year.txt" <<'TEXT'
Closures on the coast

In 1970 the cannery at Harwick was closed in April. In 1923 the Royal Navy sold the old dock on March 14.
TEXT
check "extract.clause-date.opening-year-finer" $PY - "$tmp/opening-year.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The cannery at Harwick was closed") == "1970-04", dates
assert dates.get("The Royal Navy sold the old dock") == "1923-03-14", dates
PY
# a thing's new date after a verb that moves it in time ("pushed back by
# a week, to June 19", "postponed until September") is when it is due:
# the moving took place at the story's time (in news, the lead's day)
# (dates47)
cat >"$tmp/rescheduled.txt" <<'TEXT'
Regatta put back after storm damage

KIEL, Germany, June 10, 2033 — The sailing federation on Tuesday cancelled the second day of the Baltic regatta after a storm tore boats from their moorings. The final race has been pushed back by a week, to June 19.
TEXT
cat >"$tmp/rescheduled-history.txt" <<'TEXT'
The first air race

In March 1911 the Aero Club of Lyon announced a race to Turin. Few pilots entered, and the start was postponed until September.
TEXT
check "extract.clause-date.rescheduled" $PY - "$tmp/rescheduled.txt" "$tmp/rescheduled-history.txt" <<PY
import json, subprocess, sys
dates = {}
for path in sys.argv[1:]:
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                         capture_output=True, text=True).stdout
    dates.update({e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"})
assert dates.get("The final race has been pushed back") == "2033-06-07", dates
assert dates.get("Few pilots entered, and the start was postponed") == "1911-03", dates
PY
# in news, the lead's day holds a later paragraph the story left at it,
# past a paragraph of quotation: not the paper's day; marked uncertain as
# the paragraph carry is, so that the merger pairs it by the paper's day
# (dates46)
cat >"$tmp/lead-day-holds.txt" <<'TEXT'
TALLINN, Estonia, October 9, 2040 — The Estonian Chess Federation reversed the result of Saturday's national final on Monday and awarded the title to Kadri Tamm, two days after an arbiter recorded a draw as a loss.

Tamm, 19, from Tartu, lost the final game on Saturday evening to the holder, Mihkel Saar. Her coach asked to see the score sheets that night, but officials told him they had already been sent to the federation.

The federation's rules committee examined the sheets on Monday morning in front of both players. Within an hour it had found the error.

"It was a clerical slip, nothing worse," the federation's president, Toomas Kask, told reporters. "The players did nothing wrong."

The arbiter who filled in the sheet was barred from all tournaments for a year, and the committee cleared the tournament director of any fault.
TEXT
check "extract.clause-date.lead-day-holds" $PY - "$tmp/lead-day-holds.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The arbiter was barred from all tournaments") == "2040-10-08?", dates
assert dates.get("The committee cleared the tournament director of any fault") == "2040-10-08?", dates
PY
# in news, the lead's undated "after" clause takes the day of the next
# paragraph's sentence that tells it again (a word shared, a day in the
# week up to the lead's); a count ("eleven days after") or a day told in
# the past perfect is left (dates48)
cat >"$tmp/lead-after-retold.txt" <<'TEXT'
GDANSK, Poland, March 12, 2037 — The port of Gdansk closed its container terminal on Wednesday after a crane collapsed onto a ship in high winds, injuring two dock workers.

The crane, one of six at the Baltic Hub terminal, toppled at about 11 p.m. on Monday as gusts reached 120 kilometres an hour. The ship, a feeder vessel bound for Helsinki, was moored alongside.

The terminal's operator said on Wednesday that it would reopen on Friday.
TEXT
cat >"$tmp/lead-after-grandstand.txt" <<'TEXT'
SEVILLE, Spain, May 22, 2038 — Organisers cancelled the second day of the Feria del Caballo on Thursday after a grandstand gave way during the opening parade, injuring fourteen people.

Part of the temporary grandstand on the Paseo de las Delicias gave way at about 6 p.m. on Tuesday, police said. Firefighters pulled three people from under the boards.
TEXT
cat >"$tmp/lead-after-left.txt" <<'TEXT'
NAIROBI, Kenya, August 9, 2039 — Kenya Power restored electricity to most of Nairobi on Tuesday, eleven days after a fire destroyed a substation in Embakasi.

The fire started in a transformer at the Embakasi substation on the night of July 28, the company said.
TEXT
cat >"$tmp/lead-after-perfect.txt" <<'TEXT'
LIMA, Peru, November 14, 2036 — The transport ministry suspended the licence of the bus company Rutas del Sur on Thursday after its board ignored a warning about its drivers' hours.

The company's board, which had met on Monday, told drivers to keep to their timetables.
TEXT
check "extract.clause-date.lead-after-retold" $PY - "$tmp" <<PY
import json, subprocess, sys
def dates(name):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1] + "/" + name],
                         capture_output=True, text=True).stdout
    return {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
d = dates("lead-after-retold.txt")
assert d.get("A crane collapsed onto a ship") == "2037-03-09", d
assert d.get("The port of Gdansk closed its container terminal") == "2037-03-11", d
d = dates("lead-after-grandstand.txt")
assert d.get("A grandstand gave way") == "2038-05-18", d
d = dates("lead-after-left.txt")
assert d.get("A fire destroyed a substation in Embakasi") == "2039-07-29", d
d = dates("lead-after-perfect.txt")
assert d.get("Its board ignored a warning about its drivers' hours") == "2036-11-13", d
PY
# "shortly before midnight" (or "until midnight") is the midnight that
# ends the day told, its 24:00, not the next day's first minute; "soon
# after midnight" is the next day's (dates48)
cat >"$tmp/before-midnight.txt" <<'TEXT'
ROME, Italy, June 4, 2030 — Firefighters put out a blaze at a warehouse in Ostia on Monday.

The fire started at about 6 p.m. The last flames were out shortly before midnight.

The last crews left soon after midnight.
TEXT
cat >"$tmp/before-midnight-history.txt" <<'TEXT'
The fleet

On the evening of March 3, 1871, the fleet sailed from Brest. The last ship cleared the harbour just before midnight. The pilots rowed home soon after midnight.
TEXT
check "extract.clause-date.before-midnight" $PY - "$tmp" <<PY
import json, subprocess, sys
def dates(name):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1] + "/" + name],
                         capture_output=True, text=True).stdout
    return {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
d = dates("before-midnight.txt")
assert d.get("The last flames were out") == "2030-06-03", d
assert d.get("The last crews left") == "2030-06-04", d
d = dates("before-midnight-history.txt")
assert d.get("The last ship cleared the harbour") == "1871-03-03", d
assert d.get("The pilots rowed home") == "1871-03-04", d
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1] + "/before-midnight.txt"],
                     capture_output=True, text=True).stdout
assert 'value="2030-06-03T24:00">midnight<' in tml, tml
PY
# "The next day, June 11," is the day written out after the comma, not
# a count from a reference a vague "two weeks before" moved (dates48)
cat >"$tmp/next-day-apposition.txt" <<'TEXT'
The pass

The expedition reached the pass on June 10, 1862, the snow having melted two weeks before. The next day, June 11, they crossed into the valley.

The mules were lost in a storm. The following day, June 14, the party turned back.
TEXT
check "extract.clause-date.next-day-apposition" $PY - "$tmp/next-day-apposition.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("They crossed into the valley") == "1862-06-11", dates
assert dates.get("The party turned back") == "1862-06-14", dates
PY
# in news, a paragraph after one that left the story at days holding the
# lead's day ("cancelled on Wednesday and Thursday") goes on at the
# lead's day, marked uncertain as the carry is (dates48)
cat >"$tmp/lead-day-within.txt" <<'TEXT'
HAVANA, Cuba, October 10, 2036 — Hurricane Lidia struck western Cuba on Thursday, flooding hundreds of homes in Pinar del Río.

The storm made landfall near Sandino at about 4 p.m., the Institute of Meteorology said. Ferries to the Isla de la Juventud were cancelled on Wednesday and Thursday.

A fisherman drowned off Batabanó, and two children were hurt by falling roofs in Consolación del Sur.
TEXT
check "extract.clause-date.lead-day-within" $PY - "$tmp/lead-day-within.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Ferries were cancelled") == "2036-10-08/2036-10-09", dates
assert dates.get("A fisherman drowned off Batabanó") == "2036-10-09?", dates
PY
# "last night", a night told without the day that names it, is both days
# of the night, as "overnight" is; "on Tuesday night" is its day (dates48)
cat >"$tmp/last-night.txt" <<'TEXT'
GENEVA, Switzerland, March 18, 2038 — A chemical leak at a plant in Monthey forced the evacuation of 300 homes on Wednesday.

The plant's owner, Rhônechem, said in a statement that its engineers had sealed the valve last night. Firefighters had cordoned off the area on Tuesday night.
TEXT
check "extract.clause-date.last-night" $PY - "$tmp/last-night.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The plant's owner, Rhônechem, said its engineers had sealed") == "2038-03-17/2038-03-18", dates
assert dates.get("Firefighters had cordoned off the area") == "2038-03-16", dates
PY
# a weekday asked for ahead of an asking whose day the sentence told
# ("issued a warning on Thursday morning and told boat owners to stay
# in port from noon on Saturday") counts from that day, not the
# paper's; the story's clock goes on from there (dates51)
cat >"$tmp/asked-ahead-day.txt" <<'TEXT'
SPLIT, Croatia, October 16, 2045 — A storm surge flooded the waterfront of Split on Saturday night.

The harbour master issued a warning on Thursday morning and told boat owners to stay in port from noon on Saturday. The sea rose over the quay at about 11 p.m. The water company asked residents on Sunday to boil their water until Tuesday.
TEXT
check "extract.clause-date.asked-ahead-day" $PY - "$tmp/asked-ahead-day.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The sea rose over the quay") == "2045-10-14", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2045-10-14T12:00">noon<' in tml, tml
assert 'value="2045-10-14">Saturday<' in tml, tml
assert 'value="2045-10-17">Tuesday<' in tml, tml
PY
# a bare year between "a" and its noun ("a bottle sold as a 1947
# vintage") names a kind of thing, not a time the story moves to: "that
# November" after it is in the story's year (dates51)
cat >"$tmp/year-of-a-kind.txt" <<'TEXT'
DIJON, France, March 3, 2041 — A court in Dijon on Friday fined a former wine broker 200,000 euros for selling fake grand cru burgundy.

The affair began in the autumn of 2038, when a collector in Geneva had a bottle sold as a 1947 vintage analysed. The customs office opened an inquiry that November, and agents raided a warehouse in Beaune in December. The broker was charged the following month.
TEXT
check "extract.clause-date.year-of-a-kind" $PY - "$tmp/year-of-a-kind.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The customs office opened an inquiry") == "2038-11", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="1947">1947<' in tml, tml
assert 'value="2038-11">that November<' in tml, tml
PY
# in news, "that March" in the year written before dates the months of
# its sentence as that year would: "called a strike that March, and
# the yard closed its dry dock in May" is May of that year, not the
# paper's (dates51)
cat >"$tmp/that-month-year.txt" <<'TEXT'
GDANSK, Poland, October 7, 2039 — A court in Gdansk on Thursday ordered a shipyard to pay 3 million zlotys to 400 welders it laid off during a strike.

The dispute began in the winter of 2036, when the yard cut night-shift pay. The union called a strike that March, and the yard closed its dry dock in May. The welders were dismissed the following month.
TEXT
check "extract.clause-date.that-month-year" $PY - "$tmp/that-month-year.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The yard closed its dry dock") == "2036-05", dates
assert dates.get("The welders were dismissed") == "2036-06", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2036-05">May<' in tml, tml
PY
# "due on Monday" after a noun that a verb of calling off governs ("has
# called off the third performance, due on Monday") lies ahead: what is
# called off has not happened; the story's clock stays at the day it
# told ("during Thursday's dress rehearsal"); "missed a payment due on
# Tuesday" stays past (dates51)
cat >"$tmp/due-called-off.txt" <<'TEXT'
SALZBURG, Austria, August 10, 2046 — The Salzburg Festival has called off the third performance of its new "Don Giovanni", due on Monday, after the baritone Felix Brandt broke his ankle during Thursday's dress rehearsal.

Brandt fell from a ramp at about 4 p.m. and was taken to hospital shortly before 6 p.m. The bank said the company had missed a payment due on Tuesday.
TEXT
check "extract.clause-date.due-called-off" $PY - "$tmp/due-called-off.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Brandt fell from a ramp") == "2046-08-09", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2046-08-13">Monday<' in tml, tml
assert 'value="2046-08-07">Tuesday<' in tml, tml
PY
# in news, a later paragraph's undated happening after a backstory ("The
# trial opened in 2041. // Passing sentence, Judge Maria Borg ordered
# ...") goes back to the lead's day, marked uncertain as the carry is,
# not on at the paper's day (dates51)
cat >"$tmp/lead-day-after-backstory.txt" <<'TEXT'
VALLETTA, Malta, May 21, 2043 — A court in Valletta on Tuesday jailed a former port official for nine years for taking bribes from fuel smugglers.

Joseph Camilleri, 58, was convicted in March of taking some 600,000 euros over four years.

The smuggling came to light in 2039, when customs officers boarded a tanker off Marsaxlokk. The trial opened in 2041.

Passing sentence, Judge Maria Borg ordered Camilleri to repay the money. He was led away in handcuffs.
TEXT
check "extract.clause-date.lead-day-after-backstory" $PY - "$tmp/lead-day-after-backstory.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The trial opened") == "2041", dates
assert dates.get("Passing sentence, Judge Maria Borg ordered Camilleri") == "2043-05-19?", dates
assert dates.get("He was led away in handcuffs") == "2043-05-19?", dates
PY
# a sentence after "overnight" that names no time of its own tells the
# story at the night's day, the evening's, not both days (dates51)
cat >"$tmp/night-carry.txt" <<'TEXT'
BERGEN, Norway, November 4, 2041 — A storm flooded the quays of Bergen on Sunday evening, sinking two fishing boats.

Rescue crews pumped out cellars in Sandviken overnight. Some 9,000 homes lost power, and a ferry ran aground near Askøy.
TEXT
check "extract.clause-date.night-carried" $PY - "$tmp/night-carry.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Rescue crews pumped out cellars in Sandviken") == "2041-11-03/2041-11-04", dates
assert dates.get("Some 9,000 homes lost power") == "2041-11-03", dates
assert dates.get("A ferry ran aground near Askøy") == "2041-11-03", dates
PY
# a day after the paper's that a verb of asking names ("ordered the
# bridge shut again on Thursday", "called a crisis meeting for Friday") is
# the day asked for, ahead: the asking keeps the day the sentence told
# before; alone, "ordered the schools closed on Tuesday" is the order's
# day (dates52)
cat >"$tmp/asked-day-ahead.txt" <<'TEXT'
LIMERICK, Ireland, October 10, 2046 — The Shannon burst its banks in Limerick on Monday night, flooding some 200 homes along the quays and closing the Sarsfield Bridge.

The water stayed high on Tuesday, and the city council ordered the bridge shut again on Thursday while divers inspect its piers. About 300 dock workers were sent home on Tuesday afternoon, and their union called a crisis meeting for Friday. The mayor ordered the schools closed on Tuesday.
TEXT
check "extract.clause-date.asked-day-ahead" $PY - "$tmp/asked-day-ahead.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The city council ordered the bridge shut again") == "2046-10-09", dates
assert dates.get("Their union called a crisis meeting") == "2046-10-09", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2046-10-11">Thursday<' in tml, tml
assert 'value="2046-10-12">Friday<' in tml, tml
assert tml.count('value="2046-10-09">Tuesday<') == 2, tml
PY
# a state a relative clause ends ("who ran the Wisla yard until 2044,")
# is background: the clause around it is told at the story's time, one
# happening; a relative clause's own past happening keeps its date
# (dates53)
cat >"$tmp/relative-until.txt" <<'TEXT'
GDANSK, Poland, March 6, 2047 — A court in Gdansk on Thursday jailed a former shipyard director for taking bribes from suppliers.

Marek Zielinski, 58, who ran the Wisla yard until 2044, was sentenced to four years in prison. His deputy, Ewa Kowal, who left the firm in 2043, was acquitted.
TEXT
check "extract.clause-date.relative-until" $PY - "$tmp/relative-until.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Marek Zielinski, 58 was sentenced to four years in prison") == "2047-02-28", dates
assert "2044" not in dates.values(), dates
assert dates.get("Ewa Kowal left the firm") == "2043", dates
assert dates.get("His deputy, Ewa Kowal, was acquitted") == "2047-02-28", dates
PY
# a sentence that opens with its date alone ("On the morning of May 11,
# 1939,") dates the clause after it; a date inside that clause ("drawings
# ... made on August 2, 1938") tells of a thing in it, and the story stays
# at the opener's day (dates53)
cat >"$tmp/opening-date-alone.txt" <<'TEXT'
The finding of the Sutton Hoo ship

The dig began in the summer of 1938, when Basil Brown opened three smaller mounds for the landowner, Edith Pretty. On the morning of May 11, 1939, while checking drawings of the largest mound made on August 2, 1938, Brown noticed a row of iron rivets in the sand. He dug along the row for an hour and then sent a boy to fetch Mrs Pretty.
TEXT
check "extract.clause-date.opening-date-alone" $PY - "$tmp/opening-date-alone.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Checking drawings of the largest mound made, Brown noticed") == "1939-05-11", dates
assert dates.get("He dug along the row") == "1939-05-11", dates
PY
# in news, an evening hour told in the past after a clock in the small
# hours of the paper's day ("crested at 2 a.m. ... cleared the bars
# before 8 p.m.") is the evening before them, not the paper's evening
# (dates53)
cat >"$tmp/evening-after-small-hours.txt" <<'TEXT'
ROSTOCK, Germany, March 12, 2051 — A storm surge flooded the old harbour of Rostock on Saturday night, sinking three yachts and cutting power to the Warnemünde ferry terminal.

The water rose through the evening and crested at 2 a.m., when the gauge at the pier read 1.9 metres above normal. Police cleared the waterfront bars before 8 p.m. and closed the harbour road.
TEXT
check "extract.clause-date.evening-after-small-hours" $PY - "$tmp/evening-after-small-hours.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Police cleared the waterfront bars and closed the harbour road") == "2051-03-11", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2051-03-12T02:00">2 a.m.<' in tml, tml
assert 'value="2051-03-11T20:00">8 p.m.<' in tml, tml
PY
# in news, a day a state is kept over ("stayed shut for most of
# Tuesday") is no time the story moves to: the happenings told after it
# stay at the story's day; an action over a stretch ("blocked the road
# for most of Wednesday afternoon") is still the story's time (dates53)
cat >"$tmp/state-stretch.txt" <<'TEXT'
HULL, England, January 17, 2052 — A North Sea storm tore through Hull on Monday evening, flooding the old town and cutting power to 20,000 homes.

Two fishing boats sank at their moorings in the marina. The Humber Bridge stayed shut for most of Tuesday. A crane at the King George Dock was blown into the water, and a lorry overturned on the A63.
TEXT
check "extract.clause-date.state-stretch" $PY - "$tmp/state-stretch.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The Humber Bridge stayed shut") == "2052-01-16", dates
assert dates.get("A crane was blown") == "2052-01-15", dates
assert dates.get("A lorry overturned on the A63") == "2052-01-15", dates
PY
# a leap day the writer gave no year ("on February 29" after "the winter
# of 1764", whose December would put February in 1765) names a leap
# year: the one next to the year picked, and the story goes on from it
# (dates54)
cat >"$tmp/leap-day-year.txt" <<'TEXT'
The Harrow mill strike

In the winter of 1764 the spinners of Harrow lost a third of their wages when the mill owners cut the piece rate. The owners posted the new rates on February 29, and on March 3 the spinners walked out. The strike lasted until May.
TEXT
check "extract.clause-date.leap-day-year" $PY - "$tmp/leap-day-year.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The owners posted the new rates") == "1764-02-29", dates
assert dates.get("The spinners walked out") == "1764-03-03", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="1764-02-29">February 29<' in tml, tml
PY
# a clock that took its part of the day ("at 10:15 in the morning")
# before "of" and a written day ("of March 3, 1871") is on that day, as
# "at 11:30 on the morning of May 29, 1953" is (dates54)
cat >"$tmp/clock-part-of-date.txt" <<'TEXT'
The first crossing of the Dunmore bridge

The engineers of the Dunmore bridge declared it finished in 1871, and one evening in February 1871 the company set the day of its opening. The first train left Dunmore at 10:15 in the morning of March 3, 1871, carrying the mayor and forty guests. A second train followed at 4:30 in the afternoon of 4 March.
TEXT
check "extract.clause-date.clock-part-of-date" $PY - "$tmp/clock-part-of-date.txt" <<PY
import subprocess, sys
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="1871-03-03T10:15">10:15 in the morning<' in tml, tml
assert 'value="1871-03-04T16:30">4:30 in the afternoon<' in tml, tml
PY
# "bit" is a verb's past ("a rabid fox bit six hikers"): the happening
# a count after "four days after" names is a clause of its own, dated
# four days before the clause it follows; "a bit lower" and "bit by bit"
# stay as they were (dates54)
cat >"$tmp/count-after-bit.txt" <<'TEXT'
OHRID, North Macedonia, August 20, 2050 — Vets in Ohrid began vaccinating foxes around the lake on Friday, four days after a rabid fox bit six hikers on a trail above the old town.

All six were treated at the city hospital. Prices at the lakeside market were a bit lower on Saturday, and the tourists came back bit by bit.
TEXT
check "extract.clause-date.count-after-bit" $PY - "$tmp/count-after-bit.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A rabid fox bit six hikers") == "2050-08-15", dates
assert dates.get("Vets in Ohrid began vaccinating foxes around the lake") == "2050-08-19", dates
PY
# a count right before "before" or "after" and a date ("two days before
# Christmas", "three weeks after May 2") dates its clause that far from
# the date, and the story goes on from there; a stretch ("for two days
# after Christmas") keeps the date (dates54)
cat >"$tmp/count-to-date.txt" <<'TEXT'
The voyage of the Lark

The clipper Lark left Liverpool in October 1871. She rounded the Cape of Good Hope two days before Christmas, and the crew held their feast off Natal. The ship reached Bombay three weeks after February 2, 1872. The port stayed closed for two days after March 3, and the cargo was landed on March 9.
TEXT
check "extract.clause-date.count-to-date" $PY - "$tmp/count-to-date.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("She rounded the Cape of Good Hope") == "1871-12-23", dates
assert dates.get("The ship reached Bombay") == "1872-02-23", dates
assert dates.get("The port stayed closed") == "1872-03-03", dates
PY
# a history's ", and by DATE" that tells a state reached by then ("and by
# the end of the following week the mill was gone", "and by Friday the
# quay was dry") makes the part before a happening of its own: the
# undated part reaches from the story's date by its duration ("Within
# two days"), and the state keeps its deadline; the label drops "by the
# end of" with its date (dates55)
cat >"$tmp/deadline-state.txt" <<'TEXT'
The Flood of Dunmore

The river broke its banks at Dunmore on the night of March 3, 1887. Within two days forty houses had collapsed, and by the end of the following week the mill was gone. The town council met in April.
TEXT
check "extract.clause-date.deadline-state" $PY - "$tmp/deadline-state.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Forty houses had collapsed") == "1887-03-03/1887-03-05", dates
assert "The mill was gone" in dates, dates
PY
# "over the two days" (the tagger's duration without "the") is the days
# the text told, the last of them the latest day told before it (the
# lead's "still cancelled on Tuesday"), not the day the story stands at;
# the dateline's day is none of them (dates55)
cat >"$tmp/over-the-days.txt" <<'TEXT'
OBAN, Scotland, May 14, 2031 — Ferry crews on the west coast of Scotland walked out on Monday in a dispute over rosters, and most sailings were still cancelled on Tuesday.

About 90 sailings were cancelled over the two days, leaving hundreds of travellers on the quay.
TEXT
check "extract.clause-date.over-the-days" $PY - "$tmp/over-the-days.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("About 90 sailings were cancelled over the two days") == "2031-05-12?/2031-05-13?", dates
PY
# in a history, the part told before ", and by" a day ("Sailors laid
# sandbags along the quay, and by Thursday the water had fallen") is at
# the story's day, not a span to the deadline, which bounds only the
# clause it heads (as in news) (dates55)
cat >"$tmp/before-deadline.txt" <<'TEXT'
The Flood of Dunmore

The river broke its banks at Dunmore on Monday, March 3, 1887. Sailors from the port laid sandbags along the quay, and by Thursday the water had fallen. The town council met in April.
TEXT
check "extract.clause-date.before-deadline" $PY - "$tmp/before-deadline.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Sailors from the port laid sandbags along the quay") == "1887-03-03", dates
assert dates.get("The water had fallen") == "../1887-03-06", dates
PY
# a count that tells how long something lasted keeps the date: after a
# verb of lasting ("spent two weeks after", "lasted three weeks after")
# or an article ("the two weeks after", "the first three days after");
# a count of when keeps counting (review51)
cat >"$tmp/count-to-date-stretch.txt" <<'TEXT'
The Ardmore campaign

The Ardmore campaign opened in April 1880. The troops spent two weeks after May 3, 1880 in the hills. The siege lasted three weeks after June 1, 1880. The two weeks after July 4, 1880 were quiet. The regiment rested the first three days after August 2, 1880. The fort fell ten days after October 1, 1880.
TEXT
check "extract.clause-date.count-to-date-stretch" $PY - "$tmp/count-to-date-stretch.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The troops spent in the hills") == "1880-05-03", dates
assert dates.get("The siege lasted") == "1880-06-01", dates
assert dates.get("The two weeks were quiet") == "1880-07-04", dates
assert dates.get("The regiment rested") == "1880-08-02", dates
assert dates.get("The fort fell") == "1880-10-11", dates
PY
# a month's or a season's day or part of the day before "in" and a year
# ("on a January night in 2029", "a spring day in 1903") is that year's
# month or season, one expression: before, the month was tagged alone
# and took the text's year, the year a second expression (dates56)
cat >"$tmp/month-night-in-year.txt" <<'TEXT'
ARLON, Belgium, June 4, 2033 — A court in Arlon convicted a former mayor of fraud on Friday.

Prosecutors said the mayor signed the forged contracts on a January night in 2029. A clerk first saw the papers one morning in March. The town hall had opened on a spring day in 1903 and burned on a winter evening in 1944. Its bell was recast on a summer's morning in 1951 and stolen on a May night in the year 1968.
TEXT
check "extract.clause-date.month-night-in-year" $PY - "$tmp/month-night-in-year.txt" <<PY
import subprocess, sys
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2029-01">January night in 2029<' in tml, tml
assert 'value="1903-SP">spring day in 1903<' in tml, tml
assert 'value="1944-WI">winter evening in 1944<' in tml, tml
assert '>2029<' not in tml and '>1903<' not in tml, tml
assert 'value="1951-SU">summer\'s morning in 1951<' in tml, tml
assert 'value="1968-05">May night in the year 1968<' in tml, tml
PY
# a weekday after "a" or "one" and before "in" a year or a month ("on a
# Sunday morning in 1921", "one Friday in May 1923") is some such day of
# that time, not a day of the story's week: the weekday is no expression
# of its own and the year or the month dates the clause (dates56)
cat >"$tmp/weekday-in-year.txt" <<'TEXT'
The lighthouse at Kessock Point

The keepers lit the lamp for the first time in 1874. A storm tore the lantern off on a Thursday night in 1899, and the new one arrived one Monday in April 1901. A keeper fell from the gallery on a Saturday in the year 1912.
TEXT
check "extract.clause-date.weekday-in-year" $PY - "$tmp/weekday-in-year.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A storm tore the lantern off on a Thursday night") == "1899", dates
assert dates.get("The new one arrived one Monday") == "1901-04", dates
assert dates.get("A keeper fell from the gallery on a Saturday") == "1912", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert '>Thursday night<' not in tml and '>Monday<' not in tml and '>Saturday<' not in tml, tml
PY
# "for" and a participle between two dates ("was fined in May 2035 for
# stealing a car on April 2, 2034") starts the deed's own clause, dated
# by its own date, as "after" and a participle does; "for something" and
# "for the morning" do not (dates56)
cat >"$tmp/for-deed-date.txt" <<'TEXT'
PERTH, Scotland, May 4, 2040 — A court in Perth cleared a former council clerk of fraud on Thursday.

Ian Moss, 52, was fined in June 2035 for forging invoices at the council depot on a winter night in 2034. He was paid in 2036 for something he had done in 2033.
TEXT
check "extract.clause-date.for-deed-date" $PY - "$tmp/for-deed-date.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Ian Moss, 52, was fined") == "2035-06", dates
assert dates.get("Forging invoices at the council depot") == "2034-24", dates
assert not any(l.startswith("Something") for l in dates), dates
PY
# a subject relative clause inside the subject ("a mask that disappeared
# ... in the 1970s went back ... on Tuesday"; "which", "who" too) is a
# happening of its own dated by its date; the main verb's own date dates
# the main verb, not the relative clause's decade (dates57); a main verb
# to come ("will reopen on Monday") with a date of its own in a later year
# is split the same way, and one with no date of its own ("will stay
# shut") leaves the clause whole (dates60)
cat >"$tmp/subject-relative-date.txt" <<'TEXT'
KELSO, Scotland, May 9, 2031 — A carved wooden mask that disappeared from a village shrine in the 1970s went back to its owners on Tuesday, the museum said.

The old ferry which sank off the cape in 1994 was raised on Friday by a salvage crew. A bridge that collapsed in a flood in 2019 will reopen on Monday. A tunnel that flooded in 2027 will stay shut.
TEXT
check "extract.clause-date.subject-relative-date" $PY - "$tmp/subject-relative-date.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A carved wooden mask that disappeared from a village shrine") == "197X", dates
assert dates.get("Went back to its owners") == "2031-05-06", dates
assert dates.get("The old ferry which sank off the cape") == "1994", dates
assert dates.get("Was raised by a salvage crew") == "2031-05-09", dates
assert not any("went back" in l.lower() and d == "197X" for l, d in dates.items()), dates
assert dates.get("A bridge that collapsed in a flood") == "2019", dates
assert dates.get("Will reopen") == "2031-05-12", dates
assert dates.get("A tunnel that flooded will stay shut") == "2027", dates
PY
# a participle set off by commas after the subject tells of the subject,
# not when the main verb's happening took place, also when it is no past
# form ("born in 1841", "written in 1871", "sunk in 1628"): the main
# clause takes its own date, as "opened in 1932" already did (dates59)
cat >"$tmp/participle-aside-date.txt" <<'TEXT'
The painter Anna Berg, born in Oslo in 1841, won her first prize in 1866 with a view of the harbour. The letter, written in Bergen in 1871, was sold in 1902. The ship, sunk off the point in 1628, was raised in 1961.
TEXT
check "extract.clause-date.participle-aside-date" $PY - "$tmp/participle-aside-date.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The painter Anna Berg won her first prize") == "1866", dates
assert dates.get("The letter, written in Bergen, was sold") == "1902", dates
assert dates.get("The ship, sunk off the point, was raised") == "1961", dates
PY
# a past form after a name's apposition set off by commas ("Nordmelk, a
# Danish dairy group, agreed on Tuesday ...") is the name's own verb, no
# participle inserted after a noun: its date is the clause's, not a later
# one in the clause's tail ("..., ending a contest that began in the
# autumn"); a finite verb after the phrase ("The Vasa, a Swedish warship,
# built in 1627, was raised in 1961") keeps the participle's reading
cat >"$tmp/apposition-verb-date.txt" <<'TEXT'
Dairy group buys cheese maker

OSLO, May 12, 2041 — Nordmelk, a Danish dairy group, agreed on Tuesday to buy Fjellost, ending a contest that began in the autumn.

Halvard Moe, a former minister of trade, resigned on Friday from the board, ending a dispute that began in March. The Vasa, a Swedish warship, built in 1627, was raised in 1961.
TEXT
check "extract.clause-date.apposition-verb-date" $PY - "$tmp/apposition-verb-date.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {}
for e in map(json.loads, out.splitlines()):
    if e["type"] == "event":
        # by the subject: the quote's first words, the dateline left out
        dates.setdefault(e["quote"].split(" — ")[-1].split(",")[0], []).append(e["date"])
assert dates.get("Nordmelk") == ["2041-05-07"], dates
# the tail ("ending a dispute that began in March") may be an event of its
# own; the name's verb keeps its Friday
assert dates.get("Halvard Moe", [None])[0] == "2041-05-10", dates
assert dates.get("The Vasa") == ["1961"], dates
PY
# a count of days or weeks after a later sentence has gone back to a month
# years before the paper's day ("on Wednesday ... The inquiry began in May
# 2036 ... She resigned two weeks later") counts from that month, May or
# June; a month told beside the day ("said on September 12 that it had
# lost its insurer in August ... three days later") leaves the count on
# the day (dates57)
cat >"$tmp/count-after-month-gone-back.txt" <<'TEXT'
VIGO, Spain, October 3, 2041 — A court in Vigo on Wednesday convicted a former port director of fraud.

The inquiry began in May 2036, when auditors found gaps in the harbour accounts. She resigned two weeks later. The trial opened in 2040.

The port board said on September 12 that it had lost its insurer in August. A bank lent it 2 million euros three days later.
TEXT
check "extract.clause-date.count-after-month-gone-back" $PY - "$tmp/count-after-month-gone-back.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("She resigned") == "2036-05/2036-06", dates
assert dates.get("A bank lent it 2 million euros") == "2041-09-15", dates
PY
# the words left out after "for" are whole words ("something",
# "morning"): a participle ending like them ("burning", "threatening")
# still names the deed (review54)
cat >"$tmp/for-deed-suffix.txt" <<'TEXT'
ARBROATH, Scotland, May 4, 2040 — A sheriff court in Arbroath heard two appeals on Thursday.

Ewan Tully, 41, was jailed in June 2035 for burning a boathouse at the harbour on a spring night in 2034. Rhona Bain was fined in 2037 for threatening a bailiff at her flat on a summer evening in 2036. He was paid in 2038 for everything he had sold in 2033.
TEXT
check "extract.clause-date.for-deed-suffix" $PY - "$tmp/for-deed-suffix.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert any(l.startswith("Burning a boathouse") and d == "2034-21" for l, d in dates.items()), dates
assert any(l.startswith("Threatening a bailiff") and d == "2036-22" for l, d in dates.items()), dates
assert not any(l.startswith("Everything") for l in dates), dates
PY
# a sentence with no date of its own that counts a happening back from
# the story's time ("acted three weeks after a passenger filed a
# complaint"): that happening is three weeks before it (dates48)
cat >"$tmp/undated-count.txt" <<'TEXT'
PIRAEUS, Greece, September 9, 2037 — The Hellenic Coast Guard fined the ferry operator Blue Line 400,000 euros on Monday over the state of its lifeboats.

The fine is the largest the coast guard has imposed. The coast guard acted three weeks after a passenger filed a complaint about a rusted davit on the Aegean Star.
TEXT
check "extract.clause-date.undated-count" $PY - "$tmp/undated-count.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A passenger filed a complaint about a rusted davit") == "2037-08-17?", dates
PY
# news: "that night" after the paper's own day ("still lying on the
# embankment on Thursday", the dateline's day) is the story's night, not
# the paper's (dates50)
cat >"$tmp/that-night-paper-day.txt" <<'TEXT'
TAMPERE, Finland, February 7, 2041 — A freight train derailed near the station in Tampere on Wednesday evening, spilling diesel onto the tracks, the rail operator VR said.

Two of the wagons were still lying on the embankment on Thursday. The driver, Mikko Laine, was examined by doctors that night and released.
TEXT
check "extract.clause-date.that-night-paper-day" $PY - "$tmp/that-night-paper-day.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The driver, Mikko Laine, was examined by doctors and released") == "2041-02-06", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2041-02-06TNI">that night<' in tml, tml
PY
# news: "that evening" after a backstory month ("since its builders
# raised it in September 2037") is the story's evening (dates50)
cat >"$tmp/that-evening-backstory.txt" <<'TEXT'
ROUEN, France, May 19, 2039 — A crane collapsed onto a half-built hotel in the port of Rouen on Tuesday, the prefecture said.

The crane had stood over the site since its builders raised it in September 2037. Firemen searched the rubble for survivors that evening, and on Wednesday inspectors closed the quay.
TEXT
check "extract.clause-date.that-evening-backstory" $PY - "$tmp/that-evening-backstory.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Firemen searched the rubble for survivors") == "2039-05-17", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2039-05-17TEV">that evening<' in tml, tml
PY
# news: "the same evening" after a backstory year ("had been tested in
# 2040") is the story's evening, as "that evening" is (dates51)
cat >"$tmp/same-evening-backstory.txt" <<'TEXT'
ANTWERP, Belgium, April 11, 2042 — A fire destroyed a warehouse of the shipping firm Scheldt Lines in the port of Antwerp on Wednesday, the fire brigade said.

The firm's chairman, Pieter Mertens, told reporters that the sprinklers had been tested in 2040. He resigned the same evening, and on Thursday police questioned two night guards.
TEXT
check "extract.clause-date.same-evening-backstory" $PY - "$tmp/same-evening-backstory.txt" <<PY
import json, subprocess, sys
ev = "${EVGRAPH:-./evgraph}"
out = subprocess.run([ev, "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("He resigned") == "2042-04-09", dates
tml = subprocess.run([ev, "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert 'value="2042-04-09TEV">the same evening<' in tml, tml
PY
# in news, "by the end of the month" in a past clause after a day told in
# its sentence or the one before is that day's month; a plan keeps the
# paper's (dates46)
cat >"$tmp/story-month.txt" <<'TEXT'
LYON, France, June 12, 2035 — Health officials confirmed on Monday that 40 people in Lyon have caught measles, and said on Tuesday that a second school would close.

The first case, a student from Villeurbanne, was reported on May 3. Two of her classmates fell ill the same week, and by the end of the month eleven more had been infected.

The agency said on Monday that it would finish vaccinating pupils by the end of the month.

A clinic in Bron ran out of vaccine on May 20, and by the end of the month pharmacies had run out too.
TEXT
check "extract.clause-date.story-month-end" $PY - "$tmp/story-month.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Eleven more had been infected") == "../2035-05", dates
assert dates.get("Pharmacies had run out too") == "../2035-05", dates
tml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", sys.argv[1]],
                     capture_output=True, text=True).stdout
assert tml.count('value="2035-05" mod="END">the end of the month<') == 2, tml
assert 'value="2035-06" mod="END">the end of the month<' in tml, tml
PY
# in news, a date still to come inside a relative clause in the present
# ("an offer that gives its members a pay rise from January") tells the
# noun's terms: the past clause around it is told at the story's time
# (dates43)
cat >"$tmp/relative-ahead.txt" <<'TEXT'
LYON, France, October 14, 2041 — Air traffic controllers in Lyon ended a three-day strike on Monday.

The controllers' union, the SNCTA, accepted a mediator's offer that gives its 1,400 members a pay rise of 6 percent from January.

The regional council approved a budget on Sunday evening. It also signed a contract which is worth 12 million euros from next year.
TEXT
check "extract.clause-date.relative-ahead-of-past" $PY - "$tmp/relative-ahead.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The controllers' union accepted a mediator's offer") == "2041-10-14", dates
assert dates.get("It also signed a contract") == "2041-10-13", dates
PY
# in news, "overnight" in an "after" clause after the day the sentence
# told is the night that ended on that day, both its days, a date of the
# clause's own; the story stays at the main clause's day (dates43)
cat >"$tmp/overnight-after.txt" <<'TEXT'
GENOA, Italy, March 6, 2042 — Ferries to Sardinia sailed again on Tuesday afternoon after dockers voted overnight to end a nine-day strike.

The dockers' union signed the port authority's offer, the harbour master said.

In Livorno the freighter Costa Verde ran aground on Wednesday after the tug Ercole lost power overnight.
TEXT
check "extract.clause-date.overnight-after-day" $PY - "$tmp/overnight-after.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("Ferries to Sardinia sailed again") == "2042-03-04", dates
assert dates.get("Dockers voted to end a nine-day strike") == "2042-03-03/2042-03-04", dates
assert dates.get("The dockers' union signed the port authority's offer") == "2042-03-04", dates
assert dates.get("The tug Ercole lost power") == "2042-03-04/2042-03-05", dates
PY
# a part after ", and" that a closing report follows (", the fire service
# said on Thursday.") is told at the date before it, and a stretch it
# names counts from that date, not from the report's day (dates44)
cat >"$tmp/and-before-report.txt" <<'TEXT'
GDANSK, Poland, June 5, 2042 — A fire broke out at the Lotos refinery on Monday, and firefighters fought the flames over the next three days, the fire service said on Thursday.

Divers found a leaking pipe off Hel on Tuesday, and 300 metres of beach were closed, the harbour master said on Thursday.
TEXT
check "extract.clause-date.and-before-closing-report" $PY - "$tmp/and-before-report.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A fire broke out at the Lotos refinery") == "2042-06-02", dates
assert dates.get("Firefighters fought the flames") == "2042-06-03/2042-06-05", dates
assert dates.get("300 metres of beach were closed") == "2042-06-03", dates
PY
# in a history, an undated clause before one headed by a month ("...,
# and that September they finished") lasted from the story's month to
# that month, as a day told next already ends a span (dates44)
cat >"$tmp/between-months.txt" <<'TEXT'
The Harbour of Valdora

On March 9, 1871, a storm wrecked the old pier at Valdora. The town council hired two engineers from Genoa, and that September they finished a new breakwater. In May 1874 the mayor borrowed money for a lighthouse. Masons cut the stone on the hill above the port, and in October they lit the lamp for the first time.
TEXT
check "extract.clause-date.between-story-and-month" $PY - "$tmp/between-months.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The town council hired two engineers from Genoa") == "1871-03/1871-09", dates
assert dates.get("They finished a new breakwater") == "1871-09", dates
assert dates.get("Masons cut the stone on the hill above the port") == "1874-05/1874-10", dates
assert dates.get("They lit the lamp for the first time") == "1874-10", dates
PY
# in a history, undated sentences between two days told more than seven
# weeks apart lasted from the first day's month to the last one's: the
# text names no day between them (dates49); under seven weeks they keep
# the day told, the gold's after-day convention (gold45, dates58)
cat >"$tmp/between-months-apart.txt" <<'TEXT'
The Voyage of the Endeavour

The Endeavour left Plymouth on August 26, 1768. A gale tore away part of her rigging. The ship anchored at Rio de Janeiro on November 13, 1768.

The Dutch fleet sailed from Texel on May 2, 1652. The admiral quarrelled with his captains. The fleet reached Dover on May 19, 1652.
TEXT
check "extract.clause-date.between-months-apart" $PY - "$tmp/between-months-apart.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A gale tore away part of her rigging") == "1768-08/1768-11", dates
assert dates.get("The admiral quarrelled with his captains") == "1652-05-02", dates
PY
# ... and over more than a year, the day told, not its year alone: the
# gold's after-day convention (gold45; dates50 gave the year, dates58 the day)
cat >"$tmp/between-years-apart.txt" <<'TEXT'
The Chartist Petitions

The first petition reached Parliament on June 14, 1839. The leaders then toured the northern towns and gathered new signatures. The second petition was presented on May 2, 1842.
TEXT
check "extract.clause-date.between-years-apart" $PY - "$tmp/between-years-apart.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The leaders then toured the northern towns") == "1839-06-14", dates
PY
# dates58: a history's sentence with no date of its own after one that
# gave a day keeps that day when the next day told is under seven weeks
# or over a year on (gold45's after-day convention); a month told next
# still closes a span from the day
cat >"$tmp/after-day-keeps-day.txt" <<'TEXT'
The Orchard Survey

The botanists reached the valley of Sorn on April 4, 1902. Their guide fell ill with a fever. The party crossed the pass on April 19, 1902.

The new press arrived at Lunden on October 12, 1907. The printers learned to set the type by lamplight. The first newspaper appeared on March 1, 1909.

The well diggers struck water at Arnam on May 6, 1911. The villagers lined the new cistern with stone. By late August the gardens were green again.
TEXT
check "extract.story.after-day-keeps-day" $PY - "$tmp/after-day-keeps-day.txt" <<PY
$quote_dates
got = {q.rstrip("."): d for q, d in dates.items()}
assert got.get("Their guide fell ill with a fever") == "1902-04-04", got
assert got.get("The printers learned to set the type by lamplight") == "1907-10-12", got
assert got.get("The villagers lined the new cistern with stone") == "1911-05-06/1911-08", got
PY
# dates58: in a history, an undated clause that says "had already" after
# a day tells what was done before it: on or before that day (`../D`,
# gold45's convention for a pluperfect after a day); the sentence after
# it, and news, keep the day
cat >"$tmp/had-already.txt" <<'TEXT'
The Relief of Hollin

The relief column reached Hollin on August 3, 1744. The defenders had already burned the grain stores. The colonel thanked the townspeople.
TEXT
cat >"$tmp/had-already-news.txt" <<'TEXT'
KESTON, May 6, 2031 — The county closed the Arden bridge on Tuesday. Engineers had already checked the two piers.
TEXT
check "extract.story.had-already-before-day" $PY - "$tmp/had-already.txt" <<PY
$quote_dates
got = {q.rstrip("."): d for q, d in dates.items()}
assert got.get("The defenders had already burned the grain stores") == "../1744-08-03", got
assert got.get("The colonel thanked the townspeople") == "1744-08-03", got
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/had-already-news.txt"],
                     capture_output=True, text=True).stdout
news = {e["quote"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert news.get("Engineers had already checked the two piers.") == "2031-05-06", news
PY
# a subject with a dated relative clause before a present or a present
# perfect ("The three fishermen who drifted ... last week have thanked the
# coastguard", "Two hikers rescued ... on Sunday have been released"):
# the relative clause keeps its date, the main verb is told
# at the paper's day, in the lead too; a simple past after it is left to
# the sentence (dates42)
cat >"$tmp/present-after-relative.txt" <<'TEXT'
GALWAY, Ireland, May 21, 2043 — The three fishermen who drifted for two days off the Aran Islands last week have thanked the coastguard.

A lifeboat crew was honoured on Tuesday. The ferry that ran aground near Inis Meáin on Saturday is being towed to Rossaveal.

The teacher who found the bones in a bog on Monday says the site must be protected.

Bristol Airport, which handled 10 million passengers last year, has no radar of its own.

Two hikers rescued from Croagh Patrick on Sunday have been released from hospital.
TEXT
check "extract.clause-date.present-after-relative" $PY - <<PY
import json, subprocess
path = "$tmp/present-after-relative.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
fishermen = "The three fishermen who drifted for two days off the Aran Islands last week"
assert dates.get(fishermen) == "2043-W20", dates
assert dates.get(fishermen + " have thanked the coastguard") == "2043-05-21", dates
ferry = "The ferry that ran aground near Inis Meáin on Saturday"
assert dates.get(ferry) == "2043-05-16", dates
assert dates.get(ferry + " is being towed to Rossaveal") == "2043-05-21", dates
teacher = "The teacher who found the bones in a bog on Monday"
assert dates.get(teacher) == "2043-05-18", dates
assert dates.get(teacher + " says the site must be protected") == "2043-05-21", dates
assert "Bristol Airport, which handled 10 million passengers last year, has no radar of its own" in dates, dates
hikers = "Two hikers rescued from Croagh Patrick on Sunday"
assert dates.get(hikers) == "2043-05-17", dates
assert dates.get(hikers + " have been released from hospital") == "2043-05-21", dates
PY
# a deadline opening its clause ("By September 1855 the allies had taken
# the town") dates it on or before, as one inside a clause does; a season
# keeps its code there (`../1854-22`, not its three months)
cat >"$tmp/clause-opening-by.txt" <<'TEXT'
The War

The armies crossed the river in July 1853. By the summer of 1854 the invaders had withdrawn from the provinces. By September 1855 the allies had taken the town. The envoys met on March 30, 1856.
TEXT
check "extract.clause-date.clause-opening-by" $PY - <<PY
import json, subprocess
path = "$tmp/clause-opening-by.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("By the summer of 1854 the invaders had withdrawn from the provinces") == "../1854-22", dates
assert dates.get("By September 1855 the allies had taken the town") == "../1855-09", dates
assert dates.get("The envoys met on March 30, 1856") == "1856-03-30", dates
PY
# two periods joined by "and" are one stretch through both after
# "during", or when the second follows the first at once (two days, two
# seasons: "the spring and summer" is 1902-21/1902-22, as a season alone
# is written); two years apart are two occasions
cat >"$tmp/joined-periods.txt" <<'TEXT'
The Line

Rails were laid during 1880 and 1881. The river flooded the valley in June and July 1902. The crews spent the spring and summer clearing the mud. Voters elected the council in 1880 and 1885.
TEXT
check "extract.clause-date.joined-periods" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/joined-periods.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["1880/1881", "1902-06/1902-07", "1902-21/1902-22", "1880"], dates
PY
cat >"$tmp/joined-days.txt" <<'TEXT'
WELLINGTON, November 14, 2026 — The ferry company cancelled 22 sailings on Thursday and Friday. The union met on Monday and Wednesday. The weather service posted a gale warning from Friday evening until Saturday noon.
TEXT
check "extract.clause-date.joined-days" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/joined-days.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2026-11-12/2026-11-13", "2026-11-09", "2026-11-13/2026-11-14"], dates
PY
# a report set off by a comma at the end of a sentence, with a day of its
# own, is split off so that the clause it reports keeps its own date; it
# is no event itself when it says only who told and when (labels39: the
# gold lists no announcement, and its event repeated the reported
# clause's headline); after ", and" the last clause is split off from it
# and told at the date before (dates44: the report's day is not the day of
# what it reports)
cat >"$tmp/report.txt" <<'TEXT'
OSLO, May 8, 2026 — A violin that a dealer bought at a fair in Vienna three years ago was made by Stradivari himself, the museum said on Thursday.
Vets confirmed an outbreak at a farm on Monday, and the birds were culled, the ministry said on Wednesday.
TEXT
check "extract.clause-date.trailing-report" $PY - <<PY
import json, subprocess
path = "$tmp/report.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A violin that a dealer bought at a fair in Vienna three years ago was made by Stradivari himself") == "2023", dates
assert not any("museum" in span for span in dates), dates
assert dates.get("the birds were culled") == "2026-05-04", dates
PY
# "over N days" in an undated sentence: the happening took that long from
# the story's day ("over the following N days": from the day after); "over
# the past two days" looks back and reaches nothing
cat >"$tmp/over.txt" <<'TEXT'
NORWICH, October 29, 2026 — Vets confirmed an outbreak on Tuesday. The birds were culled over the following two days. Over five days inspectors searched the farm. The owner rested over the past two days.
TEXT
check "extract.story.over-days" $PY - "$tmp/over.txt" <<PY
$quote_dates
assert dates.get("The birds were culled over the following two days.") == "2026-10-28/2026-10-29", dates
assert dates.get("Over five days inspectors searched the farm.") == "2026-10-27/2026-10-31", dates
assert dates.get("The owner rested over the past two days.") == "2026-10-27", dates
PY
# in a history, a month or a season that opens its sentence sets the
# scene: the undated sentences after it are in it, and so does a month
# told inside a clause and a sentence telling what would come (gold46,
# dates62); after "By" keeps the year
cat >"$tmp/story-month.txt" <<'TEXT'
The Mill

The mill opened in 1841. In March 1847 the river flooded the lower town. The owner was ruined.

The new owner bought the works and died in May 1852 without an heir. His nephew sold the looms.

That October the workers struck. The dispute ended with a deal: the men would return at the old wage.

In the summer of 1860 the roof burned. The nephew rebuilt it.

By the spring of 1863 the looms had stopped. The nephew sold the mill.
TEXT
check "extract.story.month-opening-sentence" $PY - "$tmp/story-month.txt" <<PY
$quote_dates
assert dates.get("The owner was ruined.") == "1847-03", dates
assert dates.get("His nephew sold the looms.") == "1852-05", dates
assert dates.get("The dispute ended with a deal: the men would return at the old wage.") == "1852-10", dates
assert dates.get("The nephew rebuilt it.") == "1860-22", dates
assert dates.get("The nephew sold the mill.") == "1863", dates
PY
# a month told after its sentence's opening ("..., and in March 1904 she
# showed ...") carries to the next undated sentence of a history as one
# that opens it does (gold46); not a month told in the past perfect (a
# look back), after "until", nor a season inside a clause; news is left
# as it was
cat >"$tmp/story-month-clause.txt" <<'TEXT'
The Canal

The survey began in 1902. Marta Lind worked through the year, and in March 1904 she showed the plans to the council. Olof Berg left his firm to join her.

The council had already voted in June of that year to pay for a dam. The first engineers arrived.

The diggers stayed on until May 1906 at the lock. The foreman paid them off.

The work slowed, and in the autumn of 1907 the banks slipped. The board sacked the foreman.
TEXT
check "extract.story.month-told-in-clause" $PY - "$tmp/story-month-clause.txt" <<PY
$quote_dates
assert dates.get("Olof Berg left his firm to join her.") == "1904-03", dates
assert dates.get("The first engineers arrived.") == "1904", dates
assert dates.get("The foreman paid them off.") == "1906", dates
assert dates.get("The board sacked the foreman.") == "1907", dates
PY
cat >"$tmp/news-month-clause.txt" <<'TEXT'
OSLO, October 29, 2026 — The ferry operator said on Tuesday that it would cut three routes. The firm lost money in March 2026, and in May 2026 it sold two boats. Its chief executive resigned.
TEXT
check "extract.story.month-told-in-clause-news" $PY - "$tmp/news-month-clause.txt" <<PY
$quote_dates
assert dates.get("Its chief executive resigned.") == "2026-05", dates
PY
# a winter goes into the events file as the code of the year it began in
# (edtf.js bounds 1804-24 as October to December 1804, the quarter of its
# December), whichever year the TimeML value names it by: a winter the
# tagger infers is named by its January (1805-WI), one the text names by
# the year written ("the winter of 1807": December 1807 to February 1808,
# so "the next winter" is the one after it)
cat >"$tmp/winters.txt" <<'TEXT'
The Expedition

In October 1804 the party reached the Mandan villages. They built a fort and spent the winter there.

In the winter of 1807 the river froze. The next winter the men hunted bison.
TEXT
check "extract.season.winter-code" $PY - "$tmp/winters.txt" <<PY
$quote_dates
assert dates.get("They built a fort and spent the winter there.") == "1804-24", dates
assert dates.get("In the winter of 1807 the river froze.") == "1807-24", dates
assert dates.get("The next winter the men hunted bison.") == "1808-24", dates
timeml = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "timeml", "$tmp/winters.txt"],
                        capture_output=True, text=True).stdout
for value in ("1805-WI", "1807-WI", "1808-WI"):
    assert 'value="%s"' % value in timeml, (value, timeml)
PY
# a text with no date of its own counts a year-less month forward from the
# story even when a deictic phrase ("The next year") keeps it from reading
# as a history: there is no today to count around
cat >"$tmp/no-anchor-forward.txt" <<'TEXT'
The Expedition

In October 1804 the party reached the Mandan villages. They spent the winter in a fort. In February the men set out west. The next year they came home.
TEXT
check "extract.story.no-anchor-forward" $PY - "$tmp/no-anchor-forward.txt" <<PY
$quote_dates
assert dates.get("They spent the winter in a fort.") == "1804-24", dates
assert dates.get("In February the men set out west.") == "1805-02", dates
PY
# "over" weeks from a day reaches from that day, days apart; "over" weeks
# from a month (a rancher's find in June, told in the sentence before "the
# next morning") reaches months apart
cat >"$tmp/over-weeks.txt" <<'TEXT'
The Survey

On May 3, 1911, the survey ship reached the reef. Over the following three weeks the crew charted the channel.

The keeper saw the wreck in August 1920. He rowed out the next morning, and divers raised the bell over the following three weeks.
TEXT
check "extract.story.over-weeks" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/over-weeks.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
dates = [(e["quote"], e["date"]) for e in events]
assert ("Over the following three weeks the crew charted the channel.", "1911-05-03/1911-05-24") in dates, dates
rowed = [d for q, d in dates if q.startswith("He rowed out")]
assert rowed == ["1920-08", "1920-08/1920-09"], dates
PY
# "within a day" of the story's date reaches from it to the day after;
# "within weeks", to the month a few weeks on
cat >"$tmp/story-within.txt" <<'TEXT'
The Garrison

On March 3, 1702, the garrison of Torvik rebelled. The governor crushed the revolt within a day.

On June 20, 1703, the governor died. His deputy took over within weeks.

In October 1705 the fleet sailed for Riga. The crews mutinied within a week.

On May 2, 1706, the new governor landed. Within a week he had hanged the mutineers. He sailed home within four weeks.
TEXT
check "extract.story.within" $PY - "$tmp/story-within.txt" <<PY
$quote_dates
assert dates.get("The governor crushed the revolt within a day.") == "1702-03-03/1702-03-04", dates
assert dates.get("His deputy took over within weeks.") == "1703-06/1703-07", dates
# from a month the story reached, to the month the week ends in
assert dates.get("The crews mutinied within a week.") == "1705-10/1705-11", dates
# from a day, the days while fewer than a month's; a past perfect after an
# opening "Within" is what was done by then, a happening of its own
assert dates.get("Within a week he had hanged the mutineers.") == "1706-05-02/1706-05-09", dates
assert dates.get("He sailed home within four weeks.") == "1706-05", dates
PY
# "within days" of a day reaches a week on, the gold's convention for an
# unwritten count of days (gold45); a written count keeps its own days
cat >"$tmp/story-within-days.txt" <<'TEXT'
The Salt Tax

On April 9, 1711, the council of Ravel voted a new tax on salt. The duke's treasurer resigned within days.

On August 14, 1712, the tax was repealed. The price of salt fell within three days.
TEXT
check "extract.story.within-days" $PY - "$tmp/story-within-days.txt" <<PY
$quote_dates
assert dates.get("The duke's treasurer resigned within days.") == "1711-04-09/1711-04-16", dates
assert dates.get("The price of salt fell within three days.") == "1712-08-14/1712-08-17", dates
PY
# "within days of the fire", "within a week of the vote", "within hours
# of the failure": the reach counts from the happening the phrase names,
# the end of its date when it is a stretch (the gold's convention), not
# from the last date told; a phrase that names no dated happening ("of
# the talks") leaves the reach on the story's date
cat >"$tmp/within-referent.txt" <<'TEXT'
The Rope Works

On June 3, 1744, a fire broke out in the rope works at Lindholm. On June 20, 1744, the king visited the town. Within days of the fire the merchants had raised a fund for the homeless. The guilds met within weeks of the talks.

On May 9, 1750, the council of Ravel voted a tax on salt. On May 30, 1750, the bishop preached against it. The price of bread rose within a week of the vote.

From August 2 to August 5, 1752, a flood covered the lower town. On August 20, 1752, the mayor resigned. The first houses were rebuilt within days of the flood.
TEXT
check "extract.story.within-referent" $PY - "$tmp/within-referent.txt" <<PY
$quote_dates
assert dates.get("Within days of the fire the merchants had raised a fund for the homeless.") == "1744-06-03/1744-06-10", dates
assert dates.get("The guilds met within weeks of the talks.") == "1744-06/1744-07", dates
assert dates.get("The price of bread rose within a week of the vote.") == "1750-05-09/1750-05-16", dates
assert dates.get("The first houses were rebuilt within days of the flood.") == "1752-08-05/1752-08-12", dates
PY
cat >"$tmp/within-referent-news.txt" <<'TEXT'
Pump failure cuts water to Tarvik

TARVIK, October 16, 2041 — A pump at the Tarvik waterworks failed on Tuesday, cutting water to 20,000 homes.

The utility had first warned of a fault in the pump on October 2. It sent text messages to every household within hours of the failure.
TEXT
check "extract.story.within-referent-news" $PY - "$tmp/within-referent-news.txt" <<PY
$quote_dates
assert dates.get("It sent text messages to every household within hours of the failure.") == "2041-10-15", dates
PY
# the phrase after "of" ends at its noun: a conjunction, or the clause's
# own subject or verb after the noun ("the flood the crews left"), names
# no referent (review57: "and" found the first event holding "and",
# "crews" and "left" the first event that told them)
cat >"$tmp/within-referent-phrase.txt" <<'TEXT'
BREVIK, March 10, 2025 — Wind and rain closed the harbour at Brevik on March 2.

The ferry company said on Monday that it would resume sailings. Its shares fell within minutes of the statement and closed lower.

The crews left the quay on February 20. A storm hit the coast on March 4. Within days of the flood the crews left again.
TEXT
check "extract.story.within-referent-phrase-end" $PY - "$tmp/within-referent-phrase.txt" <<PY
$quote_dates
assert dates.get("Its shares fell within minutes of the statement and closed lower.") == "2025-03-10", dates
assert dates.get("Within days of the flood the crews left again.") == "2025-03-04/2025-03-11", dates
PY
# a pronoun after "of" names no happening ("within hours of each other"
# found the first event holding "each")
cat >"$tmp/within-referent-pronoun.txt" <<'TEXT'
BREVIK, March 10, 2025 — Each family on the island got a letter on February 12.

A storm hit the coast on March 4. The two ferries sank within hours of each other.
TEXT
check "extract.story.within-referent-pronoun" $PY - "$tmp/within-referent-pronoun.txt" <<PY
$quote_dates
assert dates.get("The two ferries sank within hours of each other.") == "2025-03-04", dates
PY
# "within days of each other" tells how close two happenings were, not a
# stretch after the last date: the tagger leaves the duration when the
# words after "of" are a pronoun, "each other", "one another" or a
# quantity alone; a happening after "of" keeps it
cat >"$tmp/within-of-no-happening.txt" <<'TEXT'
In 1871 the brothers Olaf and Nils Berg built a tannery at Skarvik. On March 3, 1890, a fever reached the town. The two brothers died within days of each other. Their widows sold the tannery within weeks of one another. The mills closed within days of them. Both mills reopened within days of the sale.
TEXT
check "extract.story.within-of-no-happening" $PY - "$tmp/within-of-no-happening.txt" <<PY
$quote_dates
assert dates.get("The two brothers died within days of each other.") == "1890-03-03", dates
assert dates.get("Their widows sold the tannery within weeks of one another.") == "1890-03-03", dates
assert dates.get("The mills closed within days of them.") == "1890-03-03", dates
assert dates.get("Both mills reopened within days of the sale.") == "1890-03-03/1890-03-10", dates
PY
# a later part of a dated sentence told only by a reach from its date
# ("..., but ... was rejected within a week"; a clause split off after the
# date, "in March 1929, and he resigned within weeks") is a happening of
# its own over that reach, the part before keeping the date; a later part
# with a date of its own, or none with "within", changes nothing
cat >"$tmp/dated-within.txt" <<'TEXT'
The Offer

The guild first approached the abbot in October 1702, but its offer was rejected within a week.

A council declared the admiral responsible for the loss in March 1729, and he resigned from the fleet within weeks.

The town paid its debt in May 1731, and the bishop blessed the new bridge.

The mill burned in June 1733, and the miller rebuilt it in August 1733.
TEXT
check "extract.clause-date.dated-within" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/dated-within.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
dates = {e["label"]: e["date"] for e in events}
assert dates.get("The guild first approached the abbot") == "1702-10", dates
assert dates.get("Its offer was rejected") == "1702-10/1702-11", dates
assert dates.get("A council declared the admiral responsible for the loss") == "1729-03", dates
assert dates.get("He resigned from the fleet") == "1729-03/1729-04", dates
# no reach: the month for both parts (the clause stage makes ", and the
# bishop blessed ..." an event of its own)
assert {e["date"] for e in events if "debt" in e["quote"]} == {"1731-05"}, events
assert sorted(e["date"] for e in events if "mill" in e["quote"]) == ["1733-06", "1733-08"], events
# the reach is ours, not an order the text states
assert not any(e.get("relation") == "precedes" for e in events if "offer" in e["quote"]), events
PY
# a part split off by its reach that opens with its word of order
# (relations20: ", and within days the army took him back") states the
# order, precedes from the part before; one whose reach comes inside it
# ("its offer was rejected within a week") or after a stretch's "over"
# ("and over the following months she reorganised ...") states none
cat >"$tmp/order-reach.txt" <<'TEXT'
The Verdict

The court set aside the verdict on July 12, 1906, and within days the army took him back as a major.

The guild first approached the abbot in October 1702, but its offer was rejected within a week.

The nurse reached the hospital in early November 1854, and over the following months she reorganised its wards.
TEXT
check "extract.relation.order-reach" $PY - "$EVG" "$tmp/order-reach.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
assert len(edges) == 1, edges
(a, r, b), = edges
assert a.startswith("The court set aside") and r == "precedes" and b.startswith("within days the army"), edges
PY
# a count from a date of week precision keeps the week's ISO number ("next
# week, two weeks after ..." gave 1825-W00, which the events parser refuses;
# found by fuzz_extract)
printf 'Ferry Plans\n\nRIVERTON, October 26, 1825 - The state will open the new ferry terminal next week, two weeks after the council approved its budget.\n' >"$tmp/week-count.txt"
$EVG extract "$tmp/week-count.txt" >"$tmp/week-count.events" 2>"$tmp/err"
check "extract.week-count.reads-back" $EVG check "$tmp/week-count.events"
check "extract.week-count.date" grep -q '^  date: 1825-W42$' "$tmp/week-count.events"
# an undated history of the first century: "June 68", "January 1, 69,"
# and "December 69" are years of the story, so its events are dated (they
# were XXXX-06, XXXX-01-01 and XXXX-12) and the events file reads back
printf 'In the spring of 68 the governor Vindex rose against Nero in Gaul. Nero killed himself in June 68, and the senate declared Galba emperor. On January 1, 69, the legions on the Rhine refused to swear loyalty to Galba. In December 69 Vespasian'"'"'s troops stormed Rome.\n' >"$tmp/short-years.txt"
$EVG extract "$tmp/short-years.txt" >"$tmp/short-years.events" 2>"$tmp/err"
check "extract.short-years.reads-back" $EVG check "$tmp/short-years.events"
check "extract.short-years.dates" bash -c "grep -c '^  date: 00\(68-21\|68-06\|69-01-01\|69-12\)$' '$tmp/short-years.events' | grep -qx 5"
# "after" a duration: that long after the story's date, at the coarser of
# the two precisions (a day after a day; June to July after June), also in
# a clause told before a clause headed by a date of its own; "after the
# war" and a count before "after" are no reach
cat >"$tmp/after-reach.txt" <<'TEXT'
The Envoy

On April 24, 1716, the envoy set out for Lisbon. After sixteen days he landed at Porto, and on May 19 he reached the court.

In June 1767 the weavers struck for higher pay; the strike collapsed after a week.

On March 3, 1772, the garrison rebelled. The revolt ended after five days.

In May 1780 the town rebuilt the bridge after the flood.
TEXT
check "extract.story.after-duration" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/after-reach.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
dates = {e["label"]: e["date"] for e in events}
assert dates.get("He landed at Porto") == "1716-05-10", dates
assert dates.get("He reached the court") == "1716-05-19", dates
assert dates.get("The strike collapsed") == "1767-06/1767-07", dates
assert dates.get("The revolt ended") == "1772-03-08", dates
assert [e["date"] for e in events if "flood" in e["quote"]] == ["1780-05"], events
PY
# "N units after" a clause with a verb of its own dates that clause N
# units before the sentence's own happening ("before": after it); a count
# before a noun ("two days after the vote") adds no happening
cat >"$tmp/counted.txt" <<'TEXT'
GDANSK, June 14, 2025 — The dockers ended their strike on Friday, three days after the port authority raised their pay.

The abbey burned in May 1347, two months after lightning struck its tower. The treaty was signed on April 2, 1610, a week before the old king died. The council met on March 4, 1611, two days after the vote.
TEXT
check "extract.counted-clause" $PY - <<PY
import json, subprocess
path = "$tmp/counted.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("the port authority raised their pay") == "2025-06-10", dates
assert dates.get("lightning struck its tower") == "1347-03", dates
assert dates.get("The abbey burned in May 1347") == "1347-05", dates
assert dates.get("the old king died") == "1610-04-09", dates
assert dates.get("The council met on March 4, 1611, two days after the vote") == "1611-03-04", dates
PY
# a bare "when" after the main clause's date tells what that happening was
# (one event), and a date inside an "after" clause does not send the main
# clause back to the story's day: it followed that date
cat >"$tmp/when-after.txt" <<'TEXT'
HULL, March 16, 2024 — The walkout started on March 11 when the Humber Dockers Union pulled its members from the quays. The Humber Dockers Union said the strike began after talks with Ferrant Logistics collapsed on March 8.
TEXT
check "extract.clause.bare-when-and-after" $PY - <<PY
import json, subprocess
path = "$tmp/when-after.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
walkout = [e for e in events if "The walkout" in e["quote"]]
assert len(walkout) == 1 and walkout[0]["date"] == "2024-03-11", walkout
began = [e for e in events if e["quote"].startswith("The Humber Dockers Union said")]
assert began and all(e["date"] == "2024-03-08" for e in began), began
PY
# a date after "for" is when the thing planned is due, and a date inside
# an inserted participle or a relative clause not in the past tells of
# that noun: the clause's other date is its own
cat >"$tmp/insert.txt" <<'TEXT'
OSLO, October 8, 2025 — The premier called an election for November 30 on Monday.
The ferry, built in 1998, sank off Bergen on Tuesday. The Vikings, who are due to play a final on Sunday, hired a coach on Monday.
TEXT
check "extract.clause-date.for-and-inserts" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/insert.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2025-10-06", "2025-10-07", "2025-10-06"], dates
PY
# a relative clause inserted after the subject ("X, who founded it in
# 1998, sold it on Tuesday"; an apposition "X, a firm that went public in
# 2019, cut ...") tells a happening of its own, dated by its own date; the
# main clause is dated by the date written in it, never by the inserted
# one.  A state over a stretch ("who had led the bank since 2014", "which
# formed one parish from 1921 to 1946") is no happening of its own.
cat >"$tmp/inserted-clause.txt" <<'TEXT'
VIENNA, March 6, 2026 — Marta Keller, who founded the bakery in Graz in 1998, sold it to a chain on Tuesday.
Veltro, a Turin robotics firm that went public in 2019, cut 300 jobs on Monday.
The striker, who joined the club from Porto in 2021, signed a new contract on Wednesday.
The museum, which bought the painting at auction in 1954, returned it to the family on Thursday.
Hollis Farm, a dairy that lost its herd to disease in 2001, closed its gates on Monday.
Gordon Reale, who had led the bank since 2014, resigned on Wednesday.
Trade between the towns, which formed one parish from 1921 to 1946, fell sharply in 2024.
TEXT
check "extract.clause-date.inserted-clause-own-date" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/inserted-clause.txt"], capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
dates = [e["date"] for e in events]
assert dates == ["1998", "2026-03-03", "2019", "2026-03-02", "2021", "2026-03-04",
                 "1954", "2026-03-05", "2001", "2026-03-02", "2026-03-04",
                 "2024"], dates
assert events[0]["label"] == "Marta Keller founded the bakery in Graz", events[0]["label"]
PY
# an "after" clause with a date of its own after a main clause with its
# own is a happening of its own, whatever its subject, each dated by its
# own date; "overnight" is the night that ended on the main clause's day,
# both its days, a date of its own (the gold's night since dates19; dates43)
cat >"$tmp/after-own-date.txt" <<'TEXT'
OSLO, Aug. 22, 2025 — Pilots began a strike on Wednesday after talks over pay collapsed late Tuesday. The train reached Spain on Wednesday, after a locomotive broke down near Lyon overnight. The board stopped the survey on Thursday, after engineers found a crack in the mirror on Wednesday afternoon.
TEXT
check "extract.clause.after-own-date" $PY - "$tmp/after-own-date.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/after-own-date.txt"],
                     capture_output=True, text=True).stdout
dates = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == [("Pilots began a strike", "2025-08-20"),
                 ("Talks over pay collapsed", "2025-08-19"),
                 ("The train reached Spain", "2025-08-20"),
                 ("A locomotive broke down near Lyon", "2025-08-19/2025-08-20"),
                 ("The board stopped the survey", "2025-08-21"),
                 ("Engineers found a crack in the mirror", "2025-08-20")], dates
PY
# an "after" or "because" clause with a subject of any kind and a past
# verb of its own, and no date of its own, is a happening of its own
# (clauses17), its part dated by the clause's date, with no actor of the
# main clause; a "because" clause after "said" splits only with a date of
# its own; not a non-occurrence ("failed to pay"), not after a content
# clause without its own date, not a participle before "as", not after a
# part that states no happening itself (a past perfect, a report), and no
# "precedes" is read between two coordinated parts when one of them lost
# such a clause to the split (relations17 read two happenings in it)
cat >"$tmp/cause-clause.txt" <<'TEXT'
BERGEN, Norway, March 6, 2026 — The airline cancelled 80 flights on Monday after a storm flooded its main hangar. Mr. Berg said he changed his vote because the club agreed on Wednesday to repay the loan. The ballet closed on Tuesday after the company failed to pay its dancers. The ferry line said on Tuesday that it would refund half of every fare, after an outbreak left 200 people sick. The firm recalled 9,000 jars on Thursday after some jars labelled as mild sauce were found to hold chilli. The chairman said the board had backed the offer because it valued the company highly. A fisherman had drowned after his boat struck a rock. The council reissued the charter in November 1216, and issued it again in 1217 after its army defeated the rebels.
TEXT
check "extract.clause.cause-clause" $PY - "$tmp/cause-clause.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/cause-clause.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
got = [(e["label"], e["date"]) for e in events]
assert got == [("The airline cancelled 80 flights", "2026-03-02"),
               ("A storm flooded its main hangar", "2026-03-02"),
               ("Mr. Berg said he changed his vote", "2026-03-04"),
               ("The club agreed to repay the loan", "2026-03-04"),
               ("The ballet closed after the company failed", "2026-03-03"),
               ("The ferry line said it would refund half", "2026-03-03"),
               ("The firm recalled 9,000 jars", "2026-03-05"),
               ("The chairman said the board had backed the offer", "2026-03-05"),
               ("A fisherman had drowned after his boat struck a rock", "2026-03-05"),
               ("The council reissued the charter", "1216-11"),
               ("The council issued it again", "1217"),
               # dates28: an undated "after" clause of a year's main clause
               # is on or before that year
               ("Its army defeated the rebels", "../1217")], got
assert events[3].get("actors", []) == [], events[3]
assert not any(e.get("relation") == "precedes" for e in events[-3:]), events[-3:]
# relations26: the "after" right behind "in 1217" is the reason of the clause
# that writes that date, not of the earlier verb of the same subject
assert events[-1].get("relation") == "causes" and events[-1]["target"] == events[-2]["id"], events[-3:]
assert not events[-3].get("relation") and not events[-2].get("relation"), events[-3:]
PY
# an undated "after" clause is a happening of its own too when its subject
# is a bare plural ("after guards found"), when the part before holds a
# relative clause in the present ("the company that runs the car parks",
# which no past clause can be the cause of), and when its only date is a
# part of a day told back to the main clause's day ("that evening"); each
# part keeps its own doer (clauses23).  A bare plural does so only when
# the part before names someone (a weekday is no one), whom the split keeps
# out of the clause; "overnight" still splits nothing off (see
# extract.clause.after-own-date)
cat >"$tmp/after-clause-subject.txt" <<'TEXT'
BERGEN, Norway, March 6, 2026 — Vestland Museum closed its west wing on Monday, after guards found a leak in the roof. Bergen City Council cancelled its contract with the company that runs the car parks on Tuesday, after auditors found that fees had been skimmed. Police closed the Nygard Bridge on Thursday, after a diver that evening spotted a crack in a pier. The school shut on Friday, after pupils fell ill overnight. On Saturday 300 guests spent the night in a school hall after officers closed the road.
TEXT
check "extract.clause.after-clause-subject" $PY - "$tmp/after-clause-subject.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/after-clause-subject.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("Vestland Museum closed its west wing", "2026-03-02", ["Vestland Museum"]),
               ("Guards found a leak in the roof", "2026-03-02", []),
               ("Bergen City Council cancelled its contract", "2026-03-03", ["Bergen City Council"]),
               ("Auditors found that fees had been skimmed", "2026-03-03", []),
               ("Police closed the Nygard Bridge", "2026-03-05", []),
               ("A diver spotted a crack in a pier", "2026-03-05", []),
               ("The school shut, after pupils fell ill", "2026-03-06", []),
               ("300 guests spent the night", "2026-02-28", [])], got
PY
# after ", and" a bare plural opens a clause of its own too ("and
# inspectors boarded", "and hundreds of shoppers came back"), which keeps
# the doer before out of it, when its verb has an object or a particle; not
# a list's last item with a participle ("and drums of oil lashed to her
# deck") nor how the act before was done ("and wardens went from boat to
# boat"), which merge would join to another article's telling (clauses36)
cat >"$tmp/and-bare-plural.txt" <<'TEXT'
OSLO, May 14, 2027 — The Ostfold Harbour Authority opened an inquiry on Tuesday morning, and inspectors boarded the tanker in the afternoon. The retailer Kestrel Home pulled the heaters from its stores on Monday, and hundreds of shoppers came back to return them. The barge Tora drifted against the quay on Sunday with salt, flour and casks, and drums of oil lashed to her deck. The mayor, Anna Lund, ordered the harbour cleared on Wednesday, and wardens went from boat to boat. In March 1812 the garrison surrendered to General Hugh Pell, and soldiers looted the town.
TEXT
check "extract.clause.and-bare-plural" $PY - "$tmp/and-bare-plural.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/and-bare-plural.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The Ostfold Harbour Authority opened an inquiry", "2027-05-11", ["Ostfold Harbour Authority"]),
               ("Inspectors boarded the tanker in the afternoon", "2027-05-11", []),
               ("The retailer Kestrel Home pulled the heaters from its stores", "2027-05-10", ["Kestrel Home"]),
               ("Hundreds of shoppers came back to return them", "2027-05-10", []),
               ("The barge Tora drifted against the quay", "2027-05-09", ["Tora"]),
               ("The mayor, Anna Lund, ordered the harbour cleared", "2027-05-12", ["Anna Lund"]),
               ("The garrison surrendered to General Hugh Pell", "1812-03", ["Hugh Pell"]),
               ("Soldiers looted the town", "1812-03", [])], got
PY
# a ", when" clause right after a date is a happening of its own, its doer
# kept out of the main clause's event, after a stretch "since" that date
# ("laid up since Tuesday, when a storm drove it onto the rocks") or when
# its subject is one bare noun ("on Friday, when salt began to block");
# not a noun phrase after a date of a happening ("came on Monday, when the
# board decided"), which tells what that happening was (clauses36)
cat >"$tmp/when-after-date.txt" <<'TEXT'
DAKAR, June 5, 2031 — The refinery at Kolda, run by Sahel Oil, shut its last unit on Friday, when salt began to block the cooling pipes. The ferry Nordlys has been laid up since Tuesday, when a storm drove it onto the rocks near Gorée. The end for Amadou Ba came on Monday, when the board decided that it had seen enough.
TEXT
check "extract.clause.when-after-date" $PY - "$tmp/when-after-date.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/when-after-date.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The refinery at Kolda shut its last unit", "2031-05-30", []),
               ("Salt began to block the cooling pipes", "2031-05-30", []),
               ("The ferry Nordlys has been laid up", "2031-06-03", ["Nordlys"]),
               ("A storm drove it onto the rocks near Gorée", "2031-06-03", []),
               ("The end for Amadou Ba came", "2031-06-02", [])], got
PY
# a bare "when" or "after" with a passive on one side tells two acts with
# two doers, each an event (clauses37): "was badly injured | when a crane
# toppled", "lost its water supply | when the main pipe was cut", "halted
# all welding | after cracks were found"; a pronoun after "when" is the main
# clause's own participant ("cracked when it was thrown"), one happening
cat >"$tmp/when-passive.txt" <<'TEXT'
GDANSK, May 12, 2029 — The harbour pilot Marek Nowak was badly injured on Friday when a crane on the Westerplatte quay toppled onto his launch. Most of Pomerania lost its water supply on Saturday when the main pipe at Kartuzy was cut by a digger. The shipyard halted all welding on Sunday after cracks and a loose plate were found in the hull. In June 1657 the governor, Jan Weiher, was killed when part of the Gdańsk gate fell on his coach. The old mast cracked in 1702 when it was struck by lightning.
TEXT
check "extract.clause.when-passive" $PY - "$tmp/when-passive.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/when-passive.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("The harbour pilot Marek Nowak was badly injured", "2029-05-11", ["Marek Nowak"]),
               ("A crane on the Westerplatte quay toppled onto his launch", "2029-05-11", []),
               ("Most of Pomerania lost its water supply", "2029-05-12", []),
               ("The main pipe at Kartuzy was cut by a digger", "2029-05-12", []),
               ("The shipyard halted all welding", "2029-05-06", []),
               ("Cracks and a loose plate were found in the hull", "2029-05-06", []),
               ("The governor, Jan Weiher, was killed", "1657-06", ["Jan Weiher"]),
               ("Part of the Gdańsk gate fell on his coach", "1657-06", []),
               ("The old mast cracked when it was struck by lightning", "1702", [])], got
PY
# after ", and" a count of people as the subject of a passive ("and all
# three were charged", "and 23 were arrested") is a happening of its own,
# so the names of the clause before are not carried into it; a count's
# active verb ("and 14 schools kept their pupils indoors") and a count of
# time ("and two days later she sank") are left as they were (clauses39)
cat >"$tmp/count-passive.txt" <<'TEXT'
BERGEN, Norway, March 5, 2031 — Guards from Securitas Norway searched the ferry on Monday, and eleven passengers, most of them students, were questioned. Fans of Dunmore Athletic stormed the pitch on Saturday, and 23 were arrested. On May 4, 1921, the judge blamed the ship's captain and the harbour master, Peter Lund, and all three were charged with neglect. The council of Voss closed the road on Tuesday, and 14 schools kept their pupils indoors. The Kronborg left Oslo on May 2, 1890, and two days later she sank off Lindesnes.
TEXT
check "extract.clause.count-passive" $PY - "$tmp/count-passive.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/count-passive.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("Guards from Securitas Norway searched the ferry", "2031-03-03", ["Securitas Norway"]),
               ("Eleven passengers, most of them students, were questioned", "2031-03-03", []),
               ("Fans of Dunmore Athletic stormed the pitch", "2031-03-01", []),
               ("23 were arrested", "2031-03-01", []),
               ("The judge blamed the ship's captain", "1921-05-04", ["Peter Lund"]),
               ("All three were charged with neglect", "1921-05-04", []),
               ("The council of Voss closed the road", "2031-03-04", ["Voss"]),
               ("The Kronborg left Oslo", "1890-05-02", ["Kronborg"]),
               ("She sank off Lindesnes", "1890-05-04", ["Kronborg"])], got
PY
# after ", and" a count of people as the subject of an active verb with
# an object ("and two members of parliament tabled questions", "and 40
# pilots signed a petition") is a happening of its own too, so the names
# of the clause before are not carried into it; a count that keeps a
# state ("and 14 schools kept their pupils indoors") and a count's verb
# with no object ("and three councillors wrote to the mayor") go on with
# the clause before (events_test24 utrecht) (clauses48)
cat >"$tmp/count-active.txt" <<'TEXT'
GHENT, April 9, 2031 — The hardware chain Kloos took the heaters off its shelves on Tuesday, and two members of parliament tabled questions to the energy minister. The airline Nordsky cut its summer timetable on Monday, and 40 pilots signed a petition against the cuts. The council of Aalst closed the park on Wednesday, and 14 schools kept their pupils indoors. The garden chain Verbeek pulled the pumps on Tuesday, and three councillors wrote to the mayor.
TEXT
check "extract.clause.count-active" $PY - "$tmp/count-active.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/count-active.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
labels = [g[0] for g in got]
assert ("Two members of parliament tabled questions to the energy minister", []) in got, got
assert ("40 pilots signed a petition against the cuts", []) in got, got
assert not any(l.startswith("14 schools") for l in labels), got
assert not any(l.startswith("Three councillors") for l in labels), got
assert len(got) == 6, got
PY
# the subject of a verb of saying or finding whose content clause, with a
# subject of its own, holds the part's date ("said its laboratory had
# found ... last Friday", "ruled 2-1 that the Roads Agency had broken its
# own rules ... in 2041") is no actor of the content's happening; a
# content opened by a pronoun ("said it had stopped production") is the
# sayer's own deed, and "found" with an object and no "that" is an act
# (events_dev court-ruling, events_test31 cluj) (clauses48)
cat >"$tmp/content-sayer.txt" <<'TEXT'
TROMSØ, March 9, 2043 — The Harbour Health Board said its laboratory had found the bacteria in a cooling tower last Friday. The Court of Appeal ruled 2-1 that the Roads Agency had broken its own rules when it approved the bypass in 2041. Veltra Foods said it had stopped production at its Alta plant on Tuesday. Divers from Bergen Salvage found the wreck of the Polarlys on Monday.
TEXT
check "extract.attach.content-sayer" $PY - "$tmp/content-sayer.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/content-sayer.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in e.get("actors", [])] for e in rows if e["type"] == "event"]
assert len(got) == 4, got
assert got[0] == [], got
assert got[1] == ["Roads Agency"], got
assert got[2] == ["Veltra Foods"], got
assert "Bergen Salvage" in got[3], got
PY
# a date led into by a preposition and an approximator ("and at about 10
# p.m. they found", "and over the summer the army built") opens a clause of
# its own after ", and" when the part before names someone, as a date
# right after "and" does: that part's names are not carried into it
# (Finnmark's rescuers, San Francisco's Presidio); a part that names no one
# stays whole (clauses42)
cat >"$tmp/time-lead-in.txt" <<'TEXT'
CARDIFF, Wales, June 12, 2031 — A lorry overturned on the M4 on Tuesday. Officers of the Gwent Police then closed the Severn bridge, and shortly after 9 p.m. they arrested Dylan Price near Chepstow. Divers from the Royal Navy searched the harbour, and at around 4 p.m. they found the body of Owen Lloyd. Dark clouds rolled in during the final, and at about 3:20 p.m. the referee stopped the game.
TEXT
check "extract.clause.time-lead-in" $PY - "$tmp/time-lead-in.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/time-lead-in.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("A lorry overturned on the M4", "2031-06-10", []),
               ("Officers of the Gwent Police then closed the Severn bridge", "2031-06-10", ["Gwent Police"]),
               ("They arrested Dylan Price near Chepstow", "2031-06-10", ["Dylan Price"]),
               ("Divers from the Royal Navy searched the harbour", "2031-06-11", ["Royal Navy"]),
               ("They found the body of Owen Lloyd", "2031-06-11", []),
               ("Dark clouds rolled in during the final", "2031-06-12", [])], got
PY
# a clause that names no one, dated right before ", when", is a happening
# of its own when its verb is active with no object ("The inquiry began
# in May 2030, when ...", "came to light", "ended", "lost power"): the
# gold keeps it beside the when-clause's act; one that only says a
# happening took place ("The worst clash took place on August 3, 1914,
# when ...") or has an object ("stopped all sales") stays the
# when-clause's frame (clauses43)
cat >"$tmp/when-frame.txt" <<'TEXT'
GHENT, Belgium, October 9, 2031 — The inquiry began in May 2030, when a former clerk at Vandamme sent the prosecutor his diaries. The leak came to light on Monday evening, when an engineer, Sofie Peeters, checked a valve. The worst clash took place on August 3, 1914, when German troops crossed the border. The famine ended in 1847, when the harvest of Flanders was saved. The depot lost power on Friday, when a digger from Carr Brothers cut a cable. The shop stopped all sales on Friday, when a clerk, Amy Dunn, found glass in a jar.
TEXT
check "extract.clause.when-frame-own" $PY - "$tmp/when-frame.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/when-frame.txt"],
                     capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == [("The inquiry began", "2030-05"),
               ("A former clerk at Vandamme sent the prosecutor his diaries", "2030-05"),
               ("The leak came to light", "2031-10-06"),
               ("An engineer, Sofie Peeters, checked a valve", "2031-10-06"),
               ("German troops crossed the border", "1914-08-03"),
               ("The famine ended", "1847"),
               ("The harvest of Flanders was saved", "1847"),
               ("The depot lost power", "2031-10-03"),
               ("A digger from Carr Brothers cut a cable", "2031-10-03"),
               ("A clerk, Amy Dunn, found glass in a jar", "2031-10-03")], got
PY
# a bare "when" after a part that names its doer, with a subject of its
# own that a determiner opens, is a happening of its own, its own names
# ("died when the barn he was sheltering in collapsed": the gold's core
# event, which took the main clause's name); not a number reached ("when
# the clock reached 80 minutes"), not after a part that names no one
# ("The strike started when ..."), a scene in -ing or a modal (clauses44)
cat >"$tmp/when-named.txt" <<'TEXT'
TAMPERE, Finland, March 6, 2031 — A roofer, Mikko Virtanen, 44, died on Wednesday when the scaffold he was standing on gave way. Most of Lapland lost its power on Tuesday evening when a pylon that carries the main line was felled by ice. The referee, Anna Laine, stopped the match on Sunday when the clock reached 80 minutes. The strike started on Monday when the union called its members out. Kalevi Nurmi was walking his dog on Monday when a tree fell across the path. The board said the shop would reopen when the inspectors gave their approval. Lord Lovat changed sides in November 1715 when the government offered him a pardon.
TEXT
check "extract.clause.when-named-own" $PY - "$tmp/when-named.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/when-named.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("A roofer, Mikko Virtanen, 44, died", "2031-03-05", ["Mikko Virtanen"]),
               ("The scaffold he was standing on gave way", "2031-03-05", []),
               ("Most of Lapland lost its power", "2031-03-04", []),
               ("A pylon was felled by ice", "2031-03-04", []),
               ("The referee, Anna Laine, stopped the match", "2031-03-02", ["Anna Laine"]),
               ("The strike started when the union called its members out", "2031-03-03", []),
               ("Kalevi Nurmi was walking his dog", "2031-03-03", ["Kalevi Nurmi"]),
               ("The board said the shop would reopen", "2031-03-03", []),
               ("Lord Lovat changed sides", "1715-11", ["Lord Lovat"]),
               ("The government offered him a pardon", "1715-11", [])], got
PY
# an "after" clause behind the "that" clause of a dated act in words
# ("ordered on Thursday that the vote be held again, after observers
# found ...") is the act's cause, a happening of its own with its own
# names; after a verb of saying it may be what was said, and stays
# (clauses17, clauses44)
cat >"$tmp/directive.txt" <<'TEXT'
NAIROBI, Kenya, May 9, 2031 — The Supreme Court of Kenya ordered on Thursday that the vote in Kisumu be held again, after observers found ballots in a river. The Fisheries Board of Tanzania recommended on Tuesday that the catch of tilapia be halved by 2032, after scientists counted the stock in Lake Victoria. The mayor of Mombasa said on Monday that the ferry would resume in June, after engineers repaired its ramp.
TEXT
check "extract.clause.directive-after" $PY - "$tmp/directive.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/directive.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("The Supreme Court of Kenya ordered", "2031-05-08", ["Supreme Court of Kenya"]),
               ("Observers found ballots in a river", "2031-05-08", []),
               ("The Fisheries Board of Tanzania recommended", "2031-05-06", ["Fisheries Board of Tanzania"]),
               ("Scientists counted the stock in Lake Victoria", "2031-05-06", []),
               ("The mayor of Mombasa said the ferry would resume", "2031-05-05", [])], got
PY
# a count of time before "after" dates the clause apart, so its past
# perfect is a happening of its own ("hours after some 300 passengers had
# boarded"), as it was when the count is a date of the tagger's ("two
# years after a fire had gutted her engine room") (clauses44)
cat >"$tmp/counted-perfect.txt" <<'TEXT'
MANILA, Philippines, May 4, 2031 — Pacific Wings grounded its fleet on Tuesday evening, hours after some 300 passengers had boarded a jet with a cracked wing. In 1911 the Royal Navy scrapped the Hood, two years after a fire had gutted her engine room.
TEXT
check "extract.clause.counted-perfect" $PY - "$tmp/counted-perfect.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/counted-perfect.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(e["label"], e["date"], [names[a] for a in e.get("actors", [])])
       for e in rows if e["type"] == "event"]
assert got == [("Pacific Wings grounded its fleet", "2031-04-29", ["Pacific Wings"]),
               ("Some 300 passengers had boarded a jet", "2031-04-29", []),
               ("The Royal Navy scrapped the Hood", "1911", ["Royal Navy", "Hood"]),
               ("A fire had gutted her engine room", "1909", [])], got
PY
# a headline's subject runs on past an "and" inside a name ("The Food and
# Drug Administration's chief, | Paul Ross,"): it was cut there, "The Food
# approved the drug", "The International Ski measured the suit"; two names
# that reach the verb are still two subjects; a descriptor too long to
# leave its verb an object gives way to the name in apposition (clauses45)
cat >"$tmp/name-and-subject.txt" <<'TEXT'
OSLO, February 4, 2043 — The Nordic Ski and Biathlon Union's controller, Mara Lind, measured the suit on Tuesday. The Food and Drug Administration's chief, Paul Ross, banned the dye on Monday after a long review. Norway and Sweden signed the treaty in Bergen on Monday after a night of talks in the castle. The European Rowing and Canoe Federation's chief equipment inspector, Lena Brandt, weighed the boat twice on Sunday.
TEXT
check "extract.label.name-and-subject" $PY - "$tmp/name-and-subject.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/name-and-subject.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "The Nordic Ski and Biathlon Union's controller measured the suit" in got, got
assert "The Food and Drug Administration's chief banned the dye" in got, got
assert "Norway and Sweden signed the treaty" in got, got
assert "Lena Brandt weighed the boat twice" in got, got
PY
# a relative clause of an opening date ("On Monday, | which was a public
# holiday, | the dockers' union called") says what the day was: the label
# was "Which was a public holiday", and "Which was a, the ferry ..."
# (clauses45)
cat >"$tmp/date-relative.txt" <<'TEXT'
CARDIFF, May 7, 2041 — On Monday, which was a public holiday, the dockers' union called a strike at the port. On May 9, which was a Sunday, the ferry Aurora ran aground near Hanko.
TEXT
check "extract.label.date-relative-aside" $PY - "$tmp/date-relative.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/date-relative.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The dockers' union called a strike at the port", "The ferry Aurora ran aground near Hanko"], got
PY
# what was said after "that" and a subordinate clause closed by its comma
# is the clause after it ("said that | when the river rose on Friday, |
# the pumps failed"): the headline was "The council said when the river
# rose"; not past a comma before "that" ("declared its neutrality,
# arguing that because ...") (clauses45)
cat >"$tmp/that-subordinate.txt" <<'TEXT'
LEEDS, June 3, 2041 — The council said that when the river rose on Friday, the pumps at the station failed. The airline said that because the runway had iced over, its flights left late on Sunday.
TEXT
check "extract.label.that-subordinate" $PY - "$tmp/that-subordinate.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/that-subordinate.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The council said the pumps at the station failed", "The airline said its flights left"], got
PY
# an opening date is the main clause's when the subject's relative clause
# between holds a date of its own ("On Monday the harbour trust, which had
# bought the pier in 2039, | raised its fees"): the subject and its clause
# are one part dated by the clause's date, the main verb's words another
# dated by the opening date; it was cut at ", which", "The harbour trust"
# dated Monday and "Had bought the pier, raised its mooring fees" dated
# 2039 (clauses45)
cat >"$tmp/opening-date-relative.txt" <<'TEXT'
BRIGHTON, March 12, 2042 — On Monday the harbour trust, which had bought the pier in 2039, raised its mooring fees. In 1911 the Cunard line, which had launched the Mauretania in 1906, ordered two more liners. On Tuesday the club's owner, who bought the team in 2019, sacked the coach, and on Wednesday the players walked out.
TEXT
check "extract.clause.opening-date-relative" $PY - "$tmp/opening-date-relative.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/opening-date-relative.txt"],
                     capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == [("The harbour trust had bought the pier", "2039"),
               ("The harbour trust raised its mooring fees", "2042-03-10"),
               ("The Cunard line had launched the Mauretania", "1906"),
               ("The Cunard line ordered two more liners", "1911"),
               ("The club's owner bought the team", "2019"),
               ("The club's owner sacked the coach", "2042-03-11"),
               ("The players walked out", "2042-03-12")], got
PY
# a part that opens with its verb after the subject's relative clause,
# too long to follow the subject whole, is headlined with the subject as
# one clause ("Suspended the harbour's chief engineer, Piet Smit" -> "Port
# Commissioner Lena Vos suspended the harbour's chief engineer"); it was
# left without its subject (clauses45)
cat >"$tmp/relative-long-part.txt" <<'TEXT'
BERGEN, Norway, March 12, 2042 — Port Commissioner Lena Vos, who toured the dock on Monday, suspended the harbour's chief engineer, Piet Smit, the same evening. The tanker Nordic Star, which left Bergen for Leith on Saturday under the flag of Panama, rolled heavily in waves of up to eight metres at about 10 p.m. on Sunday.
TEXT
check "extract.label.relative-long-part" $PY - "$tmp/relative-long-part.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relative-long-part.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["Port Commissioner Lena Vos toured the dock",
               "Port Commissioner Lena Vos suspended the harbour's chief engineer",
               "The tanker Nordic Star left Bergen", "The tanker Nordic Star rolled heavily"], got
PY
# a proposal dated by its subject's relative clause, the main clause only a
# saying ("Harbour master Tove Lind, who inspected the breakwater on Monday,
# | said on Wednesday that ..."), is labelled by that clause's happening:
# the labels were "... said the port would stay shut", "Bart Hoek said that
# the loans would end", each dated by the other clause (clauses45)
cat >"$tmp/relative-saying.txt" <<'TEXT'
TROMSO, Norway, March 12, 2042 — Harbour master Tove Lind, who inspected the breakwater on Monday, said on Wednesday that the port would stay shut until April. The museum's director, Bart Hoek, who had taken the job in 2031, said on Friday that the loans would end.
TEXT
check "extract.label.relative-saying" $PY - "$tmp/relative-saying.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relative-saying.txt"],
                     capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == [("Harbour master Tove Lind inspected the breakwater", "2042-03-10"),
               ("Bart Hoek had taken the job", "2031")], got
PY
# a clock told in words after "before", "after" or "until" ("just after
# six in the evening", "shortly after ten at night") is the main clause's
# time, no subject of a clause of its own: the sentence was split there
# and a part labelled "Ten at night and flooded the harbour" (clauses40)
cat >"$tmp/clock-words.txt" <<'TEXT'
TRONDHEIM, Norway, March 17, 2041 — In 1798 the French column left Rosporden on June 3 just after six in the evening with two hundred wagons. The storm reached Bodø on Friday shortly after ten at night and flooded the harbour. The blaze started shortly before nine on March 14 in a warehouse stacked with paper rolls.
TEXT
check "extract.clause.clock-in-words" $PY - "$tmp/clock-words.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-words.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The French column left Rosporden with two hundred wagons",
               "The storm reached Bodø and flooded the harbour",
               "The blaze started in a warehouse stacked with paper rolls"], got
PY
# a headline leaves out a clock told in words that ends its part or comes
# right before a tagged day ("shortly after four, | and", "at seven
# yesterday morning"), as it leaves out one in digits (clauses40)
cat >"$tmp/clock-label.txt" <<'TEXT'
GDANSK, Poland, June 4, 2041 — "The ferry docked at seven yesterday morning and we unloaded the grain," the harbour master said on Tuesday. On June 1 the divers went down to the wreck shortly after four, and the cable snapped.
TEXT
check "extract.label.clock-in-words-dropped" $PY - "$tmp/clock-label.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-label.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The ferry docked and we unloaded the grain",
               "The divers went down to the wreck", "The cable snapped"], got
PY
# a part that opens with its verb after an apposition holding a "that"
# clause ("Norsk Kabel, a Bergen firm that built ..., | cut the supply")
# takes the words before the apposition as its subject, as after ", who"
# (clauses40: San José's "The second, an American machine that had
# started on September 5, | broke through" was labelled "Broke")
cat >"$tmp/apposition-that.txt" <<'TEXT'
OSLO, May 9, 2041 — Norsk Kabel, a Bergen firm that built the first link in 2019, cut the supply on Tuesday. The third ship, a steamer that had left Hull in March 1853, reached Archangel on June 2, 1853.
TEXT
check "extract.label.apposition-that-subject" $PY - "$tmp/apposition-that.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/apposition-that.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "Norsk Kabel cut the supply" in got and "The third ship reached Archangel" in got, got
PY
# a relative clause after a count of people ("as did two aldermen, who |
# had resigned") takes the count's noun as its label's subject, as it
# takes a noun with a determiner: it was labelled "Had resigned" (clauses40)
cat >"$tmp/relative-count.txt" <<'TEXT'
LEEDS, March 19, 2041 — The council voted on Wednesday to sell the depot, as did two aldermen, who had resigned on Monday. In 1911 the mill owners rejected the offer on May 2, as did 1,400 weavers, who walked out on May 9.
TEXT
check "extract.label.relative-count-noun" $PY - "$tmp/relative-count.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relative-count.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "Two aldermen had resigned" in got and "1,400 weavers walked out" in got, got
PY
# a part that opens with the pronoun of a relative clause after a comma
# or its verb takes its noun: as the subject before the clause's verb
# ("under the old record, | which was set" -> "The old record was set"), as
# the object after the clause's own subject and verb ("a power line, |
# which engineers repaired" -> "Engineers repaired a power line"); a
# preposition or an infinitive after "to" ends the noun read back ("to
# trace | the gang, which"); the labels were "Was set in Berlin", "Which
# engineers repaired", "Had robbed a jeweller" (clauses41)
cat >"$tmp/pronoun-part.txt" <<'TEXT'
BODO, Norway, March 9, 2041 — Kamau won the race on Sunday, two minutes under the old record, which was set in Berlin in 2038. The storm also brought down a power line, which engineers repaired on Monday. Police were working on Friday to trace the gang, which had robbed a jeweller in Tromso on Thursday.
TEXT
check "extract.label.relative-pronoun-part" $PY - "$tmp/pronoun-part.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/pronoun-part.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "The old record was set in Berlin" in got, got
assert "Engineers repaired a power line" in got, got
assert "The gang had robbed a jeweller in Tromso" in got, got
PY
# a verb's particle that a dropped time leaves last ("broke through | at
# eight in the morning", "was switched on | in December 1983") is the
# verb's, not a preposition left hanging: the headline kept "The crew
# broke" (clauses41); a cut for room still drops a preposition
cat >"$tmp/particle-time.txt" <<'TEXT'
SANTIAGO, Chile, October 12, 2041 — The drilling crew broke through at eight in the morning on October 9. The new pumps were switched on in December. The strike dragged on until March 2041. In 1903 the clearing of the galleries went on until the spring. The second drill, a German machine that had started on September 5, broke through shortly after six on October 10.
TEXT
check "extract.label.particle-before-time" $PY - "$tmp/particle-time.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/particle-time.txt"],
                     capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[:4] == ["The drilling crew broke through", "The new pumps were switched on",
                   "The strike dragged on", "The clearing of the galleries went on"], got
assert got[-1] == "The second drill broke through", got
PY
# a headline over ten words keeps both subjects of a coordination ("The
# fuel and the water | were found"), where it took the first alone as the
# subject's head to make room for the object ("The fuel were found in its
# main fuel tanks"); a passive's phrase that no longer fits is left out
# whole (clauses38)
cat >"$tmp/two-subjects.txt" <<'TEXT'
HALIFAX, Nova Scotia, March 3, 2031 — Rust and the brown oil were found in the two main ballast tanks of the ferry on Monday. In May 1842 the wheat and the barley were burned in the three long barns near the river by a band of strikers.
TEXT
check "extract.label.two-subjects" $PY - "$tmp/two-subjects.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/two-subjects.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
got = [(e["label"], e["date"]) for e in rows if e["type"] == "event"]
assert got == [("Rust and the brown oil were found", "2031-03-03"),
               ("The wheat and the barley were burned", "1842-05")], got
PY
# "they" after a clause whose subject a common plural noun opens ("Firemen
# from the depot ... arrived", "Shares in Kavala Mining fell") is that
# noun: no name of the clause before acts; after names ("Greece and
# Cyprus signed") the first still does (actors50)
cat >"$tmp/they-plural-noun.txt" <<'TEXT'
ATHENS, April 9, 2027 — Firemen from the depot and from Vyshhorod arrived on Tuesday, led by Captain Ivan Sirko, and by six o'clock they had put out the fires. Shares in Kavala Mining, the largest maker of copper wire in Greece, fell 12 percent on Monday, and they were suspended at the company's request. Greece and Cyprus signed a fisheries pact on Wednesday, and on Thursday they asked Brussels to fund it.
TEXT
check "extract.actors.they-plural-noun" $PY - "$tmp/they-plural-noun.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-plural-noun.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("Firemen from the depot arrived, led by Captain Ivan Sirko", ["Ivan Sirko"]),
               ("They had put out the fires", []),
               ("Shares in Kavala Mining fell 12 percent", ["Kavala Mining"]),
               ("They were suspended at the company's request", []),
               ("Greece and Cyprus signed a fisheries pact", ["Greece", "Cyprus"]),
               ("They asked Brussels to fund it", ["Greece", "Cyprus", "Brussels"])], got
PY
# a plural noun in an opener a preposition starts and a comma ends
# ("Amid protests, Greece and Cyprus signed") is not the subject's: the
# names after it still are "they" (review38)
cat >"$tmp/they-after-opener.txt" <<'TEXT'
Amid protests, Greece and Cyprus signed a fisheries pact on May 3, 2001, and they asked Brussels to fund it on May 9, 2001. Despite warnings from fishermen, Italy and Malta signed a second pact on May 10, 2001, and they asked Brussels to fund it on May 11, 2001.
TEXT
check "extract.actors.they-after-opener" $PY - "$tmp/they-after-opener.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-after-opener.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert [g for g in got if g[0] == "They asked Brussels to fund it"] == \
    [("They asked Brussels to fund it", ["Greece", "Cyprus", "Brussels"]),
     ("They asked Brussels to fund it", ["Italy", "Malta", "Brussels"])], got
PY
# an adverb in -s opening the sentence ("Perhaps, Watson and Crick met")
# is no common plural noun: "they" after it is still the names (review38)
cat >"$tmp/they-after-adverb.txt" <<'TEXT'
Perhaps, Watson and Crick met in Cambridge on March 3, 1951, and they published the model on April 25, 1953.
TEXT
check "extract.actors.they-after-adverb" $PY - "$tmp/they-after-adverb.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-after-adverb.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("Perhaps, Watson and Crick met in Cambridge", ["Watson", "Crick"]),
               ("They published the model", ["Watson", "Crick"])], got
PY
# a person joined to another by an "and" before the name ("Her student
# and Rosalind Franklin photographed") may be a "they" as well as one
# joined by an "and" after it (review38)
cat >"$tmp/they-and-before.txt" <<'TEXT'
Her student and Rosalind Franklin photographed the fibre on May 6, 1952, and they measured its pitch on May 9, 1952.
TEXT
check "extract.actors.they-and-before" $PY - "$tmp/they-and-before.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-and-before.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("Her student and Rosalind Franklin photographed the fibre", ["Rosalind Franklin"]),
               ("They measured its pitch", ["Rosalind Franklin"])], got
PY
# "they" never stands for one person or one craft alone, only for one
# joined to another by "and" ("Marta Lind and her brother sold ..., and
# they moved"); "her" after it still has the person (actors50)
cat >"$tmp/they-not-one.txt" <<'TEXT'
BERGEN, Norway, April 9, 2027 — The trawler Maren Dahl sprang a leak off Stad on Monday, and they put in at Ålesund to mend her. Police stopped the driver, Ana Costa, at a checkpoint on Tuesday, and on Wednesday they charged her with fraud. Marta Lind and her brother sold the family farm on Thursday, and on Friday they moved to Oslo.
TEXT
check "extract.actors.they-not-one" $PY - "$tmp/they-not-one.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-not-one.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The trawler Maren Dahl sprang a leak off Stad", ["Maren Dahl"]),
               ("They put in at Ålesund", []),
               ("Police stopped the driver, Ana Costa, at a checkpoint", ["Ana Costa"]),
               ("They charged her with fraud", ["Ana Costa"]),
               ("Marta Lind and her brother sold the family farm", ["Marta Lind"]),
               ("They moved to Oslo", ["Marta Lind"])], got
PY
# a date that opens the sentence goes from the label, the subject after it
# stays with its named apposition: "In June 1657 the governor, Jan Weiher,
# was killed" is "The governor, Jan Weiher, was killed", not "Jan Weiher,
# was killed" (the segment up to the first comma was dropped as a date's)
cat >"$tmp/date-then-apposition.txt" <<'TEXT'
TROMSO, May 3, 2030 — On Tuesday the harbour master, Ruth Okafor, resigned. In June 1657 the governor, Jan Weiher, was killed. Yesterday the old mayor, Tor Berg, opened the bridge. On Friday, the ferry left Bodø.
TEXT
check "extract.label.date-then-apposition" $PY - "$tmp/date-then-apposition.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/date-then-apposition.txt"],
                     capture_output=True, text=True).stdout
got = [json.loads(l)["label"] for l in out.splitlines() if json.loads(l)["type"] == "event"]
assert got == ["The harbour master, Ruth Okafor, resigned",
               "The governor, Jan Weiher, was killed",
               "The old mayor, Tor Berg, opened the bridge",
               "The ferry left Bodø"], got
PY
# a building, a pier or a fair is where a happening is, not who acts:
# "the nearby Regent Hotel" is no "he", "Parliament House" is no
# Parliament and House, "Pier 9" and an Exposition are no actors (actors51)
cat >"$tmp/building-not-actor.txt" <<'TEXT'
The fire chief, Thomas Reilly, was badly hurt on May 3, 1911, when a wall of the nearby Regent Hotel fell on the engine house; he died on May 5, 1911. On June 9, 1950, about 300 supporters marched to Parliament House. On March 3, 1921, the burning steamer drifted against Pier 9. In 1904 St. Louis hosted the Louisiana Purchase Exposition.
TEXT
check "extract.actors.building-not-actor" $PY - "$tmp/building-not-actor.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/building-not-actor.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The fire chief, Thomas Reilly, was badly hurt", ["Thomas Reilly"]),
               ("A wall of the nearby Regent Hotel fell", []),
               ("He died", ["Thomas Reilly"]),
               ("About 300 supporters marched to Parliament House", []),
               ("The burning steamer drifted against Pier 9", []),
               ("St. Louis hosted the Louisiana Purchase Exposition", ["St. Louis"])], got
PY
# a clock's "a.m." or "p.m." ends its sentence before a capitalised word
# that is no time zone, weekday or month ("left at 6:15 a.m. Passengers
# were moved"), unless the clock opens the sentence ("At 5:12 a.m. Hansen
# Shipping reported"): the word was read as a name of the clause before
# (actors51)
cat >"$tmp/clock-ends-sentence.txt" <<'TEXT'
OSLO, Norway, March 4, 2026 — The ferry left Bergen at 6:15 a.m. Passengers were moved to the upper deck on Tuesday. The regulator suspended trading at 10 a.m. Eastern Time on Monday. At 5:12 a.m. Hansen Shipping reported the fault. The board met at 9 a.m. Monday and sacked the director. The mill closed at 11 p.m. Nordvik Paper said it would reopen on Friday.
TEXT
check "extract.actors.clock-ends-sentence" $PY - "$tmp/clock-ends-sentence.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-ends-sentence.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The ferry left Bergen", []),
               ("Passengers were moved to the upper deck", []),
               ("The regulator suspended trading", []),
               ("Hansen Shipping reported the fault", ["Hansen Shipping"]),
               ("The board met and sacked the director", []),
               ("The mill closed", []),
               ("Nordvik Paper said it would reopen", ["Nordvik Paper"])], got
PY
# "against" after a noun of a contest, an alliance or a law names the side
# it is aimed at, no participant ("the final against Karachi"); after a
# noun of a legal process or an attack the name is the one done to and
# stays (actors53)
cat >"$tmp/aimed-against.txt" <<'TEXT'
LEEDS, England, May 9, 2031 — Ashford Rovers dropped their captain for Saturday's final against Millbrook Athletic on Tuesday. In 1701 Austria formed an alliance against France. In 1892 the state passed a law against the Pinkerton Agency. On Friday the Kestrel Tigers lost a friendly against Norway. The European Commission opened proceedings against Portugal in March. In 1812 Napoleon launched an offensive against Russia.
TEXT
check "extract.actors.aimed-against" $PY - "$tmp/aimed-against.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/aimed-against.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [[names[a] for a in e.get("actors", [])] for e in events]
assert got == [["Ashford Rovers"], ["Austria"], [], ["Kestrel Tigers"],
               ["European Commission", "Portugal"], ["Napoleon", "Russia"]], got
PY
# one list of time-zone abbreviations for the tagger and the actors stage
# (evg_zone_abbreviation): "NZST" after a clock ended no sentence of the
# tagger's list and "WIB" was an actor (actors53)
cat >"$tmp/zone-one-list.txt" <<'TEXT'
AUCKLAND, March 4, 2031 — The ferry Kea left Devonport at 9:15 a.m. NZST on Tuesday. The council closed the road at 5 p.m. WIB on Wednesday.
TEXT
check "extract.actors.zone-one-list" $PY - "$tmp/zone-one-list.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/zone-one-list.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [(e["label"], [names[a] for a in e.get("actors", [])]) for e in events]
assert got == [("The ferry Kea left Devonport", ["Kea"]),
               ("The council closed the road", [])], got
PY
# "Time" alone after a clock opens the next sentence; a zone's "Time"
# closes one to five capitalised words ("at 9 a.m. Pacific Time"): the
# bare word was read as a zone and the two sentences were one (review39)
cat >"$tmp/clock-bare-time.txt" <<'TEXT'
BOSTON, March 3, 2025 — The polls closed at 8 p.m. Time ran short for the clerks on Monday. The count resumed at 9 a.m. Pacific Time on Tuesday.
TEXT
check "extract.review39.clock-bare-time" $PY - "$tmp/clock-bare-time.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-bare-time.txt"],
                     capture_output=True, text=True).stdout
got = [r["label"] for r in map(json.loads, out.splitlines()) if r["type"] == "event"]
assert got == ["The polls closed", "Time ran short for the clerks",
               "The count resumed"], got
PY
# a weekday or a month after a clock goes on the sentence in any case
# ("at 10 a.m. TUESDAY"), as extract_calendar_word reads them: the
# clock's own copy of the list knew only "Tuesday" (review39); the note of
# one sentence is news, its past Tuesday the one before the paper's
# Monday (it was read as a narrative, the Tuesday after: clauses41)
cat >"$tmp/clock-capital-weekday.txt" <<'TEXT'
PORTLAND, Maine, May 5, 2025 — The council voted at 10 a.m. TUESDAY to close the pier.
TEXT
check "extract.review39.clock-capital-weekday" $PY - "$tmp/clock-capital-weekday.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-capital-weekday.txt"],
                     capture_output=True, text=True).stdout
got = [(r["label"], r["date"]) for r in map(json.loads, out.splitlines()) if r["type"] == "event"]
assert got == [("The council voted to close the pier", "2025-04-29")], got
PY
# a word in capitals after a clock goes on the sentence only when it is a
# zone the tagger knows ("at 9 a.m. EDT"): "at 5 p.m. NATO ministers met"
# opens a sentence, which any two to five capitals did (review39)
cat >"$tmp/clock-capitals.txt" <<'TEXT'
BRUSSELS, April 2, 2025 — The talks ended at 5 p.m. NATO ministers met again on Thursday. The ferry sailed at 9 a.m. EDT on Friday.
TEXT
check "extract.review39.clock-capitals" $PY - "$tmp/clock-capitals.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-capitals.txt"],
                     capture_output=True, text=True).stdout
got = [r["label"] for r in map(json.loads, out.splitlines()) if r["type"] == "event"]
assert got == ["The talks ended", "NATO ministers met again", "The ferry sailed"], got
PY
# a clock that opens the words after a dateline or an opening quotation
# mark opens its sentence too ("OSLO, ... — At 5:12 a.m. Hansen Shipping
# reported"): the dateline's word or the quotation mark was read as the
# sentence's first, and "At 5:12 a.m" became an event of its own (review39)
cat >"$tmp/clock-after-dateline.txt" <<'TEXT'
OSLO, March 4, 2026 — At 5:12 a.m. Hansen Shipping reported the fault on Tuesday.

"At 6 a.m. Nordvik Paper shut the mill," the mayor said on Wednesday.
TEXT
check "extract.review39.clock-after-dateline" $PY - "$tmp/clock-after-dateline.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/clock-after-dateline.txt"],
                     capture_output=True, text=True).stdout
got = [r["label"] for r in map(json.loads, out.splitlines()) if r["type"] == "event"]
assert "Hansen Shipping reported the fault" in got, got
assert not any(l.startswith("At ") for l in got), got
PY
# a short verb right before its date ("and sank the next morning",
# "died two days later") is the part's verb, no preposition of the date:
# the part's subject is left out and the doer before it acts (actors52)
cat >"$tmp/verb-before-date.txt" <<'TEXT'
HALIFAX, Nova Scotia, March 4, 2031 — The trawler Karin Holm struck a ledge off Sambro on Monday night and sank the next morning. The harbour master, Ruth Okafor, was taken ill on Tuesday and died two days later. In June 1779 the privateer Hawke ran aground near Louisbourg and sank the same night; in July 1779 Elias Crane sailed from Boston and left the next day for Halifax.
TEXT
check "extract.actors.verb-before-date" $PY - "$tmp/verb-before-date.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/verb-before-date.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [[names[a] for a in e.get("actors", [])] for e in events]
assert got == [["Karin Holm"], ["Karin Holm"], ["Ruth Okafor"], ["Ruth Okafor"],
               ["Hawke"], ["Hawke"], ["Elias Crane"], ["Elias Crane"]], got
PY
# names listed together are of one kind: two or three unknown words
# guessed a person's are a firm's when listed with a firm its words name,
# in a list of three or one a plural noun announces; two names alone may
# be a firm and a person (actors52)
cat >"$tmp/list-kinds.txt" <<'TEXT'
PIRAEUS, Greece, June 3, 2031 — Two shipping lines, Baltic Crown and Nordvik Lines, cut their rates on Monday. Karoo Uranium, Tessa Mining and Orla Basin Holdings agreed on Tuesday to cut their draw from the pipeline. Halden Shipping and Tomas Rand signed the charter on Wednesday.
TEXT
check "extract.actors.list-kinds" $PY - "$tmp/list-kinds.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/list-kinds.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ("Baltic Crown", "Karoo Uranium", "Tomas Rand")]
assert got == ["company", "company", "person"], kinds
PY
# a state or a region that English writes with "the" is no craft ("The
# Congo declared", "the Crimea voted": actors75 made them kind other)
cat >"$tmp/article-state.txt" <<'TEXT'
LYON, France, May 4, 2031 — The Sudan signed the accord on Monday. On Tuesday the Congo closed its border. On Wednesday the Geneva reached Lyon.
TEXT
check "extract.actors.article-state-not-craft" $PY - "$tmp/article-state.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/article-state.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ("Sudan", "Congo", "Geneva")]
assert got == ["country", "country", "other"], kinds
PY
# the craft rule reads the gazetteer: a name it lists as a country's is
# never a craft, whatever the words around ("The Gambia closed its
# border", "the Lebanon"); a town there still is (actors76; review57)
cat >"$tmp/article-country.txt" <<'TEXT'
DAKAR, Senegal, June 9, 2031 — The Gambia closed its border on Monday. On Tuesday the Lebanon recalled its envoy. On Wednesday the Accra reached Banjul.
TEXT
check "extract.actors.article-country-not-craft" $PY - "$tmp/article-country.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/article-country.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ("Gambia", "Lebanon", "Accra")]
assert got == ["country", "country", "other"], kinds
PY
# a town's name that "the" opens and a verb follows is a craft named for
# the town ("the Geneva reached Lyon"), kind other; the town acting, a state
# of several words or an abbreviation keep their kinds (actors75;
# events_test7's and _test36's Portland)
cat >"$tmp/article-craft.txt" <<'TEXT'
LYON, France, May 4, 2031 — On Monday the Geneva reached Lyon with 40 passengers. On Tuesday Lyon approved a new budget. On Wednesday the United States closed its embassy. On Thursday the U.S. opened a consulate.
TEXT
check "extract.actors.article-craft" $PY - "$tmp/article-craft.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/article-craft.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[kinds[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Geneva", "other")], [("Lyon", "government")], [("United States", "country")],
               [("U.S.", "country")]], got
PY
# a company of the performing arts named for two arts joined by "and" is
# one body ("the National Opera and Ballet", "the State Theatre and
# Orchestra"); an arts' body and a person after "and" stay two (actors75;
# events_test37's opera company)
cat >"$tmp/arts-pair.txt" <<'TEXT'
RIGA, Latvia, May 4, 2031 — On Monday the Kurzeme National Opera and Ballet staged a new production. On Tuesday the Daugava Opera and Anna Berg signed a contract. On Wednesday the Liepaja State Theatre and Orchestra cancelled a tour.
TEXT
check "extract.actors.arts-pair" $PY - "$tmp/arts-pair.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/arts-pair.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Kurzeme National Opera and Ballet"], ["Daugava Opera", "Anna Berg"],
               ["Liepaja State Theatre and Orchestra"]], got
PY
# a name that an aside after the subject's noun gives that noun (", named
# X,", ", who fights under the name X,") is the subject when the clause's
# verb follows the aside; a name only met in the aside is not (actors52)
cat >"$tmp/named-subject.txt" <<'TEXT'
OSAKA, Japan, May 9, 2031 — The 19-year-old wrestler, who fights under the name Takanami, collapsed during practice on Monday. The schooner, named Eliza Grey, was launched at Whitby in May 1801. The boxer, who trains with Kenji Mori, retired on Wednesday.
TEXT
check "extract.actors.named-subject" $PY - "$tmp/named-subject.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/named-subject.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
got = [[names[a] for a in e.get("actors", [])] for e in events]
assert got == [[("Takanami", "person")], [("Eliza Grey", names.get("eliza-grey", ("", ""))[1])], []], got
PY
# a place before a public body's generic name of several words that the
# gazetteer knows ("Supreme Court") says which state's body it is: one
# name, not the place and the body (actors54); two names of their own stay
# two ("gave Russia Livonia")
cat >"$tmp/place-body-name.txt" <<'TEXT'
CHICAGO, March 9, 1954 — The Ohio Supreme Court struck down the new sales tax on Monday. In May 1931 the Oregon Supreme Court upheld the ban.
TEXT
check "extract.actors.place-body-name" $PY - "$tmp/place-body-name.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/place-body-name.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Ohio Supreme Court", "institution")], [("Oregon Supreme Court", "institution")]], got
PY
# a peer called by his title's own name keeps "Lord" or "Lady" in it (the
# gold's fullest form: "Lord Mersey"); before a given name it is a courtesy
# title and goes, and "Lord" alone later names a man whose family name it
# is, not the peer (actors54)
cat >"$tmp/peer-title.txt" <<'TEXT'
LONDON, May 3, 1881 — In April 1880 Lord Beaconsfield resigned. On June 4 Lady Bracknell refused the match. On May 9 Lord Arthur Seymour met the envoy. Captain John Lord sailed on June 2, and in July Lord was dismissed.
TEXT
check "extract.actors.peer-title" $PY - "$tmp/peer-title.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/peer-title.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Lord Beaconsfield"], ["Lady Bracknell"], ["Arthur Seymour"], ["John Lord"], ["John Lord"]], got
PY
# the one told or asked a matter ("told X of the leak", "told X about the
# planet", "asked the Kremlin whether ...") takes part in the telling, as
# the one told a that-clause does; a newspaper told stays out (actors54)
cat >"$tmp/told-of.txt" <<'TEXT'
OSLO, Norway, Feb. 4, 2031 — Nordvik Shipping told the Norwegian Maritime Authority of the leak on Monday. In March 1846 Adams told the Royal Society about the new planet. The minister told Reuters about the plan on Tuesday. In April 1986 Finland asked the Kremlin whether the cloud was dangerous. On Wednesday Norway asked Stockholm what it had measured.
TEXT
check "extract.actors.told-of" $PY - "$tmp/told-of.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/told-of.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Norwegian Maritime Authority"], ["Royal Society"], [],
               ["Finland", "Kremlin"], ["Norway", "Stockholm"]], got
PY
# a law's amendment, a trophy and a riband are documents and prizes, no
# actors ("ratify the Eighteenth Amendment", "took the Blue Riband"), as a
# treaty, an act and a medal already were (actors56)
cat >"$tmp/prize-law-words.txt" <<'TEXT'
COLUMBUS, Ohio, March 4, 2031 — Ohio on Tuesday became the first state to ratify the Twenty-eighth Amendment. In July 1931 the Italian liner Rex took the Blue Riband from the Bremen. Kilbride Rovers lifted the Champions Trophy on Sunday. In 1971 the assembly repealed the Fourth Amendment to the charter.
TEXT
check "extract.actors.prize-law-words" $PY - "$tmp/prize-law-words.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/prize-law-words.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Ohio"], ["Rex"], ["Kilbride Rovers"], []], got
PY
# "under" after a pronoun or an adverb names the next clause's leader or
# whom one stays with, no participant ("to find them, under Captain X",
# "stay together under X"); after a noun, a name or a verb it names a
# leader who takes part ("a search party under X", "served under X"), as
# does "under the command of X" (actors56)
cat >"$tmp/under-leader.txt" <<'TEXT'
HOBART, Australia, March 4, 2031 — In May 1841 the Admiralty sent the cutter Osprey to find them, under Captain Ian Moss. On Friday the players voted to stay together under Pita Lolo. In June 1861 a search party under Alfred Howitt found the camp. In 1805 Thomas Hardy served under Nelson. In 1917 the volunteer units regrouped under the command of General Aram Petrosyan.
TEXT
check "extract.actors.under-leader" $PY - "$tmp/under-leader.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/under-leader.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Admiralty", "Osprey"], [], ["Alfred Howitt"], ["Thomas Hardy", "Nelson"],
               ["Aram Petrosyan"]], got
PY
# a name after "of" that a trace or a servant belongs to is no participant
# ("found the DNA of X", "handed a letter to a servant of X"), as a
# portrait's sitter is not; "DNA" in capitals takes no "of" into a name
# (it read "DNA of Martin Hale" as one) (actors56)
cat >"$tmp/belonging-of.txt" <<'TEXT'
GLASGOW, Scotland, March 4, 2031 — Forensic tests found the DNA of Martin Hale on the knife on Monday. In 1605 a stranger handed a letter to a servant of Henry Percy at Alnwick. In 1911 detectives questioned the butler of Lady Anne Murray.
TEXT
check "extract.actors.belonging-of" $PY - "$tmp/belonging-of.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/belonging-of.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], []], got
assert "DNA of Martin Hale" not in names.values(), names
PY
# a common noun in capitals cut from a name's front takes its "of" with
# it: no name opens with "of" ("The CEO of Vantor Systems" gave "of
# Vantor Systems") (actors57)
cat >"$tmp/name-opening-of.txt" <<'TEXT'
OSLO, Norway, March 4, 2031 — The CEO of Brekke Shipping resigned on Monday. In 1998 the MP for Glenrothes was appointed to the cabinet.
TEXT
check "extract.actors.name-opening-of" $PY - "$tmp/name-opening-of.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/name-opening-of.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
# the CEO, not the firm, resigned: an officer "of" a body is the one who
# takes part, as "the chief executive of" is (the gold's rule)
assert got == [[], ["Glenrothes"]], got
PY
# a company officer's acronym is no name, as "CEO" is not ("The CFO of
# Lindqvist Partners" gave one actor "CFO of Lindqvist Partners"), and is
# an office, as "the chief financial officer of" is: the firm after "of"
# does not take part
cat >"$tmp/officer-acronym.txt" <<'TEXT'
OSLO, June 4, 2023 — The CFO of Lindqvist Partners resigned on Monday, the firm said.

The CTO of Berntsen Data left the company on Tuesday.
TEXT
check "extract.actors.officer-acronym" $PY - "$tmp/officer-acronym.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/officer-acronym.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = sorted(r["name"] for r in rows if r["type"] == "actor")
assert not any(n.startswith(("CFO", "CTO")) for n in names), names
assert all(not r.get("actors") for r in rows if r["type"] == "event"), rows
PY
# a body's name joined by "and" holds with a possessive after it and
# with a field's word alone after "the" ("the Securities and Exchange
# Commission" gave "Securities" and "Exchange Commission"; "the
# International Ski and Snowboard Federation's controller" gave
# "International Ski"; events_test33)
cat >"$tmp/and-body-names.txt" <<'TEXT'
GENEVA, Switzerland, April 4, 2046 — The Lake Rowing and Canoe Federation's chief, Ilse Brun, resigned on Monday.

On Tuesday the Securities and Exchange Commission fined Halden Partners.
TEXT
check "extract.actors.and-body-names" $PY - "$tmp/and-body-names.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/and-body-names.txt"],
                     capture_output=True, text=True).stdout
names = sorted(json.loads(l)["name"] for l in out.splitlines() if json.loads(l)["type"] == "actor")
assert "Securities and Exchange Commission" in names, names
assert not any(n in ("Securities", "Exchange Commission", "Lake Rowing") for n in names), names
PY
# a count's approximator opening a sentence is no name ("Almost 13
# million shares changed hands" gave a firm "Almost"; events_test33)
cat >"$tmp/approximator-capital.txt" <<'TEXT'
TORONTO, Canada, May 5, 2044 — Nearly 9 million shares of Birchwood Mining changed hands on Monday.

Roughly 4 million shares were sold on Tuesday.
TEXT
check "extract.actors.approximator-capital" $PY - "$tmp/approximator-capital.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/approximator-capital.txt"],
                     capture_output=True, text=True).stdout
names = sorted(json.loads(l)["name"] for l in out.splitlines() if json.loads(l)["type"] == "actor")
assert names == ["Birchwood Mining"], names
PY
# a subject after an opening date, described by a relative clause, stays
# the label's subject ("On Monday the harbour board, which had bought the
# pier, raised its fees" was labelled "Which had bought the pier, raised
# its fees"; events_test10, _test23)
cat >"$tmp/date-subject-relative.txt" <<'TEXT'
KIEL, Germany, March 5, 2047 — On Monday the harbour board, which had bought the pier, raised its mooring fees.

On Tuesday Brandt Ferries, whose owner had sued the board, cut two of its routes.
TEXT
check "extract.label.date-subject-relative" $PY - "$tmp/date-subject-relative.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/date-subject-relative.txt"],
                     capture_output=True, text=True).stdout
labels = [json.loads(l)["label"] for l in out.splitlines() if json.loads(l)["type"] == "event"]
assert "The harbour board raised its mooring fees" in labels, labels
assert "Brandt Ferries cut two of its routes" in labels, labels
assert not any(l.split()[0] in ("Which", "Who", "Whose") for l in labels), labels
PY
# an honorific names a person, never the firm whose first word is his
# name, whatever kind the words around the firm gave the word
cat >"$tmp/honorific-person.txt" <<'TEXT'
NORWICH, England, May 2, 2031 — Hollins Turkeys closed its plant in Attleborough on Monday.

Mr. Hollins met the 140 workers on Tuesday.
TEXT
check "extract.actors.honorific-person" $PY - "$tmp/honorific-person.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/honorific-person.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
met = [r for r in rows if r["type"] == "event" and r["quote"].startswith("Mr. Hollins")][0]
assert [kinds[a] for a in met["actors"]] == [("Hollins", "person")], (met, kinds)
PY
# a body's name opened by "Centre" or "Organisation" goes on over "for"
# or "of", a pair joined by "and" and a second "of" with the place it
# serves, and is one public body ("Centre for Budapest Transport" gave
# "Centre" and a person "Budapest Transport"; events_test31, actors58),
# but a body of states' co-operation stays an organization
cat >"$tmp/body-head-of.txt" <<'TEXT'
LISBON, Portugal, March 3, 2041 — The Centre for Lisbon Transport laid on extra buses on Monday.

On Tuesday the Organisation of Urban Transport of Porto cut its fares.

The drivers asked the Organisation for Mediation and Conciliation to step in on Wednesday.

The Organisation for Economic Co-operation and Development cut its growth forecast on Thursday.
TEXT
check "extract.actors.body-head-of" $PY - "$tmp/body-head-of.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/body-head-of.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[kinds[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Centre for Lisbon Transport", "institution")],
               [("Organisation of Urban Transport of Porto", "institution")],
               [("Organisation for Mediation and Conciliation", "institution")],
               [("Organisation for Economic Co-operation and Development", "organization")]], got
PY
# only when "Centre" or "Organisation" is itself the head before "of" or
# "for": a first word before another head leaves that head's kind
# ("Organisation Party of Umbria" is a party, not a public body;
# review43)
cat >"$tmp/body-head-not-first.txt" <<'TEXT'
PERUGIA, Italy, March 3, 2041 — The Organisation Party of Umbria said on Monday it would vote against the budget.

The Organization Committee of Tokyo met on Tuesday.
TEXT
check "extract.actors.body-head-not-first" $PY - "$tmp/body-head-not-first.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/body-head-not-first.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
assert kinds.get("Organisation Party of Umbria") == "group", kinds
assert kinds.get("Organization Committee of Tokyo") == "government", kinds
PY
# a sea or a river the gazetteer knows is where things happen, never an
# actor nor a government ("beneath the Danube", "the fastest crossing of
# the Atlantic" gave each a government; events_test29, events_test31)
cat >"$tmp/water-place.txt" <<'TEXT'
LONDON, England, March 3, 2041 — Engineers found a leak in the tunnel beneath the Thames on Monday.

The liner Aurora set a record for the fastest crossing of the Atlantic on Tuesday.
TEXT
check "extract.actors.water-place" $PY - "$tmp/water-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/water-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ["Aurora"]], got
PY
# a name after "from" that follows a noun of people is where they come
# from, no participant ("a physiotherapist from Dún Laoghaire", "Firemen
# from the station and from Pripyat"; events_test29, events_test22); a
# body, a seller and a giver after "from" keep their part; a name made a
# person only by its context is a place in an apposition's "a teacher
# from X" alone (merge pair 87's cut "Wilderness Search") (actors59)
cat >"$tmp/origin-place.txt" <<'TEXT'
WATERFORD, Ireland, March 4, 2031 — On Monday Seán Ó Briain, 40, a teacher from Dún Garbhán, walked into the sea at Tramore. On Tuesday volunteers from the Irish Red Cross searched the hills. In 1803 the United States bought the territory from Spain. On Wednesday Kerrigan received an honorary degree from Harvard.
TEXT
check "extract.actors.origin-place" $PY - "$tmp/origin-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/origin-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Seán Ó Briain"], ["Irish Red Cross"], ["United States", "Spain"],
               ["Kerrigan", "Harvard"]], got
PY
# a count before the "-ers" plural of a town's people makes a crowd, no
# party ("some 300,000 Berliners gathered", "Two New Yorkers went";
# events_test23, events_test6); a day's number is no count, and a nation's
# counted men stay a side's (WikiWars' "1,000 Hessians") (actors59)
cat >"$tmp/counted-people.txt" <<'TEXT'
DUBLIN, Ireland, March 4, 2031 — On Saturday some 20,000 Dubliners marched to the Dáil. In 1790 two Londoners sailed to Lisbon. On May 5 Dubliners voted for a new council. In 1776 the Continental Army captured nearly 1,000 Hessians at Trenton.
TEXT
check "extract.actors.counted-people" $PY - "$tmp/counted-people.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/counted-people.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Dubliners"], ["Continental Army", "Hessians"]], got
PY
# a hospital a patient is brought to ("admitted to X Hospital", "took the
# driver to the Y Clinic") is where care is given, no participant
# (events_test24, events_test32); a hospital that acts keeps its part,
# and one visited is left as it was (actors60)
cat >"$tmp/care-place.txt" <<'TEXT'
LEEDS, England, March 4, 2031 — Three workers were rushed to St James's University Hospital on Monday. On Tuesday paramedics took the driver to the Northgate Clinic. Aintree University Hospital opened a new ward on Wednesday. The minister visited St Mary's Hospital on Thursday.
TEXT
check "extract.actors.care-place" $PY - "$tmp/care-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/care-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Aintree University Hospital"], ["St Mary's Hospital"]], got
PY
# a saying closed by a comma says what came before it: a pronoun after it
# ("..., the agency said, and by nine its crew had ...") does not make the
# speaker a doer; a leader who says what his body had done reports it
# ("said the company had sold"), one who says what it would do announces
# it; a quotation after the comma is still what is said (events_test22,
# events_test32) (actors60)
cat >"$tmp/saying-scope.txt" <<'TEXT'
OSLO, Norway, March 4, 2031 — The ferry struck a rock near Bodø at about six o'clock on Monday, the Norwegian Coastal Administration said, and by nine its crew had reached the shore. Vestfjord Shipping's chairman, Ola Brekke, said the company had sold two ferries on Tuesday. The union's leader, Kari Lund, said that the union would strike on Wednesday. The Norwegian Coastal Administration said, "We closed the channel on Friday."
TEXT
check "extract.actors.saying-scope" $PY - "$tmp/saying-scope.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/saying-scope.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Kari Lund"], ["Norwegian Coastal Administration"]], got
PY
# a nation's adjective before a body whose head noun comes before "for"
# is the body's own word, as before "of" ("the Spanish Agency for Food
# Safety and Nutrition" gave "Agency for ..."; events_test32) (actors60)
cat >"$tmp/adjective-for-head.txt" <<'TEXT'
WARSAW, Poland, March 4, 2031 — The Polish Agency for Enterprise Development opened an inquiry on Monday. The European Agency for Safety and Health at Work published a report on Tuesday. The Danish Data Protection Agency fined the bank on Wednesday.
TEXT
check "extract.actors.adjective-for-head" $PY - "$tmp/adjective-for-head.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/adjective-for-head.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Polish Agency for Enterprise Development"], ["European Agency for Safety and Health"],
               ["Danish Data Protection Agency"]], got
PY
# a name made a person by its shape alone after a preposition of place
# and "the" ("on the Champ de Mars", "on the South Fork") is a place, no
# participant; a title or a given name keeps a person (events_test21,
# events_test32) (actors60)
cat >"$tmp/place-as-person.txt" <<'TEXT'
BRUSSELS, Belgium, March 4, 2031 — Excavation on the Mont des Arts began on Monday. On Tuesday the minister met the Duke of Brabant at the palace. Police arrested Luc Peeters on the Grote Markt on Wednesday.
TEXT
check "extract.actors.place-as-person" $PY - "$tmp/place-as-person.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/place-as-person.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ["Duke of Brabant"], ["Luc Peeters"]], got
PY
# a relative clause without "that" whose subject is a name ("reached the
# island Columbus named", "the largest army the Ottoman Empire had sent",
# "On May 1, the morning the Lusitania was to leave New York, ...") is
# the clause's own, not the part's; a name right after its noun is an
# apposition when it opens the clause ("The tenor Nils Ek sang"), and a
# time's noun opening the clause is its adverb ("The next day the
# Riksbank raised") (events_test18, _test21, _test29) (actors61)
cat >"$tmp/contact-relative.txt" <<'TEXT'
STOCKHOLM, Sweden, March 4, 2031 — On Monday divers reached the wreck Hansa Line had lost off Gotland. On Tuesday, the day the Riksdag was to vote, the Centre Party left the coalition. The tenor Nils Ek sang at the Royal Opera on Wednesday. The next day the Riksbank raised its main rate. In 1630 the largest army the Swedish Crown had sent abroad landed at Peenemünde.
TEXT
check "extract.actors.contact-relative" $PY - "$tmp/contact-relative.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/contact-relative.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ["Centre Party"], ["Nils Ek"], ["Riksbank"], []], got
PY
# a time's contact clause that runs to the part's end (", the day the
# Kingdom of Denmark threatened Sweden with a blockade.", ", the week Oslo
# hosted ...") or follows "on" past the part's verb ("had seen the van on
# the night Anna Berg died") names the date, not the part's actors; an
# opening "On the morning the Admiralty met, ..." is left as it was
# (events_test34, _test37, _test5) (clauses50)
cat >"$tmp/time-contact.txt" <<'TEXT'
LONDON, England, March 4, 2031 — Dutch marines landed at Harwich on Monday, the day the Kingdom of Denmark threatened Sweden with a blockade. Kestrel Ports reopened its quay on Tuesday, the week Oslo hosted the shipping fair. A witness said on Wednesday he had seen the van on the night Anna Berg died. On Friday, the day the Senate voted, the Liberal Party left the coalition.
TEXT
check "extract.actors.time-contact-to-end" $PY - "$tmp/time-contact.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/time-contact.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ["Kestrel Ports"], [], ["Liberal Party"]], got
PY
# a part whose date stands in a clause after ", and" or ";" that opens
# with a noun phrase of its own ("..., and the crossing was closed on
# Tuesday", "; the rebels were thus able to return ... for the spring")
# tells that clause's happening: the names before the join are none of
# its actors; a possessive opening it ("; his regiment remained ...")
# still points back to the name (events_test36, WikiWars) (clauses50)
cat >"$tmp/date-clause-subject.txt" <<'TEXT'
DUNDEE, Scotland, March 4, 2031 — Kestrel Ferries cancelled two sailings, and the crossing was closed on Tuesday. Colonel Haldane wintered at Perth; the rebels were thus able to return to the town for the spring. General Baird was the only holdout; his regiment remained at Stirling throughout the summer of 2030.
TEXT
check "extract.actors.date-clause-subject" $PY - "$tmp/date-clause-subject.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/date-clause-subject.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Baird"]], got
PY
# a relative clause set off by a comma after the part's verb (", which
# lets NamWater buy", ", whose inspectors, among them X,") tells more of
# a noun of the part: its names are its own; one that holds a date of its
# own is a happening of its own, and a clause closed before the name
# gives the main clause back (events_test26, _test31, _test4) (actors61)
cat >"$tmp/trailing-relative.txt" <<'TEXT'
HALIFAX, Canada, March 4, 2031 — Nova Scotia declared a state of emergency on Monday, which lets Maritime Power hire crews without a tender. In 1862 Parliament set up a commission, whose members, among them John Bright, toured the mills of Lancashire. In 1790 the navy built a dry dock at Portsmouth, which the Royal Engineers rebuilt in 1815. On Tuesday Ajax signed Lars Eriksen, who had played for Celtic, and Feyenoord sold Tom Vos.
TEXT
check "extract.actors.trailing-relative" $PY - "$tmp/trailing-relative.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/trailing-relative.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Nova Scotia"], ["Parliament"], [], ["Royal Engineers"], ["Ajax", "Lars Eriksen"],
               ["Feyenoord", "Tom Vos"]], got
PY
# "recalled" before an amount or a stock of goods ("recalled 14 tonnes
# of fruit", "recalled all of its cheeses") is a maker's recall, no
# saying: its subject takes part, a firm; "recalled that" still reports,
# and a place after "in" stays a place (events_test32, _test5) (actors61)
cat >"$tmp/goods-recalled.txt" <<'TEXT'
MILAN, Italy, March 4, 2031 — Latteria Bassi recalled 9 tonnes of butter on Monday. Conservas Pardo recalled all of its tinned tuna on Tuesday. The former mayor, Ada Conti, recalled on Wednesday that the plant had closed in 1998. A dairy in the Val Seriana recalled its yoghurts on Thursday.
TEXT
check "extract.actors.goods-recalled" $PY - "$tmp/goods-recalled.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/goods-recalled.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
actors = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[actors[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Latteria Bassi", "company")], [("Conservas Pardo", "company")], [], [], []], got
PY
# a state after "with" and a noun of a tie between places ("border
# crossings with Slovakia", "then at war with Poland", "a mass of union
# with Rome") says which tie, no participant; a deal's party ("a gas
# agreement with X") and a verb's ("went to war with X") keep their part
# (events_test14, _test18, _test32) (actors62)
cat >"$tmp/relation-state.txt" <<'TEXT'
VIENNA, Austria, March 4, 2031 — Slovenia closed four border crossings with Croatia on Monday. Austria signed a gas agreement with Hungary on Tuesday. In 1700 King Augustus, then at war with Sweden, marched into Livonia. In 1866 Prussia went to war with Austria.
TEXT
check "extract.actors.relation-state" $PY - "$tmp/relation-state.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relation-state.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Slovenia"], ["Austria", "Hungary"], ["Augustus"], ["Prussia", "Austria"]], got
PY
# a name ending in "Clinic", "Medical Center" or "Medical Centre" is a
# place of care, an institution as a hospital is (it was made a person, a
# firm or "other"); one a patient is brought to stays a place (actors62)
cat >"$tmp/care-kind.txt" <<'TEXT'
DENVER, Colorado, March 4, 2031 — Larkspur Clinic suspended two surgeons on Monday. The Aurora Medical Center closed its maternity ward on Tuesday. A cyclist was taken to the Pinewood Clinic on Wednesday.
TEXT
check "extract.actors.care-kind" $PY - "$tmp/care-kind.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/care-kind.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
actors = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[actors[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Larkspur Clinic", "institution")], [("Aurora Medical Center", "institution")], []], got
PY
# a street, a square or a station named in another language is a place:
# a name before a lower-case street word ("under Dag Hammarskjölds
# väg"), one ending in one capitalised ("Liteyny Prospekt"), one word
# ending in one ("Drottninggatan"), and the name joined to such a street
# by "and" ("between Déli pályaudvar and Astoria"); a firm's "Via" stays
# (events_test30, _test31) (actors62)
cat >"$tmp/street-names.txt" <<'TEXT'
STOCKHOLM, Sweden, March 4, 2031 — A digger cut a power cable under Sankt Eriks väg on Monday. Protesters blocked Liteyny Prospekt on Tuesday. The metro ran only between Kossuth tér and Deák on Wednesday. A water main burst under Drottninggatan on Thursday. Via Rail cancelled four trains on Friday.
TEXT
check "extract.actors.street-names" $PY - "$tmp/street-names.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/street-names.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], [], ["Via Rail"]], got
PY
# a person after "of" and a noun of a thing (a feast, a fate, a
# portrait) says whose or which thing, no participant; a happening's "of"
# ("the arrest of X"), a government's and a relief's keep their part
# (paths42's of[person]; events_test16) (actors62)
cat >"$tmp/person-of-thing.txt" <<'TEXT'
SIENA, Italy, March 4, 2031 — The next day, the feast of Corpus Domini, the guilds marched through Siena. In 1799 the garrison received news of the fate of Colonel Vance. In 1856 the government of Lord Palmer fell. On Wednesday police announced the arrest of Marco Bellini. In 1815 the fleet sailed to the relief of Admiral Kerr.
TEXT
check "extract.actors.person-of-thing" $PY - "$tmp/person-of-thing.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/person-of-thing.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Lord Palmer"], ["Marco Bellini"], ["Kerr"]], got
PY
# members named after "among them" of a group a passive's "by" or a
# recipient's "to" governs, a place after the group's noun read past, take
# part; a group after "with ... on board" does not (actors63)
cat >"$tmp/group-members.txt" <<'TEXT'
GENEVA, Switzerland, March 4, 2031 — On May 3 the magazine L'Hebdo printed a letter signed by some of the best-known scientists in Switzerland, among them Marie Leclerc and Paul Fontaine. On June 2 the society mailed copies of the report to historians across Europe, among them Karl Brenner. On July 9 the Coast Guard reached the yacht with 12 sailors on board, among them Tomas Berg.
TEXT
check "extract.actors.group-members" $PY - "$tmp/group-members.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/group-members.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["L'Hebdo", "Marie Leclerc", "Paul Fontaine"], ["Karl Brenner"], ["Coast Guard"]], got
PY
# a "he" or "she" is never a body: after a body's clause it is the
# one-word name that clause acts on, or no one (actors64)
cat >"$tmp/he-not-a-body.txt" <<'TEXT'
LAGOS, Nigeria, March 4, 2031 — Okonkwo had led the federation since 2015. On May 4, 2030, the Ethics Committee suspended Okonkwo, and he resigned the same afternoon. On June 2 the Senate rejected the budget, and he vetoed the next one. Marisol had played for the club since 2024. On July 9 the Football Association banned Marisol for six matches, and she appealed two days later.
TEXT
check "extract.actors.he-not-a-body" $PY - "$tmp/he-not-a-body.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/he-not-a-body.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Okonkwo"], ["Ethics Committee", "Okonkwo"], ["Okonkwo"], ["Senate"], [],
               ["Marisol"], ["Football Association", "Marisol"], ["Marisol"]], got
PY
# a "they" after a list that is the clause before's subject is the whole
# list; a list the clause acts on is not (actors64)
cat >"$tmp/they-after-list.txt" <<'TEXT'
In 1904 Britain, France and Spain signed the convention, and in May 1905 they ratified it. In March 1922 Volvo and Geely agreed terms, and on April 2, 1922, they announced the merger. In 1854 Russia fought Britain and France, and in 1856 they signed a treaty at Paris.
TEXT
check "extract.actors.they-after-list" $PY - "$tmp/they-after-list.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/they-after-list.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Britain", "France", "Spain"], ["Britain", "France", "Spain"], ["Volvo", "Geely"],
               ["Volvo", "Geely"], ["Russia", "Britain", "France"], ["Russia"]], got
PY
# a left-out subject is the clause before's subject: never a companion
# or an object named after a pronoun subject's verb ("she inspected the
# cargo with two surveyors, X and Y, and ordered"), nor a relative
# clause's doer (", who resigned in 2029, and wrote"); a participle's
# agent ("joined by his cousin X") and a pronoun inside a clause of its
# own ("After he left, X seized") keep theirs (events_test30, _test34)
# (actors65)
cat >"$tmp/pronoun-subject.txt" <<'TEXT'
ROTTERDAM, Netherlands, March 4, 2031 — On Monday she inspected the cargo with two surveyors, Ole Ryg and Tor Vik, and ordered a recount. On Tuesday the auditor met Jan Smit, who resigned in 2029, and wrote to the board. In 1890 he sailed up the Elbe, joined by his cousin Karl Weiss, and took Altona. After he left, Piet Hein seized the fort on Friday, and looted it.
TEXT
check "extract.actors.pronoun-subject" $PY - "$tmp/pronoun-subject.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/pronoun-subject.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Ole Ryg", "Tor Vik"], [], ["Jan Smit"], ["Jan Smit"], [], ["Karl Weiss"],
               ["Karl Weiss", "Altona"], [], ["Piet Hein"], ["Piet Hein"]], got
PY
# an unknown name set off by a comma after a thing's noun that a verb
# governs ("found a comet, Halvard,", "built a small hut, Nordheim,") is
# the thing's, no participant; after an agent's noun ("hired a tenor,
# X,") or a preposition's ("a wrestler in the second division, X,") the
# name may act (events_test33, _test34) (actors65)
cat >"$tmp/thing-apposition.txt" <<'TEXT'
In 1978 Anna Berg found a comet, Halvard, near Jupiter. In 1911 the men built a small hut, Nordheim, on the ice. In May 1850 the opera house hired a tenor, Lindqvist, for the season. In 1902 a wrestler in the second division, Takamura, struck the referee. In 1923 Olsen bought a farm, Solberg, and in 1925 he sold the estate.
TEXT
check "extract.actors.thing-apposition" $PY - "$tmp/thing-apposition.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/thing-apposition.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Anna Berg"], [], ["Lindqvist"], ["Takamura"], ["Olsen"], ["Olsen"]], got
PY
# an unknown name joined by "and" to a thing's singular noun ("tested
# for arsenic and Pfiesteria", "Noah and the ark,", "Tolite and
# guncotton.") is an item of a list of things, no participant; a noun of
# people ("Norgay and the crew", "Okafor and his wife") or a pronoun
# ("she and Okoro") keeps the name (events_test27, _test28, _test34)
# (actors65)
cat >"$tmp/thing-list.txt" <<'TEXT'
LIMA, Peru, March 4, 2031 — On Monday Sedapal tested the reservoir for arsenic and Pfiesteria. In 1925 Darrow questioned Bryan on the flood, Noah and the ark, and the age of the earth. In 1953 Norgay and the crew reached the summit. On Tuesday Okafor and his wife left Lagos. In 1917 the ship carried picric acid, Tolite and guncotton. On Friday she and Okoro left Lima.
TEXT
check "extract.actors.thing-list" $PY - "$tmp/thing-list.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/thing-list.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Sedapal"], ["Darrow", "Bryan"], ["Norgay"], ["Okafor"], [], ["Okoro"]], got
PY
# a held event's or a structure's name that opens the sentence and acts
# in the perfect ("has cancelled the second performance", "has suspended
# all flights") is the body that runs it, as in the past tense; a war's
# name and a perfect with no object stay out (actors66)
cat >"$tmp/perfect-acts.txt" <<'TEXT'
SALZBURG, Austria, March 4, 2031 — The Salzburg Festival has cancelled the second performance of its new production on Monday. Vienna International Airport has suspended all flights on Tuesday. The Lindmark Canal has reopened to traffic on Wednesday. The Crimean War had ended the alliance by 1856.
TEXT
check "extract.actors.perfect-acts" $PY - "$tmp/perfect-acts.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/perfect-acts.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Salzburg Festival"], ["Vienna International Airport"], [], []], got
PY
# an aside that names a member before "among them" ("two riders, Berg
# among them,") closes at its comma: a name after it is the clause's own,
# no member of the group ("and gave the victory to Henri Lund"); members
# named after "among them" stay as before (actors66)
cat >"$tmp/member-aside.txt" <<'TEXT'
OSLO, Norway, March 4, 2031 — In 1908 the federation disqualified two riders, Berg among them, and gave the victory to Henri Lund. In 1909 the federation disqualified two riders, Dahl among them, and gave the victory to the third, Ola Moe. In 1912 the ship sailed with 312 passengers on board, among them Per Vik.
TEXT
check "extract.actors.member-aside" $PY - "$tmp/member-aside.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/member-aside.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ["Henri Lund"], [], ["Ola Moe"], []], got
PY
# a name in apposition to a noun ("to the editor, Ingrid Dahl,") is that
# noun's: the phrase after its comma ("a race round Norway") is the verb's
# object, no second apposition saying the name is a happening ("the Grand
# Embassy, a journey of 250 people," keeps that reading) (actors66)
cat >"$tmp/noun-apposition.txt" <<'TEXT'
OSLO, Norway, March 4, 2031 — In 1902 Hansen proposed to the editor, Ingrid Dahl, a race round Norway. In 1903 the reporter Ola Moe suggested to his publisher, Per Vik, a tour of the fjords. In 1697 Tsar Peter set out on the Grand Embassy, a journey of 250 people.
TEXT
check "extract.actors.noun-apposition" $PY - "$tmp/noun-apposition.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/noun-apposition.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Hansen", "Ingrid Dahl"], ["Ola Moe", "Per Vik"], ["Peter"]], got
PY
# a body of state or service before a craft's noun runs the craft and
# acts ("a Canadian Coast Guard cutter towed", "a Royal Navy helicopter
# lifted"), as a firm before its crew does; a firm before a craft is its
# maker and stays out ("a Sikorsky helicopter") (actors66)
cat >"$tmp/craft-operator.txt" <<'TEXT'
HALIFAX, Nova Scotia, March 4, 2031 — On Monday a Canadian Coast Guard cutter towed the trawler to Sydney. On Tuesday a Royal Navy helicopter lifted the crew to safety. On Wednesday a Sikorsky helicopter lifted two fishermen off the rocks.
TEXT
check "extract.actors.craft-operator" $PY - "$tmp/craft-operator.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/craft-operator.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Canadian Coast Guard"], ["Royal Navy"], []], got
PY
# a firm's noun that introduces a name gives it its kind past the
# noun's modifiers ("a Chemnitz firm called X") and past a phrase of
# place before the apposition's comma ("a firm from Oradea, X,"); a
# person's noun keeps a person (events_test31, _test34) (actors67)
cat >"$tmp/firm-noun-reach.txt" <<'TEXT'
LYON, France, March 3, 2031 — On Monday the council hired a Lyon firm called Sorel Batiment to repair the bridge. On Tuesday the ministry fined a small Danish firm called Holm Teknik for late filings. On Wednesday a firm from Braga, Ferreira Obras, began repairing the road. On Friday a lawyer from Lisbon, Marta Pinto, filed the appeal. On Friday a man called Tomas Reyes won the lottery.
TEXT
check "extract.actors.firm-noun-reach" $PY - "$tmp/firm-noun-reach.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/firm-noun-reach.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ["Sorel Batiment", "Holm Teknik", "Ferreira Obras", "Marta Pinto", "Tomas Reyes"]]
assert got == ["company", "company", "company", "person", "person"], got
PY
# a name right after "born" or "née" in an aside after the subject's
# own name, or after "was born", is the name the subject bore at birth,
# no one else; an aside after a common noun ("Her sister, born X,")
# names the subject herself, and "the newly born Prince X" is the
# subject (events_test16, _test35) (actors68)
cat >"$tmp/birth-name.txt" <<'TEXT'
TALLINN, Estonia, March 4, 2031 — In 1905 Ilse Varga, born Ilse Kromm in Tartu in 1871, opened a school in Riga. Her sister, born Anna Kromm, married Marten Lind in 1910. In 1912 Pilvik, who was born Teodor Saar, founded a newspaper. In 1920 the newly born Prince Aro was shown to Tartu. In 1925 Ada Rebane, née Lepp, sold the newspaper to Juhan Tamm.
TEXT
check "extract.actors.birth-name" $PY - "$tmp/birth-name.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/birth-name.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Ilse Varga"], ["Anna Kromm", "Marten Lind"], ["Pilvik"], ["Aro"], ["Ada Rebane", "Juhan Tamm"]], got
PY
# "told" with a listener and nothing told up to its clause's end ("told
# the players at the training ground on Monday morning and left") is a
# telling whose teller acts; the press as listener ("told reporters") or
# a quotation before stays a report (events_test35) (actors68)
cat >"$tmp/plain-telling.txt" <<'TEXT'
LYON, France, May 17, 2050 — Marc Duvalier resigned as coach of Olympique Rhône on Monday. Duvalier, 49, told the players at the training ground in Vénissieux on Monday morning and left before noon. Claire Morin told the staff at 9 a.m. on Tuesday. Morin told reporters at the stadium on Tuesday. "We will rebuild," Morin told the supporters on Wednesday.
TEXT
check "extract.actors.plain-telling" $PY - "$tmp/plain-telling.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/plain-telling.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Marc Duvalier"], ["Marc Duvalier"], ["Marc Duvalier"], ["Claire Morin"], [], []], got
PY
# a verb after the listener opens a bare clause of what was told ("told
# the council the tunnel had flooded on Monday"): a report, its teller no
# actor; "told the crew at the harbour on Wednesday and left" stays a
# telling (review52)
cat >"$tmp/plain-telling-content.txt" <<'TEXT'
BERGEN, Norway, June 9, 2044 — Ivar Holm told the council the tunnel had flooded on Monday. Sigrid Berg told the board the ferry sank on Tuesday. Berg told the crew at the harbour on Wednesday and left.
TEXT
check "extract.actors.plain-telling-content" $PY - "$tmp/plain-telling-content.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/plain-telling-content.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Sigrid Berg"]], got
PY
# a verb of going in -ing after a determiner and an adjective ("After a
# stormy crossing X landed", "After the crossing X took") is a noun: the
# name after it is the next clause's subject, no place crossed ("after
# crossing Lake X", "a bridge crossing the X" stay places) (events_test35)
# (actors68)
cat >"$tmp/going-noun.txt" <<'TEXT'
DOVER, England, May 17, 1890 — Anna Kovalenko left Calais on May 9. After a stormy crossing Kovalenko landed in Dover on May 10. After the crossing Kovalenko took a train to London on May 11. On May 12 the steamer, after crossing Lake Ladoga, reached Sortavala. On May 14 rebels blew up a bridge crossing the Tigris.
TEXT
check "extract.actors.going-noun" $PY - "$tmp/going-noun.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/going-noun.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Anna Kovalenko"], ["Anna Kovalenko"], ["Anna Kovalenko"], [], []], got
PY
# "beneath", "below" or "underneath" the name after a noun is of place,
# past "the" as "over" is ("a crack beneath the X", "a wreck below the
# X"); after a verb it is the verb's ("finished below the X", "ranked
# below the X Bank") (events_test31) (actors68)
cat >"$tmp/depth-place.txt" <<'TEXT'
PRAGUE, Czech Republic, March 4, 2031 — On Monday engineers found a crack beneath the Vltava. On Tuesday divers found a wreck below the Morava. On Wednesday the club finished below the Sparta in the league. On Thursday Kessler Bank ranked below the Ceska Bank in a survey.
TEXT
check "extract.actors.depth-place" $PY - "$tmp/depth-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/depth-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Sparta"], ["Kessler Bank", "Ceska Bank"]], got
PY
# a research, cancer or co-ordination centre is a body (an institution)
# that acts, as a medical centre is: no person's name, and staff "at" it
# stand for it (events_test25) (actors68)
cat >"$tmp/centre-body.txt" <<'TEXT'
RUSE, Bulgaria, June 3, 2031 — The Kovac Research Centre found the strain on Monday. The Kovac Research Center found the strain on Tuesday. The Kovac Medical Centre closed its ward on Wednesday. The Kovac Cancer Centre opened a clinic on Thursday. Scientists at the Kovac Research Centre found a second strain on Friday.
TEXT
check "extract.actors.centre-body" $PY - "$tmp/centre-body.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/centre-body.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
centre = ("Kovac Research Centre", "institution")
assert got == [[centre], [("Kovac Research Center", "institution")], [("Kovac Medical Centre", "institution")],
               [("Kovac Cancer Centre", "institution")], [centre]], got
PY
# a firm's trade or a utility's service, in English or another language,
# as a name's first or last word makes it a firm's, not a person's
# guessed by its word count ("Energia", "Vodokanal", "Salvage", "Bouw",
# "Pesquera"); a ballet company and the Italian police are bodies
# (events_test25, _test28) (actors70)
cat >"$tmp/firm-words.txt" <<'TEXT'
VARNA, Bulgaria, March 3, 2031 — On Monday engineers from Dobrova Energia inspected the plant. On Tuesday the regulator fined Vodokanal Pleven for leaks. On Wednesday Kuiper Salvage raised the wreck. On Thursday Mandla Ports signed the lease. On Friday Veenstra Bouw began the dike. On Saturday Ballets Orsini cancelled the premiere. On Sunday the Polizia Municipale closed the square. On Monday Pesquera Talcahuano lost its licence. On Tuesday Nordvik Energi cut prices. On Wednesday Constructora Huaylas resumed work. On Thursday Jonas Petrauskas resigned.
TEXT
check "extract.actors.firm-words" $PY - "$tmp/firm-words.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/firm-words.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
names = ["Dobrova Energia", "Vodokanal Pleven", "Kuiper Salvage", "Mandla Ports", "Veenstra Bouw", "Ballets Orsini",
         "Polizia Municipale", "Pesquera Talcahuano", "Nordvik Energi", "Constructora Huaylas", "Jonas Petrauskas"]
got = [kinds.get(n) for n in names]
assert got == ["company"] * 5 + ["organization", "institution", "company", "company", "company", "person"], got
PY
# "the rival exporter X", "an exporter, X,": an exporter named is a firm;
# a partner that a person owns stays a person (events_test25) (actors70)
cat >"$tmp/exporter-noun.txt" <<'TEXT'
MENDOZA, Argentina, May 5, 2031 — On Monday the rival exporter Montes Claros agreed to take over 30 of Bodega Lunlunta's contracts. On Wednesday an exporter, Rio Seco Frutas, filed for bankruptcy. On Friday her partner Lucia Ferreyra sold the house.
TEXT
check "extract.actors.exporter-noun" $PY - "$tmp/exporter-noun.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/exporter-noun.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Montes Claros", "company")], [("Rio Seco Frutas", "company")], [("Lucia Ferreyra", "person")]], got
PY
# a Maori iwi ("Ngāti X", "Ngai X"), an Arab tribe ("Banu X") and a
# Scottish clan ("Clan X") are peoples, groups, not a person's name
# (events_test15) (actors70)
cat >"$tmp/kin-group.txt" <<'TEXT'
NELSON, New Zealand, May 5, 2031 — On Monday Ngāti Rārua signed the settlement. On Tuesday Ngai Tahu bought the farm. On Wednesday Banu Qasim raided the caravan. On Thursday Clan Donald seized the castle. On Friday Hemi Parata resigned.
TEXT
check "extract.actors.kin-group" $PY - "$tmp/kin-group.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/kin-group.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ["Ngāti Rārua", "Ngai Tahu", "Banu Qasim", "Clan Donald", "Hemi Parata"]]
assert got == ["group", "group", "group", "group", "person"], got
PY
# a firm whose name opens with its trade's word ("Uitgeverij Kade",
# "Molkerei X") is named again by the words after it, as a firm is by its
# owner's name; not an airline's country nor a given name (events_test30)
# (actors73)
cat >"$tmp/trade-first-form.txt" <<'TEXT'
ROTTERDAM, Netherlands, June 2, 2031 — On Monday Uitgeverij Haverkamp printed the memoir. Haverkamp withdrew it on Tuesday. On Wednesday Molkerei Brandstetter recalled its butter. Brandstetter closed the plant on Thursday. On Friday Air Moldova cancelled the flight. Moldova protested on Saturday. On Sunday Maison Pierre opened a shop. Pierre resigned on Monday.
TEXT
check "extract.actors.trade-first-form" $PY - "$tmp/trade-first-form.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/trade-first-form.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got[2:4] == [["Molkerei Brandstetter"]] * 2, got
assert got[1] == ["Uitgeverij Haverkamp"], got
assert "Air Moldova" not in got[5] and got[7] == ["Pierre"], got
PY
# "crews from X", "engineers from X": the staff of a firm named by where
# they come from; the firm acts, and a known place keeps its kind ("crews
# from Ohio") (events_test30) (actors73)
cat >"$tmp/crews-from.txt" <<'TEXT'
TROMSØ, Norway, January 9, 2031 — On Monday crews from Nordlys Kraft restored the line. On Tuesday crews from Ohio cleared the road. On Wednesday engineers from Brevik checked the turbine. On Thursday crews from Nordnett repaired the pier. On Friday soldiers of Kessaria burned the mill.
TEXT
check "extract.actors.crews-from" $PY - "$tmp/crews-from.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/crews-from.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Nordlys Kraft", "company")], [], [("Brevik", "company")], [("Nordnett", "company")], []], got
PY
# a share index or an average moves but never acts ("the X Industrial
# Average closed at", "the FTSE 100 lost"); a firm of an index's family
# word and a body named "of the Index" keep their actor (events_test33)
# (actors74)
cat >"$tmp/market-figure.txt" <<'TEXT'
HELSINKI, Finland, March 4, 2031 — On Monday the Nordic Composite Index closed at 1,204.5. On Tuesday the Kessel Industrial Average fell 3 percent. On Wednesday the FTSE 100 lost 2 percent. On Thursday Nikkei bought the Baltic Courier. On Friday the Board of the Index met in Turku.
TEXT
check "extract.actors.market-figure" $PY - "$tmp/market-figure.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/market-figure.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], ["Nikkei", "Baltic Courier"], ["Board of the Index"]], got
PY
# a market after "on" is where shares trade, no party; the market that
# acts keeps its actor, and a name that only ends in the word is another's
# (events_test23) (actors74)
cat >"$tmp/market-on.txt" <<'TEXT'
OSLO, Norway, March 4, 2031 — On Monday shares in Tornqvist Foods fell 6 percent on the Baltic Nordic Exchange. On Tuesday Halvard Mining listed its shares on the Kessel Bourse. On Wednesday the Baltic Nordic Exchange suspended trading in Tornqvist Foods. On Thursday the minister spoke on Exchange Radio.
TEXT
check "extract.actors.market-on" $PY - "$tmp/market-on.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/market-on.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Tornqvist Foods"], ["Halvard Mining"], ["Baltic Nordic Exchange", "Tornqvist Foods"], ["Exchange Radio"]], got
PY
# a possessive before a firm's figure ("X's sales doubled") or before the
# people who act for its owner ("X's forces", "X's generals", "X's
# board", "X's army") names what moves or acts, not the owner (actors74;
# "X's army" too since gold46's convention: the tuning gold gives the
# owner of armed men once in seven, "routed Peter's army", aligned)
cat >"$tmp/owned-figure.txt" <<'TEXT'
TURKU, Finland, March 4, 2031 — On Monday Kestrel Gazette's sales more than doubled. On Tuesday the rebels routed Halvor's forces near Lidköping. On Wednesday Sigrun's generals crossed the river. On Thursday a review that Norrvik Ferries's board ordered was published. On Friday Halvor's army crossed the river. On Saturday Sigrun's men stormed the harbour.
TEXT
check "extract.actors.owned-figure" $PY - "$tmp/owned-figure.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/owned-figure.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], [], [], []], got
PY
# "for" after a verb of leaving a few words before, past a route or a
# place left, names where one went, whatever it is; one worked "for" is
# a party (events_test36 Dawson City, events_test2 Birkbeck College)
# (actors71)
cat >"$tmp/destination-for.txt" <<'TEXT'
FAIRBANKS, Alaska, May 5, 2031 — In March 1897 about two thousand boats set off down the Tanana River for Harlan City. In June 1921 the chemist left Magnus's for Kessingham College. In June 1922 the chemist worked for Kessingham College. In July 1930 the steamer sailed from Seattle for Nomeville.
TEXT
check "extract.actors.destination-for" $PY - "$tmp/destination-for.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/destination-for.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ['Kessingham College'], []], got
PY
# people "from" a name are its inhabitants: the name is their home,
# no party; staff from a firm stand for it (events_test36 San Miguel)
# (actors71)
cat >"$tmp/origin-from.txt" <<'TEXT'
OAXACA, Mexico, May 5, 2031 — On Monday about 400 people from Santa Lucía marched to the square. On Tuesday villagers from Ruvuma Ndogo gathered outside the court. On Wednesday engineers from Dobrova Energia inspected the dam. On Thursday Ruvuma Ndogo sued the ministry.
TEXT
check "extract.actors.origin-from" $PY - "$tmp/origin-from.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/origin-from.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ['Dobrova Energia'], ['Ruvuma Ndogo']], got
PY
# a name that "was renamed" is done to, no party; the same name acting
# keeps its role (events_test36 Edo) (actors71)
cat >"$tmp/renamed-place.txt" <<'TEXT'
SENDAI, Japan, May 5, 2031 — In 1868 Kuromatsu was renamed Yamabe. In 1930 the town of Kestrel Point was later renamed Port Amber. In 1870 Kuromatsu attacked the fort.
TEXT
check "extract.actors.renamed-place" $PY - "$tmp/renamed-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/renamed-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ['Kuromatsu']], got
PY
# an owner's possessive between "at" and a venue ("at the city's X
# Museum") or between a verb of going and "castle town of X" leaves the
# name where something happens; the museum that buys acts
# (events_test36 Museum of the Cultures, Wakamatsu) (actors71)
cat >"$tmp/possessive-place.txt" <<'TEXT'
SENDAI, Japan, May 5, 2031 — The painting went on display at the city's Museum of Modern Crafts on Friday. The Museum of Modern Crafts bought the painting on Saturday. In October 1868 the army reached Aizu's castle town of Wakamatsu.
TEXT
check "extract.actors.possessive-place" $PY - "$tmp/possessive-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/possessive-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], ['Museum of Modern Crafts'], []], got
PY
# a clause after ", and" is its own happening when a time word stands
# at the joint: "soon afterwards" before its subject, a date's "that"
# ("at 6:40 that evening") before the comma; each clause keeps its own
# names (events_test25 Urzúa, _test27 Apollinaire) (clauses46)
cat >"$tmp/and-time-words.txt" <<'TEXT'
ROME, March 4, 2031 — On Monday police arrested the treasurer Marco Villa, and soon afterwards they questioned his deputy Enzo Ruggeri. In 1896 Fridtjof Nansen reached the camp at 6:40 that evening, and shook hands with the explorer, Frederick Jackson.
TEXT
check "extract.clauses.and-time-words" $PY - "$tmp/and-time-words.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/and-time-words.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Marco Villa"], ["Enzo Ruggeri"], ["Fridtjof Nansen"],
               ["Fridtjof Nansen", "Frederick Jackson"]], got
PY
# a count of time before the subordinator that opens a sentence
# ("Twenty minutes after X sank, ...", "Shortly after ...") leaves the
# main clause after the comma a part of its own, labelled by its own
# words (merge pair109: "Sixteen minutes after Ruiz fell, the club
# halted the race" was headlined "Ruiz fell") (clauses46)
cat >"$tmp/counted-opener.txt" <<'TEXT'
OSLO, March 4, 2031 — Twenty minutes after the ferry Nordstjerne sank on Monday, the coastguard launched a lifeboat. Shortly after the Tsar left Vilna in June 1812, Napoleon entered the city.
TEXT
check "extract.clauses.counted-opener" $PY - "$tmp/counted-opener.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/counted-opener.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
got = [r["label"] for r in rows if r["type"] == "event"]
assert got == ["The ferry Nordstjerne sank", "The coastguard launched a lifeboat",
               "The Tsar left Vilna", "Napoleon entered the city"], got
PY
# a relative clause with no commas inside a subject ends at the next
# past verb after its own ("about 3,000 commuters who had bought season
# tickets | were left", "after merchants who had lost their warehouses |
# blamed him"): that subject's clause is a part of its own
# (events_test33 Caledonian, _test11 Corvid) (clauses46)
cat >"$tmp/relative-end.txt" <<'TEXT'
ABERDEEN, March 7, 2047 — Drivers at Nordbus began a strike at midnight on Wednesday, and about 3,000 commuters who had bought season tickets were left stranded. In 1666 the Lord Mayor, Thomas Bloodworth, left the city after merchants who had lost their warehouses blamed him for the fire.
TEXT
check "extract.clauses.relative-end" $PY - "$tmp/relative-end.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relative-end.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
got = [r["label"] for r in rows if r["type"] == "event"]
assert "About 3,000 commuters were left stranded" in got, got
assert "Merchants who had lost their warehouses blamed him" in got, got
PY
# a count of time opening a clause past that clause's own end left a
# crossed span, whose label asked for 2^64 bytes and never returned
# (review50's random text, this session's rounds): a crossed clause tells
# nothing, and the run ends with the other events
cat >"$tmp/crossed-clause.txt" <<'TEXT'
On 3 May 2021 the mayor spoke. Late on October 12, who was elected in May; told reporters, told reporters (the board), then, at least on May 5, Graham Pettit, the following Sunday.
TEXT
check "extract.clauses.crossed-span-ends" $PY - "$tmp/crossed-clause.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/crossed-clause.txt"],
                     capture_output=True, text=True, timeout=60).stdout
rows = list(map(json.loads, out.splitlines()))
got = [r["label"] for r in rows if r["type"] == "event"]
assert got[0] == "The mayor spoke", got
PY
# the parts of one sentence do not overlap: a boundary is looked for past
# the part's start only, so the part after a subject's inserted clause
# that closed past its date does not open again inside that clause (it
# opened at the boundary before, 32-90 and 76-181 above) (clauses48)
check "extract.clauses.parts-apart" $PY - "$tmp/crossed-clause.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/crossed-clause.txt"],
                     capture_output=True, text=True, timeout=60).stdout
rows = [r for r in map(json.loads, out.splitlines()) if r["type"] == "event"]
spans = sorted((r["start"]["offset"], r["end"]["offset"]) for r in rows)
assert len(spans) >= 3, spans
for a, b in zip(spans, spans[1:]):
    assert a[1] <= b[0], spans
PY
# a verb that tells a finding, dated apart, and its content clause with
# a date of its own are two happenings, each with its own names ("A
# review board under Edgar Cortright reported in June that two heater
# switches had welded shut ... in March", events_test26 apollo-13); a
# saying stays one event, its content's (clauses47)
cat >"$tmp/finding-content.txt" <<'TEXT'
GENEVA, March 4, 2031 — An inquiry under Judge Marta Ivanova concluded in February that the Meridian Bank had moved 40 million francs to Cyprus in 2029. In 1913 a commission led by Walter Burns found in May that the Dalton Mill had dumped dye into the river in March 1912. Veltro Airways said on Tuesday that the engine had failed in January.
TEXT
check "extract.clauses.finding-content" $PY - "$tmp/finding-content.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/finding-content.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [(r.get("date"), [names[a] for a in r.get("actors", [])])
       for r in rows if r["type"] == "event"]
assert got == [("2031-02", ["Marta Ivanova"]), ("2029", ["Meridian Bank"]),
               ("1913-05", ["Walter Burns"]), ("1912-03", ["Dalton Mill"]),
               ("2031-01", [])], got
PY
# a title that is an adjective too ("General", "Grand") before one word
# the words around call a firm's is the firm's first word ("Shares of
# General Dynamics" gave a person "Dynamics"); a rank before a family
# name stays a rank (actors57)
cat >"$tmp/title-of-firm.txt" <<'TEXT'
DETROIT, Michigan, March 4, 2031 — Shares of General Robotics fell 6 percent on Monday. General Okafor inspected the base on Tuesday. Shares of Grand Holdings rose on Wednesday.
TEXT
check "extract.actors.title-of-firm" $PY - "$tmp/title-of-firm.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/title-of-firm.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
actors = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[actors[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("General Robotics", "company")], [("Okafor", "person")],
               [("Grand Holdings", "company")]], got
PY
# a given name "of" a place ("Catherine of Aragon") is not named again by
# the place alone ("Aragon joined the Holy League") (actors57)
cat >"$tmp/given-of-place.txt" <<'TEXT'
In 1509 Catherine of Aragon married Henry VIII. In 1512 Aragon joined the Holy League.
TEXT
check "extract.actors.given-of-place" $PY - "$tmp/given-of-place.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/given-of-place.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Catherine of Aragon", "Henry VIII"], ["Aragon", "Holy League"]], got
PY
# a place's or a body's name before an office's lower-case noun and its
# holder's name only says whose the office is: the holder acts ("West
# Yorkshire mayor Tracy Brabin"); a name the verb follows acts (actors69)
cat >"$tmp/office-modifier.txt" <<'TEXT'
GRAZ, Austria, May 4, 2031 — On Monday Lower Styria police chief Anton Reiter closed the road. On Tuesday North Brabant governor Ilse Dekker opened the dam. On Friday Upper Volta state prosecutor Ali Sanou charged the men. On Friday Ostrava Steel fired its director Jan Novak. On Friday Kessel Brothers named director Eva Horak. On Sunday Rosa Delgado and vice president Luis Mora signed the pact.
TEXT
check "extract.actors.office-modifier" $PY - "$tmp/office-modifier.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/office-modifier.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Anton Reiter"], ["Ilse Dekker"], ["Ali Sanou"], ["Ostrava Steel", "Jan Novak"],
               ["Kessel Brothers", "Eva Horak"], ["Rosa Delgado", "Luis Mora"]], got
PY
# two names joined by "and" after "the" and before a common noun say which
# the noun is and take no part, as one name there does; a body's noun
# ("councils") keeps them, armed men ("forces") do not (gold46: the gold
# gives no polity for its forces), and a participle or an adverb after
# the pair makes it a subject (actors72; events_test36's "the White Pass
# and Yukon Route railway")
cat >"$tmp/coordinated-modifier.txt" <<'TEXT'
KELSO, Canada, May 4, 2031 — On Monday the Copper Ridge and Silver Lake railway was completed. On Tuesday the Kestrel Vale and Otter Mead ferries sank. On Wednesday the Amber Coast and Northern Line tramway opened. On Thursday the Dunmore and Kilbride forces took the pass. On Friday the Dunmore and Kilbride councils quickly signed the pact. On Saturday Nora Vance and Pablo Ruiz signed the pact.
TEXT
check "extract.actors.coordinated-modifier" $PY - "$tmp/coordinated-modifier.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/coordinated-modifier.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got[:3] == [[], [], []] and got[5] == ["Nora Vance", "Pablo Ruiz"], got
assert got[3] == [] and "Dunmore" in got[4], got
PY
# "Railways" ends a firm's name as "Railway" does ("Kenya Railways"); a
# ministry of railways stays a government (actors72; events_test36)
cat >"$tmp/railways-firm.txt" <<'TEXT'
NAIROBI, Kenya, May 4, 2031 — On Monday the Ministry of Railways ordered an inquiry. On Tuesday Kamba Railways suspended services.
TEXT
check "extract.actors.railways-firm" $PY - "$tmp/railways-firm.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/railways-firm.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["id"]: (r["name"], r["kind"]) for r in rows if r["type"] == "actor"}
got = [[kinds[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[("Ministry of Railways", "government")], [("Kamba Railways", "company")]], got
PY
# a maker's or a builder's trade said of a name in an apposition after it
# makes a firm ("X, a Czech coachbuilder,", "X, the Danish drugmaker,");
# a craftsman's trade ("Y, a watchmaker,") leaves a person (actors75)
cat >"$tmp/firm-trade.txt" <<'TEXT'
BRNO, March 3, 2031 — Karosa Veltrum, a Czech coachbuilder, agreed on Tuesday to buy Lindab Bus. Holvik, the Danish drugmaker, froze its payments on Monday. Hans Vogel, a watchmaker, retired on Wednesday.
TEXT
check "extract.actors.firm-trade" $PY - "$tmp/firm-trade.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/firm-trade.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
kinds = {r["name"]: r["kind"] for r in rows if r["type"] == "actor"}
got = [kinds.get(n) for n in ("Karosa Veltrum", "Holvik", "Hans Vogel")]
assert got == ["company", "company", "person"], kinds
PY
# a body's word alone after "the" and "and" before a body's name is the
# field that body is named for: one name ("the Port and Madeira Wines
# Institute", "the Army and Navy Club"); a firm after "and" stays apart
# (actors72; events_test34's "The Port and Douro Wines Institute")
cat >"$tmp/lone-body-word.txt" <<'TEXT'
LISBON, Portugal, May 4, 2031 — On Tuesday the Port and Madeira Wines Institute fined the firm. On Wednesday the Army and Navy Club closed its doors. On Friday the Authority and Kessel Shipping signed the deal.
TEXT
check "extract.actors.lone-body-word" $PY - "$tmp/lone-body-word.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/lone-body-word.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Port and Madeira Wines Institute"], ["Army and Navy Club"],
               ["Authority", "Kessel Shipping"]], got
PY
# troops named by two polities joined by "and" say whose they are, as
# one polity's name before them does: neither takes part (gold46's
# convention for armed men, which replaces actors72's "fight for both";
# events_test36's "the smaller Satsuma and Choshu forces", aligned)
cat >"$tmp/coordinated-forces.txt" <<'TEXT'
KELSO, Canada, May 4, 2031 — On Tuesday the Dunmore and Kilbride forces took the fort. On Wednesday the Dunmore and Kilbride armies met near Tolm. On Thursday the Kilbride forces took the pass. On Friday the Dunmore and Kilbride railway was completed.
TEXT
check "extract.actors.coordinated-forces" $PY - "$tmp/coordinated-forces.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/coordinated-forces.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], []], got
PY
# a participle or an adjective that opens a sentence or a headline and
# a proper adjective after it, before a lower-case noun, are no name
# ("Stolen Zapotec masks"); a given name in -ed keeps its place (actors72;
# events_test36's headline "Stolen Mixtec codex goes on display")
cat >"$tmp/opening-adjective.txt" <<'TEXT'
Stolen Zapotec masks go on show in Puebla

PUEBLA, Mexico, May 4, 2031 — Stolen Zapotec masks went on show in Puebla on Monday. Painted Aztec shields went on sale on Tuesday. Former Ostrava mayor Jan Novak was jailed on Wednesday. Mehmed Kaya signed the lease on Thursday. Fabled Ostrava brewer Karel Dvorak died on Friday. Ahmed Salah opened the bridge on Saturday.
TEXT
check "extract.actors.opening-adjective" $PY - "$tmp/opening-adjective.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/opening-adjective.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Jan Novak"], ["Mehmed Kaya"], ["Karel Dvorak"], ["Ahmed Salah"]], got
PY
# a noun of one person of a nation ("the Swede", "the Dutchman") before
# a name describes it and is no word of it; alone ("a Czech and a Pole")
# it names no one (actors69; events_test33's "a German and a Pole")
cat >"$tmp/nationality-noun.txt" <<'TEXT'
BERGEN, Norway, May 4, 2031 — On Monday the Swede Lina Holm won the stage ahead of the Briton Owen Pryce. On Tuesday the Dutchman Joost Brink broke his wrist. On Friday the judges disqualified a Czech and a Pole for their suits.
TEXT
check "extract.actors.nationality-noun" $PY - "$tmp/nationality-noun.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/nationality-noun.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Lina Holm"], ["Joost Brink"], []], got
PY
# "Dane", a given name as often as a nation's noun, stays a word of the
# name ("Dane Whitlock opened", "The comedian Dane Whitlock"), as "Finn"
# does (review53 found actors69's list took it)
cat >"$tmp/given-name-dane.txt" <<'TEXT'
BOSTON, March 3, 2031 — Dane Whitlock opened the festival on Monday. The comedian Dane Whitlock closed it on Tuesday.
TEXT
check "extract.actors.given-name-dane" $PY - "$tmp/given-name-dane.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/given-name-dane.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Dane Whitlock"], ["Dane Whitlock"]], got
PY
# a speaker after the verb of saying and a title (", said Colonel Ivar
# Holt.", "said Dr. Lena Moss, who runs it") only says, as one with no
# title does (actors69)
cat >"$tmp/titled-speaker.txt" <<'TEXT'
BERGEN, Norway, May 4, 2031 — Snow closed the pass on Monday, said Colonel Ivar Holt. The clinic reopened on Tuesday, said Dr. Lena Moss, who runs it. On Friday Captain Olav Berg steered the ferry into Bergen.
TEXT
check "extract.actors.titled-speaker" $PY - "$tmp/titled-speaker.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/titled-speaker.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], ["Olav Berg"]], got
PY
# a day after the verb of saying is no title: the name after it is the
# content's subject ("said Tuesday John Smith was held"; review53)
cat >"$tmp/titled-speaker-day.txt" <<'TEXT'
BERGEN, Norway, May 4, 2031 — Police said Friday Arne Lund was held in Voss after the raid.
TEXT
check "extract.actors.titled-speaker-day" $PY - "$tmp/titled-speaker-day.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/titled-speaker-day.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [["Arne Lund"]], got
PY
# a source the sentence is told by, closing it before "reported" (", the
# news agency Baltinfo reported.") or after "according to" and a noun
# ("according to the broadcaster LRT"), takes no part; a firm that
# "reported a loss" did (actors69)
cat >"$tmp/news-source.txt" <<'TEXT'
KAUNAS, Lithuania, May 4, 2031 — The mill had been ordered to shut in 2029, the news agency Baltinfo reported. The ferry ran aground on Monday, the newspaper Kauno Diena reported on Tuesday. The dam burst on Sunday, according to the broadcaster LRT. On Friday Vilkas Foods reported a loss.
TEXT
check "extract.actors.news-source" $PY - "$tmp/news-source.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/news-source.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], ["Vilkas Foods"]], got
PY
# an attribution is no label: after a clause whose verb is not known
# (", according to police.", ", officials said.") the clause before it
# is kept, and an opening "According to X," is left out; one with a
# clause of its own inside stays (clauses49)
cat >"$tmp/according-label.txt" <<'TEXT'
GDANSK, Poland, June 9, 2031 — The levee burst on Sunday, according to the regional broadcaster. The main pipe burst on Monday, officials said. According to the port authority, the crane fell on Tuesday. According to the union they were striking against the closure, and the yard shut on Wednesday.
TEXT
check "extract.label.according-to" $PY - "$tmp/according-label.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/according-label.txt"],
                     capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[:3] == [("The levee burst", "2031-06-08"), ("The main pipe burst", "2031-06-09"),
                   ("The crane fell", "2031-06-03")], got
assert got[3][0].startswith("According to the union they were striking"), got
PY
# a dateline whose place has letters beyond ASCII ("ÅLESUND,",
# "ŁÓDŹ,") is a dateline: its country is no doer of a part whose
# subject is left out (clauses49)
cat >"$tmp/dateline-latin.txt" <<'TEXT'
ÅLESUND, Norway, January 12, 2032 — A storm tore the roof off the ferry terminal on Sunday and flooded the fish market at Brosundet.

ŁÓDŹ, Poland, January 12, 2032 — Sleet froze the points on Saturday and stranded two trains near Koluszki.
TEXT
check "extract.actors.dateline-latin" $PY - "$tmp/dateline-latin.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/dateline-latin.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = [[names[a] for a in r.get("actors", [])] for r in rows if r["type"] == "event"]
assert got == [[], [], [], []], got
PY
# ", and" opens a clause of its own: its subject did the reporting, no
# source set off by the comma (review53)
cat >"$tmp/news-source-clause.txt" <<'TEXT'
KAUNAS, Lithuania, May 4, 2031 — The barn burned down on Monday, and the herdsman Tomas Vaitkus reported.
TEXT
check "extract.actors.news-source-clause" $PY - "$tmp/news-source-clause.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/news-source-clause.txt"],
                     capture_output=True, text=True).stdout
rows = list(map(json.loads, out.splitlines()))
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
got = sorted(n for r in rows if r["type"] == "event" for n in (names[a] for a in r.get("actors", [])))
assert got == ["Tomas Vaitkus"], got
PY
# a "because" clause in the past perfect with a date of its own, after a
# main clause with its own, is a happening of its own dated by it
# ("summoned in October because a commission had reported in September");
# undated, after a dated main clause, it is a reason of its own dated by
# that clause (clauses18: "sold its captain on Tuesday because he had
# asked to leave")
cat >"$tmp/perfect-own-date.txt" <<'TEXT'
BERGEN, Norway, March 6, 2026 — The mill closed on Thursday because its lender, North Bank, had frozen its credit line on February 27. The club sold its captain on Tuesday because he had asked to leave. The council was summoned in October 2025 because a commission had been told in September that the roof leaked.
TEXT
check "extract.clause.perfect-own-date" $PY - "$tmp/perfect-own-date.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/perfect-own-date.txt"],
                     capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == [("The mill closed", "2026-03-05"),
               ("Its lender, North Bank, had frozen its credit line", "2026-02-27"),
               ("The club sold its captain", "2026-03-03"),
               ("He had asked to leave", "2026-03-03"),
               ("The council was summoned", "2025-10"),
               ("A commission had been told that the roof leaked", "2025-09")], got
PY
# a "because" clause after a part that writes its date is a happening of
# its own with its own subject, dated by that part (clauses18): its past
# perfect counts as its verb ("cut the rating the next morning because the
# losses had wiped out ..."), a count of time before "because" measures
# nothing of it ("by three weeks because"), after a content clause only a
# past perfect splits (a simple past may be what was said), and after an
# undated main clause the reason stays in it
cat >"$tmp/reason-clause.txt" <<'TEXT'
BERGEN, Norway, March 6, 2026 — The plant halted output on Thursday because a fire had damaged its main kiln. The board said on Monday that it would postpone the vote by three weeks because its auditor had resigned. The chairman said on Tuesday that the club sold the striker because he wanted to leave. The ferry sailed because the storm had passed.
TEXT
check "extract.clause.reason-clause" $PY - "$tmp/reason-clause.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/reason-clause.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
got = [(e["label"], e["date"]) for e in events]
assert got == [("The plant halted output", "2026-03-05"),
               ("A fire had damaged its main kiln", "2026-03-05"),
               ("The board said that it would postpone the vote", "2026-03-02"),
               ("Its auditor had resigned", "2026-03-02"),
               ("The chairman said the club sold the striker", "2026-03-03"),
               ("The ferry sailed because the storm had passed", "2026-03-03")], got
# the reason, a past perfect, causes the part before it (relations20)
assert [(e["id"], e.get("relation"), e.get("target")) for e in events if "relation" in e] == [
    ("event-2", "causes", "event-1"), ("event-4", "causes", "event-3")], events
PY
# an object relative clause inside the subject, with a named subject and
# a date of its own, is a happening of its own (clauses19): the main verb
# after it starts the main part, dated by its own date or the clause's,
# and the name in the relative clause is not its doer; with no date of
# its own, or after a verb ("said that"), the sentence stays whole
cat >"$tmp/relative-subject.txt" <<'TEXT'
BREST, France, January 17, 2030 — Dozens of containers that the cargo ship Solveig Star lost in a storm off Brittany on Monday night began washing up on beaches south of Brest on Wednesday.

A software update that Kestrel Mobile installed on its core network late on Friday knocked out calls for 1.8 million customers. The tug that Halstead Shipping bought sank off Ushant on Tuesday. The prefect said that Halstead Shipping lost the barge on Sunday.
TEXT
check "extract.clause.relative-subject" $PY - "$tmp/relative-subject.txt" <<PY
import sys
sys.path.insert(0, "tests")
from relation_edges import labelled_events
got = labelled_events("${EVGRAPH:-./evgraph}", "$tmp/relative-subject.txt")
assert got == [
    ("Dozens of containers lost in a storm off Brittany", "2030-01-14", ["Solveig Star"]),
    ("Began washing up on beaches south of Brest", "2030-01-16", []),
    ("A software update installed on its core network", "2030-01-11", ["Kestrel Mobile"]),
    ("Knocked out calls for 1.8 million customers", "2030-01-11", []),
    ("The tug that Halstead Shipping bought sank off Ushant", "2030-01-15", ["Halstead Shipping"]),
    ("The prefect said that Halstead Shipping lost the barge", "2030-01-13", ["Halstead Shipping"])], got
PY
# what a saying on an earlier day tells in the past perfect happened on
# or before that day ("said on Thursday that
# claims had reached", ../D, as events_gold/README writes "by"); not a
# saying on the text's own day (its news), nor a future, nor a saying that
# is itself a past perfect
cat >"$tmp/reported-done.txt" <<'TEXT'
BEAUNE, France, April 24, 2026 — The growers' union said on Friday that it had cancelled the harvest fair.

The insurer said on Thursday that claims had reached 96 million euros. The union said in a statement on Wednesday that its members had backed a strike. The regulator said on Tuesday that the plant would reopen. A panel had reported in March that the mill had broken the rules.
TEXT
check "extract.date.reported-as-done" $PY - "$tmp/reported-done.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/reported-done.txt"],
                     capture_output=True, text=True).stdout
got = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["2026-04-24", "../2026-04-23", "../2026-04-22", "2026-04-21", "2026-03"], got
PY
# "overnight" (TimeML names the night by the day it begins on, 2026-03-11TNI)
# dates a happening over both days of the night; a night a day names
# ("on Tuesday night") stays that day
cat >"$tmp/overnight.txt" <<'TEXT'
OSLO, March 12, 2026 — The port closed the tunnel on Wednesday, and a convoy moved the trucks to Bergen overnight. The ferry sank on Tuesday night.
TEXT
check "extract.date.overnight-span" $PY - "$tmp/overnight.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/overnight.txt"],
                     capture_output=True, text=True).stdout
dates = {e["label"]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("A convoy moved the trucks to Bergen") == "2026-03-11/2026-03-12", dates
assert dates.get("The port closed the tunnel") == "2026-03-11", dates
assert dates.get("The ferry sank") == "2026-03-10", dates
PY
# a relative clause after the main clause's date, with a past verb and a
# date of its own, is a happening of its own dated by it: after "that"
# past a possessive subject ("that Tidelink's board ordered in July") and
# after ", who" ("Marta Lind, who joined the board in 2019", whose label
# takes the name before the comma, clauses20), as after "that was stolen"
cat >"$tmp/relative-own-date.txt" <<'TEXT'
HALDEN, Norway, Oct. 9, 2025 — The ferry company cancelled on Monday a refit that Tidelink's board ordered in July. The club offered the post on Tuesday to Marta Lind, who joined the board in 2019. The museum bought on Wednesday a painting that was stolen in 1998.
TEXT
check "extract.clause.relative-own-date" $PY - "$tmp/relative-own-date.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/relative-own-date.txt"],
                     capture_output=True, text=True).stdout
dates = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == [("The ferry company cancelled a refit", "2025-10-06"),
                 ("Tidelink's board ordered", "2025-07"),
                 ("The club offered the post to Marta Lind", "2025-10-07"),
                 ("Marta Lind joined the board", "2019"),
                 ("The museum bought a painting", "2025-10-08"),
                 ("Was stolen", "1998")], dates
PY
# a relative clause after a comma (", which", ", who") whose active past
# verb comes right after the pronoun is a happening of its own when it or
# the part before writes a date (clauses20): its doer is the name before
# the comma, or before an apposition that a determiner opens, and its
# label takes that noun; not a passive (", which was consecrated"), an
# undated sentence's, nor an aside closed before the main verb
cat >"$tmp/relative-comma.txt" <<'TEXT'
The Paper

In 1797 Jenner sent an account of the case to the Royal Society, which declined to print it. In 1875 the canton of Uri sent in a militia, which fired into the crowd on July 28. The parish built a church in 1869, which was consecrated in 1871. The club hired Marta Lind, who changed the team. In 1880 the regulators said that the new wells, which opened in May, had met every standard. In 1881 Lord Hale gave the crown to Louis, the son of Philip Augustus, who landed in Kent in May.
TEXT
check "extract.clause.relative-comma" $PY - "$tmp/relative-comma.txt" <<PY
import sys
sys.path.insert(0, "tests")
from relation_edges import labelled_events
got = labelled_events("${EVGRAPH:-./evgraph}", "$tmp/relative-comma.txt")
assert got == [
    ("Jenner sent an account of the case", "1797", ["Jenner", "Royal Society"]),
    ("The Royal Society declined to print it", "1797", ["Royal Society"]),
    ("The canton of Uri sent in a militia", "1875", ["Uri"]),
    ("A militia fired into the crowd", "1875-07-28", []),
    ("The parish built a church", "1869", []),
    ("Was consecrated", "1871", []),
    ("The club hired Marta Lind", "1871", ["Marta Lind"]),
    ("The regulators said the new wells had met every standard", "1880", []),
    ("Lord Hale gave the crown to Louis", "1881", ["Lord Hale", "Louis"]),
    ("The son of Philip Augustus landed in Kent", "1881-05", ["Louis"])], got
PY
# a series of past verb phrases with one subject, parted by commas and
# closed by "and", states one happening per verb phrase (clauses21): each
# part takes its own date or the part before's, the subject's doer and its
# own objects, and a label with the subject; a bare "and" closes the series
# in its last item, past a "where" clause between items; not parted: a
# list of objects, participles or adjectives ("surrounded, starved and
# beaten", "tired, hungry and cold"), an aside after the subject ("This
# army, led by X, recaptured"), a series after a verb of saying, after
# "then", or in the past perfect
cat >"$tmp/verb-series.txt" <<'TEXT'
The Campaign

The Tarvian militia under Oskar Brandt crossed the Lenne in March 1702, routed the garrison of Pell near Ostrau in May, and burned Kellberg for two days. On June 3 Oskar Brandt stormed the fort at Dunmark, where the garrison had hidden, looted the chapel and seized the envoy Piet Vos. In 1703 the army defeated Haller, Ostrau and Kellberg. This army, led by Anna Graf, recaptured Ostrau and pushed east in 1704. In 1705 the garrison was surrounded, starved and beaten. In 1706 the regiment arrived tired, hungry and cold. In 1707 the council said the army burned Ostrau, looted the chapel and seized the envoy Piet Vos. In 1708 Anna Graf crossed the Lenne, then marched to Pell and took the town. In 1709 the envoy had crossed the Lenne, had burned Ostrau and had seized Pell.
TEXT
check "extract.clause.verb-series" $PY - "$tmp/verb-series.txt" <<PY
import sys
sys.path.insert(0, "tests")
from relation_edges import labelled_events
got = labelled_events("${EVGRAPH:-./evgraph}", "$tmp/verb-series.txt")
assert got[:10] == [
    ("The Tarvian militia under Oskar Brandt crossed the Lenne", "1702-03", ["Oskar Brandt"]),
    ("The Tarvian militia routed the garrison of Pell near Ostrau", "1702-05", ["Oskar Brandt"]),
    ("The Tarvian militia burned Kellberg", "1702-05", ["Oskar Brandt", "Kellberg"]),
    ("Oskar Brandt stormed the fort at Dunmark", "1702-06-03", ["Oskar Brandt"]),
    ("Oskar Brandt looted the chapel", "1702-06-03", ["Oskar Brandt"]),
    ("Oskar Brandt seized the envoy Piet Vos", "1702-06-03", ["Oskar Brandt", "Piet Vos"]),
    ("The army defeated Haller, Ostrau and Kellberg", "1703", ["Haller", "Ostrau", "Kellberg"]),
    ("This army recaptured Ostrau", "1704", ["Anna Graf", "Ostrau"]),
    ("The garrison was surrounded, starved and beaten", "1705", []),
    ("The regiment arrived tired, hungry and cold", "1706", [])], got
assert [(label, date) for label, date, _ in got[10:]] == [
    ("The council said the army burned Ostrau", "1707"),
    ("Anna Graf crossed the Lenne", "1708"),
    ("The envoy had crossed the Lenne", "1709")], got
PY
# a "where" or "when" clause inserted after a place or a time, after the
# main clause's verb, names its own people, not the main clause's actors,
# nor the doer a later item of a series inherits (clauses22); a name
# listed with commas before the verb ("of Haller, Ostrau and Pell came")
# opens no aside, and a bare "and" closes an item whose verb tells no
# happening ("refused to pay the toll and | drove her out"); a when-clause
# that opens the clause keeps its names, and an active where-clause is
# its own event with its own doer
cat >"$tmp/inserted-where.txt" <<'TEXT'
The Riders

In June 1702 the Tarvian riders stormed the fort at Dunmark, where the envoy Piet Vos had hidden, burned the chapel and killed him. In 1703 the villagers of Haller, Ostrau and Pell came to Kellberg, where one of them, Anna Graf, was holding her court, refused to pay the toll and drove her out of the town. In 1705 Oskar Brandt left Pell for Ostrau, where Jonas Falk had made him his envoy. Only in 1706, when Jonas Falk became its chief, did the guild grow. In 1707 the riders reached Ostrau, where Jonas Falk seized the bridge.
TEXT
check "extract.clause.inserted-where" $PY - "$tmp/inserted-where.txt" <<PY
import sys
sys.path.insert(0, "tests")
from relation_edges import labelled_events
got = labelled_events("${EVGRAPH:-./evgraph}", "$tmp/inserted-where.txt")
assert [date for _, date, _ in got] == ["1702-06"] * 3 + ["1703"] * 2 + [
    "1705", "1706", "1707", "1707"], got
assert [actors for _, _, actors in got[:3]] == [[], [], ["Piet Vos"]], got
assert "Anna Graf" not in got[3][2], got
assert got[4][0].endswith("drove her out of the town"), got
assert "Anna Graf" in got[4][2], got
assert [actors for _, _, actors in got[5:]] == [
    ["Oskar Brandt"], ["Jonas Falk"], [], ["Jonas Falk"]], got
PY
# "by" opening a clause's date is on or before it, as inside a clause
# (the gold README: "By late October" is ../1804-10); a season keeps its
# code ("by the summer" is ../1846-22, not three months)
cat >"$tmp/by-opens.txt" <<'TEXT'
The Survey

In July 1841 Adams wrote a note to the observatory. By September 1845 he had worked out where the planet should be. In 1846 Le Verrier began his own sums, and by the summer the French had joined the search. The team would finish the charts by August 1847.
TEXT
check "extract.date.by-opens-clause" $PY - "$tmp/by-opens.txt" <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/by-opens.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["1841-07", "../1845-09", "1846", "../1846-22", "../1847-08"], dates
PY
# a date after "since" starts a state, never the date of the clause's
# happening: in a relative clause's perfect ("which has run boats since
# 1978") or after a participle set after a noun ("photographs taken by
# divers since January") the clause falls back to the story's day; the
# clause's own perfect ("had been turned away since Monday") and a date
# a "when" clause happened on keep their date
cat >"$tmp/since-state.txt" <<'TEXT'
LISBON, April 17, 2026 — The port authority closed the north quay on Tuesday. The ferry line, which has run boats to the islands since 1978, cancelled its sailings and sent its crews home. Inspectors compared the cracks with photographs taken by divers since January. The harbour master said 14 ships had been turned away since Monday. The cargo had sat in the hold since March 2, when the crane failed.
TEXT
check "extract.clause-date.since-in-clauses" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/since-state.txt"], capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2026-04-14", "2026-04-14", "2026-04-14", "2026-04-13",
                 "2026-03-02"], dates
PY
# a date after "for" right after a participle set after a noun ("a march
# planned for Friday") or a relative clause's verb ("a meeting that had
# been set for next Monday") is the time of the thing planned: the clause
# is dated by its other date or the story's; not the clause's own verb
# ("The ceremony was planned for May 8", "A hearing is set for June 9")
cat >"$tmp/planned-for.txt" <<'TEXT'
ACCRA, September 27, 2029 — The orchestra went into administration on Tuesday, and its board cancelled every concert of the season, including a performance of "The Planets" planned for Saturday. The alliance called off a march to Parliament planned for Friday. The council cancelled a planning meeting that had been set for next Monday. The ceremony was planned for October 8. A hearing is set for October 9.
TEXT
check "extract.clause-date.planned-for" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/planned-for.txt"], capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["2029-09-25", "2029-09-25", "2029-09-25", "2029-09-25",
                 "2029-10-08", "2029-10-09"], dates
PY
# in news, a date closing a relative clause set off by commas dates that
# clause alone, background to the news ("The council, which had left the
# rate unchanged at its meeting on February 24, also suspended ..."): the
# clause around it, and the clauses after it, are told at the lead's day;
# a history keeps the date for the clause around it
cat >"$tmp/relative-date.txt" <<'TEXT'
KERVA, March 9, 2032 — The central bank raised its base rate on Tuesday, a day after the currency fell 6 percent.

The bank's council, which had left the rate unchanged at its meeting on February 24, also suspended the weekly auctions. Firefighters carried the altarpiece, which a woodcarver made in 1640, out through a side door, and a volunteer drove it to a museum.
TEXT
cat >"$tmp/relative-date-history.txt" <<'TEXT'
The Siege of Torvik

In 1410 the duke built a tower at Torvik. The duke's son, who married a Danish princess in 1415, inherited the tower.
TEXT
# review32: a relative clause's day later than the story's is no
# background: the clause around it is not told before it; what a modal
# says was yet to come dates nothing around it
cat >"$tmp/relative-date-later.txt" <<'TEXT'
KERVA, March 9, 2032 — Storms hit the coast on Saturday, sinking two boats.

The mayor, who visited the harbour on Sunday, thanked the crews. The council, which would be dissolved on March 20, cut the harbour budget.
TEXT
check "extract.clause-date.relative-clause-later-day" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/relative-date-later.txt"], capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[1:] == [("The mayor visited the harbour", "2032-03-07"),
                   ("The mayor thanked the crews", "2032-03-07"),
                   ("The council would be dissolved", "2032-03-20"),
                   ("The council cut the harbour budget", "2032-03-06")], got
PY
check "extract.clause-date.relative-clause-date" $PY - <<PY
import json, subprocess
def events(path):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          path], capture_output=True, text=True).stdout
    return [(e["label"], e["date"]) for e in map(json.loads, out.splitlines())
            if e["type"] == "event"]
got = events("$tmp/relative-date.txt")
assert got[2:] == [("The bank's council had left the rate unchanged", "2032-02-24"),
                   ("The bank's council also suspended the weekly auctions", "2032-03-09"),
                   ("A woodcarver made the altarpiece", "1640"),
                   ("Firefighters carried the altarpiece out through a side door", "2032-03-09"),
                   ("A volunteer drove it to a museum", "2032-03-09")], got
got = events("$tmp/relative-date-history.txt")
assert got == [("The duke built a tower at Torvik", "1410"),
               ("The duke's son inherited the tower", "1415")], got
PY
# dates26: "whose" opens a subject's relative clause too: its date is the
# clause's own ("whose own barns burned in 2019"), the main clause keeps
# its day (two dates) or is told at the lead's (one); the clause's label
# names the owner ("The county's own barns burned")
cat >"$tmp/whose-date.txt" <<'TEXT'
HALDEN, June 9, 2027 — A fire destroyed the old chapel at Holm on Sunday night.

The county, whose own barns burned in 2019, closed two roads on Monday evening. The port authority, whose pilots struck in March, also raised its fees.
TEXT
check "extract.clause-date.whose-clause-date" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/whose-date.txt"], capture_output=True, text=True).stdout
got = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines())
       if e["type"] == "event"]
assert got[1:] == [("The county's own barns burned", "2019"),
                   ("The county closed two roads", "2027-06-07"),
                   ("The port authority's pilots struck", "2027-03"),
                   ("The port authority also raised its fees", "2027-06-06")], got
PY
# review33: the owner of a "whose" clause in -s takes an apostrophe alone
# ("The farmers' cattle", "The Netherlands' dikes"), not "'s"
cat >"$tmp/whose-plural.txt" <<'TEXT'
HALDEN, June 9, 2027 — The farmers, whose cattle were hit in 2025, blocked the road on Monday.

The Netherlands, whose dikes failed in 1953, built new barriers in 1958.
TEXT
check "extract.label.whose-owner-in-s" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/whose-plural.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "The farmers' cattle were hit" in got, got
assert "The Netherlands' dikes failed" in got, got
assert not any("s's " in l for l in got), got
PY
# the subject before a relative clause heads the verb after it also when
# the clause is joined on by ", and" / ", but" to one with a verb of its
# own, and past an adverb ("also raised")
cat >"$tmp/joined-relative.txt" <<'TEXT'
HALDEN, June 9, 2027 — The river board cleared a drain on Monday, and the harbour office, which was flooded in 2024, shut two quays on Tuesday.
TEXT
check "extract.label.joined-relative-subject" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/joined-relative.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[-1] == "The harbour office shut two quays", got
PY
# a sentence opened by "But" or "And": the conjunction goes, its subject
# heads the relative clause's label and, past an adverb ("then"), the
# main verb's
cat >"$tmp/but-relative.txt" <<'TEXT'
HALDEN, June 9, 2027 — The council closed the ferry terminal on Monday. But the shipyard, which was bought by a Danish group on Tuesday, then laid off 80 welders on Wednesday.
TEXT
check "extract.label.conjunction-before-relative" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/but-relative.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[1:] == ["The shipyard was bought by a Danish group",
                   "The shipyard laid off 80 welders"], got
PY
# a headline the word budget cuts inside a parenthesis ends before it; an
# opening "In response to the missed payment," is an adverbial (a
# participle after its determiner is no verb); a relative clause told of
# "descriptor, Name," has the name alone as its subject
cat >"$tmp/headline-mends.txt" <<'TEXT'
HALDEN, June 9, 2027 — Fjordline Holdings, one of Norway's largest ferry operators, failed to repay 2.4 billion Norwegian crowns ($230 million) in interest and principal on Monday. In response to the missed repayment, Nordvik Sparebank, Fjordline's largest creditor, blocked the group's credit lines and accounts on Tuesday. Its founder, Oskar Lindqvist, who started the firm in 1998, stepped down on Wednesday.
TEXT
check "extract.label.parenthesis-opening-apposition" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/headline-mends.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[0] == "Fjordline Holdings failed to repay 2.4 billion Norwegian crowns", got
assert got[1].startswith("Nordvik Sparebank"), got
assert "Oskar Lindqvist started the firm" in got, got
PY
# the noun a ", which" clause tells of may be a name with its article
# after "of" ("at the request of the Oslo Stock Exchange, which said"):
# it heads the clause's label
cat >"$tmp/which-after-of.txt" <<'TEXT'
HALDEN, June 9, 2027 — Trading in Fjordline's shares was halted on Tuesday at the request of the Oslo Stock Exchange, which opened an inquiry into the trades on Wednesday.
TEXT
check "extract.label.which-noun-after-of" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/which-after-of.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert any(l.startswith("The Oslo Stock Exchange opened") for l in got), got
PY
# a word in -ed between a count and its noun is the noun's adjective, not
# the clause's verb ("on the four inhabited atolls", "feed 300
# injured birds"): the headline keeps the verb and its phrase
cat >"$tmp/count-participle.txt" <<'TEXT'
SUVA, Fiji, March 4, 2031 — About 9,000 people farm on the four inhabited atolls, and fishing earned most of the rest last year.
Volunteers feed 300 injured birds at the shelter, and the council paid for their food on Monday.
TEXT
check "extract.label.participle-after-count" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/count-participle.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert any(l.startswith("About 9,000 people farm on the four inhabited atolls") for l in got), got
assert any(l.startswith("Volunteers feed 300 injured birds") for l in got), got
PY
# a date left out of a headline takes its possessive with it and "the"
# stands in ("Sunday's | final" -> "the final"); a duration after a
# quantity's "of" stays ("spent most of a week")
cat >"$tmp/possessive-date.txt" <<'TEXT'
GENOA, Italy, May 5, 2031 — The league postponed Sunday's final after the storm, officials said on Monday.
The crew spent most of a week in the harbour at Savona in April.
TEXT
check "extract.label.possessive-date-and-quantity-of" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/possessive-date.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "The league postponed the final after the storm" in got, got
assert any(l.startswith("The crew spent most of a week") for l in got), got
PY
# the subject a later verb shares keeps its adjective in -ed after the
# article ("The enraged farmers | marched", not "The marched")
cat >"$tmp/shared-adjective.txt" <<'TEXT'
LYON, France, July 12, 2031 — The enraged farmers blocked the road on Monday and marched to the prefecture on Tuesday.
TEXT
check "extract.label.shared-subject-adjective" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/shared-adjective.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert "The enraged farmers marched to the prefecture" in got, got
PY
# a quotation before its speaker is what was said: the headline is the
# quotation and "he said", not the words after the verb
cat >"$tmp/quote-first.txt" <<'TEXT'
TURIN, Italy, July 12, 2031 — "We strongly disagree with the panel's findings," he said in a statement released Tuesday evening.
TEXT
check "extract.label.quotation-before-speaker" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/quote-first.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ['"We strongly disagree with the panel\'s findings," he said'], got
PY
# an adverb that measured a time phrase goes with it: "sank soon after
# midnight" is "sank", not "sank soon"; and "shortly after 3:30 p.m. on
# October 1 and covered" is no clause: the time is the main clause's
cat >"$tmp/measured-time.txt" <<'TEXT'
KURILA, Peru, October 3, 2032 — The ferry sank soon after midnight on Friday.
The talks ended shortly before noon on Monday.
The slide came down shortly after 3:30 p.m. on Thursday and covered the road.
The crane fell just after noon on Friday and crushed a car.
TEXT
check "extract.label.measured-time-adverb" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/measured-time.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[:2] == ["The ferry sank", "The talks ended"], got
PY
check "extract.clause.count-after-time-no-clause" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/measured-time.txt"], capture_output=True, text=True).stdout
got = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
slide = [e for e in got if "slide" in e["quote"] or "covered" in e["quote"]]
assert [e["label"] for e in slide] == ["The slide came down and covered the road"], slide
assert slide[0]["date"] == "2032-09-30", slide
# no count before "after", but the time's phrase runs on to the main
# clause's second verb ("and crushed"): no clause either
crane = [e["label"] for e in got if "crane" in e["quote"]]
assert crane == ["The crane fell and crushed a car"], crane
PY
# "The descriptor, Name, who ..., said": the aside dropped with the
# apposition's closing comma, the comma comes back, or the name alone is
# the subject when the whole would not fit; a name's own comma ("Ministry
# of Energy, Mines and Water") is no apposition
cat >"$tmp/apposition-aside.txt" <<'TEXT'
HOBART, Australia, July 12, 2031 — The harbour master, Keira Doyle, who took the post in 2029 after a decade at sea, said on Tuesday that the channel would reopen within days.
The Ministry of Energy, Mines and Water, which regulates the port, opened an inquiry on Wednesday.
The port's pilot, Owen Tait, who had guided ships into Hobart for years, retired on Thursday.
TEXT
check "extract.label.apposition-before-dropped-aside" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/apposition-aside.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert any(l.startswith("Keira Doyle said") and "channel" in l for l in got), got
assert any(l.startswith("The Ministry of Energy, Mines and Water opened") for l in got), got
assert "The port's pilot, Owen Tait, retired" in got, got
PY
# a passive's phrase that the word budget would cut before its "of" is
# left out whole ("was halted | at the request | of the ...")
cat >"$tmp/passive-of.txt" <<'TEXT'
HALDEN, June 9, 2027 — Trading in the shipping group's shares was halted on Tuesday at the request of the Oslo Stock Exchange.
TEXT
check "extract.label.passive-phrase-before-of" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/passive-of.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert len(got) == 1 and got[0].startswith("Trading") and got[0].endswith(" was halted"), got
PY
# dates26: "until" a day still to come ends the state a clause begins,
# not its happening; the day a
# deadline's hour names ("by noon ... on Wednesday") is the deadline's too,
# so "a day after" counts from the clause's own day
cat >"$tmp/until-bound.txt" <<'TEXT'
LYON, March 5, 2031 — The prefecture closed the old bridge on Monday and banned heavy lorries from the whole valley until at least March 20.

The college shut on Tuesday and told its students to leave the halls by noon Central European Time on Wednesday, a day after a fire broke out in its library.
TEXT
check "extract.clause-date.until-and-deadline-bounds" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/until-bound.txt"], capture_output=True, text=True).stdout
got = {e["label"].split(" from ")[0]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got["The prefecture banned heavy lorries"] == "2031-03-03", got
assert got["A fire broke out in its library"] == "2031-03-03", got
PY
# review33: the day after a dropped deadline's hour is the deadline's only
# across a zone's name, not across a clause of its own ("by noon and
# signed the deal on Tuesday": Tuesday dates the signing)
cat >"$tmp/deadline-then-clause.txt" <<'TEXT'
LYON, March 5, 2031 — The council said on Monday that it would pay the debt by noon and signed the deal on Tuesday.

The college told its students on Monday to leave the halls by noon local time on Wednesday.
TEXT
check "extract.clause-date.deadline-day-not-across-a-clause" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/deadline-then-clause.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("Signed the deal") == "2031-03-04", got
assert [d for l, d in got.items() if l.startswith("The college")] == ["2031-03-03"], got
PY
# dates27: "by" and a part of the day told without its day is a deadline
# met on the day told before (on or before it), opening a sentence or a
# clause after ", and" of its own subject, even in the past perfect; a part
# of the day that qualifies a noun ("by evening storms") is no deadline
cat >"$tmp/by-day-part.txt" <<'TEXT'
The Siege of Arden

On March 3, 1571, the rebels stormed the outer gate of the town. By mid-afternoon a rebel column took the granary.

The garrison retreated to the keep on March 4, and by nightfall the captain had surrendered the keys.

On March 6 the harvest was ruined. The fields were flattened by evening storms.
TEXT
check "extract.clause-date.by-part-of-day-open-start" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/by-day-part.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("A rebel column took the granary") == "../1571-03-03", got
assert got.get("The garrison retreated to the keep") == "1571-03-04", got
assert got.get("The captain had surrendered the keys") == "../1571-03-04", got
assert got.get("The fields were flattened by evening storms") == "1571-03-06", got
PY
# dates27: a year that closes a relative clause tells of the noun before
# it, not the year of the main clause's day ("Hungary, which was hit in
# 2025, shut 21 crossings on March 2" in a 2027 paper is 2027-03-02); a
# year of the main clause still dates its day.  (A news story with no
# deictic word reads as a narrative, whose days count from the date told
# last, the aside's year too: not yet told apart.)
cat >"$tmp/relative-year.txt" <<'TEXT'
GRAZ, March 5, 2027 — The valley, which was flooded by the river in 2025, closed its last ski lift on March 2. The resort shut its hotel in 2024 and sold the land on May 3. The mayor on Wednesday asked for help.
TEXT
check "extract.timex.relative-clause-year-not-the-day's" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/relative-year.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("The valley closed its last ski lift") == "2027-03-02", got
assert got.get("The resort sold the land") == "2024-05-03", got
PY
# dates28: a date that closes a phrase describing a noun dates no
# happening of the clause, in news once the story has a time: a relative
# clause at the sentence's end after a happening ("under rules that the
# city council adopted in 2022"), a clause of "since" ending a noun phrase
# set off by a comma (", the largest fine ... since it was set up in
# 1988"), a participle with its agent before the clause's verb ("A crane
# bought by the harbour board in 2019 collapsed"); and "since March" is
# no time the story moves to, so the next paragraph goes on at Tuesday.
# Not a participle without an agent ("A new boat launched on March 3
# restored": reduced_relative_holds reads those beside a second date), nor
# a relative clause after a state ("was a strike at a mill which closed in
# 2028": its happening is the sentence's one).
cat >"$tmp/noun-phrase-dates.txt" <<'TEXT'
BERGEN, June 12, 2031 — Dock workers stopped work at the old ferry pier on Tuesday, saying they had not been paid since March.

The harbour board was also fined 20,000 kroner, the largest fine the port authority has issued since it was set up in 1988. A crane bought by the harbour board in 2019 collapsed hours later. The mayor lost a vote on the pier, and the board was wound up under rules that the city council adopted in 2022. A new boat launched on March 3 restored the service. The best-known case was a strike at a mill which closed in 2028.
TEXT
check "extract.clause-date.noun-phrase-dates" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/noun-phrase-dates.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("The harbour board was also fined 20,000 kroner") == "2031-06-10", got
assert got.get("A crane bought by the harbour board collapsed hours later") == "2031-06-10", got
assert got.get("The mayor lost a vote") == "2031-06-10", got
assert got.get("A new boat launched restored the service") == "2031-03-03", got
assert got.get("The best-known case was a strike") == "2028", got
PY
# dates28: the clause of an "after" with no date of its own, after a
# main clause dated by a month or a year, happened on or before it
# ("opened an inquiry in March, after a Danish shipper, ..., lost two
# containers": ../2031-03); not after a count ("two weeks after the
# engine failed": counted back), nor a day's main clause ("walked out on
# Friday after the owners cut their pay": that day, as the gold reads it)
cat >"$tmp/after-month.txt" <<'TEXT'
OSLO, May 9, 2031 — The ferry company cancelled its winter timetable on Monday.

The port opened an inquiry in March, after a Danish shipper, Nordfragt of Aarhus, lost two containers overboard. The company sold its oldest ferry in April, two weeks after the engine failed. The crew walked out on Friday after the owners cut their pay.
TEXT
check "extract.clause-date.after-clause-of-a-month" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/after-month.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("The port opened an inquiry") == "2031-03", got
assert got.get("A Danish shipper, Nordfragt of Aarhus, lost two containers overboard") == "../2031-03", got
assert got.get("The engine failed") == "2031-03", got
assert got.get("The owners cut their pay") == "2031-05-09", got
PY
# dates29: a date standing before a noun as its modifier, a possessive
# ("the captain of this year's crew") or a compound adjective after an
# article ("an 18th-century frigate"), tells which thing is meant: the
# clause's other date dates its happening, and the clause after ", and"
# that shares it.
cat >"$tmp/modifier-dates.txt" <<'TEXT'
LEEDS, May 8, 2030 — The rowing club expelled Tom Reed, the captain of this year's crew, on Tuesday after a fight at the boathouse, and fined its coach.

Divers found the wreck of an 18th-century frigate on Monday near the harbour.
TEXT
check "extract.clause-date.noun-modifier-dates" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/modifier-dates.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("The rowing club expelled Tom Reed") == "2030-05-07", got
assert got.get("The rowing club fined its coach") == "2030-05-07", got
assert got.get("Divers found the wreck of an 18th-century frigate") == "2030-05-06", got
PY
# dates29: "by the time" opens a clause: its "the time" is the main
# clause's deadline, and the clause's own date is the one it writes ("By
# the time the bridge was opened, in 1874": 1874, not before 1861).
cat >"$tmp/by-the-time.txt" <<'TEXT'
The Bridge

The town began the bridge in 1861. By the time the bridge was opened, in 1874, the ferry had closed. By the time the rebels reached the river on June 3, 1881, the army had left.
TEXT
check "extract.clause-date.by-the-time-clause" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/by-the-time.txt"], capture_output=True, text=True).stdout
got = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["1861", "1874", "1881-06-03"], got
PY
# The opening of a check on clause dates (python in a heredoc):
# `dates(name)`, each event's date by its clause's text in $tmp/name, and
# `date_of(got, words)`, the one date whose clause holds `words`.
clause_dates='import json, subprocess
def dates(name):
    out = subprocess.run(["'"${EVGRAPH:-./evgraph}"'", "extract", "--format", "json",
                          "'"$tmp"'/" + name], capture_output=True, text=True).stdout
    body = open("'"$tmp"'/" + name, encoding="utf-8").read().encode()
    return {body[e["start"]["offset"]:e["end"]["offset"]].decode(): e["date"]
            for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
def date_of(got, words):
    found = [d for clause, d in got.items() if words in clause]
    assert len(found) == 1, (words, got)
    return found[0]'
# a title's abbreviation is written with a capital: a lowercase "col." or
# "rep." ends its sentence, and the next sentence keeps its own date
cat >"$tmp/lowercase-title-word.txt" <<'TEXT'
The Traverse

In August 1921 the two guides reached the col. On August 9 Anna Vogt descended to Zermatt.
TEXT
cat >"$tmp/lowercase-title-word-news.txt" <<'TEXT'
DENVER, May 8, 2031 — The distributor fired its regional sales rep. On Tuesday the firm closed its Denver office.
TEXT
check "extract.sentence.lowercase-title-word-ends" $PY - <<PY
$clause_dates
got = dates("lowercase-title-word.txt")
assert date_of(got, "reached the col") == "1921-08", got
assert date_of(got, "descended to Zermatt") == "1921-08-09", got
got = dates("lowercase-title-word-news.txt")
assert date_of(got, "closed its Denver office") == "2031-05-06", got
assert all("closed" not in c for c in got if "fired" in c), got
PY
# dates30: a count after or before a happening told before, named by its
# noun, its verb's stem or its place ("Two days after the fire", "Ten
# days after the Dunes"), is that happening's date moved by the count, not
# the story's day; the story goes on from it.
cat >"$tmp/named-count.txt" <<'TEXT'
Fire closes the pier at Uig

PORTREE, Scotland, April 10, 2031 — The council closed the pier at Uig on Wednesday, four days after a fire destroyed the ferry terminal.

Two days after the fire, divers found oil in the harbour. The state electricity company increased its tariffs on Monday. Two days before the increase, the regulator approved the new rates.
TEXT
cat >"$tmp/named-count-history.txt" <<'TEXT'
The Dunes

On June 14, 1658 the French and English armies defeated the Spanish at the Dunes. Ten days after the Dunes, Dunkirk surrendered to Turenne. Its governor left for Spain.
TEXT
check "extract.clause-date.count-from-a-named-happening" $PY - <<PY
$clause_dates
got = dates("named-count.txt")
assert date_of(got, "divers found oil") == "2031-04-07", got
assert date_of(got, "the regulator approved") == "2031-04-05", got
got = dates("named-count-history.txt")
assert date_of(got, "Dunkirk surrendered") == "1658-06-24", got
assert date_of(got, "Its governor left") == "1658-06-24", got
PY
# dates62: a pronoun after "after" ("Two days after that they set out")
# names no happening: the count is not taken from the last clause whose
# subject was "they" ("In February 1861 ..., and they ate their mules")
cat >"$tmp/named-count-pronoun.txt" <<'TEXT'
The Crossing

The party left the coast in 1861. In February 1861 the rains came, and they ate their mules. Gray died on April 17. Two days after that they set out for the station.
TEXT
check "extract.clause-date.count-not-from-a-pronoun" $PY - <<PY
$clause_dates
got = dates("named-count-pronoun.txt")
assert date_of(got, "they set out").startswith("1861-04"), got
PY
# dates32: the year a plan is for ("vowed to return the following year")
# leaves a later year-less day in the year the story had reached; "a week
# later" after a plural object counts from the clause's date; a weekday
# of a history counts on from its story's day, in the writer's calendar.
cat >"$tmp/story-plans.txt" <<'TEXT'
The embassy to Kandy

On May 20, 1640, the Dutch envoy reached Kandy with his gifts. He vowed to return the following year with a treaty. The old regent died on September 3.
TEXT
cat >"$tmp/count-after-object.txt" <<'TEXT'
Trawler fines

RIGA, Latvia, March 3, 2031 — Two trawler owners paid their fines, the fisheries agency said on Monday.

Inspectors boarded the trawlers on February 10 and warned the owners a week later.
TEXT
cat >"$tmp/old-style-weekday.txt" <<'TEXT'
The storm at Deal

The gale struck the Downs on Sunday, March 4, 1643, and wrecked eleven ships. The last bodies were found on Friday.
TEXT
check "extract.clause-date.plans-counts-weekdays" $PY - <<PY
$clause_dates
got = dates("story-plans.txt")
assert date_of(got, "regent died") == "1640-09-03", got
got = dates("count-after-object.txt")
assert date_of(got, "warned the owners") == "2031-02-17", got
got = dates("old-style-weekday.txt")
assert date_of(got, "bodies were found") == "1643-03-09", got
PY
# dates33: a count of years back from the year a history has reached ("a
# landing like the failed one of the year before", "the flood of two years
# earlier") looks back at a thing: the story's year stays for the months
# and days told after it.
cat >"$tmp/year-counted-back.txt" <<'TEXT'
The relief of Lucknow

In the spring of 1858 the governor resolved to march on the city before the rains. He wanted no siege like the long ordeal of the garrison the year before. In July the first columns left Cawnpore. On August 3 they reached the river.
TEXT
check "extract.clause-date.year-counted-back-keeps-story" $PY - <<PY
$clause_dates
got = dates("year-counted-back.txt")
assert date_of(got, "first columns left") == "1858-07", got
assert date_of(got, "they reached the river") == "1858-08-03", got
PY
# dates33: a midnight told after a day said to be late, or after its
# night, is the one that ends that day: the happenings told after it are
# on the next day, and "that evening" is the new day's.
cat >"$tmp/after-midnight.txt" <<'TEXT'
The last ascent

Late on May 29, 1953 the last rope team left the col, and a little after midnight the first climber reached the ridge. One by one the others followed through the day. The leader came down last, at 9:40 that evening, and thanked the porters.
TEXT
check "extract.clause-date.midnight-after-a-late-day" $PY - <<PY
$clause_dates
got = dates("after-midnight.txt")
assert date_of(got, "first climber reached") == "1953-05-30", got
assert date_of(got, "others followed") == "1953-05-30", got
assert date_of(got, "leader came down") == "1953-05-30", got
PY
# dates34: in a history, an undated sentence told between the story's
# day and the paragraph's next date, a month at least a week later,
# happened between them (from the day to the month's end); a sentence
# with a part of a day ("at dusk"), with the next date a day under seven
# weeks later (dates58: the gold's after-day convention, gold45) or only
# a day later keeps the day told, and news keeps the story's day.
cat >"$tmp/between-dates.txt" <<'TEXT'
The canal survey

On March 10, 1869, the surveyors left Suez with forty camels. They crossed the desert to the lakes and mapped the old canal bed. On April 22 they reached Port Said.

On May 2, 1870, the masons closed the gates of the fort. The garrison strengthened the walls with timber and earth. By the end of June the walls could hold against cannon.

On July 2, 1871, the two columns met on the plain. The cavalry charged at dusk, and the rebels fled. On July 16 the town surrendered.

The dam broke on May 31, 1872. The survivors were counted in the church. On June 1 relief trains arrived.
TEXT
cat >"$tmp/between-dates-news.txt" <<'TEXT'
Dock strike

DURBAN, March 9, 2031 - Dock workers walked out on March 4. The union rejected the offer of the port authority. On March 8 talks resumed.
TEXT
check "extract.clause-date.undated-between-two-dates" $PY - <<PY
$clause_dates
got = dates("between-dates.txt")
assert date_of(got, "crossed the desert") == "1869-03-10", got
assert date_of(got, "mapped the old canal") == "1869-03-10", got
assert date_of(got, "strengthened the walls") == "1870-05-02/1870-06", got
assert date_of(got, "the rebels fled") == "1871-07-02", got
assert date_of(got, "survivors were counted") == "1872-05-31", got
got = dates("between-dates-news.txt")
assert date_of(got, "rejected the offer") == "2031-03-04", got
PY
# dates35: a day a history tells in the past perfect before the day its
# story has reached is a flashback: the undated sentence after it and "the
# next morning" are on the story's day and the day after.
cat >"$tmp/flashback-keeps-story.txt" <<'TEXT'
The wreck of the Albatross

The steamer Albatross reached the mouth of the Tagus on the evening of March 9, 1884. She had sailed from Southampton on March 2 with a cargo of rails. Her master, John Pell, dropped anchor for the night.

Early the next morning a pilot came aboard, and at noon the ship struck a sandbank.
TEXT
check "extract.clause-date.flashback-keeps-story" $PY - <<PY
$clause_dates
got = dates("flashback-keeps-story.txt")
assert date_of(got, "sailed from Southampton") == "1884-03-02", got
assert date_of(got, "dropped anchor") == "1884-03-09", got
assert date_of(got, "pilot came aboard") == "1884-03-10", got
assert date_of(got, "struck a sandbank") == "1884-03-10", got
PY
# review37: the tagger reads the flashback's past perfect as the extractor
# does, across a number, a bracket or an apostrophe ("from St Mary's"):
# where it did not, "the next morning" counted from the flashback's day
# (April 15) while the sentence before it stayed at the story's.
cat >"$tmp/flashback-apostrophe.txt" <<'TEXT'
The loss of the Kittiwake

The schooner Kittiwake came into Falmouth on the afternoon of April 21, 1902. Her crew had loaded slate at St Mary's on April 15. Captain Hugh Rowe went ashore to report the damage.

The next morning the owners sent a surveyor from Truro.
TEXT
check "extract.clause-date.flashback-across-apostrophe" $PY - <<PY
$clause_dates
got = dates("flashback-apostrophe.txt")
assert date_of(got, "loaded slate") == "1902-04-15", got
assert date_of(got, "went ashore") == "1902-04-21", got
assert date_of(got, "sent a surveyor") == "1902-04-22", got
PY
# review37: a flashback told in a report ("Her owners said she had loaded
# slate") is one for the tagger too: "the next morning" counted from the
# reported day while the undated sentence before it stayed at the story's.
cat >"$tmp/flashback-reported.txt" <<'TEXT'
The loss of the Kittiwake

The schooner Kittiwake came into Falmouth on the afternoon of April 21, 1902. Her owners said she had loaded slate at Truro on April 15. Captain Hugh Rowe went ashore to report the damage.

The next morning the owners sent a surveyor from Truro.
TEXT
check "extract.clause-date.flashback-reported" $PY - <<PY
$clause_dates
got = dates("flashback-reported.txt")
assert date_of(got, "went ashore") == "1902-04-21", got
assert date_of(got, "sent a surveyor") == "1902-04-22", got
PY
# dates35: an undated clause before a clause headed by a day, when the
# story stands at a month that opened its sentence, is dated from that
# month to the day (as between two days); so it is after a month told
# inside a clause (gold46, dates62: it was the year).
cat >"$tmp/month-to-day.txt" <<'TEXT'
The voyage of the Victoria

In March 1521 the fleet entered a wide bay on the coast of Cebu. The men repaired the ships, and on April 7 they sailed north.

The old king died in February 1725. His widow took the throne, and on May 8 she crowned her daughter.
TEXT
check "extract.clause-date.month-to-a-day" $PY - <<PY
$clause_dates
got = dates("month-to-day.txt")
assert date_of(got, "repaired the ships") == "1521-03/1521-04-07", got
assert date_of(got, "sailed north") == "1521-04-07", got
assert date_of(got, "took the throne") == "1725-02/1725-05-08", got
PY
# dates36: a when-clause right after a date happened at that date, not
# at its sentence's ("the worst loss since 1760, when ..."); a date told as
# two ("in March last year, when") gives the clause the whole date.
cat >"$tmp/when-after-date.txt" <<'TEXT'
The storms of the Biscay coast

The storm of 1794 was the island's worst loss since 1760, when a Spanish fleet sacked the northern coast.

In 1905 the miners struck again, their first walkout since 1893, when the owners locked them out for eleven weeks.
TEXT
cat >"$tmp/when-after-date-news.txt" <<'TEXT'
DUBLIN, May 4, 2026 — Harland's sales collapsed in March last year, when the Central Bank of Ireland ordered lenders to cut their loans to builders.
TEXT
check "extract.clause-date.when-after-a-date" $PY - <<PY
$clause_dates
got = dates("when-after-date.txt")
assert date_of(got, "sacked the northern coast") == "1760", got
assert date_of(got, "locked them out") == "1893", got
got = dates("when-after-date-news.txt")
assert date_of(got, "ordered lenders") == "2025-03", got
PY
# dates37: a month with "early", "mid-" or "late" that opens a history's
# sentence sets the scene at that month as a bare month does: the next
# undated sentence keeps it; "About March" still gives the year alone.
cat >"$tmp/month-part.txt" <<'TEXT'
The Harbour Strike

In mid-August 1889 the dockers of the West India Dock walked off the quays. Ben Tillett addressed the crowds at Tower Hill.

In late September the shipowners gave way. The men went back to work with their sixpence an hour.
TEXT
check "extract.clause-date.month-part-opens-scene" $PY - <<PY
$clause_dates
got = dates("month-part.txt")
assert date_of(got, "addressed the crowds") == "1889-08", got
assert date_of(got, "went back to work") == "1889-09", got
PY
# dates34: a night told without the day that names it is both its days
# (tests/events_gold/README.md): "around midnight" after an evening, after
# a day told bare, "the following night"; "shortly after midnight" is the
# day it begins, "ended at midnight" a moment.
cat >"$tmp/midnight-night.txt" <<'TEXT'
The raid

On the evening of March 11, 1799, the sentries saw lights on the river. Around midnight the captain led a second patrol to the ferry. The boats were found under the bank.

The villagers rang the bells the following night.

On May 28, 1800, the defenders heard mass in the great church. Towards midnight a small party opened the gates of the outer wall.

On July 19, 1801, the fleet was sighted off the Lizard. The townsmen lit beacons along the coast the following night.

Late on August 14, 1802, the boat entered the harbour. Shortly after midnight the first passengers stepped ashore.
TEXT
check "extract.clause-date.midnight-is-a-night" $PY - <<PY
$clause_dates
got = dates("midnight-night.txt")
assert date_of(got, "led a second patrol") == "1799-03-11/1799-03-12", got
assert date_of(got, "boats were found") == "1799-03-11/1799-03-12", got
assert date_of(got, "rang the bells") == "1799-03-12/1799-03-13", got
assert date_of(got, "opened the gates") == "1800-05-28/1800-05-29", got
assert date_of(got, "lit beacons") == "1801-07-20/1801-07-21", got
assert date_of(got, "stepped ashore") == "1802-08-15", got
PY
# dates33: a day told as what someone alleges ("Investigators say he
# copied the paper on Monday evening"), before the story's day, looks
# back: "later that day" after it is the story's day.
cat >"$tmp/that-day-after-report.txt" <<'TEXT'
Exam leak

LUSAKA, Zambia, June 13, 2031 — Police arrested a printer in Lusaka on Thursday morning. Investigators say he copied the paper on Monday evening and sold it to a tutor.

The national police took over the inquiry later that day and searched the print shop.
TEXT
check "extract.clause-date.that-day-after-a-reported-day" $PY - <<PY
$clause_dates
got = dates("that-day-after-report.txt")
assert date_of(got, "took over the inquiry") == "2031-06-12", got
assert date_of(got, "searched the print shop") == "2031-06-12", got
PY
# dates30: "by" and a time opening a clause after ", and" / ", but" ("and
# by six o'clock the flames had reached", "and by noon the rebels had
# taken it") is that clause's own deadline: it splits off as ../DAY, and
# the clause before keeps the story's day; an hour told in words ("four
# o'clock") is a time as "4 a.m." is.
cat >"$tmp/by-time-clause.txt" <<'TEXT'
Fire guts a bakery in Lyon

LYON, France, September 18, 2030 — A fire gutted a bakery in the old town of Lyon on Tuesday, killing two people.

The oven caught fire at about four o'clock, and by six o'clock the flames had reached the flats above.
TEXT
cat >"$tmp/by-time-clause-history.txt" <<'TEXT'
The bridge at Stirling

On June 3, 1745 the rebels crossed the river. Their scouts reached the bridge within the hour, and by noon the rebels had taken it.
TEXT
check "extract.clause-date.by-time-opens-own-clause" $PY - <<PY
import json, subprocess
def dates(name):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name], capture_output=True, text=True).stdout
    return {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
            if e["type"] == "event"}
got = dates("by-time-clause.txt")
assert got.get("The oven caught fire") == "2030-09-17", got
assert got.get("The flames had reached the flats") == "../2030-09-17", got
got = dates("by-time-clause-history.txt")
assert got.get("Their scouts reached the bridge within the hour") == "1745-06-03", got
assert got.get("The rebels had taken it") == "../1745-06-03", got
PY
# dates30: the comma of a number ("5,000 signatures") inside a subject's
# relative clause is no edge of it: the clause's own date is the main
# verb's, not the relative clause's.
cat >"$tmp/number-comma.txt" <<'TEXT'
Rome cancels its music festival

ROME, June 6, 2029 — The mayor of Rome cancelled the city's music festival on Tuesday.

The residents' group, which collected 5,000 signatures against the plan in March, blocked the road to the park on Wednesday. The dockers' union, which has 1,200 members and struck for a week in 2027, closed the port on Tuesday night.
TEXT
check "extract.clause-date.number-comma-in-relative-clause" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/number-comma.txt"], capture_output=True, text=True).stdout
got = {e["label"]: e["date"] for e in map(json.loads, out.splitlines())
       if e["type"] == "event"}
assert got.get("The residents' group blocked the road to the park") == "2029-06-06", got
assert got.get("The dockers' union closed the port") == "2029-06-05", got
PY
# review33: a dropped "until at least DAY" takes its "at least" out of the
# label with it ("banned cattle", not "banned cattle until at least")
cat >"$tmp/until-at-least-label.txt" <<'TEXT'
LYON, March 5, 2031 — The ministry banned the movement of cattle on March 1 until at least April 20.
TEXT
check "extract.label.until-at-least-dropped" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/until-at-least-label.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The ministry banned the movement of cattle"], got
PY
# labels39: a time of day the tagger leaves untagged ("half past six",
# "dawn", "a quarter to nine", "seven in the evening of DAY") is the
# preposition's object, as a tagged clock is: no part opens inside it
# ("Half past six and sank ...") and the label drops it whole
cat >"$tmp/untagged-time-news.txt" <<'TEXT'
KOCHI, May 12, 2031 — The ferry left the jetty shortly after half past six on May 11 and sank near Vypin island. Police searched a warehouse in Tema before dawn on Monday and arrested three men.
TEXT
cat >"$tmp/untagged-time-history.txt" <<'TEXT'
The Siege of Bergen

The garrison surrendered at a quarter to nine on 12 March 1814 and marched out of the fortress. The grenadiers stormed the palace shortly before seven in the evening of 9 November 1799 and dispersed the council.
TEXT
check "extract.label.untagged-time-of-day" $PY - <<PY
import json, subprocess
got = []
for name in ("untagged-time-news", "untagged-time-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The ferry left the jetty and sank near Vypin island",
               "Police searched a warehouse in Tema and arrested three men",
               "The garrison surrendered and marched out of the fortress",
               "The grenadiers stormed the palace and dispersed the council"], got
PY
# labels39: a report that closes its sentence with only who told it and
# when (", Kenya Railways said on Thursday.") is no happening of its own:
# it gave a second event with the reported clause's headline on the
# report's day, which a following undated paragraph then took up
cat >"$tmp/closing-report-news.txt" <<'TEXT'
NAIROBI, May 9, 2031 — A landslide cut the railway north of Nakuru on Tuesday, Kenya Railways said on Thursday. The line reopened to freight on Friday. Dockers at the Baltic Container Terminal walked out on Monday, the union's regional office said on Wednesday.
TEXT
cat >"$tmp/closing-report-history.txt" <<'TEXT'
The Voyage of the Hart

The fleet left Plymouth on 12 May 1620, the governor reported on 20 May 1620. The ships reached Cadiz on 2 June 1620.
TEXT
check "extract.clause.closing-report-no-event" $PY - <<PY
import json, subprocess
got = []
for name in ("closing-report-news", "closing-report-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [(e["label"], e["date"]) for e in map(json.loads, out.splitlines())
            if e["type"] == "event"]
assert got == [("A landslide cut the railway north of Nakuru", "2031-05-06"),
               ("The line reopened to freight", "2031-05-09"),
               ("Dockers at the Baltic Container Terminal walked out", "2031-05-05"),
               ("The fleet left Plymouth", "1620-05-12"),
               ("The ships reached Cadiz", "1620-06-02")], got
PY
# labels39: a closing attribution leaves the label also when its own day
# follows the verb (", harbourmaster Piet Vos said on Sunday."): the
# report's day is no word of what it reports
cat >"$tmp/attribution-date-label.txt" <<'TEXT'
ROTTERDAM, June 9, 2031 — The dredger cleared the channel, harbourmaster Piet Vos said on Sunday. The quay reopened on Monday, the port authority said on Monday.
TEXT
check "extract.label.attribution-with-date-dropped" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/attribution-date-label.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The dredger cleared the channel", "The quay reopened"], got
PY
# labels40: a verb form after an article or a possessive is a noun ("on
# the left of", "The cut in the pipeline", "a set of wheels"): taken for
# the clause's verb, it cut the subject short or gave a label without one
cat >"$tmp/article-noun-label.txt" <<'TEXT'
LAGOS, May 4, 2031 — A man on the left of the stage was hit by a falling lamp during the concert on Saturday. The cut in the pipeline under the river was finally sealed by engineers on Sunday evening.

The Battle of Orsk

On 3 May 1712 the Swedish column on the left of the main army was drawn into the fighting near the river. The shot from the fort's largest gun hit the flagship's mast on 4 May 1712 and the crew abandoned her.
TEXT
check "extract.label.article-noun-not-verb" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/article-noun-label.txt"], capture_output=True, text=True).stdout
got = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[:4] == ["A man was hit by a falling lamp", "The cut was finally sealed",
                   "The Swedish column was drawn", "The shot hit the flagship's mast"], got
PY
# labels40: a word that measured or opened a dropped date goes with it
# ("almost | an hour later", "less than | a day later", "long | before
# 2020", "Late | on 19 November 1700"), and a quantity whose "of" the date
# completes stays with it as a verb's object ("spent most of that day")
cat >"$tmp/date-qualifier-news.txt" <<'TEXT'
HALIFAX, June 8, 2032 — A fishing boat capsized off Sambro on Sunday. The crew was lifted from the water almost an hour later. The lighthouse had warned ships long before 2020. Divers spent most of that day at the wreck. A tug reached the hull less than a day later.
TEXT
cat >"$tmp/date-qualifier-history.txt" <<'TEXT'
The Siege of Narva

Late on 19 November 1700 the Swedish infantry attacked the Russian lines. Early in December 1700 the king wrote to Stockholm.
TEXT
check "extract.label.date-qualifier-dropped" $PY - <<PY
import json, subprocess
got = []
for name in ("date-qualifier-news", "date-qualifier-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["A fishing boat capsized off Sambro", "The crew was lifted from the water",
               "The lighthouse had warned ships", "Divers spent most of that day at the wreck",
               "A tug reached the hull", "The Swedish infantry attacked the Russian lines",
               "The king wrote to Stockholm"], got
PY
# labels40: a long subject cut at its first "and" kept one of two
# subjects ("The ferry's captain were arrested"): the two go whole while
# they fit six words, and a quantity's word is no head to cut to ("More |
# than 40 homes and farms")
cat >"$tmp/two-subjects-news.txt" <<'TEXT'
BERGEN, Norway, March 4, 2033 — The ferry's captain and two deckhands from Bergen were arrested by police on Monday after the collision. More than 40 homes and farms were flooded by the river on Tuesday night.
TEXT
cat >"$tmp/two-subjects-history.txt" <<'TEXT'
The Battle of Texel

The admiral and his English allies at Texel attacked the French fleet on 11 August 1673.
TEXT
check "extract.label.two-subjects-whole" $PY - <<PY
import json, subprocess
got = []
for name in ("two-subjects-news", "two-subjects-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["The ferry's captain and two deckhands were arrested by police",
               "More than 40 homes and farms were flooded",
               "The admiral and his English allies attacked the French fleet"], got
PY
# labels40: the verb of a relative clause inside the subject ("who were
# swept", "that had been towing") was taken for the clause's: the label
# lost the pronoun and doubled its verbs ("One of the three climbers were
# swept off the ridge was still") or kept the relative clause alone
cat >"$tmp/relative-verb-news.txt" <<'TEXT'
CORK, Ireland, May 5, 2031 — One of the three climbers who were swept off the ridge was still missing on Friday. The tug that had been towing the barge at the harbour mouth was moved to another berth on Thursday.
TEXT
cat >"$tmp/relative-verb-history.txt" <<'TEXT'
The Raid on Cadiz

The garrison that the Spanish had left at the fort surrendered to the English on 4 June 1587.
TEXT
check "extract.label.main-verb-past-relative" $PY - <<PY
import json, subprocess
got = []
for name in ("relative-verb-news", "relative-verb-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["One of the three climbers was still missing", "The tug was moved to another berth",
               "The garrison surrendered to the English"], got
PY
# labels40: a part that opens with its verb has no subject to find; a
# later verb made the first verb's words its subject ("ran more | crashed",
# "released grain | brought in"): its words up to a phrase boundary are
# the headline, not a second verb cut from its object ("and | brought")
cat >"$tmp/verb-first-news.txt" <<'TEXT'
GDANSK, Poland, May 6, 2034 — Nine empty tank wagons broke away from a shunting engine on Sunday, ran more than fifteen kilometres along the coast line and crashed into a goods train.
TEXT
cat >"$tmp/verb-first-history.txt" <<'TEXT'
The Famine at Fort Orange

On 9 May 1703 the governor issued a proclamation for the colony, which released grain from the stores and brought in two hundred labourers from the coast.
TEXT
check "extract.label.verb-first-part" $PY - <<PY
import json, subprocess
got = []
for name in ("verb-first-news", "verb-first-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got[1] == "Ran more than fifteen kilometres along the coast line", got
assert got[3].endswith("released grain from the stores"), got
PY
# labels40: a headline cut for want of room does not end on the measure
# or quantity of the phrase it lost ("held up for most | of the night",
# "reached the pontoon almost | at once", "more | than once")
cat >"$tmp/measure-end-news.txt" <<'TEXT'
OSLO, June 2, 2033 — Traffic on the harbour bridge was held up for most of the night while police examined the wreck.
TEXT
cat >"$tmp/measure-end-history.txt" <<'TEXT'
The Eruption of Rakata

Through the summer of 1883 the ships in the strait were held up for most of the season by drifting pumice.
TEXT
check "extract.label.no-dangling-measure" $PY - <<PY
import json, subprocess
got = []
for name in ("measure-end-news", "measure-end-history"):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                          "$tmp/" + name + ".txt"], capture_output=True, text=True).stdout
    got += [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert got == ["Traffic on the harbour bridge was held up",
               "The ships in the strait were held up"], got
PY
# a film's title in quotation marks is a name: "Winter Harbour" names no
# season, and a sentence that quotes titles still states a happening (at
# the story's day); a quotation of speech states none
cat >"$tmp/titles.txt" <<'TEXT'
OSLO, May 21, 2026 — The festival dropped the film on Wednesday. Two other films, "Salt on the Wind" and "Winter Harbour", were pulled by their makers. The director said "we were never asked" and left.
TEXT
check "extract.clause-date.quoted-titles" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json",
                      "$tmp/titles.txt"], capture_output=True, text=True).stdout
events = [(e["label"], e["date"]) for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert events == [("The festival dropped the film", "2026-05-20"),
                  ("Two other films were pulled by their makers", "2026-05-20")], events
PY
# dates37: a death a history tells by a count forward ("he died six days
# later") looks ahead at one person's end: the sentences after it, and
# "that morning" and "the same day" in them, stay at the story's day
cat >"$tmp/death-ahead.txt" <<'TEXT'
The Siege of Harlow Keep

On the evening of June 3, 1644 the royalists reached the moat. At dawn the next morning the guns opened fire on the gatehouse.

The keeper, Thomas Wray, was struck by a falling beam; he died six days later. A sentry on the north wall that morning saw the sappers at the ditch and raised the alarm. The garrison burned the bridge the same day. The royalists dug a second trench.

On June 7 the walls were breached.
TEXT
check "extract.clause-date.death-ahead-keeps-story" $PY - <<PY
$clause_dates
got = dates("death-ahead.txt")
assert date_of(got, "he died six days later") == "1644-06-10", got
assert date_of(got, "saw the sappers") == "1644-06-04", got
assert date_of(got, "burned the bridge") == "1644-06-04", got
assert date_of(got, "second trench") == "1644-06-04", got
PY
# dates37: an undated clause before a clause headed by a count forward
# ("..., and three days later the rebels stormed", "; a week later the
# citadel surrendered") is where the count starts: the story's day, not
# the span to the counted day
cat >"$tmp/count-forward-origin.txt" <<'TEXT'
The Fall of Corvel

On March 2, 1520 the rebel fleet anchored off Corvel. The governor sent his treasure inland, and three days later the rebels stormed the harbour.

The townsmen opened the north gate; a week later the citadel surrendered.
TEXT
check "extract.clause-date.count-forward-origin" $PY - <<PY
$clause_dates
got = dates("count-forward-origin.txt")
assert date_of(got, "sent his treasure") == "1520-03-02", got
assert date_of(got, "stormed the harbour") == "1520-03-05", got
assert date_of(got, "opened the north gate") == "1520-03-05", got
assert date_of(got, "citadel surrendered") == "1520-03-12", got
PY
# dates37: a participle's date after a noun is the noun's, also before a
# passive verb with "was" ("A guard hired in 2019 was dismissed on
# Tuesday"), as before one with "were" or a verb in the past
cat >"$tmp/participle-before-was.txt" <<'TEXT'
The Flood of 1845

A timber bridge built in 1822 was swept away on March 3, 1845. The mill raised in 1830 was flooded the next day.
TEXT
cat >"$tmp/participle-before-was-news.txt" <<'TEXT'
HULL, March 12, 2026 — A security guard hired in 2019 was dismissed on Tuesday after the fire at the Marfleet warehouse.
TEXT
check "extract.clause-date.participle-before-was" $PY - <<PY
$clause_dates
got = dates("participle-before-was.txt")
assert date_of(got, "swept away") == "1845-03-03", got
assert date_of(got, "was flooded") == "1845-03-04", got
got = dates("participle-before-was-news.txt")
assert date_of(got, "was dismissed") == "2026-03-10", got
PY
# dates38: "N hours and M minutes later" counts from the clock told
# before as "three hours later" does, across midnight; without "later" it
# stays a duration
cat >"$tmp/hours-minutes-later.txt" <<'TEXT'
CHAMONIX, France, June 20, 2031 — A French guide set off from the Goûter hut at 10:30 p.m. on June 17 and reached the summit of Mont Blanc 6 hours and 10 minutes later.
TEXT
cat >"$tmp/hours-minutes-later-history.txt" <<'TEXT'
The First Landing

The lunar module Eagle landed on the Sea of Tranquility at 8:17 p.m. on July 20, 1969, and lifted off 21 hours and 36 minutes later.
TEXT
check "extract.clause-date.hours-and-minutes-later" $PY - <<PY
$clause_dates
got = dates("hours-minutes-later.txt")
assert date_of(got, "set off") == "2031-06-17", got
assert date_of(got, "reached the summit") == "2031-06-18", got
got = dates("hours-minutes-later-history.txt")
assert date_of(got, "landed") == "1969-07-20", got
assert date_of(got, "lifted off") == "1969-07-21", got
PY
# dates39: the paragraph carry: in news, an undated paragraph after one
# that ended at a day before the paper's goes on at that day, marked
# uncertain ("?": the text does not write it), not the paper's day
cat >"$tmp/news-carry.txt" <<'TEXT'
Bushfire contained above Hobart

HOBART, Australia, March 14, 2031 — Firefighters contained a bushfire on the slopes of Mount Wellington on Friday morning after two days of work.

The fire broke out in dry scrub above Fern Tree on Wednesday afternoon.

Residents of 140 houses fled down Huon Road. Police closed Pinnacle Road to traffic.
TEXT
cat >"$tmp/news-carry-ship.txt" <<'TEXT'
GDANSK, Poland, October 10, 2029 — Tugs towed a crippled tanker into Gdansk on Tuesday, two days after she lost power in the Baltic.

The Maltese-flagged Aurelia drifted towards the Hel peninsula on Sunday night.

The crew dropped both anchors. A coastguard helicopter lifted off from Gdynia.
TEXT
check "extract.clause-date.news-paragraph-carry" $PY - <<PY
$clause_dates
got = dates("news-carry.txt")
assert date_of(got, "broke out") == "2031-03-12", got
assert date_of(got, "fled down Huon Road") == "2031-03-12?", got
assert date_of(got, "closed Pinnacle Road") == "2031-03-12?", got
got = dates("news-carry-ship.txt")
assert date_of(got, "drifted") == "2029-10-07", got
assert date_of(got, "dropped both anchors") == "2029-10-07?", got
assert date_of(got, "lifted off") == "2029-10-07?", got
PY
# dates40: in January or February "last autumn" is the autumn of the year
# before (the winter under way began in December), and an hour of the
# small hours told in a later paragraph after an evening hour or the
# night of its day is the next day's, as are the happenings told with it
cat >"$tmp/last-autumn-february.txt" <<'TEXT'
GHENT, Belgium, February 9, 2034 — The city closed the Dampoort swimming pool on Tuesday. Its roof had been found unsafe in an inspection last autumn.
TEXT
cat >"$tmp/small-hours-news.txt" <<'TEXT'
Ship aground off Fremantle

PERTH, May 9, 2035 — A cargo ship ran aground off Fremantle at 10:50 p.m. on Monday after losing steering in a squall.

The crew of 19 was unhurt, the port said.

Tugs pulled the ship free at 4 a.m. Divers inspected the hull at first light.
TEXT
cat >"$tmp/small-hours-night.txt" <<'TEXT'
Barn fire near Hamar

OSLO, March 4, 2031 — A barn burned down near Hamar on Sunday night.

Neighbours saw the flames from the road.

Firefighters reached the farm at 2:30 a.m. They saved eleven horses.
TEXT
check "extract.clause-date.last-autumn-in-february" $PY - <<PY
$clause_dates
got = dates("last-autumn-february.txt")
assert date_of(got, "inspection last autumn") == "2033-23", got
PY
cat >"$tmp/small-hours-history.txt" <<'TEXT'
The Great Fire of Kelso

On March 3, 1871, a lamp overturned in a stable behind the Cross Keys at about 9 p.m. The flames spread to the granary.

Townsmen formed a line of buckets from the Tweed.

At 3 a.m. the roof of the church fell in.
TEXT
check "extract.clause-date.small-hours-after-evening" $PY - <<PY
$clause_dates
got = dates("small-hours-news.txt")
assert date_of(got, "ran aground") == "2035-05-07", got
assert date_of(got, "pulled the ship free") == "2035-05-08", got
assert date_of(got, "Divers inspected") == "2035-05-08", got
got = dates("small-hours-night.txt")
assert date_of(got, "burned down") == "2031-03-02", got
assert date_of(got, "reached the farm") == "2031-03-03", got
assert date_of(got, "saved eleven horses") == "2031-03-03", got
got = dates("small-hours-history.txt")
assert date_of(got, "overturned") == "1871-03-03", got
assert date_of(got, "church fell") == "1871-03-04", got
PY
# dates40: the paragraph carry also after a paragraph that told the
# story's day in the past perfect and went on in the simple past at it
# ("had issued a red alert at 2 p.m. ... a bridge collapsed"); not when it
# ends in the present perfect ("The slope has been watched since 2019")
cat >"$tmp/carry-after-perfect.txt" <<'TEXT'
Flash flood in Ribera

PALERMO, Italy, October 9, 2036 — A flash flood swept through the town of Ribera on Tuesday evening, killing one man and forcing hundreds from their homes.

The civil protection agency had issued a red alert for the province at 2 p.m., and the schools had closed early. In the lower town a bridge over the Verdura collapsed minutes after a bus crossed it.

A shepherd, Calogero Messina, 67, drowned when his van was swept off the road near Borgo Bonsignore. Firefighters pulled six people from a flooded underpass.
TEXT
cat >"$tmp/carry-after-present-perfect.txt" <<'TEXT'
Landslide in Bergen

BERGEN, Norway, November 12, 2032 — A landslide buried two houses in the district of Fyllingsdalen on Monday night, killing an elderly couple.

The Norwegian Water Resources and Energy Directorate had raised its warning level for the region on Monday morning. The slope has been watched since 2019.

Rescuers dug through the mud for eleven hours. A dog found the first body.
TEXT
check "extract.clause-date.carry-after-perfect-paragraph" $PY - <<PY
$clause_dates
got = dates("carry-after-perfect.txt")
assert date_of(got, "swept through") == "2036-10-07", got
assert date_of(got, "drowned") == "2036-10-07?", got
assert date_of(got, "pulled six people") == "2036-10-07?", got
got = dates("carry-after-present-perfect.txt")
assert date_of(got, "buried two houses") == "2032-11-08", got
assert date_of(got, "dug through the mud") == "2032-11-12", got
PY
# review40: "later than planned" compares two spans: the hours and minutes
# stay one duration told in both units, not a count of minutes (PT531M)
cat >"$tmp/hours-minutes-later-than.txt" <<'TEXT'
ROTTERDAM, March 4, 2031 — The ferry left Harwich at 9:00 p.m. on March 3 and docked 8 hours and 51 minutes later than planned.
TEXT
$EVG extract --format timeml "$tmp/hours-minutes-later-than.txt" >"$tmp/hours-minutes-later-than.tml" 2>/dev/null
check "extract.timeml.hours-and-minutes-later-than" grep -q 'type="DURATION" value="PT8H51M">8 hours and 51 minutes<' "$tmp/hours-minutes-later-than.tml"
# dates37: a season closing a work's title ("The Rite of Spring") is no
# date: the clause keeps its sentence's day, and the lede's day carries
# to the next paragraph as it does without the title
cat >"$tmp/title-season.txt" <<'TEXT'
VIENNA, June 3, 2027 — The Danube Philharmonic cancelled its tour on Tuesday after its players refused to board a flight to Tokyo for a gala performance of The Rite of Spring.

About 900 ticket holders queued for refunds at the box office.
TEXT
check "extract.clause-date.season-closing-a-title" $PY - <<PY
$clause_dates
got = dates("title-season.txt")
assert date_of(got, "refused to board") == "2027-06-01", got
assert date_of(got, "queued for refunds") == "2027-06-01", got
PY
# a date heading a later clause ("..., and on April 9 he fled") dates
# that clause only: the one before happened after the story's day and by
# that date, or at the story's date when it is no day; a verb headed by its
# own date is a happening of its own even with its subject shared
cat >"$tmp/headed.txt" <<'TEXT'
The Siege of Torvik

The town of Torvik grew rich on the salt trade. In 1410 the duke built a tower there. The masons cut the stone, and in 1412 they raised the walls.

On April 3, 1415, the rebel army arrived. The duke sent his son away, and on April 9 he fled the city. The rebels crossed the river, and on April 20 stormed the gate.
TEXT
# "by then" restates the story's time: a date written out in the clause
# is the happening's
cat >"$tmp/by-then.txt" <<'TEXT'
The Western Line

In July 1862 the railway company was founded in Sacramento by four merchants. Stanford, by then the governor, turned the first shovel of earth on January 8, 1863.
TEXT
check "extract.clause-date.by-then" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/by-then.txt"],
                     capture_output=True, text=True).stdout
dates = [e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert dates == ["1862-07", "1863-01-08"], dates
PY
check "extract.clause-date.headed-by-later-date" $PY - <<PY
import json, subprocess
path = "$tmp/headed.txt"
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                     capture_output=True, text=True).stdout
text = open(path, "rb").read()
dates = {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
         for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("The masons cut the stone") == "1410", dates
assert dates.get("in 1412 they raised the walls") == "1412", dates
assert dates.get("The duke sent his son away") == "1415-04-03/1415-04-09", dates
assert dates.get("on April 9 he fled the city") == "1415-04-09", dates
assert dates.get("The rebels crossed the river") == "1415-04-09/1415-04-20", dates
assert dates.get("on April 20 stormed the gate") == "1415-04-20", dates
PY
# in a history, a date inside the main clause joined next by ", and" or
# ", but" (not heading it) dates that clause; the clause before it
# happened after the story's day and by that date ("..., and the king
# signed the treaty at Ghent on May 20"), or in the story's year when the later
# date is no day, and so did each part before it with no date of its own;
# in news too since dates45 (src/extract_news_span.c): the span from the
# story's day, as the gold of the newer sets writes it (dates16 had news
# keep the later date for both)
cat >"$tmp/coordinated.txt" <<'TEXT'
The Peace of Ghent

On May 2, 1416, the rebels laid down their arms. The duke sent envoys to the king, and the king signed the treaty at Ghent on May 20.

In 1420 the guild was founded. The guild hired a mason, and he presented his plan that autumn.

On June 3, 1421, the fleet reached Sluis. The duke rode to Bruges and met Philip of Artois, and the council approved the tolls on June 9.
TEXT
printf 'GHENT, May 21, 2026 — The strike ended on Monday. The union sent its envoys home, and the mayor signed the deal at the town hall on Wednesday.\n' >"$tmp/coordinated-news.txt"
check "extract.clause-date.coordinated-later-date" $PY - <<PY
import json, subprocess
def dates(path):
    out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", path],
                         capture_output=True, text=True).stdout
    text = open(path, "rb").read()
    return {text[e["start"]["offset"]:e["end"]["offset"]].decode().strip(" ,."): e["date"]
            for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
history = dates("$tmp/coordinated.txt")
assert history.get("The duke sent envoys to the king") == "1416-05-02/1416-05-20", history
assert history.get("the king signed the treaty at Ghent on May 20") == "1416-05-20", history
assert history.get("The guild hired a mason") == "1420", history
assert history.get("he presented his plan that autumn") == "1420-23", history
# parts split off a bare "and" before the dated clause share the span
assert history.get("The duke rode to Bruges") == "1421-06-03/1421-06-09", history
assert history.get("met Philip of Artois") == "1421-06-03/1421-06-09", history
news = dates("$tmp/coordinated-news.txt")
assert news.get("The union sent its envoys home") == "2026-05-18/2026-05-20", news
PY
printf 'LYON, March 16, 2024 — Ships sailed again on Friday.

The walkout started on March 11 when the union pulled out.
' >"$tmp/unread.txt"
check "extract.story.written-date-kept" bash -c "! $EVG extract --format json '$tmp/unread.txt' 2>/dev/null | grep -q 'walkout started.*2024-03-16\|2024-03-16.*walkout started'"

# a passive whose cause has no verb of its own is one happening, one event
# (the outage above, caused by an update installed earlier, stays two); a
# wind that drove a fire across a line moved it, it caused nothing, and so
# did a fire that forced 60 residents out
cat >"$tmp/passive.txt" <<'TEXT'
PERTH, March 9, 2026 — The blaze was sparked by a lightning strike on Sunday near the dam.
A sudden gust of wind drove the flames across the road on Monday after crews had left.
On March 3 the Perth brigade set off up the valley with four engines.
On March 4 the volunteer crews forced the fire back from the dam.
On March 5 a fire in a block of flats injured four people and forced 60 residents out of their homes.
TEXT
check "extract.relation.passive-one-happening" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/passive.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
blaze = [e for e in events if "blaze" in e["quote"]]
assert len(blaze) == 1 and blaze[0]["date"] == "2026-03-08", blaze
assert blaze[0]["label"].startswith("The blaze was sparked"), blaze[0]["label"]
assert not any("relation" in e for e in events), events
assert len(events) == 5, events
assert [e["date"] for e in events if "set off" in e["quote"]] == ["2026-03-03"], events
PY

# Order the text states in words: a count from the event told just before
# ("three days later", "The next day," opening the next sentence, "and
# then") makes a `precedes` edge; none from
# a supposed, denied or foretold clause, a stretch ("spent the next year"),
# a report, the end of a stretch ("through April 19") or a "then" that
# orders the clause's own verbs.
cat >"$tmp/sequel.txt" <<'TEXT'
ODESSA, April 28, 2026 — The ferry left Varna on April 2, and then on April 9 it reached Odessa. The port closed on April 10 and reopened three days later.
The crew met the owners on April 11. The next day, the owners sold the ship.
The pilots struck on April 12 and would return to work a week later.
The union met on April 21. Two days later, the members did not strike.
The yard repaired the hull in May 2025 and spent the next year testing it.
Talks opened on April 15, and a deal will be signed a week later.
The tug sank on April 16, and the coastguard said on April 17 that nobody was hurt.
The storm hit on April 18, and the rain came down through April 19.
The ferry docked on April 23. The crew unloaded it, then left the port.
TEXT
$EVG extract --format json "$tmp/sequel.txt" >"$tmp/sequel.jsonl" 2>"$tmp/err"
check "extract.relation.sequel" $PY - "$tmp/sequel.jsonl" "$tmp/sequel.txt" <<'PY'
import json, sys
events = [e for e in map(json.loads, open(sys.argv[1], encoding="utf-8")) if e["type"] == "event"]
text = open(sys.argv[2], "rb").read()
by_id = {e["id"]: e for e in events}
def clause(e):
    return text[e["start"]["offset"]:e["end"]["offset"]].decode()
def find(words):
    found = [e for e in events if words in clause(e)]
    assert len(found) == 1, (words, [clause(e) for e in found])
    return found[0]
edges = {(clause(e), clause(by_id[e["target"]])) for e in events if "relation" in e}
want = [("left Varna", "reached Odessa"), ("port closed", "reopened three days later"),
        ("met the owners", "sold the ship")]
for a, b in want:
    e = find(a)
    assert e.get("relation") == "precedes" and b in clause(by_id[e["target"]]), (a, b, e)
assert len(edges) == len(want), sorted(edges)
PY
check "extract.relation.sequel-renders" bash -c "$EVG extract '$tmp/sequel.txt' >'$tmp/sequel.events' && $EVG check '$tmp/sequel.events' && grep -c '^  precedes: event-' '$tmp/sequel.events' | grep -qx 3 && $EVG render '$tmp/sequel.events' -t graphml -o - >'$tmp/sequel.graphml'"
check "extract.relation.sequel-graph" $PY -c "
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
precedes = [(u, v) for u, v, d in g.edges(data=True) if d.get('relation') == 'precedes']
sys.exit(len(precedes) != 3)" "$tmp/sequel.graphml"

# a happening told in an "after" clause behind its main clause came before
# it: a count in the next sentence counts from the main clause
printf 'The Crown\n\nJohn was crowned king on May 27, 1199, after his brother Richard died in France that April. Five years later the French king entered Rouen in June 1204.\n' >"$tmp/after-main.txt"
check "extract.relation.sequel-after-main" $PY - "$EVG" "$tmp/after-main.txt" <<'PY'
import json, subprocess, sys
evg, path = sys.argv[1:]
out = subprocess.run(evg.split() + ["extract", "--format", "json", path], capture_output=True, check=True)
events = [e for e in map(json.loads, out.stdout.decode().splitlines()) if e["type"] == "event"]
by_id = {e["id"]: e for e in events}
edges = [(e["label"], e["relation"], by_id[e["target"]]["label"]) for e in events if "relation" in e]
assert edges == [("John was crowned king", "precedes", "The French king entered Rouen"),
                 ("His brother Richard died in France", "causes", "John was crowned king")], edges
PY

# "X, prompting Y": a participle after the clause names its effect; a
# "forcing" that moves something ("forcing the fire back") causes nothing
cat >"$tmp/participle.txt" <<'TEXT'
SOFIA, May 9, 2026 — Bus drivers walked out on May 4, prompting the city to close three routes.
On May 5 the wind turned north, forcing the fire back across the river.
TEXT
check "extract.relation.participle" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/participle.txt"],
                     capture_output=True, text=True).stdout
events = [e for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
by_id = {e["id"]: e for e in events}
edges = [(e["label"], e["relation"], by_id[e["target"]]["label"]) for e in events if "relation" in e]
assert len(edges) == 1, edges
cause, relation, effect = edges[0]
assert cause.startswith("Bus drivers walked out") and relation == "causes" and "close three routes" in effect, edges
PY

# "X, after Y" (relations19): a count before "after" states the order (Y
# precedes X, or the clause X's subject opened: "closed ... and ordered
# ..., a day after"); a bare "after" reads as a reason (Y causes X) when Y
# holds a written date of its own before X's, or (relations26) when X's
# written date stands just before it ("returned to work on Friday after
# the operator raised its offer"); none for a count that bounds a stretch
# ("until two days after") or a saying ("said ..., three years after")
cat >"$tmp/after.txt" <<'TEXT'
NAIROBI, October 12, 2028 — The college closed on Wednesday and ordered its students to leave by Thursday, a day after protesters set fire to its library.
The council banned all new spending on Tuesday, after its auditors reported last week that a loan had failed.
The dockers returned to work on Friday after the operator raised its offer.
The mill stayed shut until two days after the flood receded on May 3.
The board said on Monday, three years after the union lost its first vote.
TEXT
check "extract.relation.after" $PY - "$EVG" "$tmp/after.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
assert len(edges) == 3, edges
(a, r, b), (c, s, d), (e, u, f) = edges
assert a.startswith("protesters set fire") and r == "precedes" and b.startswith("The college closed"), edges
assert c.startswith("its auditors reported") and s == "causes" and d.startswith("The council banned"), edges
assert e.startswith("the operator raised") and u == "causes" and f.startswith("The dockers returned"), edges
PY

# "X because Y" between two events the clause stage split (relations20):
# Y causes X when Y is a past perfect or holds a written date of its own;
# none for a state ("because the policy excluded storms"), a denied X
# ("could not be restarted") or a Y that runs on past ", and" ("and
# depositors queued for hours"); a clause of its own after ", and" ("and
# savers queued outside its branches", split since clauses36) ends Y
cat >"$tmp/because.txt" <<'TEXT'
LEEDS, March 9, 2028 — The glassworks stopped paying into its pension fund on Friday because its main lender had cancelled its credit line.
Mr. Hale changed his vote on Tuesday because the club agreed on Monday to pay for the new roads itself.
The insurer refused to pay for the lost fees on Wednesday because the policy excluded storms.
Engineers rolled the update back on Saturday, but the database could not be restarted because the update had damaged its records.
The agency cut the bank's rating on Thursday because the losses had wiped out a third of its capital, and depositors queued for hours.
The regulator fined the lender on Friday because an audit had found forged loans, and savers queued outside its branches.
TEXT
check "extract.relation.because" $PY - "$EVG" "$tmp/because.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
assert len(edges) == 3, edges
(a, r, b), (c, s, d), (e, u, f) = edges
assert a.startswith("its main lender had cancelled") and r == "causes" and b.startswith("The glassworks stopped"), edges
assert c.startswith("the club agreed on Monday") and s == "causes" and d.startswith("Mr. Hale changed"), edges
assert e.startswith("an audit had found forged loans") and u == "causes" and f.startswith("The regulator fined the lender"), edges
PY

# "The pause was prompted by a report on January 29" (relations20): a
# passive cause whose short definite subject names a happening told before
# is that happening's cause, one event; a subject naming none ("The blaze")
# keeps the split of cause and effect
cat >"$tmp/effect-told.txt" <<'TEXT'
OSLO, January 31, 2026 — Helvax paused its trial of a flu vaccine on Friday. The pause was prompted by a safety board's report on January 29.
Shamrock Air cancelled 140 flights on Monday after a software outage grounded its fleet. The outage was caused by a faulty update installed on Sunday night.
The ferry sailed from Oslo on Tuesday. The blaze was caused by a heater that overheated on Wednesday.
TEXT
check "extract.relation.effect-told-before" $PY - "$EVG" "$tmp/effect-told.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
# relations26: the "after" right behind "on Monday" is the second line's
# reason, an edge of its own
assert len(edges) == 4, edges
assert ("a software outage grounded its fleet.", "causes", "Shamrock Air cancelled 140 flights on Monday") in edges, edges
edges = [x for x in edges if x[2] != "Shamrock Air cancelled 140 flights on Monday"]
assert edges[0][0].startswith("The pause was prompted by") and edges[0][1] == "causes" and edges[0][2].startswith("Helvax paused its trial"), edges
assert edges[1][0].startswith("The outage was caused by a faulty update installed") and edges[1][1] == "causes" and edges[1][2].startswith("a software outage grounded"), edges
assert edges[2][0].strip().startswith("a heater that overheated") and edges[2][1] == "causes" and edges[2][2].startswith("The blaze"), edges
PY

# review of relations20: a passive's subject that names a party ("The
# company was forced by ...") is no happening told before; a denial with a
# typographic apostrophe ("couldn’t") denies; "X because Y" and "X, two
# days after Y" hold when X starts the text (no unsigned wrap in the
# 40-byte reach)
check "extract.relation.review-cases" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text, every=False)
got = edges("The company cut 200 jobs at its Oslo plant on Wednesday. "
            "The company was forced by its lenders on Monday to sell a second plant.")
assert not any(r == "causes" and a.startswith("The company was forced") for a, r, b in got), got
got = edges("Engineers rolled the update back on Saturday, but the database couldn\u2019t be restarted "
            "because the update had damaged its records.")
assert not any(r == "causes" for a, r, b in got), got
got = edges("The firm shut its plant on Friday because its lender had cancelled its credit line.")
assert any(r == "causes" and a.startswith("its lender had cancelled") for a, r, b in got), got
got = edges("The college closed on Friday, two days after protesters set fire to its library.")
assert any(r == "precedes" and a.startswith("protesters set fire") for a, r, b in got), got
PY

# A word of order (relations22): a denial or supposition in a subordinate
# clause ("that she would not", "when no wave came") does not take the
# main clause out of the order; one before any subordinate word does, and a
# reply is a saying ("replied a week later that ..."), no next step
check "extract.relation.order-subordinate-denial" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("The ice closed around the ship on January 18. By the next month it was clear that she would not break free.")
assert any(r == "precedes" and a.startswith("The ice closed") and b.startswith("By the next month") for a, r, b in got), got
got = edges("The agency ordered people off the coast at 3:55 a.m. on Tuesday, then lifted the order two hours later when no wave came.")
assert any(r == "precedes" and a.startswith("The agency ordered") and b.startswith("lifted the order") for a, r, b in got), got
got = edges("The ship sailed from Oslo on Monday. Two days later it could not reach the port that it had named.")
assert not any(r == "precedes" for a, r, b in got), got
got = edges("The firm wrote to the regulator on March 20. A week later the regulator replied that the rule stays.")
assert not any(r == "precedes" for a, r, b in got), got
# (review) a "that" right after the word of order points to a noun ("Later
# that night"), and a "when" clause before the main words is skipped to its
# comma: the main clause's denial, saying or forecast still counts
for text in ("On May 3, the storm hit the coast of Maine. Later that night, rescuers could not reach the town.",
             "On June 2, the council met in Bangor. Three days later that plan was never approved.",
             "On May 3, the storm hit the coast of Maine. Later that day, the ministry said the port was closed.",
             "On June 2, the council met in Bangor. A week later, when the storm ended, the ships could not leave.",
             "On July 1, the army crossed the river. Later that month the generals would retreat to the hills."):
    got = edges(text)
    assert not any(r == "precedes" for a, r, b in got), (text, got)
got = edges("On August 4, the miners walked out. Two days later the miners who had not been paid went home.")
assert any(r == "precedes" and a.startswith("On August 4") for a, r, b in got), got
PY

# A count restated as a date in apposition (relations22: "A week later, on
# May 30, ...") counts from the happening just told though that one has no
# written date; "Later that night" (no comma) and a bare count do not
check "extract.relation.count-restated" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
told = "The bridge opened on May 24, 1883. The engineer watched the fireworks from his window. "
got = edges(told + "A week later, on May 30, a rumour started a panic on the promenade.")
assert any(r == "precedes" and a.startswith("The engineer watched") and b.startswith("A week later, on May 30") for a, r, b in got), got
got = edges(told + "Later that night a rumour started a panic on the promenade.")
assert not any(r == "precedes" for a, r, b in got), got
got = edges(told + "A week later a rumour started a panic on the promenade.")
assert not any(r == "precedes" for a, r, b in got), got
PY

# A count opening its clause, bare or after "By", with a past perfect
# after it (relations26): the perfect tells what was done by the counted
# time, a step after the happening just told; a past perfect with no
# count before it stays background told back
check "extract.relation.count-past-perfect" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("On October 14, 1066, William defeated Harold at Hastings. By the following evening his army had buried its dead.")
assert any(r == "precedes" and a.startswith("On October 14, 1066") and b.startswith("By the following evening") for a, r, b in got), got
got = edges("On July 2, 1881, Guiteau shot the president at the station. Within a week the doctors had probed the wound a dozen times.")
assert any(r == "precedes" and a.startswith("On July 2, 1881") and b.startswith("Within a week") for a, r, b in got), got
got = edges("The storm reached the coast on Monday. Within hours the port had closed.")
assert any(r == "precedes" and b.startswith("Within hours") for a, r, b in got), got
got = edges("Lisbon signed the treaty on June 7, 1494. The envoys had met in Tordesillas for weeks.")
assert not any(r == "precedes" for a, r, b in got), got
PY

# A bare "after" right behind the main clause's written date, past the
# lead (relations26): the "after" clause is the reason; not when the main
# clause is a saying, a denial or a forecast
check "extract.relation.dated-after-reason" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("The Lisbon court heard the first witnesses on May 2. The ferry company suspended its night crossings on Friday after a deckhand fell overboard near Setubal.")
assert any(r == "causes" and a.startswith("a deckhand fell") and b.startswith("The ferry company suspended") for a, r, b in got), got
got = edges("Parliament met at Westminster in 1641. The king left London on January 10, 1642, after a mob gathered at Whitehall.")
assert any(r == "causes" and a.startswith("a mob gathered") and b.startswith("The king left London") for a, r, b in got), got
got = edges("The council of Ghent opened its archives in 1911. The city closed the old fish market in March after an inspector found rats in the cellars.")
assert any(r == "causes" and a.startswith("an inspector found") for a, r, b in got), got
got = edges("The port authority reopened the terminal on Monday. The union did not end the strike on Thursday after the owners raised their offer.")
assert not any(r == "causes" for a, r, b in got), got
got = edges("The regulator fined the bank in 2024. The bank will close forty branches in June after a storm flooded its offices.")
assert not any(r == "causes" for a, r, b in got), got
PY

# "then" before a past verb orders the happening after the one told just
# before, dated or not (relations27); not when that one tells two
# ("freed ... and burned ..."), nor "had then", nor "then 63"
check "extract.relation.then-before-verb" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("The Dutch fleet entered the Medway in June 1667. It burned three ships at Chatham. The admiral then towed the Royal Charles back to Holland.")
assert any(r == "precedes" and a.startswith("It burned three ships") and b.startswith("The admiral then towed") for a, r, b in got), got
got = edges("The rebels took the town hall on Monday. They freed the prisoners in the old jail. The governor then sent a rider to the capital.")
assert any(r == "precedes" and a.startswith("They freed the prisoners") and b.startswith("The governor then sent") for a, r, b in got), got
for text in ["The rebels took the town hall on Monday. They freed the prisoners and burned the tax rolls. The governor then sent a rider to the capital.",
             "The rebels took the town hall on Monday. They freed the prisoners in the old jail. The governor had then sent a rider to the capital.",
             "The rebels took the town hall on Monday. The governor, then 63, asked the capital for troops."]:
    got = edges(text)
    assert not any(r == "precedes" for a, r, b in got), got
PY

# "In response to the N" when no earlier event names N, in a news report
# whose lead (a dateline opens it) tells one happening (relations27): the
# lead's happening; none after a lead with a second one ("after ...") or
# without a dateline, nor for a verb's object ("responded to the criticism")
check "extract.relation.response-to-lead" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("QUITO, Ecuador, March 5, 2026 \u2014 Thousands of teachers marched through the capital on Wednesday to demand the back pay the government owes them.\n\nThe education ministry said on Wednesday that the money would come in April.\n\nIn response to the protest, the president replaced the education minister on Thursday.")
assert any(r == "responds-to" and a.startswith("In response to the protest") and b.startswith("Thousands of teachers marched") for a, r, b in got), got
got = edges("MOMBASA, Kenya, March 5, 2026 \u2014 Dock workers at the port of Mombasa walked off the job on Wednesday morning, leaving 14 ships waiting at anchor.\n\nThe union said its members had not been paid since January.\n\nIn response to the stoppage, the shipping line Halcyon diverted three vessels to Dar es Salaam on Thursday.")
assert any(r == "responds-to" and a.startswith("In response to the stoppage") and b.startswith("Dock workers") for a, r, b in got), got
got = edges("LISBON, March 4, 2026 \u2014 The port authority closed two berths on Tuesday after a blaze destroyed two warehouses of cork.\n\nIn response to the fire, the city council opened an inquiry on Wednesday.")
assert not any(r == "responds-to" for a, r, b in got), got
got = edges("In 1666 the king's printer issued a new prayer book. The city's guilds met on September 3, 1666.\n\nIn response to the fire, the king appointed six commissioners on October 4, 1666.")
assert not any(r == "responds-to" for a, r, b in got), got
got = edges("HAMBURG, March 4, 2026 \u2014 The city's main sewer burst under the Reeperbahn on Tuesday.\n\nThe mayor said on Wednesday that repairs would take a month.\n\nThe transport union responded to the criticism on Wednesday by calling a strike.")
assert not any(r == "responds-to" for a, r, b in got), got
# review41: a lead wrapped onto a second line is a paragraph of several
# lines, its first line no sentence of its own: no lead of one happening
got = edges("GENOA, Italy, June 2, 2026 \u2014 Ferry crews stopped work on Monday and\nblocked the ramps. Lorries queued for three kilometres.\n\nIn response to the protest, the operator cancelled its night sailings on Tuesday.")
assert not any(r == "responds-to" for a, r, b in got), got
got = edges("GENOA, Italy, June 2, 2026 \u2014 Ferry crews stopped work on Monday.\n\nIn response to the protest, the operator cancelled its night sailings on Tuesday.")
assert any(r == "responds-to" and a.startswith("In response to the protest") and b.startswith("Ferry crews stopped work") for a, r, b in got), got
PY

# A time clause told after its main clause (relations23): a count that
# follows counts from the main clause past a "before" or "when" clause, and
# a "when" clause whose main clause is no event of its own is dated by it; a "when"
# clause in a sentence with no written date, and a forecast, give none
check "extract.relation.time-clause-main" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text, anchor="1901-06-01")
got = edges("The second trial began on May 3, 1901, when the steamer Aurora started towing the barge out of Leith Harbour. Six days later the tow line snapped in a gale.")
assert any(r == "precedes" and a.startswith("the steamer Aurora started") and b.startswith("Six days later") for a, r, b in got), got
got = edges("Dockers at the Rotterdam terminal walked out on March 3, 1901, when Kestrel Terminals cut their night-shift pay. Two days later the port closed.")
assert any(r == "precedes" and a.startswith("Dockers at the Rotterdam terminal walked out") and b.startswith("Two days later") for a, r, b in got), got
# review30: "when" after a noun opens a relative clause, no time clause
got = edges("He recalled on May 1, 1901, the day when the bridge fell. Two days later, the town surrendered.")
assert not any(r == "precedes" and a.startswith("He recalled") for a, r, b in got), got
got = edges("The second trial began badly when the steamer Aurora started towing the barge out of Leith Harbour. Six days later the tow line snapped in a gale.")
assert not any(r == "precedes" for a, r, b in got), got
got = edges("Governor Ann Hale declared an emergency for Erie County on Sunday afternoon, hours before the first storm bands arrived, and deployed 300 soldiers the next morning.")
assert any(r == "precedes" and a.startswith("Governor Ann Hale declared") and b.startswith("deployed 300 soldiers") for a, r, b in got), got
got = edges("Governor Ann Hale declared an emergency for Erie County on Sunday afternoon, hours before the first storm bands arrived, and said she would deploy 300 soldiers the next morning.")
assert not any(r == "precedes" for a, r, b in got), got
PY

# A three-letter noun of a happening (relations23): "in response to the
# ban" names the happening told by its stem ("banned"), "the cut" one told
# as "cut"; a head no event names ("the fog") gives no response
check "extract.relation.short-stimulus" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("OSLO, March 6, 2026 — The city council banned cars from the old town on Tuesday. Shops on the main square closed early on Wednesday. In response to the ban, the traders' association filed a complaint with the county on Thursday.")
assert any(r == "responds-to" and "traders' association filed" in a and b.startswith("The city council banned") for a, r, b in got), got
got = edges("BERGEN, March 6, 2026 — The port authority cut the number of daily sailings from 12 to 8 on March 2. Hotels on the islands reported cancellations on Tuesday. In response to the cut, the ferry union called a strike on Thursday.")
assert any(r == "responds-to" and "ferry union called" in a and b.startswith("The port authority cut") for a, r, b in got), got
got = edges("BERGEN, March 6, 2026 — The port authority closed the harbour on March 2. Hotels on the islands reported cancellations on Tuesday. In response to the fog, the ferry union called a strike on Thursday.")
assert not any(r == "responds-to" for a, r, b in got), got
# review30: a three-letter head before "of" is a part of what follows
got = edges("OSLO, March 6, 2026 — The rebels ended the talks on Monday. The war began on Tuesday. In response to the end of the war, the unions called a strike on Thursday.")
assert not any(r == "responds-to" and "ended the talks" in b for a, r, b in got), got
PY

# relations24: a definite noun ("the landslide", "its fines") refers back
# to a happening told before and does not tell it: "In response to the
# landslide" names no event whose only mention is such a noun; with "of"
# after it ("ordered the seizure of the trawler") the noun tells it
check "extract.relation.stimulus-back-reference" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("LIMA, March 6, 2026 — Mud buried the road to Huaraz on Monday night. Engineers said on Tuesday that the landslide had cut power to 9,000 homes. In response to the landslide, the regional government closed three schools on Wednesday.")
assert not any(r == "responds-to" for a, r, b in got), got
got = edges("CORK, March 6, 2026 — The harbour master fined two trawlers on Monday. Their owners paid the fines on Tuesday. In response to the fines, the fishermen's union called a meeting on Wednesday.")
assert any(r == "responds-to" and b.startswith("The harbour master fined") for a, r, b in got), got
got = edges("CORK, March 6, 2026 — A judge ordered the seizure of the trawler Sea Lark on Monday. In response to the seizure, the crew's union sent lawyers to the port on Wednesday.")
assert any(r == "responds-to" and "union sent" in a and b.startswith("A judge ordered") for a, r, b in got), got
PY

# relations24: an irregular verb tells the happening its noun names in a
# past that shares neither stem nor first letters ("the freeze" / "froze",
# "the sinking" / "sank"); a regular look-alike names nothing
check "extract.relation.irregular-past-stimulus" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("RIGA, March 6, 2026 — The central bank froze the accounts of Baltic Crown Bank on Monday. Depositors queued outside its branches on Tuesday. In response to the freeze, two payment firms ended their contracts with the bank on Wednesday.")
assert any(r == "responds-to" and "payment firms ended" in a and b.startswith("The central bank froze") for a, r, b in got), got
got = edges("GDANSK, March 6, 2026 — A cargo ship sank in the harbour mouth on Monday night. Divers searched the hull on Tuesday. In response to the sinking, the port authority closed the channel on Wednesday.")
assert any(r == "responds-to" and "port authority closed" in a and b.startswith("A cargo ship sank") for a, r, b in got), got
got = edges("GDANSK, March 6, 2026 — A cargo ship sailed into the harbour on Monday night. Divers searched the hull on Tuesday. In response to the sinking, the port authority closed the channel on Wednesday.")
assert not any(r == "responds-to" for a, r, b in got), got
PY

# relations24: a count within a day opening a sentence ("Moments later",
# "Twenty minutes later") counts from the happening just told, though that
# one writes no date; a longer count ("A year later") does not
check "extract.relation.short-count" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
opening = "The storm reached the coast on the night of March 3, 1901. The keeper of the lighthouse lit the lamp and climbed down to the store room. "
got = edges(opening + "Moments later a wave smashed the lantern.")
assert any(r == "precedes" and a.startswith("The keeper") and b.startswith("Moments later") for a, r, b in got), got
got = edges(opening + "Twenty minutes later the lamp went out.")
assert any(r == "precedes" and a.startswith("The keeper") and b.startswith("Twenty minutes") for a, r, b in got), got
got = edges(opening + "A year later the lighthouse was rebuilt.")
assert not any(r == "precedes" and a.startswith("The keeper") for a, r, b in got), got
PY

# A subject's relative clause set off by commas (relations25) is an aside:
# the "because" or "after" clause that follows the main verb is the main
# clause's reason, not the aside's ("Ingrid Dahl, who ran the office until
# 2019, sold her shares in May because ..."); walked back to the aside, the
# cause's later date dropped the edge
check "extract.relation.subject-aside" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("OSLO, June 4, 2026 — A ferry operator cancelled its summer timetable on Wednesday. "
            "The harbour authority, which took over the quay in 2011, closed the berth on Monday after a crane had collapsed on Saturday.")
assert any(r == "causes" and a.startswith("a crane") and b.startswith("closed the berth") for a, r, b in got), got
got = edges("In 1665 plague reached the city. The king, who had married in 1662, left London in July because the deaths had doubled in June.")
assert any(r == "causes" and a.startswith("the deaths") and b.startswith("left London") for a, r, b in got), got
PY

# A bare "after" in a news lead (relations25) is the reason the story is
# told for: the "after" clause causes the main one, though it writes no
# date of its own; not when the main clause is a saying, nor in a later
# sentence, where a bare "after" most often tells a detail or an order
check "extract.relation.lead-after-reason" $PY - "$EVG" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import text_relation_edges
edges = lambda text: text_relation_edges(sys.argv[1], text)
got = edges("ROTTERDAM, Netherlands, April 9, 2027 — Port authorities closed the Botlek bridge to traffic on Tuesday after a barge struck one of its piers. "
            "Engineers inspected the piers on Wednesday after divers reported cracks.")
assert any(r == "causes" and a.startswith("a barge") and b.startswith("Port authorities") for a, r, b in got), got
assert not any(b.startswith("Engineers") for a, r, b in got), got
got = edges("MANCHESTER, England, September 16, 1830 — The directors of the Liverpool and Manchester Railway halted the opening procession on September 15 after the locomotive Rocket ran down William Huskisson.")
assert any(r == "causes" and a.startswith("the locomotive") and b.startswith("The directors") for a, r, b in got), got
got = edges("DELFT, Netherlands, May 7, 2027 — A small painting was painted by Vermeer himself, the gallery announced on Friday, after experts in Leiden found the painter's signature under the varnish.")
assert not got, got
PY

# "As part of it" (relations20): a pronoun for the whole is the happening
# told just before; a possessive ("as part of its budget") is no pronoun
# for a happening, and names none told
cat >"$tmp/part-pronoun.txt" <<'TEXT'
HAMBURG, November 12, 2026 — The salvage firm began a rescue operation on Sunday. As part of it, divers pumped ballast water out of the hull on Tuesday.

The company started a rebuild of the plant in February. As part of this, it replaced every pump in March.

The port opened a ferry terminal in May. As part of its budget, the port cut two jobs in August.
TEXT
check "extract.relation.part-of-pronoun" $PY - "$EVG" "$tmp/part-pronoun.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
assert len(edges) == 2, edges
(a, r, b), (c, s, d) = edges
assert "divers pumped" in a and r == "part-of" and b.startswith("The salvage firm began"), edges
assert "it replaced every pump" in c and s == "part-of" and d.startswith("The company started"), edges
PY

# Several relations per event (relations21): a response that a count
# orders before the next happening keeps both edges, written as one key
# each (the events file takes a key once); a part with its own word of
# order keeps its part-of and the precedes from its whole
cat >"$tmp/several.txt" <<'TEXT'
BERLIN, March 12, 2025 - The regulator fined Acme Corp on Monday. In response, Acme Corp filed an appeal on Tuesday. The next day the court suspended the fine.

The company announced a redesign of its app in January. A month later the company stopped selling data, as part of that redesign.
TEXT
check "extract.relation.several-per-event" $PY - "$EVG" "$tmp/several.txt" "$tmp/several.events" <<'PY'
import json, subprocess, sys
evg, path, events_path = sys.argv[1:]
out = subprocess.run(evg.split() + ["extract", "--format", "json", path], capture_output=True, check=True)
events = [e for e in map(json.loads, out.stdout.decode().splitlines()) if e["type"] == "event"]
text = open(path, "rb").read()
by_id = {e["id"]: e for e in events}
def clause(e):
    return text[e["start"]["offset"]:e["end"]["offset"]].decode()
edges = [(clause(e), r["relation"], clause(by_id[r["target"]]))
         for e in events if "relation" in e
         for r in [e] + e.get("more_relations", [])]
assert len(edges) == 4, edges
assert "Acme Corp filed" in edges[0][0] and edges[0][1] == "responds-to" and edges[0][2].startswith("The regulator fined"), edges
assert "Acme Corp filed" in edges[1][0] and edges[1][1] == "precedes" and "court suspended" in edges[1][2], edges
assert edges[2][0].startswith("The company announced") and edges[2][1] == "precedes" and "stopped selling" in edges[2][2], edges
assert "stopped selling" in edges[3][0] and edges[3][1] == "part-of" and edges[3][2].startswith("The company announced"), edges
out = subprocess.run(evg.split() + ["extract", path], capture_output=True, check=True).stdout.decode()
appeal = out[out.index("label: Acme Corp filed"):].split("\n\n")[0]
assert "  responds-to: event-1\n" in appeal and "  precedes: event-3\n" in appeal, appeal
open(events_path, "w").write(out)
subprocess.run(evg.split() + ["check", events_path], check=True)
PY

# "X as part of a plan that Y" (relations19): a whole new to the text is
# the happening its relative clause tells; none when the phrase ends
# before the event (a comma) or the whole is definite and told nowhere
cat >"$tmp/part-relative.txt" <<'TEXT'
TUCSON, July 9, 2025 — The council put the fare on the ballot in June as part of a climate plan that it adopted in 2024.
The agency lent the studio 12 million dollars in 2023 as part of the survey, which Quebec launched in 2021.
TEXT
check "extract.relation.part-of-relative" $PY - "$EVG" "$tmp/part-relative.txt" <<'PY'
import sys; sys.path.insert(0, "tests")
from relation_edges import relation_edges
edges = relation_edges(*sys.argv[1:])
assert len(edges) == 1, edges
part, relation, whole = edges[0]
assert part.startswith("The council put the fare") and relation == "part-of" and whole.startswith("it adopted"), edges
PY

# "The worst delay came on April 2, when Norrail cut ...": a clause naming
# no one, then a when-clause after its date, is the when-clause's event;
# a clause that names someone keeps its own event (clauses43: a beginning
# or an end told by an intransitive verb, "The delays started on April 2,
# when ...", is an event of its own: extract.clause.when-frame-own)
cat >"$tmp/frame.txt" <<'TEXT'
OSLO, April 9, 2026 — The worst delay came on April 2, when Norrail cut its timetable by a third.
Minister Berit Lunde resigned in March, when Deloitte published its audit.
TEXT
check "extract.clauses.when-frame" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/frame.txt"],
                     capture_output=True, text=True).stdout
rows = [json.loads(l) for l in out.splitlines()]
names = {r["id"]: r["name"] for r in rows if r["type"] == "actor"}
events = [r for r in rows if r["type"] == "event"]
delays = [e for e in events if "delay" in e["quote"]]
assert len(delays) == 1 and delays[0]["label"].startswith("Norrail cut"), delays
assert delays[0]["date"] == "2026-04-02", delays
assert [names[a] for a in delays[0]["actors"]] == ["Norrail"], delays
assert len([e for e in events if "Lunde" in e["quote"]]) == 2, events
PY

# a date written out restates a count beside it; a "with" phrase's date is
# a circumstance, not the clause's date
cat >"$tmp/restated.txt" <<'TEXT'
The Canal

The canal opened on May 23, 1883. A week later, on May 30, a lock gave way at Merle. With autumn coming on, the company closed the works in late September 1884.
TEXT
check "extract.clauses.restated-date" $PY - <<PY
import json, subprocess
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", "$tmp/restated.txt"],
                     capture_output=True, text=True).stdout
dates = {e["label"].split()[1]: e["date"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"}
assert dates.get("lock") == "1883-05-30", dates
assert dates.get("company", "").startswith("1884-09"), dates
PY

# The development texts of tests/events_dev (tuned on, so a floor, not a
# measure): dates of the core events found stay exact.
if ls tests/events_dev/story-*.txt >/dev/null 2>&1; then
  pairs=()
  for f in tests/events_dev/story-*.txt; do
    n=$(basename "$f" .txt)
    $EVG extract --format json "$f" >"$tmp/$n.jsonl" 2>/dev/null
    pairs+=("$tmp/$n.jsonl" "tests/events_dev/$n.gold.json")
  done
  check "extract.dev.dates-exact" $PY -c "
import json, subprocess, sys
out = subprocess.run([sys.executable, 'tests/events_gold/score.py', '--json'] + sys.argv[1:], capture_output=True, text=True, check=True).stdout
f = json.loads(out)['total']
print(f['core_found'], f['dates_exact'])
sys.exit(not (f['core_found'] >= 95 and f['dates_exact'] >= 90))" "${pairs[@]}"
fi

# Every event gold set at once (tests/events_*/: tuned-on and held-out sets
# alike, so a floor under the union, not a measure): a change that helps one
# set by breaking others fails here.  Floors: the union at the last figures
# recorded in README ("Judging a rule on every set"), less about a point.
# Relation recall went from 30 to 29.5 when events_test37 joined (its 35
# gold relations, 5 found, took the union from 30.3 to 29.8).
if ls tests/events_gold/*.gold.json >/dev/null 2>&1; then
  check "extract.score.all-sets" $PY tests/events_gold/score_all.py --evgraph "${EVGRAPH:-./evgraph}" --exclude events_test38 \
    --min core_found=98 --min dates_exact=92 --min actor_precision=93 \
    --min actor_recall=93.5 --min kinds=96.5 --min headlines=98 \
    --min relation_precision=82.5 --min relation_recall=29.5
fi

# The ways actors come to events (tests/actor_paths.c, README "actorpaths"):
# the driver, which records them, proposes the same events and actors as
# `evgraph extract`, and names a way for every actor.
paths=${BUILD:-build}/actor_paths
if [ -x "$paths" ] && [[ "$EVG" != *valgrind* ]]; then
  check "extract.actor-paths.same-actors" $PY -c "
import json, subprocess, sys
for text in sys.argv[2:]:
    rows = [json.loads(l) for l in subprocess.run(['${EVGRAPH:-./evgraph}', 'extract', '--format', 'json', text],
            capture_output=True, text=True, check=True).stdout.splitlines()]
    names = {r['id']: r['name'] for r in rows if r['type'] == 'actor'}
    cli = [(e['start']['offset'], e['end']['offset'], [names[a] for a in e['actors']])
           for e in rows if e['type'] == 'event']
    paths = [json.loads(l) for l in subprocess.run([sys.argv[1], text], capture_output=True, text=True,
             check=True).stdout.splitlines()]
    mine = [(p['start'], p['end'], [a['name'] for a in p['actors']]) for p in paths]
    if cli != mine or any(a['path'] == 'none' for p in paths for a in p['actors']):
        sys.exit(text)" "$paths" tests/events_dev/actors-0[1-9]*.txt tests/events_gold/history-0[1-4]*.txt
elif [[ "$EVG" == *valgrind* ]]; then
  echo "SKIP extract.actor-paths.same-actors: the driver runs outside valgrind (make sanitize runs it under ASan)"
else
  echo "SKIP extract.actor-paths.same-actors: no $paths (make $paths)"
fi

# events: a file that renders, with relations from cue words
$EVG extract "$tmp/news.txt" >"$tmp/news.events" 2>"$tmp/err"
check "extract.events.exit" [ $? -eq 0 ]
check "extract.events.checks" $EVG check "$tmp/news.events"
check "extract.events.anchor" grep -q '^anchor: 2025-03-10$' "$tmp/news.events"
check "extract.events.quote" grep -q '^  quote: Two days later, its chief executive resigned.$' "$tmp/news.events"
check "extract.events.source-span" grep -qE '^  source: .*news.txt:2:1-2:' "$tmp/news.events"
check "extract.events.causes" grep -q '^  causes: event-' "$tmp/news.events"
check "extract.events.pipeline" bash -c "$EVG extract '$tmp/news.txt' | $EVG render - -t graphml -o - | grep -q 'key=\"quote\"'"

# JSON Lines: one object a line
$EVG extract --format json "$tmp/news.txt" >"$tmp/news.jsonl"
check "extract.json.valid" $PY -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
events = [r for r in rows if r['type'] == 'event']
assert events and all('date' in e and 'quote' in e and 'start' in e for e in events)
" "$tmp/news.jsonl"

# no date at all: relative dates stay relative, and a warning says why
printf 'Shares fell two days ago. Yesterday the chief executive resigned.\n' >"$tmp/undated.txt"
$EVG extract "$tmp/undated.txt" >"$tmp/undated.events" 2>"$tmp/err"
check "extract.no-anchor.exit" [ $? -eq 0 ]
check "extract.no-anchor.warning" grep -q "no date of its own" "$tmp/err"
check "extract.no-anchor.relative" grep -q '^  date: anchor - 2 days$' "$tmp/undated.events"
check "extract.no-anchor.comment" grep -q "^# The text has no date of its own" "$tmp/undated.events"
$EVG extract --anchor 2025-13-01 "$tmp/undated.txt" >/dev/null 2>&1
check "extract.bad-anchor" [ $? -eq 2 ]
$EVG extract --format yaml "$tmp/undated.txt" >/dev/null 2>&1
check "extract.bad-format" [ $? -eq 2 ]

# without a headline, the title is the file's name
mkdir -p "$tmp/titled"
printf 'Lawmakers met on Monday, the office said.\n' >"$tmp/titled/city-hall.txt"
check "extract.title.file-name" bash -c "$EVG extract --anchor 2025-02-03 '$tmp/titled/city-hall.txt' | grep -qx 'title: city-hall'"
printf 'City hall reopens\n\nLawmakers met on Monday, the office said.\n' >"$tmp/titled/headline.txt"
check "extract.title.headline" bash -c "$EVG extract --anchor 2025-02-03 '$tmp/titled/headline.txt' | grep -qx 'title: City hall reopens'"

# actor ids: Latin letters with marks lose the marks, other scripts drop out
printf 'Émile Zola Group and Ørsted signed a deal with Straße AG and Łódź Ventures on Monday, the company said.\n' >"$tmp/names.txt"
$EVG extract --anchor 2025-02-03 "$tmp/names.txt" >"$tmp/names.events"
check "extract.ids.marks" grep -q '^actor emile-zola-group$' "$tmp/names.events"
check "extract.ids.stroke" grep -q '^actor orsted$' "$tmp/names.events"
check "extract.ids.sharp-s" grep -q '^actor strasse-ag$' "$tmp/names.events"
check "extract.ids.extended-a" grep -q '^actor lodz-ventures$' "$tmp/names.events"
printf '北京 Holdings met 上海 Holdings on Monday. 北京 Holdings said on Tuesday it would sell.\n' >"$tmp/cjk.txt"
$EVG extract --anchor 2025-02-03 "$tmp/cjk.txt" >"$tmp/cjk.events"
check "extract.ids.other-script-distinct" [ "$(grep -c '^actor holdings-[0-9a-f]\{6\}$' "$tmp/cjk.events")" -eq 2 ]
check "extract.ids.other-script-checks" $EVG check "$tmp/cjk.events"
printf 'Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega Prime Holdings met Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega Second Holdings on Monday.\n' >"$tmp/long.txt"
$EVG extract --anchor 2025-02-03 "$tmp/long.txt" >"$tmp/long.events"
check "extract.ids.long-names-distinct" [ "$(grep -c '^actor ' "$tmp/long.events")" -eq 2 ]
check "extract.ids.long-names-checks" $EVG check "$tmp/long.events"
check "extract.ids.checks" $EVG check "$tmp/names.events"

# NUL bytes in the text (found by tests/fuzz/fuzz_extract): the quote kept
# only what came before the first one and, empty, made the events file
# unreadable; now each is U+FFFD and the whole sentence is quoted
printf '\0\0Officials met on Monday in\0Oslo.\n' >"$tmp/nul.txt"
$EVG extract --anchor 2025-02-03 "$tmp/nul.txt" >"$tmp/nul.events"
check "extract.nul.checks" $EVG check "$tmp/nul.events"
check "extract.nul.quote" grep -qx '  quote: ��Officials met on Monday in�Oslo.' "$tmp/nul.events"
# a first line that is blank once cleaned (found by tests/fuzz/fuzz_extract)
# gave "title: " with no value, an error: the title is then the file's name
printf ' \r\nOfficials met on Monday.\n' >"$tmp/blank-title.txt"
$EVG extract --anchor 2025-02-03 "$tmp/blank-title.txt" >"$tmp/blank-title.events"
check "extract.blank-title.checks" $EVG check "$tmp/blank-title.events"
check "extract.blank-title.file-name" grep -qx 'title: blank-title' "$tmp/blank-title.events"
printf '\0 \0\nOfficials met on Monday.\n' >"$tmp/nul-title.txt"
$EVG extract --anchor 2025-02-03 "$tmp/nul-title.txt" >"$tmp/nul-title.events"
check "extract.nul-title.kept" grep -qx 'title: � �' "$tmp/nul-title.events"
# C1 controls and bidi overrides, which the events parser rejects, in the
# title and a quote (found by tests/fuzz/fuzz_extract): each is U+FFFD
printf 'Port \xc2\x85news\nOfficials met on Monday in \xe2\x80\xaeOslo\xe2\x81\xa9.\n' >"$tmp/controls.txt"
$EVG extract --anchor 2025-02-03 "$tmp/controls.txt" >"$tmp/controls.events"
check "extract.controls.checks" $EVG check "$tmp/controls.events"
check "extract.controls.title" grep -qx 'title: Port �news' "$tmp/controls.events"
# U+FFFF, valid UTF-8 but no XML character (found by fuzz_extract)
printf 'Officials met on Monday in \xef\xbf\xbfOslo.\n' >"$tmp/ffff.txt"
$EVG extract --anchor 2025-02-03 --format timeml "$tmp/ffff.txt" >"$tmp/ffff.tml"
check "extract.noncharacter.timeml" xmllint --noout "$tmp/ffff.tml"
check "extract.controls.quote" grep -qx '  quote: Officials met on Monday in �Oslo�.' "$tmp/controls.events"

# A relation whose dates contradict it is left out, not proposed wrong: an
# answer dated before what it answers.
printf 'Zeta Corp announced a merger on March 4, 2023.\n\nOpenAI met regulators on March 1, 2023, in response to Zeta Corp.\n' >"$tmp/late.txt"
printf 'Zeta Corp announced a merger on March 1, 2023.\n\nOpenAI met regulators on March 4, 2023, in response to Zeta Corp.\n' >"$tmp/early.txt"
$EVG extract --anchor 2023-03-06 "$tmp/late.txt" >"$tmp/late.events" 2>"$tmp/err"
check "extract.relation.contradicted-dates-left-out" sh -c "! grep -q 'responds-to' '$tmp/late.events'"
$EVG extract --anchor 2023-03-06 "$tmp/early.txt" >"$tmp/early.events" 2>"$tmp/err"
check "extract.relation.consistent-dates-kept" grep -qx '  responds-to: event-1' "$tmp/early.events"

# the article in ../shared/seed: extract | render gives its dated events
seed=$(ls ../shared/seed/*.txt 2>/dev/null | head -1)
if [ -n "$seed" ]; then
  $EVG extract --anchor 2025-02-03 "$seed" | $EVG render - -t graphml -o - >"$tmp/seed.graphml" 2>"$tmp/err"
  check "extract.seed.pipeline" [ -s "$tmp/seed.graphml" ]
  check "extract.seed.graph" $PY - "$tmp/seed.graphml" <<'PY'
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
ev = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "event"}
def find(pred):
    return [n for n, d in ev.items() if pred(d)]
ban = find(lambda d: d["date"] == "2018" and "2018" in d.get("quote", ""))
drop = find(lambda d: d.get("start") == "2025-01-27" and "Nvidia" in d.get("quote", ""))
r1 = [n for n, d in ev.items() if "R1" in d["label"]]
sell = [n for n, d in ev.items() if "sell-off" in d["label"]]
causes = [(u, v) for u, v, d in g.edges(data=True) if d["relation"] == "causes"]
assert ban, "no event dated 2018 for the ban"
assert drop, "no event dated 2025-01-27 for the Nvidia drop"
assert any(u in r1 and v in sell for u, v in causes), f"no R1 -> sell-off causes edge: {causes}"
alibaba = find(lambda d: d.get("start") == "2025-01-29" and "Alibaba" in d["label"])
assert alibaba, "Alibaba's model is not dated 2025-01-29, the lunar new year"
assert len(ev) >= 10, len(ev)
PY
else
  echo "SKIP extract.seed: ../shared/seed is absent"
fi

# the event scorer's headline checks on labels of our own
check "extract.score.headline-checks" $PY tests/events_gold/score.py --self-test
# score_all.py without --sets or --exclude leaves the blind set out: the
# one the union check above excludes, a folder that exists
check "extract.score.blind-set-left-out-by-default" $PY -c '
import os, sys
sys.path.insert(0, "tests/events_gold")
import score_all
blind = score_all.blind_set()
# the newest set, or the next one while its writer is at work
numbers = [int(d[len("events_test"):]) for d in os.listdir("tests")
           if d.startswith("events_test") and d[len("events_test"):].isdigit()]
assert blind in ("events_test%d" % max(numbers), "events_test%d" % (max(numbers) + 1)), blind
'

# A history with no date of its own is a narrative although it says "the
# next year" or "the next month" (they count on from a told year; "next
# year" alone is the writer's): a month after a sentence's opening year
# and a qualifying "of 1866" takes the opening year; "a winter camp" is a
# kind, not a time that moves the story (events_test33 history-02,
# events_gold history-04)
cat >"$tmp/next-year-history.txt" <<'TEXT'
The Harbour Board

In 1871 a royal commission examined the engineers of 1866. Parliament passed the harbour bill that May, and the next year it founded a board of works.

TEXT
$EVG extract --format timeml "$tmp/next-year-history.txt" >"$tmp/next-year-history.tml" 2>/dev/null
cat >"$tmp/kind-season-history.txt" <<'TEXT'
The Whalers

On November 3, 1820, the whalers left Nantucket. On January 9, 1821, the ice held their ship fast. By February the crew had built a winter camp on the shore. On September 14 they sailed south again. They reached the Azores in December. On April 2, 1822, they came home.
TEXT
$EVG extract --format timeml "$tmp/kind-season-history.txt" >"$tmp/kind-season-history.tml" 2>/dev/null
check "extract.narrative.the-next-year.month" grep -q 'value="1871-05">that May<' "$tmp/next-year-history.tml"
check "extract.narrative.the-next-year.year" grep -q 'value="1872">the next year<' "$tmp/next-year-history.tml"
check "extract.narrative.kind-season-no-time" sh -c "! grep -q '>winter<' '$tmp/kind-season-history.tml'"
check "extract.narrative.after-kind-season" grep -q 'value="1821-09-14">September 14<' "$tmp/kind-season-history.tml"

# a four-digit number after a month's name is its year whatever the
# century, as after a day's ("December 9, 9999" already was): "December
# 9999" is no December near the paper's day with the number left in the
# label; a count after the month stays a count ("December 2500 people");
# the events file written takes the year back (dates60)
cat >"$tmp/far-year.txt" <<'TEXT'
The inquiry into the archive began in December 9999. The colony ship will land in March 2400, the novel says. In December 2500 people marched.
TEXT
$EVG extract --anchor 2031-04-02 --format timeml "$tmp/far-year.txt" >"$tmp/far-year.tml" 2>/dev/null
$EVG extract --anchor 2031-04-02 "$tmp/far-year.txt" >"$tmp/far-year.events" 2>/dev/null
check "extract.timex.month-far-year" grep -q 'value="9999-12">December 9999<' "$tmp/far-year.tml"
check "extract.timex.month-far-year-2400" grep -q 'value="2400-03">March 2400<' "$tmp/far-year.tml"
check "extract.timex.month-count-not-year" sh -c "! grep -q '>December 2500<' '$tmp/far-year.tml'"
check "extract.timex.month-far-year-label" sh -c "! grep -q 'label: .*9999' '$tmp/far-year.events'"
check "extract.timex.month-far-year-events-file" $EVG check "$tmp/far-year.events"

# a past perfect with an irregular participle in neither -en nor -wn
# ("had begun", "had sunk", "had torn") is a past perfect as "had
# stolen" is: framed by "Within", a happening of its own (dates60)
cat >"$tmp/irregular-pluperfect.txt" <<'TEXT'
BERGEN, Norway, May 6, 2031 — The fishing season opened on Monday.

Within two days the trawler had sunk. Within a week the storm had torn the nets. Within a month the repairs had begun.
TEXT
check "extract.happening.irregular-pluperfect" $PY - "$tmp/irregular-pluperfect.txt" <<PY
import json, subprocess, sys
out = subprocess.run(["${EVGRAPH:-./evgraph}", "extract", "--format", "json", sys.argv[1]],
                     capture_output=True, text=True).stdout
labels = [e["label"] for e in map(json.loads, out.splitlines()) if e["type"] == "event"]
assert any("trawler had sunk" in l for l in labels), labels
assert any("storm had torn" in l for l in labels), labels
assert any("repairs had begun" in l for l in labels), labels
PY

# issue 11: a sentence with more dated clauses than a sentence gives
# events for (EXTRACT_MAX_CLAUSES) keeps its rest as one event and says
# so, with where the first such sentence starts; a sentence under the cap
# warns of nothing (dates60)
{
  printf 'OSLO, Norway, June 2, 2031 — The ferry ran late on Monday.\n\n'
  for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
    printf 'a pier that sank in 2019 was rebuilt on Tuesday, and '
  done
  printf 'the port closed.\n'
} >"$tmp/capped-clauses.txt"
$EVG extract "$tmp/capped-clauses.txt" >/dev/null 2>"$tmp/capped-clauses.err"
check "extract.cap.clauses-warned" grep -q "1 sentence(s) hold more dated clauses than the 8 .*line 3, column 1" "$tmp/capped-clauses.err"
printf 'OSLO, Norway, June 2, 2031 — A pier that sank in 2019 was rebuilt on Tuesday, and the port closed on Friday.\n' >"$tmp/capped-clauses-few.txt"
$EVG extract "$tmp/capped-clauses-few.txt" >/dev/null 2>"$tmp/capped-clauses-few.err"
check "extract.cap.clauses-not-warned" sh -c "! grep -q 'dated clauses' '$tmp/capped-clauses-few.err'"

# accuracy on the gold sets (value F1, TempEval-3 relaxed x value)
if [ -d tests/timex/news ]; then
  check "extract.score.news-tuning" $PY tests/timex/score.py --evgraph "${EVGRAPH:-./evgraph}" tests/timex/news --exclude 'heldout-*' --min-value-f1 0.95
  check "extract.score.news-heldout" $PY tests/timex/score.py --evgraph "${EVGRAPH:-./evgraph}" tests/timex/news/heldout-*.tml --min-value-f1 0.90
  check "extract.score.self-test" $PY tests/timex/score.py --self-test tests/timex/news
fi
# our own histories of the first centuries, short years without an era
if [ -d tests/timex/history ]; then
  check "extract.score.history-short-years" $PY tests/timex/score.py --evgraph "${EVGRAPH:-./evgraph}" tests/timex/history --min-value-f1 0.95
fi
if [ -d ../shared/corpus/wikiwars/timex3-tml ]; then
  check "extract.score.wikiwars" $PY tests/timex/score.py --evgraph "${EVGRAPH:-./evgraph}" --gold-type infer ../shared/corpus/wikiwars/timex3-tml --min-value-f1 0.83
else
  echo "SKIP extract.score.wikiwars: ../shared/corpus is absent"
fi
