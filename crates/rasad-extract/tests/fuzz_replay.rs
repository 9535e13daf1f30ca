//! Replays the fuzz corpus and regressions of the `extract` target through
//! the same invariant checks (see `fuzz/replay.rs`).

#[path = "../../../fuzz/replay.rs"]
mod replay;

#[test]
fn replay_extract_corpus_and_regressions() {
    replay::replay("extract", 5, rasad_extract::check::extract_invariants);
}
