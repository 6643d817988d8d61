#!/usr/bin/env python3
"""Throughput of the Python module and of Dask against `ghatna code`.

usage: PYTHONPATH=build/python python3 bench/python_bench.py [ARTICLES.jsonl] [--n N] [--bin build/ghatna]

Codes the first N articles (default 2,000) of a JSON-lines file (default:
articles generated from a few news-style sentences) four ways and prints
articles/s for each: `ghatna code --threads 1`, Pipeline.code_many with one
thread, and ghatna.dask.code_bag on a LocalCluster of one and of two
single-threaded worker processes (started before timing). Wall-clock
figures: run it on an otherwise idle machine.
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SENTENCES = [
    "भारत ने पाकिस्तान पर सीमा पर गोलीबारी का आरोप लगाया।",
    "रूस और चीन के विदेश मंत्रियों ने बीजिंग में मुलाकात की।",
    "अमेरिका ने ईरान पर नए प्रतिबंध लगा दिए हैं।",
    "संयुक्त राष्ट्र महासचिव ने दोनों पक्षों से संयम बरतने की अपील की।",
    "पुलिस ने दिल्ली में दो संदिग्धों को गिरफ्तार किया।",
]


def load(path, n):
    docs = []
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    docs.append({k: d[k] for k in ("id", "text", "date") if k in d})
                if len(docs) >= n:
                    break
    while len(docs) < n:
        i = len(docs)
        docs.append({"id": f"g{i}", "text": " ".join(SENTENCES[(i + k) % 5] for k in range(12))})
    return docs


def main(argv):
    path, n, binary = None, 2000, os.path.join(ROOT, "build", "ghatna")
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--n":
            n = int(args.pop(0))
        elif a == "--bin":
            binary = args.pop(0)
        else:
            path = a
    docs = load(path, n)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode()

    import ghatna
    import ghatna.dask
    import dask.bag as db
    import distributed

    t = time.perf_counter()
    subprocess.run([binary, "code", "--input", "jsonl", "--threads", "1", "-"], input=lines,
                   stdout=subprocess.DEVNULL, check=True)
    cli = time.perf_counter() - t

    p = ghatna.Pipeline()
    t = time.perf_counter()
    p.code_many(docs, threads=1)
    py = time.perf_counter() - t

    rates = {}
    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            warm = db.from_sequence(docs[:workers * 4], npartitions=workers * 2)
            ghatna.dask.code_bag(warm).compute()  # load the pipeline on every worker
            bag = db.from_sequence(docs, npartitions=workers * 8)
            t = time.perf_counter()
            ghatna.dask.code_bag(bag).count().compute()
            rates[workers] = len(docs) / (time.perf_counter() - t)

    print(f"articles: {len(docs)}, cores: {os.cpu_count()}")
    print(f"ghatna code --threads 1 : {len(docs) / cli:8.1f} articles/s (includes loading, {cli:.2f} s)")
    print(f"Pipeline.code_many(1)   : {len(docs) / py:8.1f} articles/s ({py / cli - 1:+.1%} time vs code)")
    print(f"dask, 1 worker          : {rates[1]:8.1f} articles/s")
    print(f"dask, 2 workers         : {rates[2]:8.1f} articles/s ({rates[2] / rates[1]:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
