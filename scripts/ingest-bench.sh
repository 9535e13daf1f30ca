#!/usr/bin/env bash
# Throughput of reading + metadata (rasad extract) and of reading + metadata +
# near-duplicate detection (rasad dedup) on the Fars News sample of ../shared,
# repeated 10 times as JSONL (each copy with its own URL, so dedup sees
# 10-article clusters). Needs ../shared; prints MB/s.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=../shared/data/news-fars/fars_news.jsonl
[ -f "$SRC" ] || { echo "skipped: $SRC not found (../shared is not beside this checkout)"; exit 0; }
cargo build --release -q
TMP=$(mktemp -d)
python3 - "$SRC" "$TMP/fars10.jsonl" <<'PY'
import json, sys
src = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as out:
    for k in range(10):
        for d in src:
            text = "\n".join([d["title"], d.get("abstract") or ""] + d.get("paragraphs", []))
            url = d["link"] + (f"#copy{k}" if k else "")
            out.write(json.dumps({"url": url, "text": text}, ensure_ascii=False) + "\n")
PY
SIZE=$(stat -c %s "$TMP/fars10.jsonl")
run() {
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
    python3 -c "import sys; s=$SIZE/1e6; t=$t1-$t0; print(f'{s:.1f} MB in {t:.2f} s = {s/t:.1f} MB/s')"
}
echo "extract (read + metadata): $(run ./target/release/rasad extract "$TMP/fars10.jsonl")"
echo "dedup (read + metadata + MinHash/LSH): $(run ./target/release/rasad dedup "$TMP/fars10.jsonl")"
echo "dates (tagger + resolver, CLI):"
python3 -c "
import json
with open('$TMP/fars.txt','w') as o:
    for l in open('$TMP/fars10.jsonl'): o.write(json.loads(l)['text']+'\n\n')
"
TS=$(stat -c %s "$TMP/fars.txt")
t0=$(date +%s.%N); ./target/release/rasad dates "$TMP/fars.txt" --ref 2023-10-04 > /dev/null; t1=$(date +%s.%N)
python3 -c "s=$TS/1e6; t=$t1-$t0; print(f'  {s:.1f} MB in {t:.2f} s = {s/t:.1f} MB/s')"
rm -rf "$TMP"
