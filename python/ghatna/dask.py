"""Scale-out on Dask: code a partitioned archive on a cluster's workers.

    import dask.bag as db
    import ghatna.dask
    bag = db.read_text("archive/*.jsonl").map(json.loads)
    events = ghatna.dask.code_bag(bag)           # a bag of event dicts
    events.map(json.dumps).to_textfiles("events/*.jsonl")

The pipeline is loaded once per worker process (the dictionaries take tens
of milliseconds and some megabytes), not once per partition: it is kept in
a module-level cache keyed by data directory. Each partition is coded on
`threads` threads of its worker without the GIL. docs/scale-out.md shows
how to run the same code on several machines.
"""

import threading

import ghatna

_cache = {}
_lock = threading.Lock()


def worker_pipeline(data=None):
    """This process's pipeline for `data`, loaded on first use."""
    key = data or ""
    with _lock:
        p = _cache.get(key)
        if p is None:
            p = ghatna.Pipeline(data)
            _cache[key] = p
        return p


def _code_partition(articles, data, threads):
    p = worker_pipeline(data)
    out = []
    for events in p.code_many(list(articles), threads=threads):
        out.extend(events)
    return out


def code_bag(bag, data=None, threads=1):
    """A dask.bag of articles (str or dict with "text", "id", "date", …) ->
    a dask.bag of event dicts (the JSON fields of `ghatna code`)."""
    return bag.map_partitions(_code_partition, data, threads)


def _frame_partition(df, text_col, date_col, id_col, data, threads):
    return worker_pipeline(data).code_frame(df, text_col=text_col, date_col=date_col, id_col=id_col,
                                            threads=threads)


def code_dataframe(ddf, text_col="text", date_col=None, id_col=None, data=None, threads=1):
    """A dask.dataframe of articles -> a dask.dataframe of events, one row
    per event, the columns of `ghatna code --format tsv` (strings)."""
    import pandas as pd

    from ._ghatna import tsv_header

    meta = pd.DataFrame({c: pd.Series(dtype=str) for c in tsv_header().rstrip("\n").split("\t")})
    return ddf.map_partitions(_frame_partition, text_col, date_col, id_col, data, threads, meta=meta)
