//! What an article says about itself: title, kicker, lead, news code,
//! outlet, attribution chain, publication date (and a different date the
//! page prints), and where the body ends and boilerplate begins.
//!
//! Persian news pages put this in recognizable places: a header of short
//! lines (a date, a kicker ending in `:`, the title, the site's name, `کد
//! خبر`, `تاریخ انتشار`), a credit in the lead (`به گزارش آران نیوز به نقل
//! از فارس`), a source line at the end (`منبع: ایلنا`), and a tail of
//! boilerplate (`نظر شما`, `آخرین اخبار`). When nothing states the
//! publication day, the story's own dates bound it; when nothing bounds it,
//! it is unknown.

use crate::article::Article;
use crate::outlets::{OutletId, Outlets, UrlDate};
use rasad_text::key::push_key;
use rasad_text::{TokenKind, Tokenizer};
use rasad_time::calendar::{from_gregorian, from_jalali, to_gregorian};
use rasad_time::tagger::{Core, YearSpec};
use rasad_time::{Day, DayRange, Precision, Resolved};

/// A byte span of the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
}

/// What the article says about itself.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Metadata {
    /// Title as written.
    pub title: Option<String>,
    /// A short line before the title ending in `:` (`امیرعبداللهیان در دیدار خلف اف:`).
    pub kicker: Option<String>,
    /// The first paragraph of the body.
    pub lead: Option<String>,
    /// The outlet's number for the story (`کد خبر: ۶۲۰۹۲۴`).
    pub news_code: Option<String>,
    /// The publisher of this copy: a known outlet.
    pub outlet: Option<OutletId>,
    /// The publisher's name as written when it is not a known outlet.
    pub outlet_unknown: Option<String>,
    /// Publisher first, then the outlets it credits, in order.
    pub attribution: Vec<OutletId>,
    /// The day(s) the story was published: one day, or the range the
    /// story's own dates allow.
    pub published: Option<DayRange>,
    /// Local time of publication, `HH:MM`.
    pub published_time: Option<String>,
    /// A different date the page prints (the site's "today").
    pub page_date: Option<DayRange>,
    /// How `published` was found.
    pub published_from: Option<&'static str>,
    /// The body: from the first body line to the start of the tail.
    pub body: Span,
    /// Boilerplate cut off the end (kept aside, not analysed).
    pub boilerplate: Vec<Span>,
}

/// Phrases that begin the boilerplate tail of a page, and the labels of
/// header lines. Data: `data/outlets/page-markers.tsv`.
struct Markers {
    tail: Vec<Vec<u8>>,
    /// Tail markers that may also head a box of links inside the story
    /// («بیشتر بخوانید»): where long prose follows the box, the story goes on.
    widget: Vec<Vec<u8>>,
    date_label: Vec<Vec<u8>>,
    code_label: Vec<Vec<u8>>,
    source_label: Vec<Vec<u8>>,
    site_word: Vec<Vec<u8>>,
    reporter_word: Vec<Vec<u8>>,
    /// The longest key of `tail`, `date_label`, `code_label` and
    /// `source_label`: how much of a line's key tells whether one opens it.
    label_len: usize,
}

fn markers() -> &'static Markers {
    static M: std::sync::OnceLock<Markers> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m = Markers { tail: vec![], widget: vec![], date_label: vec![], code_label: vec![], source_label: vec![], site_word: vec![], reporter_word: vec![], label_len: 0 };
        for (_, line) in rasad_text::datafile::records(include_str!("../../../data/outlets/page-markers.tsv")) {
            let (kind, phrase) = line.split_once('\t').expect("page-markers.tsv: kind<TAB>phrase");
            let key = key_of(phrase);
            match kind {
                "tail" => m.tail.push(key),
                "widget" => {
                    m.widget.push(key.clone());
                    m.tail.push(key);
                }
                "date" => m.date_label.push(key),
                "code" => m.code_label.push(key),
                "source" => m.source_label.push(key),
                "site" => m.site_word.push(key),
                "reporter" => m.reporter_word.push(key),
                other => panic!("page-markers.tsv: unknown kind {other}"),
            }
        }
        m.label_len = [&m.tail, &m.date_label, &m.code_label, &m.source_label].iter().flat_map(|l| l.iter()).map(Vec::len).max().unwrap_or(0);
        m
    })
}

/// Match key of a phrase, its words run together.
fn key_of(s: &str) -> Vec<u8> {
    let mut k = Vec::new();
    for w in s.split([' ', '\u{200C}', '\t']).filter(|w| !w.is_empty()) {
        push_key(w.as_bytes(), &mut k);
    }
    k
}

/// Match key of the first 80 bytes of a line, into a buffer the caller
/// reuses: only as far as tells whether a label or marker opens the line
/// (the words whose keys reach [`Markers::label_len`] bytes).
fn prefix_key_into(t: &str, k: &mut Vec<u8>) {
    let mut end = t.len().min(80);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let enough = markers().label_len;
    k.clear();
    // Split at spaces only: the key drops ZWNJs itself.
    for w in t.as_bytes()[..end].split(|&b| b == b' ' || b == b'\t') {
        if k.len() >= enough {
            break;
        }
        push_key(w, k);
    }
}

/// A word or mark of a line, for the phrase rules.
#[derive(Clone, Debug)]
enum W {
    Word { start: usize, end: usize, key: Key },
    Mark(char),
    Num,
}

/// A word's match key: inline when short (nearly every word), so that a
/// line's words cost no allocation each.
#[derive(Clone, Debug)]
enum Key {
    Inline(u8, [u8; 38]),
    Heap(Box<[u8]>),
}

impl Key {
    fn new(k: &[u8]) -> Key {
        if k.len() <= 38 {
            let mut buf = [0u8; 38];
            buf[..k.len()].copy_from_slice(k);
            Key::Inline(k.len() as u8, buf)
        } else {
            Key::Heap(k.into())
        }
    }
}

impl std::ops::Deref for Key {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Key::Inline(n, buf) => &buf[..*n as usize],
            Key::Heap(b) => b,
        }
    }
}

fn words(text: &str, base: usize) -> Vec<W> {
    words_upto(text, base, usize::MAX)
}

/// Words a credit's cue can look at after it (see the lead's loop in
/// [`extract_with`]), with a margin.
const CREDIT_REACH: usize = 40;

/// [`words`] up to and including the `max_words`th word.
fn words_upto(text: &str, base: usize, max_words: usize) -> Vec<W> {
    words_past(text, base, 0, max_words)
}

/// [`words`] up to and including the `max_words`th word that starts at or
/// after byte `from` of `text` (the words before it are all kept).
fn words_past(text: &str, base: usize, from: usize, max_words: usize) -> Vec<W> {
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    let mut n = 0;
    for t in Tokenizer::tokens(text) {
        if n == max_words {
            break;
        }
        match t.kind {
            TokenKind::Word | TokenKind::Latin => {
                scratch.clear();
                push_key(t.text(text).as_bytes(), &mut scratch);
                out.push(W::Word { start: base + t.start, end: base + t.end, key: Key::new(&scratch) });
                if t.start >= from {
                    n += 1;
                }
            }
            TokenKind::Punct | TokenKind::Symbol => out.push(W::Mark(t.text(text).chars().next().unwrap_or(' '))),
            TokenKind::Number => out.push(W::Num),
            _ => {}
        }
    }
    out
}

fn word_keys(ws: &[W]) -> impl Iterator<Item = &[u8]> {
    ws.iter().map_while(|w| match w {
        W::Word { key, .. } => Some(&**key),
        _ => None,
    })
}

/// The outlet named at the start of `ws` (words only, up to a mark).
fn outlet_at(outlets: &Outlets, ws: &[W]) -> Option<(OutletId, usize)> {
    outlets.by_words(word_keys(ws))
}

/// The first outlet named anywhere in `ws`.
fn outlet_in(outlets: &Outlets, ws: &[W]) -> Option<(OutletId, usize, usize)> {
    (0..ws.len()).find_map(|i| outlet_at(outlets, &ws[i..]).map(|(id, n)| (id, i, n)))
}

/// Whether the words at the start of `ws` make `key` (their keys run
/// together): how many words, if so.
fn starts_with_key(ws: &[W], key: &[u8]) -> Option<usize> {
    let mut at = 0;
    for (i, w) in ws.iter().enumerate() {
        let W::Word { key: k, .. } = w else { return None };
        if !key[at..].starts_with(k) {
            return None;
        }
        at += k.len();
        if at == key.len() {
            return Some(i + 1);
        }
    }
    None
}

fn skip_marks(ws: &[W], mut i: usize) -> usize {
    while matches!(ws.get(i), Some(W::Mark(':' | '-' | '–' | '_' | '|'))) {
        i += 1;
    }
    i
}

/// A line of the text: its span and its trimmed text.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let lead = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        if !t.is_empty() {
            out.push(Line { start: pos + lead, end: pos + lead + t.len(), text: t });
        }
        pos += raw.len();
    }
    out
}

/// Words of `s`, counted up to 46 (lines are compared with bounds of 45
/// words or less; a long paragraph need not be counted to its end).
fn n_words(s: &str) -> usize {
    s.split_whitespace().take(46).count()
}

/// Whether `s` has at most `n` words (reads no further than word n + 1).
fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

/// `date 2025-12-08` at the start of the text (the shape of scraped files).
fn date_prefix(t: &str) -> Option<(Day, usize)> {
    let rest = t.strip_prefix("date")?;
    let rest_trim = rest.trim_start();
    let iso = rest_trim.get(..10)?;
    let d = parse_iso(iso)?;
    Some((d, t.len() - rest_trim.len() + 10))
}

fn parse_iso(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    from_gregorian(y, m, d)
}

/// The date a container states (`2023-10-04`, `2023-10-04T23:23:00+03:30`,
/// `1402/07/12`, `۱۲ مهر ۱۴۰۲`): the day and a time if given.
pub fn parse_stated_date(s: &str) -> Option<(Day, Option<String>)> {
    let s = s.trim();
    if let Some(d) = parse_iso(s) {
        let time = s.get(10..).and_then(|r| r.strip_prefix(['T', ' '])).and_then(|r| r.get(..5)).filter(|t| t.as_bytes().get(2) == Some(&b':')).map(String::from);
        return Some((d, time));
    }
    let found = rasad_time::tag(s, None);
    let r = found.iter().find(|r| r.precision == Precision::Day && r.value.is_some())?;
    Some((r.value?.from, r.expr.time.map(|(h, m)| format!("{h:02}:{m:02}"))))
}

/// The publication day a URL encodes: the story ids of outlets whose
/// ids hold it (outlets.tsv: Fars's `/news/14000424000048` is 1400-04-24,
/// older `8404140337` 1384-04-14; Iran International's `/202507035819`
/// 2025-07-03) and dates in the path
/// (`/2025/02/06/`, `/1403/07/24/`, `/20250206/`).
pub fn date_from_url(url: &str, outlets: &Outlets) -> Option<Day> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').collect();
    let form = outlets.by_url(url).map_or(UrlDate::None, |id| outlets.get(id).url_date);
    if form == UrlDate::GregorianId {
        // A story id that opens with the day: `/202507035819`.
        for s in &segs {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if let Some(day) = (8..=16).contains(&digits).then(|| leading_ymd(s, 4)).flatten().and_then(|(y, m, d)| from_gregorian(y, m, d)) {
                return Some(day);
            }
        }
    }
    if form == UrlDate::JalaliId {
        // `/news/14000424000048`, or ten digits with a two-digit year,
        // `8404140337`, in the path or (old pages) `newstext.php?nn=…`.
        let jalali = |digits: &str| match digits.len() {
            14 => leading_ymd(digits, 4).and_then(|(y, m, d)| from_jalali(y, m, d)),
            10 => leading_ymd(digits, 2).and_then(|(y, m, d)| from_jalali(1300 + y, m, d)),
            _ => None,
        };
        for s in &segs {
            let digits = &s[..s.bytes().take_while(u8::is_ascii_digit).count()];
            // (Ten digits only as the whole segment.)
            if digits.len() == 14 || digits.len() == s.len() {
                if let Some(day) = jalali(digits) {
                    return Some(day);
                }
            }
        }
        if let Some(nn) = url.split("nn=").nth(1) {
            let digits = &nn[..nn.bytes().take_while(u8::is_ascii_digit).count()];
            if digits.len() == 10 {
                return jalali(digits);
            }
        }
    }
    let ymd = |y: i32, m: u32, d: u32| {
        if (1900..2200).contains(&y) {
            from_gregorian(y, m, d)
        } else if (1300..1500).contains(&y) {
            from_jalali(y, m, d)
        } else {
            None
        }
    };
    // /YYYY/MM/DD/ in the path, the month also as an English name
    // (`/2010/oct/03/`); or a day that opens the segment after the month
    // with a two-digit year (`/2011/06/110615_story`).
    for w in segs.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        let (Ok(y), Some(m)) = (a.parse::<i32>(), url_month(b)) else { continue };
        if a.len() != 4 {
            continue;
        }
        if (1..=2).contains(&c.len()) {
            if let Some(day) = c.parse::<u32>().ok().and_then(|d| ymd(y, m, d)) {
                return Some(day);
            }
        }
        let lead = c.as_bytes().iter().take_while(|b| b.is_ascii_digit()).count();
        if lead == 6 && c[..2].parse::<i32>().ok() == Some(y % 100) && c[2..4].parse::<u32>().ok() == Some(m) {
            if let Some(day) = c[4..6].parse::<u32>().ok().and_then(|d| ymd(y, m, d)) {
                return Some(day);
            }
        }
    }
    // /YYYYMMDD/: a whole segment of eight digits, Gregorian only (an
    // eight-digit story id that opens with 13 or 14 is no Solar Hijri date).
    for s in segs.iter().filter(|s| s.len() == 8) {
        if let Some(day) = leading_ymd(s, 4).filter(|(y, ..)| (1990..=2100).contains(y)).and_then(|(y, m, d)| from_gregorian(y, m, d)) {
            return Some(day);
        }
    }
    None
}

/// Year, month and day from the digits `s` opens with: a year of
/// `year_len` digits, then two of month and two of day (`20250703…`,
/// `840414…`); none unless all of them are digits.
fn leading_ymd(s: &str, year_len: usize) -> Option<(i32, u32, u32)> {
    let d = s.get(..year_len + 4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    Some((d[..year_len].parse().ok()?, d[year_len..year_len + 2].parse().ok()?, d[year_len + 2..].parse().ok()?))
}

/// A month as a URL path writes it: `06`, `6`, `jun` or `june`.
fn url_month(s: &str) -> Option<u32> {
    if (1..=2).contains(&s.len()) {
        return s.parse().ok().filter(|m| (1..=12).contains(m));
    }
    const NAMES: [&str; 12] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    // Three letters at least («oct», «sept», «june»): the start of a month's
    // name, never a word that only starts like one («mayor»).
    let lower = s.to_ascii_lowercase();
    let i = NAMES.iter().position(|n| lower.len() >= 3 && n.starts_with(lower.as_str()))?;
    Some(i as u32 + 1)
}

/// Reads the metadata of `article`.
pub fn extract(article: &Article, outlets: &Outlets) -> Metadata {
    extract_with(article, outlets, None)
}

/// Lines that repeat across the pages of one site: menus, slogans,
/// copyright lines and other template text the markers do not know.
///
/// Observe every article of a batch first, then pass the table to
/// [`extract_with`]: a line found in at least `min_docs` articles of one
/// site (its URL host, else its directory) is boilerplate there.
#[derive(Debug, Default)]
pub struct RepeatedLines {
    counts: rustc_hash::FxHashMap<(u64, u64), u32>,
    min_docs: u32,
}

/// The most words a line may have to be counted as a site's template line.
const TEMPLATE_LINE_WORDS: usize = 15;

/// The most lines of links a box inside the story («بیشتر بخوانید») holds.
const WIDGET_LINKS: usize = 3;

/// A line of more words than this after such a box is the story going on.
const WIDGET_PROSE_WORDS: usize = 20;

/// The most words a first line may have and still be read as a title
/// rather than the story's prose (for where the boilerplate tail may start).
const TITLE_MAX_WORDS: usize = 25;

fn site_key(a: &Article) -> u64 {
    let site = match (&a.url, &a.path) {
        (Some(u), _) => {
            let rest = u.split_once("://").map_or(u.as_str(), |(_, r)| r);
            rest.split(['/', '?', '#']).next().unwrap_or("").trim_start_matches("www.").to_ascii_lowercase()
        }
        (None, Some(p)) => std::path::Path::new(p).parent().map(|d| d.display().to_string()).unwrap_or_default(),
        (None, None) => String::new(),
    };
    line_hash(&site)
}

fn line_hash(s: &str) -> u64 {
    rasad_text::hash::fnv1a(s.as_bytes())
}

impl RepeatedLines {
    /// A table that calls a line boilerplate once `min_docs` articles of a
    /// site hold it (3 is a good start).
    pub fn new(min_docs: u32) -> RepeatedLines {
        RepeatedLines { counts: Default::default(), min_docs: min_docs.max(2) }
    }

    /// Counts the distinct short lines of one article.
    pub fn observe(&mut self, a: &Article) {
        let site = site_key(a);
        let mut seen = rustc_hash::FxHashSet::default();
        for l in lines(&a.text) {
            // Paragraphs of a story are long; template lines are short.
            if at_most_words(l.text, TEMPLATE_LINE_WORDS) {
                let h = line_hash(l.text);
                if seen.insert(h) {
                    *self.counts.entry((site, h)).or_default() += 1;
                }
            }
        }
    }

    fn is_repeated(&self, site: u64, line: &str) -> bool {
        // Only short lines are counted (see `observe`).
        at_most_words(line, TEMPLATE_LINE_WORDS) && self.counts.get(&(site, line_hash(line))).is_some_and(|&n| n >= self.min_docs)
    }
}

/// [`extract`], with lines that repeat across the batch's pages of one
/// site set aside as boilerplate.
pub fn extract_with(article: &Article, outlets: &Outlets, repeated: Option<&RepeatedLines>) -> Metadata {
    let text = article.text.as_str();
    let mk = markers();
    let site = site_key(article);
    let all_lines = lines(text);
    let mut meta = Metadata { body: Span { start: 0, end: text.len() }, ..Metadata::default() };
    // Template lines are boilerplate, and not looked at for title or lead.
    let ls: Vec<Line<'_>> = match repeated {
        Some(r) => {
            let (rep, keep): (Vec<Line<'_>>, Vec<Line<'_>>) = all_lines.into_iter().partition(|l| r.is_repeated(site, l.text));
            meta.boilerplate.extend(rep.iter().map(|l| Span { start: l.start, end: l.end }));
            keep
        }
        None => all_lines,
    };

    // --- The tail: the body ends at the first tail marker or source line
    // after the header.
    // A marker before any prose is a widget of the header («اخبار مرتبط»
    // between the title and the story), not the end: prose is a line of
    // more than ten words after the first, or a first line too long for a
    // title.
    let mut body_end_line = ls.len();
    let mut k = Vec::new();
    let mut prose = ls.first().is_some_and(|l| !at_most_words(l.text, TITLE_MAX_WORDS));
    let mut skip_to = 0;
    for (i, l) in ls.iter().enumerate().skip(1) {
        if i < skip_to {
            continue;
        }
        let short = at_most_words(l.text, 10);
        if prose && short {
            prefix_key_into(l.text, &mut k);
            if mk.tail.iter().any(|m| k.starts_with(m)) {
                // A box of links inside the story: the marker and the short
                // lines of links after it are boilerplate, and the story
                // goes on at a paragraph of prose within three lines.
                let resume = if mk.widget.iter().any(|m| k.starts_with(m)) {
                    ls.iter().enumerate().skip(i + 1).take(WIDGET_LINKS + 1).find(|(_, n)| !at_most_words(n.text, WIDGET_PROSE_WORDS)).map(|(j, _)| j)
                } else {
                    None
                };
                match resume {
                    Some(j) => {
                        meta.boilerplate.push(Span { start: l.start, end: ls[j - 1].end });
                        skip_to = j;
                        continue;
                    }
                    None => {
                        body_end_line = i;
                        break;
                    }
                }
            }
        }
        prose |= !short;
    }
    if body_end_line < ls.len() {
        meta.body.end = ls[body_end_line].start;
        meta.boilerplate.push(Span { start: ls[body_end_line].start, end: text.len() });
    }

    // --- The header.
    let mut top_date: Option<DayRange> = None;
    let mut labeled: Option<(Day, Option<String>)> = None;
    let mut title_line: Option<&str> = None;
    let mut site_outlet: Option<OutletId> = None;
    let mut credits: Vec<(usize, OutletId)> = Vec::new();
    let mut body_start: Option<usize> = None;
    let mut first_body_line: Option<usize> = None;
    let mut content_lines = 0;
    let mut stated_prefix: Option<Day> = None;
    for (i, l) in ls.iter().enumerate().take(10.min(body_end_line)) {
        let mut t = l.text;
        let mut t_start = l.start;
        if i == 0 {
            if let Some((d, n)) = date_prefix(t) {
                stated_prefix = Some(d);
                t = t[n..].trim_start();
                t_start = l.end - t.len();
                if t.is_empty() {
                    continue;
                }
            }
        }
        // Labels, site names and credits sit at the start of a line.
        let mut head_end = t.len().min(240);
        while !t.is_char_boundary(head_end) {
            head_end -= 1;
        }
        prefix_key_into(t, &mut k);
        let nw = n_words(t);
        // A long line is looked at only for a credit that opens it («فارس:»,
        // an outlet of at most three words and a mark): five words tell.
        let ws = words_upto(&t[..head_end], t_start, if nw <= 9 { usize::MAX } else { 5 });
        // کد خبر: ۶۲۰۹۲۴
        if let Some(code) = mk.code_label.iter().find(|m| k.starts_with(m)) {
            let _ = code;
            meta.news_code = t.split([':', '：']).nth(1).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
            continue;
        }
        // تاریخ انتشار: ۱۲ مهر ۱۴۰۲ - ۲۳:۲۳
        if mk.date_label.iter().any(|m| k.starts_with(m)) {
            if let Some(d) = parse_stated_date(t.split_once([':', '：']).map_or(t, |(_, r)| r)) {
                labeled = Some(d);
                continue;
            }
        }
        // A line that is only a date: the page's date, or the story's.
        if let Some(r) = (nw <= 12).then(|| whole_line_date(t)).flatten() {
            if top_date.is_none() {
                top_date = Some(r);
            }
            continue;
        }
        // The site's name: «پایگاه خبری تحلیلی مثلث آنلاین:», «وبگاه عرشه آنلاین مشاهده در مرجع».
        if nw <= 9 {
            let has_site_word = mk.site_word.iter().any(|m| ws.iter().any(|w| matches!(w, W::Word { key, .. } if **key == **m)));
            if let Some((id, at, n)) = outlet_in(outlets, &ws) {
                let whole = at == 0 && matches!(ws.get(skip_marks(&ws, n)), None | Some(W::Mark(':')));
                if has_site_word || whole || t.ends_with(':') && nw <= 5 {
                    site_outlet.get_or_insert(id);
                    continue;
                }
            }
        }
        // «خبرگزاری فارس: …» opening the body.
        if let Some((id, n)) = outlet_at(outlets, &ws) {
            if matches!(ws.get(n), Some(W::Mark(':' | '-' | '–'))) && n <= 3 {
                credits.push((l.start, id));
            }
        }
        if first_body_line.is_some() && title_line.is_some() {
            // Past the title and the lead only header lines are looked for.
            continue;
        }
        // A kicker: a short line ending in a colon, before the title.
        if t.ends_with(':') && nw <= 12 && title_line.is_none() && meta.kicker.is_none() && first_body_line.is_none() {
            meta.kicker = Some(t.to_string());
            continue;
        }
        let ellipsis = t.ends_with("...") || t.ends_with('…');
        let ends_sentence = (t.ends_with('.') && !ellipsis) || t.ends_with('،') || t.ends_with(':');
        // Headlines of several clauses joined by «/» run long.
        let max_words = if t.contains('/') { 45 } else { 25 };
        let min_words = if content_lines == 0 { 1 } else { 2 };
        let title_like = (min_words..=max_words).contains(&nw) && t.chars().count() <= 300 && !ends_sentence;
        content_lines += 1;
        // The title is the first title-like line, or the one right after a
        // one-line lead that opens the page.
        if title_like && title_line.is_none() && first_body_line.is_none_or(|f| f + 1 == i && content_lines == 2) {
            title_line = Some(t);
            continue;
        }
        if first_body_line.is_none() {
            first_body_line = Some(i);
            body_start.get_or_insert(t_start);
            meta.lead = Some(t.to_string());
            continue;
        }
        if title_line.is_none() {
            // Two body lines and no title: the page has none.
            title_line = Some("");
        }
    }
    let title_line = title_line.filter(|t| !t.is_empty());
    if let Some(s) = body_start {
        meta.body.start = s.min(meta.body.end);
    }
    meta.title = article.title.clone().or_else(|| title_line.map(String::from));

    // --- Credits: the lead's «به گزارش … به نقل از …», and source lines.
    let lead_region_end = (meta.body.start + 1500).min(meta.body.end);
    let mut lead_region_end = lead_region_end;
    while !text.is_char_boundary(lead_region_end) {
        lead_region_end -= 1;
    }
    let lead_text = &text[meta.body.start..lead_region_end];
    // Only the words from the first «گزارش» or «نقل» on can hold a credit
    // (the word before it too: «به», or a title run into it): the lead is
    // tokenized from there, not from its start, and not at all without one.
    let first_cue = [lead_text.find("گزارش"), lead_text.find("نقل")].into_iter().flatten().min();
    let lw = match first_cue {
        None => Vec::new(),
        Some(p) => {
            // Back over the space before the cue and the word before that.
            let head = lead_text[..p].trim_end();
            let from = head.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
            // And on only as far as the credit after the last cue can
            // reach: the loop below reads at most a score of words past a
            // cue (the cue, seven words of titles, an outlet's name).
            let last_cue = [lead_text.rfind("گزارش"), lead_text.rfind("نقل")].into_iter().flatten().max().unwrap_or(p);
            words_past(&lead_text[from..], meta.body.start + from, last_cue - from, CREDIT_REACH)
        }
    };
    let report = key_of("به گزارش");
    let quoting = key_of("به نقل از");
    let mut unknown_publisher: Option<String> = None;
    let mut i = 0;
    let mut seen_report = false;
    while i < lw.len() {
        // «…شودبه گزارش»: a title run into the credit.
        let glued = match (&lw[i], lw.get(i + 1)) {
            (W::Word { key, .. }, Some(W::Word { key: next, .. })) => {
                key.len() > 4 && key.ends_with("به".as_bytes()) && **next == *"گزارش".as_bytes()
            }
            _ => false,
        };
        let is_report = starts_with_key(&lw[i..], &report).or(glued.then_some(2));
        let is_quote = starts_with_key(&lw[i..], &quoting);
        let Some(n) = is_report.or(is_quote) else {
            i += 1;
            continue;
        };
        if is_report.is_some() && seen_report {
            i += n;
            continue;
        }
        // The name follows, after words like «خبرنگار», «گروه سیاسی».
        let start = i + n;
        let mut j = start;
        let mut found = None;
        while j < lw.len() && j < start + 7 {
            match &lw[j] {
                // «به نقل از شبکه خبری «ال‌بی‌سی لبنان»»: a name in guillemets.
                W::Mark('«' | '"') => {}
                W::Mark(_) => break,
                W::Word { .. } => {
                    if let Some((id, m)) = outlet_at(outlets, &lw[j..]) {
                        found = Some((id, m, j));
                        break;
                    }
                }
                W::Num => {}
            }
            j += 1;
        }
        match found {
            Some((id, m, at)) => {
                if let W::Word { start, .. } = &lw[at] {
                    credits.push((*start, id));
                }
                i = at + m;
            }
            None => {
                if is_report.is_some() && unknown_publisher.is_none() {
                    unknown_publisher = unknown_name(lead_text, meta.body.start, &lw[start..], mk);
                }
                i = start;
            }
        }
        if is_report.is_some() {
            seen_report = true;
        }
    }
    // «منبع: ایلنا» anywhere (usually the last line, sometimes run into the tail).
    for l in &ls {
        prefix_key_into(l.text, &mut k);
        if !mk.source_label.iter().any(|m| k.starts_with(m)) {
            continue;
        }
        let ws = words(l.text, l.start);
        if let Some(m) = mk.source_label.iter().find_map(|m| starts_with_key(&ws, m)) {
            let at = skip_marks(&ws, m);
            if let Some((id, _)) = outlet_at(outlets, &ws[at..]) {
                credits.push((l.start, id));
                if l.start >= meta.body.start && l.start < meta.body.end {
                    meta.boilerplate.push(Span { start: l.start, end: l.end });
                }
            }
        }
    }
    credits.sort_by_key(|c| c.0);

    // --- The publisher: the URL, else the site's own line, else the lead's credit.
    let publisher = article
        .url
        .as_deref()
        .and_then(|u| outlets.by_url(u))
        .or(site_outlet)
        .or_else(|| credits.iter().find(|(pos, _)| *pos < lead_region_end).map(|c| c.1));
    meta.outlet = publisher;
    if publisher.is_none() {
        meta.outlet_unknown = unknown_publisher;
    }
    if let Some(p) = publisher {
        meta.attribution.push(p);
    }
    for (_, id) in credits {
        if !meta.attribution.contains(&id) {
            meta.attribution.push(id);
        }
    }

    // --- Publication date.
    let stated = article
        .published
        .as_deref()
        .and_then(parse_stated_date)
        .map(|d| (d, "container"))
        .or_else(|| labeled.clone().map(|d| (d, "label")))
        .or_else(|| stated_prefix.map(|d| ((d, None), "date line")))
        .or_else(|| article.url.as_deref().and_then(|u| date_from_url(u, outlets)).map(|d| ((d, None), "url")));
    let body_text = &text[meta.body.start..meta.body.end];
    if let Some(((day, time), how)) = stated {
        meta.published = Some(DayRange { from: day, to: day });
        meta.published_time = time;
        meta.published_from = Some(how);
        if let Some(t) = top_date {
            if t.from != day {
                meta.page_date = Some(t);
            }
        }
    } else {
        let story = story_range(body_text, top_date.map(|t| t.from));
        match (top_date, story) {
            (Some(t), Some(s)) if s.from > t.to.add(1) || s.to.add(7) < t.from => {
                meta.page_date = Some(t);
                meta.published = Some(s);
                meta.published_from = Some("story dates");
            }
            (Some(t), _) => {
                meta.published = Some(t);
                meta.published_from = Some("page date");
            }
            (None, Some(s)) => {
                meta.published = Some(s);
                meta.published_from = Some("story dates");
            }
            (None, None) => {}
        }
    }
    meta
}

/// The name after «به گزارش» when no known outlet stands there
/// («به گزارش پایگاه خبری نبض بازار،» → «پایگاه خبری نبض بازار»), if short.
fn unknown_name(text: &str, base: usize, ws: &[W], mk: &Markers) -> Option<String> {
    let mut first = None;
    let mut last = None;
    for (k, w) in ws.iter().enumerate() {
        match w {
            W::Word { start, end, key } => {
                if k == 0 && mk.reporter_word.iter().any(|r| **r == **key) {
                    return None;
                }
                first.get_or_insert(*start);
                last = Some(*end);
                if k >= 4 {
                    return None;
                }
            }
            W::Mark('،' | ',' | ':') => break,
            _ => return None,
        }
    }
    Some(text[first? - base..last? - base].to_string())
}

/// The date a line consists of, if it is nothing but a date (and a weekday).
fn whole_line_date(t: &str) -> Option<DayRange> {
    let found = rasad_time::tag(t, None);
    let [r] = found.as_slice() else { return None };
    let covered = t[r.expr.start..r.expr.end].chars().filter(|c| !c.is_whitespace()).count();
    let all = t.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '|' | '،' | ',')).count();
    (r.precision == Precision::Day && covered * 10 >= all * 8).then_some(r.value?)
}

/// How far before the latest year a story names a date may lie and still
/// tell when the story was written.
const HISTORY_DAYS: i32 = 400;

/// Anchored dates of a story: a year written, or a weekday that fixes it.
fn anchored(r: &Resolved) -> bool {
    if r.conflict.is_some() || !matches!(r.precision, Precision::Day | Precision::Range) {
        return false;
    }
    match r.expr.core {
        Core::Date { year: YearSpec::Abs(_), .. } => true,
        Core::Date { year: YearSpec::None, weekdays, .. } => !weekdays.is_empty(),
        _ => false,
    }
}

/// The publication days the story's own dates allow: on or after the last
/// dated event it reports, and no later than the first dated event it
/// announces (or the day after the last reported one).
fn story_range(body: &str, page_date: Option<Day>) -> Option<DayRange> {
    // Found once, resolved against each reference.
    let mut exprs = Vec::new();
    rasad_time::Tagger::new().find_each(body, |e| exprs.push(e));
    // Without a page date, the latest year-bearing date serves as the
    // reference that weekdays are checked against.
    let reference = page_date.or_else(|| {
        exprs
            .iter()
            .filter(|e| matches!(e.core, Core::Date { year: YearSpec::Abs(_), .. }))
            .filter_map(|&e| rasad_time::resolve(e, None).value.map(|v| v.to))
            .max()
    })?;
    let found: Vec<Resolved> = exprs.iter().map(|&e| rasad_time::resolve(e, Some(reference))).collect();
    // History told in passing («در تاریخ 25 دسامبر سال 1991 … به رسمیت
    // شناخته» in a story that speaks of 2020) fixes no publication day:
    // only dates within a year of the latest year the story names count.
    // (A story that names no year, dated by weekdays against the page's
    // date, has no history to leave out.)
    let latest_year = exprs
        .iter()
        .filter(|e| matches!(e.core, Core::Date { year: YearSpec::Abs(_), .. } | Core::Year { .. }) && !e.future_tense)
        .filter_map(|&e| rasad_time::resolve(e, None).value.map(|v| v.to))
        .max();
    let recent = |r: &&Resolved| latest_year.is_none_or(|y| r.value.is_some_and(|v| v.to.add(HISTORY_DAYS) >= y));
    // A date in a clause told in the past perfect («… ۳۱ خرداد ۱۴۰۰ در
    // اولین نشست خبری خود گفته بود: …») is before the story's time: no day
    // of it.
    let told_before = |r: &&Resolved| !past_perfect_after(body, r.expr.end);
    let lower = found.iter().filter(|r| anchored(r) && !r.expr.future_tense).filter(recent).filter(told_before).filter_map(|r| r.value.map(|v| v.to)).max()?;
    let upper = found
        .iter()
        .filter(|r| anchored(r) && r.expr.future_tense)
        .filter_map(|r| r.value.map(|v| v.from))
        .filter(|&d| d >= lower)
        .min()
        .unwrap_or(lower.add(1));
    Some(DayRange { from: lower, to: upper })
}

/// Whether the clause that goes on at byte `at` (to its end: a full stop,
/// a colon, a semicolon or a line end) has a verb in the past perfect: a
/// participle and «بود»/«بودند» («گفته بود», «سفر کرده بودند»).
fn past_perfect_after(body: &str, at: usize) -> bool {
    let rest = body.get(at..).unwrap_or("");
    let clause = &rest[..rest.find(['.', ':', '؛', '\n', '!', '؟']).unwrap_or(rest.len())];
    let mut prev = "";
    for w in clause.split([' ', '\u{200C}']).filter(|w| !w.is_empty()) {
        if matches!(w, "بود" | "بودند") && prev.ends_with('ه') && prev.chars().count() > 2 {
            return true;
        }
        prev = w;
    }
    false
}

/// `YYYY-MM-DD` of a day.
pub fn iso(d: Day) -> String {
    to_gregorian(d).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_dates_leave_history_out_but_need_no_year() {
        let day = |y, m, d| from_gregorian(y, m, d).unwrap();
        // History a generation before the year the story names fixes nothing.
        let old = "مبادلات دو کشور در سال 2020 میلادی به 158 میلیون دلار رسید. ایران استقلال ازبکستان را در تاریخ 25 دسامبر سال 1991 میلادی به رسمیت شناخت.";
        assert_eq!(story_range(old, None), None);
        // A weekday and a day of a month, against the page's date, with no
        // year named anywhere: the story's day stands.
        let weekday = "وزیر امور خارجه روز دوشنبه ۱۷ مهر با همتای خود دیدار کرد.";
        let r = story_range(weekday, Some(day(2023, 10, 12))).expect("a story day");
        assert_eq!(r.from, day(2023, 10, 9));
        // A date told in the past perfect is history to the story.
        let recalled = "رئیس‌جمهور ۳۱ خرداد ۱۴۰۰ در اولین نشست خبری خود گفته بود: اولویت ما همسایگان است.";
        assert_eq!(story_range(recalled, None), None);
        let told = "رئیس‌جمهور ۳۱ خرداد ۱۴۰۰ در اولین نشست خبری خود گفت: اولویت ما همسایگان است.";
        assert!(story_range(told, None).is_some());
    }

    #[test]
    fn a_tail_marker_before_the_prose_is_part_of_the_header() {
        let story = "وزیر امور خارجه کشورمان امروز در سفری دو روزه وارد باکو شد و با همتای آذربایجانی خود دیدار و گفت‌وگو کرد.";
        // «اخبار مرتبط» between the title and the story: a widget, not the end.
        let text = format!("پایان سفر وزیر امور خارجه به باکو\nاخبار مرتبط\n{story}");
        let m = extract(&Article::from_text(None, text.clone()), Outlets::builtin());
        assert_eq!(m.body.end, text.len(), "{:?}", m.body);
        // After the story it ends the body.
        let text = format!("پایان سفر وزیر امور خارجه به باکو\n{story}\nاخبار مرتبط\nعنوان خبری دیگر");
        let m = extract(&Article::from_text(None, text.clone()), Outlets::builtin());
        assert!(text[..m.body.end].trim_end().ends_with(story), "{:?}", m.body);
        assert!(!text[m.body.start..m.body.end].contains("اخبار مرتبط"), "{:?}", m.body);
    }

    #[test]
    fn a_box_of_links_inside_the_story_does_not_end_it() {
        let story = "وزیر امور خارجه کشورمان امروز در سفری دو روزه وارد باکو شد و با همتای آذربایجانی خود دیدار و گفت‌وگو کرد.";
        let more = "وزیر امور خارجه در ادامه سفر خود با رئیس‌جمهور آذربایجان نیز دیدار کرد و درباره روابط دوجانبه، همکاری‌های اقتصادی و ترانزیتی و تحولات منطقه قفقاز جنوبی گفت‌وگو و تبادل نظر کرد.";
        // «بیشتر بخوانید:» and a headline between two paragraphs: the box is
        // boilerplate, the story goes on.
        let text = format!("پایان سفر وزیر امور خارجه به باکو\n{story}\nبیشتر بخوانید:\nعنوان خبری دیگر درباره باکو\n{more}");
        let m = extract(&Article::from_text(None, text.clone()), Outlets::builtin());
        assert_eq!(m.body.end, text.len(), "{:?}", m.body);
        let boxed = text.find("بیشتر بخوانید").unwrap();
        assert!(m.boilerplate.iter().any(|s| s.start == boxed && text[s.start..s.end].ends_with("درباره باکو")), "{:?}", m.boilerplate);
        // With only headlines after it, it ends the body.
        let text = format!("پایان سفر وزیر امور خارجه به باکو\n{story}\nبیشتر بخوانید:\nعنوان خبری دیگر\nعنوان سوم");
        let m = extract(&Article::from_text(None, text.clone()), Outlets::builtin());
        assert!(text[..m.body.end].trim_end().ends_with(story), "{:?}", m.body);
    }

    #[test]
    fn the_day_a_url_names() {
        let o = Outlets::builtin();
        let day = |y, m, d| from_gregorian(y, m, d);
        let at = |u: &str| date_from_url(u, o);
        assert_eq!(at("https://example.com/news/2025/02/06/story"), day(2025, 2, 6));
        assert_eq!(at("https://www.aftabir.com/news/view/2010/oct/03/c2c1286091435_economy.php"), day(2010, 10, 3));
        assert_eq!(at("http://www.bbc.com/persian/rolling_news/2011/06/110615_l03_rln_shanghai"), day(2011, 6, 15));
        assert_eq!(at("https://spnfa.ir/20170128/2176003.html"), day(2017, 1, 28));
        assert_eq!(at("https://example.ir/1403/07/24/x"), from_jalali(1403, 7, 24));
        // The segment after the month names another month: no day.
        assert_eq!(at("http://www.bbc.com/persian/world/2011/06/110715_story"), None);
        // Neither a word that starts like a month nor an id of eight digits
        // that reads as a Solar Hijri date.
        assert_eq!(at("https://example.com/2010/mayor/03/x"), None);
        assert_eq!(at("https://example.ir/news/14010703/x"), None);
        // Story ids that hold the day, where the outlet's ids do (outlets.tsv).
        assert_eq!(at("https://www.farsnews.ir/news/14010703000204/x"), from_jalali(1401, 7, 3));
        assert_eq!(at("https://www.iranintl.com/202507035819"), day(2025, 7, 3));
        // Elsewhere such an id is an id.
        assert_eq!(at("https://example.com/202507035819"), None);
    }
}
