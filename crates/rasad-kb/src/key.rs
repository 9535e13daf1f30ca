//! Folding text for name matching, with a map back to the original.
//!
//! Letters fold as in `rasad_text::key` (ي ك ة ۀ أ إ ؤ), diacritics and
//! tatweel go, Persian and Arabic-Indic digits become ASCII, ASCII is
//! lower-cased, and every run of spaces, ZWNJs, ZWJs and no-break spaces
//! becomes one space; curly double quotes become guillemets, which set
//! names apart alike, and so do straight ones (opening and closing in turn
//! on a line). Names and text folded alike meet whatever their
//! spelling; a match in the folded text maps back to original byte offsets
//! through sparse anchors (one per change of length).

/// Folded text and its way back.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// (folded offset, original offset) at every point where lengths differ.
    anchors: Vec<(u32, u32)>,
    /// With [`fold_words`]: the tokens of the folded text as byte spans,
    /// in order: runs of letters and digits, and every other character but
    /// white space on its own.
    words: Option<Vec<(u32, u32)>>,
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

    /// The first folded character boundary whose original offset is at or
    /// after `orig` (the folded text's length if none is): the way from an
    /// original offset into the folded text. The anchor at or before `orig`
    /// gives the place to within a character (offsets run one for one
    /// between anchors); [`Folded::original`] only grows along the text, so
    /// a step or two either way settles it.
    pub fn folded_at(&self, orig: usize) -> usize {
        let t = self.text.as_str();
        let i = self.anchors.partition_point(|a| a.1 as usize <= orig);
        let mut g = match i {
            0 => orig,
            _ => {
                let (af, ao) = self.anchors[i - 1];
                af as usize + (orig - ao as usize)
            }
        };
        if let Some(&(next, _)) = self.anchors.get(i) {
            g = g.min(next as usize);
        }
        g = g.min(t.len());
        while !t.is_char_boundary(g) {
            g += 1;
        }
        while g < t.len() && self.original(g) < orig {
            g += 1;
            while !t.is_char_boundary(g) {
                g += 1;
            }
        }
        while g > 0 {
            let mut p = g - 1;
            while !t.is_char_boundary(p) {
                p -= 1;
            }
            if self.original(p) < orig {
                break;
            }
            g = p;
        }
        g
    }

    /// The match key of original bytes `a..b` (character boundaries), read
    /// off this fold: what [`match_key`] of that slice gives, borrowed and
    /// not folded again. One difference: a straight double quote folds to
    /// « or » by its place on the whole line, not in the slice.
    pub fn key(&self, a: usize, b: usize) -> &str {
        let fa = self.folded_at(a);
        let fb = self.folded_at(b).max(fa);
        self.text[fa..fb].trim()
    }

    /// The tokens of the folded text, when [`fold_words`] made it.
    pub fn words(&self) -> Option<&[(u32, u32)]> {
        self.words.as_deref()
    }
}

/// Where folded characters fall among tokens.
trait Tokens {
    /// Whether the fold keeps its anchors (the way back to the original).
    const ANCHORS: bool = true;
    /// A folded character at bytes `at..at + len` of the output, of `class`.
    fn push(&mut self, at: usize, len: usize, class: Class);
    /// The output ended at `end`.
    fn finish(&mut self, end: usize);
}

/// The token class of a folded character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter or a digit: part of a word.
    Word,
    /// White space: between tokens.
    Space,
    /// Anything else: a token of its own.
    Other,
}

impl Tokens for () {
    #[inline(always)]
    fn push(&mut self, _: usize, _: usize, _: Class) {}
    #[inline(always)]
    fn finish(&mut self, _: usize) {}
}

/// Neither tokens nor anchors: a match key's fold, which only wants the text.
struct KeyOnly;

impl Tokens for KeyOnly {
    const ANCHORS: bool = false;
    #[inline(always)]
    fn push(&mut self, _: usize, _: usize, _: Class) {}
    #[inline(always)]
    fn finish(&mut self, _: usize) {}
}

/// Collects token spans.
struct Spans {
    out: Vec<(u32, u32)>,
    start: Option<usize>,
}

impl Tokens for Spans {
    #[inline(always)]
    fn push(&mut self, at: usize, len: usize, class: Class) {
        match class {
            Class::Word => {
                if self.start.is_none() {
                    self.start = Some(at);
                }
            }
            Class::Space => {
                if let Some(s) = self.start.take() {
                    self.out.push((s as u32, at as u32));
                }
            }
            Class::Other => {
                if let Some(s) = self.start.take() {
                    self.out.push((s as u32, at as u32));
                }
                self.out.push((at as u32, (at + len) as u32));
            }
        }
    }
    fn finish(&mut self, end: usize) {
        if let Some(s) = self.start.take() {
            self.out.push((s as u32, end as u32));
        }
    }
}

/// [`ARABIC`] kinds (the entry's high byte): dropped, a letter (low byte:
/// the folded code point less U+0600), another sign (likewise), a digit
/// (low byte: its value).
const A_DROP: u16 = 0;
const A_WORD: u16 = 1;
const A_OTHER: u16 = 2;
const A_DIGIT: u16 = 3;

/// What each character of U+0600–U+06FF folds to, and its token class.
static ARABIC: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < 256 {
        let cp = 0x0600 + k as u32;
        t[k] = match cp {
            0x06F0..=0x06F9 => (A_DIGIT << 8) | (cp - 0x06F0) as u16,
            0x0660..=0x0669 => (A_DIGIT << 8) | (cp - 0x0660) as u16,
            _ => match rasad_text::key::fold_letter(cp) {
                None => A_DROP << 8,
                Some(f) if arabic_word(f) => (A_WORD << 8) | (f - 0x0600) as u16,
                Some(f) => (A_OTHER << 8) | (f - 0x0600) as u16,
            },
        };
        k += 1;
    }
    t
};

/// Whether a character of the Arabic block (U+0600–U+06FF) is a letter or
/// digit: from hamza on, less the punctuation and signs among them.
const fn arabic_word(cp: u32) -> bool {
    cp >= 0x0621 && !matches!(cp, 0x060C | 0x061B | 0x061F | 0x066A..=0x066D | 0x06D4)
}

/// Whether `c` belongs to a word of folded text (a letter, a digit, `_`):
/// the one rule of [`Folded::words`] and of [`words_of`].
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        arabic_word(c as u32)
    } else {
        c.is_alphanumeric()
    }
}

/// The tokens of text already folded, as [`Folded::words`] gives them for
/// text folded by [`fold_words`].
pub fn words_of(folded: &str) -> Vec<(u32, u32)> {
    let mut spans = Spans { out: Vec::with_capacity(folded.len() / 6), start: None };
    for (i, c) in folded.char_indices() {
        spans.push(i, c.len_utf8(), char_class(c));
    }
    spans.finish(folded.len());
    spans.out
}

/// The token class of a character.
#[inline]
fn char_class(c: char) -> Class {
    if is_word_char(c) {
        Class::Word
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Other
    }
}

/// Folds `text`.
pub fn fold(text: &str) -> Folded {
    fold_into(text, &mut ())
}

/// Folds `text` and splits the result into tokens in the same pass (see
/// [`Folded::words`]).
pub fn fold_words(text: &str) -> Folded {
    let mut spans = Spans { out: Vec::with_capacity(text.len() / 6), start: None };
    let mut f = fold_into(text, &mut spans);
    f.words = Some(spans.out);
    f
}

fn fold_into<T: Tokens>(text: &str, tokens: &mut T) -> Folded {
    let b = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut anchors = Vec::new();
    let mut i = 0;
    let mut last_space = false;
    // Whether a straight double quote is open on this line: the next one
    // closes it.
    let mut dq_open = false;
    // Emits `bytes` for original bytes i..i+len, anchoring when lengths differ.
    macro_rules! emit {
        ($bytes:expr, $len:expr) => {{
            let bytes: &[u8] = $bytes;
            if bytes.len() != $len {
                out.extend_from_slice(bytes);
                if T::ANCHORS {
                    anchors.push((out.len() as u32, (i + $len) as u32));
                }
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
                    tokens.push(out.len(), 1, Class::Space);
                    emit!(b" ", 1);
                }
                continue;
            }
            last_space = false;
            // Straight double quotes set names apart as guillemets do
            // («"گل شیر علی" وزیر انرژی»): folded to « and » in turn on a
            // line, so a stray one misreads no more than its line.
            if c == b'"' {
                tokens.push(out.len(), 2, Class::Other);
                emit!(if dq_open { "»".as_bytes() } else { "«".as_bytes() }, 1);
                dq_open = !dq_open;
                continue;
            }
            if c == b'\n' {
                dq_open = false;
            }
            let class = if c.is_ascii_alphanumeric() || c == b'_' {
                Class::Word
            } else if (c as char).is_whitespace() {
                Class::Space
            } else {
                Class::Other
            };
            tokens.push(out.len(), 1, class);
            emit!(&[c.to_ascii_lowercase()], 1);
            continue;
        }
        if (0xD8..=0xDB).contains(&c) && i + 1 < b.len() {
            // U+0600–U+06FF: one table look-up says what the character becomes.
            let entry = ARABIC[(((c & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize];
            let value = (entry & 0xFF) as u8;
            match entry >> 8 {
                A_WORD => {
                    last_space = false;
                    tokens.push(out.len(), 2, Class::Word);
                    out.extend_from_slice(&[0xD8 | (value >> 6), 0x80 | (value & 0x3F)]);
                    i += 2;
                    // The rest of a run of letters, the common case, in a tight loop.
                    while i + 1 < b.len() && (0xD8..=0xDB).contains(&b[i]) {
                        let entry = ARABIC[(((b[i] & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize];
                        if entry >> 8 != A_WORD {
                            break;
                        }
                        let value = (entry & 0xFF) as u8;
                        out.extend_from_slice(&[0xD8 | (value >> 6), 0x80 | (value & 0x3F)]);
                        i += 2;
                    }
                }
                A_OTHER => {
                    last_space = false;
                    tokens.push(out.len(), 2, Class::Other);
                    emit!(&[0xD8 | (value >> 6), 0x80 | (value & 0x3F)], 2);
                }
                A_DIGIT => {
                    last_space = false;
                    tokens.push(out.len(), 1, Class::Word);
                    emit!(&[b'0' + value], 2);
                }
                _ => emit!(&[], 2),
            }
            continue;
        }
        // ZWNJ, ZWJ (E2 80 8C/8D) and no-break space (C2 A0) are spaces; so
        // are the direction marks (E2 80 8E/8F) Persian text often writes
        // for a ZWNJ («شاخص‎ترین», «بقاع‎ متبرکه»).
        let space_len = if c == 0xE2 && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C | 0x8D | 0x8B | 0x8E | 0x8F | 0xAF)) {
            3
        } else if c == 0xC2 && b.get(i + 1) == Some(&0xA0) {
            2
        } else {
            0
        };
        // Curly double quotes (U+201C, U+201D) set names apart as guillemets
        // do («“آلن سیمونیان”، رئیس مجلس»): folded to « and ».
        if c == 0xE2 && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)) {
            last_space = false;
            tokens.push(out.len(), 2, Class::Other);
            emit!(if b[i + 2] == 0x9C { "«".as_bytes() } else { "»".as_bytes() }, 3);
            continue;
        }
        if space_len > 0 {
            if last_space {
                emit!(&[], space_len);
            } else {
                last_space = true;
                tokens.push(out.len(), 1, Class::Space);
                emit!(b" ", space_len);
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
        let class = text.get(start..end).and_then(|s| s.chars().next()).map_or(Class::Other, char_class);
        tokens.push(out.len(), len, class);
        out.extend_from_slice(&b[start..end]);
        i = end;
    }
    // Folding maps whole characters to whole characters, so the bytes are
    // UTF-8; checked in debug builds, trusted in release ones.
    tokens.finish(out.len());
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: every byte sequence pushed above is a whole UTF-8 character
    // (copied from valid input, or encoded from a code point below U+0800).
    let text = unsafe { String::from_utf8_unchecked(out) };
    Folded { text, anchors, words: None }
}

/// The match key of a name: folded, trimmed.
pub fn match_key(s: &str) -> String {
    // (Folded without anchors and trimmed in place: one allocation.)
    let mut t = fold_into(s, &mut KeyOnly).text;
    t.truncate(t.trim_end().len());
    let lead = t.len() - t.trim_start().len();
    if lead > 0 {
        t.drain(..lead);
    }
    t
}

/// The match keys of a phrase as written and as text that lost its ZWNJs
/// writes it (`رئیس‌جمهور` → `رئیس جمهور` and `رئیسجمهور`; `می‌کند` →
/// `می کند` and `میکند`): one key, or two when they differ.
pub fn match_keys(s: &str) -> Vec<String> {
    let mut v = vec![match_key(s)];
    if s.contains('\u{200C}') {
        let glued = match_key(&s.replace('\u{200C}', ""));
        if glued != v[0] {
            v.push(glued);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_direction_mark_written_for_a_zwnj_folds_as_one() {
        // Fars News text writes U+200E and U+200F where a ZWNJ belongs
        // («شاخص‎ترین», «غلام‏حسین»): words apart, as a ZWNJ keeps them.
        let f = fold("خراسان\u{200F}رضوی و شاخص\u{200E}ترین");
        assert_eq!(f.text, "خراسان رضوی و شاخص ترین");
        assert_eq!(f.text, fold("خراسان\u{200C}رضوی و شاخص\u{200C}ترین").text);
    }

    #[test]
    fn keys_of_a_zwnj_phrase_include_its_glued_spelling() {
        assert_eq!(match_keys("رئیس\u{200C}جمهور"), ["رئیس جمهور", "رئیسجمهور"]);
        assert_eq!(match_keys("دیدار کرد"), ["دیدار کرد"]);
    }

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
    fn curly_quotes_fold_to_guillemets() {
        let t = "\u{201C}آلن سیمونیان\u{201D}، رئیس";
        let f = fold_words(t);
        assert_eq!(f.text, "«آلن سیمونیان»، رئیس");
        let at = f.text.find("آلن").unwrap();
        assert_eq!(&t[f.original(at)..], "آلن سیمونیان\u{201D}، رئیس");
        let close = f.text.find('»').unwrap();
        assert_eq!(&t[f.original(close)..f.original(close + 2)], "\u{201D}");
        assert_eq!(f.folded_at(t.find('،').unwrap()), f.text.find('،').unwrap());
    }

    #[test]
    fn straight_quotes_fold_to_guillemets_in_turn_on_a_line() {
        let t = "\"گل شیر علی \" وزیر انرژی و \"x\"\n\" ب";
        let f = fold_words(t);
        assert_eq!(f.text, "«گل شیر علی » وزیر انرژی و «x»\n« ب");
        // Each mark maps back to its own byte.
        let close = f.text.find('»').unwrap();
        assert_eq!(&t[f.original(close)..f.original(close + 2)], "\"");
        assert_eq!(f.original(f.text.len()), t.len());
    }

    #[test]
    fn folded_at_is_the_first_boundary_reaching_the_original_offset() {
        for t in ["دیدار با جيحون  بایراموف در قره\u{200C}باغ ۳+۳", "a\u{200C}\u{200C}b  ك\u{064E}ـتاب ۱۲", "", "ab", "  x  ", "\u{FEFB}\u{200C} \u{0640}\u{0640}ﻻ ۱۲۳۴ ي\u{00A0}\u{00A0}😀 ّ", "\u{201C}x\u{201D} \u{201D}"] {
            let f = fold(t);
            for o in 0..=t.len() + 1 {
                let slow = f.text.char_indices().map(|(i, _)| i).chain(std::iter::once(f.text.len())).find(|&i| f.original(i) >= o).unwrap_or(f.text.len());
                assert_eq!(f.folded_at(o), slow, "{t:?} at {o}");
            }
        }
    }

    #[test]
    fn a_key_read_off_the_fold_is_the_slices_match_key() {
        for t in ["دیدار با جيحون  بایراموف، در قره\u{200C}باغ ۳+۳", "a\u{200C}\u{200C}b  ك\u{064E}ـتاب ۱۲\n x", " \u{FEFB}\u{200C} \u{0640}ﻻ ۱۲۳۴ ي\u{00A0}\u{00A0}😀 ّ", "\u{201C}x\u{201D} «y»"] {
            let f = fold_words(t);
            let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain(std::iter::once(t.len())).collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &b in &bounds[k..] {
                    assert_eq!(f.key(a, b), match_key(&t[a..b]), "{t:?} {a}..{b}");
                }
            }
        }
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
