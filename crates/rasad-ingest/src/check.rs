//! Invariants checked on arbitrary bytes by the fuzz targets `html`,
//! `feed`, `jsonl` and `warc`, and by the test that replays their corpora
//! (`tests/fuzz_replay.rs`): no panic, bounded output, and metadata spans
//! inside the text on character boundaries.

use crate::{feed, html, jsonl, meta, warc, Article, Outlets};

fn meta_ok(a: &Article) {
    let m = meta::extract(a, Outlets::builtin());
    let t = &a.text;
    assert!(m.body.start <= m.body.end && m.body.end <= t.len(), "body span out of bounds");
    assert!(t.is_char_boundary(m.body.start) && t.is_char_boundary(m.body.end), "body span inside a character");
    for s in &m.boilerplate {
        assert!(s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end), "boilerplate span");
    }
}

/// An HTML page.
pub fn html_invariants(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let a = html::article(&text, None, None);
    // The title may stand twice (title line and heading): bounded all the same.
    assert!(a.text.len() <= 2 * text.len() + 1024, "extracted text out of proportion to the page");
    meta_ok(&a);
}

/// An RSS or Atom feed.
pub fn feed_invariants(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(f) = feed::parse(text) {
        for a in feed::articles(&f, None) {
            meta_ok(&a);
        }
    }
}

/// A JSONL line.
pub fn jsonl_invariants(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for line in text.lines() {
        if let Ok(a) = jsonl::parse_line(line) {
            meta_ok(&a);
        }
    }
}

/// A WARC stream (plain).
pub fn warc_invariants(data: &[u8]) {
    for (i, rec) in warc::Records::new(data).take(64).enumerate() {
        if let Ok(rec) = rec {
            if let Some(a) = warc::response_article(&rec, None, i + 1) {
                meta_ok(&a);
            }
        }
    }
}
