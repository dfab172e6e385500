"""The relations `evgraph extract` proposes for a text, as (event's clause,
relation, target's clause) triples in output order: what the relation
checks of tests/extract.sh assert on (one opening instead of a copy in
each check); and the events as (label, date, actor names) for the clause
checks."""
import json
import subprocess


def _edges(json_lines, raw, every):
    events = [e for e in map(json.loads, json_lines.decode().splitlines())
              if e["type"] == "event"]
    by_id = {e["id"]: e for e in events}

    def clause(e):
        return raw[e["start"]["offset"]:e["end"]["offset"]].decode()

    return [(clause(e), r["relation"], clause(by_id[r["target"]]))
            for e in events if "relation" in e
            for r in ([e] + e.get("more_relations", []) if every else [e])]


def relation_edges(evg, path, every=False):
    """Runs `evg extract --format json path`; with `every`, an event's
    more_relations follow its first relation."""
    out = subprocess.run(evg.split() + ["extract", "--format", "json", path],
                         capture_output=True, check=True)
    return _edges(out.stdout, open(path, "rb").read(), every)


def text_relation_edges(evg, text, every=True, anchor="2026-03-06"):
    """The same for `text` read on standard input, dated from `anchor`."""
    out = subprocess.run(evg.split() + ["extract", "--anchor", anchor,
                                        "--format", "json", "-"],
                         input=text.encode(), capture_output=True, check=True)
    return _edges(out.stdout, text.encode(), every)


def labelled_events(evg, path):
    """The events `evg extract --format json path` proposes, as (label,
    date, actor names) in output order."""
    out = subprocess.run(evg.split() + ["extract", "--format", "json", path],
                         capture_output=True, check=True).stdout
    lines = [json.loads(line) for line in out.decode().splitlines()]
    names = {a["id"]: a["name"] for a in lines if a["type"] == "actor"}
    return [(e["label"], e["date"], [names[a] for a in e["actors"]])
            for e in lines if e["type"] == "event"]
