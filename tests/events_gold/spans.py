#!/usr/bin/env python3
"""Fills in the byte spans of the gold events from their clause text.

Each gold event carries "clause", the exact words of its clause in the
text (NAME.txt beside NAME.gold.json); "span" is computed here, never by
hand: the byte offsets [start, end) of that clause in the UTF-8 file.  A
clause that occurs more than once needs "occurrence" (1-based).

    spans.py GOLD...           rewrite the spans in place
    spans.py --check GOLD...   only check them (exit 1 on a mismatch)
"""
import json
import os
import sys


def text_path(gold_path):
    return gold_path[: -len(".gold.json")] + ".txt"


def clause_span(data, clause, occurrence):
    """Byte span of the occurrence-th copy of clause in data, or an error."""
    needle = clause.encode("utf-8")
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    if not found:
        return None, "clause not in the text"
    if occurrence is None and len(found) > 1:
        return None, "clause occurs %d times: give occurrence" % len(found)
    index = (occurrence or 1) - 1
    if index >= len(found):
        return None, "occurrence %d of %d" % (occurrence, len(found))
    return [found[index], found[index] + len(needle)], None


def dump(gold):
    """The gold file's layout: one event, actor or relation a line."""
    def rows(items):
        return ",\n".join("    " + json.dumps(i, ensure_ascii=False) for i in items)
    return (
        "{\n  \"anchor\": %s,\n  \"events\": [\n%s\n  ],\n  \"actors\": [\n%s\n  ],\n"
        "  \"relations\": [\n%s\n  ]\n}\n"
        % (json.dumps(gold["anchor"]), rows(gold["events"]), rows(gold["actors"]),
           rows(gold["relations"]))
    )


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    errors = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        with open(text_path(path), "rb") as f:
            data = f.read()
        changed = False
        for event in gold["events"]:
            span, error = clause_span(data, event["clause"], event.get("occurrence"))
            if error:
                print("%s: %s: %s" % (path, event["id"], error), file=sys.stderr)
                errors += 1
            elif event.get("span") != span:
                if check:
                    print("%s: %s: span %s, clause at %s" % (path, event["id"], event.get("span"), span),
                          file=sys.stderr)
                    errors += 1
                event["span"] = span
                changed = True
        if changed and not check and not errors:
            ordered = []
            for event in gold["events"]:  # span right after clause, for reading
                ordered.append({k: event[k] for k in
                                ["id", "core", "date", "clause", "occurrence", "span", "headline", "actors"]
                                if k in event})
            gold["events"] = ordered
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(dump(gold))
            os.replace(tmp, path)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
