#!/usr/bin/env python3
"""Rebuilds the texts of the real-news development set from their public sources.

usage: rebuild.py [--mirrors DIR] [--out FILE] [--split dev|test|all]

No article text is kept in this repository: sources.tsv names, for every
article, the public GitHub repository, the commit and the path it comes from.
This script reads those files from local git copies of the repositories and
writes one JSON line per article ({"id", "date", "text"}) in the order of
sources.tsv, the input `ghatna code` reads. A repository is looked for as
DIR/OWNER+NAME/repo (the layout of the project's mirror tool), DIR/OWNER+NAME
and DIR/OWNER/NAME, each a git directory or a work tree; DIR defaults to
$GHATNA_CORPORA, else /work/.mirror. Articles whose repository is absent are
skipped with one line on stderr; the exit status is 0 if at least one article
was written, 3 if none could be (so callers can skip cleanly), 2 on bad usage.
"""
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVANAGARI = re.compile("[\u0900-\u097f]")


def find_repo(mirrors, repo):
    owner, name = repo.split("/")
    for cand in (os.path.join(mirrors, f"{owner}+{name}", "repo"),
                 os.path.join(mirrors, f"{owner}+{name}"),
                 os.path.join(mirrors, owner, name)):
        if os.path.isdir(cand):
            return cand
    return None


def git_show(gitdir, commit, path):
    r = subprocess.run(["git", "-C", gitdir, "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8", "replace")


def plain_text(raw):
    """An editorial file: lines stripped, runs of blank lines kept as one."""
    lines = [l.strip() for l in raw.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def event_xml_text(raw):
    """An event-annotated XML file (<P> paragraphs of <W> words): the words of
    each paragraph joined by spaces, paragraphs by blank lines; a first
    paragraph without Devanagari (a file id) is dropped."""
    paras = []
    for p in re.findall(r"<P>(.*?)</P>", raw, re.S):
        words = [html.unescape(w.strip()) for w in re.findall(r"<W>(.*?)</W>", p, re.S)]
        if words:
            paras.append(" ".join(words))
    if paras and not DEVANAGARI.search(paras[0]):
        paras = paras[1:]
    return "\n\n".join(paras)


FORMATS = {"text": plain_text, "event-xml": event_xml_text}


def rebuild_split(split, directory, caller):
    """Rebuilds `split` into DIRECTORY/articles.jsonl for another script.
    Returns (path, 0), or (None, status) for the caller to return: 0 when
    the sources are absent (reported as a skip), else rebuild's status."""
    path = os.path.join(directory, "articles.jsonl")
    r = subprocess.run([sys.executable, os.path.abspath(__file__), "--split", split, "--out", path])
    if r.returncode == 3:
        print(f"{caller}: skipped: the source repositories are not present", file=sys.stderr)
        return None, 0
    if r.returncode != 0:
        return None, r.returncode
    return path, 0


def main(argv):
    mirrors = os.environ.get("GHATNA_CORPORA", "/work/.mirror")
    out_path, split = None, "all"
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--mirrors" and args:
            mirrors = args.pop(0)
        elif a == "--out" and args:
            out_path = args.pop(0)
        elif a == "--split" and args:
            split = args.pop(0)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    rows = []
    with open(os.path.join(HERE, "sources.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7:
                print(f"sources.tsv:{n}: expected 7 columns, got {len(cols)}", file=sys.stderr)
                return 2
            rows.append(cols)
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    written, missing = 0, {}
    for doc_id, sp, date, repo, commit, fmt, path in rows:
        if split != "all" and sp != split:
            continue
        gitdir = find_repo(mirrors, repo)
        raw = git_show(gitdir, commit, path) if gitdir else None
        if raw is None:
            missing[repo] = missing.get(repo, 0) + 1
            continue
        text = FORMATS[fmt](raw)
        rec = {"id": doc_id, "text": text}
        if date != "-":
            rec["date"] = date
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        written += 1
    for repo, k in missing.items():
        print(f"rebuild.py: {k} article(s) skipped: {repo} not found under {mirrors}", file=sys.stderr)
    if out_path:
        out.close()
    return 0 if written else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
