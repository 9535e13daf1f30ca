//! The words of date expressions, loaded from `data/time/words.tsv`.
//!
//! A form is stored under its *key*: letters folded (`ي ك` → `ی ک`),
//! diacritics, tatweel, ZWNJs and the spaces between its words removed, Latin
//! lower-cased. The same key function applied to text makes `سه‌شنبه`,
//! `سه شنبه` and `سهشنبه` one word.

use rustc_hash::FxHashMap;

/// What a word can be in a date expression. A key may have several senses
/// (`ماه` is both the word "month" and a unit of a span).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Class {
    /// Solar Hijri month, value 1..=12.
    JMonth,
    /// Gregorian month, value 1..=12.
    GMonth,
    /// Lunar Hijri month, value 1..=12.
    HMonth,
    /// Weekday, 0 = Saturday.
    Weekday,
    /// Ordinal day of the month.
    Ordinal,
    /// Tens of a compound ordinal (`بیست و یکم`).
    Tens,
    /// Cardinal number word.
    Count,
    /// Unit of a span, value in days.
    Unit,
    /// Part of the day (`عصر`).
    Part,
    /// The word `روز`.
    DayWord,
    /// The word `ماه`.
    MonthWord,
    /// The word `سال`.
    YearWord,
    /// The word `ساعت`.
    Clock,
    /// Day relative to the reference, value = offset.
    RelDay,
    /// Week relative to the reference.
    RelWeek,
    /// Month relative to the reference.
    RelMonth,
    /// Solar Hijri year relative to the reference.
    RelYear,
    /// `گذشته`, `اخیر`.
    Past,
    /// `آینده`, `آتی`.
    Future,
    /// `پیش`, `قبل`: a point that long before the reference.
    Ago,
    /// Calendar named after a year: 1 Solar Hijri, 2 Gregorian, 3 lunar.
    Era,
    /// `اوایل` (1), `اواسط` (2), `اواخر` (3): a third of the month after it.
    Third,
    /// A word that, just before a bare weekday, makes it a name rather than
    /// a date (`نماز جمعه`, `امام جمعه`).
    Block,
}

const CLASSES: usize = 23;

impl Class {
    fn parse(s: &str) -> Option<Class> {
        use Class::*;
        Some(match s {
            "jmonth" => JMonth,
            "gmonth" => GMonth,
            "hmonth" => HMonth,
            "weekday" => Weekday,
            "ordinal" => Ordinal,
            "tens" => Tens,
            "count" => Count,
            "unit" => Unit,
            "part" => Part,
            "day" => DayWord,
            "month" => MonthWord,
            "year" => YearWord,
            "clock" => Clock,
            "relday" => RelDay,
            "relweek" => RelWeek,
            "relmonth" => RelMonth,
            "relyear" => RelYear,
            "past" => Past,
            "future" => Future,
            "block" => Block,
            "ago" => Ago,
            "era" => Era,
            "third" => Third,
            _ => return None,
        })
    }
}

/// The senses of one key: for each class, its value if the key has it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Senses {
    mask: u32,
    values: [i16; CLASSES],
}

impl Senses {
    /// The value of the key in class `c`, if it has that sense.
    #[inline]
    pub fn get(&self, c: Class) -> Option<i32> {
        (self.mask & (1 << c as u8) != 0).then(|| self.values[c as usize] as i32)
    }

    /// True when the key is a form of the lexicon (not only the start of one).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.mask & !PREFIX_BIT != 0
    }

    /// True when the key begins a multi-word form.
    #[inline]
    pub fn is_prefix(&self) -> bool {
        self.mask & PREFIX_BIT != 0
    }

    /// True when the key has the sense `c`.
    #[inline]
    pub fn has(&self, c: Class) -> bool {
        self.mask & (1 << c as u8) != 0
    }

    /// The month (calendar class and number) this key names, if any.
    pub fn month(&self) -> Option<(Class, u32)> {
        [Class::JMonth, Class::GMonth, Class::HMonth]
            .into_iter()
            .find_map(|c| self.get(c).map(|v| (c, v as u32)))
    }
}

/// Error in the words file: which line and why.
#[derive(Debug)]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "time words, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// The lexicon of date words.
#[derive(Clone, Debug)]
pub struct TimeLexicon {
    /// Forms and the first k words of multi-word forms (marked by
    /// [`Senses::is_prefix`]), by key.
    words: FxHashMap<Vec<u8>, Senses>,
    /// Longest key in bytes; longer words are not looked up.
    max_key: usize,
}

pub use rasad_text::key::push_key;

/// Bit of [`Senses`] marking a key that begins a multi-word form.
const PREFIX_BIT: u32 = 1 << 31;

impl TimeLexicon {
    /// The lexicon bundled with rasad (`data/time/words.tsv`).
    pub fn builtin() -> &'static TimeLexicon {
        static LEX: std::sync::OnceLock<TimeLexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            TimeLexicon::parse(include_str!("../../../data/time/words.tsv")).expect("the bundled time words parse")
        })
    }

    /// Reads a words file (`form<TAB>class<TAB>value` lines, `#` comments).
    pub fn parse(text: &str) -> Result<TimeLexicon, LexiconError> {
        let mut words: FxHashMap<Vec<u8>, Senses> = FxHashMap::default();
        let mut prefixes = Vec::new();
        let mut max_key = 0;
        for (line_no, line) in rasad_text::datafile::records(text) {
            let err = |message: String| LexiconError { line: line_no, message };
            let mut f = line.split('\t');
            let (form, class, value) = match (f.next(), f.next(), f.next()) {
                (Some(a), Some(b), Some(c)) => (a, b, c),
                _ => return Err(err("expected three tab-separated columns: form, class, value".into())),
            };
            let class = Class::parse(class).ok_or_else(|| err(format!("unknown class {class:?}")))?;
            let value: i16 = value.trim().parse().map_err(|_| err(format!("value {value:?} is not a number")))?;
            let mut key = Vec::new();
            let mut parts = form.split([' ', '\u{200C}']).filter(|p| !p.is_empty()).peekable();
            while let Some(p) = parts.next() {
                push_key(p.as_bytes(), &mut key);
                if parts.peek().is_some() {
                    prefixes.push(key.clone());
                }
            }
            if key.is_empty() {
                return Err(err("empty form".into()));
            }
            max_key = max_key.max(key.len());
            let s = words.entry(key).or_default();
            s.mask |= 1 << class as u8;
            s.values[class as usize] = value;
        }
        // Solar Hijri months run into «ماه» («تیرماه», «دی‌ماه») are the same month.
        let glued: Vec<(Vec<u8>, i16)> = words
            .iter()
            .filter_map(|(k, s)| s.get(Class::JMonth).map(|m| ([k.as_slice(), "ماه".as_bytes()].concat(), m as i16)))
            .collect();
        for (k, m) in glued {
            let s = words.entry(k).or_default();
            s.mask |= 1 << Class::JMonth as u8;
            s.values[Class::JMonth as usize] = m;
        }
        for p in prefixes {
            words.entry(p).or_default().mask |= PREFIX_BIT;
        }
        Ok(TimeLexicon { words, max_key })
    }

    /// Senses of a key that is a form of the lexicon or begins one (see
    /// [`Senses::is_word`] and [`Senses::is_prefix`]).
    #[inline]
    pub fn lookup(&self, key: &[u8]) -> Option<&Senses> {
        if key.len() > self.max_key {
            return None;
        }
        self.words.get(key)
    }

    /// Senses of a key, if it is a form of the lexicon.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<&Senses> {
        self.lookup(key).filter(|s| s.is_word())
    }

    /// Longest key of the lexicon, in bytes.
    pub fn max_key(&self) -> usize {
        self.max_key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Vec<u8> {
        let mut k = Vec::new();
        push_key(s.as_bytes(), &mut k);
        k
    }

    #[test]
    fn spellings_share_a_key() {
        assert_eq!(key("سه‌شنبه"), key("سهشنبه"));
        assert_eq!(key("پنجشنبه"), key("پنجشنبه"));
        assert_eq!(key("October"), b"october");
        assert_eq!(key("ربيعُ‌الأول"), key("ربیعالاول"));
        let lex = TimeLexicon::builtin();
        assert_eq!(lex.get(&key("سهشنبه")).and_then(|s| s.get(Class::Weekday)), Some(3));
        assert_eq!(lex.get(&key("دي")).and_then(|s| s.get(Class::JMonth)), Some(10));
        assert!(lex.lookup(&key("سال")).unwrap().is_prefix());
        assert!(lex.lookup(&key("هفتهای")).is_some_and(|s| s.is_prefix() && !s.is_word()));
        let mah = lex.get(&key("ماه")).unwrap();
        assert!(mah.has(Class::MonthWord) && mah.has(Class::Unit));
    }

    #[test]
    fn bad_lines_say_where() {
        let e = TimeLexicon::parse("# c\nتیر\tjmonth\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(TimeLexicon::parse("تیر\tmonthly\t4").unwrap_err().message.contains("unknown class"));
    }
}
