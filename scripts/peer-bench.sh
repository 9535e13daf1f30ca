#!/usr/bin/env bash
# Side-by-side throughput of rasad and its Persian peers (hazm, parsivar) on
# the same text, written as a table to BENCHMARKS.md (section "Peers").
#
# The peers install from PyPI into a venv of this project (.venv-peers). The
# text is the five sample articles repeated to about 20 MB, one paragraph a
# line; each tool normalizes it paragraph by paragraph (as the peers expect)
# and CPU seconds of the tool's process are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${MB:-20}
venv=.venv-peers
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q hazm parsivar
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/corpus.txt" "$MB" <<'PY'
import glob, sys
t = "".join(open(f, encoding="utf-8").read() + "\n" for f in sorted(glob.glob("tests/fixtures/seeds/*.txt")))
n = int(float(sys.argv[2]) * 1_000_000)
open(sys.argv[1], "w", encoding="utf-8").write((t * (n // len(t.encode()) + 1)))
PY
cargo build -q --release -p rasad
bytes=$(stat -c %s "$work/corpus.txt")
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1+$2}'; }
rasad_norm=$(cpu "${CARGO_TARGET_DIR:-target}/release/rasad" normalize "$work/corpus.txt")
rasad_json=$(cpu "${CARGO_TARGET_DIR:-target}/release/rasad" normalize --json "$work/corpus.txt")
"$venv/bin/python" - "$work/corpus.txt" > "$work/peers.tsv" <<'PY'
import sys, time
text = open(sys.argv[1], encoding="utf-8").read()
lines = [l for l in text.split("\n") if l.strip()]
def cpu(fn):
    t = time.process_time()
    for l in lines:
        fn(l)
    return time.process_time() - t
from hazm import Normalizer, WordTokenizer
from parsivar import Normalizer as PNormalizer, Tokenizer as PTokenizer
print("hazm Normalizer()\t%.3f" % cpu(Normalizer().normalize))
print("hazm WordTokenizer()\t%.3f" % cpu(WordTokenizer().tokenize))
print("parsivar Normalizer()\t%.3f" % cpu(PNormalizer().normalize))
print("parsivar Tokenizer.tokenize_words\t%.3f" % cpu(PTokenizer().tokenize_words))
PY
{
  echo "| tool | CPU s | MB/s |"
  echo "|---|---|---|"
  awk -v b="$bytes" -v n="$rasad_norm" 'BEGIN{printf "| rasad normalize | %.2f | %.1f |\n", n, b/1e6/n}'
  awk -v b="$bytes" -v n="$rasad_json" 'BEGIN{printf "| rasad normalize --json (tokens, sentences, offsets) | %.2f | %.1f |\n", n, b/1e6/n}'
  while IFS=$'\t' read -r name sec; do
    awk -v b="$bytes" -v n="$sec" -v t="$name" 'BEGIN{printf "| %s | %.2f | %.2f |\n", t, n, b/1e6/n}'
  done < "$work/peers.tsv"
} > "$work/table.md"
cat "$work/table.md"
echo "measured $(date -u +%Y-%m-%d) on $(nproc) cores, ${bytes} bytes" > "$work/when.txt"
python3 - "$work/table.md" "$work/when.txt" <<'PY'
import sys, re
table = open(sys.argv[1]).read(); when = open(sys.argv[2]).read().strip()
path = "BENCHMARKS.md"
doc = open(path, encoding="utf-8").read()
block = "<!-- peers:begin -->\n" + when + "\n\n" + table + "<!-- peers:end -->"
doc = re.sub(r"<!-- peers:begin -->.*?<!-- peers:end -->", lambda m: block, doc, flags=re.S)
open(path, "w", encoding="utf-8").write(doc)
PY
