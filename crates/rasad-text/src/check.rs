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

/// Tokenizes `data` (if it is UTF-8) and panics if an invariant breaks:
/// tokens cover every byte of the text in order, each on character
/// boundaries and non-empty; sentences are in order, within the text, on
/// character boundaries, and start and end on token boundaries.
pub fn tokenize_invariants(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut end = 0;
    let mut bounds = std::collections::HashSet::new();
    bounds.insert(0);
    for t in Tokenizer::tokens(text) {
        assert_eq!(t.start, end, "a gap or an overlap before the token at {}", t.start);
        assert!(t.end > t.start && t.end <= text.len(), "an empty or out-of-bounds token at {}", t.start);
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "a token cuts a character at {}", t.start);
        let _ = t.text(text);
        end = t.end;
        bounds.insert(end);
    }
    assert_eq!(end, text.len(), "the tokens do not reach the end");
    let mut last = 0;
    for s in crate::sentences(text) {
        assert!(s.start >= last && s.end > s.start && s.end <= text.len(), "sentences out of order or bounds");
        assert!(bounds.contains(&s.start) && bounds.contains(&s.end), "a sentence cuts a token");
        last = s.end;
    }
}
