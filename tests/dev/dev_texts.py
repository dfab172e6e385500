"""The gold texts a tests/dev tool reads: NAME.txt with NAME.gold.json under
tests/events_*/, as score_all.py finds them, the blind set left out (the one
tests/extract.sh excludes, or the one named by --exclude SET)."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "events_gold"))
import score as S  # noqa: E402
import score_all  # noqa: E402


def chosen_texts(args):
    """args: [SET,SET,...] [--exclude SET]; returns (set, text, gold) triples."""
    args = list(args)
    exclude = score_all.blind_set()
    if "--exclude" in args:
        k = args.index("--exclude")
        exclude = args[k + 1]
        del args[k:k + 2]
    sets = args[0].split(",") if args else []
    return score_all.texts(sets, [exclude] if exclude else [])


def paired_core_events(evgraph, args):
    """Runs `evgraph extract` on each chosen text (chosen_texts(args)) and
    yields (gold_path, gold, gold_event, proposed_event, actors, body) for
    each core gold event paired with a proposal as score.py pairs them;
    actors: the extraction's actors by id, body: the text's bytes."""
    for _, text, gold_path in chosen_texts(args):
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as f:
            subprocess.run([evgraph, "extract", "--format", "json", text], stdout=f,
                           stderr=subprocess.DEVNULL, check=True)
            actors, proposed = S.read_extract(f.name)
        gold = S.read_gold(gold_path)
        with open(text, encoding="utf-8") as f:
            body = f.read().encode()
        for g in gold["events"]:
            if not g["core"]:
                continue
            p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["_start"], p["_end"]))
            if p is not None:
                yield gold_path, gold, g, p, actors, body
