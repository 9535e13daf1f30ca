//! Match keys: the form under which lexicons store words and look text up,
//! so that spelling variants of one word meet. Letters are folded (`ي ك` →
//! `ی ک`, `ة ۀ` → `ه`, `أ إ` → `ا`, `ؤ` → `و`), diacritics, tatweel and
//! zero-width characters dropped, ASCII lower-cased. Callers drop the
//! spaces between the words of a multi-word form themselves, so `سه‌شنبه`,
//! `سه شنبه` and `سهشنبه` share one key.

/// The folded form of an Arabic-block letter `cp` (U+0600–U+077F): one
/// letter for its variants (`ي ى` → `ی`, `ك` → `ک`, `ة ۀ` → `ه`, `أ إ` →
/// `ا`, `ؤ` → `و`), `None` for diacritics and tatweel, which keys drop,
/// and `cp` itself otherwise. Every fold stays in the two-byte UTF-8 range.
#[inline]
pub const fn fold_letter(cp: u32) -> Option<u32> {
    Some(match cp {
        0x064A | 0x0649 | 0x06CD | 0x06D0 => 0x06CC,                   // ي ى ۍ ې → ی
        0x0643 | 0x06AA => 0x06A9,                                     // ك ڪ → ک
        0x06BE | 0x06C1 | 0x06D5 | 0x06C0 | 0x06C2 | 0x0629 => 0x0647, // ھ ہ ە ۀ ۂ ة → ه
        0x0623 | 0x0625 | 0x0671 => 0x0627,                            // أ إ ٱ → ا
        0x0624 => 0x0648,                                              // ؤ → و
        0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640 => return None, // marks, tatweel
        _ => cp,
    })
}

/// [`fold_letter`] of U+0600–U+077F (the code points of lead bytes
/// `D8`–`DD`) by `cp - 0x600`, 0 where it drops the character: one load
/// per letter in [`push_key`].
static FOLDED: [u16; 0x180] = {
    let mut t = [0u16; 0x180];
    let mut k = 0;
    while k < 0x180 {
        if let Some(c) = fold_letter(0x600 + k as u32) {
            t[k] = c as u16;
        }
        k += 1;
    }
    t
};

/// Appends the key form of `word` to `out` (see the module docs). Works on
/// bytes: the Arabic block's two-byte letters are folded by code point,
/// everything else is copied, ASCII lower-cased.
#[inline]
pub fn push_key(word: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < word.len() {
        let b = word[i];
        if b < 0x80 {
            out.push(b.to_ascii_lowercase());
            i += 1;
        } else if (0xD8..=0xDD).contains(&b) && i + 1 < word.len() {
            let cp = (((b & 0x1F) as u32) << 6) | (word[i + 1] & 0x3F) as u32;
            let c = FOLDED[cp as usize - 0x600] as u32;
            if c != 0 {
                out.push(0xC0 | (c >> 6) as u8);
                out.push(0x80 | (c & 0x3F) as u8);
            }
            i += 2;
        } else if b == 0xE2 && word.get(i + 1) == Some(&0x80) && matches!(word.get(i + 2), Some(0x8C | 0x8D | 0x8B)) {
            // ZWNJ, ZWJ, zero-width space
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_table_is_fold_letter() {
        for cp in 0x600..0x780u32 {
            assert_eq!(FOLDED[cp as usize - 0x600] as u32, fold_letter(cp).unwrap_or(0), "U+{cp:04X}");
        }
    }

    #[test]
    fn keys_fold_letters_and_drop_marks_and_joiners() {
        let mut k = b"pre ".to_vec();
        push_key("كتابِ عليٰ\u{200C}ها ـ IRNA\u{200B}".as_bytes(), &mut k);
        assert_eq!(String::from_utf8(k).unwrap(), "pre کتاب علیها  irna");
    }
}
