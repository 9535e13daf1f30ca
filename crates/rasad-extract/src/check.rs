//! Invariants of the whole extraction on arbitrary text, for the fuzz
//! target `extract` and the replay of its corpus: no panic; every mention,
//! quotation and evidence span lies in the text and its `text` is exactly
//! the characters it spans.

use crate::extract;
use rasad_ingest::Article;

/// Extracts the record of `data` (as text, if UTF-8) and checks its spans.
pub fn extract_invariants(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let r = extract(&Article::from_text(None, text.to_string()));
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String {
        assert!(s <= e && e <= chars.len(), "span {s}..{e} out of bounds ({} chars)", chars.len());
        chars[s..e].iter().collect()
    };
    for e in &r.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text, "mention text");
        }
    }
    for e in &r.events {
        assert_eq!(slice(e.evidence.start, e.evidence.end), e.evidence.text, "evidence text");
    }
    for q in &r.quotes {
        assert_eq!(slice(q.start, q.end), q.text, "quote text");
    }
    assert!(r.body.start <= r.body.end && r.body.end <= chars.len());
}
