#!/usr/bin/python3
"""Generates a corpus of news articles as JSON Lines, {"id", "date", "text"},
for evgraph extract --jsonl: deterministic (seeded), with varied dated
sentences (absolute days and months, weekdays, "last week", "two days
later", quarters), named actors, cue words for relations, some articles
dated by a dateline instead of "date", integer ids beside string ids, and a
few non-ASCII names.

    tests/gen_articles.py N [SEED] > articles.jsonl
"""
import datetime
import json
import random
import sys

ACTORS = ["Acme Corp", "Beta Ltd", "Gamma Group", "the European Commission",
          "Nvidia", "DeepSeek", "Maria Lopez", "John Smith", "OpenAI",
          "the Federal Reserve", "Société Générale", "Zoë Müller",
          "Reuters", "the United Nations", "Samsung", "Liang Wenfeng"]
VERBS = ["announced a merger", "cut its forecast", "opened a plant in Leeds",
         "resigned", "signed an agreement", "released a new model",
         "raised interest rates", "filed a lawsuit", "met regulators",
         "reported record profits", "recalled 10,000 cars",
         "launched an inquiry"]
CITIES = ["LONDON", "WASHINGTON", "BEIJING", "PARIS", "BERLIN", "TOKYO"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."]


def sentence(rng, day):
    actor = rng.choice(ACTORS)
    other = rng.choice(ACTORS)
    verb = rng.choice(VERBS)
    past = day - datetime.timedelta(days=rng.randint(1, 400))
    forms = [
        lambda: "On %s %d, %d, %s %s." % (MONTHS[past.month - 1], past.day,
                                          past.year, actor, verb),
        lambda: "%s %s on %s." % (actor, verb, day.strftime("%A")),
        lambda: "Last week, %s %s." % (actor, verb),
        lambda: "Two days later, %s %s." % (actor, verb),
        lambda: "In %s %d, %s %s." % (MONTHS[past.month - 1], past.year,
                                      actor, verb),
        lambda: "%s %s in the fourth quarter." % (actor, verb),
        lambda: "A dispute with %s in %s prompted %s to act." % (
            other, MONTHS[past.month - 1], actor),
        lambda: "%s said on %s that it %s, in response to %s." % (
            actor, day.strftime("%A"), verb, other),
        lambda: "%s will meet %s next month." % (actor, other),
        lambda: "Analysts were not surprised.",
    ]
    text = rng.choice(forms)()
    return text[0].upper() + text[1:]


def article(rng, index):
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
    sentences = [sentence(rng, day) for _ in range(rng.randint(3, 9))]
    record = {"id": index if rng.random() < 0.2 else "wire-%05d" % index}
    if rng.random() < 0.15:  # dated by its dateline, not by "date"
        sentences[0] = "%s, %s %d, %d — %s" % (
            rng.choice(CITIES), ABBR[day.month - 1], day.day, day.year,
            sentences[0])
    else:
        record["date"] = day.isoformat()
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    record["text"] = "\n\n".join(paragraphs)
    return record


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 12)
    out = sys.stdout
    for index in range(1, count + 1):
        out.write(json.dumps(article(rng, index), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
