//! Character classes and the letter-folding table of Persian text.
//!
//! Everything here is a pure function of one `char`, so the normalizer can
//! classify text in one pass without allocating.

/// Zero-width non-joiner, the Persian "half-space".
pub const ZWNJ: char = '\u{200C}';
/// Zero-width joiner.
pub const ZWJ: char = '\u{200D}';
/// Arabic tatweel (kashida), a stretching mark with no meaning.
pub const TATWEEL: char = '\u{0640}';

/// True for letters of the Arabic script as Persian uses them (including
/// the Arabic-only forms that folding later maps to Persian ones).
#[inline]
pub const fn is_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}')
}

/// True for the harakat and other combining marks that may sit on a letter.
#[inline]
pub const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Class bit of [`ARABIC_BLOCK`]: a letter ([`is_letter`]).
pub const CLASS_LETTER: u8 = 1;
/// Class bit of [`ARABIC_BLOCK`]: a diacritic ([`is_diacritic`]).
pub const CLASS_DIACRITIC: u8 = 2;

/// Classes of U+0600–U+07FF, the characters whose UTF-8 form is a lead
/// byte `D8`–`DF` and one continuation byte: index `code - 0x600`. Lets
/// byte loops classify the letters of Persian text (all two bytes long)
/// without decoding characters.
pub static ARABIC_BLOCK: [u8; 512] = {
    let mut t = [0u8; 512];
    let mut k = 0;
    while k < 512 {
        if let Some(c) = char::from_u32(0x600 + k as u32) {
            if is_letter(c) {
                t[k] |= CLASS_LETTER;
            }
            if is_diacritic(c) {
                t[k] |= CLASS_DIACRITIC;
            }
        }
        k += 1;
    }
    t
};

/// The [`ARABIC_BLOCK`] class of the two-byte character at the start of
/// `b`, or 0 when `b` does not start with one of U+0600–U+07FF.
#[inline]
pub fn arabic_class(b: &[u8]) -> u8 {
    match b {
        [lead @ 0xD8..=0xDF, trail, ..] => ARABIC_BLOCK[(((lead & 0x07) as usize) << 6) | (trail & 0x3F) as usize],
        _ => 0,
    }
}

/// True when `s` is letters only ([`is_letter`]), checked byte pair by
/// byte pair.
#[inline]
pub fn all_letters(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() % 2 == 0 && b.chunks_exact(2).all(|p| arabic_class(p) & CLASS_LETTER != 0)
}

/// True when the letter connects to the letter after it (dual-joining).
///
/// Only after such a letter does a missing ZWNJ change how a word looks:
/// after `ر`, `د`, `و`, `ا` and the like, the next letter starts a new shape
/// anyway.
#[inline]
pub fn joins_next(c: char) -> bool {
    is_letter(c)
        && !matches!(
            c,
            '\u{0621}'..='\u{0625}' // ء آ أ ؤ إ
                | '\u{0627}'        // ا
                | '\u{0629}'        // ة
                | '\u{062F}'..='\u{0632}' // د ذ ر ز
                | '\u{0648}'        // و
                | '\u{0671}'..='\u{0673}'
                | '\u{0675}'..='\u{0677}'
                | '\u{0688}'..='\u{0699}' // ڈ … ژ … ڙ
                | '\u{06C0}'        // ۀ
                | '\u{06C3}'..='\u{06CB}'
                | '\u{06CD}'
                | '\u{06CF}'
                | '\u{06D2}'..='\u{06D3}'
                | '\u{06D5}'
                | '\u{06EE}'..='\u{06EF}'
        )
}

/// Folds an Arabic letter form to the Persian letter news text should use.
/// Letters that need no folding come back unchanged.
#[inline]
pub fn fold_letter(c: char) -> char {
    match c {
        '\u{064A}' | '\u{0649}' | '\u{06CD}' | '\u{06D0}' => 'ی', // ي ى ۍ ې
        '\u{0643}' | '\u{06AA}' => 'ک',                           // ك ڪ
        '\u{06BE}' | '\u{06C1}' | '\u{06D5}' => 'ه',              // ھ ہ ە
        '\u{06C2}' => 'ۀ',
        _ => c,
    }
}

/// Value of a decimal digit in any of the three scripts (ASCII, Persian
/// `۰…۹`, Arabic-Indic `٠…٩`).
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

/// True for a decimal digit of any script.
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The Persian digit of a value 0–9.
#[inline]
pub fn persian_digit(v: u32) -> char {
    char::from_u32(0x06F0 + v).unwrap_or('۰')
}

/// The ASCII digit of a value 0–9.
#[inline]
pub fn latin_digit(v: u32) -> char {
    char::from_u32('0' as u32 + v).unwrap_or('0')
}

/// True for white space of any kind that reads as a plain space (not a
/// line break).
#[inline]
pub fn is_space_like(c: char) -> bool {
    matches!(c,
        ' ' | '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// True for a line break.
#[inline]
pub fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}')
}

/// Invisible format characters that carry nothing in news text and are
/// dropped: zero-width space, byte-order mark, directional marks.
#[inline]
pub fn is_droppable_format(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// True for Arabic presentation forms (ligatures and positional shapes)
/// that must be decomposed to base letters.
#[inline]
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// True for Latin letters, ASCII or accented.
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ((c as u32) < 0x0370 && c.is_alphabetic())
}

/// Persian punctuation whose spacing the normalizer repairs.
#[inline]
pub fn is_persian_punct(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | '«' | '»')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_classes() {
        for c in "بپتثجچحخسشصضطظعغفقکگلمنهیئ".chars() {
            assert!(joins_next(c), "{c} joins the next letter");
        }
        for c in "اآدذرزژوۀء".chars() {
            assert!(!joins_next(c), "{c} does not join the next letter");
        }
    }

    #[test]
    fn the_block_table_agrees_with_the_classes() {
        for code in 0x600u32..0x800 {
            let c = char::from_u32(code).unwrap();
            let mut buf = [0u8; 4];
            let class = arabic_class(c.encode_utf8(&mut buf).as_bytes());
            assert_eq!(class & CLASS_LETTER != 0, is_letter(c), "{c:?}");
            assert_eq!(class & CLASS_DIACRITIC != 0, is_diacritic(c), "{c:?}");
        }
        assert!(all_letters("همکاری"));
        assert!(!all_letters("می\u{200C}کنیم"));
        assert!(!all_letters("کتابِ"));
        assert!(!all_letters("abcd"));
        assert!(all_letters(""));
    }

    #[test]
    fn folding() {
        assert_eq!(fold_letter('ي'), 'ی');
        assert_eq!(fold_letter('ى'), 'ی');
        assert_eq!(fold_letter('ك'), 'ک');
        assert_eq!(fold_letter('ب'), 'ب');
    }

    #[test]
    fn digits_of_every_script() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('a'), None);
        assert_eq!(persian_digit(3), '۳');
        assert_eq!(latin_digit(3), '3');
    }
}
