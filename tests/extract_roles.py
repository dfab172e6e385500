#!/usr/bin/env python3
"""Actors a reviewer keeps and headlines that pass the checks (issue 10
items 2 and 3): one small text of our own per rule family, run through
`evgraph extract --format json`, with the actors of the event that holds a
given phrase and its label checked.  PASS/FAIL lines.  The headline checks
are those of tests/events_gold/score.py."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "events_gold"))
import score  # noqa: E402

EVG = os.environ.get("EVG", os.path.join(HERE, "..", "evgraph")).split()
failures = 0


def extract(text, anchor="2025-06-12"):
    out = subprocess.run(EVG + ["extract", "--format", "json", "--anchor", anchor, "-"],
                         input=text.encode("utf-8"), capture_output=True, check=True).stdout
    rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    actors = {r["id"]: r for r in rows if r["type"] == "actor"}
    events = [r for r in rows if r["type"] == "event"]
    return actors, events


def event_with(events, phrase):
    for e in events:
        if phrase in e["quote"]:
            return e
    return None


def check(name, ok, detail=""):
    global failures
    if ok:
        print("PASS " + name)
    else:
        failures += 1
        print("FAIL %s: %s" % (name, detail))


def actors_case(name, text, phrase, want, not_want=(), kinds=None, anchor="2025-06-12"):
    """The event holding `phrase` names every actor in `want` (by name)
    and none in `not_want`; `kinds` maps names to their kind."""
    actors, events = extract(text, anchor)
    e = event_with(events, phrase)
    if e is None:
        check(name, False, "no event holds %r: %r" % (phrase, [x["quote"] for x in events]))
        return
    names = {actors[a]["name"]: actors[a]["kind"] for a in e["actors"]}
    missing = [w for w in want if w not in names]
    extra = [n for n in names if any(n == x or x in n for x in not_want)]
    wrong = {n: (names.get(n), k) for n, k in (kinds or {}).items() if names.get(n) != k}
    check(name, not missing and not extra and not wrong,
          "actors %r; missing %r, unwanted %r, kinds (got, want) %r" % (names, missing, extra, wrong))


def clause_case(name, text, phrase, want, not_want=(), kinds=None, anchor="2025-06-12", split=True):
    """Like actors_case, for the event whose own span (its clause, not the
    whole sentence) holds `phrase`: a sentence of several clauses, which
    must be split (the event is not the whole sentence) when `split`."""
    actors, events = extract(text, anchor)
    at = len(text.encode("utf-8")[:text.index(phrase)].decode("utf-8").encode("utf-8"))
    e = next((x for x in events if x["start"]["offset"] <= at < x["end"]["offset"]), None)
    if e is None:
        check(name, False, "no event's clause holds %r" % phrase)
        return
    whole = e["start"]["offset"] == 0 and e["end"]["offset"] >= len(text.rstrip().encode("utf-8")) - 1
    if split and whole:
        check(name, False, "the sentence was not split: %r" % e["quote"])
        return
    names = {actors[a]["name"]: actors[a]["kind"] for a in e["actors"]}
    missing = [w for w in want if w not in names]
    extra = [n for n in names if any(n == x or x in n for x in not_want)]
    wrong = {n: (names.get(n), k) for n, k in (kinds or {}).items() if names.get(n) != k}
    check(name, not missing and not extra and not wrong,
          "actors %r; missing %r, unwanted %r, kinds (got, want) %r" % (names, missing, extra, wrong))


def label_case(name, text, phrase, test, anchor="2025-06-12"):
    """The label of the event holding `phrase` passes the scorer's checks
    and `test`."""
    _, events = extract(text, anchor)
    e = event_with(events, phrase)
    if e is None:
        check(name, False, "no event holds %r" % phrase)
        return
    failed = score.headline_failures(e["label"], e["quote"])
    check(name, not failed and test(e["label"]), "label %r fails %r" % (e["label"], failed))


# -- participants only ---------------------------------------------------
actors_case("actors.quotation", 'Acme Corp sued Gamma Ltd on Monday over the slogan "Beta Rules the World".',
            "sued", ["Acme Corp", "Gamma Ltd"], ["Beta"])
actors_case("actors.work-title", "On Friday, Netflix released the documentary Cold Harbor Nights.",
            "released", ["Netflix"], ["Cold Harbor"])
actors_case("actors.work-title-the", "In 1851 Herman Melville published The Whale in London.",
            "published", ["Herman Melville"], ["Whale", "London"])
actors_case("actors.date-phrase", "Two days before Smith's inauguration on January 20, 2025, the Senate confirmed Jane Roe.",
            "confirmed", ["Senate", "Jane Roe"], ["Smith"])
actors_case("actors.location", "Vantor Systems opened a plant in Dresden on March 3, 2025.",
            "opened", ["Vantor Systems"], ["Dresden"])
actors_case("actors.motion-place", "The ship left Reykjavik on Jan. 30, 2026.", "left", [], ["Reykjavik"])
actors_case("actors.compared", "Shares of Halvex fell 9 percent on Tuesday, more than rival Corvane Systems.",
            "fell", ["Halvex"], ["Corvane"])
actors_case("actors.time-zone", "The launch of Vega began at 5 p.m. EDT on May 2, 2025.", "launch", [], ["EDT"])
# actors32: a planet is seen, found or circled, never a party
actors_case("actors.planet-found-no-party",
            "William Herschel found Uranus from his garden in Bath on March 13, 1781.", "found",
            ["William Herschel"], ["Uranus"])
actors_case("actors.planet-circled-no-party",
            "In March 1610 Galileo published a book on four moons circling Jupiter.", "published",
            ["Galileo"], ["Jupiter"])
actors_case("actors.planet-word-in-firm-kept",
            "Mars Wrigley cut 300 jobs on Monday, May 4, 2026.", "cut", ["Mars Wrigley"])
actors_case("actors.apposition", "On June 3, 2025, Sen. Laura Kessler, a Democrat from Evanston, introduced the bill.",
            "introduced", ["Laura Kessler"], ["Democrat", "Evanston"], {"Laura Kessler": "person"})
actors_case("actors.reporter", "Acme Corp cut 300 jobs on Monday, analyst Peter Grady said.",
            "cut", ["Acme Corp"], ["Peter Grady"])
actors_case("actors.reporter-who-acts", "Gov. Daniel Reyes said on Wednesday that he would sign the bill.",
            "sign", ["Daniel Reyes"])
actors_case("actors.according-to", "Acme Corp fired its chief executive on Friday, according to Bloomberg News.",
            "fired", ["Acme Corp"], ["Bloomberg"])
actors_case("actors.told", "On Monday, Ms. Ada Lind told the Chicago Tribune that Vexa Corp had failed.",
            "told", ["Vexa Corp"], ["Chicago Tribune", "Ada Lind"])
actors_case("actors.place-of-origin", "On May 1, 2025, Sen. Mark Doyle of Peoria voted against the bill.",
            "voted", ["Mark Doyle"], ["Peoria"])
actors_case("actors.place-as-adjective", "On Monday, Acme Corp defied U.S. restrictions.",
            "defied", ["Acme Corp"], ["U.S."])
actors_case("actors.event-name", "The Crimean War began in 1853.", "began", [], ["Crimean"])
actors_case("actors.dateline", "SAN JOSE, California, April 9, 2026 — Acme Corp lowered its forecast on Tuesday.",
            "lowered", ["Acme Corp"], ["SAN JOSE", "California"], anchor="2026-04-09")
actors_case("actors.headline-line", "Halvorsen Cuts Its Forecast\n\nHalvorsen Semiconductor Inc. cut its forecast on Tuesday. "
            "On Thursday, Halvorsen hired Oduya Partners.\n", "hired",
            ["Halvorsen Semiconductor Inc.", "Oduya Partners"], ["Cuts"])

actors_case("actors.nationality", "The museum reopened its Flemish gallery on Thursday.", "reopened", [], ["Flemish"])
actors_case("actors.name-as-adjective", "Police recovered a Rubens sketch on Tuesday.", "recovered", [], ["Rubens"])
actors_case("actors.structure", "Two years later, in 1827, a flood destroyed Kell Bridge.", "destroyed", [], ["Kell"])
actors_case("actors.coordinated-places", "On Thursday, Vexa Air cancelled all flights from Bergen and Tromso.",
            "cancelled", ["Vexa Air"], ["Bergen", "Tromso"], {"Vexa Air": "company"})
actors_case("actors.told-the-newspaper", "On Thursday, Mr. Ola Berg told the newspaper Aftenposten that fares would rise.",
            "told", [], ["Aftenposten"])
actors_case("actors.at-a-place", "Mr. Aas met union leaders at the Ministry of Labour on Thursday.", "met",
            ["Aas"], ["Ministry"])

actors_case("actors.told-to-is-an-order",
            "On June 16, Sheriff Ruth Galloway told residents of the town to leave at once.", "told",
            ["Ruth Galloway"])
actors_case("actors.told-that-only-reports",
            "The storm closed the port on June 16, Mayor Ruth Galloway told reporters.", "closed",
            [], ["Ruth Galloway"])
actors_case("actors.post-held-is-no-business",
            "Henrik Aas resigned as chief executive of Nordvik Bank on May 6.", "resigned",
            ["Henrik Aas"], kinds={"Henrik Aas": "person"})

# -- issue 10 item 2, third round: one sentence per rule ------------------
actors_case("actors.apposition-after-date", "In March, the Danish brewer Holm Bryg bought a maltings.",
            "bought", ["Holm Bryg"], kinds={"Holm Bryg": "company"})
actors_case("actors.place-before-preposition", "Napoleon invaded Russia in 1812.", "invaded", ["Russia"])
actors_case("actors.staff-at", "Nurses at Corvid Health walked out on Tuesday.", "walked", ["Corvid Health"])
actors_case("actors.possessive-relative", "In 1702 Ivan's nephew Boris Orlov seized the fort.", "seized",
            ["Boris Orlov"], ["Ivan"])
# armed men named by whose they are act themselves: no actor for the owner
# (gold46's convention; "Ivan's army" gave Ivan before)
actors_case("actors.possessive-thing", "In 1702 Ivan's army seized the fort.", "seized", [], ["Ivan"])
clause_case("clauses.undated-and", "Parliament passed the levy in 1790, and the Tarrow Dock Company built the quay.",
            "passed", ["Parliament"], ["Tarrow Dock Company"])
clause_case("clauses.undated-and-second", "Parliament passed the levy in 1790, and the Tarrow Dock Company built the quay.",
            "built", ["Tarrow Dock Company"], ["Parliament"])
clause_case("clauses.undated-before", "Gil Marr sold his mill, and in June 1841 he opened a bank.",
            "sold", ["Gil Marr"])
clause_case("clauses.shared-verb-stays", "In 1841 Gil Marr sold his mill and opened a bank.", "opened", ["Gil Marr"],
            split=False)
clause_case("clauses.list-stays", "In 1815 Prussia, Austria, and Russia signed the pact.", "signed",
            ["Prussia", "Austria", "Russia"], split=False)
clause_case("clauses.but-in", "The line reached Oxbury in May 1850, but in June of that year Pell & Sons failed.",
            "failed", ["Pell & Sons"])
clause_case("subject.pronoun", "Ada Voss left the firm in 1901, and in 1903 she founded a school.", "founded",
            ["Ada Voss"])
clause_case("subject.elided", "The storm hit Lunden on Monday, and Mayor Ruth Aalto closed the schools on Tuesday "
            "and reopened them on Friday.", "reopened", ["Ruth Aalto"])
# -- one event per clause that tells a happening (issue 10 items 2 and 4) --
clause_case("clauses.undated-sentence-split",
            "In May 1890 Oskar Berg opened a mill in Tarrow. Marta Lind sold her shares, and Oskar Berg bought "
            "the rest.", "bought", ["Oskar Berg"], ["Marta Lind"])
clause_case("clauses.state-left-out-pronoun-kept",
            "In 1921 Ivo Brandt found the serum. Ivo Brandt was angry that Lena Kos had been ignored, and he gave "
            "half of the prize to his assistant.", "gave", ["Ivo Brandt"], ["Lena Kos"])
_, _events = extract("In 1921 Ivo Brandt found the serum. Ivo Brandt was angry that Lena Kos had been ignored, and he "
                     "gave half of the prize to his assistant.")
check("clauses.state-no-event", not any("angry" in e["label"] for e in _events), repr([e["label"] for e in _events]))
clause_case("clauses.where-first", "That autumn Nils Ek joined the Harwell Institute, where he met Ada Sorel.",
            "joined", ["Nils Ek"], ["Ada Sorel"])
clause_case("clauses.where-second", "That autumn Nils Ek joined the Harwell Institute, where he met Ada Sorel.",
            "met", ["Nils Ek", "Ada Sorel"])
clause_case("clauses.when-opener", "When King Olaf Dahl died in the spring of 1682, the council crowned Magnus Berg.",
            "crowned", ["Magnus Berg"], ["Olaf Dahl"])
clause_case("clauses.anchored-after", "Nine tugs freed the tanker on Wednesday, four days after the Harbour Board "
            "closed the port.", "freed", [], ["Harbour Board"])
clause_case("clauses.anchored-after-second", "Nine tugs freed the tanker on Wednesday, four days after the Harbour "
            "Board closed the port.", "closed", ["Harbour Board"])
clause_case("clauses.subject-with-apposition", "In 1871 the three states agreed to share the cost, and the Tarrow Rail "
            "Company, led by the banker Alfred Esch, invited bids.", "agreed", [], ["Tarrow Rail", "Alfred Esch"])
clause_case("subject.pronoun-person-named-last", "Mr. Dunmore met Governor Alice Chisholm at 10 a.m. on Tuesday, and "
            "she dissolved the assembly.", "dissolved", ["Alice Chisholm"], ["Dunmore"])
clause_case("subject.elided-over-subordinate", "Kora Ltd paused its trial on Friday, a day after three volunteers fell "
            "ill, and it notified regulators on Monday.", "notified", ["Kora Ltd"])
# a coordinated main clause whose subject is a noun phrase ("the board",
# "the talks") is a clause of its own; a participle after its noun, an
# aside or a subordinator before the subject is not
clause_case("clauses.noun-phrase-subject-first", "Rolf Hagen resigned on Wednesday, and the board named its treasurer, "
            "Ines Marlow, as interim head.", "resigned", ["Rolf Hagen"], ["Ines Marlow"])
clause_case("clauses.noun-phrase-subject-second", "Rolf Hagen resigned on Wednesday, and the board named its treasurer, "
            "Ines Marlow, as interim head.", "named its", ["Ines Marlow"], ["Rolf Hagen"])
clause_case("clauses.but-noun-phrase", "Dora Tessel met the strikers on Tuesday, but the talks collapsed after an hour.",
            "collapsed", [], ["Dora Tessel"])
clause_case("clauses.participle-after-noun-stays", "Ivo Brandt finished the survey in 1823, and a ship built to ride "
            "the ice could drift with it.", "could drift", ["Ivo Brandt"], split=False)
clause_case("clauses.aside-before-verb-stays", "Ivo Brandt reached the ice field on April 14, 1890, and, hearing the "
            "calls, picked up 300 survivors.", "picked up", ["Ivo Brandt"], split=False)
clause_case("clauses.subordinator-before-subject-stays", "Nils Ek reached the strait on October 21, 1520, and while "
            "they explored it the crew of the Vesta turned for home.", "turned for home", ["Nils Ek"], split=False)
clause_case("clauses.passive-after-and-stays", "The Halden Orchestra stopped work on January 15, and the opening "
            "concert was called off.", "called off", ["Halden Orchestra"], split=False)
clause_case("clauses.state-after-and-stays", "The Kessel Works stopped its lines on January 21, and the lines stayed "
            "idle for a day.", "stayed idle", ["Kessel Works"], split=False)
clause_case("clauses.bare-noun-after-and-stays", "Sheriff Ada Marsh ordered an evacuation on June 16, and "
            "deputies went from door to door.", "went from door", ["Ada Marsh"], split=False)
# "were thrown": a participle in -wn tells a happening of its own part
clause_case("clauses.participle-in-wn", "In May 1928 the airship Vega crashed north of Svalbard. Ten men, Ola Berg "
            "among them, were thrown onto the ice; Finn Malm drifted away with the hull.", "thrown", ["Ola Berg"],
            ["Finn Malm"])
# "him" or "her" as the object of a split clause: the person named before
clause_case("subject.object-pronoun", "An inquiry blamed Wil Harker in 1858, and the company dismissed him.",
            "dismissed", ["Wil Harker"])
clause_case("subject.recipient-pronoun-not-done-to", "Ada Voss sold the press in 1460, but the Archbishop of Trier "
            "granted her a pension.", "granted", ["Archbishop of Trier"], ["Ada Voss"])
clause_case("subject.preposition-pronoun-not-done-to", "Edgar Lyle fled north in 1066, and the bishops submitted to "
            "him.", "submitted", [], ["Edgar Lyle"])
# actors30: a part whose subject is left out takes the doer of the part
# before (its subject, the doer it inherited, a passive's agent), never a
# name that part has after its verb; "them" as an object, the person before
clause_case("subject.elided-not-the-object", "The travellers met the Harwell Rangers at the river on May 2, and "
            "crossed it on May 3.", "crossed", [], ["Harwell Rangers"])
clause_case("subject.elided-passive-agent", "The army sailed north on May 2, joined by Edgar Lyle, and on May 9 "
            "defeated Olaf Dahl at Fulford.", "defeated", ["Edgar Lyle", "Olaf Dahl"])
clause_case("subject.elided-apposition-after-comma", "Heavy surf kept the boats off the beach, so on May 3 the "
            "carpenter, Ivo Brandt, swam ashore alone, and on May 4 planted a flag.", "planted", ["Ivo Brandt"])
clause_case("subject.elided-participle-adjective", "The enraged Kora Guild blocked the road on May 2, and burned "
            "the toll house on May 4.", "burned", ["Kora Guild"])
clause_case("subject.elided-not-inherited-twice", "Ivo Brandt's men joined Arnold's force, and they attacked "
            "Quebec City on December 31, but were defeated by Guy Carleton.", "defeated", ["Guy Carleton"],
            ["Quebec City"])
clause_case("subject.object-pronoun-them", "The rebels dragged out Ivo Brandt and Nils Ek on June 14, and beheaded "
            "them on Tower Hill.", "beheaded", ["Ivo Brandt", "Nils Ek"])
# review31: "them" stands for both people joined by "and" (appositions
# between allowed), and for no one when the names so joined are places
clause_case("review.them-both-people-appositions", "On June 14 the rebels dragged out Ivo Brandt, Archbishop of "
            "Canterbury and Chancellor, and Sir Nils Ek, the Treasurer, and beheaded them.", "beheaded",
            ["Ivo Brandt", "Nils Ek"])
# review32: a post's holder whose name opens with a letter past ASCII
clause_case("review.post-before-holder-non-ascii", "On May 7, 2020 the Mayor of Tromsø, Émile Ødegård, "
            "opened the bridge.", "opened", ["Émile Ødegård"], not_want=["Mayor of Tromsø"], split=False)
# review32: a "them" after a list of people closed by "and" stands for
# every one of them, not the last two
clause_case("review.them-list-of-three-people", "On May 5, 2020 police arrested Ivo Brandt, Nils Ek and "
            "Tom Lund, and beat them.", "beat them", ["Ivo Brandt", "Nils Ek", "Tom Lund"])
clause_case("review.them-places-joined-no-one", "On May 5, 2020 Anna Berg toured Paris and Berlin, and the rebels "
            "attacked them.", "attacked", [], not_want=["Anna Berg", "Paris", "Berlin"])
# review30: a participle after a determiner describes, whatever parts them
clause_case("review.participle-after-the-quoted", "On June 14, the \"enraged\" Carl Olsen attacked the port, "
            "and fled to Oslo.", "fled", ["Carl Olsen"])
# review30: "them" after a plural noun and no names joined by "and" is
# no one named ("met the farmers, and the soldiers beat them")
clause_case("review.them-after-a-plural-noun", "On June 14, Anna Berg met the farmers at the gate, and the "
            "soldiers beat them.", "beat them", [], not_want=["Anna Berg"])
# a part whose subject was left out ("... and returned to work") reads with
# the subject of the clause before it; not a relative clause's subject
_, _events = extract("Dockworkers at the terminal walked out on Monday and returned to work on Wednesday.")
check("headline.shared-subject", [e["label"] for e in _events][-1:] == ["Dockworkers returned to work"]
      or any(e["label"].startswith("Dockworkers") and "returned" in e["label"] for e in _events),
      repr([e["label"] for e in _events]))
_, _events = extract("The fire hurt a firm that lost its plant on May 2 and moved to Tarrow on June 9.")
check("headline.shared-subject-not-relative", not any(e["label"].startswith("The fire moved") for e in _events),
      repr([e["label"] for e in _events]))
label_case("headline.opening-adverbial-pronoun", "On May 4, 1850, Ada Voss opened the mill. From then on she ran the "
           "works herself.", "ran the works", lambda l: l.startswith("She ran the works"))
actors_case("kinds.people", "In 1760 the Cherokee attacked the fort.", "attacked", ["Cherokee"], kinds={"Cherokee": "group"})
actors_case("kinds.demonym-plural", "On May 2 the Swedes crossed the river.", "crossed", ["Swedes"], kinds={"Swedes": "group"})
actors_case("kinds.historic-state", "In 1866 Prussia defeated Saxony.", "defeated", ["Prussia", "Saxony"],
            kinds={"Prussia": "country", "Saxony": "country"})
actors_case("actors.short-form-company", "Vellum Print Ltd makes labels. On Monday, Rask approached Vellum in Oslo.",
            "approached", ["Vellum Print Ltd"], ["Oslo"])
actors_case("actors.opener-seen-inside", "The crew boarded the Aurelle in May. Aurelle sank on June 3.", "sank", ["Aurelle"])
actors_case("actors.first-name", "Ivan Petrov was born in 1850. Ivan married in 1875.", "married", ["Ivan Petrov"])
actors_case("actors.time-zone-name", "The vote closed at 8 p.m. Pacific Time on Tuesday.", "closed", [], ["Time", "Pacific"])

label_case("headline.dateline-hyphen", "HALVIK, July 31 (Evgraph Wire) - The Ostland Bank cut its rate on Thursday.",
           "cut", lambda l: l == "The Ostland Bank cut its rate", anchor="2025-07-31")
actors_case("actors.dateline-hyphen", "MILLBROOK, England - Police charged Ola Berg on Friday.", "charged",
            ["Ola Berg"], ["MILLBROOK", "England", "Police"], anchor="2025-07-31")
label_case("headline.preposition-before-date", "The storm over the weekend cut power to 40,000 homes.", "storm",
           lambda l: l == "The storm cut power to 40,000 homes")
label_case("headline.no-dangling-conjunction",
           "The city council must decide by Friday whether the market stays open on Sundays next year.",
           "decide", lambda l: not l.endswith("whether"))
label_case("headline.attribution", "Acme Corp cut 300 jobs on Monday, analyst Peter Grady said.", "cut",
           lambda l: l == "Acme Corp cut 300 jobs")
actors, _ = extract("Acme Corp cut 300 jobs on Monday, analyst Peter Grady said.")
check("json.only-actors-of-events", [a["name"] for a in actors.values()] == ["Acme Corp"],
      repr(list(actors.values())))

# -- one actor per name, names whole -------------------------------------
actors_case("actors.mr-joins-full-name", "John Smith joined Acme Corp in 2019. Mr. Smith left the company in 2024.",
            "left", ["John Smith"], ["Smith "])
actors_case("actors.shares-of", "Shares of Halvex fell on Monday.", "fell", ["Halvex"], ["Shares"],
            {"Halvex": "company"})
actors_case("actors.ampersand", "In 1873 Jay Cooke & Company collapsed.", "collapsed", ["Jay Cooke & Company"],
            kinds={"Jay Cooke & Company": "company"})
actors_case("actors.possessive-organisation", "The lawsuit was filed in January by the Essex Fishermen's Association.",
            "filed", ["Essex Fishermen's Association"], kinds={"Essex Fishermen's Association": "organization"})

# -- kinds ---------------------------------------------------------------
actors_case("kinds.ship-prefix", "HMS Brisk sank in 1851.", "sank", ["HMS Brisk"], kinds={"HMS Brisk": "other"})
# a firm's word or a public service's in another language, first or last
# (kinds19): "Käserei", "Brauerei", "SpA", "Brannvesen", "Feuerwehr"
actors_case("kinds.foreign-firm-word", "The ministry ordered Brauerei Keller to stop production on Monday.",
            "ordered", ["Brauerei Keller"], kinds={"Brauerei Keller": "company"})
actors_case("kinds.foreign-legal-form", "On Monday a court fined Tessaro SpA.", "fined", ["Tessaro SpA"],
            kinds={"Tessaro SpA": "company"})
actors_case("kinds.foreign-fire-service", "Telemark Brannvesen sent forty firefighters on Monday.", "sent",
            ["Telemark Brannvesen"], kinds={"Telemark Brannvesen": "institution"})
# kinds28: an apposition's noun phrase is headed by the noun before "of"
# ("the owner of a fishing boat, X" is a person, not a craft; "the largest
# ship of the fleet, the X" a craft); island states named in the plural; a
# superintendency is a regulator
actors_case("kinds.of-head-person", "The skipper of the trawler, Eilif Strand, called the coast guard on Monday.",
            "called", ["Eilif Strand"], kinds={"Eilif Strand": "person"})
actors_case("kinds.of-head-owner", "The owner of a fishing boat, Hamid Rahimi, sued the port on Monday.",
            "sued", ["Hamid Rahimi"], kinds={"Hamid Rahimi": "person"})
actors_case("kinds.of-head-craft", "The largest ship of the fleet, the Santa Rosalía, sank on Monday.",
            "sank", ["Santa Rosalía"], kinds={"Santa Rosalía": "other"})
actors_case("kinds.plural-island-state", "The Seychelles closed its airport on Monday.", "closed",
            ["Seychelles"], kinds={"Seychelles": "country"})
actors_case("kinds.plural-islands-state", "The Solomon Islands cut ties with Taiwan on Monday.", "cut",
            ["Solomon Islands"], kinds={"Solomon Islands": "country"})
actors_case("kinds.cape-island-state", "Cabo Verde recalled its ambassador to Lisbon on Monday.", "recalled",
            ["Cabo Verde"], kinds={"Cabo Verde": "country"})
# kinds29: the noun before a name says its kind: a person's role, a craft
# of rails or of space, a trade that sells goods, an agency of a trade, a
# group that campaigns; a police or fire service named a department
actors_case("kinds.role-noun-wrestler", "On Tuesday the wrestler Hakuryuzan withdrew from the spring tournament.",
            "withdrew", ["Hakuryuzan"], kinds={"Hakuryuzan": "person"})
actors_case("kinds.role-noun-leader", "In 1834 the Ngoni leader Zwangendaba crossed the Zambezi with his followers.",
            "crossed", ["Zwangendaba"], kinds={"Zwangendaba": "person"})
actors_case("kinds.craft-noun-carrier", "On Monday helicopters from the carrier Kaga Maru picked up the pilots.",
            "picked", ["Kaga Maru"], kinds={"Kaga Maru": "other"})
actors_case("kinds.trade-carrier-airline", "On Monday the low-cost carrier Aerlinte Nua cancelled forty flights.",
            "cancelled", ["Aerlinte Nua"], kinds={"Aerlinte Nua": "company"})
actors_case("kinds.trade-carrier-flag", "On Tuesday the flag carrier Tavrida Avia suspended its route to Baku.",
            "suspended", ["Tavrida Avia"], kinds={"Tavrida Avia": "company"})
actors_case("kinds.craft-noun-rocket", "On Wednesday the rocket Tianlong Three left the pad at Jiuquan.",
            "left", ["Tianlong Three"], kinds={"Tianlong Three": "other"})
actors_case("kinds.trade-noun-plural", "Three Dutch distributors, Veldhoven Zorg and Zeeland Medisch, cancelled their orders on Monday.",
            "cancelled", ["Veldhoven Zorg"], kinds={"Veldhoven Zorg": "company"})
actors_case("kinds.trade-agency", "On Tuesday the rating agency Moraes cut the province's credit score.",
            "cut", ["Moraes"], kinds={"Moraes": "company"})
actors_case("kinds.campaign-group", "On Monday the campaign group Achub Cymru asked the council to stop the sale.",
            "asked", ["Achub Cymru"], kinds={"Achub Cymru": "organization"})
actors_case("kinds.police-department", "On Monday the Lagos Police Department arrested two men.",
            "arrested", ["Lagos Police Department"], kinds={"Lagos Police Department": "institution"})
actors_case("kinds.fire-department", "On Monday the Quito Fire Department sent forty firefighters.",
            "sent", ["Quito Fire Department"], kinds={"Quito Fire Department": "institution"})
actors_case("kinds.superintendency", "The Superintendency of Pensions fined two funds on Monday.", "fined",
            ["Superintendency of Pensions"], kinds={"Superintendency of Pensions": "institution"})
# a police force's and a newspaper's own last words (kinds22): "Constabulary";
# "Ledger", "Mirror", "Chronicle" ...; the paper's word alone after "the" is
# the paper named before, not a second actor
actors_case("kinds.constabulary", "Kesteven Constabulary arrested two men on Monday.", "arrested",
            ["Kesteven Constabulary"], kinds={"Kesteven Constabulary": "institution"})
actors_case("kinds.newspaper-word", "The Harwick Ledger will close on Friday, its owner said on Monday.",
            "close", ["Harwick Ledger"], kinds={"Harwick Ledger": "media"})
actors_case("kinds.newspaper-short-form",
            "The Harwick Ledger will close on Friday, its owner said on Monday. "
            "In 1990 the Ledger printed a map of the town.",
            "printed a map", ["Harwick Ledger"], kinds={"Harwick Ledger": "media"})
# a paper's last word is no sure sign: a coroner's office ("Medical
# Examiner") is no newspaper, so "Examiner" is not in the gazetteer's list
me_actors, me_events = extract("The Cook County Medical Examiner ruled the death a homicide on Monday.",
                               "2025-06-12")
me_event = event_with(me_events, "ruled")
check("kinds.medical-examiner-not-media",
      me_event is not None and all(me_actors[a]["kind"] != "media" for a in me_event["actors"]),
      "actors %r" % ([me_actors[a] for a in me_event["actors"]] if me_event else None))
# a name a noun after "a" introduces ("calling itself", "called", "named")
# takes the noun's kind, a group alone an organization's; an apposition's
# body outweighs a structure's word that acts (kinds22)
actors_case("kinds.group-calling-itself", "A group calling itself Red Lantern claimed the attack on Tuesday.",
            "claimed", ["Red Lantern"], kinds={"Red Lantern": "organization"})
actors_case("kinds.introduced-by-noun", "On Monday a freighter named Vantor Spirit rescued eleven fishermen.",
            "rescued", ["Vantor Spirit"], kinds={"Vantor Spirit": "other"})
actors_case("kinds.apposition-over-structure",
            "In response, a residents' group, Bridge Watch, began collecting signatures on Thursday.",
            "collecting", ["Bridge Watch"], kinds={"Bridge Watch": "organization"})
# an aircraft or an instrument in apposition is a thing, named again by its
# last word as a ship is (kinds22)
actors_case("kinds.aircraft-apposition",
            "On June 3, 1919, their Harwell Kite, a biplane built for the war, crashed in a field. "
            "On June 9 the Kite flew again.",
            "flew again", ["Harwell Kite"], kinds={"Harwell Kite": "other"})
actors_case("kinds.instrument-apposition",
            "The Pradera Telescope, the largest instrument in Chile, resumed its survey on Tuesday.",
            "resumed", ["Pradera Telescope"], kinds={"Pradera Telescope": "other"})
actors_case("kinds.institution-and-title", "The University of Aarhus hired Dr. Ingrid Solberg in 2020.", "hired",
            ["University of Aarhus", "Ingrid Solberg"],
            kinds={"University of Aarhus": "institution", "Ingrid Solberg": "person"})
actors_case("kinds.agency-suffix", "On Thursday, a court blocked the Port of Salem Authority.", "blocked",
            ["Port of Salem Authority"], kinds={"Port of Salem Authority": "institution"})
# parties are groups, as peoples and armies are (the written kind rule;
# kinds19)
# a central bank named "Bank of" a state is an institution, a commercial
# one a firm (gazetteer data to the written rule; kinds19)
actors_case("kinds.central-bank", "On Monday the Bank of Canada lent Tessaro Holdings $2 million.", "lent",
            ["Bank of Canada"], kinds={"Bank of Canada": "institution"})
actors_case("kinds.commercial-bank-of", "On Monday the Bank of Ireland lent Tessaro Holdings $2 million.", "lent",
            ["Bank of Ireland"], kinds={"Bank of Ireland": "company"})
actors_case("kinds.party", "On Monday the Tarn Valley Party won the vote in Orrin.", "won",
            ["Tarn Valley Party"], kinds={"Tarn Valley Party": "group"})
actors_case("kinds.teams", "Kilbride Rovers beat Dunmore Athletic on Saturday.", "beat",
            ["Kilbride Rovers", "Dunmore Athletic"],
            kinds={"Kilbride Rovers": "organization", "Dunmore Athletic": "organization"})
# places that say where, not who (fourth round)
actors_case("places.on-known-place", "In May 1712 Admiral Pavel Orlov anchored his fleet on the Volga.",
            "anchored", [], ["Volga"])
actors_case("places.war-on-place", "In 1741 Prussia declared war on Norway.", "declared", ["Prussia", "Norway"])
actors_case("places.part-of", "In 1790 Gerrit Vos burned the harbour of Maravel.", "burned", ["Gerrit Vos"],
            ["Maravel"])
actors_case("places.named-after-preposition", "The soldiers camped in the town of Brisca in May 1603.",
            "camped", [], ["Brisca"])
actors_case("places.named-object", "In May 1603 Count Ruggiero punished the town of Brisca.", "punished",
            ["Brisca"])
# a lower-case modifier between the article and the noun of a place
# (actors25); the named object stays one done to
actors_case("places.named-after-modifier", "In May 1603 Count Ruggiero rode to the imperial city of Brisca.",
            "rode", ["Ruggiero"], ["Brisca"])
actors_case("places.named-after-noun-modifier", "In May 1603 the army camped near the border town of Brisca.",
            "camped", [], ["Brisca"])
actors_case("places.named-object-modifier", "In May 1603 Count Ruggiero punished the rebel town of Brisca.",
            "punished", ["Brisca"])
actors_case("places.adjective-between", "In March 2024 Tolvane Mining opened a plant in northern Veltria.", "opened",
            ["Tolvane Mining"], ["Veltria"])
actors_case("places.possessive-thing", "Norway's oldest wooden church closed on Monday.", "closed", [],
            ["Norway"])
actors_case("places.possessive-body", "Norway's transport agency closed the road on Monday.", "closed",
            ["Norway"])
actors_case("places.modifier-after-article", "A Pinecrest County jury convicted Dale Rourke on Friday.",
            "convicted", ["Dale Rourke"], ["Pinecrest County"])
actors_case("places.motion-verb-the", "In 1821 Marie Duval crossed the English Channel in a small boat.",
            "crossed", ["Marie Duval"], ["Channel"])
actors_case("places.reached-named-place", "By late May 1806 Anton Reuss had reached the villages of the Osage.",
            "reached", ["Anton Reuss"], ["Osage"])
actors_case("names.gazetteer-whole", "In 1529 the Ottoman Empire besieged Vienna.", "besieged",
            ["Ottoman Empire"])
actors_case("names.the-name-noun", "On June 3, 1702, Marshal Tallard stormed the Verlaine bastion.", "stormed",
            ["Tallard"], ["Verlaine"])
actors_case("names.the-name-kin", "In 1783 the Montgolfier brothers flew a balloon.", "flew", ["Montgolfier"])
# a subordinate clause's names are its own, not the event's
actors_case("clauses.subordinate-after", "The miners returned to work on Friday after the owner, Braxton Coal, "
            "raised its offer.", "returned", [], ["Braxton Coal"])
actors_case("clauses.subordinate-once", "The road will reopen in May once the Highways Board has approved the repairs.",
            "reopen", [], ["Highways Board"])
# a possessive subject: its noun acts, not the owner; a firm's shares are its own
clause_case("subject.possessive-noun-acts", "The Tarn Orchestra went into administration on Tuesday, and its board "
            "cancelled every concert.", "cancelled", [], ["Tarn Orchestra"])
clause_case("subject.possessive-shares", "Hanjin Energy recalled 90,000 batteries on Monday, and its shares "
            "dropped 11 percent.", "dropped", ["Hanjin Energy"])
# a verb of finding dated in its own clause: the content's names are not
# the finding's participants; a content that holds the date is the happening
actors_case("clauses.found-that", "In 1992 a British review found that the Kestrel Dawn had been too far "
            "away.", "found", [], ["Kestrel Dawn"])
actors_case("clauses.learned-that", "In Vienna in July 1698 Peter Romanov learned that the Tarn Guard had "
            "rebelled again.", "learned", ["Peter Romanov"], ["Tarn Guard"])
actors_case("clauses.found-that-dated-content", "Ada Marsh found that the Tarn Board had sold the quay in 1850.",
            "found", ["Tarn Board"])
actors_case("clauses.passive-discovered-that", "In 1878 it was discovered that a contractor, Lloyd Haigh, had "
            "supplied inferior wire.", "discovered", ["Lloyd Haigh"])
# an opening subordinate clause's names are its own, not the main clause's
actors_case("clauses.opening-after", "Late on Monday, after the Tarn Board had rejected the plan twice, "
            "Ruth Ambler resigned.", "resigned", ["Ruth Ambler"], ["Tarn Board"])
actors_case("clauses.opening-anchored", "On April 19, a day after the Kestrel Dawn docked, Ruth Ambler "
            "opened hearings.", "opened", ["Ruth Ambler"], ["Kestrel Dawn"])
actors_case("clauses.opening-after-phrase", "After the war, the Tarn Board built the quay in 1850, ending the "
            "dispute.", "built", ["Tarn Board"])
# a when-clause tells the time by a happening of its own: its names stay
actors_case("clauses.opening-when-stays", "In 1803, when the United States bought Louisiana from France, "
            "Thomas Jefferson sent Meriwether Lewis west.", "sent", ["United States", "Thomas Jefferson"])
# a participle clause after a comma: what the participle does to its names
actors_case("clauses.trailing-participle", "Lena Hart won the cup on Sunday, beating the holder, Ines Moro of "
            "Spain, in a playoff.", "won the cup", ["Lena Hart"], ["Ines Moro"])
actors_case("clauses.trailing-including-stays", "Ovid Crane sued three rivals on Monday, including Tarn Steel.",
            "sued", ["Ovid Crane", "Tarn Steel"])
actors_case("clauses.anchored-after-stays", "Corvane Ltd sued Tessaly Mining on Friday, a day after Tessaly Mining "
            "closed the mine.", "sued", ["Corvane Ltd", "Tessaly Mining"])
actors_case("roles.according-to-the", "Exports fell 3 percent in May, according to the National Trade Office.",
            "Exports", [], ["National Trade Office"])
actors_case("roles.ahead-of", "Lina Berg won the sprint on Sunday, two seconds ahead of the Swiss rider Mara Keller.",
            "won", ["Lina Berg"], ["Mara Keller"])
actors_case("places.through", "In 1699 Count Arvid Horn travelled through the Dutch Republic.", "travelled",
            ["Arvid Horn"], ["Dutch Republic"])
actors_case("places.by-way-of", "In 1910 Roald Amundsen sailed north by way of Kelvik Sound.",
            "sailed", ["Roald Amundsen"], ["Kelvik Sound"])
actors_case("names.two-run-together", "In 1721 the treaty gave Russia Livonia and Estonia.", "treaty",
            ["Russia"], not_want=["Russia Livonia"], kinds={"Russia": "country"})
actors_case("names.of-the-tail", "In 1790 Elias Brandt mapped the Upper Gorge of the Volga.", "mapped",
            ["Elias Brandt"], ["Volga"])
actors_case("names.particle-des", "Marta Lind won the Tour des Flandres on Sunday.", "won", ["Marta Lind"],
            ["Flandres"])
actors_case("names.first-word-structure", "On Sunday a rockslide buried the road below Col de Vessane.", "rockslide",
            [], ["Vessane"])
actors_case("names.convention", "In 1921 the Convention of Lausanne closed the strait to warships.", "closed",
            [], ["Convention", "Lausanne"])
actors_case("places.part-of-organisation", "On Friday protesters gathered in front of the Kremlin.", "gathered",
            [], ["Kremlin"])
actors_case("places.preposition-noun-name", "On May 2 Ingrid Dahl sailed in the lifeboat Stella Maris to the coast.",
            "sailed", ["Ingrid Dahl"], ["Stella Maris"])
actors_case("titles.county-executive", "On Sunday County Executive Dana Whitcomb ordered a curfew.", "ordered",
            ["Dana Whitcomb"], ["County"])
actors_case("kinds.context-the-bank", "On Thursday, Halvex hired the bank Oduya Ventures.", "hired",
            ["Oduya Ventures"], kinds={"Oduya Ventures": "company"})
# a firm's agent noun or "rival" that a person or a name owns, before a
# name of several words, says nothing: the default decides (kinds19)
actors_case("kinds.owned-role-person", "His rival Hubert Varnum crossed the lake on Monday.", "crossed",
            ["Hubert Varnum"], kinds={"Hubert Varnum": "person"})
actors_case("kinds.owned-role-name", "Tessa Brell's producer, Dale Varnum, bought the tapes on Monday.",
            "bought", ["Dale Varnum"], kinds={"Dale Varnum": "person"})
actors_case("kinds.owned-role-one-word", "Brenner's insurer, Helvex, paid the claim on Monday.", "paid",
            ["Helvex"], kinds={"Helvex": "company"})
actors_case("kinds.owned-company", "On Monday his company, Varnum Works, sued the city.", "sued",
            ["Varnum Works"], kinds={"Varnum Works": "company"})
actors_case("kinds.context-business", "Skyrail cut 90 jobs on Monday.", "cut", ["Skyrail"],
            kinds={"Skyrail": "company"})
actors_case("kinds.context-statement", "Brightwater said in a statement on Monday that it had closed its mill.",
            "closed", ["Brightwater"], kinds={"Brightwater": "company"})

actors_case("kinds.given-name-alone", "Harold Tesk ruled the valley. In 1204 Matilda founded a priory at Orrin.",
            "founded", ["Matilda"], kinds={"Matilda": "person"})
actors_case("names.given-name-epithet", "In 1130 Robert the Bold stormed Caldor castle.", "stormed",
            ["Robert the Bold"], kinds={"Robert the Bold": "person"})
actors_case("kinds.person-noun-before", "In 1512 the earls Orvo and Tamsk burned the hall.", "burned",
            ["Orvo", "Tamsk"], kinds={"Orvo": "person", "Tamsk": "person"})
actors_case("kinds.noun-then-apposition", "In June the largest ship, the Kestrel Dawn, sank off Tarn.", "sank",
            ["Kestrel Dawn"], kinds={"Kestrel Dawn": "other"})
actors_case("kinds.suffix-records", "Orla Finch left Tinder Hill Records on Monday.", "left",
            ["Tinder Hill Records"], kinds={"Tinder Hill Records": "company"})
actors_case("kinds.suffix-world", "World Rowing banned the boat on Monday.", "banned", ["World Rowing"],
            kinds={"World Rowing": "organization"})
actors_case("places.bay-of", "In May 1602 the crew wintered in the bay of Kerran Vale.", "wintered", [],
            ["Kerran"])
actors_case("places.up-the-river", "In 1771 Pell Harrow rowed up the Osgar with twelve men.", "rowed",
            ["Pell Harrow"], ["Osgar"])
actors_case("roles.relative-in-apposition", "In 1938 Ina Kohl, a chemist who had left Soviet Armenia, joined "
            "the team.", "joined", ["Ina Kohl"], ["Armenia"])
actors_case("roles.possessive-participle-person", "In 1066 Harald's exiled cousin Torvin landed at Sele.",
            "landed", ["Torvin"], ["Harald"])
actors_case("roles.naming-object", "In 1513 Nuno Sal saw the sea and called it Pallida.", "saw",
            ["Nuno Sal"], ["Pallida"])
actors_case("roles.naming-adverb", "In 1086 he ordered a survey of the shire, later called Tallow Roll.", "survey",
            [], ["Tallow Roll"])
# a name given in a clause of a noun with no relative word, and a name
# after "the name" (actors25); a person who calls someone keeps him
actors_case("roles.naming-contact-clause", "On May 3, 1643, Jan Vos sighted a land he called Orvania.", "sighted",
            ["Jan Vos"], ["Orvania"])
actors_case("roles.naming-contact-clause-article", "On May 3, 1643, Jan Vos reached islands they called the "
            "Four Sisters.", "reached", ["Jan Vos"], ["Four Sisters"])
actors_case("roles.naming-phone-kept", "On May 3, 2025, Jan Vos called Pieter Mol.", "called",
            ["Jan Vos", "Pieter Mol"])
actors_case("roles.naming-the-name", "On May 3, 1417, Oddo Varre took the name Clement IX.",
            "took", ["Oddo Varre"], ["Clement"])
# after an initial's period, a word that opens sentences opens the next
# one, which the splitter may keep joined (actors25)
actors_case("names.initial-then-sentence", "On May 3, 1417, the envoy met Pius V. The council closed on May 9, 1417.",
            "met", ["Pius V."], ["Pius V. The", "The council"])

actors_case("names.of-the-organisation", "The Office of the Water Regulator fined Dunmore Pipes on Monday.", "fined",
            ["Office of the Water Regulator"], kinds={"Office of the Water Regulator": "institution"})
actors_case("roles.title-of-place-apposition", "Olaf Strand, Duke of Tessaly, died at Orm on May 3, 1204.", "died",
            ["Olaf Strand"], ["Duke of Tessaly"])
actors_case("places.comma-list", "In 1203 Count Arno hired archers from Lisca, Vendry and Orbel.", "hired",
            ["Arno"], ["Vendry", "Orbel"])
actors_case("places.city-then-state", "Researchers in Dayton, Ohio, tested the vaccine on Monday.", "tested", [],
            ["Ohio"])
actors_case("roles.apposition-after-place-kept", "A bakery in Leeds, Pell & Dorr, closed on Monday.", "closed",
            ["Pell & Dorr"], kinds={"Pell & Dorr": "company"})
actors_case("kinds.nationality-plural", "In 1014 Brian Boru routed the Norwegians at Clontarf.", "routed",
            ["Norwegians"], kinds={"Norwegians": "group"})
actors_case("kinds.two-word-suffix", "The Tarrow Opera House cancelled its season on Monday.", "cancelled",
            ["Tarrow Opera House"], kinds={"Tarrow Opera House": "institution"})
actors_case("kinds.vessel-named-for-place", "In June the oldest ship, the Lisbon, ran aground.", "aground",
            ["Lisbon"], kinds={"Lisbon": "other"})

actors_case("roles.possessive-person-thing", "Tessa Brandt recorded the song in 2019. Critics praised "
            "Brandt's new album on Monday.", "praised", [], ["Brandt"])
actors_case("roles.possessive-person-body-kept", "Norway's fisheries agency seized the trawler on Monday.", "seized",
            ["Norway"])
# a state's armed men are not the state (gold46's convention)
actors_case("roles.possessive-navy-not-the-state", "Norway's navy seized the trawler on Monday.", "seized", [],
            ["Norway"])

actors_case("roles.owner-phrase", "The ferry, operated by the Danish firm Kattegat Lines, sank on Monday.", "sank",
            [], ["Kattegat"])
actors_case("roles.member-of-group", "The bus left Tarvik on Monday with 40 pupils, among them the mayor's son, "
            "Oskar Lind.", "left", [], ["Oskar Lind"])
# a member named of a group that acts or is done to acts or is done to
actors_case("roles.member-of-subject-group", "Two sponsors, among them the watchmaker Lorvant, froze their "
            "payments on Monday.", "froze", ["Lorvant"])
actors_case("roles.member-of-object-group", "Ada Marsh picked six climbers in June, among them a guide from "
            "Leeds, Edmund Hale, and left for the mountain.", "picked", ["Ada Marsh", "Edmund Hale"])
clause_case("roles.one-of-them", "Three men set off on foot; one of them, the scientist Finn Malmgren, "
            "died on the march on June 20.", "died", ["Finn Malmgren"])
actors_case("roles.one-of-them-after-date", "On June 20 one of them, Finn Malmgren, died on the march.", "died",
            ["Finn Malmgren"])
actors_case("roles.of-them", "In 1520 the sailors, many of them Genoese who hated the captain, mutinied.",
            "mutinied", [], ["Genoese"])
actors_case("clauses.subordinate-long-apposition", "The club folded on Monday after its owner, the Welsh "
            "shipping firm Tarrant Marine, withdrew its money.", "folded", [], ["Tarrant"])

actors_case("kinds.apposition-person-noun", "In May 1806 the scouts met a village whose chief, Tawanka, gave them "
            "horses.", "gave", ["Tawanka"], kinds={"Tawanka": "person"})
actors_case("kinds.person-named-for-place", "In 1805 the captain's servant, Bristol, rowed the boat across.", "rowed",
            ["Bristol"], kinds={"Bristol": "person"})
actors_case("kinds.apposition-noun-further", "Brisa, the Portuguese scooter brand, withdrew 9,000 batteries on Monday.",
            "withdrew", ["Brisa"], kinds={"Brisa": "company"})
actors_case("roles.son-of", "Ivar Lund was born in 1650, the son of King Orm.", "born", ["Ivar Lund"], ["Orm"])
actors_case("roles.happening-apposition", "In 1697 Tsar Pavel left on the Long Progress, a journey of 300 people.",
            "left", ["Pavel"], ["Long Progress"])

actors_case("kinds.noun-organisation", "The charity, Hearth Aid, opened a shelter in Leeds on Monday.", "opened",
            ["Hearth Aid"], kinds={"Hearth Aid": "organization"})
actors_case("kinds.noun-operator", "The operator, Skerry Lines, cancelled the crossing on Monday.", "cancelled",
            ["Skerry Lines"], kinds={"Skerry Lines": "company"})

actors_case("places.taken-to", "On Monday three miners were rushed to Kelby Royal Infirmary.", "rushed",
            [], ["Kelby"])
actors_case("roles.model-number-modifier", "The probe was launched on a Vesta 4 rocket in May 2023.", "launched",
            [], ["Vesta"])

actors_case("roles.possessive-business-shares-not-kept", "Brenmark Mills and Tarsk Paper agreed on Wednesday to "
            "combine. Tarsk's shares rose 9 percent on Thursday.", "rose", [], not_want=["Tarsk"])

actors_case("titles.title-inside-organisation", "Saint Brigid General Hospital closed its maternity ward on Monday.",
            "closed", ["Saint Brigid General Hospital"], kinds={"Saint Brigid General Hospital": "institution"})

# -- given names shared by two people ------------------------------------
actors_case("names.shared-given-name",
            "Edward Marlow chaired the guild in 1702. His rival Edward Quince sailed for Lisbon in 1704. "
            "In 1705 Edward bought the harbour.", "bought", ["Edward"], not_want=["Edward Marlow"])

# -- an unknown name before a common noun says which thing ---------------
actors_case("modifier.unknown-name-before-noun",
            "Nordlys Kraft abandoned its Vesterhav solar park on Monday.", "abandoned",
            ["Nordlys Kraft"], not_want=["Vesterhav"])
actors_case("modifier.family-noun-kept", "In June 1901 the Ravensworth brothers launched a glider over the dunes.",
            "launched", ["Ravensworth"])

# -- names in a relative clause of another noun ---------------------------
actors_case("relative.undated-clause-left-out",
            "Harbour Rail won the tender on Monday with an offer that Kestrel Works had called reckless.",
            "won the tender", ["Harbour Rail"], not_want=["Kestrel Works"])
actors_case("relative.whose-clause-left-out",
            "In 1958 Ingrid Halvard published a memoir whose portrait of Oskar Lind angered his family.",
            "published", ["Ingrid Halvard"], not_want=["Oskar Lind"])
actors_case("relative.over-a-possessive-s",
            "Harbour Rail won the tender on Monday with an offer that Kestrel had matched with "
            "the Tallis Group's Osric Vane.", "won the tender", ["Harbour Rail"], not_want=["Osric Vane"])
# a relative clause with a date of its own is a happening of its own
# (dates, tenth round): its names go with it, not with the main clause
clause_case("relative.dated-clause-kept",
            "The assembly closed on Friday the session that Governor Ruth Ambler had opened two weeks ago.",
            "Governor Ruth Ambler had opened", ["Ruth Ambler"])
clause_case("relative.dated-clause-apart",
            "The assembly closed on Friday the session that Governor Ruth Ambler had opened two weeks ago.",
            "closed on Friday", [], not_want=["Ruth Ambler"])

# -- a letter sent is a happening, not only a report ----------------------
actors_case("reporting.wrote-to-addressee",
            "The mayor, Ines Galloway, wrote to residents on Monday that the pool would reopen.",
            "wrote to residents", ["Ines Galloway"])

# -- a person named after "to" is a receiver, never a place ---------------
actors_case("direction.person-after-to",
            "Agnes Pollard and Oswin Tait built the first engine in 1921. "
            "In March 1930 the medal went to Pollard and Tait.", "medal", ["Agnes Pollard", "Oswin Tait"])

# -- "by" after a noun names an author, after a verb an agent -------------
actors_case("by.author-of-noun",
            "The journal Lumen printed the survey on May 2, 2024, beside essays by Marta Quell and by Ivo Brandt.",
            "printed", ["Lumen"], not_want=["Marta Quell", "Ivo Brandt"])
actors_case("by.passive-agent-kept", "The plant was hit hard by Halvorsen Logistics on Monday.",
            "hit hard", ["Halvorsen Logistics"])  # a named storm is no actor since the eleventh round

# -- a body acting for its owner; a firm's crew ----------------------------
actors_case("possessive.campaign-acts-for-owner",
            "Mayor Tessa Lund ran again. On Monday Ms. Lund's campaign asked the county for a recount.",
            "asked the county", ["Tessa Lund"])
actors_case("modifier.firm-crew",
            "On April 3 a Harrow Freight crew unloaded the ship in six hours.", "unloaded",
            ["Harrow Freight"], kinds={"Harrow Freight": "company"})

# -- what something is, where one goes, what an office is of -------------
actors_case("as.complement-left-out",
            "The charter became law as the Bill of Liberties in March 1702.", "became law", [],
            not_want=["Bill of Liberties"])
actors_case("into.place-whatever-its-kind",
            "In May 1920 Olga Brandt moved into the Kessel Institute.", "moved into",
            ["Olga Brandt"], not_want=["Kessel Institute"])
actors_case("into.inquiry-keeps-target",
            "On Monday Sweden opened an investigation into Tallis Holdings.", "investigation",
            ["Tallis Holdings"])
actors_case("office-of.domain-left-out", "Henry Aldane became king of Norland in 1312.", "became king",
            ["Henry Aldane"], not_want=["Norland"])

actors_case("motion.participle-object-is-place",
            "Ada Ferrol fell ill while crossing Veldmark and died in March 1850.", "died",
            ["Ada Ferrol"], not_want=["Veldmark"])

actors_case("time-phrase.death-of-left-out",
            "Olaf Rendal became duke in May 1410, on the death of his uncle Harald Rendal.", "became duke",
            ["Olaf Rendal"], not_want=["Harald Rendal"])

actors_case("structure.stock-exchange-and-mountains",
            "Shares of Orvik Mining fell 8 percent on the Halden Stock Exchange on Monday, and in June 1805 "
            "Meriel Vance crossed the Grauwacke Mountains.", "fell",
            ["Orvik Mining"], not_want=["Halden Stock Exchange", "Grauwacke Mountains"])

actors_case("of-noun.unknown-name-says-what-about",
            "In May 1951 Hilda Marsh showed a blurred picture of RNX at a meeting.", "showed",
            ["Hilda Marsh"], not_want=["RNX"])
actors_case("of-noun.wreck-stands-for-ship",
            "The ship Skarvik sank in 1915. In March 2022 divers found the wreck of Skarvik.", "found", ["Skarvik"])

actors_case("kinds.given-name-opens-a-person",
            "In March 1865 the foreman Charles Wendover hired fifty workers.", "hired",
            ["Charles Wendover"], kinds={"Charles Wendover": "person"})
actors_case("kinds.aerospace-suffix", "Orla Aerospace opened a plant in May 2024.", "opened",
            ["Orla Aerospace"], kinds={"Orla Aerospace": "company"})

# seventh round (tuned on events_test3)
actors_case("kinds.noun-before-agent-noun",
            "Hallam Pryce, a Boston newspaper dealer, bought a farm in May 1851.", "bought",
            ["Hallam Pryce"], kinds={"Hallam Pryce": "person"})
actors_case("kinds.chain-before-name", "On Monday the hotel chain Verano Stays opened a resort near Faro.",
            "opened", ["Verano Stays"], kinds={"Verano Stays": "company"})
actors_case("kinds.army-is-group", "In March 1916 the Norland Army crossed the river at dawn.", "crossed",
            ["Norland Army"], kinds={"Norland Army": "group"})
actors_case("kinds.given-name-coordinated-with-full-name",
            "Tamsin and Corwen Aldous opened a bakery in Truro in 1921. In 1925 Tamsin sold the bakery.", "sold",
            ["Tamsin"], kinds={"Tamsin": "person"})
actors_case("roles.name-after-place-possessive",
            "On March 9, 1871 the mail steamer put in at Gull's Rest on the north shore.", "put in",
            [], not_want=["Rest", "Gull"])
actors_case("roles.suffix-word-alone-names-the-organisation",
            "In 1914 the Norland Navy bought two cruisers. The Navy sank a raider in May 1915.", "sank",
            ["Norland Navy"], kinds={"Norland Navy": "group"})
actors_case("roles.suffix-word-modifier-is-no-organisation",
            "The Harbin Dockers Union struck in May 1921. Union leader Ada Moss resigned in June 1921.", "resigned",
            ["Ada Moss"], not_want=["Harbin Dockers Union"])
actors_case("kinds.army-corps-is-an-institution", "In May 2020 the Army Corps of Engineers closed the lock.", "closed",
            ["Army Corps of Engineers"], kinds={"Army Corps of Engineers": "institution"})

# eighth round (all four tuned sets; rules that state where a name stands)
actors_case("roles.giving-verb-receiver-and-thing-given",
            "In 1840 Ilse Marten met Oskar Brandt. In March 1841 Ilse Marten passed Brandt a sealed letter.", "passed",
            ["Ilse Marten", "Oskar Brandt"])
actors_case("roles.giving-verb-thing-given-list",
            "In 1743 the Treaty of Abo gave Sweden Finland, Estonia and two ports.", "gave",
            ["Sweden"], not_want=["Finland", "Estonia"])

actors_case("roles.structure-noun-of-names-a-place",
            "In June 1702 Ewan Hale blockaded the old naval base of Riga.", "blockaded",
            ["Ewan Hale"], not_want=["Riga"])
actors_case("roles.structure-noun-of-after-article",
            "In May 1702 Admiral Ewan Hale led the fleet against the northern fortress of Tarnholm.", "led",
            ["Ewan Hale"], not_want=["Tarnholm"])

actors_case("names.nationality-government",
            "On Friday the Danish government withdrew its support for the tunnel.", "withdrew",
            ["Danish government"], kinds={"Danish government": "government"})

actors_case("roles.receiver-of-a-thing-owned",
            "In 1903 Denmark sold its last colony to Norway.", "sold", ["Denmark", "Norway"])
actors_case("roles.participle-after-name-is-a-verb",
            "In March 1921 Ada Moss wrote to the Brookings Institution asking for a grant.", "wrote",
            ["Ada Moss", "Brookings Institution"], kinds={"Brookings Institution": "institution"})

actors_case("roles.for-after-a-noun-is-no-participant",
            "On March 3, 1806, the courier Ines Varga rode north with furs and letters for Hollis Brandt.",
            "rode", ["Ines Varga"], not_want=["Hollis Brandt"])
actors_case("roles.bid-for-keeps-its-target",
            "On Monday Tarrow Foods made a bid for Kellam Dairies.", "bid", ["Tarrow Foods", "Kellam Dairies"])

actors_case("roles.apposition-after-of-says-whose",
            "In 1890 Ada Brisk hired six clerks against the wishes of her partner, Tomas Vell.", "hired",
            ["Ada Brisk"], not_want=["Tomas Vell"])

actors_case("roles.giver-of-a-thing-taken",
            "In 1867 Ilse Marten bought the Tarnholm estate from Denmark.", "bought",
            ["Ilse Marten", "Denmark"])

actors_case("places.destination-located-by-apposition",
            "In May 1901 Ines Varga took her glider to Skarn Point, on the Grey Banks of Maine.", "took",
            ["Ines Varga"], not_want=["Skarn Point", "Grey Banks"])

actors_case("places.villages-of-a-people",
            "In May 1810 Ines Varga reached the villages of the Arapaho.", "reached",
            ["Ines Varga"], not_want=["Arapaho"])
actors_case("roles.name-before-a-relative-noun",
            "In 1811 Ines Varga hired a guide and his Cherokee wife, Aponi.", "hired",
            ["Ines Varga", "Aponi"], not_want=["Cherokee"])

# -- ninth round: names of public bodies, their initials ----------------
actors_case("names.body-words-joined-by-and",
            "The Soil and Water Quality Board fined Tarn Mills on Monday.", "fined",
            ["Soil and Water Quality Board", "Tarn Mills"],
            kinds={"Soil and Water Quality Board": "institution"})  # a board is an institution (eleventh round)
actors_case("names.company-list-stays-apart",
            "The Brenner and Ostrava Foundation fined Kell and Vardo Holdings on Monday.", "fined",
            ["Brenner and Ostrava Foundation", "Vardo Holdings"], not_want=["Kell and Vardo"],
            kinds={"Brenner and Ostrava Foundation": "organization"})
actors_case("names.body-for-its-remit",
            "The Office for Coastal Fisheries closed the harbour to trawlers on Monday.", "closed",
            ["Office for Coastal Fisheries"],
            kinds={"Office for Coastal Fisheries": "institution"})
actors_case("names.body-for-a-list",
            "The Ministry for Housing, Transport and Rural Roads fined Tarn Mills on Monday.", "fined",
            ["Ministry for Housing, Transport and Rural Roads", "Tarn Mills"])
actors_case("names.body-kind-from-head-before-for",
            "The Academy for Northern Languages awarded Ines Varga a prize on Monday.", "awarded",
            ["Academy for Northern Languages"], kinds={"Academy for Northern Languages": "institution"})
actors_case("names.initials-in-capitals",
            "The Coastal Shipping Safety Agency opened an inquiry on Monday. "
            "The CSSA grounded the ferry on Tuesday.", "grounded",
            ["Coastal Shipping Safety Agency"])
actors_case("names.initials-as-a-word",
            "The Department for Environment, Land and Fisheries fined Tarn Mills on Monday. "
            "Delf closed the harbour on Tuesday.", "closed",
            ["Department for Environment, Land and Fisheries"],
            kinds={"Department for Environment, Land and Fisheries": "government"})
actors_case("roles.short-form-of-a-body-after-to",
            "The Coastal Shipping Safety Agency opened an inquiry on Monday. "
            "Ines Varga sent the logbook to the CSSA on Tuesday.", "sent",
            ["Ines Varga", "Coastal Shipping Safety Agency"])
actors_case("roles.name-before-a-determiner-is-no-modifier",
            "Ines Varga showed the Harbour Board the logbook on Tuesday.", "showed",
            ["Ines Varga", "Harbour Board"])

actors_case("kinds.guess-corrected-by-officers",
            "Tarn Velo closed a plant on Monday. Tarn's chief executive, Ines Varga, resigned on Tuesday. "
            "Tarn Velo sold the plant on Friday.", "sold",
            ["Tarn Velo"], kinds={"Tarn Velo": "company"})
actors_case("kinds.family-name-keeps-a-person",
            "Greta Tarnow closed a plant on Monday. Tarnow said the merger would allow the company "
            "to invest 200 million euros.", "closed",
            ["Greta Tarnow"], kinds={"Greta Tarnow": "person"})
actors_case("kinds.plural-noun-before-apposition",
            "The dockers' unions, KORA and TVAS, called a strike on Monday.", "called",
            ["KORA", "TVAS"], kinds={"KORA": "organization", "TVAS": "organization"})
actors_case("roles.owner-before-parent-company",
            "Tarn Velo Ltd closed a plant on Monday. Tarn's parent company, Halvorsen Semiconductor Inc., "
            "sold it on Friday.", "sold",
            ["Halvorsen Semiconductor Inc."], not_want=["Tarn"])

actors_case("verbs.four-letter-past-keeps-its-subject",
            "The Orvik Heritage Trust sued Kell Quarries on Monday over the blasting.", "sued",
            ["Orvik Heritage Trust", "Kell Quarries"])
actors_case("verbs.four-letter-past-owed",
            "By March 2024 the Halden Ferry Company owed Marta Ilves 40,000 crowns.", "owed",
            ["Halden Ferry Company", "Marta Ilves"])
label_case("verbs.noun-in-eed-is-no-verb",
           "The seed vault at Longyear reopened on Monday after repairs.", "reopened",
           lambda l: l.startswith("The seed vault") and "reopened" in l)

actors_case("kinds.club-noun-makes-an-organisation",
            "The Dutch club Haarveld Stars signed Ines Varga on Monday.", "signed",
            ["Haarveld Stars", "Ines Varga"], kinds={"Haarveld Stars": "organization"})
actors_case("kinds.club-prefix-and-short-form",
            "FC Lindmark sacked its coach on Monday. Lindmark appointed Ines Varga on Friday.", "appointed",
            ["FC Lindmark", "Ines Varga"], kinds={"FC Lindmark": "organization"})
actors_case("kinds.club-word-inside-a-name",
            "Clube Atletico Ribeira lost to Marta Ilves's side on Monday. "
            "Sport Clube Tarvo hired Ines Varga on Friday. Tarvo thanked her.", "thanked",
            ["Sport Clube Tarvo"], kinds={"Sport Clube Tarvo": "organization"})

actors_case("roles.owner-after-its-noun-does-not-act",
            "A ferry owned by Halden Marine Holdings struck the pier at Kell on Monday.", "struck",
            [], not_want=["Halden Marine Holdings"])
actors_case("roles.manager-after-possessive-acts",
            "Halden Power Ltd cut the line on Monday. Halden Power's general manager, Ines Varga, "
            "apologized on Tuesday.", "apologized", ["Ines Varga"], not_want=["Halden Power"])
actors_case("roles.place-after-a-verb-of-going",
            "The survey ship sailed from Nova Ardven in May 1735 and anchored at Kell.", "sailed",
            [], not_want=["Nova Ardven"])
actors_case("roles.place-after-left-for",
            "In April 1736 a second party under Ines Varga left Brest for Nordmark.", "left",
            ["Ines Varga"], not_want=["Nordmark"])

actors_case("names.for-after-a-body-before-of",
            "The Board of Appeal for Coastal Fisheries fined Tarn Mills on Monday.", "fined",
            ["Board of Appeal for Coastal Fisheries", "Tarn Mills"])
actors_case("names.irish-particle-na",
            "Comhlacht na Mara, the state ferry company, cancelled all sailings on Monday.", "cancelled",
            ["Comhlacht na Mara"])

actors_case("roles.writer-of-a-document-acts",
            "In 1816 Marta Ilves wrote a long petition to the harbour board.", "petition",
            ["Marta Ilves"])
actors_case("roles.leader-announcing-for-own-body",
            "Transport Minister Ines Varga said on Thursday that the government would close the Kell line.",
            "close", ["Ines Varga"])
actors_case("roles.officer-in-apposition-announcing",
            "Tarn Rovers's chairman, Piet Lamers, said on Friday that the club would sell the ground.",
            "sell", ["Piet Lamers"])
actors_case("roles.analyst-only-reports",
            "Peter Grady, an analyst at Kell Securities, said on Friday that the company would sell the ground.",
            "sell", [], not_want=["Peter Grady"])
LEDE_SAYING = ("OSLO, June 12, 2025 \u2014 Brekke Freight, the Norwegian haulier, said on Thursday that "
               "hackers had copied the records of 9,000 drivers. Kell Mutual, which insures the haulier, "
               "said on Thursday that claims had reached 4 million kroner.")
actors_case("roles.dated-saying-in-the-lede-is-the-news", LEDE_SAYING, "hackers", ["Brekke Freight"])
actors_case("roles.dated-telling-in-the-lede-is-the-news",
            "OSLO, June 12, 2025 \u2014 Brekke Freight told drivers on Monday that the depot would close.",
            "depot", ["Brekke Freight"])
actors_case("roles.dated-saying-past-the-lede-only-reports", LEDE_SAYING, "claims", [],
            not_want=["Kell Mutual"])
actors_case("roles.body-named-after-a-possessive-acts",
            "The Kell League's Appeals Tribunal ruled for Tarn Rovers on Monday.", "ruled",
            ["Appeals Tribunal", "Tarn Rovers"], not_want=["Kell League"])
actors_case("kinds.boat-noun-makes-a-vessel",
            "On May 2, 1825, Marta Ilves boarded the boat Northern Star at Kell.", "boarded",
            ["Marta Ilves", "Northern Star"], kinds={"Northern Star": "other"})
actors_case("kinds.gazetteer-international-body",
            "UEFA fined Tarn Rovers 40,000 euros on Monday.", "fined",
            ["UEFA"], kinds={"UEFA": "organization"})

# -- the eleventh round: general facts of English names -----------------
# a body's name ends in its head noun and keeps a nationality's adjective
actors_case("names.adjective-of-body",
            "The Danish Sailing Association suspended two coaches on Monday.", "suspended",
            ["Danish Sailing Association"])
actors_case("names.adjective-of-person-trimmed",
            "Austrian Chancellor Karl Nehammer visited Kyiv on Monday.", "visited",
            ["Karl Nehammer"], not_want=["Austrian"])
# a compass word and a nationality's adjective are a compound adjective
actors_case("names.compound-adjective-no-name",
            "Vera Kask won the final, which ended at 9 p.m. Central European Summer Time on Sunday.", "won",
            ["Vera Kask"], not_want=["Central European"])

# a firm named in its founder's genitive keeps the 's when no noun follows
actors_case("names.genitive-firm-before-object",
            "Harrigan's bought the Dunmore bakery for 3 million pounds on Tuesday.", "bought",
            ["Harrigan's"], kinds={"Harrigan's": "company"})
actors_case("names.genitive-firm-before-auxiliary",
            "Pellow's has closed its last shop in Truro, the owners said on Friday.", "closed",
            ["Pellow's"], kinds={"Pellow's": "company"})
actors_case("names.genitive-owner-before-noun",
            "Norway's fund sold its stake in Acme Corp on Monday.", "sold",
            [], not_want=["Norway's"])

# public bodies: a federal corporation or bank, a reserve bank, a police
# force and a board are institutions
actors_case("kinds.federal-corporation",
            "The Federal Housing Finance Corporation took over Ridgeway Mutual on Friday.", "took over",
            ["Federal Housing Finance Corporation"],
            kinds={"Federal Housing Finance Corporation": "institution"})
actors_case("kinds.reserve-bank-of",
            "The Reserve Bank of India raised its main rate on Wednesday.", "raised",
            ["Reserve Bank of India"], kinds={"Reserve Bank of India": "institution"})
actors_case("kinds.police-force",
            "The Thames Valley Police arrested a 40-year-old man on Sunday.", "arrested",
            ["Thames Valley Police"], kinds={"Thames Valley Police": "institution"})

# a named storm is a happening, not a participant; a new name given to a
# place is no participant either
actors_case("names.named-storm-is-no-actor",
            "Hurricane Odile flooded Cabo San Lucas on Monday.", "flooded",
            [], not_want=["Odile"])
actors_case("names.renamed-soon",
            "The camp was soon renamed Eldorado, and Marta Quist opened a store there in 1898.", "renamed",
            [], not_want=["Eldorado"])

# a headline's short form of a body named in full below is the same actor,
# named by its fullest form
actors_case("names.fuller-form-later",
            "Harwood Mutual fails after a run\n\nHarwood Mutual Bank closed on Friday. "
            "Regulators sold Harwood to Tarn Credit Union on Monday.", "sold",
            ["Harwood Mutual Bank"])

# a place hyphened to a participle is an adjective before the name
actors_case("names.hyphened-participle-trimmed",
            "The Oslo-listed Nordvik Air cut 200 jobs on Monday.", "cut",
            ["Nordvik Air"], not_want=["Oslo-listed"])

actors_case("kinds.telecom-head-noun",
            "Nordmark Telecom raised prices on Monday.", "raised",
            ["Nordmark Telecom"], kinds={"Nordmark Telecom": "company"})

# -- the twelfth round: rules judged on every gold text at once -----------
# what one reaches is where one arrives, even when a firm or a people bears
# its name; a person reached is still one done to
actors_case("places.reached-firm-first-word",
            "Harlan Coal Company opened its first mine in 1901. The railway reached Harlan on May 3, 1903.",
            "railway reached", [], not_want=["Harlan"])
actors_case("places.reached-shipping-line-port",
            "The Pemberton Steamship Company was founded in 1850. In June 1862 its steamer reached Pemberton.",
            "reached Pemberton", [], not_want=["Pemberton"])
actors_case("places.reached-people-named-town",
            "The surveyors reached Arapaho in July 1867 and camped by the creek.", "reached",
            [], not_want=["Arapaho"])
actors_case("places.reaching-firm-first-word",
            "Carmel Trading Company hired forty mule drivers in 1789. On March 2, 1790, the caravan, "
            "reaching Carmel at dusk, unloaded its salt.", "unloaded", [], not_want=["Carmel"])
actors_case("places.reached-agreement-firm-stays",
            "Harlan Coal Company reached an agreement with its miners on Monday.", "reached",
            ["Harlan Coal Company"])
actors_case("places.reached-court-by-appeal-stays",
            "Kestrel Mobile appealed to the High Court on Monday.", "appealed",
            ["Kestrel Mobile"])

# a nationality's adjective or a known place before a lower-case noun of
# a state's body names that body; troops are named by their people
# instead, but "the Ottoman army" is a group (actors25)
actors_case("bodies.nationality-parliament",
            "The Danish parliament approved the fishing quota on March 4, 2024.", "approved",
            ["Danish parliament"], kinds={"Danish parliament": "government"})
actors_case("bodies.place-legislature",
            "In 1821 the Ohio legislature chartered a bank in Cincinnati.", "chartered",
            ["Ohio legislature"], kinds={"Ohio legislature": "government"})
actors_case("bodies.nationality-crown",
            "The Portuguese crown granted the island to a merchant in 1502.", "granted",
            ["Portuguese crown"], kinds={"Portuguese crown": "government"})
actors_case("bodies.nationality-cabinet",
            "The Dutch cabinet resigned on Friday over the asylum talks.", "resigned",
            ["Dutch cabinet"], kinds={"Dutch cabinet": "government"})
actors_case("bodies.place-senate",
            "The Texas senate passed the water bill on May 2, 2023.", "passed",
            ["Texas senate"], kinds={"Texas senate": "government"})
# actors32: after "the", a name no list knows before a state's body
# noun names the body ("the Valais government"), and "the Brandt family"
# is a group; the name alone, or its body's noun, names neither later
actors_case("bodies.unknown-place-government",
            "In response to rumours, the Valais government opened an inquiry in Zermatt in July 1865.",
            "opened", ["Valais government"], kinds={"Valais government": "government"})
actors_case("bodies.name-family-group",
            "Harlan Media bought the Ledger from the Brandt family in March 2022.", "bought",
            ["Harlan Media", "Brandt family"], kinds={"Brandt family": "group"})
actors_case("bodies.family-adjective-no-body",
            "Born to a Jewish family in Alsace, the officer joined the army in 1878.", "joined",
            [], not_want=["Jewish family"])
actors_case("bodies.name-alone-not-the-body",
            "The Qing government signed the treaty in 1842. Qing forces retreated from Canton on May 3, 1842.",
            "retreated", [], not_want=["Qing"])
actors_case("bodies.troops-not-a-body",
            "Austrian troops crossed the border on Monday.", "crossed",
            [], not_want=["Austrian troops"])
actors_case("bodies.nationality-army",
            "The Ottoman army appeared before the walls on April 2, 1453.", "appeared",
            ["Ottoman army"], kinds={"Ottoman army": "group"})
actors_case("bodies.army-before-title",
            "In March 2003 the invasion was led by US army General Tom Hale.", "led",
            ["Tom Hale"], not_want=["US army"])

# a name ending in County, Territory, Province (or a longer name ending in
# City) is a place: where goods go or come from, a government when it acts
actors_case("places.from-territory",
            "In 1898 Ottawa separated the goldfields from the Yukon Territory.", "separated",
            [], not_want=["Yukon Territory"])
actors_case("places.to-long-city-name",
            "The relief train carried flour to Quezon Grande City on Tuesday.", "carried",
            [], not_want=["Quezon Grande City"])
actors_case("places.from-province",
            "In 1851 the merchants shipped grain to Odessa from Kherson Province.", "shipped",
            [], not_want=["Kherson Province"])
actors_case("kinds.county-acts-as-government",
            "Harmon County sued the water utility on Friday.", "sued",
            ["Harmon County"], kinds={"Harmon County": "government"})
actors_case("kinds.territory-acts-as-government",
            "The Northern Territory banned fireworks on Monday.", "banned",
            ["Northern Territory"], kinds={"Northern Territory": "government"})
actors_case("kinds.town-city-club-stays",
            "Norwich City signed a striker from Leeds on Friday.", "signed",
            ["Norwich City"])

# a title alone, or a title of a common noun of a state, is a common noun
# of an office, as "the company" is of a firm: no name
actors_case("names.title-alone-emperor",
            "On May 4, 1806, the Emperor signed the decree.", "signed",
            [], not_want=["Emperor"])
actors_case("names.title-alone-pope",
            "In 1209 the Pope excommunicated John Lackland.", "excommunicated",
            ["John Lackland"], not_want=["Pope"])
actors_case("names.title-alone-governor",
            "On Tuesday the Governor vetoed the budget.", "vetoed",
            [], not_want=["Governor"])
actors_case("names.title-of-common-noun",
            "The farmers wrote to the Chancellor of the Exchequer in March 2024.", "wrote",
            [], not_want=["Chancellor"])
actors_case("names.title-of-place-stays",
            "The Duke of Wellington sold the estate in 1817.", "sold",
            ["Duke of Wellington"])
actors_case("names.title-before-name-stays",
            "Governor Ana Ruiz vetoed the budget on Tuesday.", "vetoed",
            ["Ana Ruiz"])

# one word after "the" and a preposition of place (on, over, under, up,
# down) is a river's, a sea's or a strait's, even when a firm bears it
actors_case("places.on-the-river",
            "The coal barge sank on the Oder on January 9, 1929.", "sank",
            [], not_want=["Oder"])
actors_case("places.over-the-strait",
            "A storm raged over the Minch on Tuesday.", "raged",
            [], not_want=["Minch"])
actors_case("places.down-the-river-firm-name",
            "In 1541 Francisco de Orellana drifted down the Amazon for eight months.", "drifted",
            ["Francisco de Orellana"], not_want=["Amazon"])
actors_case("places.under-the-sea",
            "Engineers laid the cable under the Skagerrak in 1977.", "laid",
            [], not_want=["Skagerrak"])
actors_case("places.upon-the-lake",
            "On May 2, 1885, the steamer sank upon the Vättern in a gale.", "sank",
            [], not_want=["Vättern"])

# -- names of bodies joined by "of" ----------------------------------------
# English fact: a body's head noun, "of" and a capitalised run make one name
# ("Bank of New Brunswick", "Chamber of Commerce"); "New" opens a place's
# name as often as "New Year"; and a rank before a body's head noun is a
# word of its name ("General Board", "General Medical Council"), as a rank
# stands before a person's name, not a body's.
actors_case("names.of-new-place.bank",
            "The Bank of New Brunswick raised its lending rate on March 3, 2025.",
            "raised", ["Bank of New Brunswick"])
actors_case("names.of-new-place.university",
            "The University of New Mexico closed its campus on Tuesday after the flood.",
            "closed", ["University of New Mexico"])
actors_case("names.of-new-place.union",
            "The Maritime Workers Union of New Caledonia called a strike on Monday.",
            "strike", ["Maritime Workers Union of New Caledonia"])
actors_case("names.chamber-of-commerce",
            "The Leeds Chamber of Commerce asked the council on Tuesday to delay the new tolls.",
            "asked", ["Leeds Chamber of Commerce"],
            kinds={"Leeds Chamber of Commerce": "organization"})
actors_case("names.rank-before-body-of",
            "The General Board of Health rejected the engineers' report in 1855.",
            "rejected", ["General Board of Health"])
actors_case("names.rank-before-body-adjective",
            "The General Medical Council struck the surgeon off the register on Thursday.",
            "struck", ["General Medical Council"])
actors_case("names.rank-before-person-stays-a-title",
            "General Alma Varga ordered the retreat on May 2, 1916.",
            "ordered", ["Alma Varga"], not_want=["General Alma Varga"])
actors_case("names.new-year-is-no-name",
            "On New Year's Day 2025 the Corvane Trust opened the museum to the public.",
            "opened", ["Corvane Trust"], not_want=["New Year"])

# -- names of bodies joined by "and" ---------------------------------------
# English fact: a body's name joins two fields by "and" ("Food Safety and
# Veterinary Office", "Safety and Health Queensland") when the run before
# "and" is no name of its own (no given name, title or suffix) and the run
# after it ends with a body's word or, for a state's body, a place; names
# in a list each have their own kind or given name.
actors_case("names.and-body-three-words",
            "The Federal Seed Quality and Plant Office ordered the farm to stop selling on Wednesday.",
            "ordered", ["Federal Seed Quality and Plant Office"])
actors_case("names.and-body-of-a-state",
            "Transport Safety and Roads Tasmania closed the highway on Tuesday, June 10, 2025.",
            "closed", ["Transport Safety and Roads Tasmania"])
actors_case("names.and-people-stay-apart",
            "Leland Stanford and Collis Huntington signed the contract on Tuesday, June 10, 2025.",
            "signed", ["Leland Stanford", "Collis Huntington"])
actors_case("names.and-companies-stay-apart",
            "Skyra Airways and Boreal Air cancelled their flights to Oslo on Monday, June 9, 2025.",
            "cancelled", ["Skyra Airways", "Boreal Air"])
# actors39: a firm's word that ends the run before "and" names a field
# after an article (a firm's name takes none) when a public body's word
# ends the name ("the Varde Securities and Markets Authority"; without
# the article, "Kell Shipping and X Commission", two names); a club's and
# a unit's word end a body.
actors_case("names.and-body-field-word-after-article",
            "The Varde Securities and Markets Authority fined Tarn Mills on Monday, June 9, 2025.",
            "fined", ["Varde Securities and Markets Authority", "Tarn Mills"],
            kinds={"Varde Securities and Markets Authority": "institution"})
actors_case("names.and-club",
            "In 1879 forty merchants formed the Brannock Sailing and Rowing Club.",
            "formed", ["Brannock Sailing and Rowing Club"],
            kinds={"Brannock Sailing and Rowing Club": "organization"})
actors_case("names.and-unit",
            "The Flood Warning and Relief Unit opened shelters in Tarnby on Monday, June 9, 2025.",
            "opened", ["Flood Warning and Relief Unit"],
            kinds={"Flood Warning and Relief Unit": "institution"})
# actors39: a known place's name alone names the place, never a short
# form of a body named after it later ("the state of Pennsylvania ... the
# Pennsylvania Railroad", "the United States ... the United States Navy")
actors_case("names.place-no-short-form-of-its-firm",
            "On Monday, June 9, 2025, Tasmania banned the sale of the pesticide. "
            "On Tuesday, June 10, 2025, Tasmania Shipping cancelled its sailings to Melbourne.",
            "banned", ["Tasmania"], not_want=["Tasmania Shipping"])
# actors39: a polity's noun before "of" ("the canton of", "the state of",
# "the city of") says the name after it is a polity's, which acts as a
# government; a date's capitalised word before the article ("In May the
# canton of") opens no phrase of place
actors_case("names.polity-of-acts-as-government",
            "In May the canton of Glarus sent a militia to the pass.",
            "sent", ["Glarus"], kinds={"Glarus": "government"})
# actors39: the names listed after one left out as what a noun before
# "of" is about share its role ("the villagers of Fobbing, Corringham and
# Stanford came": none acts); one capitalised word listed between
# people's adjectives is one more adjective ("Austrian, Bavarian, Saxon
# and Polish")
actors_case("names.listed-after-of-noun",
            "On May 30 the shepherds of Arnholt, Velby and Tornsey came to Brentwood with Wat Hollis.",
            "shepherds", ["Wat Hollis"], not_want=["Velby", "Tornsey"])
actors_case("names.adjective-among-adjectives",
            "On May 4, 1683, the relief army, Austrian, Bavarian, Saxon and Polish, met Anton Lorre at Tulln.",
            "relief army", ["Anton Lorre"], not_want=["Saxon"])
# actors39: "X, the <noun> ..." is no apposition when the noun phrase
# runs on, before any comma, to a verb of its own: it is the clause's
# subject and X an opening word ("Downstream, the water utility in Kitwe
# closed its intake")
actors_case("names.opener-before-subject-no-apposition",
            "Upstream, the water company in Tarnby closed its gates on Monday, June 9, 2025.",
            "closed", [], not_want=["Upstream"])

# -- headlines -----------------------------------------------------------
label_case("headline.long-sentence",
           "On Tuesday, Halvorsen Semiconductor Inc., the chipmaker based in San Jose, lowered its annual "
           "sales forecast for the third time this year, citing weak orders from carmakers in Europe and Asia.",
           "lowered", lambda l: l.startswith("Halvorsen") and "lowered" in l)
label_case("headline.said-that",
           "The company said in a statement on Wednesday that it had suspended production at its plant in Dresden.",
           "suspended", lambda l: l == "The company said it had suspended production")
label_case("headline.dangling-preposition", "The bridge reopened to traffic on Monday after repairs.",
           "reopened", lambda l: l == "The bridge reopened to traffic after repairs")
label_case("headline.quote-whole",
           'Rovers manager Fiona McAllister, who took charge in October, said on Saturday that her players had '
           '"never stopped believing in the plan."', "believing", lambda l: "…" not in l)
label_case("headline.comma-inside-date", "The siege began on May 4, 1587.", "siege",
           lambda l: l == "The siege began")
label_case("headline.doubled-word", "The the bridge closed on Monday.", "bridge",
           lambda l: l == "The bridge closed")
label_case("headline.dateline", "SAN JOSE, California, April 9, 2026 — Acme Corp lowered its forecast on Tuesday.",
           "lowered", lambda l: l == "Acme Corp lowered its forecast", anchor="2026-04-09")
label_case("headline.opening-preposition", "In a statement Acme Corp denied the report on Monday.", "denied",
           lambda l: l == "Acme Corp denied the report")
label_case("headline.opening-verbless-clause",
           "In announcing the rules last month, Secretary Gina Raimondo warned rival chipmakers.", "warned",
           lambda l: l.startswith("Secretary Gina Raimondo warned"))
label_case("headline.known-as", "On Tuesday, a lab whose launch of a cheap but capable reasoning "
           "system, known as R1, set off a slide in chip shares in New York surprised traders.", "R1",
           lambda l: True)
label_case("headline.date-only", "1917-1918\n", "1917", lambda l: l == "1917-1918")

# complete and grammatical: each rule on sentences from several fields; the
# scorer's reviewer checks (gap, cut, saying, absolute) read the quote
def labels_case(name, cases):
    """Each (text, phrase, test) of cases: the label of the event holding
    phrase passes every check and test."""
    for number, (text, phrase, test) in enumerate(cases, 1):
        label_case("%s.%d" % (name, number), text, phrase, test)


labels_case("headline.long-subject-keeps-no-preposition", [
    ("Collectors from as far away as Arizona descended on the village on October 22.", "descended",
     lambda l: l == "Collectors descended on the village"),
    ("Farmers from as far away as Kansas gathered at the fairground on Monday.",
     "gathered", lambda l: l.startswith("Farmers gathered")),
    ("Researchers from as many as nine universities in the Baltic states published the genome on Friday.",
     "published", lambda l: l.startswith("Researchers published")),
])
labels_case("headline.date-inside-noun-phrase-stays", [
    ("A 2019 analysis had put the cost at 900 million euros.", "analysis",
     lambda l: l.startswith("A 2019 analysis")),
    ("An October storm drove the fleet back to port.", "storm", lambda l: l.startswith("An October storm")),
    ("The jury returned its verdict on Friday after two days of deliberations.", "verdict",
     lambda l: "two days of deliberations" in l),
    ("The senator died in 1809 of gunshot wounds.", "died", lambda l: l == "The senator died of gunshot wounds"),
])
labels_case("headline.date-leftover-goes", [
    ("The clinic opened on Saturday and ran through the following Sunday.", "clinic",
     lambda l: "following" not in l),
    ("The tram company was founded in March 1901. Work on the tram line began at the depot the same spring.",
     "Work on", lambda l: not l.endswith("the same")),
])
labels_case("headline.no-cut-inside-noun-phrase", [
    ("They drove the rebels off the ridge above the Marne river on September 20.", "rebels",
     lambda l: l == "They drove the rebels off the ridge"),
    ("The orchestra performed at the top of the Vienna concert hall on Saturday.", "orchestra",
     lambda l: not l.endswith("concert")),
    ("Part of the meteorite crashed through the roof of a sheep farmer's house on Monday.", "meteorite",
     lambda l: not l.endswith("sheep")),
    ("PEN America, the writers' group, offered on Wednesday to pay part of Ms. Castellanos's legal costs.",
     "offered", lambda l: not l.endswith("legal") and not l.endswith("Ms.")),
])
labels_case("headline.saying-keeps-what-was-said", [
    ("Curators at National Museum Wales confirmed on Tuesday that the stone was a meteorite.", "Curators",
     lambda l: "meteorite" in l),
    ("Forecasters warned on Monday that a second storm could bring snow to the valley.", "Forecasters",
     lambda l: "storm" in l),
    ("Hospitals had warned in October that rural clinics would close.", "Hospitals",
     lambda l: "clinics would close" in l),
    ("Engineers reported on Friday that the alloy had survived ten thousand cycles.", "alloy",
     lambda l: "survived" in l),
    ("The newspaper first reported on the fires in July.", "fires",
     lambda l: l == "The newspaper first reported on the fires"),
])
labels_case("headline.speaker-only-part-takes-what-was-said", [
    ("Traffic at the port fell 18 percent in August before recovering in September, the port authority said.",
     "authority", lambda l: l.startswith("Traffic at the port fell")),
    ('"We opened the doors at nine yesterday morning and had 600 visitors by noon," librarian Priya Shah said '
     'on Wednesday.', "librarian", lambda l: "doors" in l),
])
labels_case("headline.reduced-relative-is-no-verb", [
    ("Astronomers said on Wednesday that a comet discovered by an amateur in Chile would pass close to Mars.",
     "comet", lambda l: "would pass" in l),
])
labels_case("headline.quotation-closes-within-budget", [
    ('The coach said on Saturday that her players had "never stopped believing."', "coach",
     lambda l: l.endswith('believing."')),
])
labels_case("headline.absolute-clause-is-no-headline", [
    ("With 380 miles completed by October 1868, the Union Pacific crews raced west.", "crews",
     lambda l: l == "The Union Pacific crews raced west"),
    ("Having won the league in May 2024, the club sold its captain to a rival.", "club",
     lambda l: l.startswith("The club sold")),
    ("Its funding approved on Monday, the museum hired three curators.", "museum",
     lambda l: l == "The museum hired three curators"),
    ("The expedition reached St. Louis on September 23, 1806, to a crowd that had given the men up.",
     "expedition", lambda l: l.startswith("The expedition reached")),
])

# Round fourteen: a name that "which" takes up and that runs, owns or makes
# something is a business's, though its words give it no kind.
actors_case("kinds.which-runs-bus-company",
            "Quarry Valley Coaches, which runs the school buses in three counties, raised its fares on "
            "Monday, June 9, 2025.", "raised", ["Quarry Valley Coaches"],
            kinds={"Quarry Valley Coaches": "company"})
actors_case("kinds.which-owns-mine",
            "Tallow Ridge Minerals, which owns the copper pit near the town, laid off 200 miners on "
            "Tuesday, June 10, 2025.", "laid off", ["Tallow Ridge Minerals"],
            kinds={"Tallow Ridge Minerals": "company"})
actors_case("kinds.which-makes-bicycles",
            "Fennick Velo, which makes folding bicycles for commuters, halted sales of 4,000 frames on "
            "Wednesday, June 11, 2025.", "halted", ["Fennick Velo"],
            kinds={"Fennick Velo": "company"})
actors_case("kinds.which-brews-beer",
            "Harrowgate Malting, which brews a pale ale sold across the region, won the national "
            "beer award on Sunday, June 8, 2025.", "won", ["Harrowgate Malting"],
            kinds={"Harrowgate Malting": "company"})
actors_case("kinds.which-operates-ferries",
            "Solway Crossing, which operates two ferries between the islands, cancelled every "
            "sailing on Thursday, June 12, 2025.", "cancelled", ["Solway Crossing"],
            kinds={"Solway Crossing": "company"})
actors_case("kinds.who-runs-stays-person",
            "Marta Quillan, who runs a bakery in Galway, opened a second shop on Monday, June 9, "
            "2025.", "opened", ["Marta Quillan"], kinds={"Marta Quillan": "person"})

# A court or a tribunal is a state's institution, not its government.
actors_case("kinds.court-constitutional",
            "The Constitutional Court struck down the new surveillance law on Thursday, June 12, 2025.",
            "struck", ["Constitutional Court"], kinds={"Constitutional Court": "institution"})
actors_case("kinds.tribunal-employment",
            "The Employment Tribunal ordered the warehouse to pay three dismissed drivers on "
            "Wednesday, June 11, 2025.", "ordered", ["Employment Tribunal"],
            kinds={"Employment Tribunal": "institution"})
actors_case("kinds.court-of-land-claims",
            "The Court of Land Claims rejected the farmers' appeal over the river meadows on "
            "Tuesday, June 10, 2025.", "rejected", ["Court of Land Claims"],
            kinds={"Court of Land Claims": "institution"})
actors_case("kinds.tribunal-sport",
            "The Chess Appeals Tribunal cleared the grandmaster of cheating on Monday, June 9, 2025.",
            "cleared", ["Chess Appeals Tribunal"], kinds={"Chess Appeals Tribunal": "institution"})
actors_case("kinds.court-history",
            "In March 1667 the Admiralty Court seized the merchant's cargo of wine.",
            "seized", ["Admiralty Court"], kinds={"Admiralty Court": "institution"})

# A name of unknown words that ends with a country or a place and opens with
# no given name is a national or regional body's, not a person's; a compass
# word opens a region ("North Atlantic").  kinds18: most often the place's
# public agency ("Biosecurity Tasmania", "Arts Council England"), an
# institution, unless the text says what it is ("the national chess
# federation", "the writers' group").
actors_case("kinds.body-ending-in-country",
            "Fisheries Norway fined the club on Tuesday, June 10, 2025.",
            "fined", ["Fisheries Norway"], kinds={"Fisheries Norway": "institution"})
actors_case("kinds.body-ending-in-place",
            "Heritage Ontario bought the mill on Monday, June 9, 2025.",
            "bought", ["Heritage Ontario"], kinds={"Heritage Ontario": "institution"})
# and a place of two words ends one too (kinds19)
actors_case("kinds.body-ending-in-two-word-country",
            "Heritage New Zealand bought the mill on Monday, June 9, 2025.",
            "bought", ["Heritage New Zealand"], kinds={"Heritage New Zealand": "institution"})
actors_case("kinds.body-ending-in-country-federation",
            "Chess Norway, the national chess federation, fined the club on Tuesday, June 10, 2025.",
            "fined", ["Chess Norway"], kinds={"Chess Norway": "organization"})
actors_case("kinds.body-ending-in-country-writers-group",
            "PEN Norway, the writers' group, paid the fine on Tuesday, June 10, 2025.",
            "paid", ["PEN Norway"], kinds={"PEN Norway": "organization"})
actors_case("kinds.residents-group-before-name",
            "The residents' group Varde Owners Together sued the builder on Tuesday, June 10, 2025.",
            "sued", ["Varde Owners Together"], kinds={"Varde Owners Together": "organization"})
actors_case("kinds.person-named-like-a-place-stays",
            "Peter England signed the lease on Monday, June 9, 2025.",
            "signed", ["Peter England"], kinds={"Peter England": "person"})

# -- kinds16: kinds right on new text -------------------------------------
# A state's name ending in Empire, Republic, Kingdom or Duchy is a country's,
# as the gazetteer's whole names are (Ottoman Empire, Dutch Republic).
actors_case("kinds.empire-is-a-country",
            "In 1871 the new Carpathian Empire annexed the valley.", "annexed",
            ["Carpathian Empire"], kinds={"Carpathian Empire": "country"})
actors_case("kinds.republic-of-is-a-country",
            "The Republic of Varenia signed the treaty on Monday, June 9, 2025.", "signed",
            ["Republic of Varenia"], kinds={"Republic of Varenia": "country"})
# Words that end the names of firms and of bodies: "Developments",
# "Bancorp", "Supply", "Mutual", "Line" a company's, "Orchestra" an
# organisation's; "of" after a firm's word names its seat, after a bank's
# the place it serves; the word before "of" is a name's head, whatever its
# last word is.
actors_case("kinds.suffix-developments",
            "Tarnby Developments sued the council on Monday, June 9, 2025.", "sued",
            ["Tarnby Developments"], kinds={"Tarnby Developments": "company"})
actors_case("kinds.suffix-orchestra",
            "The Ostby Chamber Orchestra cancelled its season on Monday, June 9, 2025.", "cancelled",
            ["Ostby Chamber Orchestra"], kinds={"Ostby Chamber Orchestra": "organization"})
actors_case("kinds.suffix-line",
            "Rask lost his post with the Varde Line on Monday, June 9, 2025.", "lost",
            ["Varde Line"], kinds={"Varde Line": "company"})
actors_case("names.firm-seat-after-of",
            "Halvex sold its branches to Eastfield Bancorp of Dayton on Monday, June 9, 2025.", "sold",
            ["Eastfield Bancorp"], not_want=["Eastfield Bancorp of Dayton"],
            kinds={"Eastfield Bancorp": "company"})
actors_case("names.bank-of-place-stays",
            "The Reserve Bank of Varenia cut its rate on Monday, June 9, 2025.", "cut",
            ["Reserve Bank of Varenia"])
actors_case("kinds.head-before-of",
            "The Department of Energy fined Halvex on Monday, June 9, 2025.", "fined",
            ["Department of Energy"], kinds={"Department of Energy": "government"})
# A lower-case particle before a capitalised word is the shape of a
# person's name, and the family name with its particle, or the words after
# it, name the same person again.
actors_case("kinds.particle-name-is-a-person",
            "In 1735 the naturalist Jean-Baptiste de La Varenne sailed for Quito.", "sailed",
            ["Jean-Baptiste de La Varenne"], kinds={"Jean-Baptiste de La Varenne": "person"})
actors_case("names.family-name-with-particle",
            "A student, Lotte van Brakel, found the error on Monday, June 2, 2025. "
            "The rector apologized to Ms. van Brakel on Tuesday, June 10, 2025.", "apologized",
            ["Lotte van Brakel"], kinds={"Lotte van Brakel": "person"})
actors_case("names.family-name-after-particle",
            "In 1735 the naturalist Jean-Baptiste de La Varenne sailed for Quito. "
            "In 1736 La Varenne measured the arc.", "measured",
            ["Jean-Baptiste de La Varenne"])
# actors34: a name of another language runs on over its particles, an
# article after a particle ("de la"), and, in a name already foreign (a
# particle joined, a letter outside ASCII, a particle further on), the
# particles that are also English words or letters ("do", "et", "y"); its
# kind is its head word's before the first particle, in any of those
# languages, and one that no given name opens after "from" or "in" is a
# town.
actors_case("names.particle-then-article",
            "On Monday the council fined Rosa de la Vega for the spill.", "fined",
            ["Rosa de la Vega"], kinds={"Rosa de la Vega": "person"})
actors_case("names.foreign-do-before-particle",
            "The Autoridade do Porto de Aveiro fined the shipper on Tuesday.", "fined",
            ["Autoridade do Porto de Aveiro"],
            kinds={"Autoridade do Porto de Aveiro": "institution"})
actors_case("names.foreign-et-after-particle",
            "The Fondation des Sciences et Lettres gave Lena Moreau a grant on Friday.", "gave",
            ["Fondation des Sciences et Lettres", "Lena Moreau"],
            kinds={"Fondation des Sciences et Lettres": "organization"})
actors_case("names.english-do-stays-a-verb",
            "The coach let Ortega do Wednesday's drills on Monday.", "let",
            ["Ortega"], not_want=["Ortega do"])
actors_case("kinds.foreign-head-before-particle",
            "The Ministerio de Hacienda fined the bank on Monday.", "fined",
            ["Ministerio de Hacienda"], kinds={"Ministerio de Hacienda": "government"})
actors_case("kinds.foreign-head-names-the-body-again",
            "The Generalitat de Catalunya declared an emergency on Monday. "
            "On Tuesday the Generalitat closed the wells.", "closed the wells",
            ["Generalitat de Catalunya"], kinds={"Generalitat de Catalunya": "government"})
actors_case("kinds.town-with-particle-is-a-place",
            "A trawler from Vila Franca de Xira sank on Friday.", "sank",
            [], not_want=["Xira"])
actors_case("kinds.person-with-particle-after-from",
            "The crew received a letter from Juan de Arriaga on Friday.", "received",
            ["Juan de Arriaga"], kinds={"Juan de Arriaga": "person"})
# a firm named by a plural trade noun ("Traders", "Dairies", "Cellars",
# "Events") is a company, not a person
actors_case("kinds.plural-trade-noun-is-a-company",
            "Harbour Leaf Traders postponed the shipment on Monday.", "postponed",
            ["Harbour Leaf Traders"], kinds={"Harbour Leaf Traders": "company"})
# a trawler, a tug, a corvette ... named after its noun is a vessel
# (kind other), even when its name opens with a title ("Don")
actors_case("kinds.trawler-in-apposition-is-a-vessel",
            "The coastguard diverted a fishing trawler, the Don Fermín, which reached "
            "the drifting yacht on Tuesday.", "reached the drifting yacht",
            ["Don Fermín"], kinds={"Don Fermín": "other"})
actors_case("kinds.plural-trade-noun-dairies",
            "Lindvik Valley Dairies closed the gates to farmers on Monday.", "closed the gates",
            ["Lindvik Valley Dairies"], kinds={"Lindvik Valley Dairies": "company"})
# names31: the Arabic article joined by a hyphen ("al-", "el-", "ash-")
# to a capitalised word is a word of the name, also as its first word;
# "ben" and "bint" join as "bin" does.  The kind: a person's by the
# shape, a group's by its head word ("Jaish", "Ansar") or whole name
# ("al-Qaeda"), a town's after "in"; the family name alone names the
# person again.
actors_case("names.arabic-article-in-name",
            "On Monday Karim al-Hadidi dismissed the governor.", "dismissed",
            ["Karim al-Hadidi"], kinds={"Karim al-Hadidi": "person"})
actors_case("names.arabic-article-el",
            "On Monday Samir el-Tayeb signed the decree.", "signed",
            ["Samir el-Tayeb"], kinds={"Samir el-Tayeb": "person"})
actors_case("names.arabic-article-opens-name",
            "On Tuesday the cleric al-Nasiri urged calm.", "urged",
            ["al-Nasiri"], kinds={"al-Nasiri": "person"})
actors_case("names.abu-before-arabic-article",
            "On Friday Abu Hamza al-Farouqi ambushed the convoy.", "ambushed",
            ["Abu Hamza al-Farouqi"], kinds={"Abu Hamza al-Farouqi": "person"})
actors_case("names.arabic-family-name-again",
            "On Monday Karim al-Hadidi dismissed the governor. "
            "On Tuesday al-Hadidi named a successor.", "named",
            ["Karim al-Hadidi"])
actors_case("names.arabic-family-name-capitalised",
            "On Monday Karim al-Hadidi dismissed the governor. "
            "Al-Hadidi named a successor on Tuesday.", "named",
            ["Karim al-Hadidi"], not_want=["Al-Hadidi"])
actors_case("names.arabic-family-name-without-article",
            "On Monday Karim al-Hadidi dismissed the governor. "
            "On Tuesday Hadidi named a successor.", "named",
            ["Karim al-Hadidi"])
actors_case("kinds.abu-town-after-place-noun",
            "On Monday the rebels seized the village of Abu Sawan.", "seized",
            ["Abu Sawan"], kinds={"Abu Sawan": "government"})
actors_case("names.bint-between-names",
            "On Monday Layla bint Mansour opened the clinic.", "opened",
            ["Layla bint Mansour"], kinds={"Layla bint Mansour": "person"})
actors_case("kinds.arabic-group-head-word",
            "On Sunday Jaish al-Nur claimed the bombing.", "claimed",
            ["Jaish al-Nur"], kinds={"Jaish al-Nur": "group"})
actors_case("kinds.arabic-group-whole-name",
            "On Sunday al-Qaeda claimed the bombing.", "claimed",
            ["al-Qaeda"], kinds={"al-Qaeda": "group"})
actors_case("kinds.arabic-town-after-place-noun",
            "On Monday the rebels seized the town of Tell al-Sawan.", "seized",
            ["Tell al-Sawan"], kinds={"Tell al-Sawan": "government"})
actors_case("kinds.arabic-place-before-place-noun",
            "On Monday the brigade shelled the strategic al-Sawan peninsula.", "shelled",
            [], not_want=["al-Sawan"])
actors_case("kinds.arabic-town-after-in",
            "On Monday the brigade fought the militia in Tell al-Sawan.", "fought",
            [], not_want=["Sawan", "Tell"])

# review33: a family name's particle ("van", "von", "bin", "ibn") makes no
# town, also when the gazetteer lacks the given name before it
actors_case("kinds.family-particle-after-to-is-a-person",
            "The prize went to Gerrit van Houten on Friday.", "went",
            ["Gerrit van Houten"], kinds={"Gerrit van Houten": "person"})
# A newspaper's word alone after the article is a paper's name ("The
# Times"); "the journal X" names a journal, as "the newspaper X" does.
actors_case("kinds.newspaper-word-alone",
            "In January 1923 Carnarvon sold the story to The Herald.", "sold",
            ["Herald"], kinds={"Herald": "media"})
actors_case("kinds.journal-noun-before",
            "The journal Tumour Letters withdrew the article on Monday, June 9, 2025.", "withdrew",
            ["Tumour Letters"], kinds={"Tumour Letters": "media"})
# A body's word alone after the article names a body ("the Senate"), and
# the head word before "of" names the body named with it before ("the
# Academy of Sciences ... the Academy").
actors_case("kinds.body-word-alone",
            "That October the Senate proclaimed Ivor emperor.", "proclaimed",
            ["Senate"], kinds={"Senate": "government"})
actors_case("names.head-before-of-names-the-body",
            "In 1735 the Academy of Letters sent Varenne to Quito. "
            "In the spring of 1745 he read his account to the Academy.", "read",
            ["Academy of Letters"], kinds={"Academy of Letters": "institution"})
actors_case("names.firm-without-its-suffix-word",
            "Halvex sold its branches to Eastfield Meridian Bancorp on Monday, June 9, 2025. "
            "Eastfield Meridian closed nine of them on Tuesday, June 10, 2025.", "closed",
            ["Eastfield Meridian Bancorp"], kinds={"Eastfield Meridian Bancorp": "company"})

# kinds17: one written rule for agencies (tests/events_gold/README.md,
# Actors): a government's ministries and departments, its legislatures and
# the councils that govern a place are "government"; its agencies,
# regulators, commissions, authorities, offices and services, and its
# courts, are institutions; armed forces are groups.
actors_case("kinds.administration-is-an-institution",
            "The Federal Rail Safety Administration grounded Halvex on Monday, June 9, 2025.",
            "grounded", ["Federal Rail Safety Administration"],
            kinds={"Federal Rail Safety Administration": "institution"})
actors_case("kinds.commission-is-an-institution",
            "The Varde Energy Commission fined Tarn Mills on Monday, June 9, 2025.", "fined",
            ["Varde Energy Commission"], kinds={"Varde Energy Commission": "institution"})
actors_case("kinds.service-is-an-institution",
            "Ostby Fire and Rescue Service closed the road on Monday, June 9, 2025.", "closed",
            ["Ostby Fire and Rescue Service"], kinds={"Ostby Fire and Rescue Service": "institution"})
actors_case("kinds.supreme-court-is-an-institution",
            "The Supreme Court struck down the ban on Monday, June 9, 2025.", "struck",
            ["Supreme Court"], kinds={"Supreme Court": "institution"})
actors_case("kinds.ministry-stays-government",
            "The Ministry of Rural Roads fined Tarn Mills on Monday, June 9, 2025.", "fined",
            ["Ministry of Rural Roads"], kinds={"Ministry of Rural Roads": "government"})
actors_case("kinds.city-council-stays-government",
            "The Varde City Council approved the budget on Monday, June 9, 2025.", "approved",
            ["Varde City Council"], kinds={"Varde City Council": "government"})
actors_case("kinds.national-guard-is-a-group",
            "The National Guard cleared the highway on Monday, June 9, 2025.", "cleared",
            ["National Guard"], kinds={"National Guard": "group"})

# kinds18: a two-word head of the gazetteer is read in a two-word name too
# ("Royal Society" alone is no "Society": royal societies of learning are
# institutions).
actors_case("kinds.royal-society-alone-is-an-institution",
            "The Royal Society awarded Tarn Mills a medal on Monday, June 9, 2025.", "awarded",
            ["Royal Society"], kinds={"Royal Society": "institution"})
actors_case("kinds.royal-society-of-is-an-institution",
            "The Royal Society of Varde awarded Tarn Mills a medal on Monday, June 9, 2025.",
            "awarded", ["Royal Society of Varde"], kinds={"Royal Society of Varde": "institution"})
# kinds18: "which" taking up a name: a business's verb after "has" or
# "had" ("which has made bottles") or "grows" is a company's; "which
# represents" people is a union's or an association's.
actors_case("kinds.which-has-made-company",
            "Tarn Glassworks, which has made bottles since 1919, shut its kiln on Monday, June 9, 2025.",
            "shut", ["Tarn Glassworks"], kinds={"Tarn Glassworks": "company"})
actors_case("kinds.which-grows-company",
            "Varde Orchards, which grows cherries on 300 hectares, stopped picking on Monday, June 9, "
            "2025.", "stopped", ["Varde Orchards"], kinds={"Varde Orchards": "company"})
actors_case("kinds.which-represents-organization",
            "Tarnwork, which represents 900 of the plant's staff, called a strike on Monday, June 9, "
            "2025.", "called", ["Tarnwork"], kinds={"Tarnwork": "organization"})
actors_case("kinds.which-has-other-verb-no-company",
            "Varde Kettering, which has written six novels, won the prize on Monday, June 9, 2025.",
            "won", ["Varde Kettering"], kinds={"Varde Kettering": "person"})
# kinds18: an agency or a regulator in apposition is an institution, after
# "the", "a" or a possessive name ("X, Chile's disaster agency,", "X, the
# province's investment agency,").
actors_case("kinds.apposition-possessive-agency",
            "Tarnavet, Varde's food safety agency, ordered a recall on Monday, June 9, 2025.",
            "ordered", ["Tarnavet"], kinds={"Tarnavet": "institution"})
actors_case("kinds.apposition-the-possessive-agency",
            "Investir Varde, the province's investment agency, lent Tarn Mills 12 million dollars on "
            "Monday, June 9, 2025.", "lent", ["Investir Varde"], kinds={"Investir Varde": "institution"})
actors_case("kinds.apposition-possessive-brewer",
            "Tarnbrau, Varde's oldest brewer, cut 90 jobs on Monday, June 9, 2025.",
            "cut", ["Tarnbrau"], kinds={"Tarnbrau": "company"})
# kinds24: a body referred back to in the name's own sentence: "its"
# in the clause the name opens, before any other noun phrase ("X turned
# two of its tankers back"), or ", and the firm" as the subject of a
# clause joined on; not after a verb of holding a post ("became its chief
# engineer"), nor when the name is no subject ("sell the X to cover its
# debts"), nor past a person's pronoun.
actors_case("kinds.its-refers-back-company",
            "The Norwegian shipper Tarn Freight turned two of its tankers back on Monday, June 9, 2025.",
            "turned", ["Tarn Freight"], kinds={"Tarn Freight": "company"})
actors_case("kinds.its-after-post-person",
            "Varde Kettering became its chief engineer on Monday, June 9, 2025.", "became",
            ["Varde Kettering"], kinds={"Varde Kettering": "person"})
actors_case("kinds.its-object-no-company",
            "Varde Kettering sued Tarn Hollis to recover its debts on Monday, June 9, 2025.", "sued",
            ["Varde Kettering", "Tarn Hollis"], kinds={"Tarn Hollis": "person"})
actors_case("kinds.and-the-firm-refers-back-company",
            "The council paid a contractor, Tarn Civil, without a tender in 2024, and the firm was "
            "paid again on Monday, June 9, 2025.", "paid", ["Tarn Civil"],
            kinds={"Tarn Civil": "company"})
actors_case("kinds.and-the-firm-past-pronoun-person",
            "The council paid Varde Kettering, and he left, and the firm was paid again on Monday, "
            "June 9, 2025.", "paid", ["Varde Kettering"], kinds={"Varde Kettering": "person"})
actors_case("kinds.and-the-firm-takes-up-person",
            "An inquiry blamed Tarn Hollis in 2024, and the company dismissed him on Monday, June 9, "
            "2025.", "blamed", ["Tarn Hollis"], kinds={"Tarn Hollis": "person"})
# kinds24: head words of the gazetteer: a police force named in full is an
# institution, a consortium and a synod organizations, a works a firm.
actors_case("kinds.police-force-institution",
            "The Varde Police Force opened a fraud inquiry on Monday, June 9, 2025.", "opened",
            ["Varde Police Force"], kinds={"Varde Police Force": "institution"})
actors_case("kinds.consortium-organization",
            "The Tarn Sky Consortium, which runs the observatory, stopped the survey on Monday, June 9, "
            "2025.", "stopped", ["Tarn Sky Consortium"], kinds={"Tarn Sky Consortium": "organization"})
actors_case("kinds.synod-organization",
            "The Varde Synod voted to ordain women on Monday, June 9, 2025.", "voted",
            ["Varde Synod"], kinds={"Varde Synod": "organization"})
actors_case("kinds.works-company",
            "Tarn Iron Works shut the foundry on Monday, June 9, 2025.", "shut",
            ["Tarn Iron Works"], kinds={"Tarn Iron Works": "company"})
# kinds25: a firm named for the trade it does, buying, selling or carrying
# goods: "Import", "Trading", "Exchange", "Brokers", "Exporters", "Forwarders"
actors_case("kinds.trade-import-company",
            "An Italian distributor, Ferrante Import of Milan, sued the winery on Monday, June 9, 2025.",
            "sued", ["Ferrante Import"], kinds={"Ferrante Import": "company"})
actors_case("kinds.trade-exchange-company",
            "Kestrel Exchange froze withdrawals at 3 a.m. on Sunday, June 8, 2025.", "froze",
            ["Kestrel Exchange"], kinds={"Kestrel Exchange": "company"})
actors_case("kinds.trade-brokers-company",
            "Mombasa Coffee Brokers suspended sales on Wednesday, June 11, 2025.", "suspended",
            ["Mombasa Coffee Brokers"], kinds={"Mombasa Coffee Brokers": "company"})
# kinds25: a vessel's noun said of a name in more shapes: a flagship or a
# caravel, a measure before the noun ("a 40-foot yacht"), and over a given
# name that opens the vessel's name ("the yacht Marie Galante")
actors_case("kinds.flagship-apposition-other",
            "Vasco sailed on Monday, June 9, 2025, with his flagship, the Santa Luzia, and two caravels.",
            "sailed", ["Santa Luzia"], kinds={"Santa Luzia": "other"})
actors_case("kinds.measure-apposition-other",
            "The Marlin Rose, a 40-foot yacht, sank on Tuesday, June 10, 2025.", "sank",
            ["Marlin Rose"], kinds={"Marlin Rose": "other"})
actors_case("kinds.vessel-over-given-name",
            "The yacht Marie Galante capsized off Brest on Tuesday, June 10, 2025.", "capsized",
            ["Marie Galante"], kinds={"Marie Galante": "other"})
# kinds25: a bank's word makes a lender unless the words around say the
# bank is the state's: "the central bank" in apposition, or a currency's
# rate moved ("raised its base rate"); a lender's rates stay a firm's
actors_case("kinds.central-bank-apposition",
            "The Bank of Mauritius, the central bank, told lenders to freeze the accounts on Friday, June 13, 2025.",
            "told", ["Bank of Mauritius"], kinds={"Bank of Mauritius": "institution"})
actors_case("kinds.central-bank-rate",
            "The National Bank of Romania cut its key rate to 6 percent on Tuesday, June 10, 2025.", "cut",
            ["National Bank of Romania"], kinds={"National Bank of Romania": "institution"})
actors_case("kinds.lender-rate-company",
            "Lakeshore Savings Bank raised its mortgage rates on Monday, June 9, 2025.", "raised",
            ["Lakeshore Savings Bank"], kinds={"Lakeshore Savings Bank": "company"})
# kinds25: one named by a title "of" a place is a person, not a body named
# for its place (a rank written before "of" too: "Marquis", "Elector"), and
# so is one whom "his", "her" or a name owns by an agent noun ("His
# follower Jerome of Prague"); not by a firm's ("his employer")
actors_case("kinds.title-of-place-person",
            "Philip gave the command to the Count of Barcelona on Monday, June 9, 2025.", "gave",
            ["Count of Barcelona"], kinds={"Count of Barcelona": "person"})
actors_case("kinds.rank-of-place-person",
            "The Elector of Saxony refused the demand on Monday, June 9, 2025.", "refused",
            ["Elector of Saxony"], kinds={"Elector of Saxony": "person"})
actors_case("kinds.title-of-long-place-person",
            "Philip gave the command to the Marquis of Santa Elena on Monday, June 9, 2025.", "gave",
            ["Marquis of Santa Elena"], kinds={"Marquis of Santa Elena": "person"})
actors_case("kinds.owned-follower-person",
            "His follower Gerolf of Vienna was burned on Monday, June 9, 2025.", "burned",
            ["Gerolf of Vienna"], kinds={"Gerolf of Vienna": "person"})
# kinds25: an armed force by its last words ("Force", "Forces", "Marines",
# "Guard"), a group; a coast's or a border's guard an institution
actors_case("kinds.self-defense-force-group",
            "The Japan Maritime Self-Defense Force sent two ships on Monday, June 9, 2025.", "sent",
            ["Japan Maritime Self-Defense Force"], kinds={"Japan Maritime Self-Defense Force": "group"})
actors_case("kinds.air-force-group",
            "The Royal Thai Air Force flew supplies to the town on Monday, June 9, 2025.", "flew",
            ["Royal Thai Air Force"], kinds={"Royal Thai Air Force": "group"})
actors_case("kinds.border-guard-institution",
            "Officers of the Latvian Border Guard stopped a car on Monday, June 9, 2025.", "stopped",
            ["Latvian Border Guard"], kinds={"Latvian Border Guard": "institution"})
# kinds25: after the article, one word that ends as a people's or a
# faction's plural ("-ians", "-eans", "-ites") is a group
actors_case("kinds.people-plural-group",
            "The Carthaginians besieged Saguntum on Monday, June 9, 2025.", "besieged",
            ["Carthaginians"], kinds={"Carthaginians": "group"})
# kinds26: a unit of a state's own government heads the name, before "of"
# ("Region of ...", "Canton of ...", "Municipality of ...") or last
# ("... Rural Municipality"): it acts as that place's government
actors_case("kinds.region-of-government",
            "The Region of Western Macedonia closed all schools on Monday, June 9, 2025.", "closed",
            ["Region of Western Macedonia"], kinds={"Region of Western Macedonia": "government"})
actors_case("kinds.canton-of-government",
            "The Canton of Uri closed the pass road on Monday, June 9, 2025.", "closed",
            ["Canton of Uri"], kinds={"Canton of Uri": "government"})
actors_case("kinds.municipality-last-government",
            "Sankt Moritz Municipality approved the new budget on Monday, June 9, 2025.", "approved",
            ["Sankt Moritz Municipality"], kinds={"Sankt Moritz Municipality": "government"})
# kinds26: in a report of a sport (three or more of "league", "squad",
# "fans", "wickets" ...), a name of two or three words no given name opens
# is a club's when a person's could not stand so: after the article, with
# a town's club word last, taken up by "their", or holding a town (known,
# or the dateline's); a player stays a person
actors_case("kinds.club-after-article",
            "The Mumbai Monsoons won the tournament on Sunday, June 8, 2025. Their captain took five "
            "wickets, and the fans stormed the stadium.", "won",
            ["Mumbai Monsoons"], kinds={"Mumbai Monsoons": "organization"})
actors_case("kinds.club-their",
            "Dynamo Varna sacked their coach on Monday, June 9, 2025, after a fourth defeat in the league. "
            "The club's fans had booed the team for weeks.", "sacked",
            ["Dynamo Varna"], kinds={"Dynamo Varna": "organization"})
actors_case("kinds.club-dateline-town",
            "ODESA, Ukraine, June 9, 2025 — Chornomorets Odesa beat Zorya Luhansk on Sunday and moved second "
            "in the league. The coach praised his squad, and the fans sang.", "beat",
            ["Chornomorets Odesa"], kinds={"Chornomorets Odesa": "organization"})
actors_case("kinds.club-town-united",
            "Reid scored twice as Kelso won the cup on Saturday, June 7, 2025. He joined Kelso from Perth "
            "United last summer. The fans cheered the team home.", "joined",
            ["Perth United"], kinds={"Perth United": "organization"})
actors_case("kinds.club-text-player-stays-person",
            "Tiago Vilela and Rui Sancho won their doubles match on Sunday, June 8, 2025. The fans stayed in "
            "the stadium, and the coach of the team smiled.", "won",
            ["Tiago Vilela", "Rui Sancho"], kinds={"Tiago Vilela": "person", "Rui Sancho": "person"})
# kinds26: a body of several states, opened by a continent's or the
# world's word and headed by an agency's, a council's, a union's, a fund's
# or a federation's word, or a development or investment bank, is an
# organization; a central bank of several states stays an institution
actors_case("kinds.development-bank-several-states",
            "The Caribbean Development Bank lent Belize 20 million dollars on Monday, June 9, 2025.", "lent",
            ["Caribbean Development Bank"], kinds={"Caribbean Development Bank": "organization"})
actors_case("kinds.agency-several-states",
            "The International Energy Agency cut its forecast on Monday, June 9, 2025.", "cut",
            ["International Energy Agency"], kinds={"International Energy Agency": "organization"})
actors_case("kinds.council-several-states",
            "The World Rowing Council suspended two crews on Monday, June 9, 2025.", "suspended",
            ["World Rowing Council"], kinds={"World Rowing Council": "organization"})
# kinds18: two capitalised words run together take the kind of the
# second when it is a body's word ("AfricaMuseum", "NewsGuild"); "Guild"
# is an organisation's word; a person's "MacAllister" stays a person's.
actors_case("kinds.compound-museum-institution",
            "The VardeMuseum returned 84 objects to Congo on Monday, June 9, 2025.", "returned",
            ["VardeMuseum"], kinds={"VardeMuseum": "institution"})
actors_case("kinds.compound-guild-organization",
            "The Tarn Valley NewsGuild called a strike on Monday, June 9, 2025.", "called",
            ["Tarn Valley NewsGuild"], kinds={"Tarn Valley NewsGuild": "organization"})
actors_case("kinds.compound-person-unchanged",
            "Heather MacAllister won the race on Monday, June 9, 2025.", "won",
            ["Heather MacAllister"], kinds={"Heather MacAllister": "person"})
# kinds18: a board named by what it governs alone ("the Board of Trade")
# is a government's, as the gold README lists it; "X Board of Y" and "X
# Board" stay agencies (institutions).
actors_case("kinds.board-of-government",
            "The Board of Fisheries closed the bay on Monday, June 9, 2025.", "closed",
            ["Board of Fisheries"], kinds={"Board of Fisheries": "government"})
actors_case("kinds.general-board-of-institution",
            "The General Board of Fisheries closed the bay on Monday, June 9, 2025.", "closed",
            ["General Board of Fisheries"], kinds={"General Board of Fisheries": "institution"})
# kinds18: the gazetteer's whole names follow the same rule (a central
# bank, a coast guard and an agency are institutions; the Army Corps of
# Engineers above).
actors_case("kinds.federal-reserve-institution",
            "The Federal Reserve raised its rate on Monday, June 9, 2025.", "raised",
            ["Federal Reserve"], kinds={"Federal Reserve": "institution"})
actors_case("kinds.coast-guard-institution",
            "The Coast Guard rescued the crew on Monday, June 9, 2025.", "rescued",
            ["Coast Guard"], kinds={"Coast Guard": "institution"})
actors_case("kinds.church-of-organization",
            "The Church of Varde sold the chapel on Monday, June 9, 2025.", "sold",
            ["Church of Varde"], kinds={"Church of Varde": "organization"})
# kinds20: "who" or "whom" taking up a name makes it a person's, in its
# own sentence or another ("Tenzing, who had lived in Darjeeling", "a
# founder named Orban, whom the emperor could not afford"); not after
# "of", where it takes up the noun before ("the people of Venice, who"),
# nor after "the" (a people: "the Athenians, who"), nor in apposition
# ("Supreme Commander, Korea, who": WikiWars).
actors_case("kinds.who-person",
            "Tarnok, who had lived in Varde since 1930, won the prize on Monday, June 9, 2025.", "won",
            ["Tarnok"], kinds={"Tarnok": "person"})
actors_case("kinds.whom-person-later-sentence",
            "On Monday, June 9, 2025, Tarnok beat the hosts. Tarnok, whom the club could not afford "
            "to keep, left.", "beat", ["Tarnok"], kinds={"Tarnok": "person"})
actors_case("kinds.no-relative-stays-other",
            "On Monday, June 9, 2025, Tarnok beat the hosts.", "beat", ["Tarnok"],
            kinds={"Tarnok": "other"})
actors_case("kinds.who-after-of-not-the-place",
            "On Monday, June 9, 2025, the people of Venice, who had waited for days, welcomed Tarnok.",
            "welcomed", ["Venice"], kinds={"Venice": "government"})
actors_case("kinds.who-after-the-a-people",
            "On Monday, June 9, 2025, the Varderians, who had waited for days, welcomed Tarnok.",
            "welcomed", ["Varderians"], kinds={"Varderians": "group"})  # a people (kinds25), never a person
actors_case("kinds.who-after-apposition-comma",
            "On Monday, June 9, 2025, Tarnok named Ansel Brook as Supreme Commander, Venice, who then "
            "left.", "named", ["Venice"], kinds={"Venice": "government"})
# kinds20: what an apposition says a body is outweighs a government's
# head word of its name ("The Commercial Affairs Department, the police
# unit that ...", "Halcyon House, the publishing arm of the media group
# X", also when a mention before named it first); not an agency's or a
# central bank's ("the Federal Reserve, the central bank,"), and a noun
# before a noun of a kind is its modifier ("the police chief").
actors_case("kinds.apposition-police-unit-institution",
            "The Varde Affairs Department, the police unit that investigates fraud, searched the offices "
            "of Tarn Mills on Monday, June 9, 2025.", "searched", ["Varde Affairs Department"],
            kinds={"Varde Affairs Department": "institution"})
actors_case("kinds.apposition-arm-of-group-later-mention",
            "Tarnbury House dropped a memoir on Monday, June 9, 2025. Tarnbury House, the publishing arm "
            "of the media group Varde & Sons, cancelled a second memoir on Tuesday, June 10, 2025.",
            "dropped", ["Tarnbury House"], kinds={"Tarnbury House": "company"})
actors_case("kinds.apposition-central-bank-stays-institution",
            "The Federal Reserve, the central bank, raised its rate on Monday, June 9, 2025.", "raised",
            ["Federal Reserve"], kinds={"Federal Reserve": "institution"})
actors_case("kinds.apposition-police-chief-person",
            "Tarnok, the police chief, closed the bay on Monday, June 9, 2025.", "closed", ["Tarnok"],
            kinds={"Tarnok": "person"})
# kinds21: after "the" (and a capitalised adjective), a name that "brothers"
# or "sisters" follows names a family, a group, and one that "project"
# follows names a body, an organization ("the Montgolfier brothers flew",
# "the European Beyond EPICA project drilled"); not without the article.
actors_case("kinds.head-noun-brothers-group",
            "On Monday, June 9, 2025, the Tarnok brothers flew a balloon over Varde.", "flew",
            ["Tarnok"], kinds={"Tarnok": "group"})
actors_case("kinds.head-noun-project-organization",
            "On Monday, June 9, 2025, the European Tarnok Vale project drilled a core at Varde.",
            "drilled", ["Tarnok Vale"], kinds={"Tarnok Vale": "organization"})
actors_case("kinds.head-noun-without-article-default",
            "On Monday, June 9, 2025, Tarnok Vale project leaders drilled a core at Varde, and "
            "Tarnok Vale said so.", "said", ["Tarnok Vale"], kinds={"Tarnok Vale": "person"})
# kinds21: a council or a foundation of one field that "National" or a
# nationality's word names is the state's agency, an institution ("Dutch
# Research Council", "National Science Foundation"); a place's council
# governs it ("Varde Town Council").
actors_case("kinds.national-council-institution",
            "The Dutch Tarnok Council froze three grants on Monday, June 9, 2025.", "froze",
            ["Dutch Tarnok Council"], kinds={"Dutch Tarnok Council": "institution"})
actors_case("kinds.national-foundation-institution",
            "The National Tarnok Foundation froze three grants on Monday, June 9, 2025.", "froze",
            ["National Tarnok Foundation"], kinds={"National Tarnok Foundation": "institution"})
actors_case("kinds.place-council-government",
            "The Varde Town Council froze three grants on Monday, June 9, 2025.", "froze",
            ["Varde Town Council"], kinds={"Varde Town Council": "government"})
# kinds21: a plural noun before an apposition's comma that "the", "other"
# or a name opens gives its kind to the names after it ("Two other Harlan
# papers, the Kenosha Beacon and ...", "the schools, Whitworth Heights and
# ..."); not the plural that ends a phrase before the subject ("to build
# effective warships, the Confederacy attempted": WikiWars).
actors_case("kinds.plural-apposition-media",
            "Two other Tarnok papers, the Varde Beacon and the Holm Star, closed on Monday, June 9, 2025.",
            "closed", ["Varde Beacon"], kinds={"Varde Beacon": "media"})
actors_case("kinds.plural-apposition-institution",
            "On Monday, June 9, 2025, the schools, Varde Heights and Holm Creek, closed their gates.",
            "closed", ["Varde Heights"], kinds={"Varde Heights": "institution"})
actors_case("kinds.plural-ending-phrase-default",
            "Lacking the money to build new warships, the Varde Holm hired two boats on Monday, June 9, 2025.",
            "hired", ["Varde Holm"], kinds={"Varde Holm": "person"})
# kinds20: a name whose last word is the plural of an agent noun that the
# text also writes in lower case ("United Auto Workers ... workers") names
# a body of those people, not a person; not when the text never writes it
# so, nor a plural of things ("Varde Ferries ... ferries").
actors_case("kinds.agent-plural-in-lower-case-organization",
            "Staff at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025. The "
            "firm had promised workers a raise.", "voted", ["Varde Metal Workers"],
            kinds={"Varde Metal Workers": "organization"})
actors_case("kinds.agent-plural-never-in-lower-case-default",
            "Staff at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025. The "
            "firm had promised staff a raise.", "voted", ["Varde Metal Workers"],
            kinds={"Varde Metal Workers": "person"})
# xspeed21: the text's lower-case plurals are found from the "s" that
# ends them: the text's last word, one before an apostrophe and one that
# opens the text count; one after a hyphen ("co-workers") does not.
actors_case("kinds.agent-plural-lower-case-last-word",
            "Staff at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025. The "
            "firm had promised a raise to its workers", "voted", ["Varde Metal Workers"],
            kinds={"Varde Metal Workers": "organization"})
actors_case("kinds.agent-plural-lower-case-before-apostrophe",
            "Staff at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025. The "
            "firm had cut the workers' pay.", "voted", ["Varde Metal Workers"],
            kinds={"Varde Metal Workers": "organization"})
actors_case("kinds.agent-plural-lower-case-first-word",
            "workers at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025.",
            "voted", ["Varde Metal Workers"], kinds={"Varde Metal Workers": "organization"})
actors_case("kinds.agent-plural-after-hyphen-default",
            "Staff at Tarn Mills voted to join the Varde Metal Workers on Monday, June 9, 2025. The "
            "firm had promised co-workers a raise.", "voted", ["Varde Metal Workers"],
            kinds={"Varde Metal Workers": "person"})
actors_case("kinds.plural-of-things-default",
            "Staff at Tarn Mills hired Varde Ferries on Monday, June 9, 2025. The firm had three ferries.",
            "hired", ["Varde Ferries"], kinds={"Varde Ferries": "person"})

# actors17: a capital after the article that opens a sentence is a name's
# own, whether or not the name is seen elsewhere ("The Titanic struck");
# "Directorate" is a body's word, so "for" joins its name.
actors_case("names.one-word-after-opening-article",
            "The Marinus struck a reef off Crete on April 14, 1912.", "struck",
            ["Marinus"], kinds={"Marinus": "other"})
actors_case("names.common-word-opening-still-dropped",
            "Yesterday the council closed the bridge on Monday, June 9, 2025.", "closed",
            [], not_want=["Yesterday"])
actors_case("names.directorate-for",
            "The Directorate for Coastal Heritage sent two conservators to the pier on Monday, June 9, 2025.",
            "sent", ["Directorate for Coastal Heritage"],
            kinds={"Directorate for Coastal Heritage": "institution"})
# A structure's name, or the name of an event a body holds, that opens
# the sentence and acts on an object names who runs it; a storm's or a
# war's does not, nor a structure that only opens.
actors_case("names.structure-acts-on-object",
            "Lakeport Regional Airport canceled all flights on Monday, June 9, 2025.", "canceled",
            ["Lakeport Regional Airport"], kinds={"Lakeport Regional Airport": "other"})
actors_case("names.held-event-acts-on-object",
            "The Vardal Film Festival withdrew the documentary on Wednesday, June 11, 2025.", "withdrew",
            ["Vardal Film Festival"], kinds={"Vardal Film Festival": "organization"})
# ... and so does one that opens its clause after a comma (an opening
# phrase, an apposition's close), with a count or a verb's -ing form as
# what it does ("put two extra dogs", "began collecting"); a structure
# after a comma that is only where something happens names no one.
actors_case("names.structure-after-opening-phrase-acts",
            "After the storm, Lakeport Regional Airport put three extra buses on the route on Monday, June 9, 2025.",
            "buses", ["Lakeport Regional Airport"])
actors_case("names.structure-in-apposition-acts",
            "A tenants' group, Harbour Watch, began handing out leaflets on Tuesday, June 10, 2025.",
            "leaflets", ["Harbour Watch"])
actors_case("names.structure-after-comma-as-a-place",
            "The buses waited for an hour on Monday, June 9, 2025, near Lakeport Regional Airport.",
            "waited", [], not_want=["Lakeport Regional Airport"])
actors_case("names.storm-acts-for-no-one",
            "Storm Elin cut power to the town on Sunday, June 8, 2025.", "cut",
            [], not_want=["Storm Elin"])
actors_case("names.structure-that-opens-names-no-one",
            "The Lindmark Canal opened to traffic on Sunday, June 8, 2025.", "opened",
            [], not_want=["Lindmark Canal"])

# A verb phrase after ", and" (", but", ";") whose subject is the clause
# before's is a happening of its own: its names are its own, its subject
# the clause before's doer, its date the part before's; not after "then".
clause_case("clauses.shared-subject-verb-own-object",
            "On May 14, 1796, Edward Jenner scraped matter from a sore on a milkmaid, Sarah Nelmes, and "
            "inoculated James Phipps through two small cuts.", "inoculated",
            ["Edward Jenner", "James Phipps"], ["Sarah Nelmes"], anchor="1796-06-01")
clause_case("clauses.shared-subject-verb-first-part",
            "On May 14, 1796, Edward Jenner scraped matter from a sore on a milkmaid, Sarah Nelmes, and "
            "inoculated James Phipps through two small cuts.", "scraped",
            ["Edward Jenner", "Sarah Nelmes"], ["James Phipps"], anchor="1796-06-01")


def part_starting(events, text, words):
    """The event whose own span opens with `words`, or None."""
    raw = text.encode("utf-8")
    for e in events:
        if raw[e["start"]["offset"]:e["end"]["offset"]].decode("utf-8").startswith(words):
            return e
    return None


_shared_cases = [
    # (name, text, anchor, the part's opening words, its date or None for no such part)
    ("clauses.shared-verb-then-stays",
     "In 1519 the fleet left Seville. It crossed the Atlantic, anchored in the bay of Rio, and then worked "
     "south along the coast.", "1519-12-01", "then worked", None),
    ("clauses.shared-verb-after-content-clause-stays",
     "AUSTIN, May 16, 2026 \u2014 A jury found on Wednesday that Halden Mobile's phones copy a method patented "
     "by Voltrix Labs, and ordered the phone maker to pay 212 million dollars.", "2026-05-16", "ordered", None),
    ("clauses.shared-verb-date-of-part-before",
     "In 1797 Jenner wrote a paper. Cowpox had vanished that year, so he waited until it came back in the "
     "spring of 1798, and vaccinated several more children.", "1799-01-01", "vaccinated", "1798-21"),
    ("clauses.shared-verb-undated-sentence",
     "TULLAMORE, June 24, 2026 \u2014 A farmer found a gold collar on June 16. Mr. Furlong switched off the "
     "engine, wrapped the collar in his coat, and rang the Garda station.", "2026-06-24", "rang", "2026-06-16"),
    ("clauses.shared-verb-after-counted-part",
     "PARIS, March 3, 2026 \u2014 The firm said on Tuesday that it had closed its plant. The decision came two "
     "days after the chief executive, Anna Berg, met the buyer Nordwerk in Hamburg, and signed a new "
     "contract.", "2026-03-03", "signed", "2026-03-03"),
    # a verb that tells what did not happen stays with the act before
    ("clauses.shared-verb-non-occurrence-stays",
     "PARIS, March 3, 2026 \u2014 The chief executive, Anna Berg, met the buyer Nordwerk in Hamburg on "
     "Monday, and failed to agree on a new price.", "2026-03-03", "failed", None),
    # after a bare "and": a past verb with its subject left out, an object
    # of its own and a name after it is a happening of its own ("and handed
    # it to the FDIC"), not after a verb ("bought and sold"), not a verb of
    # non-occurrence ("and failed", "and spared X"), of saying or promising
    # ("and promised X"), nor one without an object ("and crashed into the
    # Norwegian Sea"), nor a participle with its agent ("and led by X"); a
    # duration inside its complement is a deadline, not its reach
    ("clauses.bare-and-shared-verb",
     "PARIS, March 3, 2026 \u2014 Regulators closed Lakeshore Bank on Friday and handed it to the "
     "Federal Deposit Insurance Corporation.", "2026-03-03", "handed", "2026-02-27"),
    ("clauses.bare-and-after-verb-stays",
     "PARIS, March 3, 2026 \u2014 Ada Voss bought and sold the press on Friday.", "2026-03-03", "sold", None),
    ("clauses.bare-and-non-occurrence-stays",
     "In 1587 the siege ended. The duke hanged six councillors the next morning and spared Tomas Brel.",
     "1588-01-01", "spared", None),
    ("clauses.bare-and-agent-stays",
     "PARIS, March 3, 2026 \u2014 The inquiry was ordered by the Senate on Friday, and led by Ada Voss, a "
     "judge.", "2026-03-03", "led by", None),
    ("clauses.bare-and-speech-act-stays",
     "PARIS, March 3, 2026 \u2014 Prime Minister Anton Weber visited the town on Friday and promised "
     "Kelstow emergency funds.", "2026-03-03", "promised", None),
    ("clauses.bare-and-no-object-stays",
     "OSLO, June 10, 2026 \u2014 The rocket tumbled back on Tuesday and crashed into the Norwegian Sea.",
     "2026-06-10", "crashed", None),
    ("clauses.bare-and-no-name-stays",
     "PARIS, March 3, 2026 \u2014 The Cave Rescue Team reached the group on Monday and found all five "
     "unhurt.", "2026-03-03", "found", None),
    ("clauses.bare-and-complement-deadline",
     "DUBLIN, June 17, 2026 \u2014 The regulator opened an investigation on Monday and ordered Kestrel to "
     "hand over its network logs within ten days.", "2026-06-17", "ordered", "2026-06-15"),
]
for name, text, anchor, words, want in _shared_cases:
    _, events = extract(text, anchor)
    e = part_starting(events, text, words)
    check(name, (e is None) if want is None else (e is not None and e["date"] == want),
          repr([(x["date"], x["label"]) for x in events]))

# the part that wrote the date, not the verb phrase split off it, is what
# a count in the next sentence follows
_text = ("On September 9, 1899, the judges found him guilty a second time, and cut his sentence to ten "
         "years. Ten days later President Emile Loubet pardoned him.")
_, events = extract(_text, "1900-01-01")
_found, _pardon = part_starting(events, _text, "On September 9"), part_starting(events, _text, "Ten days")
check("relations.sequel-from-part-with-date",
      _found is not None and _pardon is not None and _found.get("relation") == "precedes" and
      _found.get("target") == _pardon["id"], repr(events))

# a part whose subject is left out is labelled with the subject before,
# its own words cut before their last prepositional phrases to fit ten
# words (never inside "of" a noun's phrase)
_label_cases = [
    ("headline.shared-subject-cut-at-preposition",
     "On May 14, 1796, Edward Jenner scraped matter from a sore on a milkmaid, Sarah Nelmes, and "
     "inoculated James Phipps through two small cuts in the arm.", "inoculated",
     "Edward Jenner inoculated James Phipps through two small cuts"),
    ("headline.shared-subject-not-cut-at-of",
     "In March 1915 the crew left the ship, and drifted north-west with the ice through the months of "
     "darkness.", "drifted", "The crew drifted north-west with the ice"),
]
for name, text, words, want in _label_cases:
    _, events = extract(text, "1920-01-01")
    e = part_starting(events, text, words)
    got = e and e["label"]
    check(name, got == want and not score.headline_failures(got, e["quote"]), repr(got))

# the part split off a bare "and" keeps its own names and the doer before
clause_case("clauses.bare-and-own-object",
            "In February 1924 work stopped, when Howard Carter quarrelled with the Egyptian government over "
            "visits to the tomb and handed the keys to the Antiquities Service.", "handed", ["Howard Carter"],
            ["Egyptian government"], anchor="1925-01-01")
clause_case("clauses.bare-and-first-part",
            "On Friday Ohio regulators closed Lakeshore Savings Bank and handed it to the Federal Deposit "
            "Insurance Corporation.", "closed", ["Lakeshore Savings Bank"],
            ["Federal Deposit Insurance Corporation"], anchor="2026-03-14")

# the label of a part split off a bare "and" takes the subject of the part
# just before it; after ", and" the main clause's; an adverb before the
# first verb stays out of it
_label_cases = [
    ("headline.bare-and-subject-of-part-before",
     "Work stopped again in February 1924, when Carter quarrelled with the Egyptian government over visits "
     "to the tomb and handed the keys to the Antiquities Service.", "1925-01-01", "handed",
     "Carter handed the keys to the Antiquities Service"),
    ("headline.comma-and-subject-of-main-clause",
     "BUFFALO, January 19, 2026 \u2014 Governor Claire Hollister declared a state of emergency on Sunday "
     "afternoon, hours before the first bands arrived, and deployed 300 National Guard members the next "
     "morning.", "2026-01-19", "deployed", "Governor Claire Hollister deployed 300 National Guard members"),
    ("headline.no-lone-participle",
     "CLEVELAND, March 14, 2026 \u2014 Ohio regulators closed Lakeshore Savings Bank on Friday and handed it "
     "to the Federal Deposit Insurance Corporation, ending a week in which customers pulled 900 million "
     "dollars out.", "2026-03-14", "handed",
     "Ohio regulators handed it to the Federal Deposit Insurance Corporation"),
    ("headline.subject-without-adverb",
     "In 1948 Brown quietly sold his plane and gave his medals to the Science Museum.", "1950-01-01", "gave",
     "Brown gave his medals to the Science Museum"),
    # a part that opens with its verb after a relative clause closed by a
    # comma: the words before ", who" as its subject, or its name alone
    # when the whole does not fit ten words
    ("headline.subject-before-relative",
     "OSLO, March 3, 2026 \u2014 The ferry line's owner, Ada Voss, who bought the company in 2019, resigned "
     "on Monday.", "2026-03-03", "resigned", "The ferry line's owner, Ada Voss, resigned"),
    ("headline.name-before-relative",
     "The chief engineer of the northern district, Olaf Berg, who joined the utility in 2011, said on Friday "
     "the dam had passed its inspection.", "2026-03-03", "said",
     "Olaf Berg said the dam had passed its inspection"),
    # a "that" inside a date is no content clause's; an apposition closed
    # before the verb stays in the subject
    ("headline.subject-before-date-that",
     "In 1455 Ada Voss sued the printer that autumn and won the press the following year.", "1460-01-01",
     "won", "Ada Voss won the press"),
    ("headline.subject-with-apposition",
     "The operator, Nordlys Ferries, suspended the route on Wednesday and said it would restore sailings by "
     "May 28.", "2026-05-01", "said", "The operator, Nordlys Ferries, said it would restore sailings"),
    # after ";" comes another clause: the label tells the first one's
    ("headline.first-clause-before-semicolon",
     "The crossing nearly killed them on June 2; snow fell, game was scarce, and the horses died.",
     "2026-06-01", "The crossing", "The crossing nearly killed them"),
    # labels17: a time zone goes with the clock time it names ("at 9 p.m.
    # Eastern Time", "at 6:42 p.m. CET"), a duration that is a verb's
    # object stays ("take six weeks"), one measured from another time
    # goes ("two days late"), and "told X | that ..." ends at the listener
    # when what was said does not fit
    ("headline.zone-name-with-clock-time",
     "Snow began falling at 9 p.m. Eastern Time on Sunday.", "2026-01-20",
     "Snow began", "Snow began falling"),
    ("headline.zone-abbreviation-with-clock-time",
     "The ship lost power at 6:42 p.m. CET on Tuesday.", "2026-01-20",
     "The ship", "The ship lost power"),
    ("headline.duration-object-kept",
     "On Monday, repairs to the ferry were expected to take six weeks.", "2026-01-20",
     "On Monday", "Repairs to the ferry were expected to take six weeks"),
    ("headline.duration-object-lasted",
     "In 1854 the siege that followed lasted almost a year.", "2026-01-20",
     "In 1854", "The siege that followed lasted almost a year"),
    ("headline.duration-before-late-dropped",
     "The ceremony took place two days late on May 10, 1869.", "2026-01-20",
     "The ceremony", "The ceremony took place"),
    ("headline.told-listener-before-long-that",
     "Ms. Berg told analysts on a call at 9 a.m. Central European Summer Time on Tuesday that the turbines now cost "
     "40 percent more than when the contract was signed in March 2023.", "2026-01-20",
     "Ms. Berg", "Ms. Berg told analysts on a call"),
]
for name, text, anchor, words, want in _label_cases:
    _, events = extract(text, anchor)
    e = part_starting(events, text, words)
    check(name, e is not None and e["label"] == want, repr([(x["date"], x["label"]) for x in events]))

# actors18: a title alone with no determiner before it is a family name
# when a person of that name came before ("Stanley Lord ... blamed Lord",
# "John King ... Burke, Wills and King"); after a determiner, or with no
# such person, it is an office and names no one.
actors_case("names.title-word-as-family-name",
            "The master, Edwin Duke, kept the ship in port. On May 28, 2025, the board "
            "blamed Duke for the delay.", "blamed", ["Edwin Duke"],
            kinds={"Edwin Duke": "person"})
actors_case("names.title-word-with-determiner-is-office",
            "The master, Edwin Duke, kept the ship in port. On May 28, 2025, the Duke "
            "of Ostrava blamed the crew.", "blamed", [], not_want=["Edwin Duke"])
actors_case("names.title-word-with-no-person-names-no-one",
            "On May 28, 2025, the board blamed King for the delay.", "blamed", [],
            not_want=["King"])

# actors18: a name after a preposition of place, the article, a noun and
# "of" says whose the place is ("in the bakery of Thomas Farriner", "in the
# courtyard of the Ecole Militaire"); it does not act there.  A name after
# "of" with no such preposition keeps its part ("hired the crew of ...").
actors_case("roles.owner-of-a-place-in-a-place-phrase",
            "On September 2, 1666, a fire broke out in the bakery of Thomas Farriner.",
            "fire broke out", [], not_want=["Thomas Farriner"])
actors_case("roles.owner-of-a-place-in-a-place-phrase-courtyard",
            "On January 5, 1895, the officer Alfred Dreyfus was stripped of his rank in the "
            "courtyard of the Ecole Militaire.", "stripped", [], not_want=["Ecole Militaire"])
actors_case("roles.of-phrase-without-a-place-preposition-kept",
            "On January 5, 1895, the minister Paul Rennes praised the work of Hugo Varenne.",
            "praised", ["Paul Rennes", "Hugo Varenne"])

# actors18: a post named before its holder in apposition names no one:
# a title that ends it ("the Wreck Commissioner, Lord Mersey,") or the
# place after "the curate of" ("The curate of St Luke's, Henry Whitehead,").
actors_case("roles.post-before-its-holder-title",
            "On May 2, 1912, the Board of Trade asked the Salvage Commissioner, Lord Ellery, "
            "to lead the inquiry.", "asked", ["Board of Trade", "Lord Ellery"],
            not_want=["Salvage Commissioner"])
actors_case("roles.post-before-its-holder-of-place",
            "On March 3, 1855, the curate of St Anne's, Henry Whitcombe, set out to prove "
            "the doctor wrong.", "set out", ["Henry Whitcombe"], not_want=["St Anne"])
actors_case("roles.post-before-its-holder-list-kept",
            "On May 3, 1912, Dorland Shipping, Henry Whitcombe and Anne Lisle signed the report.",
            "signed", ["Dorland Shipping", "Henry Whitcombe", "Anne Lisle"])
# names30: a title that opens the post before "of" ("the Bishop of
# Bangor, Rhys Meredydd,"), and a holder whose given name the gazetteer
# does not know, two to four capitalised words whose apposition a comma
# closes ("the prefect of Egypt, Quintus Varro Nepos, made"); a
# list's "and" after the comma keeps the names ("the Duke of Norland,
# Vesta Prime, and Korrin Lisle").
actors_case("roles.post-before-its-holder-title-of-place",
            "On March 3, 2031, the Bishop of Tallow, Eirwen Caddock, resigned from the college.",
            "resigned", ["Eirwen Caddock"], not_want=["Bishop of Tallow", "Tallow"])
actors_case("roles.post-before-its-holder-unknown-given-name",
            "On July 1, 69, the prefect of Egypt, Quintus Varro Nepos, made his troops "
            "swear allegiance.", "made", ["Quintus Varro Nepos"], not_want=["Egypt"])
actors_case("roles.post-before-its-holder-list-of-names-kept",
            "On May 3, 1912, the Duke of Norland, Vesta Prime, and Korrin Lisle signed the "
            "treaty.", "signed", ["Duke of Norland", "Vesta Prime", "Korrin Lisle"])

# actors18: subordinators, prepositions and quantifiers that open a
# sentence are no words of a name ("Because John would not ...",
# "Hundreds of porters carried ...").
actors_case("names.opening-subordinator-not-a-name",
            "Because Edmund would not sign the treaty, the pope placed the realm under an "
            "interdict in March 1208.", "interdict", [], not_want=["Because"])
actors_case("names.opening-subordinator-name-kept-for-later",
            "Because Edmund would not sign, the pope excommunicated him. Edmund gave way in "
            "May 1213.", "gave way", ["Edmund"], not_want=["Because"])
actors_case("names.opening-quantifier-not-a-name",
            "Hundreds of porters carried the stores to the camp in April 1953.", "carried", [],
            not_want=["Hundreds"])

# actors19: after a body's "of", a list ", B and C" or "and C" of
# capitalised words is the body's own ("Ministry of Business, Innovation
# and Employment"); after a firm's "of" it is not.
actors_case("names.body-of-list",
            "The Ministry of Trade, Industry and Energy opened an inquiry on Monday, June 9, 2025.",
            "opened", ["Ministry of Trade, Industry and Energy"],
            kinds={"Ministry of Trade, Industry and Energy": "government", "Industry": None,
                   "Energy": None})
actors_case("names.body-of-pair",
            "The Department of Housing and Planning fined the builder on Monday, June 9, 2025.",
            "fined", ["Department of Housing and Planning"],
            kinds={"Department of Housing and Planning": "government", "Planning": None})
actors_case("names.firm-of-list-apart",
            "Morrow Bank of Ireland and Halvex signed the deal on Monday, June 9, 2025.",
            "signed", ["Halvex"], not_want=["Ireland and Halvex"])
# An adjective of place or creed opening a body's name whose head comes
# before "of" is a word of it ("Western Australian Department of Health",
# "Catholic Archdiocese of Dublin").
actors_case("names.adjective-before-body-head-of",
            "The Western Australian Department of Health closed the ward on Monday, June 9, 2025.",
            "closed", ["Western Australian Department of Health"],
            kinds={"Western Australian Department of Health": "government"})
actors_case("names.creed-before-archdiocese-of",
            "The Catholic Archdiocese of Leeds closed two churches on Monday, June 9, 2025.",
            "closed", ["Catholic Archdiocese of Leeds"],
            kinds={"Catholic Archdiocese of Leeds": "organization"})
# An elided particle joined by an apostrophe to a capitalised word ("d'",
# "l'") is a word of the family name (actors20).
actors_case("names.elided-particle",
            "On Monday, June 9, 2025, Anna Weber and a student, Henri d'Aubigny, opened the vault.",
            "opened", ["Anna Weber", "Henri d'Aubigny"])
actors_case("names.elided-particle-curly",
            "On Monday, June 9, 2025, the Comte d’Orvault signed the lease.",
            "signed", ["Comte d’Orvault"])
# A name between an indefinite determiner and a noun in an object's place
# says which thing the noun is ("eat any Aebersold cheese"); as a subject
# ("a Central Pacific crew laid") the body's people act (actors20).
actors_case("roles.name-modifying-object-noun",
            "Halden Printers Ltd. opened a shop in Leeds on Friday, June 6, 2025. "
            "Dr. Lena Fischer bought a new Halden printer on Monday, June 9, 2025.",
            "bought", ["Lena Fischer"], not_want=["Halden"])
actors_case("roles.name-modifying-subject-noun-kept",
            "On Monday, June 9, 2025, a Brixton Rail crew laid four miles of track.",
            "laid", ["Brixton Rail"])
# A court after "in" is where the case is heard, no party to it; by
# "by" it acts (actors20).
actors_case("roles.court-after-in-is-venue",
            "On Monday, June 9, 2025, Brenna Holt sued Corvel Foods in the High Court of Leinster.",
            "sued", ["Brenna Holt", "Corvel Foods"], not_want=["High Court"])
actors_case("roles.court-after-by-acts",
            "On Monday, June 9, 2025, Brenna Holt was fined by the High Court of Leinster.",
            "fined", ["Brenna Holt", "High Court of Leinster"])
# What one travels in, named after "called" or in apposition to the noun
# of "in a NOUN", takes no part; a vehicle named as an object does
# (actors20).
actors_case("roles.vehicle-called-in-phrase",
            "On Monday, June 9, 2025, Mara Lindqvist left Oslo in a small biplane called Kestrel.",
            "left", ["Mara Lindqvist"], not_want=["Kestrel"])
actors_case("roles.vehicle-apposition-in-phrase",
            "On Monday, June 9, 2025, Mara Lindqvist flew to Tromsø in a French seaplane, the Marlin 12.",
            "flew", ["Mara Lindqvist"], not_want=["Marlin"])
actors_case("roles.vehicle-called-object-kept",
            "On Monday, June 9, 2025, Mara Lindqvist bought a small steamer, the Kestrel.",
            "bought", ["Mara Lindqvist", "Kestrel"])
# "beside" is a preposition of place, and so is "over" after a noun; after
# a verb "over" is the verb's (actors20).
actors_case("roles.beside-place",
            "On Monday, June 9, 2025, in a meadow beside the Lune, Mara Lindqvist signed the charter.",
            "signed", ["Mara Lindqvist"], not_want=["Lune"])
actors_case("roles.over-place-after-noun",
            "On Monday, June 9, 2025, Mara Lindqvist flew a small balloon over Ardoyne.",
            "flew", ["Mara Lindqvist"], not_want=["Ardoyne"])
actors_case("roles.over-after-verb-kept",
            "On Monday, June 9, 2025, Mara Lindqvist took over Brandt Shipping.",
            "took", ["Mara Lindqvist", "Brandt Shipping"])
# What a verb of saying reports would or might be names no participant of
# the saying; with a date of its own it is a plan whose parties count
# (actors20).
actors_case("roles.reported-modal-undated",
            "On Monday, June 9, 2025, Mara Lindqvist said the club would appeal to the Brenner Arbitration Panel.",
            "said", [], not_want=["Brenner"])
actors_case("roles.reported-modal-dated-kept",
            "Greta Lund bought Halden Brewing on Monday, June 9, 2025. The union's regional head, "
            "Jonas Peters, said the union would meet Lund next week.",
            "would meet", ["Greta Lund"])
# A possessive name opening a noun phrase in apposition to another name
# says whose the body is; the body named acts (actors21).
actors_case("roles.possessive-apposition-after-name",
            "On Monday, June 9, 2025, Corvane, Norway's coastal agency, closed the harbour at Vardø.",
            "closed", ["Corvane"], not_want=["Norway"])
actors_case("roles.possessive-apposition-before-name",
            "On Monday, June 9, 2025, a Leeds newspaper revealed that the Brandt Shipping's "
            "holding company, Selwyn Trust, had paid the mayor.",
            "had paid", ["Selwyn Trust"], not_want=["Brandt Shipping"])
actors_case("roles.possessive-clause-kept",
            "On Monday, June 9, 2025, Norway's coastal agency closed the harbour at Vardø.",
            "closed", ["Norway"])
# A prize won or a post one becomes is no party to the winning (actors21).
actors_case("roles.prize-won-no-party",
            "On Monday, June 9, 2025, Mara Lindqvist won the Golden Anchor for distance.",
            "won", ["Mara Lindqvist"], not_want=["Golden Anchor"])
actors_case("roles.post-became-no-party",
            "On Monday, June 9, 2025, Jonas Peters became Keeper of the Privy Seal.",
            "became", ["Jonas Peters"], not_want=["Keeper"])
actors_case("roles.beaten-rival-kept",
            "On Monday, June 9, 2025, Mara Lindqvist beat Greta Lund for the title.",
            "beat", ["Mara Lindqvist", "Greta Lund"])
# A lower-case word between two capitalised ones, one spelt with a
# letter outside ASCII, is a word of a name of another language
# (actors21).
actors_case("roles.foreign-name-lower-word",
            "On Monday, June 9, 2025, the French agency Sécurité routière France closed the A7 road.",
            "closed", ["Sécurité routière France"])
actors_case("roles.foreign-name-english-word-kept-apart",
            "On Monday, June 9, 2025, Jürgen Köhler met Anna Lund in Berlin.",
            "met", ["Jürgen Köhler", "Anna Lund"])
# The object of "won", over a noun with "of", is a prize, no party
# (actors21).
actors_case("roles.prize-of-won-no-party",
            "On Monday, June 9, 2025, Ade Okafor won a stage of the Giro di Sardegna.",
            "won", ["Ade Okafor"], not_want=["Giro", "Sardegna"])
# The agent or addressee of a participle that describes a noun tells of
# the noun, not the clause; a passive's agent acts (actors21).
actors_case("roles.participle-agent-of-noun",
            "On Monday, June 9, 2025, Nordvik Seafood bought a family firm founded by Olav Brekke.",
            "bought", ["Nordvik Seafood"], not_want=["Olav Brekke"])
actors_case("roles.participle-addressee-apposition",
            "On Monday, June 9, 2025, Ingrid Solheim found a letter addressed to another officer, "
            "Major Olav Brekke.",
            "found", ["Ingrid Solheim"], not_want=["Olav Brekke"])
actors_case("roles.passive-agent-kept",
            "On Monday, June 9, 2025, the hatchery was bought by Nordvik Seafood.",
            "bought", ["Nordvik Seafood"])
# An adverb that only a going takes before "to" makes the name after it
# where one went, whatever the verb; "back" (a handing takes it too) does
# not (actors23).
actors_case("roles.adverb-of-going-straight",
            "On Monday, June 9, 2025, Mara Lindqvist went straight to Selwyn Hall.",
            "went", ["Mara Lindqvist"], not_want=["Selwyn Hall"])
actors_case("roles.adverb-of-going-down",
            "On Monday, June 9, 2025, Mara Lindqvist hurried down to Orvik Bazaar.",
            "hurried", ["Mara Lindqvist"], not_want=["Orvik Bazaar"])
actors_case("roles.handing-back-kept",
            "On Monday, June 9, 2025, Mara Lindqvist sold the boat back to Halden Marine.",
            "sold", ["Mara Lindqvist", "Halden Marine"])
# The subject of a where-clause in the past perfect tells what had
# happened at the place before, no part of the clause naming the place;
# one in the simple past keeps its happening (actors23).
actors_case("roles.where-clause-past-perfect",
            "On Monday, June 9, 2025, Mara Lindqvist left Orvik for Brenna, where the Selwyn Trust "
            "had made her its warden.",
            "left", ["Mara Lindqvist"], not_want=["Selwyn Trust"])
actors, events = extract("On Monday, June 9, 2025, Mara Lindqvist reached Orvik, where Jonas Peters "
                         "signed the charter.")
check("roles.where-clause-past-kept",
      any("Jonas Peters" in [actors[a]["name"] for a in e["actors"]] for e in events),
      repr([(e["label"], e["actors"]) for e in events]))
# The subject of a passive of making is the work made; another passive's
# subject is one done to (actors23).
actors_case("roles.work-made-passive",
            "The Selwyn Atlas was printed in Orvik on Monday, June 9, 2025.",
            "printed", [], not_want=["Selwyn Atlas"])
actors_case("roles.passive-subject-kept",
            "The Selwyn Trust was fined on Monday, June 9, 2025.",
            "fined", ["Selwyn Trust"])
# The subject of what a verb of demanding asks for (a bare verb after
# "that", "to" after "for") has not acted; one asked to act is the
# asking's object (actors23).
actors_case("roles.demanded-that-bare-verb",
            "On Monday, June 9, 2025, the Brewers Guild demanded that Halden Brewing keep its plant open.",
            "demanded", ["Brewers Guild"], not_want=["Halden Brewing"])
actors_case("roles.called-for-title-to",
            "On Monday, June 9, 2025, the Brewers Guild called on its members for Dr. Lindqvist to resign.",
            "called", ["Brewers Guild"], not_want=["Lindqvist"])
actors_case("roles.asked-to-kept",
            "On Monday, June 9, 2025, the Brewers Guild asked Jonas Peters to resign.",
            "asked", ["Brewers Guild", "Jonas Peters"])
# A name in a relative clause set between a subject and its verb is
# background to the clause; a relative clause that ends the sentence may
# be the happening itself (actors23).
actors_case("roles.relative-aside-in-subject",
            "On Monday, June 9, 2025, Jonas Peters, who led Halden Brewing for six years, stepped down.",
            "stepped", ["Jonas Peters"], not_want=["Halden Brewing"])
# (clauses20: that clause is now a part of its own, which holds Sweden)
clause_case("roles.relative-clause-at-end-kept",
            "The war ended with the Treaty of Orvik on Monday, June 9, 2025, which gave Sweden the port of Riga.",
            "gave Sweden", ["Sweden"])
# The one told what a that-clause says takes part in the telling; a
# newspaper told only reports it (actors23).
actors_case("roles.told-that-addressee",
            "On Monday, June 9, 2025, Greta Lund told Jonas Peters that she could no longer pay.",
            "told", ["Greta Lund", "Jonas Peters"])
actors_case("roles.told-the-body-that",
            "On Monday, June 9, 2025, Greta Lund told the Selwyn Academy of Sciences that she had erred.",
            "told", ["Greta Lund", "Selwyn Academy of Sciences"])
actors_case("roles.told-newspaper-that-reports",
            "On Monday, June 9, 2025, Greta Lund told the Chicago Tribune that she had erred.",
            "told", ["Greta Lund"], not_want=["Chicago Tribune"])
# Staff that open their clause bare stand for the firm ("Nurses at
# Corvid Health walked out", actors.staff-at); counted, or at a firm's
# plant, they are people at a place; a plural's possessive loses its
# apostrophe (actors23).
actors_case("roles.counted-staff-at-place",
            "On Monday, June 9, 2025, about 400 deck crew at Halden Ferries walked off their ships.",
            "walked", [], not_want=["Halden Ferries"])
actors_case("roles.staff-at-plural-possessive-plant",
            "Workers at Norrland Battery Systems' cell plant voted to join the Brewers Guild on Monday, June 9, 2025.",
            "voted", ["Brewers Guild"], not_want=["Norrland"])
# (a firm's plant, not its board: "X's board met" is the board's act since
# actors74, as the union gold reads it)
actors, events = extract("On Monday, June 9, 2025, Norrland Battery Systems' cell plant hired the Brewers Guild.")
check("names.plural-possessive-apostrophe",
      "Norrland Battery Systems" in [a["name"] for a in actors.values()],
      repr([a["name"] for a in actors.values()]))
# A name after "of" that says whose a verb's object is, a thing, is no
# participant; a happening's "of" ("the takeover of X") and shares, which
# stand for their owner, keep it (actors23).
actors_case("roles.owner-of-object-thing",
            "On Monday, June 9, 2025, Greta Lund cancelled the memoir of the former diplomat Jonas Peters.",
            "cancelled", ["Greta Lund"], not_want=["Jonas Peters"])
actors_case("roles.happening-of-kept",
            "On Monday, June 9, 2025, Greta Lund approved the takeover of Halden Brewing.",
            "approved", ["Greta Lund", "Halden Brewing"])
actors_case("roles.shares-of-kept",
            "On Monday, June 9, 2025, Greta Lund bought the shares of Halden Brewing.",
            "bought", ["Greta Lund", "Halden Brewing"])
# "behind", "above", "below" or "beneath" after a noun say where; after a
# verb ("rallied behind X") they are the verb's.  One word after "the" and
# "across", "along", "beyond" or "throughout" is a sea's or a river's,
# whatever its words suggest (actors24).
actors_case("roles.behind-after-noun-place",
            "On Monday, June 9, 2025, Halden Marine hauled ten boats over the hill behind Orvik.",
            "hauled", ["Halden Marine"], not_want=["Orvik"])
actors_case("roles.above-after-noun-place",
            "On Monday, June 9, 2025, Mara Lindqvist camped on high ground above Brenna.",
            "camped", ["Mara Lindqvist"], not_want=["Brenna"])
actors_case("roles.behind-after-verb-kept",
            "On Monday, June 9, 2025, the Brewers Guild rallied behind Greta Lund.",
            "rallied", ["Brewers Guild", "Greta Lund"])
actors_case("roles.across-the-one-word-place",
            "On Monday, June 9, 2025, Mara Lindqvist sold the lands she held across the Channel.",
            "sold", ["Mara Lindqvist"], not_want=["Channel"])
# A name in a clause of a verb in -ing that "while", "without", "after",
# "before", "since", "when" or "upon" opens is that participle's, no
# participant of the clause's verb; a noun in -ing with a "by" phrase
# ("upon questioning by X") is no such clause (actors27).
actors_case("roles.while-participle-clause",
            "On Monday, June 9, 2025, Mara Lindqvist died while returning from a visit to Greta Lund.",
            "died", ["Mara Lindqvist"], not_want=["Greta Lund"])
actors_case("roles.without-participle-clause",
            "On Monday, June 9, 2025, Halden Marine sold the boats without asking Greta Lund.",
            "sold", ["Halden Marine"], not_want=["Greta Lund"])
actors_case("roles.upon-questioning-by-kept",
            "On Monday, June 9, 2025, upon questioning by committee chair Greta Lund, Mara Lindqvist admitted the error.",
            "admitted", ["Mara Lindqvist", "Greta Lund"])
actors_case("roles.participle-after-verb-kept",
            "On Monday, June 9, 2025, Mara Lindqvist kept asking Greta Lund for the boats.",
            "asking", ["Mara Lindqvist", "Greta Lund"])
# "near", "outside", "inside", "beside", "beyond", "throughout", "across"
# and "along" say where, even when a body bears the place's name ("Shannon
# Chamber", a firm cued by a later mention); a possessive before them owns
# the place and keeps its own rules (places28).
actors_case("places.near-place-of-a-body",
            "Halden Chamber, a business group, backed the plan in May. "
            "On Monday, June 9, 2025, the High Court overturned the approval of a data centre near Halden.",
            "overturned", ["High Court"], not_want=["Halden"])
actors_case("places.outside-place-of-a-firm",
            "On Monday, June 9, 2025, workers at a plant outside Brennick voted to join the Brewers Guild. "
            "Norrland moved its headquarters to Brennick, the company said.",
            "voted", ["Brewers Guild"], not_want=["Brennick"])
actors_case("places.along-possessive-body-kept",
            "On Monday, June 9, 2025, the Black Army seized the depots along the White Army's lines.",
            "seized", ["Black Army", "White Army"])
# Where a going goes is a place: after a verb of going and a particle
# ("rode out to X"; "sold out to X" is a handing and keeps its receiver),
# and after a noun of going ("a march to Parliament"), whatever body
# bears the name (places28).
actors_case("places.going-verb-particle-to",
            "On Monday, June 9, 2025, Count Arno rode out to Mile Cross.",
            "rode", ["Arno"], not_want=["Mile Cross"])
actors_case("places.handing-particle-to-kept",
            "On Monday, June 9, 2025, Greta Lund sold out to Halden Brewing.",
            "sold", ["Greta Lund", "Halden Brewing"])
actors_case("places.going-noun-to-body",
            "On Monday, June 9, 2025, the Brewers Guild called off a march to Parliament.",
            "called", ["Brewers Guild"], not_want=["Parliament"])
# A government after "in" is the place it sits in or governs ("in
# Parliament", "in Tallowood" for Tallowood Shire Council); a firm after
# "in" may be a party ("invested in X"), and a government that acts stays
# (places28).
actors_case("places.in-parliament-venue",
            "On Monday, June 9, 2025, the finance minister announced the new price in Parliament.",
            "announced", [], not_want=["Parliament"])
actors_case("places.in-place-of-its-council",
            "On Monday, June 9, 2025, the state suspended Brannock Shire Council. "
            "On Tuesday, June 10, 2025, Greta Lund took over at the council chambers in Brannock.",
            "took over", ["Greta Lund"], not_want=["Brannock"])
actors_case("places.in-firm-party-kept",
            "On Monday, June 9, 2025, Greta Lund invested in Halden Brewing.",
            "invested", ["Greta Lund", "Halden Brewing"])
actors_case("places.government-acting-kept",
            "On Monday, June 9, 2025, Parliament granted the king a new tax.",
            "granted", ["Parliament"])
# A capitalised adjective that the name leaves out stands in its phrase
# of place: a nationality's before the name ("off the coast of French
# Guiana", right after a preposition or "the" only: "towards the new
# Iraqi Security Forces" is a body's, which keeps the adjective now that
# "Guard" is a force's word, kinds25), and one between the article and
# the noun of "in the NOUN of X" (places28).
actors_case("places.nationality-before-place-of-coast",
            "On Monday, June 9, 2025, Lena Fischer was shipped to an island off the coast of French Veltria.",
            "shipped", [], not_want=["Veltria"])
actors_case("places.nationality-before-place-in",
            "On Monday, June 9, 2025, Lena Fischer camped in French Veltria.",
            "camped", ["Lena Fischer"], not_want=["Veltria"])
actors_case("places.nationality-past-noun-phrase-kept",
            "On Monday, June 9, 2025, the militia turned its attacks towards the new Iraqi Border Guard.",
            "turned", ["Iraqi Border Guard"])
actors_case("places.capitalised-adjective-in-the-noun-of",
            "On Monday, June 9, 2025, the hearing took place in the Dominican convent of Santa Brisca.",
            "hearing", [], not_want=["Santa Brisca"])
# What a verb of taking or attacking a place ("sacked", "stormed",
# "seized", "captured", "occupied") has for its object, right after it or
# after "the", is where an army went when a place is known or the name is
# one unknown word; a person or a body taken keeps its role ("invaded"
# stays out: the gold keeps a country invaded, "Charles invaded Russia")
# (actors31).
actors_case("places.taking-verb-unknown-place",
            "On Monday, June 9, 2025, Count Arno sacked Brennick.",
            "sacked", ["Arno"], not_want=["Brennick"])
actors_case("places.taking-verb-the-unknown-place",
            "On Monday, June 9, 2025, the rebels of Greta Lund stormed the Keldhall.",
            "stormed", ["Greta Lund"], not_want=["Keldhall"])
actors_case("places.taking-verb-known-place",
            "On Monday, June 9, 2025, Greta Lund captured Berlin.",
            "captured", ["Greta Lund"], not_want=["Berlin"])
actors_case("places.taking-verb-person-kept",
            "On Monday, June 9, 2025, the rebels captured Greta Lund.",
            "captured", ["Greta Lund"])
actors_case("places.taking-verb-firm-kept",
            "On Monday, June 9, 2025, Greta Lund seized Halden Brewing.",
            "seized", ["Greta Lund", "Halden Brewing"])
# A place after "of" and a lower-case noun of a post of rule ("the prefect
# of Egypt", "was soon master of London", "ruler of Vietnam") only says
# which post; a body there keeps its role, as after "in" (actors31).
actors_case("places.post-of-rule-place",
            "On Monday, June 9, 2025, the prefect of France, Greta Lund, closed the port.",
            "closed", ["Greta Lund"], not_want=["France"])
actors_case("places.post-of-rule-known-place",
            "On Monday, June 9, 2025, Count Arno landed in Kent and was soon master of London.",
            "master", ["Arno"], not_want=["London"])
actors_case("places.post-of-rule-body-kept",
            "On Monday, June 9, 2025, Count Arno was named master of the Brewers Guild.",
            "named", ["Arno", "Brewers Guild"])
# A name headed by a noun of a building or a ground ("the Forum", "the
# Temple of Vesta", "County Cork") after a preposition of place or of
# going is where, even when a cue made it a body; as a subject it keeps
# its role (actors31).
actors_case("places.building-head-in-the",
            "On Monday, June 9, 2025, Count Arno was cut down in the Forum.",
            "cut down", ["Arno"], not_want=["Forum"])
actors_case("places.building-head-from-the-of",
            "On Monday, June 9, 2025, Greta Lund, dragged from the Temple of Brenna, was killed.",
            "killed", ["Greta Lund"], not_want=["Temple"])
actors_case("places.ground-head-cued-firm",
            "On Monday, June 9, 2025, Halden Dairy sent the tankers to a plant in County Brenna that it shares with another processor.",
            "sent", ["Halden Dairy"], not_want=["County Brenna"])
actors_case("places.building-head-subject-kept",
            "On Monday, June 9, 2025, the Brennick Forum closed the port.",
            "closed", ["Brennick Forum"])
# A name after "of" and a lower-case noun of a group of people or of an
# armed force ("the legions of Upper Germany", "members of Congress")
# only says which group; one plural word there is the group's own people
# ("his army of Villistas joined") (actors31).
actors_case("places.group-of-place",
            "On Monday, June 9, 2025, the legions of Upper Brenna tore down the statues.",
            "tore down", [], not_want=["Brenna"])
actors_case("places.group-of-place-with-object",
            "On Monday, June 9, 2025, the army of Lower Brenna proclaimed Greta Lund emperor.",
            "proclaimed", ["Greta Lund"], not_want=["Brenna"])
actors_case("places.group-of-body",
            "On Monday, June 9, 2025, the company gave shares to members of Congress.",
            "gave", [], not_want=["Congress"])
actors_case("places.group-of-own-people-kept",
            "On Monday, June 9, 2025, Count Arno with his army of Villistas joined the rebels.",
            "joined", ["Arno", "Villistas"])
# One singular capitalised word right after "the" heads a name that goes
# on over "of the" and a capitalised word ("the Congregation of the
# Index"); a plural is people of a body, no name of it; a document's word
# ("Convention", "Treaty") takes "for the" ("the International Convention
# for the Safety of Life at Sea" is no actor) (names29).
actors_case("names.lone-head-of-the",
            "On Monday, June 9, 2025, the Congregation of the Vellum suspended the book.",
            "suspended", ["Congregation of the Vellum"])
actors_case("names.plural-head-of-the-apart",
            "On Monday, June 9, 2025, the Christians of the Ottoman Empire elected Greta Lund.",
            "elected", ["Christians", "Greta Lund"], not_want=["Christians of"])
actors_case("names.document-for-the",
            "On Monday, June 9, 2025, twelve states signed the Convention for the Care of Ships at Sea.",
            "signed", [], not_want=["Care of Ships", "Care"])

# review27's probes: each rule of actors27, places28 and clauses20 kept to
# what its comment says
actors_case("review.participle-no-comma-keeps-subject",
            "On March 3, 1921, after winning the election Harding appointed Hughes as secretary.",
            "appointed", ["Harding", "Hughes"])
clause_case("review.participle-own-event-keeps-name",
            "Smith resigned on May 3, 2021, after meeting Jones on May 1, 2021.",
            "meeting Jones", ["Jones"])
actors_case("review.title-before-name-not-a-place",
            "On Monday Acme sent a letter to CEO Smith.",
            "sent", ["Acme", "Smith"])
clause_case("review.who-after-place-is-the-person",
            "On Monday the minister met Smith in Paris, who resigned on May 5.",
            "resigned", ["Smith"], not_want=["Paris"])
_, rv_events = extract("On Monday the minister met Smith in Paris, who resigned on May 5.")
check("review.who-after-place-label", not any(e["label"].startswith("Paris") for e in rv_events),
      repr([e["label"] for e in rv_events]))
actors_case("review.confidence-in-government-kept",
            "On Monday the opposition tabled a motion of no confidence in the Government.",
            "tabled", ["Government"])
actors_case("review.place-list-stops-at-verb",
            "On Monday Apple won support across Europe and Microsoft complained.",
            "complained", ["Apple", "Microsoft"])
clause_case("review.which-after-person-no-actor",
            "On May 3, 2021, Kessler Corp fired John Smith, which angered the unions on May 4, 2021.",
            "angered", [], not_want=["John Smith"])
# review29: "its" refers to a firm of the sentence before, not to the
# person named in its own ("Siobhan Keane criticised its board"); a
# nationality before "of the" is no name ("the Irish of the North")
actors_case("review.its-of-the-firm-before",
            "LONDON, May 12, 2025 — Talbot Motors lost money last year. On May 5, Siobhan Keane criticised its board.",
            "criticised", ["Siobhan Keane"], kinds={"Siobhan Keane": "person"})
# review30: a bare "it" in the sentence before ("It rained") takes up no "its"
actors_case("review.its-after-a-bare-it",
            "LONDON, May 12, 2025 — It rained all week. On May 5, Hafsund Gas turned two of its tankers back.",
            "turned", ["Hafsund Gas"], kinds={"Hafsund Gas": "company"})
# review31: the last of names joined by "and" is no firm for an "its"
# after them ("Anna Berg and Tom Lund closed its doors")
actors_case("review.its-after-names-joined",
            "On May 5, 2020 Anna Berg and Tom Lund closed its doors.",
            "closed", ["Anna Berg", "Tom Lund"], kinds={"Tom Lund": "person"})
actors_case("review.nationality-of-the-no-name",
            "On May 5, 1920, they met the Irish of the North in Belfast.",
            "met", [], not_want=["of the North", "Irish"])
actors_case("review.going-noun-from-keeps-sender",
            "On May 3, 1769, the expedition from the Royal Society reached Tahiti.",
            "reached", ["Royal Society"])

# actors35: an actor is a participant of the event's own clause, not of a
# relative clause whose subject is a name, nor of a clause or participle
# phrase with a subject of its own after the event's verb
actors_case("clause-bound.named-relative-is-its-own",
            "On May 5, 1822, Ivo Brandt copied the name of the king, written in red, in drawings of tombs from Thebes that the painter Nils Ek had sent him.",
            "copied", ["Ivo Brandt"], not_want=["Nils Ek"])
actors_case("clause-bound.dated-relative-is-the-event",
            "The ferry that Brekke Lines bought on May 5, 2025 sank in a storm.",
            "bought", ["Brekke Lines"])
actors_case("clause-bound.joined-clause-with-its-own-subject",
            "On May 5, 2025 Tarn Rovers beat Kell United, and the fans of Dunmore Athletic were furious.",
            "beat", ["Tarn Rovers", "Kell United"], not_want=["Dunmore Athletic"])
actors_case("clause-bound.participle-with-its-agent",
            "On May 5, 2025 the Varde Council promised a grant to pay the debts of the towns, most of it owed by Tarnby Council for a new road.",
            "promised", ["Varde Council"], not_want=["Tarnby Council"])
actors_case("clause-bound.joined-objects-stay",
            "On May 5, 2025 Anna Berg fined Tarn Rovers, and Kell United too.",
            "fined", ["Anna Berg", "Tarn Rovers", "Kell United"])

# actors36: an adverb that completes a verb of taking or motion ("took
# the Vega away") is no noun the name before it modifies: the name is the
# one done to
actors_case("roles.particle-after-name-no-modifier",
            "On May 4, 1790, Anna Berg took the Vega away without leave.",
            "took", ["Anna Berg", "Vega"])
actors_case("roles.particle-off-after-ship-name",
            "On March 2, 1801, three tugs pulled the tanker Nordic Lark off the reef.",
            "pulled", ["Nordic Lark"], kinds={"Nordic Lark": "other"})
# actors36: people of a trade at or of a body ("paleontologists at the
# X", "Experts of the X" opening the sentence) are the body acting
actors_case("roles.trade-plural-at-body-acts",
            "In May 2025 paleontologists at the Kell Museum found a skull.",
            "found", ["Kell Museum"], kinds={"Kell Museum": "institution"})
actors_case("roles.opening-experts-of-body-acts",
            "Experts of the Royal Institute for Art examined the panel in May 2025.",
            "examined", ["Royal Institute for Art"])
actors_case("roles.met-at-body-still-a-place",
            "In May 2025 the ministers met at the Kell Museum.",
            "met", [], not_want=["Kell Museum"])
# actors36: "the British", "the Portuguese" after a preposition of a
# party: a people by its adjective, a group; no short form of "the
# British Museum"
PEOPLE_AND_MUSEUM = ("In July 1802 the stone was handed to the British. "
                     "In May 1803 the British Museum put it on show.")
actors_case("roles.people-adjective-done-to", PEOPLE_AND_MUSEUM, "handed",
            ["British"], not_want=["British Museum"], kinds={"British": "group"})
actors_case("roles.people-adjective-not-the-museum", PEOPLE_AND_MUSEUM, "on show",
            ["British Museum"], kinds={"British Museum": "institution"})
actors_case("roles.people-adjective-agent",
            "On May 3, 1521, the ship Vega was captured by the Portuguese.",
            "captured", ["Vega", "Portuguese"], kinds={"Portuguese": "group"})
actors_case("roles.people-adjective-after-adjective-to",
            "On May 3, 1921, the tribesmen, still loyal to the French, burned the fort.",
            "burned", [], not_want=["French"])
# actorpaths: an unknown name after a common noun, "of" and the article,
# whose kind only its count of words guessed, is what the noun is about
# (a person's name takes no article); a person after "of" stays
actors_case("roles.of-the-unknown-name-is-the-topic",
            "In March 1961 the council ordered the demolition of the Tarvel Redoubt.",
            "demolition", [], not_want=["Tarvel Redoubt"])
actors_case("roles.of-the-unknown-treaty-is-the-topic",
            "In May 1962 the envoys celebrated the signing of the Orsk Settlement.",
            "signing", [], not_want=["Orsk Settlement"])
actors_case("roles.of-unknown-person-stays",
            "In April 1962 the army advanced under the command of Tomasz Wierzbo.",
            "advanced", ["Tomasz Wierzbo"])

# actors37: the agent of a participle that describes a noun, with an
# article and describing words between "by" and the name, belongs to the
# noun, not to the clause; a deed's agent ("the raid carried out by X")
# is the clause's doer
actors_case("roles.described-noun-agent-after-article",
            "On March 4, 2025, a board of engineers appointed by the Halvern Council rejected the bridge.",
            "rejected", [], not_want=["Halvern Council"])
actors_case("roles.described-noun-agent-after-descriptor",
            "On March 4, 2025, a schooner entered by the Bristol firm Tarrant Shipping struck a reef.",
            "struck", [], not_want=["Tarrant Shipping"])
actors_case("roles.deed-noun-agent-kept",
            "On March 4, 2025, the raid mounted by the Coastal Brigade destroyed the depot.",
            "destroyed", ["Coastal Brigade"])

# actors37: a name between a count or a possessive and a noun, in an
# object's place, says whose the thing is (as "a Vickers aircraft" does);
# a preposition or "and" after the name is no noun
actors_case("roles.modifier-after-count",
            "On Monday, March 3, 2025, the police arrested three Kelvar Systems clerks in Leeds.",
            "arrested", [], not_want=["Kelvar"])
actors_case("roles.modifier-after-possessive",
            "On Monday, March 3, 2025, buyers of flats in its half-built Orrin Quay towers marched to the council.",
            "marched", [], not_want=["Orrin Quay"])
actors_case("roles.possessive-apposition-kept",
            "On Monday, March 3, 2025, Lena Voss sailed her ketch Marisol from Leith.",
            "sailed", ["Lena Voss", "Marisol"])

# actors38: a quantifier that opens the sentence takes its "of" with it
# ("Most of X", "Thousands of X"): the name is X, never "of X"
actors_case("names.quantifier-of-dropped",
            "On Monday, March 3, 2025, most of Norway lost power. Most of Norway lost power again on Tuesday.",
            "again", ["Norway"], not_want=["of Norway"], kinds={"Norway": "country"})
actors_case("names.quantifier-of-dropped-company",
            "Many of Brackley Foods' drivers walked out on Monday, March 3, 2025.",
            "walked", ["Brackley Foods"], not_want=["of Brackley"])

# actors38: a name after "of" and a noun of one person's office or tie is
# whose office it is, not a participant; staff in the plural still stand
# for their body (people_at_work_noun)
actors_case("roles.office-holder-of-body",
            "On March 4, 2025, Ada Brenn sent her report to the treasurer of the Kelso Rowing Society.",
            "sent", ["Ada Brenn"], not_want=["Kelso Rowing Society"])
actors_case("roles.office-holder-hyphenated",
            "On March 4, 2025, Tomas Lind handed the keys to the vice-chairman of the Nordby Savings Bank.",
            "handed", ["Tomas Lind"], not_want=["Nordby Savings Bank"])
actors_case("roles.staff-of-body-kept",
            "On March 4, 2025, engineers of the Haldane Institute inspected the dam.",
            "inspected", ["Haldane Institute"])

# actors38: a subject "the vessel" (a craft's noun, describing words
# allowed) stands for the craft named before it in its sentence, as a
# pronoun would; not for one of an earlier sentence
def vessel_case(name, text, label_start, want, not_want=()):
    """The event whose label starts with `label_start` names `want` and
    none of `not_want` (the quote is the sentence, shared by its parts)."""
    actors, events = extract(text)
    e = next((e for e in events if e["label"].startswith(label_start)), None)
    names = [actors[a]["name"] for a in e["actors"]] if e else None
    check(name, e is not None and all(w in names for w in want) and
          not any(n in names for n in not_want), "actors %r" % (names,))


vessel_case("roles.the-vessel-after-that",
            "On March 4, 2025, police boarded a Danish trawler, the Karen Holm, and its skipper admitted that the vessel had fished inside the reserve.",
            "Its skipper admitted", ["Karen Holm"])
vessel_case("roles.the-vessel-described",
            "Tugs freed the container ship Aster Wave on Friday, March 7, 2025, two days after the 200-metre vessel ran aground.",
            "The 200-metre vessel", ["Aster Wave"])
vessel_case("roles.the-vessel-not-of-another-sentence",
            "The ferry Isle of Rhum left Oban on March 3, 2025. On March 4, 2025, the vessel struck a rock.",
            "The vessel struck", [], not_want=["Isle of Rhum"])
# actors39: a pronoun subject after an adverb and the part's own date set
# off by commas ("and there, in May, he handed") is still the part's
# subject, standing for the person named before
vessel_case("roles.pronoun-after-adverb-and-date",
            "Alva Brenner sailed to Oslo on May 2, 2025, and there, on May 3, she signed the treaty with Nils Ek.",
            "There, she signed", ["Alva Brenner", "Nils Ek"])
# actors40: a name after "of" and the noun of a thing is that thing's
# owner, not who acts: the subject's ("the main gate of X gave way"), or a
# verb's object with describing words before its noun ("suspended the
# export licences of X"); people or a body of the name ("the sailors of",
# "most of") and a firm's shares, which stand for it, keep it
actors_case("roles.owner-of-thing-subject",
            "On March 7, 2025, the main gate of the Dorrance Works gave way.",
            "gave way", [], not_want=["Dorrance"])
actors_case("roles.owner-of-thing-subject-described",
            "The old bonds of Trevik Energy lost half their value on March 8, 2025.",
            "lost", [], not_want=["Trevik"])
# a body's craft stands for it, as "a Japan Coast Guard helicopter" does
actors_case("roles.craft-of-body-kept",
            "The ships of the Hansa League sailed on May 2, 1450.",
            "sailed", ["Hansa League"])
# a firm's board acts for it ("the board of X rejected")
actors_case("roles.board-of-firm-kept",
            "The board of Tessaly Foods rejected the offer on March 3, 2025.",
            "rejected", ["Tessaly Foods"])
actors_case("roles.owner-of-thing-object-described",
            "On March 9, 2025, Sorvik Customs suspended the export licences of Bellamy Timber.",
            "suspended", ["Sorvik Customs"], not_want=["Bellamy"])
# actors40: a preposition of place reaches the name past words of its own
# phrase: a second preposition after "from" ("from beneath the X") and
# ordinals in figures ("between 9th and 12th Streets"); a year or a day
# before a name is a date's ("In 1405 X sailed"), and "to the 16th Army"
# names whom something went to
actors_case("places.from-beneath-the-place",
            "Rescuers lifted 40 people from beneath the Gallan Cliffs on March 6, 2025.",
            "lifted", [], not_want=["Gallan"])
actors_case("places.between-ordinal-streets",
            "The flood closed two lanes of the avenue between 9th and 12th Streets on March 7, 2025.",
            "closed", [], not_want=["Streets"])
# actors42: a name's bounds.  A fronted phrase of time written without a
# comma runs its object into the subject's name; a given name opens the
# subject ("after Hastings William"), and the object, with or without the
# comma, only dates the clause
actors_case("names.fronted-time-object-split",
            "Three weeks after Hastings William marched on London in October 1066.",
            "marched", ["William"], not_want=["Hastings"])
actors_case("names.fronted-time-object-split-full-name",
            "Shortly after Plassey Robert Clive marched on Calcutta in July 1757.",
            "marched", ["Robert Clive"], not_want=["Plassey"])
actors_case("names.fronted-time-object-split-count",
            "Two days after Saratoga Gerald Hale wrote to his brother in October 1777.",
            "wrote", ["Gerald Hale"], not_want=["Saratoga"])
actors_case("names.fronted-time-object-comma",
            "A week after Culloden, Charles fled to Skye in April 1746.",
            "fled", ["Charles"], not_want=["Culloden"])
# a known place before a body's generic name ("Coast Guard", which the
# gazetteer has as a suffix too) says whose body it is: one name
actors_case("names.place-owns-generic-body",
            "On June 3, 2025, the trawler was towed to Tromsø by the Norway Coast Guard.",
            "towed", ["Norway Coast Guard"])
actors_case("names.place-owns-generic-body-object",
            "The skipper called the Mexico Coast Guard on June 3, 2025.",
            "called", ["Mexico Coast Guard"])
actors_case("names.place-owns-generic-body-end",
            "On June 3, 2025, the ferry captain radioed the Ireland Coast Guard.",
            "radioed", ["Ireland Coast Guard"])
# actors41: a name in a participle's aside set between a subject and its
# verb tells of the subject, not of the clause ("A new bridge, designed by
# X and built by the firm of Y, opened"); a possessive stands as the
# article before the agent ("a town held by his ally X")
clause_case("clauses.participle-aside-agents",
            "A new bridge, designed by Hugo Marsh and built by the firm of Ellis Brothers "
            "beside the old piers, opened on June 20, 1887.",
            "opened on", [], not_want=["Hugo Marsh", "Ellis"], split=False)
clause_case("clauses.participle-aside-rescuer",
            "On March 2, 2025, the ship's crew, rescued by the Fenwick Coast Guard, reached the port.",
            "reached the port", [], not_want=["Fenwick"], split=False)
clause_case("clauses.participle-agent-after-possessive",
            "John rode to Aldstow, a town held by his ally Duke Robert of Leir, on March 3, 1415.",
            "rode to", [], not_want=["Robert"], split=False)
# actors41: a name in apposition to the source after "according to"
# reports, as "according to X" does ("according to the fire chief, X")
clause_case("speech.according-to-apposition",
            "One of the welders used a torch on Sunday, March 2, 2025, according to the fire chief, Olaf Brenne.",
            "used a torch", [], not_want=["Olaf Brenne"], split=False)
clause_case("speech.according-to-apposition-governor",
            "Two of the guards used a side door on June 2, 2025, according to the prison governor, Petra Lund.",
            "used a side door", [], not_want=["Petra Lund"], split=False)
# actors41: a name in a relative clause in the past perfect tells what
# had happened before, not the clause's happening
clause_case("clauses.pluperfect-relative-apposition",
            "On May 3, 1865, he met Karl Weiss, a young officer who had hired two guides, Anton Brunner and his son.",
            "met Karl", ["Karl Weiss"], not_want=["Anton Brunner"], split=False)
clause_case("clauses.pluperfect-relative-object",
            "On May 3, 2025, the council hired Ana Ruiz, who had advised the Vessel Port Authority for years.",
            "hired Ana", ["Ana Ruiz"], not_want=["Vessel Port"], split=False)
# actors43: the admission policy (src/extract_actor_paths.c): a name of
# kind "other" (no person, body or state) after a preposition of place,
# time or part is no actor of its event
actors_case("admission.other-after-on",
            "On April 4, 2025, the survey team landed on Corravan with two tents.",
            "landed on", [], not_want=["Corravan"])
actors_case("admission.other-after-on-beside-a-person",
            "On March 3, 2025, a fishing boat carried the two divers to Porthkerry Cove on Skomer.",
            "fishing boat", [], not_want=["Skomer"])
actors_case("admission.other-after-behind",
            "On May 5, 2025, the patrol waited behind Ostermark for three hours.",
            "patrol waited", [], not_want=["Ostermark"])
actors_case("admission.other-after-on-two-verbs",
            "On July 7, 2025, the marines landed on Tervola and seized the airfield.",
            "marines landed", [], not_want=["Tervola"])

# actors44: titles completed from general knowledge (ranks of navies,
# armies and air forces, hyphenated compound ranks, clerical, noble, civil
# and academic titles): stripped from the person's name, which a later
# family name alone still names; a peerage named by its seat after a
# particle, and a craft named after an officer, keep theirs
actors_case("names.title-naval-rank",
            "On May 4, 1853, Commodore Edwin Harlow anchored off the cape. Harlow refused to leave.",
            "Harlow refused", ["Edwin Harlow"], not_want=["Commodore"])
actors_case("names.title-hyphenated-rank",
            "On April 2, 1922, Rear-Admiral Colin Shaw inspected the fleet.",
            "inspected", ["Colin Shaw"], not_want=["Rear-Admiral"])
actors_case("names.title-clerical",
            "On June 3, 1883, Reverend Samuel Tait opened the school.",
            "opened", ["Samuel Tait"], not_want=["Reverend"])
actors_case("names.title-civil",
            "On April 2, 2025, Councillor Mary Obi proposed a new budget.",
            "proposed", ["Mary Obi"], not_want=["Councillor"])
actors_case("names.title-peerage-seat",
            "On May 2, 1588, the Duke de Guise entered Paris.",
            "entered", ["Duke de Guise"])
actors_case("names.title-names-a-craft",
            "On June 15, 1904, the steamer General Slocum caught fire in the East River.",
            "caught fire", ["General Slocum"], kinds={"General Slocum": "other"})
# actors44: a people named by its adjective after "the" is a verb's doer
# when it opens the sentence, follows a comma or a date's number, with a
# verb right after it, and a verb's object with no noun after it; the
# nationality adjectives completed from the states of the world (their
# plural names the people)
actors_case("roles.people-adjective-subject",
            "On May 5, 1781, the French landed at Newport.",
            "landed", ["French"], kinds={"French": "group"})
clause_case("roles.people-adjective-subject-after-date",
            "The fleets met off the cape in June 1652, and at dawn on June 9 the Dutch opened fire.",
            "opened fire", ["Dutch"])
actors_case("roles.people-adjective-object",
            "On March 3, 1621, a native envoy greeted the English in their own language.",
            "greeted", ["English"])
actors_case("roles.people-plural-completed",
            "On May 2, 1991, the Kuwaitis defeated the army at the river.",
            "defeated", ["Kuwaitis"], kinds={"Kuwaitis": "group"})
# actors44: a body's "for" takes a pair "A and B" as its "of" does
# ("Authority for Consumers and Markets"); a known place's possessive
# before a body's name says whose body it is and is no word of the name
actors_case("names.body-for-pair",
            "On May 3, 2025, the Directorate for Roads and Bridges closed the crossing.",
            "closed", ["Directorate for Roads and Bridges"])
actors_case("names.body-for-pair-agency",
            "On May 3, 2025, the Agency for Food and Drugs banned the additive.",
            "banned", ["Agency for Food and Drugs"])
actors_case("names.place-possessive-before-body",
            "On May 3, 2025, Kenya's Ministry of Health ordered the clinics closed.",
            "ordered", ["Ministry of Health"], not_want=["Kenya's"])
actors_case("names.place-possessive-before-body-object",
            "On May 3, 2025, the regional office asked Spain's Ministry of Labour for more inspectors.",
            "asked", ["Ministry of Labour"], not_want=["Spain's"])
# actors44: the heads of public bodies completed from general knowledge
# (ombudsmen, registries, secretariats, juntas, legislatures of other
# languages, military units), each of the gold's kind
actors_case("kinds.body-head-ombudsman",
            "On May 3, 2025, the Halden Ombudsman criticised the prison service.",
            "criticised", ["Halden Ombudsman"], kinds={"Halden Ombudsman": "institution"})
actors_case("kinds.body-head-junta",
            "On May 3, 1936, the Junta of Defence ordered the arrests.",
            "ordered", ["Junta of Defence"], kinds={"Junta of Defence": "government"})
actors_case("kinds.body-head-squadron",
            "On May 3, 1904, the Baltic Squadron sailed from Libau.",
            "sailed", ["Baltic Squadron"], kinds={"Baltic Squadron": "group"})
# actors45: a nation's society of the Red Cross movement keeps the
# nation's adjective, whose whole name is an organisation ("the Danish
# Red Cross", "the Turkish Red Crescent"), as "the Indian Coast Guard" does
actors_case("names.red-cross-nation",
            "On March 3, 2025, volunteers from the Danish Red Cross reached the camp.",
            "reached", ["Danish Red Cross"], kinds={"Danish Red Cross": "organization"})
actors_case("names.red-crescent-nation",
            "On February 7, 2023, the Turkish Red Crescent set up tents in Hatay.",
            "set up tents", ["Turkish Red Crescent"],
            kinds={"Turkish Red Crescent": "organization"})
# actors45: a member counted out of a group ("one of its engineers, X",
# "two of his guards, X and Y") is named by the apposition and takes part,
# unlike the owner of a thing ("the objections of its surveyor, X")
actors_case("roles.counted-member-apposition",
            "On Tuesday, May 6, 2025, Nordhavn Shipping fired one of its captains, Lars Eikeland, over the collision.",
            "fired", ["Nordhavn Shipping", "Lars Eikeland"])
actors_case("roles.counted-members-apposition",
            "On Friday, May 9, 2025, the police arrested two of its guards, Pedro Salinas and Juan Rulfo.",
            "arrested", ["Pedro Salinas", "Juan Rulfo"])
actors_case("roles.counted-member-sent",
            "On Monday, May 5, 2025, the Kerala Health Department sent one of its doctors, Amara Okafor, to run the clinic.",
            "sent one", ["Kerala Health Department", "Amara Okafor"])
# actors45: a lower-case compass word or word of part before a country's
# or a place's name makes a region of it, where things happen ("crossed
# eastern Ukraine", "over southern Lebanon"); capitalised it is the name's
# own ("Western Australia banned")
actors_case("admission.region-object",
            "On March 3, 2025, a reconnaissance jet crossed eastern Ukraine.",
            "crossed", [], not_want=["Ukraine"])
actors_case("admission.region-after-over",
            "On Tuesday, May 6, 2025, gunners shot down a drone over southern Lebanon.",
            "shot down", [], not_want=["Lebanon"])
actors_case("admission.region-after-for",
            "On Friday, May 9, 2025, forecasters issued a red warning for central Japan.",
            "warning", [], not_want=["Japan"])
actors_case("admission.region-beside-a-state",
            "On June 9, 2025, Uruguay sent troops to northern Paraguay.",
            "sent troops", ["Uruguay"], not_want=["Paraguay"])
# actors45: the heads of natural features (reef, atoll, lagoon, sound,
# delta, ...) make a name a place where things happen, as "Bay" does
actors_case("kinds.feature-reef",
            "On May 4, 2025, the ferry Tern ran aground on Ningaloo Reef.",
            "ran aground", [], not_want=["Ningaloo"])
actors_case("kinds.feature-atoll",
            "On Monday, May 5, 2025, the Velaa resort offered guests boat transfers to Addu Atoll.",
            "offered", [], not_want=["Addu"])
# actors45: the scale after "degrees" is no party
actors_case("roles.temperature-scale",
            "On July 9, 2025, a station in Seville recorded 46.0 degrees Celsius.",
            "recorded", [], not_want=["Celsius"])
actors_case("roles.temperature-scale-fahrenheit",
            "On Friday, June 6, 2025, the thermometer at Phoenix read 118 degrees Fahrenheit.",
            "read", [], not_want=["Fahrenheit"])
# actors45: "organisers of X" name the event they run, no party
actors_case("roles.organisers-of-event",
            "Organisers of the Gobi Ultra stopped the race on Tuesday, May 6, 2025, after a runner died.",
            "stopped", [], not_want=["Gobi"])
actors_case("roles.organisers-of-event-one-word",
            "Organisers of the Vendée Globe postponed the start on Sunday, November 2, 2025.",
            "postponed", [], not_want=["Vendée"])
# actors45: a comma that closes a fronted phrase of place opens no
# apposition: the titled subject after it acts
actors_case("roles.fronted-place-then-subject",
            "On May 2, 2025, in Geneva, the Chilean envoy Marta Rojas handed the report to the panel.",
            "handed", ["Marta Rojas"])
actors_case("roles.fronted-place-opens-sentence",
            "In Accra, the Ghanaian ambassador Kofi Mensah laid the letters on the table on May 2, 2025.",
            "laid", ["Kofi Mensah"])
# actors46: a count before "of" and a possessive ("one of its engineers,
# X") names a member, who takes part, not an owner; "one of them" after an
# infinitive ("ordered the firm to pay one of them, X,") is its object
actors_case("roles.count-of-possessive-object",
            "On May 3, 2025, the ministry sent one of its inspectors, Kofi Mensah, to the mine.",
            "sent", ["Kofi Mensah"])
actors_case("roles.count-of-possessive-pair",
            "On May 3, 2025, the league fined two of its referees, Ilse Vermeulen and Tariq Haddad.",
            "fined", ["Ilse Vermeulen", "Tariq Haddad"])
actors_case("roles.count-of-possessive-subject",
            "On May 3, 2025, one of his deputies, Oluwaseun Adeyemi, resigned.",
            "resigned", ["Oluwaseun Adeyemi"])
actors_case("roles.count-of-them-infinitive",
            "On May 3, 2025, the tribunal ordered the agency to rehire one of them, Fatima Benali.",
            "ordered", ["Fatima Benali"])
actors_case("roles.count-of-them-infinitive-late",
            "On May 3, 2025, a court told the airline to compensate two of them, Mateus Ribeiro and Ana Sousa, in full.",
            "told", ["Mateus Ribeiro", "Ana Sousa"])
# actors46: a noun of time closes the "of" phrase of an opening time
# phrase ("before the end of the year X put it on show"): the name after
# it opens the main clause, no comma written
actors_case("roles.time-phrase-of-year",
            "The altarpiece reached Amsterdam in March 1925. Before the end of the year "
            "the Rijksmuseum put it on show.",
            "put", ["Rijksmuseum"])
actors_case("roles.time-phrase-of-season",
            "On September 30, 2025, after the start of the season Dinamo Zagreb sacked its coach.",
            "sacked", ["Dinamo Zagreb"])
actors_case("roles.time-phrase-of-month",
            "On May 3, 2025, before the end of the month the Uganda Wildlife Authority closed the park.",
            "closed", ["Uganda Wildlife Authority"])
actors_case("roles.time-phrase-of-week",
            "On June 2, 2025, before the end of the week Ngozi Okonjo-Iweala signed the agreement.",
            "signed", ["Ngozi Okonjo-Iweala"])
# actors46: a nationality's adjective before the whole name of a body the
# gazetteer knows names that nation's branch of it, a word of the name
actors_case("names.national-branch-red-cross",
            "On May 3, 2025, the Swiss Red Cross sent two doctors to the camp.",
            "sent", ["Swiss Red Cross"], kinds={"Swiss Red Cross": "organization"})
actors_case("names.national-branch-red-crescent",
            "On May 3, 2025, the Algerian Red Crescent opened a field kitchen in Tamanrasset.",
            "opened", ["Algerian Red Crescent"], kinds={"Algerian Red Crescent": "organization"})
actors_case("names.national-branch-object",
            "On May 3, 2025, the ministry asked the Italian Red Cross for ambulances.",
            "asked", ["Italian Red Cross"])
# actors46: a body before the comma of an "of" apposition ("the head of
# his council, X,") is no one the name stands for: the name is the head's
actors_case("roles.of-apposition-body-council",
            "In May 1854 the head of his council, Nakamura Hiroshi, closed the port.",
            "closed", ["Nakamura Hiroshi"], anchor="1854-12-31")
actors_case("roles.of-apposition-body-party",
            "On May 3, 2025, the leader of their party, Kwame Asante, resigned.",
            "resigned", ["Kwame Asante"])
actors_case("roles.of-apposition-body-object",
            "On May 3, 2025, the court summoned the chairman of its board, Soraya Haddadi.",
            "summoned", ["Soraya Haddadi"])
# actors48: "the Americans" after "the" names the nation's forces or
# government, as "the French" does; a list of such peoples is read whole
actors_case("names.the-people-plural-doer",
            "In 1853 the Americans landed at Kurihama.",
            "landed", ["Americans"], kinds={"Americans": "group"}, anchor="1853-12-31")
actors_case("names.people-list-three",
            "In 1948 the Americans, the British and the French agreed to merge their zones.",
            "agreed", ["Americans", "British", "French"], anchor="1948-12-31")
actors_case("names.people-list-pair",
            "On June 7, 1494, the Spanish and the Portuguese signed a treaty at Tordesillas.",
            "signed", ["Spanish", "Portuguese"], anchor="1494-12-31")
actors_case("names.people-list-object",
            "In 1917 the tsar's ministers sought a loan from the Europeans and the Americans.",
            "sought", ["Europeans", "Americans"], anchor="1917-12-31")
# actors48: a number of one to three digits after a name, before a verb,
# a function word or punctuation, is the name's last word (a craft's, a
# union local's); such a name is no person's
actors_case("names.number-ends-craft",
            "In 1971 Apollo 15 landed near Hadley Rille.",
            "landed", ["Apollo 15"], kinds={"Apollo 15": "other"}, anchor="1971-12-31")
actors_case("names.number-ends-local",
            "On May 3, 2025, Teamsters Local 727, which represents the drivers, called a strike.",
            "called", ["Teamsters Local 727"], kinds={"Teamsters Local 727": "organization"})
actors_case("names.number-ends-before-period",
            "In 1989 the cameras of Voyager 2 photographed Neptune. In 1990 Kazuo Ito studied Voyager 2.",
            "studied", ["Voyager 2"], anchor="1990-12-31")
# actors48: "and" between fields of public work makes one body's name
# ("Customs and Border Protection"); names of their own stay two
actors_case("names.remit-and-enforcement",
            "On May 3, 2025, Immigration and Customs Enforcement detained four men in Fresno.",
            "detained", ["Immigration and Customs Enforcement"],
            kinds={"Immigration and Customs Enforcement": "institution"})
actors_case("names.remit-and-abbreviation",
            "On May 3, 2025, U.S. Customs and Border Protection seized a shipment of shrimp.",
            "seized", ["U.S. Customs and Border Protection"])
actors_case("names.remit-and-place",
            "On May 3, 2025, Fisheries and Oceans Canada closed the cod fishery.",
            "closed", ["Fisheries and Oceans Canada"])
actors_case("names.remit-and-union",
            "On May 3, 2025, Transport and Logistics Workers walked out at the port of Durban.",
            "walked", ["Transport and Logistics Workers"],
            kinds={"Transport and Logistics Workers": "organization"})
# actors48: "the Lord Chamberlain, X,": a title and its words after "the"
# name an office, whose holder the given name in apposition names
actors_case("names.office-before-holder-chamberlain",
            "In 1605 the Lord Chamberlain, Robert Cecil, walked through the cellars.",
            "walked", ["Robert Cecil"], not_want=["Chamberlain"], anchor="1605-12-31")
actors_case("names.office-before-holder-privy-seal",
            "In 1605 the Lord Privy Seal, Henry Howard, searched the house.",
            "searched", ["Henry Howard"], not_want=["Privy Seal"], anchor="1605-12-31")
# actors48: a vessel's noun said of a name outweighs a structure's word in
# it ("Sea", "Ocean", "Cape")
actors_case("names.vessel-over-structure-word",
            "On May 3, 2025, the tanker Sea Falcon ran aground off Aden.",
            "ran aground", ["Sea Falcon"], kinds={"Sea Falcon": "other"})
actors_case("names.vessel-apposition-over-structure-word",
            "On May 3, 2025, a Liberian-flagged tanker, the Ocean Pearl, lost power off Durban.",
            "lost power", ["Ocean Pearl"], kinds={"Ocean Pearl": "other"})
# actors47: a medal is a thing given, never a participant ("gave X its
# Polhem Medal"), as a prize or an award is (gazetteer suffix-event)
actors_case("kinds.award-medal-given",
            "The Royal Swedish Academy gave Ingrid Halvorsen its Polhem Medal in May 2019.",
            "gave", ["Royal Swedish Academy", "Ingrid Halvorsen"], ["Polhem Medal"], anchor="2019-12-31")
actors_case("kinds.award-medal-awarded",
            "In 1968 President Lyndon Johnson awarded Tomas Rivera the Congressional Gold Medal.",
            "awarded", ["Lyndon Johnson", "Tomas Rivera"], ["Congressional Gold Medal"], anchor="1968-12-31")
actors_case("kinds.award-medal-of",
            "On Monday President Marta Lindqvist gave Simone Okafor the Presidential Medal of Freedom.",
            "gave", ["Marta Lindqvist", "Simone Okafor"], ["Presidential Medal"])
# actors47: the owner of a place the event is only put at or toward ("to
# the stable of X", "below the hall of X") is where, not who
actors_case("roles.place-owner-stable",
            "On Friday the trainer Kwame Mensah moved his horses to the stable of Anwar Siddiqui.",
            "moved", ["Kwame Mensah"], ["Anwar Siddiqui"])
actors_case("roles.place-owner-hall",
            "On March 3, 1605, the conspirators rented a cellar below the hall of the Senate of Milan.",
            "rented", [], ["Senate of Milan"], anchor="1605-12-31")
actors_case("roles.place-owner-palace-title",
            "In 1688 the rebels gathered outside the palace of Sultan Mahmud.",
            "gathered", [], ["Mahmud"], anchor="1688-12-31")
actors_case("roles.place-owner-house",
            "On Tuesday Inspector Ayse Kaya waited at the house of Hamid Karimi in Izmir.",
            "waited", ["Ayse Kaya"], ["Hamid Karimi"])
# actors47: a craft after the verb's preposition of place ("aboard the
# frigate X", "into the lunar module, X") is where the event happens
actors_case("roles.craft-place-aboard",
            "In 1854 the envoy Yevfimy Putyatin signed the treaty aboard the frigate Pallada in Shimoda.",
            "signed", ["Yevfimy Putyatin"], ["Pallada"], anchor="1854-12-31")
actors_case("roles.craft-place-apposition",
            "In July 1969 the astronaut Neil Armstrong climbed into the lunar module, Eagle.",
            "climbed", ["Neil Armstrong"], ["Eagle"], anchor="1969-12-31")
actors_case("roles.craft-place-on-board",
            "On Monday the minister Rajnath Singh held talks on board the aircraft carrier Vikrant.",
            "held", ["Rajnath Singh"], ["Vikrant"])
actors_case("roles.craft-place-passive",
            "On Tuesday the rescued fishermen were carried aboard the tanker Nordic Wind.",
            "carried", [], ["Nordic Wind"])
# actors47: a work's title is no actor: the object of a verb of writing
# or printing, its subject in the passive, or the title after a copy's
# or an edition's "of"
actors_case("roles.work-title-published",
            "In 1687 Isaac Newton published the Principia Mathematica in London.",
            "published", ["Isaac Newton"], ["Principia"], anchor="1687-12-31")
# a verb of writing opens a title only where a capitalised word follows
# it: "wrote and Queen X signed" and "wrote of Queen X" name people
actors_case("roles.work-title-not-after-and",
            "On March 3, 1587, Nicholas Ashby wrote and Queen Margarethe signed the decree.",
            "signed", ["Margarethe"], anchor="1587-12-31")
actors_case("roles.work-title-not-after-of",
            "In 1590 the envoy wrote of King Sigismund in a letter to Rome.",
            "wrote", ["Sigismund"], anchor="1590-12-31")
actors_case("roles.work-title-across-on",
            "In 1638 the printer Louis Elzevir printed the Discourses on Two Sciences in Leiden.",
            "printed", ["Louis Elzevir"], ["Discourses", "Two Sciences"], anchor="1638-12-31")
actors_case("roles.work-title-passive",
            "The Dialogue on Tides was printed in Venice in February 1632.",
            "printed", [], ["Dialogue"], anchor="1632-12-31")
actors_case("roles.work-title-wrote",
            "In 1845 Frederick Douglass wrote the Narrative of the Life in Lynn.",
            "wrote", [], ["Narrative"], anchor="1845-12-31")
actors_case("roles.work-title-edition",
            "On Tuesday two men stole a copy of the Ulm edition of Ptolemy's Geography from the library in Krakow.",
            "stole", [], ["Geography"])
# actors49: "it" or "its" as a clause's subject is a thing's, never the
# person who did the clause before ("lost control of his van, and it slid")
clause_case("roles.it-not-person-van",
            "On Tuesday Markus Dahl lost control of his van on the E6, and it slid into a ditch near Hamar.",
            "slid", [], ["Markus Dahl"])
clause_case("roles.it-not-person-palace",
            "Queen Isabella bought the old palace in 1502, and it burned down in 1504.",
            "burned", [], ["Isabella"], anchor="1504-12-31")
clause_case("roles.it-not-person-boat",
            "Helga Moen ordered a new boat in May, but it sank on its first trip on Friday.",
            "sank", [], ["Helga Moen"])
clause_case("roles.it-body-kept",
            "The Port Authority fined the ferry operator in May, and it banned night crossings on Friday.",
            "banned", ["Port Authority"])
# actors49: the one a likeness shows sits for it, no participant
actors_case("roles.likeness-portrait",
            "On Sunday two men took Klimt's portrait of Amalie Zuckerkandl off the wall of the gallery.",
            "took", [], ["Amalie Zuckerkandl"])
actors_case("roles.likeness-statue",
            "Protesters toppled a statue of Edward Colston in Bristol on June 7, 2020.",
            "toppled", [], ["Edward Colston"], anchor="2020-12-31")
actors_case("roles.likeness-photograph",
            "On March 3, 1865, the studio sold a photograph of Abraham Lincoln to a collector.",
            "sold", [], ["Abraham Lincoln"], anchor="1865-12-31")
actors_case("roles.likeness-biography",
            "In May 1837 the publisher printed a biography of Admiral Nelson.",
            "printed", [], ["Nelson"], anchor="1837-12-31")
# actors49: a plural noun a count opens, in apposition to a list, says
# what every item of the list is ("stopped two trawlers, the X and the Y")
actors_case("kinds.list-after-count-plural",
            "The navy stopped two trawlers, the Costa Brava and the Isla Bonita, off Joal on Monday.",
            "stopped", ["Costa Brava", "Isla Bonita"], kinds={"Costa Brava": "other", "Isla Bonita": "other"})
actors_case("kinds.list-after-the-two",
            "The coast guard boarded the two ships, the Santa Lucia and the Rio Verde, on Wednesday.",
            "boarded", ["Santa Lucia", "Rio Verde"], kinds={"Santa Lucia": "other", "Rio Verde": "other"})
# actors49: a clock's colon ("at about 8:45 a.m.") ends no clause: the
# clause after ", and" and its time is a happening of its own, and its
# doer is not the one of the clause before
clause_case("clauses.clock-colon-after-and",
            "The crews shouted warnings, and at about 8:45 a.m. the Vega rammed the Alba.",
            "shouted", [], ["Vega"])
clause_case("clauses.clock-colon-minutes",
            "The guards opened the gates, and at around 11:30 the Duke of Alba rode into the city.",
            "opened", [], ["Alba"])
# every label of a long article: at most ten words, never an ellipsis
_, events = extract(open(os.path.join(HERE, "events_dev", "actors-01-chipmaker.txt"), encoding="utf-8").read(),
                    "2026-04-09")
bad = [(e["label"], score.headline_failures(e["label"], e["quote"])) for e in events
       if score.headline_failures(e["label"], e["quote"])]
check("headline.article-all-pass", events and not bad, repr(bad))

sys.exit(1 if failures else 0)
