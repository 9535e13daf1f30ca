//! Replays the fuzz corpus and the regressions of the `normalize` fuzz
//! target through the same invariant checks (see `fuzz/replay.rs`).

#[path = "../../../fuzz/replay.rs"]
mod replay;

#[test]
fn replay_normalize_corpus_and_regressions() {
    replay::replay("normalize", 51, rasad_text::check::normalize_invariants);
}

#[test]
fn replay_tokenize_corpus_and_regressions() {
    replay::replay("tokenize", 51, rasad_text::check::tokenize_invariants);
}
