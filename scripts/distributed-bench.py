#!/usr/bin/env python3
"""Throughput of enqueue -> workers -> ClickHouse, with 1 and 2 workers.

N distinct articles are built from the Fars News sample of ../shared (each
copy with its own URL and every fourth word replaced, as in
scripts/store-bench.py), published with `rasad enqueue`, and extracted and
written by `rasad worker --exit-when-idle` processes into a fresh database
of the two-shard cluster of `scripts/servers.sh up`.

    python3 scripts/distributed-bench.py [N] [RASAD_BINARY]

Prints a Markdown table for BENCHMARKS.md.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "data", "news-fars", "fars_news.jsonl")
NATS = os.environ.get("RASAD_TEST_NATS", "nats://127.0.0.1:14222")
SHARDS = os.environ.get("RASAD_TEST_CLICKHOUSE_SHARDS", "127.0.0.1:18123,127.0.0.1:18124")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
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
    tmp = tempfile.mkdtemp(prefix="rasad-dist-bench-")
    corpus = os.path.join(tmp, "corpus.jsonl")
    with open(corpus, "w", encoding="utf-8") as out:
        for i in range(n):
            url, text = docs[i % len(docs)]
            words = text.split(" ")
            for j in range(rng.randrange(4), len(words), 4):
                words[j] = rng.choice(vocab)
            out.write(json.dumps({"url": f"{url}#d{i}", "text": " ".join(words)}, ensure_ascii=False) + "\n")
    size = os.path.getsize(corpus)
    first = SHARDS.split(",")[0]
    rows = []
    for workers in (1, 2):
        tag = f"{os.getpid()}_{workers}"
        store = f"clickhouse://{first}/rasad_bench_{tag}?cluster=rasad_two_shards&shards={SHARDS}"
        stream = f"BENCH{tag}"
        t0 = time.time()
        subprocess.run([binary, "enqueue", corpus, "--nats", NATS, "--stream", stream], check=True, capture_output=True)
        t_enq = time.time() - t0
        t1 = time.time()
        procs = [subprocess.Popen([binary, "worker", "--store", store, "--nats", NATS, "--stream", stream, "--batch", "256", "--exit-when-idle"], stderr=subprocess.DEVNULL) for _ in range(workers)]
        for p in procs:
            if p.wait() != 0:
                sys.exit("a worker failed")
        t_work = time.time() - t1
        rows.append((workers, t_enq, t_work))
    print(f"corpus: {n} articles, {size / 1e6:.0f} MB")
    print()
    print("| workers | enqueue | enqueue → workers → ClickHouse (2 shards), incl. the final merge | articles/s |")
    print("|---|---|---|---|")
    for w, te, tw in rows:
        print(f"| {w} | {te:.1f} s ({n / te:.0f} articles/s) | {tw:.1f} s | {n / tw:.0f} |")


if __name__ == "__main__":
    main()
