//! The normalizer: one pass from raw news text to clean Persian text, with
//! a map of every position back to the original.
//!
//! Three stages, each linear:
//! 1. **fold** each character: Arabic letter forms to Persian (`ي ى → ی`,
//!    `ك → ک`), presentation forms to base letters, Arabic-Indic digits to
//!    Persian ones, odd spaces to a space; tatweel, invisible format marks
//!    and (by option) diacritics dropped;
//! 2. **tokenize** the folded text ([`crate::tokenize`]);
//! 3. **emit** token by token: restore ZWNJs in glued words, join words
//!    split by a space, convert digits by option (never inside URLs,
//!    e-mail addresses or Latin words, always keeping decimal and
//!    thousands separators with their number), and repair the spacing
//!    around `، ؛ ؟ « »`.
//!
//! ZWNJ repair only inserts ZWNJs or replaces a space by one: it never
//! changes a letter.

use crate::chars::*;
use crate::lexicon::Lexicon;
use crate::offsets::OffsetMap;
use crate::tokenize::{Token, TokenKind, Tokenizer};
use crate::zwnj::Zwnj;
use rustc_hash::FxHashMap;

/// How digits are written in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DigitStyle {
    /// As in the input (Arabic-Indic digits still become Persian ones).
    #[default]
    Keep,
    /// Persian digits `۰…۹`, with `٫` and `٬` as decimal and thousands marks.
    Persian,
    /// ASCII digits `0…9`, with `.` and `,`.
    Latin,
}

/// What the normalizer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Fold Arabic letter forms and presentation forms to Persian letters.
    pub fold_letters: bool,
    /// Drop harakat and other diacritics.
    pub remove_diacritics: bool,
    /// Digit script of the output.
    pub digits: DigitStyle,
    /// Restore lost ZWNJs (glued words and words split by a space).
    pub repair_zwnj: bool,
    /// Repair spacing around Persian punctuation.
    pub fix_punctuation_spacing: bool,
    /// Collapse runs of spaces to one.
    pub collapse_spaces: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            fold_letters: true,
            remove_diacritics: false,
            digits: DigitStyle::Keep,
            repair_zwnj: true,
            fix_punctuation_spacing: true,
            collapse_spaces: true,
        }
    }
}

/// A normalized text with its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Byte positions of `text` mapped to byte positions of the original.
    pub map: OffsetMap,
}

/// Normalizes Persian text. Keeps a cache of word decisions, so reuse one
/// normalizer for many texts.
#[derive(Debug)]
pub struct Normalizer<'l> {
    opts: Options,
    zwnj: Zwnj<'l>,
    /// ZWNJ masks of glued words. Word pairs ([`Zwnj::join`]) are not
    /// cached: a text's pairs are too many and too varied for a cache to beat
    /// the one look-up a pair costs (measured: it made normalization slower).
    cache: FxHashMap<Box<str>, u64>,
    /// For U+0600–U+06FF (by the low 8 bits of the code point): the
    /// character folds to itself under the options (see [`identity_table`]).
    identity: [bool; 256],
    folded: String,
    origin: Vec<u32>,
    tokens: Vec<Token>,
    key: String,
    next_key: String,
    /// The word token whose key `next_key` holds (the word after the last
    /// one emitted, looked at for a join), so it is not rebuilt.
    next_key_of: usize,
    /// Whether that token is plain (see [`Normalizer::key_of`]).
    next_plain: bool,
    third_key: String,
}

const CACHE_LIMIT: usize = 1 << 18;

/// Appends to the output and keeps the offset map in step.
struct Emitter<'a> {
    out: &'a mut String,
    map: Option<&'a mut OffsetMap>,
    out_base: u64,
    orig_base: u64,
    /// Original position (relative to the chunk) the next copied byte would
    /// come from if nothing was deleted.
    expect: u32,
}

impl Emitter<'_> {
    #[inline]
    fn out_pos(&self) -> u64 {
        self.out_base.wrapping_add(self.out.len() as u64)
    }

    /// Appends `c`, which stands for original bytes `o..o+l` (`l == 0` for
    /// an inserted character).
    #[inline]
    fn push(&mut self, c: char, o: u32, l: u32) {
        if let Some(map) = self.map.as_deref_mut() {
            if o != self.expect {
                map.anchor(self.out_base.wrapping_add(self.out.len() as u64), self.orig_base + o as u64);
            }
            self.out.push(c);
            if c.len_utf8() as u32 != l {
                map.anchor(self.out_base.wrapping_add(self.out.len() as u64), self.orig_base + (o + l) as u64);
            }
        } else {
            self.out.push(c);
        }
        self.expect = o + l;
    }

    /// Appends a slice of the folded text that maps to the original byte
    /// for byte (checked by the caller).
    #[inline]
    fn push_linear(&mut self, s: &str, o: u32) {
        if o != self.expect {
            let pos = self.out_pos();
            if let Some(map) = self.map.as_deref_mut() {
                map.anchor(pos, self.orig_base + o as u64);
            }
        }
        self.out.push_str(s);
        self.expect = o + s.len() as u32;
    }
}

impl<'l> Normalizer<'l> {
    /// A normalizer with the built-in lexicon.
    pub fn new(opts: Options) -> Normalizer<'static> {
        Normalizer::with_lexicon(opts, Lexicon::builtin())
    }

    /// A normalizer with a lexicon of one's own.
    pub fn with_lexicon(opts: Options, lex: &'l Lexicon) -> Self {
        Normalizer {
            opts,
            zwnj: Zwnj::new(lex),
            cache: FxHashMap::default(),
            identity: identity_table(opts),
            folded: String::new(),
            origin: Vec::new(),
            tokens: Vec::new(),
            key: String::new(),
            next_key: String::new(),
            next_key_of: usize::MAX,
            next_plain: false,
            third_key: String::new(),
        }
    }

    /// The options in force.
    pub fn options(&self) -> Options {
        self.opts
    }

    /// Normalizes a whole text.
    pub fn normalize(&mut self, input: &str) -> Normalized {
        let mut out = Normalized { text: String::with_capacity(input.len() + input.len() / 16), map: OffsetMap::new() };
        self.normalize_chunk(input, &mut out.text, Some(&mut out.map), 0, 0);
        out.map.finish(out.text.len() as u64, input.len() as u64);
        out
    }

    /// Normalizes a text to a string, without keeping the offset map.
    pub fn normalize_str(&mut self, input: &str) -> String {
        let mut out = String::with_capacity(input.len() + input.len() / 16);
        self.normalize_chunk(input, &mut out, None, 0, 0);
        out
    }

    /// Normalizes `input`, a piece of a longer text that starts at original
    /// byte `orig_base`, appending to `out` (whose content starts at
    /// normalized byte `out_base` of the whole output). Pieces must be cut
    /// where [`safe_cut`] says for the result to equal normalizing the
    /// whole text at once. Pieces longer than 4 GiB are not supported: cut
    /// them.
    pub fn normalize_chunk(
        &mut self,
        input: &str,
        out: &mut String,
        map: Option<&mut OffsetMap>,
        out_base: u64,
        orig_base: u64,
    ) {
        let out_base = out_base.wrapping_sub(out.len() as u64);
        self.fold(input);
        self.tokens.clear();
        // Stray joiners are dropped: leaving them out here keeps them from
        // hiding the neighbours the spacing rules look at.
        self.tokens.extend(Tokenizer::tokens(&self.folded).filter(|t| t.kind != TokenKind::Joiner));
        let mut em = Emitter { out, map, out_base, orig_base, expect: 0 };
        self.emit(&mut em);
    }

    /// Stage 1: fold characters into `self.folded`, with `self.origin[i]`
    /// the original byte of folded byte `i`.
    fn fold(&mut self, input: &str) {
        let folded = &mut self.folded;
        let origin = &mut self.origin;
        folded.clear();
        origin.clear();
        folded.reserve(input.len());
        origin.reserve(input.len() + 1);
        let opts = self.opts;
        // Each folded byte records its original byte: the same offset
        // within the character when both are the same length (so a run
        // that maps byte for byte is recognizable), else the character's
        // start.
        let push = |folded: &mut String, origin: &mut Vec<u32>, c: char, o: u32, src_len: usize| {
            let same = src_len == c.len_utf8();
            folded.push(c);
            for k in 0..c.len_utf8() as u32 {
                origin.push(if same { o + k } else { o });
            }
        };
        // A ZWNJ (or a ZWJ) is kept only between letters, once.
        let drop_dangling_zwnj = |folded: &mut String, origin: &mut Vec<u32>| {
            for j in [ZWNJ, ZWJ] {
                if folded.ends_with(j) {
                    folded.truncate(folded.len() - j.len_utf8());
                    origin.truncate(origin.len() - j.len_utf8());
                }
            }
        };
        let bytes = input.as_bytes();
        let identity = &self.identity;
        let mut i = 0;
        while i < bytes.len() {
            // Fast path: a run of characters that fold to themselves (ASCII
            // but tab, and two-byte Arabic-block characters the table
            // marks) is copied as is, each byte its own origin.
            let mut j = i;
            while j < bytes.len() {
                let b = bytes[j];
                if b < 0x80 {
                    if b == b'\t' {
                        break;
                    }
                    j += 1;
                } else if (0xD8..=0xDB).contains(&b) && j + 1 < bytes.len() && identity[(((b & 0x03) as usize) << 6) | (bytes[j + 1] & 0x3F) as usize] {
                    j += 2;
                } else {
                    break;
                }
            }
            if j > i {
                // Only the run's first character can follow a ZWNJ.
                let first = bytes[i];
                let letter_like = first >= 0x80 && arabic_class(&bytes[i..]) != 0;
                if !letter_like {
                    drop_dangling_zwnj(folded, origin);
                }
                folded.push_str(&input[i..j]);
                origin.extend(i as u32..j as u32);
                i = j;
                continue;
            }
            let Some(c) = input[i..].chars().next() else { break };
            let o = i as u32;
            i += c.len_utf8();
            if c == ZWNJ || c == ZWJ {
                let after_letter = folded.chars().next_back().is_some_and(|p| is_letter(p) || is_diacritic(p));
                if after_letter {
                    push(folded, origin, c, o, 3);
                }
                continue;
            }
            if !(is_letter(c) || is_diacritic(c) || is_presentation_form(c) || c == TATWEEL || is_droppable_format(c)) {
                drop_dangling_zwnj(folded, origin);
            }
            if c.is_ascii() {
                if c == '\t' {
                    folded.push(' ');
                    origin.push(o);
                } else {
                    folded.push(c);
                    origin.push(o);
                }
                continue;
            }
            if c == TATWEEL || is_droppable_format(c) {
                continue;
            }
            if opts.remove_diacritics && is_diacritic(c) {
                continue;
            }
            if is_space_like(c) {
                push(folded, origin, ' ', o, c.len_utf8());
                continue;
            }
            if let '\u{0660}'..='\u{0669}' = c {
                push(folded, origin, persian_digit(c as u32 - 0x0660), o, c.len_utf8());
                continue;
            }
            if opts.fold_letters {
                if is_presentation_form(c) {
                    unicode_normalization::char::decompose_compatible(c, |d| {
                        if d == ' ' || d == TATWEEL || (opts.remove_diacritics && is_diacritic(d)) {
                            return;
                        }
                        push(folded, origin, fold_letter(d), o, 0);
                    });
                    continue;
                }
                push(folded, origin, fold_letter(c), o, c.len_utf8());
            } else {
                push(folded, origin, c, o, c.len_utf8());
            }
        }
        drop_dangling_zwnj(folded, origin);
        origin.push(input.len() as u32);
    }

    /// Copies folded bytes `s..e` to the output.
    fn copy(&self, em: &mut Emitter<'_>, s: usize, e: usize) {
        let os = self.origin[s];
        if e == s + 1 {
            // One ASCII byte (a space, a mark): no slice to copy.
            em.push(self.folded.as_bytes()[s] as char, os, self.origin[e] - os);
            return;
        }
        let linear = self.origin[s..=e].iter().enumerate().all(|(k, &o)| o == os + k as u32);
        if linear {
            em.push_linear(&self.folded[s..e], os);
        } else {
            for (i, c) in self.folded[s..e].char_indices() {
                let a = self.origin[s + i];
                let b = self.origin[s + i + c.len_utf8()];
                em.push(c, a, b - a);
            }
        }
    }

    fn tok_text(&self, t: &Token) -> &str {
        &self.folded[t.start..t.end]
    }

    /// The cached ZWNJ mask of a glued key.
    fn glued_mask(&mut self, key: &str) -> u64 {
        if let Some(&m) = self.cache.get(key) {
            return m;
        }
        let m = self.zwnj.glued(key);
        if self.cache.len() >= CACHE_LIMIT {
            self.cache.clear();
        }
        self.cache.insert(key.into(), m);
        m
    }

    /// Letters of a word token without its ZWNJs and diacritics (folded
    /// already). Returns true when the token is plain: letters only, so the
    /// key is its text.
    fn key_of(&self, t: &Token, key: &mut String) -> bool {
        key.clear();
        let text = self.tok_text(t);
        if all_letters(text) {
            key.push_str(text);
            return true;
        }
        for c in text.chars() {
            if is_letter(c) {
                key.push(c);
            }
        }
        false
    }

    /// Emits a plain word (letters only, all two bytes long) with the ZWNJs
    /// its glued key asks for.
    fn emit_plain(&mut self, em: &mut Emitter<'_>, t: Token, key: &str) {
        let n = (key.len() / 2) as u32;
        let mask = if n < 64 { self.glued_mask(key) } else { 0 };
        let os = self.origin[t.start];
        let linear = self.origin[t.start..=t.end].iter().enumerate().all(|(k, &o)| o == os + k as u32);
        if !linear {
            for (li, (bi, c)) in self.folded[t.start..t.end].char_indices().enumerate() {
                let a = self.origin[t.start + bi];
                let z = self.origin[t.start + bi + c.len_utf8()];
                if li > 0 && li < 64 && mask & (1 << li) != 0 {
                    em.push(ZWNJ, a, 0);
                }
                em.push(c, a, z - a);
            }
            return;
        }
        // Letter `k` is at byte `2k`: copy the runs between ZWNJs.
        let mut from = 0usize;
        let mut bits = mask & !1 & if n < 64 { (1u64 << n) - 1 } else { u64::MAX };
        while bits != 0 {
            let li = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let at = t.start + 2 * li;
            em.push_linear(&self.folded[t.start + from..at], os + from as u32);
            em.push(ZWNJ, self.origin[at], 0);
            from = 2 * li;
        }
        em.push_linear(&self.folded[t.start + from..t.end], os + from as u32);
    }

    /// Stage 3.
    fn emit(&mut self, em: &mut Emitter<'_>) {
        let n = self.tokens.len();
        let mut i = 0;
        let mut key = std::mem::take(&mut self.key);
        self.next_key_of = usize::MAX;
        while i < n {
            let t = self.tokens[i];
            match t.kind {
                TokenKind::Word => {
                    i = self.emit_word(em, i, &mut key);
                    continue;
                }
                TokenKind::Number => self.emit_number(em, i),
                TokenKind::Joiner => {} // a stray ZWNJ outside a word: dropped
                TokenKind::Space => {
                    if self.opts.fix_punctuation_spacing && self.space_is_wrong(i) {
                        // dropped
                    } else if self.opts.collapse_spaces && i > 0 && self.kind_at(i - 1) == Some(TokenKind::Space) {
                        // Two runs of space with only dropped joiners between: one space.
                    } else if self.opts.collapse_spaces && t.end - t.start > 1 {
                        let o = self.origin[t.start];
                        let l = self.origin[t.end] - o;
                        em.push(' ', o, l);
                    } else {
                        self.copy(em, t.start, t.end);
                    }
                }
                TokenKind::Punct => {
                    self.copy(em, t.start, t.end);
                    if self.opts.fix_punctuation_spacing && self.space_is_missing_after(i) {
                        em.push(' ', self.origin[t.end], 0);
                    }
                }
                _ => self.copy(em, t.start, t.end),
            }
            if self.opts.fix_punctuation_spacing && t.kind != TokenKind::Space && self.space_is_missing_before(i + 1) {
                em.push(' ', self.origin[t.end], 0);
            }
            i += 1;
        }
        self.key = key;
    }

    fn punct_at(&self, i: usize) -> Option<char> {
        let t = self.tokens.get(i)?;
        if t.kind == TokenKind::Punct {
            self.tok_text(t).chars().next()
        } else {
            None
        }
    }

    fn kind_at(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// A space before `، ؛ ؟ »` or after `«` is dropped (between words
    /// only, never between numbers).
    fn space_is_wrong(&self, i: usize) -> bool {
        let before = i.checked_sub(1).and_then(|j| self.kind_at(j));
        // Runs of space (split by a dropped joiner) count as one.
        if before == Some(TokenKind::Space) {
            return i >= 2 && self.space_is_wrong(i - 1);
        }
        let mut next = i + 1;
        while self.kind_at(next) == Some(TokenKind::Space) {
            next += 1;
        }
        let i = next - 1;
        let next_p = self.punct_at(i + 1);
        let prev_p = i.checked_sub(1).and_then(|j| self.punct_at(j));
        if matches!(next_p, Some('،' | '؛' | '؟' | '»')) && matches!(before, Some(TokenKind::Word | TokenKind::Latin | TokenKind::Number | TokenKind::Punct)) {
            // Keep `« »` empty quotes and numbers lists like `۱ ، ۲` alone.
            let after = self.kind_at(i + 2);
            let numeric = before == Some(TokenKind::Number) && next_p == Some('،') && after == Some(TokenKind::Space) && self.kind_at(i + 3) == Some(TokenKind::Number);
            return !numeric && prev_p != Some('«');
        }
        if prev_p == Some('«') && matches!(self.kind_at(i + 1), Some(TokenKind::Word | TokenKind::Latin | TokenKind::Number)) {
            return true;
        }
        false
    }

    /// After `، ؛ ؟ »` directly followed by a word, a space is missing.
    fn space_is_missing_after(&self, i: usize) -> bool {
        let Some(p) = self.punct_at(i) else { return false };
        if !matches!(p, '،' | '؛' | '؟' | '»') {
            return false;
        }
        let prev = match i.checked_sub(1).and_then(|j| self.kind_at(j)) {
            Some(TokenKind::Space) => i.checked_sub(2).and_then(|j| self.kind_at(j)),
            k => k,
        };
        let prev_word = prev == Some(TokenKind::Word);
        matches!(self.kind_at(i + 1), Some(TokenKind::Word)) && (prev_word || p != '»')
    }

    /// Before `«` directly after a word, a space is missing.
    fn space_is_missing_before(&self, i: usize) -> bool {
        self.punct_at(i) == Some('«') && i > 0 && self.kind_at(i - 1) == Some(TokenKind::Word)
    }

    /// Emits the number token `t`, converting digits and separators as the
    /// options ask, unless it sticks to a Latin word (`COVID-19`, `A4`).
    fn emit_number(&mut self, em: &mut Emitter<'_>, ti: usize) {
        let t = self.tokens[ti];
        let style = self.opts.digits;
        let latin_neighbour = |idx: Option<usize>| -> bool {
            idx.and_then(|j| self.tokens.get(j)).is_some_and(|n| n.kind == TokenKind::Latin)
        };
        let stuck = latin_neighbour(ti.checked_sub(1)) || latin_neighbour(Some(ti + 1))
            || (ti >= 2 && self.punct_at(ti - 1).is_some_and(|c| c == '-') && latin_neighbour(Some(ti - 2)));
        if style == DigitStyle::Keep || stuck {
            self.copy(em, t.start, t.end);
            return;
        }
        let text = &self.folded[t.start..t.end];
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let o = self.origin[t.start + i];
            let l = self.origin[t.start + i + c.len_utf8()] - o;
            let d = match (style, c) {
                (DigitStyle::Persian, _) if digit_value(c).is_some() => persian_digit(digit_value(c).unwrap_or(0)),
                (DigitStyle::Latin, _) if digit_value(c).is_some() => latin_digit(digit_value(c).unwrap_or(0)),
                (DigitStyle::Persian, '.') => '٫',
                (DigitStyle::Persian, ',') => '٬',
                (DigitStyle::Latin, '٫') => '.',
                (DigitStyle::Latin, '٬') => ',',
                _ => c,
            };
            em.push(d, o, l);
        }
    }

    /// Emits the word at token `i`, joined with the words after it where
    /// they are one word written apart, with its ZWNJs restored. Returns
    /// the index of the next token to emit.
    fn emit_word(&mut self, em: &mut Emitter<'_>, i: usize, key: &mut String) -> usize {
        let t = self.tokens[i];
        if !self.opts.repair_zwnj {
            self.copy(em, t.start, t.end);
            return i + 1;
        }
        // The parts: (token index, join with ZWNJ before it?).
        let mut parts: [(usize, bool); 4] = [(i, false); 4];
        let mut nparts = 1;
        let mut next = i + 1;
        let mut b = std::mem::take(&mut self.next_key);
        let plain = if self.next_key_of == i {
            std::mem::swap(key, &mut b);
            self.next_plain
        } else {
            self.key_of(&t, key)
        };
        self.next_key_of = usize::MAX;
        let mut c = std::mem::take(&mut self.third_key);
        // Words apart by one space (or by any run of spaces, when runs are
        // collapsed to one anyway).
        let collapse = self.opts.collapse_spaces;
        let is_single_space = |s: &Self, j: usize| -> bool {
            s.tokens.get(j).is_some_and(|x| x.kind == TokenKind::Space && (collapse || x.end - x.start == 1))
        };
        if is_single_space(self, i + 1) && self.kind_at(i + 2) == Some(TokenKind::Word) {
            let t2 = self.tokens[i + 2];
            self.next_plain = self.key_of(&t2, &mut b);
            self.next_key_of = i + 2;
            if b == "و" {
                if is_single_space(self, i + 3) && self.kind_at(i + 4) == Some(TokenKind::Word) {
                    let t3 = self.tokens[i + 4];
                    self.key_of(&t3, &mut c);
                    if self.zwnj.join_with_and(key, &c) {
                        parts[1] = (i + 2, true);
                        parts[2] = (i + 4, false);
                        nparts = 3;
                        next = i + 5;
                        // A plural after the pair (حل و فصل هایی): what a
                        // second pass would join must be joined now.
                        if is_single_space(self, next) && self.kind_at(next + 1) == Some(TokenKind::Word) {
                            let mut whole = String::with_capacity(key.len() + b.len() + c.len());
                            whole.push_str(key);
                            whole.push_str(&b);
                            whole.push_str(&c);
                            let mut d = String::new();
                            let t4 = self.tokens[next + 1];
                            self.key_of(&t4, &mut d);
                            if d != "و" {
                                if let Some(zw4) = self.zwnj.join(&whole, &d) {
                                    parts[3] = (next + 1, zw4);
                                    nparts = 4;
                                    next += 2;
                                }
                            }
                        }
                    }
                }
            } else if let Some(zw) = self.zwnj.join(key, &b) {
                parts[1] = (i + 2, zw);
                nparts = 2;
                next = i + 3;
                // A third part may join the two (بین المللی ها): what a
                // second pass would join must be joined now.
                if is_single_space(self, next) && self.kind_at(next + 1) == Some(TokenKind::Word) {
                    let ab_len = key.len();
                    key.push_str(&b);
                    let t3 = self.tokens[next + 1];
                    self.key_of(&t3, &mut c);
                    let joined = if c != "و" { self.zwnj.join(key, &c) } else { None };
                    key.truncate(ab_len);
                    {
                        if let Some(zw3) = joined {
                            parts[2] = (next + 1, zw3);
                            nparts = 3;
                            next += 2;
                        }
                    }
                }
            }
        }
        self.next_key = b;
        self.third_key = c;
        if nparts == 1 && plain {
            // One word of letters only: its key is whole already.
            self.emit_plain(em, t, key);
            if self.opts.fix_punctuation_spacing && self.space_is_missing_before(next) {
                em.push(' ', self.origin[t.end], 0);
            }
            return next;
        }
        // The whole key and the mask of ZWNJs already present or implied by
        // the joins.
        key.clear();
        let mut mask = 0u64;
        let mut nletters = 0u32;
        for &(ti, zw_before) in &parts[..nparts] {
            let tk = self.tokens[ti];
            if zw_before && nletters > 0 && nletters < 64 {
                mask |= 1 << nletters;
            }
            let mut pending_zwnj = false;
            for c in self.folded[tk.start..tk.end].chars() {
                if c == ZWNJ {
                    pending_zwnj = true;
                } else if is_letter(c) {
                    if pending_zwnj && nletters > 0 && nletters < 64 {
                        mask |= 1 << nletters;
                    }
                    pending_zwnj = false;
                    key.push(c);
                    nletters += 1;
                }
            }
        }
        if nletters < 64 {
            mask |= self.glued_mask(key);
        }
        // Emit letter by letter from the folded tokens, inserting ZWNJs by
        // the mask and turning joined spaces into ZWNJ or nothing.
        let mut li = 0u32;
        // The letter boundary where a ZWNJ was last written: one per boundary.
        let mut zwnj_at: Option<u32> = None;
        for (pi, &(ti, _)) in parts[..nparts].iter().enumerate() {
            let tk = self.tokens[ti];
            if pi > 0 {
                // The space(s) and the `و` between parts.
                let gap = self.tokens[ti - 1];
                let need = li < 64 && mask & (1 << li) != 0 && zwnj_at != Some(li);
                let o = self.origin[gap.start];
                if need {
                    em.push(ZWNJ, o, self.origin[gap.end] - o);
                    zwnj_at = Some(li);
                } else {
                    // The space is dropped.
                    em.expect = em.expect.min(o);
                }
            }
            let mut prev_zwnj_written = pi > 0 && li < 64 && mask & (1 << li) != 0;
            for (bi, c) in self.folded[tk.start..tk.end].char_indices() {
                let a = self.origin[tk.start + bi];
                let z = self.origin[tk.start + bi + c.len_utf8()];
                if c == ZWNJ || c == ZWJ {
                    if c == ZWJ {
                        em.push(c, a, z - a);
                        continue;
                    }
                    // Existing ZWNJ: written once, where the mask says.
                    if !prev_zwnj_written && li < 64 && li > 0 && mask & (1 << li) != 0 && zwnj_at != Some(li) {
                        em.push(c, a, z - a);
                        prev_zwnj_written = true;
                        zwnj_at = Some(li);
                    }
                    continue;
                }
                if is_letter(c) {
                    if li > 0 && li < 64 && mask & (1 << li) != 0 && !prev_zwnj_written && zwnj_at != Some(li) {
                        em.push(ZWNJ, a, 0);
                        zwnj_at = Some(li);
                    }
                    prev_zwnj_written = false;
                    li += 1;
                }
                em.push(c, a, z - a);
            }
        }
        if self.opts.fix_punctuation_spacing && self.space_is_missing_before(next) {
            em.push(' ', self.origin[self.tokens[next - 1].end], 0);
        }
        next
    }
}

/// Which characters of U+0600–U+06FF the fold leaves as they are under
/// `opts`: no letter to fold, no Arabic-Indic digit, no tatweel or format
/// mark, no diacritic to remove. The fold copies runs of these (and of
/// ASCII) without looking at them one by one.
fn identity_table(opts: Options) -> [bool; 256] {
    let mut t = [false; 256];
    for (k, slot) in t.iter_mut().enumerate() {
        let Some(c) = char::from_u32(0x0600 + k as u32) else { continue };
        *slot = !(c == TATWEEL
            || is_droppable_format(c)
            || is_space_like(c)
            || is_presentation_form(c)
            || ('\u{0660}'..='\u{0669}').contains(&c)
            || (opts.remove_diacritics && is_diacritic(c))
            || (opts.fold_letters && fold_letter(c) != c));
    }
    t
}

/// A place to cut a long text (see [`safe_cut`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// Byte offset of the cut.
    pub at: usize,
    /// False when the text offered no clean place (no line break and no
    /// plain space in the window): pieces cut there may normalize slightly
    /// differently from the whole (a space next to punctuation, a ZWNJ at
    /// the cut).
    pub clean: bool,
}

/// Where a long text may be cut into pieces that normalize independently
/// (see [`Normalizer::normalize_chunk`]): the largest byte offset at most
/// `limit` (and at least `limit / 2` when possible) after a line break, or
/// failing that after a space between two words that cannot be one word.
/// Returns `text.len()` when the whole text fits.
pub fn safe_cut(text: &str, limit: usize, lex: &Lexicon) -> Cut {
    if text.len() <= limit {
        return Cut { at: text.len(), clean: true };
    }
    let floor_boundary = |mut i: usize| {
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let hi = floor_boundary(limit);
    let lo = floor_boundary(limit / 2);
    let window = &text[lo..hi];
    if let Some(p) = window.rfind('\n') {
        return Cut { at: lo + p + 1, clean: true };
    }
    let z = Zwnj::new(lex);
    let word_char = |c: char| is_letter(c) || is_digit(c) || c.is_ascii_alphanumeric();
    let mut j = window.len();
    while let Some(p) = window[..j].rfind(' ') {
        j = p;
        let (Some(prev), Some(next)) = (window[..p].chars().next_back(), window[p + 1..].chars().next()) else { continue };
        if !word_char(prev) || !word_char(next) {
            continue;
        }
        // The word before may begin before the window: read it from the text.
        let before = text[..lo + p].rsplit(|c: char| !is_letter(c) && c != ZWNJ).next().unwrap_or("");
        let after = window[p + 1..].split(|c: char| !is_letter(c) && c != ZWNJ).next().unwrap_or("");
        // The word after must end inside the window.
        if !after.is_empty() && window[p + 1..].len() == after.len() {
            continue;
        }
        if before == "و" || after == "و" {
            continue;
        }
        if !before.is_empty() && !after.is_empty() {
            let a: String = before.chars().filter(|&c| c != ZWNJ).map(fold_letter).collect();
            let b: String = after.chars().filter(|&c| c != ZWNJ).map(fold_letter).collect();
            // A word before may itself be joined to the one before it.
            if z.join(&a, &b).is_some() {
                continue;
            }
        }
        return Cut { at: lo + p + 1, clean: true };
    }
    // No clean place: cut before a character that starts nothing special.
    for (i, c) in window.char_indices().rev() {
        if i > 0 && c != ZWNJ && c != ZWJ && !window[..i].ends_with(ZWNJ) {
            return Cut { at: lo + i, clean: false };
        }
    }
    Cut { at: hi.max(text.len().min(1)), clean: false }
}
