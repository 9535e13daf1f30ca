#!/usr/bin/env bash
# Fuzz every target for SECONDS (default 600) each, two at a time (one per
# core), on the stable toolchain without a sanitizer; then minimize each
# corpus. Logs go to $FUZZ_LOGS (default /tmp/rasad-fuzz). Crashes land in
# fuzz/artifacts/<target>/: copy each to fuzz/regressions/<target>/ once
# fixed, so the tests replay it. Never run by CI (see FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-600}
LOGS=${FUZZ_LOGS:-/tmp/rasad-fuzz}
mkdir -p "$LOGS"
export RUSTC_BOOTSTRAP=1
TARGETS=(extract html warc feed jsonl normalize tokenize dates)
cargo fuzz build --sanitizer none --release
run() {
    local t=$1
    mkdir -p "corpus/$t"
    cargo fuzz run --sanitizer none --release "$t" "corpus/$t" -- \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 > "$LOGS/$t.log" 2>&1 \
        && echo "$t: done" || echo "$t: FOUND SOMETHING (see $LOGS/$t.log and fuzz/artifacts/$t)"
}
for ((i = 0; i < ${#TARGETS[@]}; i += 2)); do
    run "${TARGETS[i]}" &
    if [ $((i + 1)) -lt ${#TARGETS[@]} ]; then run "${TARGETS[i + 1]}" & fi
    wait
done
for t in "${TARGETS[@]}"; do
    cargo fuzz cmin --sanitizer none --release "$t" "corpus/$t" > "$LOGS/$t.cmin.log" 2>&1 || true
done
grep -h -E "stat::number_of_executed_units|Done [0-9]+ runs" "$LOGS"/*.log | sort | uniq || true
