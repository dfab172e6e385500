"""The gold texts a tests/dev tool reads: NAME.txt with NAME.gold.json under
tests/events_*/, as score_all.py finds them, the blind set left out (the one
tests/extract.sh excludes, or the one named by --exclude SET)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "events_gold"))
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
