#!/usr/bin/env python3
"""Scores actor resolution on the real-news set: for every gold actor span
(source_span/target_span of gold.jsonl), do the actors the pipeline resolves
for the phrases overlapping it (`ghatna actors --resolved`) include the
annotators' code?

usage: actors.py [--ghatna BIN] [--split dev|test|all] [--misses]

Prints the share of spans whose principal agrees (first three letters; an IGO
or NGO code up to its sixth letter), of those whose whole code agrees, the
spans with no resolved actor at all, and the share by how the annotators say
the actor was written (named, title, pronoun, demonym, dropped, context).
Exits 0 without scoring, with one line on stderr, when the sources are absent.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

from rebuild import rebuild_split

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def principal(code):
    code = (code or "").upper()
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


def main(argv):
    ghatna, split, misses = os.path.join(ROOT, "build", "ghatna"), "dev", False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--ghatna" and args:
            ghatna = args.pop(0)
        elif a == "--split" and args:
            split = args.pop(0)
        elif a == "--misses":
            misses = True
        else:
            print(__doc__, file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as tmp:
        articles, status = rebuild_split(split, tmp, "actors.py")
        if articles is None:
            return status
        ids = [json.loads(l)["id"] for l in open(articles, encoding="utf-8")]
        out = subprocess.run([ghatna, "actors", "--resolved", articles], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"actors.py: {ghatna} actors failed ({out.returncode})", file=sys.stderr)
            return 1
    resolved = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        m = json.loads(line)
        resolved[m["doc_id"]].append(m)
    gold = {}
    for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        gold[g["doc_id"]] = g
    total = ok = strict = missing = 0
    by_how, by_how_ok = collections.Counter(), collections.Counter()
    for d in ids:
        for e in gold[d]["events"]:
            for side in ("source", "target"):
                span = e.get(side + "_span")
                if not span:
                    continue
                how = e.get(side + "_how") or "?"
                total += 1
                by_how[how] += 1
                codes = [m["code"] for m in resolved[d] if m["start"] < span[1] and span[0] < m["end"]]
                if any(principal(c) == principal(e[side]) for c in codes):
                    ok += 1
                    by_how_ok[how] += 1
                    strict += any(c == e[side] for c in codes)
                else:
                    missing += not codes
                    if misses:
                        print(f"miss {d} {span[0]}-{span[1]} {how} gold={e[side]} got={','.join(codes) or '-'}")
    if total == 0:
        print("no gold actor spans", file=sys.stderr)
        return 1
    print(f"{len(ids)} articles ({split}): {total} gold actor spans; principal agrees {ok} ({ok / total:.1%}), "
          f"whole code {strict} ({strict / total:.1%}), no resolved actor {missing}")
    for how, n in by_how.most_common():
        print(f"  {how:8} {n:4}  {by_how_ok[how] / n:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
