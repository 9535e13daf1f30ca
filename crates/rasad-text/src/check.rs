//! Invariants checked on arbitrary input by the fuzz target `normalize`
//! and by the test that replays its corpus (`tests/fuzz_replay.rs`).

use crate::{Normalizer, Options, Tokenizer};

/// Normalizes `data` (if it is UTF-8) and panics if an invariant breaks:
/// every normalized position maps into the input, on a character boundary,
/// monotonically; normalizing twice changes nothing; tokens cover the text
/// in order.
pub fn normalize_invariants(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut n = Normalizer::new(Options::default());
    let out = n.normalize(text);
    let mut last = 0;
    for (i, _) in out.text.char_indices().chain(std::iter::once((out.text.len(), ' '))) {
        let o = out.map.to_original(i as u64) as usize;
        assert!(o <= text.len(), "position {i} maps past the input");
        assert!(text.is_char_boundary(o), "position {i} maps inside a character");
        assert!(o >= last, "offset map goes backwards at {i}");
        last = o;
    }
    let again = n.normalize(&out.text);
    assert_eq!(again.text, out.text, "normalizing twice changes the text");
    let mut end = 0;
    for t in Tokenizer::tokens(text) {
        assert!(t.start >= end && t.end > t.start && t.end <= text.len(), "tokens out of order");
        end = t.end;
    }
}
