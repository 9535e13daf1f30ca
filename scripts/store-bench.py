#!/usr/bin/env python3
"""The embedded store at scale: ingest N distinct articles built from the Fars
News sample of ../shared, then search latency over the HTTP API and the size
of the store.

Each copy gets its own URL and its own text: every fourth word is replaced by
a word drawn from the corpus (a fixed seed), so every five-word shingle
differs and near-duplicate detection does not fold the copies together.

    python3 scripts/store-bench.py [N] [RASAD_BINARY]

Prints a Markdown table for BENCHMARKS.md. Needs ../shared (skips without it)
and GNU time (/usr/bin/time) for the peak memory.
"""
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "data", "news-fars", "fars_news.jsonl")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "rasad")
    if not os.path.exists(SRC):
        print(f"skipped: {SRC} not found (../shared is not beside this checkout)")
        return
    docs = []
    for line in open(SRC, encoding="utf-8"):
        d = json.loads(line)
        docs.append((d["link"], "\n".join([d["title"], d.get("abstract") or ""] + d.get("paragraphs", []))))
    vocab = [w for _, t in docs for w in t.split() if len(w) > 2]
    rng = random.Random(20261122)
    tmp = tempfile.mkdtemp(prefix="rasad-store-bench-")
    corpus = os.path.join(tmp, "corpus.jsonl")
    with open(corpus, "w", encoding="utf-8") as out:
        for i in range(n):
            url, text = docs[i % len(docs)]
            lines = []
            for line in text.split("\n"):
                words = line.split(" ")
                k = rng.randrange(4)
                for j in range(k, len(words), 4):
                    words[j] = rng.choice(vocab)
                lines.append(" ".join(words))
            out.write(json.dumps({"url": f"{url}#bench{i}", "text": "\n".join(lines)}, ensure_ascii=False) + "\n")
    size = os.path.getsize(corpus)
    store = os.path.join(tmp, "store")
    t0 = time.time()
    r = subprocess.run(["/usr/bin/time", "-v", binary, "ingest", corpus, "--store", store], capture_output=True, text=True)
    secs = time.time() - t0
    if r.returncode != 0:
        sys.exit(f"ingest failed:\n{r.stderr[-3000:]}")
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    summary = [l for l in r.stderr.splitlines() if l.startswith("rasad ingest")]

    def du(p):
        return sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(p) for f in fs)

    index_bytes = du(os.path.join(store, "index"))
    db_bytes = sum(os.path.getsize(os.path.join(store, f)) for f in os.listdir(store) if f.startswith("rasad.sqlite"))

    # Search latency over the API, keep-alive, one client.
    srv = subprocess.Popen([binary, "serve", "--store", store, "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = srv.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        srv.kill()
        sys.exit(f"serve printed no URL: {line}{srv.stderr.read()}")
    port = int(m.group(1))
    freq = {}
    for w in vocab[:2_000_000]:
        freq[w] = freq.get(w, 0) + 1
    ranked = [w for w, _ in sorted(freq.items(), key=lambda x: -x[1]) if re.fullmatch(r"[\u0600-\u06FF\u200c]+", w)]
    queries = [rng.choice(ranked[50:5000]) for _ in range(150)]
    for _ in range(50):
        _, t = rng.choice(docs)
        ws = t.split()
        j = rng.randrange(max(1, len(ws) - 2))
        queries.append(" ".join(ws[j:j + 2]))
    conn = http.client.HTTPConnection("127.0.0.1", port)
    lat = []
    totals = []
    for q in queries * 2:
        path = "/api/search?" + urllib.parse.urlencode({"q": q, "limit": 20})
        t = time.perf_counter()
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read()
        lat.append((time.perf_counter() - t) * 1000)
        if resp.status == 200:
            totals.append(json.loads(body)["total"])
    srv.terminate()
    srv.wait()
    lat = lat[len(queries):]  # the second round: a warm server
    lat.sort()
    p50 = statistics.median(lat)
    p95 = lat[int(len(lat) * 0.95) - 1]
    print(f"corpus: {n} articles, {size / 1e6:.0f} MB of JSONL")
    print("\n".join(summary))
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| ingest, {n:,} articles ({size / 1e6:.0f} MB), 2 cores | {secs:.0f} s = {n / secs:.0f} articles/s ({size / 1e6 / secs:.1f} MB/s) |")
    print(f"| peak memory of `rasad ingest` | {rss_kb / 1024:.0f} MB |")
    print(f"| search latency over HTTP, {len(lat)} queries (words and word pairs), warm | p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {lat[-1]:.1f} ms |")
    print(f"| hits per query | median {statistics.median(totals):.0f} |")
    print(f"| search index | {index_bytes / 1e6:.0f} MB = {index_bytes / n / 1024:.1f} KB per article |")
    print(f"| SQLite database (text, records, tables) | {db_bytes / 1e6:.0f} MB = {db_bytes / n / 1024:.1f} KB per article |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
