#!/usr/bin/env python3
"""Scores short texts of our own against a binary, by the date of the event
whose label or span holds a key phrase (dates rounds' variants).

Usage: python3 tests/dev/date_variants.py EVGRAPH FILE
FILE: blocks split by a line "===", each "mechanism | key | expected date"
then the text."""
import json, os, subprocess, sys, tempfile

evg, path = sys.argv[1], sys.argv[2]
ok = total = 0
with tempfile.TemporaryDirectory() as tmp:
    for n, block in enumerate(open(path, encoding="utf-8").read().split("===\n")):
        block = block.strip("\n")
        if not block:
            continue
        head, text = block.split("\n", 1)
        mech, key, expected = [x.strip() for x in head.split("|")]
        t = os.path.join(tmp, f"{n}.txt")
        with open(t, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        out = subprocess.run([evg, "extract", "--format", "json", t],
                             capture_output=True, text=True).stdout
        raw = (text + "\n").encode()
        got = None
        for line in out.splitlines():
            d = json.loads(line)
            if d.get("type") != "event":
                continue
            span = raw[d["start"]["offset"]:d["end"]["offset"]].decode(errors="replace")
            if key.lower() in d["label"].lower() or key.lower() in span.lower():
                got = d["date"]
                break
        total += 1
        ok += got == expected
        print(("ok  " if got == expected else "BAD ") + f"{mech} [{key}] expected {expected} got {got}")
print(f"{ok}/{total}")
