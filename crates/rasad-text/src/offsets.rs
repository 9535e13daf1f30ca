//! Maps from positions in normalized text back to the original text.
//!
//! Normalization inserts, deletes and replaces characters. [`OffsetMap`]
//! records only the places where the difference between the two texts
//! changes (anchors), so that a text with few edits has a small map, and
//! any position is mapped back with one binary search.

/// A monotonic map from byte positions of a normalized text to byte
/// positions of the text it was made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// `(normalized, original)` byte positions, both non-decreasing. Between
    /// two anchors the texts advance together byte for byte.
    anchors: Vec<(u64, u64)>,
    out_len: u64,
    orig_len: u64,
}

impl OffsetMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that normalized position `out` corresponds to original
    /// position `orig`. Calls must come in non-decreasing order of both.
    pub fn anchor(&mut self, out: u64, orig: u64) {
        if let Some(&(lo, lg)) = self.anchors.last() {
            debug_assert!(out >= lo && orig >= lg, "anchors must be monotonic");
            // Drop anchors the linear rule already implies.
            if out - lo == orig - lg {
                self.out_len = self.out_len.max(out);
                self.orig_len = self.orig_len.max(orig);
                return;
            }
        }
        self.anchors.push((out, orig));
        self.out_len = self.out_len.max(out);
        self.orig_len = self.orig_len.max(orig);
    }

    /// Closes the map at the ends of both texts.
    pub fn finish(&mut self, out_len: u64, orig_len: u64) {
        self.anchor(out_len, orig_len);
        self.out_len = out_len;
        self.orig_len = orig_len;
    }

    /// The original position of normalized position `out`, clamped to the
    /// original text.
    pub fn to_original(&self, out: u64) -> u64 {
        let i = self.anchors.partition_point(|&(o, _)| o <= out);
        let orig = if i == 0 {
            out
        } else {
            let (o, g) = self.anchors[i - 1];
            let next_g = self.anchors.get(i).map(|a| a.1).unwrap_or(self.orig_len);
            (g + (out - o)).min(next_g)
        };
        orig.min(self.orig_len)
    }

    /// Number of anchors kept (a measure of how much normalization changed).
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// True when no anchor was recorded.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Length of the normalized text the map covers.
    pub fn normalized_len(&self) -> u64 {
        self.out_len
    }

    /// Length of the original text the map covers.
    pub fn original_len(&self) -> u64 {
        self.orig_len
    }
}

/// Converts byte offsets of one text into char (Unicode scalar) offsets,
/// answering increasing queries in amortized constant time.
#[derive(Debug)]
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter positioned at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter { text, byte: 0, chars: 0 }
    }

    /// The char offset of byte offset `b` (which must be a char boundary).
    /// Queries may come in any order; each costs the distance from the
    /// previous one (or from the start, when that is nearer).
    pub fn char_at(&mut self, b: usize) -> usize {
        let b = b.min(self.text.len());
        if b < self.byte {
            if b >= self.byte / 2 {
                // Step back from here: queries that go back a little (a
                // sentence's start after its tokens) stay cheap.
                self.chars -= self.text[b..self.byte].chars().count();
                self.byte = b;
                return self.chars;
            }
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_counter_in_any_order() {
        let t = "ab‌پ c۱d";
        let want = |b: usize| t[..b].chars().count();
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let mut c = CharCounter::new(t);
        for &b in bounds.iter().rev().chain(bounds.iter()).chain(bounds.iter().step_by(3).rev()) {
            assert_eq!(c.char_at(b), want(b), "at {b}");
        }
    }

    #[test]
    fn identity_map() {
        let mut m = OffsetMap::new();
        m.finish(10, 10);
        for i in 0..=10 {
            assert_eq!(m.to_original(i), i);
        }
    }

    #[test]
    fn insertion_and_deletion() {
        // original "abXcd" -> normalized "ab_cd" where X (2 bytes) was
        // deleted and "_" (1 byte) inserted at the same place, then "cd".
        let mut m = OffsetMap::new();
        m.anchor(2, 2); // "ab" copied
        m.anchor(2, 4); // X deleted
        m.anchor(3, 4); // "_" inserted
        m.finish(5, 6);
        assert_eq!(m.to_original(0), 0);
        assert_eq!(m.to_original(2), 4);
        assert_eq!(m.to_original(3), 4);
        assert_eq!(m.to_original(4), 5);
        assert_eq!(m.to_original(5), 6);
    }

    #[test]
    fn char_counter() {
        let s = "aب c";
        let mut cc = CharCounter::new(s);
        assert_eq!(cc.char_at(0), 0);
        assert_eq!(cc.char_at(1), 1);
        assert_eq!(cc.char_at(3), 2);
        assert_eq!(cc.char_at(s.len()), 4);
        assert_eq!(cc.char_at(1), 1);
    }
}
