//! Word and sentence tokenization for Persian news text.
//!
//! The tokenizer never allocates per token: [`Tokenizer::tokens`] is an
//! iterator of byte spans over the text it is given. Numbers with their
//! separators (`۳٫۵`, `1,200,000`, `1402/07/17`, `۲۳:۲۳`), URLs, e-mail
//! addresses and Latin words with inner dots or hyphens (`U.S.`, `COVID-19`)
//! are single tokens. Persian words keep their inner ZWNJ (`می‌کنیم` is one
//! token).

use crate::chars::{arabic_class, is_diacritic, is_digit, is_latin_letter, is_letter, is_newline, is_space_like, ZWJ, ZWNJ};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A Persian (Arabic-script) word, ZWNJs inside included.
    Word,
    /// Digits with the separators inside a number, date or time.
    Number,
    /// A word in Latin letters (digits, inner `.`, `-`, `'` allowed).
    Latin,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// One punctuation mark.
    Punct,
    /// White space within a line.
    Space,
    /// One or more line breaks.
    Newline,
    /// A stray ZWNJ or ZWJ that belongs to no word.
    Joiner,
    /// Any other character (symbols, emoji, letters of other scripts).
    Symbol,
}

impl TokenKind {
    /// Lowercase name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Latin => "latin",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Punct => "punct",
            TokenKind::Space => "space",
            TokenKind::Newline => "newline",
            TokenKind::Joiner => "joiner",
            TokenKind::Symbol => "symbol",
        }
    }

    /// True for tokens that carry content (not spaces or line breaks).
    pub fn is_content(self) -> bool {
        !matches!(self, TokenKind::Space | TokenKind::Newline | TokenKind::Joiner)
    }
}

/// A token: a kind and a byte span of the tokenized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past its last byte.
    pub end: usize,
}

impl Token {
    /// The token's text within `text` (the text it was made from).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

#[inline]
fn is_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '،' | '؛' | '؟' | '«' | '»' | '(' | ')' | '[' | ']' | '{' | '}'
            | '"' | '\'' | '-' | '–' | '—' | '/' | '\\' | '…' | '٫' | '٬' | '*' | '+' | '=' | '%' | '٪'
            | '<' | '>' | '|' | '_' | '“' | '”' | '‘' | '’' | '#' | '@' | '&' | '^' | '~' | '`' | '$'
    )
}

#[inline]
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬' | '/' | ':' | '-' | '،')
}

#[inline]
fn is_url_end_punct(c: char) -> bool {
    matches!(c, '.' | ',' | ')' | ']' | '»' | '،' | '؛' | '؟' | '!' | '?' | ';' | ':' | '"' | '\'')
}

/// An iterator over the tokens of a text.
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

/// The tokenizer. It holds no state: a value of it only names the
/// operation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokenizer;

impl Tokenizer {
    /// The tokens of `text`, in order, covering every byte of it.
    pub fn tokens(text: &str) -> Tokens<'_> {
        Tokens { text, pos: 0 }
    }
}

fn starts_url(rest: &str) -> bool {
    let b = rest.as_bytes();
    let lower = |n: usize| -> bool {
        b.len() >= n && b[..n].iter().all(|c| c.is_ascii())
    };
    (lower(8) && rest[..8].eq_ignore_ascii_case("https://"))
        || (lower(7) && rest[..7].eq_ignore_ascii_case("http://"))
        || (lower(6) && rest[..6].eq_ignore_ascii_case("ftp://"))
        || (lower(4) && rest[..4].eq_ignore_ascii_case("www.") && b.len() > 5)
}

/// Length in bytes of an e-mail address starting at `rest`, if one does.
fn email_len(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let local = b.iter().take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')).count();
    if local == 0 || b.get(local) != Some(&b'@') {
        return None;
    }
    let dom = b[local + 1..].iter().take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')).count();
    let mut end = local + 1 + dom;
    while end > local + 1 && matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &rest[local + 1..end];
    let tld = domain.rsplit('.').next()?;
    (domain.contains('.') && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())).then_some(end)
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let start = self.pos;
        let rest = &text[start..];
        let b = rest.as_bytes();
        // The two tokens of most of a Persian text, taken without the
        // general dispatch: a word of Arabic-block letters, and a run of
        // ASCII spaces that ends before a byte that cannot start a space.
        if arabic_class(b) & crate::chars::CLASS_LETTER != 0 {
            let end = start + word_len(rest);
            self.pos = end;
            return Some(Token { kind: TokenKind::Word, start, end });
        } else if b.first() == Some(&b' ') {
            let n = b.iter().position(|&x| x != b' ' && x != b'\t').unwrap_or(b.len());
            // No other ASCII character and no character of U+0600–U+06FF is space-like.
            if b.get(n).is_none_or(|&x| x < 0x80 || (0xD8..=0xDB).contains(&x)) {
                self.pos = start + n;
                return Some(Token { kind: TokenKind::Space, start, end: start + n });
            }
        }
        self.general()
    }
}

impl Tokens<'_> {
    /// The next token, whatever it is (what [`Iterator::next`] falls back to
    /// after its byte-level paths).
    fn general(&mut self) -> Option<Token> {
        let text = self.text;
        let start = self.pos;
        let rest = &text[start..];
        let c = rest.chars().next()?;
        let (kind, len) = if is_newline(c) {
            let n = rest.find(|d: char| !is_newline(d)).unwrap_or(rest.len());
            (TokenKind::Newline, n)
        } else if is_space_like(c) {
            let n = rest.find(|d: char| !is_space_like(d)).unwrap_or(rest.len());
            (TokenKind::Space, n)
        } else if is_letter(c) {
            (TokenKind::Word, word_len(rest))
        } else if is_digit(c) {
            let mut end = c.len_utf8();
            let mut prev_sep = false;
            for (i, d) in rest.char_indices().skip(1) {
                if is_digit(d) {
                    end = i + d.len_utf8();
                    prev_sep = false;
                } else if is_number_separator(d) && !prev_sep {
                    // A separator is inside the number only when a digit follows.
                    let next = rest[i + d.len_utf8()..].chars().next();
                    if next.is_some_and(is_digit) {
                        prev_sep = true;
                        continue;
                    }
                    break;
                } else {
                    break;
                }
            }
            (TokenKind::Number, end)
        } else if c.is_ascii_alphanumeric() && (starts_url(rest) || email_len(rest).is_some()) {
            if let Some(n) = email_len(rest) {
                (TokenKind::Email, n)
            } else {
                // A URL ends at a space, a quote, a control character or
                // Persian punctuation (`www.x.ir،سلام`: the comma is the text's).
                let mut n = rest.find(|d: char| d.is_whitespace() || d.is_control() || matches!(d, '«' | '»' | '"' | '<' | '>' | '،' | '؛' | '؟')).unwrap_or(rest.len());
                while n > 0 {
                    let last = rest[..n].chars().next_back().unwrap();
                    if is_url_end_punct(last) {
                        n -= last.len_utf8();
                    } else {
                        break;
                    }
                }
                (TokenKind::Url, n.max(1))
            }
        } else if is_latin_letter(c) {
            let mut end = c.len_utf8();
            for (i, d) in rest.char_indices().skip(1) {
                if i == end && matches!(d, 'h' | 'H' | 'f' | 'F' | 'w' | 'W') && starts_url(&rest[i..]) {
                    // A URL glued to the word (`COVID-19.3.5https://…`) is a token of its own.
                    break;
                }
                if is_latin_letter(d) || d.is_ascii_digit() {
                    end = i + d.len_utf8();
                } else if matches!(d, '.' | '-' | '\'' | '_' | '&') && i == end {
                    let next = rest[i + 1..].chars().next();
                    if next.is_some_and(|n| is_latin_letter(n) || n.is_ascii_digit()) {
                        continue;
                    }
                    break;
                } else {
                    break;
                }
            }
            // Keep the final dot of a dotted abbreviation (U.S.).
            if rest[..end].contains('.') && rest[end..].starts_with('.') {
                end += 1;
            }
            (TokenKind::Latin, end)
        } else if c == ZWNJ || c == ZWJ {
            (TokenKind::Joiner, c.len_utf8())
        } else if is_punct(c) || c.is_ascii_punctuation() {
            (TokenKind::Punct, c.len_utf8())
        } else {
            (TokenKind::Symbol, c.len_utf8())
        };
        let end = start + len.max(c.len_utf8()).min(rest.len());
        self.pos = end;
        Some(Token { kind, start, end })
    }
}

/// A sentence: the byte span of its first and last content tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first content byte.
    pub start: usize,
    /// Byte offset past the last content byte.
    pub end: usize,
}

fn is_terminator(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "»" | ")" | "\"" | "”" | "’" | "]" | "'")
}

/// Length of the Persian word `rest` starts with (its first character a
/// letter, as [`is_letter`] has it: all two bytes long): letters and
/// diacritics, and ZWNJs or ZWJs with a letter after.
/// The Arabic block's letters and diacritics, two bytes each, are taken
/// pair by pair; characters are decoded only after them, unless an ASCII
/// byte (never part of a word) or the end comes first.
#[inline]
fn word_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    let mut end = 2;
    while arabic_class(&b[end..]) != 0 {
        end += 2;
    }
    if b.get(end).is_none_or(|&x| x < 0x80) {
        return end;
    }
    let fast = end;
    for (i, d) in rest[fast..].char_indices().map(|(i, d)| (i + fast, d)) {
        if is_letter(d) || is_diacritic(d) {
            end = i + d.len_utf8();
        } else if d == ZWNJ || d == ZWJ {
            // Inside a word only when a letter follows (possibly
            // after more joiners).
            let after = rest[i..].trim_start_matches([ZWNJ, ZWJ]);
            if after.chars().next().is_some_and(|n| is_letter(n) || is_diacritic(n)) {
                continue;
            }
            break;
        } else {
            break;
        }
    }
    end
}

/// Whether a ZWNJ or ZWJ (`E2 80 8C`, `E2 80 8D`) starts at byte `i` of `b`.
#[inline]
fn joiner_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&0xE2) && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C | 0x8D))
}

/// The sentence splitter's state, fed one token at a time.
#[derive(Default)]
struct Splitter {
    out: Vec<Sentence>,
    start: Option<usize>,
    last_end: usize,
    prev: Option<Token>,
    pending_end: Option<usize>,
}

impl Splitter {
    fn feed(&mut self, text: &str, t: Token) {
        if let Some(pe) = self.pending_end {
            if t.kind == TokenKind::Punct && (is_closer(t.text(text)) || is_terminator(t.text(text))) {
                self.pending_end = Some(t.end);
                self.last_end = t.end;
                self.prev = Some(t);
                return;
            }
            if let Some(s) = self.start.take() {
                self.out.push(Sentence { start: s, end: pe });
            }
            self.pending_end = None;
        }
        match t.kind {
            TokenKind::Newline => {
                if let Some(s) = self.start.take() {
                    self.out.push(Sentence { start: s, end: self.last_end });
                }
            }
            TokenKind::Space | TokenKind::Joiner => {}
            _ => {
                if self.start.is_none() {
                    self.start = Some(t.start);
                }
                self.last_end = t.end;
                if t.kind == TokenKind::Punct && is_terminator(t.text(text)) {
                    // A dot after an initial: one letter, or a Latin letter's
                    // Persian name («اس. جی. شنکر»).
                    let abbrev = t.text(text) == "."
                        && self.prev.is_some_and(|p| {
                            p.end == t.start
                                && matches!(p.kind, TokenKind::Word | TokenKind::Latin)
                                && (p.text(text).chars().count() == 1 || is_letter_name(p.text(text)))
                        });
                    if !abbrev {
                        self.pending_end = Some(t.end);
                    }
                }
            }
        }
        self.prev = Some(t);
    }

    fn finish(mut self) -> Vec<Sentence> {
        if let Some(s) = self.start {
            self.out.push(Sentence { start: s, end: self.pending_end.unwrap_or(self.last_end) });
        }
        self.out
    }
}

/// The blank character at byte `i` of `b` (a line break, or a space as
/// [`is_space_like`] has it): whether it breaks the line, and its length.
#[inline]
fn blank_at(b: &[u8], i: usize) -> Option<(bool, usize)> {
    match b[i] {
        b' ' | b'\t' => Some((false, 1)),
        b'\n' | b'\r' | 0x0B | 0x0C => Some((true, 1)),
        0xC2 => match b.get(i + 1) {
            Some(0xA0) => Some((false, 2)),
            Some(0x85) => Some((true, 2)),
            _ => None,
        },
        0xE2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8A | 0xAF)) | (Some(0x81), Some(0x9F)) => Some((false, 3)),
            (Some(0x80), Some(0xA8 | 0xA9)) => Some((true, 3)),
            _ => None,
        },
        0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => Some((false, 3)),
        _ => None,
    }
}

/// The bytes that may start a blank or a terminator (the first byte of
/// each, ASCII or a lead byte: never a continuation byte).
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [b' ', b'\t', b'\n', b'\r', 0x0B, 0x0C, b'.', b'!', b'?', 0xC2, 0xD8, 0xE2, 0xE3];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// Length of the UTF-8 character whose first byte is `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// Whether `w` is a Latin letter's name as Persian writes an initial
/// (`data/lexicon/rasad/letter-names.txt`).
fn is_letter_name(w: &str) -> bool {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| crate::datafile::records(include_str!("../../../data/lexicon/rasad/letter-names.txt")).map(|(_, l)| l.trim()).filter(|l| !l.is_empty()).collect())
        .contains(&w)
}

/// Splits `text` into sentences at `. ! ? ؟ …` and at line breaks. A
/// terminator keeps the closing quotes and brackets after it; a dot after a
/// single letter (`U.S.`, `ه.ش.`) or a letter's name (`اس. جی. شنکر`) or
/// inside a number ends no sentence.
///
/// Only the runs of non-blank characters that hold a terminator (or end in
/// a joiner) are tokenized; any other run is content from its first
/// non-joiner to its end, which is what its tokens would tell. No token
/// spans a blank, so a run's tokens are the text's.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let mut sp = Splitter::default();
    let mut i = 0;
    while i < b.len() {
        if let Some((newline, n)) = blank_at(b, i) {
            let kind = if newline { TokenKind::Newline } else { TokenKind::Space };
            sp.feed(text, Token { kind, start: i, end: i + n });
            i += n;
            continue;
        }
        let run = i;
        let mut terminator = false;
        loop {
            // Bytes that start no blank and no terminator, continuation
            // bytes among them, are passed over one by one.
            while i < b.len() && !STOP[b[i] as usize] {
                i += 1;
            }
            if i >= b.len() || blank_at(b, i).is_some() {
                break;
            }
            let c = b[i];
            terminator |= matches!(c, b'.' | b'!' | b'?') || (c == 0xD8 && b.get(i + 1) == Some(&0x9F)) || (c == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6));
            i += utf8_len(c);
        }
        // The run's last character, if three bytes long, ends at `i`.
        let ends_in_joiner = i - run >= 3 && joiner_at(b, i - 3);
        if terminator || ends_in_joiner {
            for t in (Tokens { text, pos: run }).take_while(|t| t.start < i) {
                sp.feed(text, t);
            }
        } else {
            let mut s = run;
            while s < i && joiner_at(b, s) {
                s += 3;
            }
            if s < i {
                sp.feed(text, Token { kind: TokenKind::Symbol, start: s, end: i });
            }
        }
    }
    sp.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        Tokenizer::tokens(s).filter(|t| t.kind.is_content()).map(|t| (t.text(s), t.kind)).collect()
    }

    #[test]
    fn numbers_dates_and_times_are_one_token() {
        let s = "در ۱۴۰۲/۰۷/۱۷ ساعت ۲۳:۲۳ رشد ۳٫۵ و 3.5 درصد و 1,200,000 تومان";
        let t = toks(s);
        for n in ["۱۴۰۲/۰۷/۱۷", "۲۳:۲۳", "۳٫۵", "3.5", "1,200,000"] {
            assert!(t.contains(&(n, TokenKind::Number)), "{n} in {t:?}");
        }
    }

    #[test]
    fn urls_emails_and_latin() {
        let s = "سایت https://www.irna.ir/news/123. و test@example.com و COVID-19 و U.S.";
        let t = toks(s);
        assert!(t.contains(&("https://www.irna.ir/news/123", TokenKind::Url)), "{t:?}");
        assert!(t.contains(&("test@example.com", TokenKind::Email)));
        assert!(t.contains(&("COVID-19", TokenKind::Latin)));
        assert!(t.contains(&("U.S.", TokenKind::Latin)));
    }

    #[test]
    fn a_url_ends_at_persian_punctuation_and_control_characters() {
        let t: Vec<_> = Tokenizer::tokens("www.irna.ir،سلام").map(|t| (t.text("www.irna.ir،سلام"), t.kind)).collect();
        assert_eq!(t[0], ("www.irna.ir", TokenKind::Url), "{t:?}");
        assert!(t.iter().any(|x| x.0 == "سلام"), "{t:?}");
        let s = "www.x\0سال";
        let t: Vec<_> = Tokenizer::tokens(s).map(|t| (t.text(s), t.kind)).collect();
        assert_eq!(t[0], ("www.x", TokenKind::Url), "{t:?}");
    }

    #[test]
    fn a_url_glued_to_a_latin_word_is_its_own_token() {
        let t = toks("COVID-19.3.5https://x.ir/aمی۳٫۵ wwwhttps://a.ir");
        assert_eq!(t[0], ("COVID-19.3.5", TokenKind::Latin), "{t:?}");
        assert_eq!(t[1], ("https://x.ir/aمی۳٫۵", TokenKind::Url), "{t:?}");
        assert_eq!(t[2], ("www", TokenKind::Latin), "{t:?}");
        assert_eq!(t[3], ("https://a.ir", TokenKind::Url), "{t:?}");
    }

    #[test]
    fn zwnj_inside_word() {
        let s = "می‌کنیم ‌ها";
        let t = toks(s);
        assert_eq!(t[0], ("می‌کنیم", TokenKind::Word));
        assert_eq!(t[1], ("ها", TokenKind::Word));
    }

    #[test]
    fn tokens_cover_the_text() {
        let s = "الف، «ب» 12.5؟\n\n ج";
        let mut pos = 0;
        for t in Tokenizer::tokens(s) {
            assert_eq!(t.start, pos);
            pos = t.end;
        }
        assert_eq!(pos, s.len());
    }

    /// The splitter fed every token of the text: what [`sentences`] must
    /// give, whatever runs it skips.
    fn sentences_by_every_token(text: &str) -> Vec<Sentence> {
        let mut sp = Splitter::default();
        for t in Tokenizer::tokens(text) {
            sp.feed(text, t);
        }
        sp.finish()
    }

    fn spans(v: &[Sentence]) -> Vec<(usize, usize)> {
        v.iter().map(|s| (s.start, s.end)).collect()
    }

    proptest::proptest! {
        #[test]
        fn byte_level_paths_give_the_general_tokens(parts in proptest::collection::vec(proptest::sample::select(vec![
            "کتاب", "ه", "\u{064E}", "\u{0640}", "ي", "۱۲", "3", "U.S.", "www.x.ir", "a@b.ir", ".", "؟", "«", " ", "  ", "\t", "\n", "\r",
            "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{200C}", "\u{200D}", "\u{200B}", "،", "/", "-", "ab",
        ]), 0..30)) {
            let text: String = parts.concat();
            let fast: Vec<Token> = Tokenizer::tokens(&text).collect();
            let mut general = Tokens { text: &text, pos: 0 };
            let slow: Vec<Token> = std::iter::from_fn(|| general.general()).collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn skipping_runs_without_terminators_changes_no_sentence() {
        let cases = [
            "وی گفت: «ما آماده‌ایم.» سپس رفت. قیمت ۳٫۵ درصد بالا رفت؟ آمریکا U.S. نیست\nخط دوم",
            "\u{200C}آغاز\u{200C} با نیم‌فاصله\u{200C}\n\u{200C}\u{200D}\n www.x www.farsnews.ir\u{200C} پایان",
            "a.b@x.com. ۱۴۰۲/۰۷/۱۷. U.S.A. و ... «نقل»؟!\u{2028}سطر\u{0085}بعد\u{00A0}.\u{202F}» (پرانتز.) 3.5.",
            "…«جمله»…  ه.ش. ‌.‌ \r\n\t\u{3000}\u{205F}x",
            "",
            "   \n\n  ",
        ];
        for c in cases {
            assert_eq!(spans(&sentences(c)), spans(&sentences_by_every_token(c)), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn sentences_agree_with_every_token_on_any_text(parts in proptest::collection::vec(proptest::sample::select(vec![
            "کتاب", "ه", "U", "S", "www.", "x", "http://a.b", "a@b.ir", "3", "۱۴۰۲", ".", "..", "!", "?", "؟", "…", "»", "«", ")", "\"",
            " ", "  ", "\t", "\n", "\r", "\u{00A0}", "\u{2028}", "\u{0085}", "\u{202F}", "\u{200C}", "\u{200D}", "\u{200B}", ",", "،", "/", ":", "-",
        ]), 0..40)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(spans(&sentences(&text)), spans(&sentences_by_every_token(&text)));
        }
    }

    #[test]
    fn sentence_split() {
        let s = "وی گفت: «ما آماده‌ایم.» سپس رفت. قیمت ۳٫۵ درصد بالا رفت؟ آمریکا U.S. نیست\nخط دوم";
        let ss: Vec<&str> = sentences(s).iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(ss, vec![
            "وی گفت: «ما آماده‌ایم.»",
            "سپس رفت.",
            "قیمت ۳٫۵ درصد بالا رفت؟",
            "آمریکا U.S. نیست",
            "خط دوم",
        ]);
    }
}
