//! Finding date expressions in Persian text.
//!
//! The tagger reads the text as it is (Arabic letter forms, missing or extra
//! ZWNJs, Persian, Arabic-Indic or ASCII digits all accepted), so its spans
//! are offsets into the original without a mapping step. One pass over the
//! text looks every word up in the [`TimeLexicon`]; only where a word or a
//! number can start an expression does a small recursive-descent parser run.
//! What it finds is an [`Expr`]: the span and the parsed parts, not yet
//! resolved against a reference date (see [`crate::resolve`]).

use crate::lexicon::{push_key, Class, Senses, TimeLexicon};
use rasad_text::chars::{digit_value, is_diacritic, is_latin_letter, is_letter};

/// A short list of small numbers (days of a month, weekdays).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Small {
    items: [u8; 8],
    len: u8,
}

impl Small {
    fn push(&mut self, v: u32) -> bool {
        if (self.len as usize) < self.items.len() && v < 256 {
            self.items[self.len as usize] = v as u8;
            self.len += 1;
            true
        } else {
            false
        }
    }

    /// The items.
    pub fn as_slice(&self) -> &[u8] {
        &self.items[..self.len as usize]
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The calendar a date is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    /// Solar Hijri.
    Jalali,
    /// Gregorian.
    Gregorian,
    /// Lunar Hijri.
    Hijri,
}

/// The year of a date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearSpec {
    /// No year: the reference decides.
    None,
    /// A year as written (two-digit years already expanded).
    Abs(i32),
    /// A year relative to the reference's (`سال گذشته` = -1).
    Rel(i32),
    /// The last such month or day before the reference (`تیر ماه گذشته`).
    Prev,
    /// The next such month or day after the reference (`تیر ماه آینده`).
    Next,
}

/// The days of a date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Days {
    /// No day: the whole month.
    None,
    /// One day or a list (`14 و 15`).
    List(Small),
    /// A range (`14 تا 18`).
    Range(u8, u8),
}

/// What an expression says, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Core {
    /// A calendar date, possibly without year or day.
    Date {
        /// Calendar of the month name or numeric form.
        cal: Calendar,
        /// Year.
        year: YearSpec,
        /// Month 1..=12.
        month: u32,
        /// Day(s).
        days: Days,
        /// Weekdays written with the date (0 = Saturday), in order.
        weekdays: Small,
    },
    /// A year alone (`سال ۱۴۰۳`).
    Year {
        /// Calendar.
        cal: Calendar,
        /// Year.
        y: i32,
    },
    /// `امروز`, `دیروز`, … with an optional weekday that should agree.
    RelDay {
        /// Offset in days.
        offset: i32,
        /// Weekday written with it.
        weekdays: Small,
    },
    /// `هفته گذشته` and the like, offset in weeks.
    RelWeek(i32),
    /// `ماه آینده` and the like, offset in Solar Hijri months.
    RelMonth(i32),
    /// `سال گذشته`, `امسال`: offset in years of the calendar (Solar Hijri
    /// unless the text says `میلادی`).
    RelYear(i32, Calendar),
    /// Weekday(s) alone (`روز جمعه`, `سه‌شنبه گذشته`).
    Weekdays {
        /// The weekdays, 0 = Saturday.
        days: Small,
        /// -1 the last before the reference, 1 the next after it, 0 as the
        /// tense of the clause says.
        dir: i8,
    },
    /// `پنجشنبه هفته آینده`: weekday(s) of the Persian week (Saturday to
    /// Friday) `week` weeks from the reference's.
    WeekdayOfWeek {
        /// The weekdays, 0 = Saturday.
        days: Small,
        /// Week offset.
        week: i32,
    },
    /// `دو روز پیش`: `n` units of `unit` days before the reference.
    Ago {
        /// How many units.
        n: i32,
        /// Unit in days: 1, 7, 30 (a Solar Hijri month) or 365 (a year).
        unit: i32,
    },
    /// A span ending at (or starting after) the reference: `در یک سال گذشته`.
    Span {
        /// Length in days.
        days: i32,
        /// After the reference rather than before it.
        future: bool,
    },
    /// A time of day alone.
    Time,
}

/// A date expression found in text, with byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expr {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// What it says.
    pub core: Core,
    /// Time of day written with it, hours and minutes.
    pub time: Option<(u8, u8)>,
    /// The clause after it speaks of the future (`خواهد`, `قرار است`).
    pub future_tense: bool,
}

/// What a parsing step gives: the core, where it ends, a time of day.
type Parsed = Option<(Core, usize, Option<(u8, u8)>)>;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Word,
    Num { v: u32, nd: u8 },
    NumPair { a: u32, b: u32 },
    NumDate { g: [u32; 3], nd: [u8; 3] },
    Time { h: u8, m: u8 },
    Punct(char),
    Break,
    Other,
    End,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

/// Finds date expressions. Cheap to create; holds no per-text state.
#[derive(Clone, Debug)]
pub struct Tagger {
    lex: &'static TimeLexicon,
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::new()
    }
}

impl Tagger {
    /// A tagger over the bundled lexicon.
    pub fn new() -> Tagger {
        Tagger { lex: TimeLexicon::builtin() }
    }

    /// All date expressions of `text`, in text order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Expr> {
        let mut out = Vec::new();
        self.find_each(text, |e| out.push(e));
        out
    }

    /// Calls `f` for each date expression of `text`, in text order.
    pub fn find_each(&self, text: &str, mut f: impl FnMut(Expr)) {
        let mut p = Parser { text, bytes: text.as_bytes(), lex: self.lex, key: Vec::with_capacity(64) };
        let mut pos = 0;
        loop {
            let t = p.tok(pos);
            let trigger = match t.kind {
                Kind::End => break,
                Kind::Num { .. } | Kind::NumPair { .. } | Kind::NumDate { .. } | Kind::Time { .. } => true,
                Kind::Word => p.lex.lookup(&p.key).is_some(),
                _ => false,
            };
            if trigger {
                if let Some(mut e) = p.expr(t.start) {
                    e.future_tense = p.future_after(e.end) || p.future_before(e.start);
                    pos = e.end;
                    f(e);
                    continue;
                }
            }
            pos = t.end;
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    lex: &'static TimeLexicon,
    key: Vec<u8>,
}

/// Code point of the two-byte character at `i` (lead byte 0xC0–0xDF).
#[inline]
fn arabic_cp(bytes: &[u8], i: usize) -> u32 {
    (((bytes[i] & 0x1F) as u32) << 6) | (bytes.get(i + 1).copied().unwrap_or(0) & 0x3F) as u32
}

/// [`WORD_CHAR`] bit: the character belongs to a Persian word (a letter, a
/// diacritic or tatweel).
const IN_WORD: u8 = 1;
/// [`WORD_CHAR`] bit: a letter that is its own key (nothing to fold).
const OWN_KEY: u8 = 2;

/// What each of U+0600–U+07FF is to a Persian word, by `code - 0x600`: the
/// word loop classifies a two-byte character with one load.
static WORD_CHAR: [u8; 512] = {
    let mut t = [0u8; 512];
    let mut k = 0;
    while k < 512 {
        let cp = 0x600 + k as u32;
        if let Some(c) = char::from_u32(cp) {
            if is_letter(c) || is_diacritic(c) || cp == 0x0640 {
                t[k] |= IN_WORD;
            }
            // A letter [`push_key`] keeps as it is.
            if is_letter(c) && matches!(rasad_text::key::fold_letter(cp), Some(f) if f == cp) {
                t[k] |= OWN_KEY;
            }
        }
        k += 1;
    }
    t
};

#[inline]
fn is_word_char(c: char) -> bool {
    is_letter(c) || is_diacritic(c) || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0640}')
}

#[inline]
fn is_blank(c: char) -> bool {
    rasad_text::chars::is_space_like(c) || matches!(c, '\u{200C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}')
}

impl<'a> Parser<'a> {
    #[inline]
    fn char_at(&self, pos: usize) -> Option<char> {
        let b = *self.bytes.get(pos)?;
        if b < 0x80 {
            return Some(b as char);
        }
        self.text[pos..].chars().next()
    }

    /// The token at or after `pos` (blanks skipped). For words, the key is
    /// left in `self.key`.
    fn tok(&mut self, mut pos: usize) -> Tok {
        // Skip blanks.
        loop {
            match self.bytes.get(pos) {
                None => return Tok { start: pos, end: pos, kind: Kind::End },
                Some(b' ') => pos += 1,
                Some(&b) if b < 0x80 => break,
                Some(_) => match self.char_at(pos) {
                    Some(c) if is_blank(c) => pos += c.len_utf8(),
                    _ => break,
                },
            }
        }
        let start = pos;
        let b = self.bytes[pos];
        if b.is_ascii_digit() {
            return self.number(start);
        }
        if (0xD8..=0xDB).contains(&b) {
            let cp = arabic_cp(self.bytes, pos);
            if rasad_text::chars::arabic_class(&self.bytes[pos..]) & rasad_text::chars::CLASS_LETTER != 0 {
                let (end, plain) = self.arabic_word_end(pos);
                self.key.clear();
                if plain {
                    self.key.extend_from_slice(&self.bytes[start..end]);
                } else {
                    push_key(&self.bytes[start..end], &mut self.key);
                }
                return Tok { start, end, kind: Kind::Word };
            }
            if digit_value(char::from_u32(cp).unwrap_or('\0')).is_some() {
                return self.number(start);
            }
        }
        let c = self.char_at(pos).expect("not at end");
        if is_latin_letter(c) {
            let mut end = pos;
            while let Some(c) = self.char_at(end) {
                if !is_latin_letter(c) {
                    break;
                }
                end += c.len_utf8();
            }
            self.key.clear();
            push_key(&self.bytes[start..end], &mut self.key);
            return Tok { start, end, kind: Kind::Word };
        }
        let end = pos + c.len_utf8();
        let kind = if rasad_text::chars::is_newline(c) {
            Kind::Break
        } else if c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '«' | '»' | '–' | '—') {
            Kind::Punct(c)
        } else if digit_value(c).is_some() {
            return self.number(start);
        } else {
            Kind::Other
        };
        Tok { start, end, kind }
    }

    /// End of the Persian word starting at `pos`: letters, marks, tatweel
    /// and inner ZWNJs (a trailing ZWNJ is left out); and whether the word
    /// is its own key (nothing to fold or drop).
    #[inline]
    fn arabic_word_end(&self, pos: usize) -> (usize, bool) {
        let bytes = self.bytes;
        let mut i = pos;
        let mut end = pos;
        let mut plain = true;
        // Valid UTF-8: a lead byte is never last, so `i + 1` is in bounds.
        while i + 1 < bytes.len() {
            let b = bytes[i];
            if (0xD8..=0xDF).contains(&b) {
                let class = WORD_CHAR[(((b & 0x07) as usize) << 6) | (bytes[i + 1] & 0x3F) as usize];
                if class & IN_WORD != 0 {
                    plain &= class & OWN_KEY != 0;
                    i += 2;
                    end = i;
                    continue;
                }
                break;
            } else if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x8C | 0x8D)) {
                plain = false;
                i += 3;
            } else {
                break;
            }
        }
        (end, plain)
    }

    /// A run of digits with inner separators: a number, a numeric date, a
    /// time of day or a pair `12-13`.
    fn number(&mut self, start: usize) -> Tok {
        let mut groups = [0u64; 4];
        let mut nd = [0u8; 4];
        let mut seps = ['\0'; 3];
        let mut n = 0usize;
        let mut pos = start;
        let mut too_many = false;
        loop {
            match self.char_at(pos).and_then(|c| digit_value(c).map(|v| (c, v))) {
                Some((c, v)) => {
                    groups[n] = groups[n].saturating_mul(10).saturating_add(v as u64);
                    nd[n] = nd[n].saturating_add(1);
                    pos += c.len_utf8();
                }
                None => {
                    let sep = match self.char_at(pos) {
                        Some(s @ ('/' | '-' | '.' | ':' | '٫' | '٬' | ',')) => s,
                        _ => break,
                    };
                    let after = pos + sep.len_utf8();
                    if !self.char_at(after).is_some_and(|c| digit_value(c).is_some()) {
                        break;
                    }
                    if n + 1 >= groups.len() {
                        too_many = true;
                    } else {
                        seps[n] = sep;
                        n += 1;
                    }
                    pos = after;
                    if too_many {
                        // Swallow the rest of a long numeric run (phone numbers, ids).
                        while let Some(c) = self.char_at(pos) {
                            if digit_value(c).is_some() || matches!(c, '/' | '-' | '.' | ':' | '٫' | '٬' | ',') {
                                pos += c.len_utf8();
                            } else {
                                break;
                            }
                        }
                        break;
                    }
                }
            }
        }
        let end = pos;
        let groups_n = n + 1;
        let kind = if too_many {
            Kind::Other
        } else if groups_n == 1 {
            if nd[0] <= 9 {
                Kind::Num { v: groups[0] as u32, nd: nd[0] }
            } else {
                Kind::Other
            }
        } else if seps[..n].iter().all(|&s| s == ':') && groups_n <= 3 && nd[0] <= 2 && nd[1] == 2 {
            if groups[0] < 24 && groups[1] < 60 {
                Kind::Time { h: groups[0] as u8, m: groups[1] as u8 }
            } else {
                Kind::Other
            }
        } else if groups_n == 3 && seps[0] == seps[1] && matches!(seps[0], '/' | '-' | '.') && nd[..3].iter().all(|&d| d <= 4) {
            Kind::NumDate { g: [groups[0] as u32, groups[1] as u32, groups[2] as u32], nd: [nd[0], nd[1], nd[2]] }
        } else if groups_n == 2 && seps[0] == '-' && nd[0] <= 2 && nd[1] <= 2 {
            Kind::NumPair { a: groups[0] as u32, b: groups[1] as u32 }
        } else {
            Kind::Other
        };
        Tok { start, end, kind }
    }

    /// Senses of the single word at `pos`.
    fn word(&mut self, pos: usize) -> Option<(Senses, usize)> {
        let t = self.tok(pos);
        if t.kind != Kind::Word {
            return None;
        }
        self.lex.get(&self.key).map(|s| (*s, t.end))
    }

    /// Senses of the longest (up to four words) form starting at `pos`.
    fn longest(&mut self, pos: usize) -> Option<(Senses, usize)> {
        let mut acc: Vec<u8> = Vec::new();
        let mut best = None;
        let mut p = pos;
        for _ in 0..4 {
            let t = self.tok(p);
            if t.kind != Kind::Word {
                break;
            }
            acc.extend_from_slice(&self.key);
            let Some(s) = self.lex.lookup(&acc) else { break };
            if s.is_word() {
                best = Some((*s, t.end));
            }
            if !s.is_prefix() {
                break;
            }
            p = t.end;
        }
        best
    }

    /// True when the word at `pos` is `و`.
    fn and_at(&mut self, pos: usize) -> Option<usize> {
        let t = self.tok(pos);
        (t.kind == Kind::Word && self.key == "و".as_bytes()).then_some(t.end)
    }

    fn punct_at(&mut self, pos: usize, set: &[char]) -> Option<usize> {
        match self.tok(pos) {
            Tok { kind: Kind::Punct(c), end, .. } if set.contains(&c) => Some(end),
            _ => None,
        }
    }

    /// An expression starting at `start`.
    fn expr(&mut self, start: usize) -> Option<Expr> {
        let mut pos = start;
        let mut prefixed = false;
        // «اوایل/اواسط/اواخر» before a month: its first, middle or last third.
        if let Some((s, e)) = self.word(pos) {
            if let Some(third) = s.get(Class::Third) {
                if let Some((Core::Date { cal, year, month, days: Days::None, weekdays }, end, time)) = self.core(e, false, start) {
                    let (a, b) = match third {
                        1 => (1, 10),
                        2 => (11, 20),
                        _ => (21, 31),
                    };
                    return Some(Expr { start, end, core: Core::Date { cal, year, month, days: Days::Range(a, b), weekdays }, time, future_tense: false });
                }
            }
        }
        // Part of the day and «روز» before the core: «عصر دوشنبه», «روز جمعه».
        for _ in 0..2 {
            match self.longest(pos) {
                Some((s, e)) if (s.has(Class::Part) || s.has(Class::DayWord)) && !s.has(Class::RelDay) => {
                    pos = e;
                    prefixed = true;
                }
                _ => break,
            }
        }
        let (core, end, time) = self.core(pos, prefixed, start)?;
        Some(Expr { start, end, core, time, future_tense: false })
    }

    /// False when the word before `pos` makes a bare weekday part of a name.
    fn previous_allows_weekday(&mut self, pos: usize) -> bool {
        let before = &self.text[..pos];
        let trimmed = before.trim_end_matches(is_blank);
        let word_start = trimmed.rfind(|c: char| !is_word_char(c)).map(|i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        let word = &trimmed[word_start..];
        if word.is_empty() {
            return true;
        }
        let mut k = Vec::new();
        push_key(word.as_bytes(), &mut k);
        !self.lex.get(&k).is_some_and(|s| s.has(Class::Block))
    }

    fn core(&mut self, pos: usize, prefixed: bool, start: usize) -> Parsed {
        let t = self.tok(pos);
        match t.kind {
            Kind::NumDate { g, nd } => {
                let (y, m, d) = if nd[0] == 4 {
                    (g[0], g[1], g[2])
                } else if nd[2] == 4 {
                    (g[2], g[1], g[0])
                } else if nd[2] == 2 && nd[0] <= 2 && nd[1] <= 2 && t.kind != Kind::Other {
                    // «29/4/67»: day, month and a two-digit Solar Hijri year.
                    (expand_two_digit(g[2] as i32, Calendar::Jalali) as u32, g[1], g[0])
                } else {
                    return None;
                };
                let cal = if y >= 1700 { Calendar::Gregorian } else if y >= 1200 { Calendar::Jalali } else { return None };
                if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                    return None;
                }
                let mut days = Small::default();
                days.push(d);
                let (end, time) = self.time_after(t.end);
                Some((Core::Date { cal, year: YearSpec::Abs(y as i32), month: m, days: Days::List(days), weekdays: Small::default() }, end, time))
            }
            Kind::Num { .. } | Kind::NumPair { .. } => {
                if let Some(r) = self.date_from_days(pos, Small::default()) {
                    return Some(r);
                }
                // «۲ سال گذشته»
                if let Kind::Num { v, nd } = t.kind {
                    if nd <= 3 && v > 0 {
                        return self.span(t.end, v as i32).map(|(c, e)| (c, e, None));
                    }
                }
                None
            }
            Kind::Time { h, m } => Some((Core::Time, t.end, Some((h, m)))),
            Kind::Word => {
                let (s, e) = self.longest(pos)?;
                if let Some(offset) = s.get(Class::RelDay) {
                    return Some(self.after_relday(offset, e));
                }
                if let Some(k) = s.get(Class::RelWeek) {
                    return Some((Core::RelWeek(k), e, None));
                }
                if let Some(k) = s.get(Class::RelMonth) {
                    return Some((Core::RelMonth(k), e, None));
                }
                if let Some(k) = s.get(Class::RelYear) {
                    let (cal, e2) = self.era(e);
                    return Some((Core::RelYear(k, cal.unwrap_or(Calendar::Jalali)), e2, None));
                }
                if s.has(Class::Weekday) {
                    return self.weekday_first(pos, prefixed, start);
                }
                if s.has(Class::Ordinal) || s.has(Class::Tens) {
                    return self.date_from_days(pos, Small::default());
                }
                if let Some((cal, m)) = s.month() {
                    return self.month_first(cal, m, e);
                }
                if s.has(Class::YearWord) {
                    if let Some(r) = self.year_after(e) {
                        return Some(r);
                    }
                }
                if let Some(n) = s.get(Class::Count) {
                    return self.span(e, n).map(|(c, e)| (c, e, None));
                }
                if s.has(Class::Clock) {
                    let t = self.tok(e);
                    if let Kind::Time { h, m } = t.kind {
                        return Some((Core::Time, t.end, Some((h, m))));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// A calendar name after a year (`میلادی`, `شمسی`, `قمری`), if any.
    fn era(&mut self, pos: usize) -> (Option<Calendar>, usize) {
        match self.longest(pos) {
            Some((s, e)) => match s.get(Class::Era) {
                Some(1) => (Some(Calendar::Jalali), e),
                Some(2) => (Some(Calendar::Gregorian), e),
                Some(3) => (Some(Calendar::Hijri), e),
                _ => (None, pos),
            },
            None => (None, pos),
        }
    }

    /// «سال ۱۴۰۳», «سال ۲۰۲۳», «سال ۹۶».
    fn year_after(&mut self, pos: usize) -> Parsed {
        let t = self.tok(pos);
        if let Kind::Num { v, nd } = t.kind {
            let (cal, y) = match nd {
                4 if (1200..1700).contains(&v) => (Calendar::Jalali, v as i32),
                4 if (1700..2200).contains(&v) => (Calendar::Gregorian, v as i32),
                2 => (Calendar::Jalali, expand_two_digit(v as i32, Calendar::Jalali)),
                _ => return None,
            };
            let (era, end) = self.era(t.end);
            let (cal, y) = match (era, nd) {
                (Some(Calendar::Gregorian), 2) => (Calendar::Gregorian, expand_two_digit(v as i32, Calendar::Gregorian)),
                (Some(Calendar::Hijri), 4) => (Calendar::Hijri, v as i32),
                _ => (cal, y),
            };
            return Some((Core::Year { cal, y }, end, None));
        }
        None
    }

    /// «N روز/هفته/ماه/سال گذشته/آینده».
    fn span(&mut self, pos: usize, n: i32) -> Option<(Core, usize)> {
        let (u, e) = self.word(pos)?;
        let unit = u.get(Class::Unit)?;
        let (d, e2) = self.word(e)?;
        if d.has(Class::Ago) {
            // «قبل از آن» counts from another event, not from the reference.
            let t = self.tok(e2);
            if t.kind == Kind::Word && self.key == "از".as_bytes() {
                return None;
            }
            return Some((Core::Ago { n, unit }, e2));
        }
        let future = if d.has(Class::Past) {
            false
        } else if d.has(Class::Future) {
            true
        } else {
            return None;
        };
        Some((Core::Span { days: n.checked_mul(unit)?, future }, e2))
    }

    /// After `امروز`: an optional weekday, bare or in parentheses, and an
    /// optional explicit date that then wins.
    fn after_relday(&mut self, offset: i32, e: usize) -> (Core, usize, Option<(u8, u8)>) {
        let mut weekdays = Small::default();
        let mut end = e;
        if let Some(p) = self.punct_at(e, &['(']) {
            if let Some((s, e2)) = self.word(p) {
                if let Some(w) = s.get(Class::Weekday) {
                    if let Some(e3) = self.punct_at(e2, &[')']) {
                        weekdays.push(w as u32);
                        end = e3;
                    }
                }
            }
            // «امروز (۱۲ مهر)»: the date in parentheses wins.
            if let Some(r) = self.parenthesized_date(e, weekdays) {
                return r;
            }
        } else if let Some((s, e2)) = self.longest(e) {
            if let Some(w) = s.get(Class::Weekday) {
                weekdays.push(w as u32);
                end = e2;
            }
        }
        // «صبح امروز 10 بهمن ماه 1391»: the written date wins.
        let after = self.punct_at(end, &['،', ',', '-']).unwrap_or(end);
        if let Some(r) = self.date_from_days(after, weekdays) {
            return r;
        }
        let (end, time) = self.time_after(end);
        (Core::RelDay { offset, weekdays }, end, time)
    }

    /// «(۱۶ مهر)» at `pos`: a date in parentheses, which takes the
    /// closing parenthesis into the span.
    fn parenthesized_date(&mut self, pos: usize, weekdays: Small) -> Parsed {
        let p = self.punct_at(pos, &['('])?;
        let (core, end, time) = self.date_from_days(p, weekdays)?;
        let close = self.punct_at(end, &[')'])?;
        Some((core, close, time))
    }

    /// Weekday(s), then a date or nothing.
    fn weekday_first(&mut self, pos: usize, prefixed: bool, start: usize) -> Parsed {
        let mut weekdays = Small::default();
        let mut p = pos;
        let mut end = pos;
        loop {
            match self.longest(p) {
                Some((s, e)) if s.has(Class::Weekday) => {
                    weekdays.push(s.get(Class::Weekday)? as u32);
                    end = e;
                }
                _ => break,
            }
            match self.and_at(end).or_else(|| self.punct_at(end, &['،', ','])) {
                Some(e) => p = e,
                None => break,
            }
        }
        if weekdays.is_empty() {
            return None;
        }
        // «یکشنبه شب 8 نوامبر»
        // «یکشنبه (۱۶ مهر)»
        if let Some(r) = self.parenthesized_date(end, weekdays) {
            return Some(r);
        }
        let mut after = self.punct_at(end, &['،', ',', '-']).unwrap_or(end);
        if let Some((s, e)) = self.word(after) {
            if s.has(Class::Part) {
                after = e;
            }
        }
        if let Some(r) = self.date_from_days(after, weekdays) {
            return Some(r);
        }
        if !prefixed && !self.previous_allows_weekday(start) {
            return None;
        }
        // «پنجشنبه هفته آینده»: that weekday of a week relative to the reference.
        if let Some((s, e)) = self.longest(end) {
            if let Some(k) = s.get(Class::RelWeek) {
                let (end2, time) = self.time_after(e);
                return Some((Core::WeekdayOfWeek { days: weekdays, week: k }, end2, time));
            }
        }
        // «سه‌شنبه گذشته», «جمعه آینده»
        let mut dir = 0;
        if let Some((s, e)) = self.word(end) {
            if s.has(Class::Past) || s.has(Class::Ago) {
                dir = -1;
                end = e;
            } else if s.has(Class::Future) {
                dir = 1;
                end = e;
            }
        }
        let (end2, time) = self.time_after(end);
        Some((Core::Weekdays { days: weekdays, dir }, end2, time))
    }

    /// Day numbers or ordinal words, then a month name, then a year and a
    /// time of day if written.
    fn date_from_days(&mut self, pos: usize, weekdays: Small) -> Parsed {
        let mut list = Small::default();
        let mut range: Option<(u8, u8)> = None;
        let mut p = pos;
        let mut end;
        loop {
            let (d, e) = self.day_item(p)?;
            if let Some(b) = d.1 {
                // «12-13»
                if list.is_empty() && range.is_none() {
                    range = Some((d.0 as u8, b as u8));
                } else {
                    return None;
                }
            } else if !list.push(d.0) {
                return None;
            }
            end = e;
            if let Some(e2) = self.and_at(end).or_else(|| self.punct_at(end, &['،', ','])) {
                p = e2;
                continue;
            }
            let t = self.tok(end);
            if t.kind == Kind::Word && self.key == "تا".as_bytes() && list.len == 1 && range.is_none() {
                let (d2, e2) = self.day_item(t.end)?;
                range = Some((list.items[0], d2.0 as u8));
                list = Small::default();
                end = e2;
            }
            break;
        }
        let (s, e) = self.longest(end)?;
        let (cal, month) = s.month()?;
        let days = match range {
            Some((a, b)) if a < b => Days::Range(a, b),
            Some(_) => return None,
            None => Days::List(list),
        };
        self.month_tail(cal, month, days, weekdays, e)
    }

    /// One day: a number 1..=31, a pair `12-13`, or an ordinal word
    /// (`هفتم`, `بیست و یکم`).
    fn day_item(&mut self, pos: usize) -> Option<((u32, Option<u32>), usize)> {
        let t = self.tok(pos);
        match t.kind {
            Kind::Num { v, nd } if nd <= 2 && (1..=31).contains(&v) => Some(((v, None), t.end)),
            Kind::NumPair { a, b } if (1..=31).contains(&a) && (1..=31).contains(&b) => Some(((a, Some(b)), t.end)),
            Kind::Word => {
                let (s, e) = self.longest(pos)?;
                if let Some(v) = s.get(Class::Ordinal) {
                    return Some(((v as u32, None), e));
                }
                let tens = s.get(Class::Tens)?;
                let e2 = self.and_at(e)?;
                let (s2, e3) = self.word(e2)?;
                let unit = s2.get(Class::Ordinal).filter(|&u| u < 10)?;
                let v = (tens + unit) as u32;
                (v <= 31).then_some(((v, None), e3))
            }
            _ => None,
        }
    }

    /// After a month name with days: «ماه», a year, a time.
    fn month_tail(&mut self, cal: Class, month: u32, days: Days, weekdays: Small, e: usize) -> Parsed {
        let cal = month_calendar(cal);
        let mut end = e;
        if let Some((s, e2)) = self.word(end) {
            if s.has(Class::MonthWord) && self.longest(end).is_none_or(|(s2, _)| !s2.has(Class::RelMonth)) {
                end = e2;
            }
        }
        let (year, e3) = self.year_spec(end, cal);
        end = e3;
        let (mut end, time) = self.time_after(end);
        // «8 نوامبر (17 آبان)»: the same day in another calendar, in
        // parentheses, belongs to this expression.
        if let Some((_, close, _)) = self.parenthesized_date(end, Small::default()) {
            end = close;
        }
        Some((Core::Date { cal, year, month, days, weekdays }, end, time))
    }

    /// A year after a month: `۱۴۰۲`, `۹۶`, `سال ۱۴۰۲`, `سال گذشته`, `امسال`, `گذشته`.
    fn year_spec(&mut self, pos: usize, cal: Calendar) -> (YearSpec, usize) {
        let t = self.tok(pos);
        if let Kind::Num { v, nd } = t.kind {
            return match nd {
                4 => (YearSpec::Abs(v as i32), self.era(t.end).1),
                2 if cal != Calendar::Hijri => (YearSpec::Abs(expand_two_digit(v as i32, cal)), self.era(t.end).1),
                _ => (YearSpec::None, pos),
            };
        }
        if let Some((s, e)) = self.longest(pos) {
            if let Some(k) = s.get(Class::RelYear) {
                return (YearSpec::Rel(k), e);
            }
            if s.has(Class::YearWord) {
                // «آذرماه سال ۱۳۹۲», «آذرماه سال ۹۲»: a two-digit year
                // after the word for year as after the month itself.
                let t = self.tok(e);
                match t.kind {
                    Kind::Num { v, nd: 4 } => return (YearSpec::Abs(v as i32), self.era(t.end).1),
                    Kind::Num { v, nd: 2 } if cal != Calendar::Hijri => return (YearSpec::Abs(expand_two_digit(v as i32, cal)), self.era(t.end).1),
                    _ => {}
                }
            }
            if s.has(Class::Past) {
                return (YearSpec::Prev, e);
            }
            if s.has(Class::Future) {
                return (YearSpec::Next, e);
            }
        }
        (YearSpec::None, pos)
    }

    /// A month name first: «مهر ۱۴۰۲», «تیر ماه سال‌جاری», «دی ماه»,
    /// «October 4, 2023».
    fn month_first(&mut self, cal: Class, month: u32, e: usize) -> Parsed {
        let cal = month_calendar(cal);
        let mut end = e;
        // «تیرماه», «دی‌ماه»: the word «ماه» run into the month's name.
        let mut with_word = self.text[..e].ends_with("ماه");
        if let Some((s, e2)) = self.word(end) {
            if s.has(Class::MonthWord) && self.longest(end).is_none_or(|(s2, _)| !s2.has(Class::RelMonth)) {
                end = e2;
                with_word = true;
            }
        }
        // Latin order: month, day, year.
        if cal == Calendar::Gregorian {
            let t = self.tok(end);
            if let Kind::Num { v, nd } = t.kind {
                if nd <= 2 && (1..=31).contains(&v) {
                    let after = self.punct_at(t.end, &[',']).unwrap_or(t.end);
                    let t2 = self.tok(after);
                    if let Kind::Num { v: y, nd: 4 } = t2.kind {
                        let mut days = Small::default();
                        days.push(v);
                        let (end, time) = self.time_after(t2.end);
                        return Some((Core::Date { cal, year: YearSpec::Abs(y as i32), month, days: Days::List(days), weekdays: Small::default() }, end, time));
                    }
                }
            }
        }
        let (year, e3) = self.year_spec(end, cal);
        match year {
            YearSpec::None if !with_word => None,
            YearSpec::Abs(y) if !plausible_year(cal, y) => None,
            _ => Some((Core::Date { cal, year, month, days: Days::None, weekdays: Small::default() }, e3, None)),
        }
    }

    /// A time of day after a date: «- ۲۳:۲۳», «ساعت ۱۰:۳۰».
    fn time_after(&mut self, pos: usize) -> (usize, Option<(u8, u8)>) {
        let mut p = pos;
        for _ in 0..3 {
            let t = self.tok(p);
            match t.kind {
                Kind::Time { h, m } => return (t.end, Some((h, m))),
                Kind::Punct('-' | '،' | ',' | '–') => p = t.end,
                Kind::Word if self.lex.get(&self.key).is_some_and(|s| s.has(Class::Clock) || s.has(Class::Part)) => p = t.end,
                _ => break,
            }
        }
        (pos, None)
    }

    /// True when the rest of the clause after `pos` speaks of the future.
    /// Whether «قرار است» stands shortly before `pos` in its clause («این
    /// اجلاس قرار است اول تا سوم آبان … برگزار شود»).
    fn future_before(&self, pos: usize) -> bool {
        let mut from = pos.saturating_sub(40);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let head = &self.text[from..pos];
        let head = head.rfind(['.', '!', '?', '؟', '\n', '،', '؛']).map_or(head, |i| &head[i..]);
        ["قرار است", "قراراست", "قرار\u{200C}است"].iter().any(|w| head.contains(w))
    }

    fn future_after(&self, pos: usize) -> bool {
        let rest = &self.text[pos..];
        let mut limit = rest.len().min(400);
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        // The first of the words below in the clause decides: a future's word
        // before the clause ends (at a sentence's end or at a past verb of
        // saying before «که»: what follows is reported, in its own tense,
        // «… پس از دیدار روز سه‌شنبه با X گفته بود که Y به زودی سفر خواهد
        // کرد», a Tuesday past). No two of them overlap, so the first found
        // is the first in the text.
        clause_words().find(&rest[..limit]).is_some_and(|m| m.pattern().as_usize() < FUTURE.len())
    }
}

/// Words of a future tense or a plan after a date.
const FUTURE: [&str; 8] = ["خواهد", "خواهند", "خواهیم", "خواهم", "قرار است", "قراراست", "برگزار می\u{200C}شود", "برگزار میشود"];

/// What ends the clause a date stands in: a sentence's end, or a past verb
/// of saying or telling before «که».
const CLAUSE_END: [&str; 13] = [".", "!", "?", "؟", "\n", " گفت که", " گفتند که", " بود که", " بودند که", " کرد که", " کردند که", " افزود که", " نوشت که"];

/// [`FUTURE`] then [`CLAUSE_END`] in one automaton, built once.
fn clause_words() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(FUTURE.iter().chain(CLAUSE_END.iter()))
            .expect("a few fixed words build an automaton")
    })
}

fn month_calendar(c: Class) -> Calendar {
    match c {
        Class::GMonth => Calendar::Gregorian,
        Class::HMonth => Calendar::Hijri,
        _ => Calendar::Jalali,
    }
}

fn plausible_year(cal: Calendar, y: i32) -> bool {
    match cal {
        Calendar::Jalali => (1200..1700).contains(&y),
        Calendar::Gregorian => (1800..2200).contains(&y),
        Calendar::Hijri => (1200..1600).contains(&y),
    }
}

/// Two-digit years: 50–99 → 13xx (19xx), 00–49 → 14xx (20xx).
pub fn expand_two_digit(y: i32, cal: Calendar) -> i32 {
    match cal {
        Calendar::Gregorian => if y >= 50 { 1900 + y } else { 2000 + y },
        _ => if y >= 50 { 1300 + y } else { 1400 + y },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        Tagger::new().find(text).iter().map(|e| &text[e.start..e.end]).collect()
    }

    #[test]
    fn finds_the_expressions_of_news() {
        assert_eq!(spans("عصر دوشنبه ۱۷ مهر ماه در تهران"), ["عصر دوشنبه ۱۷ مهر ماه"]);
        assert_eq!(spans("تاریخ انتشار: ۱۲ مهر ۱۴۰۲ - ۲۳:۲۳ - 04October 2023"), ["۱۲ مهر ۱۴۰۲ - ۲۳:۲۳", "04October 2023"]);
        assert_eq!(spans("ظهر امروز (چهارشنبه) گفت"), ["ظهر امروز (چهارشنبه)"]);
        assert_eq!(spans("چهارشنبه و پنجشنبه 14 و 15 تیر ماه برگزار شد"), ["چهارشنبه و پنجشنبه 14 و 15 تیر ماه"]);
        assert_eq!(spans("در هفته‌ای که گذشت"), ["هفته‌ای که گذشت"]);
        assert_eq!(spans("هفتم بهمن ماه سال گذشته"), ["هفتم بهمن ماه سال گذشته"]);
        assert_eq!(spans("بیست و یکم آذر"), ["بیست و یکم آذر"]);
        assert_eq!(spans("در یک سال گذشته"), ["یک سال گذشته"]);
        assert_eq!(spans("date 2025-12-08"), ["2025-12-08"]);
        assert_eq!(spans("October 4, 2023"), ["October 4, 2023"]);
    }

    #[test]
    fn a_date_to_come_is_told_before_or_after_it() {
        let future = |t: &str| Tagger::new().find(t).iter().map(|e| e.future_tense).collect::<Vec<_>>();
        assert_eq!(future("این اجلاس قرار است اول تا سوم آبان ماه ۱۴۰۳ در کازان برگزار شود."), [true]);
        assert_eq!(future("اول آبان ماه ۱۴۰۳ وارد کازان خواهد شد."), [true]);
        // «قرار است» of another clause, before a comma, is not this date's.
        assert_eq!(future("قرار است سفر کند، اما اول آبان ماه ۱۴۰۳ نامه‌ای فرستاد."), [false]);
        // Nor the tense of what a past verb of saying reports after «که».
        assert_eq!(future("او پس از دیدار روز سه شنبه با وزیر گفته بود که ظریف به زودی به مسکو سفر خواهد کرد."), [false]);
        assert_eq!(future("روز سه شنبه به مسکو سفر خواهد کرد که نخستین سفر اوست."), [true]);
        // Nor that of the next sentence.
        assert_eq!(future("روز سه شنبه نامه‌ای فرستاد. او به مسکو خواهد رفت."), [false]);
    }

    #[test]
    fn leaves_alone_what_is_not_a_date() {
        assert!(spans("امام جمعه تهران گفت").is_empty());
        assert!(spans("مهر و محبت").is_empty());
        assert!(spans("۲۰ درصد و ۱۴۰۲ نفر").is_empty());
        assert!(spans("شماره 0912-123-4567-89").is_empty());
        assert!(spans("۳٫۵ میلیون").is_empty());
    }
}
