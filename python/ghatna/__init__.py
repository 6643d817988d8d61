"""ghatna: political event data (CAMEO, PLOVER) from Hindi news.

    import ghatna
    p = ghatna.Pipeline()                       # loads the dictionaries once
    p.code("लवरोव ने गुटेरेस से ... आग्रह किया")   # -> [{"source": ..., "code": "028", ...}]
    p.code_many(articles, threads=4)            # -> one list of events per article
    p.code_frame(df, text_col="text")           # -> pandas DataFrame, one row per event
    ghatna.actors("लवरोव ने गुटेरेस से ...")      # -> [{"text": "लवरोव", "code": "RUSGOV", ...}]
    ghatna.parse("लवरोव ने गुटेरेस से ...")       # -> one dict per sentence: tokens, phrases, ...

Each event is the dict of one JSON line of `ghatna code` (docs/output.md);
code_frame's columns are those of `ghatna code --format tsv`. Articles are
read exactly as `ghatna code` reads a JSON-lines file: a str is the text, a
dict has "text" and optionally "id", "date", "title", "url". Bad input raises
ValueError with the same reason the command prints. actors() and parse()
give the dicts of the JSON lines of `ghatna actors` and `ghatna parse`.
"""

import io
import json
import os

from ._ghatna import Analysis as _Analysis
from ._ghatna import Core as _Core
from ._ghatna import Format as _Format
from ._ghatna import tsv_header as _tsv_header

__all__ = ["Pipeline", "actors", "parse"]


def _record(article, index, date=None, id=None):
    """One JSON-lines record for an article given as str or dict."""
    if isinstance(article, str):
        rec = {"text": article}
    elif isinstance(article, dict):
        rec = {k: v for k, v in article.items() if v is not None}
    else:
        raise TypeError(f"article {index + 1}: expected str or dict, got {type(article).__name__}")
    if id is not None:
        rec["id"] = id
    if date is not None:
        rec["date"] = date
    rec.setdefault("id", f"doc{index + 1}")
    return json.dumps(rec, ensure_ascii=False)


def _threads(threads):
    if threads is None or threads <= 0:
        return max(1, os.cpu_count() or 1)
    return int(threads)


class Pipeline:
    """The whole ghatna pipeline, loaded once and safe to share between threads.

    data: the data directory (default: $GHATNA_DATA, else the source tree's
    data/ that the module was built from).
    """

    def __init__(self, data=None):
        self._core = _Core(data)

    @property
    def data_dir(self):
        return self._core.data_dir

    def code(self, text, date=None, id=None, explain=False):
        """Events of one article: a list of dicts, the JSON fields of `ghatna code`."""
        rec = _record(text, 0, date=date, id=id if id is not None else "doc")
        fmt = _Format.JSON_EXPLAIN if explain else _Format.JSON
        (out,) = self._core.code_records([rec], 1, fmt)
        return [json.loads(line) for line in out.splitlines()]

    def actors(self, text, date=None, id=None):
        """Actor mentions of one article: a list of dicts, the JSON lines of
        `ghatna actors` (mention, sentence, start, end, text, code, how, ...).
        `date` picks the offices held on that day (YYYY-MM-DD)."""
        rec = _record(text, 0, date=date, id=id if id is not None else "doc")
        out = self._core.analyze_record(rec, _Analysis.MENTIONS)
        return [json.loads(line) for line in out.splitlines()]

    def parse(self, text, id=None):
        """Tokens and parses of one article: one dict per sentence, the JSON
        lines of `ghatna parse` (tokens with lemma/upos/feats, phrases,
        predicates with their arguments, clauses)."""
        rec = _record(text, 0, id=id if id is not None else "doc")
        out = self._core.analyze_record(rec, _Analysis.PARSES)
        return [json.loads(line) for line in out.splitlines()]

    def code_many(self, articles, threads=None, explain=False):
        """Events of many articles (str or dict each), coded on `threads` threads
        without the GIL: one list of event dicts per article, in input order."""
        records = [_record(a, i) for i, a in enumerate(articles)]
        fmt = _Format.JSON_EXPLAIN if explain else _Format.JSON
        outs = self._core.code_records(records, _threads(threads), fmt)
        return [[json.loads(line) for line in out.splitlines()] for out in outs]

    def code_frame(self, data, text_col="text", date_col=None, id_col=None, threads=None):
        """A pandas DataFrame with one row per event and the columns of
        `ghatna code --format tsv` (all strings: codes keep their leading
        zeros). `data` is a DataFrame (text in text_col, optional date_col and
        id_col; the index is the id otherwise) or a sequence of texts."""
        import pandas as pd

        records = []
        if isinstance(data, pd.DataFrame):
            for n, (index, row) in enumerate(data.iterrows()):
                rec = {"text": row[text_col], "id": str(row[id_col]) if id_col else str(index)}
                if date_col and isinstance(row[date_col], str) and row[date_col]:
                    rec["date"] = row[date_col]
                records.append(_record(rec, n))
        else:
            records = [_record(a, i) for i, a in enumerate(data)]
        outs = self._core.code_records(records, _threads(threads), _Format.TSV)
        text = _tsv_header() + "".join(outs)
        return pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False, quoting=3)


_default_pipeline = None


def _default():
    """The Pipeline of the module functions, loaded on first use from the
    data directory FindDataDir finds (docs/install.md)."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline


def actors(text, date=None, id=None):
    """Actor mentions of one article (Pipeline.actors on a default Pipeline)."""
    return _default().actors(text, date=date, id=id)


def parse(text, id=None):
    """Tokens and parses of one article (Pipeline.parse on a default Pipeline)."""
    return _default().parse(text, id=id)
