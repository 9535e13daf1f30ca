//! The Persian analyzer of the search index, built on the text layer.
//!
//! A text becomes a run of terms under which spelling variants of one word
//! meet:
//!
//! - letter forms are folded (`ي ك ة` → `ی ک ه`), diacritics and tatweel
//!   dropped, ASCII lower-cased ([`rasad_text::key::push_key`]);
//! - Persian and Arabic-Indic digits become Latin ones, so `۱۴۰۲` and
//!   `1402` are one term;
//! - a ZWNJ or a space between the parts of a word splits it alike, and a
//!   glued word whose lost ZWNJs the lexicon knows is split where they
//!   belong ([`rasad_text::Zwnj::glued`]): `همکاریهای`, `همکاری‌های` and
//!   `همکاری های` all give `همکاری`, `های`;
//! - with light stemming, the parts that are plural, ezafe, comparative,
//!   pronominal or verbal affixes (`ها`, `های`, `ای`, `ترین`, `می`, …) are
//!   dropped without leaving a gap, so `همکاری` also finds `همکاری‌ها` and
//!   phrases still match.
//!
//! Every term keeps the byte span of its word in the original text.

use rasad_text::{Lexicon, Zwnj};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Affixes that light stemming drops, as a part of a word or split off by a
/// space.
const AFFIXES: &[&str] = &[
    "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ای", "ی", "ام", "ات", "اش", "مان", "تان", "شان", "تر",
    "ترین", "تری", "می", "نمی", "اند", "ایم", "اید",
];

/// Is `part` (a folded word part) an affix light stemming drops?
pub fn is_affix(part: &str) -> bool {
    AFFIXES.contains(&part)
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        rasad_text::chars::is_letter(c)
            || rasad_text::chars::is_diacritic(c)
            || c == '\u{0640}'
            || rasad_text::chars::digit_value(c).is_some()
            || (!matches!(c, '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}') && c.is_alphanumeric())
    }
}

/// The terms of a text, one at a time, reusing one buffer: the iterator
/// behind the tokenizer and the snippets.
pub struct Terms<'t> {
    text: &'t str,
    pos: usize,
    stem: bool,
    zwnj: Zwnj<'static>,
    /// Key of the current word.
    key: String,
    /// Byte ranges of the current word's parts within `key`.
    parts: Vec<(usize, usize)>,
    next_part: usize,
    /// Byte span of the current word in `text`.
    word: (usize, usize),
    scratch: Vec<u8>,
    digits: Vec<u8>,
}

impl<'t> Terms<'t> {
    /// The terms of `text`, with or without light stemming.
    pub fn new(text: &'t str, stem: bool) -> Terms<'t> {
        Terms {
            text,
            pos: 0,
            stem,
            zwnj: Zwnj::new(Lexicon::builtin()),
            key: String::new(),
            parts: Vec::new(),
            next_part: 0,
            word: (0, 0),
            scratch: Vec::new(),
            digits: Vec::new(),
        }
    }

    /// Moves to the next term; returns its word's byte span in the text and
    /// the term.
    pub fn next_term(&mut self) -> Option<((usize, usize), &str)> {
        loop {
            while self.next_part < self.parts.len() {
                let (a, b) = self.parts[self.next_part];
                self.next_part += 1;
                if self.stem && is_affix(&self.key[a..b]) {
                    continue;
                }
                return Some((self.word, &self.key[a..b]));
            }
            if !self.next_word() {
                return None;
            }
        }
    }

    /// Reads the next word into `key` and `parts`; false at the end.
    fn next_word(&mut self) -> bool {
        let rest = &self.text[self.pos..];
        let Some(start_rel) = rest.find(is_word_char) else {
            self.pos = self.text.len();
            return false;
        };
        let start = self.pos + start_rel;
        // A word runs over word characters and the ZWNJs between them.
        let mut end = start;
        let bytes = self.text[start..].char_indices();
        for (i, c) in bytes {
            if is_word_char(c) {
                end = start + i + c.len_utf8();
            } else if c != '\u{200C}' {
                break;
            }
        }
        self.pos = end;
        self.word = (start, end);
        self.key.clear();
        self.parts.clear();
        self.next_part = 0;
        let word = &self.text[start..end];
        let has_digit = word.chars().any(|c| !c.is_ascii() && rasad_text::chars::digit_value(c).is_some());
        for piece in word.split('\u{200C}') {
            if piece.is_empty() {
                continue;
            }
            self.scratch.clear();
            if has_digit {
                // Digits of any script become Latin ones, then the key.
                let mut buf = [0u8; 4];
                self.digits.clear();
                for c in piece.chars() {
                    let c = rasad_text::chars::digit_value(c).map_or(c, rasad_text::chars::latin_digit);
                    self.digits.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                rasad_text::key::push_key(&self.digits, &mut self.scratch);
            } else if piece.chars().any(rasad_text::chars::is_presentation_form) {
                // Presentation forms (ﻣﺘﻀﺎﺩ) to base letters, then the key.
                let mut buf = [0u8; 4];
                self.digits.clear();
                for c in piece.chars() {
                    if rasad_text::chars::is_presentation_form(c) {
                        unicode_normalization::char::decompose_compatible(c, |d| {
                            if d != ' ' {
                                self.digits.extend_from_slice(d.encode_utf8(&mut buf).as_bytes());
                            }
                        });
                    } else {
                        self.digits.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                }
                rasad_text::key::push_key(&self.digits, &mut self.scratch);
            } else {
                rasad_text::key::push_key(piece.as_bytes(), &mut self.scratch);
            }
            let Ok(k) = std::str::from_utf8(&self.scratch) else { continue };
            if k.is_empty() {
                continue;
            }
            let base = self.key.len();
            self.key.push_str(k);
            // A glued word: split where the lexicon says ZWNJs were lost.
            let mask = if !has_digit && !k.is_ascii() { self.zwnj.glued(k) } else { 0 };
            if mask == 0 {
                self.parts.push((base, self.key.len()));
            } else {
                let mut from = base;
                for (ci, (bi, _)) in k.char_indices().enumerate() {
                    if ci > 0 && ci < 64 && mask & (1u64 << ci) != 0 {
                        self.parts.push((from, base + bi));
                        from = base + bi;
                    }
                }
                self.parts.push((from, self.key.len()));
            }
        }
        true
    }
}

/// Calls `f` with the word span and term of every term of `text`.
pub fn for_each_term(text: &str, stem: bool, mut f: impl FnMut((usize, usize), &str)) {
    let mut t = Terms::new(text, stem);
    while let Some((span, term)) = t.next_term() {
        f(span, term);
    }
}

/// The terms of `text` as strings (for queries and tests).
pub fn terms(text: &str, stem: bool) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, stem, |_, t| out.push(t.to_string()));
    out
}

/// The tantivy tokenizer of the analyzer.
#[derive(Clone, Copy, Debug)]
pub struct PersianTokenizer {
    /// Drop affix parts (light stemming).
    pub stem: bool,
}

/// The token stream of [`PersianTokenizer`].
pub struct PersianTokenStream<'t> {
    terms: Terms<'t>,
    token: Token,
}

impl Tokenizer for PersianTokenizer {
    type TokenStream<'a> = PersianTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PersianTokenStream<'a> {
        let token = Token { position: usize::MAX, ..Token::default() };
        PersianTokenStream { terms: Terms::new(text, self.stem), token }
    }
}

impl TokenStream for PersianTokenStream<'_> {
    fn advance(&mut self) -> bool {
        match self.terms.next_term() {
            Some(((a, b), term)) => {
                self.token.text.clear();
                self.token.text.push_str(term);
                self.token.offset_from = a;
                self.token.offset_to = b;
                self.token.position = self.token.position.wrapping_add(1);
                self.token.position_length = 1;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zwnj_space_and_glued_forms_meet() {
        let a = terms("همکاری‌های", false);
        assert_eq!(a, vec!["همکاری", "های"]);
        assert_eq!(terms("همکاری های", false), a);
        assert_eq!(terms("همکاریهای", false), a);
        assert_eq!(terms("همكاري‌هاي", false), a, "Arabic letter forms");
    }

    #[test]
    fn stemming_drops_affixes_only_within_words() {
        assert_eq!(terms("همکاری‌های منطقه‌ای", true), vec!["همکاری", "منطقه"]);
        assert_eq!(terms("همکاریهای", true), vec!["همکاری"]);
        assert_eq!(terms("می‌کنیم", true), vec!["کنیم"]);
        assert_eq!(terms("همکاری های", true), vec!["همکاری"], "an affix split off by a space");
    }

    #[test]
    fn presentation_forms_are_their_letters() {
        assert_eq!(terms("ﻣﺘﻀﺎﺩ", false), terms("متضاد", false));
        assert_eq!(terms("ﻛﺘﺎﺏﻫﺎﻱ", false).concat(), terms("کتابهای", false).concat());
    }

    #[test]
    fn digits_of_any_script_are_one_term() {
        assert_eq!(terms("۱۴۰۲/۰۷/۱۷", false), vec!["1402", "07", "17"]);
        assert_eq!(terms("1402/07/17", false), vec!["1402", "07", "17"]);
        assert_eq!(terms("٢٠٢٣", false), vec!["2023"]);
    }

    #[test]
    fn latin_is_lower_cased_and_spans_point_into_the_original() {
        let text = "سفر Aliyev به «باکو»";
        let mut seen = Vec::new();
        for_each_term(text, false, |(a, b), t| seen.push((text[a..b].to_string(), t.to_string())));
        assert_eq!(seen[1], ("Aliyev".to_string(), "aliyev".to_string()));
        assert_eq!(seen[3], ("باکو".to_string(), "باکو".to_string()));
    }
}
