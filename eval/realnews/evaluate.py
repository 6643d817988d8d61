#!/usr/bin/env python3
"""Scores `ghatna code` on the real-news development set.

usage: evaluate.py [--ghatna BIN] [--split dev|test|all] [--scorer FILE] [--per-doc]

Rebuilds the articles' texts from their public sources (rebuild.py; the
repositories must be present under $GHATNA_CORPORA or /work/.mirror), codes
them with BIN (default: build/ghatna next to this repository) and scores the
events against gold.jsonl with the project's scorer (default:
../shared/eval/score_events.py beside the repository). Prints the scorer's
report. Exits 0 without scoring, with one line on stderr, when the sources or
the scorer are absent, so that it can run anywhere.
"""
import json
import os
import subprocess
import sys
import tempfile

from rebuild import rebuild_split

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main(argv):
    ghatna = os.path.join(ROOT, "build", "ghatna")
    scorer = os.path.join(os.path.dirname(ROOT), "shared", "eval", "score_events.py")
    split, extra = "dev", []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--ghatna" and args:
            ghatna = args.pop(0)
        elif a == "--split" and args:
            split = args.pop(0)
        elif a == "--scorer" and args:
            scorer = args.pop(0)
        elif a == "--per-doc":
            extra.append(a)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    if not os.path.exists(scorer):
        print(f"evaluate.py: skipped: no scorer at {scorer}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        articles, status = rebuild_split(split, tmp, "evaluate.py")
        if articles is None:
            return status
        ids = {json.loads(l)["id"] for l in open(articles, encoding="utf-8")}
        gold = os.path.join(tmp, "gold.jsonl")
        with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f, open(gold, "w", encoding="utf-8") as g:
            for line in f:
                if json.loads(line)["doc_id"] in ids:
                    g.write(line)
        system = os.path.join(tmp, "system.jsonl")
        with open(system, "w", encoding="utf-8") as out:
            r = subprocess.run([ghatna, "code", articles], stdout=out)
        if r.returncode != 0:
            print(f"evaluate.py: {ghatna} code failed ({r.returncode})", file=sys.stderr)
            return 1
        print(f"{len(ids)} articles ({split})")
        return subprocess.run([sys.executable, scorer, gold, system] + extra).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
