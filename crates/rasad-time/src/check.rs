//! Invariants checked on arbitrary input by the fuzz target `dates` and by
//! the test that replays its corpus (`tests/fuzz_replay.rs`).

use crate::calendar::Day;

/// Tags `data` (the first two bytes pick the reference day, the rest is
/// the text if it is UTF-8) and panics if an invariant breaks: spans in
/// bounds, on character boundaries, in order and not overlapping; values
/// ordered; records buildable.
pub fn tag_invariants(data: &[u8]) {
    if data.len() < 2 {
        return;
    }
    // References from 1970 to about 2149, or none.
    let r = u16::from_le_bytes([data[0], data[1]]);
    let reference = (r != 0).then_some(Day(r as i32));
    let Ok(text) = std::str::from_utf8(&data[2..]) else { return };
    let mut last_end = 0;
    for res in crate::tag(text, reference) {
        let e = res.expr;
        assert!(e.start < e.end && e.end <= text.len(), "span {}..{} out of bounds", e.start, e.end);
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "span not on char boundaries");
        assert!(e.start >= last_end, "spans overlap or go backwards");
        last_end = e.end;
        if let Some(v) = res.value {
            assert!(v.from <= v.to, "range goes backwards");
        }
        let rec = crate::DateRecord::new(text, &res, 0, 0);
        assert_eq!(rec.text, &text[e.start..e.end]);
    }
}
