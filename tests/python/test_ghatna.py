"""Tests of the Python module against the command it mirrors.

Run by CTest (python_pytest) with PYTHONPATH=build/python, GHATNA_DATA, and
GHATNA_BIN (the ghatna executable of the same build) set.
"""

import json
import os
import subprocess
import threading

import pytest

import ghatna

SOURCE = os.environ.get("GHATNA_SOURCE", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SOURCE, "examples", "lavrov-guterres.hi.txt")
BIN = os.environ.get("GHATNA_BIN")

# News-style sentences written for these tests.
ARTICLES = [
    {"id": "a1", "date": "2023-05-02", "text": "भारत ने पाकिस्तान पर सीमा पर गोलीबारी का आरोप लगाया।"},
    {"id": "a2", "date": "2023-05-03", "text": "रूस और चीन के विदेश मंत्रियों ने बीजिंग में मुलाकात की।"},
    {"id": "a3", "text": "अमेरिका ने ईरान पर नए प्रतिबंध लगा दिए हैं।"},
    {"id": "a4", "date": "2022-11-20", "text": "संयुक्त राष्ट्र महासचिव ने दोनों पक्षों से संयम बरतने की अपील की।"},
]


@pytest.fixture(scope="module")
def pipeline():
    return ghatna.Pipeline()


def run_cli(args, stdin):
    if not BIN:
        pytest.skip("GHATNA_BIN not set")
    r = subprocess.run([BIN] + args, input=stdin.encode(), capture_output=True, check=True)
    return r.stdout.decode()


def test_seed_article(pipeline):
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    events = pipeline.code(text, id="lavrov-guterres")
    triples = {(e["source"]["code"], e["code"], e["target"]["code"]) for e in events}
    assert ("RUSGOV", "028", "IGOUNO") in triples


def test_code_equals_cli_json(pipeline):
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    want = [json.loads(l) for l in run_cli(["code", "--input", "jsonl", "--format", "jsonl", "-"], lines).splitlines()]
    got = [e for events in pipeline.code_many(ARTICLES, threads=2) for e in events]
    assert got == want
    assert len(got) >= 3


def test_code_many_keeps_order_and_threads_agree(pipeline):
    articles = ARTICLES * 25
    one = pipeline.code_many(articles, threads=1)
    four = pipeline.code_many(articles, threads=4)
    assert one == four
    assert len(one) == len(articles)
    assert one[0] and one[0][0]["doc_id"] == "a1"


def test_explain_adds_rules(pipeline):
    events = pipeline.code(ARTICLES[0]["text"], explain=True)
    assert events and "rules" in events[0] and "pattern" in events[0]
    assert "rules" not in pipeline.code(ARTICLES[0]["text"])[0]


def test_code_frame_columns_match_tsv(pipeline):
    import pandas as pd

    df = pd.DataFrame(ARTICLES).set_index("id")
    frame = pipeline.code_frame(df, text_col="text", date_col="date")
    tsv = run_cli(["code", "--input", "jsonl", "--format", "tsv", "-"],
                  "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES))
    header = tsv.splitlines()[0].split("\t")
    assert list(frame.columns) == header
    assert len(frame) == len(tsv.splitlines()) - 1
    assert set(frame["EventRootCode"]) <= {f"{i:02d}" for i in range(1, 21)}


def test_bad_input_raises_with_reason(pipeline):
    with pytest.raises(ValueError, match="record 2.*text"):
        pipeline.code_many([ARTICLES[0], {"id": "no-text"}])
    with pytest.raises(TypeError):
        pipeline.code_many([42])
    with pytest.raises(RuntimeError):
        ghatna.Pipeline(data="/nonexistent/ghatna-data")


def test_shared_between_python_threads(pipeline):
    results = [None] * 4

    def work(i):
        results[i] = pipeline.code_many(ARTICLES, threads=1)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == results[0] for r in results)


def _cli_jsonl(command, record):
    line = json.dumps(record, ensure_ascii=False) + "\n"
    return [json.loads(l) for l in run_cli([command, "--input", "jsonl", "-"], line).splitlines()]


def test_actors_equals_cli_on_seed():
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    want = _cli_jsonl("actors", {"id": "lavrov-guterres", "text": text})
    got = ghatna.actors(text, id="lavrov-guterres")
    assert got == want
    codes = {m["code"] for m in got}
    assert {"RUSGOV", "IGOUNO"} <= codes
    assert [m["mention"] for m in got] == list(range(len(got)))


def test_actors_date_picks_offices(pipeline):
    for a in ARTICLES:
        rec = {"id": a["id"], "text": a["text"]}
        if "date" in a:
            rec["date"] = a["date"]
        assert pipeline.actors(a["text"], date=a.get("date"), id=a["id"]) == _cli_jsonl("actors", rec)


def test_parse_equals_cli_on_seed():
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    want = _cli_jsonl("parse", {"id": "lavrov-guterres", "text": text})
    got = ghatna.parse(text, id="lavrov-guterres")
    assert got == want
    assert [s["sentence"] for s in got] == list(range(len(got)))
    assert all(t["upos"] for s in got for t in s["tokens"])
    assert any(p["lemma"] for s in got for p in s["predicates"])


def test_actors_and_parse_bad_input_raise(pipeline):
    with pytest.raises(ValueError, match="date"):
        pipeline.actors("भारत ने पाकिस्तान की निंदा की।", date="2023-13-45")
    with pytest.raises(TypeError):
        ghatna.parse(42)
