//! Replays the fuzz corpora and regressions of the `html`, `feed`, `jsonl`
//! and `warc` targets through the same invariant checks (see
//! `fuzz/replay.rs`).

#[path = "../../../fuzz/replay.rs"]
mod replay;
use replay::replay;

#[test]
fn replay_html() {
    replay("html", 1, rasad_ingest::check::html_invariants);
}

#[test]
fn replay_feed() {
    replay("feed", 1, rasad_ingest::check::feed_invariants);
}

#[test]
fn replay_jsonl() {
    replay("jsonl", 1, rasad_ingest::check::jsonl_invariants);
}

#[test]
fn replay_warc() {
    replay("warc", 1, rasad_ingest::check::warc_invariants);
}
