"""ghatna.dask on a two-worker LocalCluster: the same events as the command."""

import json
import os
import subprocess

import pytest

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")

import ghatna.dask  # noqa: E402

BIN = os.environ.get("GHATNA_BIN")

# News-style sentences written for this test, combined into many articles.
SENTENCES = [
    "भारत ने पाकिस्तान पर सीमा पर गोलीबारी का आरोप लगाया।",
    "रूस और चीन के विदेश मंत्रियों ने बीजिंग में मुलाकात की।",
    "अमेरिका ने ईरान पर नए प्रतिबंध लगा दिए हैं।",
    "संयुक्त राष्ट्र महासचिव ने दोनों पक्षों से संयम बरतने की अपील की।",
    "पुलिस ने दिल्ली में दो संदिग्धों को गिरफ्तार किया।",
]


def articles(n):
    out = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
        out.append({"id": f"d{i:04d}", "date": f"2023-0{1 + i % 9}-1{i % 10}", "text": text})
    return out


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_code_bag_equals_cli(client):
    if not BIN:
        pytest.skip("GHATNA_BIN not set")
    docs = articles(400)
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in docs)
    want = [json.loads(l) for l in subprocess.run([BIN, "code", "--input", "jsonl", "-"], input=lines.encode(),
                                                   capture_output=True, check=True).stdout.decode().splitlines()]
    bag = dask_bag.from_sequence(docs, npartitions=8)
    got = ghatna.dask.code_bag(bag).compute()
    assert got == want
    assert len(got) > 400


def test_pipeline_loaded_once_per_worker(client):
    bag = dask_bag.from_sequence(articles(80), npartitions=8)
    ghatna.dask.code_bag(bag).compute()

    def loaded():
        return len(ghatna.dask._cache)

    counts = client.run(loaded)
    assert len(counts) == 2
    assert all(v <= 1 for v in counts.values())


def test_code_dataframe(client):
    import pandas as pd

    docs = articles(60)
    ddf = dd.from_pandas(pd.DataFrame(docs), npartitions=4)
    got = ghatna.dask.code_dataframe(ddf, text_col="text", date_col="date", id_col="id").compute()
    want = ghatna.Pipeline().code_frame(pd.DataFrame(docs), text_col="text", date_col="date", id_col="id")
    assert list(got.columns) == list(want.columns)
    assert got.reset_index(drop=True).equals(want.reset_index(drop=True))
