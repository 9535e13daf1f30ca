#!/usr/bin/env bash
# ZWNJ restoration on real text: the 703 modern-orthography Fars News articles
# of ../shared/data/news-fars with every ZWNJ deleted, normalized by rasad and
# scored against the originals (../shared/tools/zwnj_eval.py).
# Needs ../shared beside the checkout; says so and exits 0 when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/tools/zwnj_eval.py" ]; then
  echo "zwnj-eval: skipped: $SHARED/tools/zwnj_eval.py not found (needs ../shared)"; exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$SHARED/tools/zwnj_eval.py" prepare "$SHARED/data/news-fars/fars_news.jsonl" "$work" >/dev/null
cargo build -q --release -p rasad
"${CARGO_TARGET_DIR:-target}/release/rasad" normalize "$work"/input/*.txt -o "$work/out"
python3 "$SHARED/tools/zwnj_eval.py" score "$work/gold" "$work/out"
