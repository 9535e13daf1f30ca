//! Replays the fuzz corpus and the regressions of the `dates` fuzz target
//! through the same invariant checks (see `fuzz/replay.rs`).

#[path = "../../../fuzz/replay.rs"]
mod replay;

#[test]
fn replay_dates_corpus_and_regressions() {
    replay::replay("dates", 51, rasad_time::check::tag_invariants);
}
