//! Folding text for name matching, with a map back to the original.
//!
//! Letters fold as in `rasad_text::key` (ي ك ة ۀ أ إ ؤ), diacritics and
//! tatweel go, Persian and Arabic-Indic digits become ASCII, ASCII is
//! lower-cased, and every run of spaces, ZWNJs, ZWJs and no-break spaces
//! becomes one space. Names and text folded alike meet whatever their
//! spelling; a match in the folded text maps back to original byte offsets
//! through sparse anchors (one per change of length).

/// Folded text and its way back.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// (folded offset, original offset) at every point where lengths differ.
    anchors: Vec<(u32, u32)>,
}

impl Folded {
    /// The original byte offset of folded byte offset `f`.
    pub fn original(&self, f: usize) -> usize {
        let f = f as u32;
        let i = self.anchors.partition_point(|a| a.0 <= f);
        if i == 0 {
            return f as usize;
        }
        let (af, ao) = self.anchors[i - 1];
        (ao + (f - af)) as usize
    }
}

/// Folds `text`.
pub fn fold(text: &str) -> Folded {
    let b = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut anchors = Vec::new();
    let mut i = 0;
    let mut last_space = false;
    // Emits `bytes` for original bytes i..i+len, anchoring when lengths differ.
    macro_rules! emit {
        ($bytes:expr, $len:expr) => {{
            let bytes: &[u8] = $bytes;
            if bytes.len() != $len {
                out.extend_from_slice(bytes);
                anchors.push((out.len() as u32, (i + $len) as u32));
            } else {
                out.extend_from_slice(bytes);
            }
            i += $len;
        }};
    }
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c == b' ' || c == b'\t' {
                if last_space {
                    emit!(&[], 1);
                } else {
                    last_space = true;
                    emit!(&[b' '], 1);
                }
                continue;
            }
            last_space = false;
            emit!(&[c.to_ascii_lowercase()], 1);
            continue;
        }
        if (0xD8..=0xDB).contains(&c) && i + 1 < b.len() {
            let cp = (((c & 0x1F) as u32) << 6) | (b[i + 1] & 0x3F) as u32;
            if let Some(d) = match cp {
                0x06F0..=0x06F9 => Some(cp - 0x06F0),
                0x0660..=0x0669 => Some(cp - 0x0660),
                _ => None,
            } {
                last_space = false;
                emit!(&[b'0' + d as u8], 2);
                continue;
            }
            match rasad_text::key::fold_letter(cp) {
                Some(f) => {
                    last_space = false;
                    emit!(&[0xC0 | (f >> 6) as u8, 0x80 | (f & 0x3F) as u8], 2);
                }
                None => emit!(&[], 2),
            }
            continue;
        }
        // ZWNJ, ZWJ (E2 80 8C/8D) and no-break space (C2 A0) are spaces.
        let space_len = if c == 0xE2 && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C | 0x8D | 0x8B | 0xAF)) {
            3
        } else if c == 0xC2 && b.get(i + 1) == Some(&0xA0) {
            2
        } else {
            0
        };
        if space_len > 0 {
            if last_space {
                emit!(&[], space_len);
            } else {
                last_space = true;
                emit!(&[b' '], space_len);
            }
            continue;
        }
        // Any other character: copied whole.
        let len = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        }
        .min(b.len() - i);
        last_space = false;
        let (start, end) = (i, i + len);
        out.extend_from_slice(&b[start..end]);
        i = end;
    }
    // Folding maps whole characters to whole characters, so the bytes are
    // UTF-8; checked in debug builds, trusted in release ones.
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: every byte sequence pushed above is a whole UTF-8 character
    // (copied from valid input, or encoded from a code point below U+0800).
    let text = unsafe { String::from_utf8_unchecked(out) };
    Folded { text, anchors }
}

/// The match key of a name: folded, trimmed.
pub fn match_key(s: &str) -> String {
    fold(s).text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let t = "دیدار با جيحون  بایراموف در قره\u{200C}باغ ۳+۳";
        let f = fold(t);
        assert_eq!(f.text, "دیدار با جیحون بایراموف در قره باغ 3+3");
        let at = f.text.find("بایراموف").unwrap();
        let o = f.original(at);
        assert_eq!(&t[o..o + "بایراموف".len()], "بایراموف");
        let at = f.text.find("3+3").unwrap();
        assert_eq!(&t[f.original(at)..f.original(at + 3)], "۳+۳");
        assert_eq!(f.original(f.text.len()), t.len());
        assert_eq!(match_key("آیت‌الله رئيسي"), "آیت الله رئیسی");
    }

    #[test]
    fn maps_every_boundary_inside_the_original() {
        let t = "a\u{200C}\u{200C}b  ك\u{064E}ـتاب ۱۲";
        let f = fold(t);
        for (i, _) in f.text.char_indices() {
            assert!(t.is_char_boundary(f.original(i)));
        }
    }
}
