#!/usr/bin/env python3
"""The dashboard in a real browser: headless Chromium (Debian's chromium and
chromium-driver, driven through Selenium) against `ghatna serve` over a
store ingested from examples/ (each article on three dates a week apart).

Checks the dyad view's chart and table against the API's own counts, an
article opened from the table with its events highlighted, the events
table, the actor network, the "code this text" box on the seed article
(RUSGOV 028 IGOUNO with लवरोव, गुटेरेस and आग्रह highlighted), that every
resource came from ghatna itself (no network), the Devanagari font, and a
phone-width layout. Writes a screenshot of each view to --screenshots.

Usage: dashboard_test.py GHATNA_BINARY [--screenshots DIR]
Exit status 77 (skipped) when Chromium, chromedriver or Selenium is missing.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

SKIP = 77
ROOT = pathlib.Path(__file__).resolve().parents[2]


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ghatna")
    ap.add_argument("--screenshots", default="")
    args = ap.parse_args()

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if chromium is None or not os.path.exists(driver_path):
        skip("chromium or chromium-driver is not installed (scripts/install-deps.sh installs them)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        skip("python3-selenium is not installed")

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="ghatna-browser-"))
    server = None
    driver = None
    try:
        # The store: every example article on three dates.
        lines = []
        for p in sorted((ROOT / "examples").glob("*.txt")):
            stem = p.name.split(".")[0]
            for d in ("2024-03-04", "2024-03-12", "2024-03-20"):
                lines.append(json.dumps({"id": f"{stem}@{d}", "text": p.read_text(encoding="utf-8"),
                                         "date": d, "title": stem}, ensure_ascii=False))
        (tmp / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        db = tmp / "events.db"
        subprocess.run([args.ghatna, "ingest", "--threads", "1", "--db", str(db), str(tmp / "in.jsonl")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        server = subprocess.Popen([args.ghatna, "serve", "--db", str(db), "--port", "0", "--threads", "4"],
                                  stderr=subprocess.PIPE, text=True)
        base = None
        deadline = time.time() + 60
        while time.time() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            m = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
            if m:
                base = m.group(1)
                break
        assert base, "ghatna serve did not say where it listens"

        def get(path):
            with urllib.request.urlopen(base + path) as r:
                return json.load(r)

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1280,1000", "--lang=hi", "--no-first-run", "--disable-extensions",
                  ):
            options.add_argument(a)
        try:
            driver = webdriver.Chrome(service=Service(driver_path), options=options)
        except Exception as e:  # a browser that does not start here is not a test failure
            skip(f"chromium did not start: {str(e).splitlines()[0]}")
        driver.set_script_timeout(30)
        wait = WebDriverWait(driver, 30)
        shots = pathlib.Path(args.screenshots) if args.screenshots else None
        if shots:
            shots.mkdir(parents=True, exist_ok=True)

        def shot(name):
            if shots:
                driver.save_screenshot(str(shots / f"dashboard-{name}.png"))

        def js(script, *a):
            return driver.execute_script(script, *a)

        driver.get(base + "/")
        wait.until(lambda d: d.find_element(By.ID, "version").text.startswith("ghatna"))

        # Dyad view: Russia (by its Hindi name) and the UN (by code).
        driver.find_element(By.ID, "dyad-source").send_keys("रूस")
        driver.find_element(By.ID, "dyad-target").send_keys("IGOUNO")
        driver.find_element(By.CSS_SELECTOR, "#dyad-form button[type=submit]").click()
        wait.until(lambda d: d.find_element(By.ID, "dyad-summary").get_attribute("data-events"))
        summary = driver.find_element(By.ID, "dyad-summary")
        assert summary.get_attribute("data-dyad") == "RUS,IGOUNO", summary.get_attribute("data-dyad")
        stats = get("/v1/stats?" + urllib.parse.urlencode({"dyad": "RUS,IGOUNO", "by": "week"}))
        want_events = sum(r["events"] for r in stats["rows"])
        records = get("/v1/events?" + urllib.parse.urlencode({"dyad": "RUS,IGOUNO", "records": 1, "limit": 1000}))
        want_records = len(records["records"])
        assert want_events >= 6 and want_records >= 6, (want_events, want_records)
        assert int(summary.get_attribute("data-events")) == want_events
        assert int(summary.get_attribute("data-records")) == want_records
        rows = driver.find_elements(By.CSS_SELECTOR, "#dyad-table tbody tr")
        assert len(rows) == want_records, (len(rows), want_records)
        chart_events = js("""const c = Chart.getChart('dyad-chart');
            return c.data.datasets.filter(d => d.type === 'bar').flatMap(d => d.data).reduce((a, b) => a + b, 0);""")
        assert chart_events == want_events, (chart_events, want_events)
        weeks = js("return Chart.getChart('dyad-chart').data.labels.length")
        assert weeks == len({r["period"] for r in stats["rows"]}) == 3, weeks
        marks = driver.find_elements(By.CSS_SELECTOR, "#dyad-table tbody mark.trg")
        assert marks, "no trigger highlighted in the dyad table"
        shot("dyad")

        # A record's evidence opens its article, all its events highlighted.
        rows[0].click()
        wait.until(lambda d: d.find_element(By.ID, "article").is_displayed())
        article_marks = driver.find_elements(By.CSS_SELECTOR, "#article mark")
        assert article_marks, "the article shows no highlighted evidence"
        js("document.getElementById('article').scrollIntoView()")
        shot("article")

        # Events view: Russia's events with their sentences.
        js("document.getElementById('article').hidden = true")
        driver.find_element(By.ID, "events-source").send_keys("RUS")
        driver.find_element(By.CSS_SELECTOR, "#events-form button[type=submit]").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#events-table tbody tr"))
        want = get("/v1/events?source=RUS&limit=100")["events"]
        got_rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
        assert len(got_rows) == len(want), (len(got_rows), len(want))
        assert driver.find_elements(By.CSS_SELECTOR, "#events-table tbody mark.src")
        js("window.scrollTo(0, 0)")
        shot("events")

        # Network of the whole store.
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=network]").click()
        driver.find_element(By.CSS_SELECTOR, "#network-form button[type=submit]").click()
        wait.until(lambda d: d.find_element(By.ID, "network-summary").get_attribute("data-nodes"))
        nodes = int(driver.find_element(By.ID, "network-summary").get_attribute("data-nodes"))
        edges = int(driver.find_element(By.ID, "network-summary").get_attribute("data-edges"))
        all_records = get("/v1/events?records=1&limit=1000")["records"]
        assert edges == len({(r["source"], r["target"]) for r in all_records}), edges
        assert nodes == len({r["source"] for r in all_records} | {r["target"] for r in all_records}), nodes
        assert len(driver.find_elements(By.CSS_SELECTOR, "#network circle")) == nodes
        assert len(driver.find_elements(By.CSS_SELECTOR, "#network line.link")) == edges
        shot("network")

        # Code this text: the seed article pasted in the box.
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=code]").click()
        seed = (ROOT / "examples" / "lavrov-guterres.hi.txt").read_text(encoding="utf-8")
        js("document.getElementById('code-text').value = arguments[0]", seed)
        driver.find_element(By.CSS_SELECTOR, "#code-form button[type=submit]").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#code-events li"))
        labels = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#code-events li")]
        assert any(l.startswith("RUSGOV 028 IGOUNO") for l in labels), labels
        def marked(cls):
            return "|".join(m.text for m in driver.find_elements(By.CSS_SELECTOR, f"#code-evidence mark.{cls}"))
        assert "लवरोव" in marked("src"), marked("src")
        assert "गुटेरेस" in marked("tgt"), marked("tgt")
        assert "आग्रह" in marked("trg"), marked("trg")
        js("""for (const m of document.querySelectorAll('#code-evidence mark.trg'))
                if (m.textContent.includes('आग्रह')) { m.scrollIntoView({block: 'center'}); break; }""")
        shot("code")

        # Nothing came from elsewhere; Devanagari has its font.
        resources = js("return performance.getEntriesByType('resource').map(e => e.name)")
        assert resources and all(r.startswith(base) for r in resources), resources
        assert js("return document.fonts.check('16px \"Noto Sans Devanagari\"')")

        # Phone width: no page-wide horizontal scrolling.
        driver.set_window_size(390, 844)
        driver.find_element(By.CSS_SELECTOR, "#tabs button[data-view=dyad]").click()
        js("window.scrollTo(0, 0)")
        time.sleep(0.5)
        overflow = js("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
        shot("phone")
        print("dashboard: ok (%d events, %d records for RUS,IGOUNO; %d actors, %d dyads)"
              % (want_events, want_records, nodes, edges))
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    if server is not None and server.returncode != 0:
        print(f"ghatna serve exited {server.returncode} on SIGTERM")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
