//! Events: who met, called, visited, supported or opposed whom, when and
//! where, each with the sentence that states it.
//!
//! Sentence by sentence, event phrases of the lexicon (`data/events/`)
//! are found; their arguments come from the entity layer: the subject (the
//! first person of the sentence who is not the object of a preposition, or
//! the person the article is about when the sentence says `وی`), the people
//! after `با`, a counterpart (`همتای آذربایجانی خود`) resolved through the
//! subject's office. A trip (`به باکو سفر کرد`) makes its traveller the
//! source of the meetings it holds and sets their place (visitor → host);
//! when someone hosts (`میزبان X بود`), X is the source. Dates come from the
//! sentence, else the publication day for news of the day; a future tense
//! makes an event planned, a past marker or an earlier date background; a
//! negated verb makes none.

use crate::cues::cues;
use crate::quotes;
use rasad_kb::key::match_key;
use rasad_kb::{Kb, Kind, Mention, RoleMention, Target};
use rasad_time::{Day, DayRange, Precision, Resolved};

/// One event, in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// PLOVER type.
    pub kind: String,
    /// CONSULT mode.
    pub mode: Option<String>,
    /// Sources (entry index or name as written).
    pub source: Vec<Actor>,
    /// Targets.
    pub target: Vec<Actor>,
    /// Place (a GPE entry).
    pub place: Option<usize>,
    /// Days.
    pub date: Option<DayRange>,
    /// reported, background or planned.
    pub status: &'static str,
    /// The sentence that states it.
    pub evidence: (usize, usize),
    /// Confidence 0–1.
    pub confidence: f64,
    /// Whether the date is the publication day's, not written in the
    /// sentence: a later sentence on the same meeting («در این دیدار …»)
    /// restates it rather than telling of another.
    pub implied_date: bool,
    /// Whether a background status is only guessed from the event being
    /// spoken of as the subject's own («با اشاره به سفر خود …»), no tense
    /// or time telling it: a restatement of a trip to come stays that trip.
    pub status_guessed: bool,
    /// Whether the place is a guess, not written: the capital of the
    /// country visited. A restatement that names the city replaces it.
    pub place_implied: bool,
    /// A welcome on arrival («در فرودگاه … مورد استقبال X قرار گرفت»): no
    /// meeting that makes the trip one to a person rather than a country.
    pub welcome: bool,
}

/// A participant.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Actor {
    /// A knowledge-base entry.
    Kb(usize),
    /// A name as written.
    Name(String),
}

impl From<quotes::Speaker> for Actor {
    fn from(s: quotes::Speaker) -> Actor {
        match s {
            quotes::Speaker::Kb(i) => Actor::Kb(i),
            quotes::Speaker::Name(n) => Actor::Name(n),
        }
    }
}

struct Lex {
    phrase: String,
    kind: String,
    mode: Option<String>,
    frame: String,
}

fn lexicon() -> &'static [Lex] {
    static L: std::sync::OnceLock<Vec<Lex>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut v: Vec<Lex> = rasad_text::datafile::records(include_str!("../../../data/events/lexicon.tsv"))
            .filter_map(|(_, l)| {
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() >= 4).then(|| {
                    // «گفت‌وگو» is also written «گفتوگو»; a past tense in «کرد» or
                    // «شد» stands for its plural too («… تبادل نظر کردند»).
                    let plural = [" کرد", " شد"].iter().any(|v| f[0].ends_with(v)).then(|| format!("{}ند", f[0]));
                    // …and its participle the perfect («تلفنی گفت‌وگو کرده و …»,
                    // «… صحبت کرده‌اند»).
                    // (Its plural «کرده‌اند» also glued, «کردهاند», once the
                    // ZWNJ is lost.)
                    let past = [" کرد", " شد"].iter().any(|v| f[0].ends_with(v));
                    let perfect = past.then(|| format!("{}ه", f[0]));
                    let perfect_plural = past.then(|| format!("{}ه\u{200C}اند", f[0]));
                    // …and in the other spellings of its words (spellings.tsv).
                    [Some(f[0].to_string()), plural, perfect, perfect_plural]
                        .into_iter()
                        .flatten()
                        .flat_map(|p| {
                            let variants: Vec<String> = spellings()
                                .iter()
                                .filter(|(word, _)| p.contains(word.as_str()))
                                .flat_map(|(word, others)| others.iter().map(|o| p.replace(word.as_str(), o)))
                                .collect();
                            std::iter::once(p).chain(variants)
                        })
                        .flat_map(|p| [match_key(&p), match_key(&p.replace('\u{200C}', ""))])
                        .map(move |phrase| Lex {
                        phrase,
                        kind: f[1].to_string(),
                        mode: (f[2] != "-").then(|| f[2].to_string()),
                        frame: f[3].to_string(),
                    })
                })
            })
            .flatten()
            .collect();
        v.dedup_by(|a, b| a.phrase == b.phrase && a.kind == b.kind);
        v.sort_by_key(|l| std::cmp::Reverse(l.phrase.len()));
        v
    })
}

/// The attack nouns of the lexicon (frame `attack-noun`): «حمله», «تجاوز» …,
/// each also the stem of longer words («تجاوزگری‌های»).
fn attack_nouns() -> &'static [String] {
    static A: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    A.get_or_init(|| lexicon().iter().filter(|l| l.frame == "attack-noun").map(|l| l.phrase.clone()).collect())
}

/// The other spellings of lexicon words (data/events/spellings.tsv): each
/// word with its variants.
fn spellings() -> &'static [(String, Vec<String>)] {
    static S: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        rasad_text::datafile::records(include_str!("../../../data/events/spellings.tsv"))
            .filter_map(|(_, l)| l.split_once('\t').map(|(w, v)| (w.to_string(), v.split('|').map(str::to_string).collect())))
            .collect()
    })
}

/// The lexicon's entries by phrase (indices into [`lexicon`], ascending).
fn lexicon_index() -> &'static std::collections::HashMap<&'static str, Vec<usize>> {
    static I: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<usize>>> = std::sync::OnceLock::new();
    I.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, Vec<usize>> = std::collections::HashMap::new();
        for (i, l) in lexicon().iter().enumerate() {
            m.entry(l.phrase.as_str()).or_default().push(i);
        }
        m
    })
}

fn markers(kind: &str) -> Vec<String> {
    rasad_text::datafile::records(include_str!("../../../data/events/markers.tsv"))
        .filter_map(|(_, l)| l.split_once('\t'))
        .filter(|(k, _)| *k == kind)
        .flat_map(|(_, p)| rasad_kb::key::match_keys(p))
        .collect()
}

/// Planned markers that, heading a sentence, make all of it one to come
/// (`planned-head` in markers.tsv: «قرار است …»). Built once.
fn planned_heads() -> &'static [String] {
    static M: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    M.get_or_init(|| markers("planned-head"))
}

/// Whether the end of `head` (a sentence's folded text up to an event
/// phrase) is a clause a wish opens (`wish` in markers.tsv: «ابراز امیدواری
/// کرد»), with no comma, colon or «و» and a dozen words at most between.
fn wished(head: &str) -> bool {
    static W: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let wishes = W.get_or_init(|| markers("wish"));
    wishes.iter().any(|w| {
        head.rfind(w.as_str()).is_some_and(|at| {
            let rest = &head[at + w.len()..];
            !rest.contains(['،', ',', ':', '؛', '.']) && !rest.contains(" و ") && rest.split(' ').filter(|x| !x.is_empty()).count() <= 12
        })
    })
}

/// Whether the clause of the folded sentence that ends at the event's phrase
/// (byte `at`) tells of a welcome on arrival («در فرودگاه …», «در بدو ورود»):
/// the trip stays one to the country, whoever met the guest there.
fn on_arrival(folded: &str, at: usize, credit_end: usize) -> bool {
    let at = at.min(folded.len());
    let clause = &folded[clause_start(folded, at, credit_end)..at];
    cues().arrival.iter().any(|w| clause.contains(w))
}

/// Whether the trip noun «سفر» at byte `at` of the folded sentence is told as
/// the means of what follows, «با سفر به X»: the subject's own trip to X.
fn by_trip_at(folded: &str, at: usize) -> bool {
    folded.get(at..).is_some_and(|r| r.starts_with("سفر به ")) && folded.get(..at).is_some_and(|h| h.trim_end().rsplit(' ').next() == Some("با"))
}

/// The marker lists: planned, background, negation, topic, planned-trip
/// (tenses that make only a trip one to come), and not-background (phrases
/// that hold a background marker and are none).
type MarkerLists = (Vec<String>, Vec<String>, Vec<String>, Vec<String>, Vec<String>, Vec<String>);

fn marker_lists() -> &'static MarkerLists {
    static M: std::sync::OnceLock<MarkerLists> = std::sync::OnceLock::new();
    M.get_or_init(|| (markers("planned"), markers("background"), markers("negation"), markers("topic"), markers("planned-trip"), markers("not-background")))
}

/// Phrases that hold a planned or planned-trip marker and are none: a
/// present tense of being called or counted («محسوب می‌شود», «یاد
/// می‌شود»), not of what is to come (`not-planned` in markers.tsv).
fn not_planned_markers() -> &'static [String] {
    static M: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    M.get_or_init(|| markers("not-planned"))
}

/// Drops from `hits` the markers of `lists` that stand inside a phrase of
/// `shields`: a longer phrase that holds such a marker and is none
/// («پیش از این نشست» holds «پیش از این», «محسوب می‌شود» holds «می‌شود»).
/// A shield itself is kept.
fn drop_shielded(hits: &mut Vec<(usize, &str)>, shields: &[String], lists: &[&[String]]) {
    let shielded = |p: &str| shields.iter().any(|x| x == p);
    let spans: Vec<(usize, usize)> = hits.iter().filter(|(_, p)| shielded(p)).map(|&(at, p)| (at, at + p.len())).collect();
    if spans.is_empty() {
        return;
    }
    hits.retain(|&(at, p)| shielded(p) || !(lists.iter().any(|l| l.iter().any(|x| x == p)) && spans.iter().any(|&(s, e)| s <= at && at + p.len() <= e)));
}

/// Drops from `hits` the planned and planned-trip markers that stand inside
/// a `not-planned` phrase.
fn mask_not_planned(hits: &mut Vec<(usize, &str)>) {
    let (planned, _, _, _, trip, _) = marker_lists();
    drop_shielded(hits, not_planned_markers(), &[planned, trip]);
}

/// The markers that make a trip one to come: the planned ones but those of
/// purpose (a trip told with its purpose, «به منظور دیدار با … عازم جده شد»,
/// happened: the purpose is what is planned), and a present tense («امروز
/// وارد مسکو می‌شود»). Built once.
fn planned_trip_markers() -> &'static [String] {
    static M: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let (planned, _, _, _, trip_only, _) = marker_lists();
        planned.iter().filter(|m| !(m.starts_with("به منظور") || m.starts_with("جهت") || m.starts_with("برای"))).chain(trip_only).cloned().collect()
    })
}

/// Every phrase of the lexicon and the markers as a trie of words: a text
/// is read once, one look-up per word, whatever the size of the lexicon,
/// and a phrase's later words are compared as numbers.
struct Matcher {
    /// The phrases (folded), sorted: a phrase's number is its place here.
    phrases: Vec<String>,
    /// The number of each word the phrases hold: words of up to 16 bytes
    /// (nearly all) keyed by their bytes as one integer, the rest by text.
    ids: rustc_hash::FxHashMap<u128, u32>,
    long_ids: rustc_hash::FxHashMap<String, u32>,
    /// The trie's node a phrase's first word leads to, by the word's number
    /// (`NONE` for words no phrase starts with).
    first: Vec<u32>,
    /// The trie's other edges: (node << 32 | word number) → node.
    next: rustc_hash::FxHashMap<u64, u32>,
    /// The phrase each node completes (`NONE` for none).
    ends: Vec<u32>,
}

/// No node, word or phrase.
const NONE: u32 = u32::MAX;

impl Matcher {
    /// The number of folded word `w` among the phrases' words, if it is one.
    #[inline]
    fn id(&self, w: &str) -> u32 {
        match rasad_text::hash::pack16(w.as_bytes()) {
            Some(key) => self.ids.get(&key).copied(),
            None => self.long_ids.get(w).copied(),
        }
        .unwrap_or(NONE)
    }
}

fn matcher() -> &'static Matcher {
    static M: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let (p, b, n, t, pt, nb) = marker_lists();
        let mut phrases: Vec<String> = lexicon().iter().map(|l| l.phrase.clone()).chain(p.iter().chain(b).chain(n).chain(t).chain(pt).chain(nb).chain(not_planned_markers()).cloned()).filter(|p| !p.is_empty()).collect();
        phrases.sort();
        phrases.dedup();
        let mut m = Matcher {
            phrases: Vec::new(),
            ids: rustc_hash::FxHashMap::default(),
            long_ids: rustc_hash::FxHashMap::default(),
            first: Vec::new(),
            next: rustc_hash::FxHashMap::default(),
            // (Node 0, the root, completes nothing.)
            ends: vec![NONE],
        };
        for (i, phrase) in phrases.iter().enumerate() {
            let mut node = 0u32;
            for (x, w) in phrase.split(' ').enumerate() {
                let fresh = (m.ids.len() + m.long_ids.len()) as u32;
                let id = match rasad_text::hash::pack16(w.as_bytes()) {
                    Some(key) => *m.ids.entry(key).or_insert(fresh),
                    None => *m.long_ids.entry(w.to_string()).or_insert(fresh),
                };
                if id == fresh {
                    m.first.push(NONE);
                }
                let child = if x == 0 { m.first[id as usize] } else { m.next.get(&((node as u64) << 32 | id as u64)).copied().unwrap_or(NONE) };
                node = if child != NONE {
                    child
                } else {
                    let made = m.ends.len() as u32;
                    m.ends.push(NONE);
                    if x == 0 {
                        m.first[id as usize] = made;
                    } else {
                        m.next.insert((node as u64) << 32 | id as u64, made);
                    }
                    made
                };
            }
            m.ends[node as usize] = i as u32;
        }
        m.phrases = phrases;
        m
    })
}

/// A substring searcher for a literal, built once per process (building
/// one costs more than most searches of a sentence).
macro_rules! finder {
    ($needle:literal) => {{
        static F: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        &*F
    }};
}

/// Whether `RASAD_DEBUG_EVENTS` is set (read once: the check sits in the
/// per-sentence loop).
fn debug_events() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("RASAD_DEBUG_EVENTS").is_some())
}

/// What stands between a word and the name after it and is read past:
/// blanks, ZWNJs, quote marks and parentheses (`Context::prev_word` and
/// the titles stepped over before a name).
/// (Straight and curly single quotes too: «در دیدار 'جان درامانی ماهاما'».)
fn between_words(c: char) -> bool {
    c.is_whitespace() || matches!(c, '«' | '»' | '"' | '\'' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '(' | ')' | '\u{200C}')
}

/// A letter or digit (fast for the Arabic block and ASCII).
#[inline]
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        rasad_text::chars::is_letter(c) || rasad_text::chars::digit_value(c).is_some()
    } else {
        c.is_alphanumeric()
    }
}

/// Every occurrence of a phrase or marker among the words of folded text
/// `ft` (`toks`, as [`rasad_kb::key::Folded::words`] gives them): start,
/// end and phrase number, in the order of their ends (the longer first of
/// two that end together). A phrase's words follow one another one space
/// apart; a word is a run of letters and digits (`_` parts words here).
fn occurrences(ft: &str, toks: &[(u32, u32)]) -> Vec<(usize, usize, usize)> {
    let split: Vec<(u32, u32)>;
    let toks = if ft.contains('_') {
        split = toks
            .iter()
            .flat_map(|&(s, e)| {
                let mut at = s;
                ft[s as usize..e as usize].split('_').filter_map(move |piece| {
                    let span = (at, at + piece.len() as u32);
                    at = span.1 + 1;
                    (!piece.is_empty()).then_some(span)
                })
            })
            .collect();
        &split
    } else {
        toks
    };
    let m = matcher();
    let b = ft.as_bytes();
    // Each word's number among the phrases' words, looked up once.
    let ids: Vec<u32> = toks.iter().map(|&(s, e)| m.id(&ft[s as usize..e as usize])).collect();
    let mut out = Vec::new();
    for (k, &(s, e)) in toks.iter().enumerate() {
        let Some(&first) = m.first.get(ids[k] as usize) else { continue };
        let (mut node, mut end, mut j) = (first, e as usize, k);
        while node != NONE {
            if m.ends[node as usize] != NONE {
                out.push((s as usize, end, m.ends[node as usize] as usize));
            }
            // The next word, one space after this one.
            j += 1;
            match toks.get(j) {
                Some(&(s1, e1)) if s1 as usize == end + 1 && b[end] == b' ' && ids[j] != NONE => {
                    node = m.next.get(&((node as u64) << 32 | ids[j] as u64)).copied().unwrap_or(NONE);
                    end = e1 as usize;
                }
                _ => break,
            }
        }
    }
    out.sort_unstable_by_key(|&(s, e, _)| (e, std::cmp::Reverse(e - s)));
    out
}

/// Where each phrase of the lexicon and the markers stands in `hay`
/// (folded) as whole words: (position, phrase), from the occurrences of
/// a text that `hay` begins (those that end inside it are its own, so one
/// reading serves a sentence and the part of it before a quotation).
fn hits_within<'a>(hay: &str, found: &[(usize, usize, usize)]) -> Vec<(usize, &'a str)> {
    let m: &'a Matcher = matcher();
    let mut out = Vec::new();
    for &(s, e, p) in found {
        if e > hay.len() {
            continue;
        }
        let ok_before = hay[..s].chars().next_back().is_none_or(|c| !word_char(c));
        let ok_after = hay[e..].chars().next().is_none_or(|c| !word_char(c));
        if ok_before && ok_after {
            out.push((s, m.phrases[p].as_str()));
        }
    }
    out
}

/// Whether `w` is a verb of the speaker's own meeting, told in the first
/// person («… دیدار کردم», «دیدارهای … داشتیم»).
fn first_person_verb(w: &str) -> bool {
    matches!(w, "داشتم" | "داشتیم" | "کردم" | "کردیم")
}

/// The speaker of quotation `q`, when the knowledge base knows them, as a
/// part standing at byte `at` (the sentence they tell of themselves).
fn speaker_part(q: &quotes::Found, at: usize) -> Option<Part> {
    match &q.speaker {
        Some(quotes::Speaker::Kb(i)) => Some(Part { start: at, end: at, actor: Actor::Kb(*i), kind: Kind::PER }),
        _ => None,
    }
}

/// Whether a trip of status `trip` is under way when a meeting of status
/// `meeting` is: the same time, or a meeting to come on a trip under way
/// («راهی استانبول شد … در این سفر با همتای ترک خود دیدار خواهد کرد»).
fn same_time(trip: &str, meeting: &str) -> bool {
    trip == meeting || (trip == "reported" && meeting == "planned")
}

/// Whether a stance phrase speaks in the first person (`حمایت می‌کنیم`,
/// `مخالفیم`, `محکوم می‌کنم`), or is an appraisal (`گامی مثبت`): the only
/// stances a quotation gives its speaker.
fn first_person(phrase: &str) -> bool {
    let mut words = phrase.rsplit([' ', '\u{200C}']);
    let last = words.next().unwrap_or("");
    // (A verdict in «است» is the speaker's too, «… محکوم است», but not a
    // perfect, «حمایت کرده است», whose participle ends in «ه».)
    let verdict = (last == "است" || last == "نیست") && words.next().is_some_and(|w| !w.ends_with('ه'));
    last.ends_with("یم") || last.ends_with("کنم") || last.ends_with("دانم") || phrase.contains("مثبت") || verdict
}

/// The first of `words` that is an ordinal («پنجمین», the last word of «بیست
/// و پنجمین»): what a forum's name follows.
fn ordinal_at(words: &[&str]) -> Option<usize> {
    words.iter().position(|w| w.ends_with("مین"))
}

/// Whether `clause` holds a verb in the past perfect of a trip or a deed
/// («… سفر کرده بود», «… رفته بود», «… وارد بغداد شده بود»).
fn has_pluperfect(clause: &str) -> bool {
    [" کرده بود", " رفته بود", " شده بود"].iter().any(|v| clause.contains(v))
}

/// Whether folded word `w` is a finite verb that closes a clause (`clause-verb`
/// of grammar.tsv, or a plural perfect in «…اند»).
fn clause_verb_word(w: &str) -> bool {
    cues().clause_verb.contains(&w) || w.ends_with("اند")
}

/// Where the first of `marks` stands in `hay` at or after `from` (the end of
/// `hay` if none does): the end of a clause.
fn first_of(hay: &str, from: usize, marks: &[&str]) -> usize {
    marks.iter().filter_map(|m| hay[from..].find(m)).min().map_or(hay.len(), |i| from + i)
}


/// Inputs the extractor reads.
pub struct Context<'a> {
    /// The article's text.
    pub text: &'a str,
    /// The body's byte span.
    pub body: (usize, usize),
    /// Where the headline starts (the body's start when there is none): its
    /// sentences are read after the body's.
    pub head: usize,
    /// Entity mentions.
    pub mentions: &'a [Mention],
    /// Role phrases with their holders.
    pub roles: &'a [RoleMention],
    /// The knowledge base's role words and phrases, folded
    /// ([`rasad_kb::Recognizer::role_words`]).
    pub role_words: &'a rustc_hash::FxHashSet<String>,
    /// Quotations.
    pub quotes: &'a [quotes::Found],
    /// Date expressions, resolved against the publication day.
    pub dates: &'a [Resolved],
    /// The publication days, if known.
    pub published: Option<DayRange>,
    /// With no date, the days the text can be of by the office-holders it
    /// names (first, last).
    pub era: Option<(Day, Day)>,
    /// The knowledge base.
    pub kb: &'a Kb,
    /// The whole text folded ([`rasad_kb::key::fold`]): each sentence is a
    /// slice of it, not folded again.
    pub folded: &'a rasad_kb::key::Folded,
}

#[derive(Clone, Debug)]
struct Part {
    start: usize,
    /// Byte after the mention (or role phrase).
    end: usize,
    actor: Actor,
    kind: Kind,
}

impl Context<'_> {
    /// The mentions in `s..e` as parts, those that are part of another's
    /// post («سفیر سوئیس») too. A body the base lacks («وزارت خارجه برزیل») is
    /// none: its country, named right after, acts for it.
    fn mention_parts(&self, s: usize, e: usize) -> Vec<Part> {
        // Mentions are in text order: start where the sentence does.
        let first = self.mentions.partition_point(|m| m.start < s);
        self.mentions[first..]
            .iter()
            .take_while(|m| m.start < e)
            .filter(|m| m.end <= e)
            .filter_map(|m| {
                let (actor, kind) = match &m.target {
                    Target::New { kind: Kind::ORG, .. } => return None,
                    Target::Kb(i) => (Actor::Kb(*i), self.kb.entries[*i].kind),
                    Target::New { name, kind } => (Actor::Name(name.clone()), *kind),
                };
                Some(Part { start: m.start, end: m.end, actor, kind })
            })
            .collect()
    }

    fn parts_in(&self, s: usize, e: usize) -> Vec<Part> {
        let mut v = self.mention_parts(s, e);
        // A name that is part of another's post («دستیار ولادیمیر پوتین») is
        // no part, and does not stand for the person a role names
        // («… با رئیس جمهوری روسیه ملاقات خواهد کرد» beside it).
        let all_named: Vec<(usize, usize, Actor)> = v.iter().filter(|p| p.kind == Kind::PER).map(|p| (p.start, p.end, p.actor.clone())).collect();
        v.retain(|p| !cues().modifier.contains(&self.prev_word(p.start, s)));
        let first = self.roles.partition_point(|r| r.start < s);
        let named = v.len();
        for r in self.roles[first..].iter().take_while(|r| r.start < e).filter(|r| r.end <= e) {
            if let Some(p) = r.person {
                // A role next to the person's own name adds nothing.
                // Nor one the text names the holder of (a post mention at it).
                // Nor one inside a name («رهبری» of «مجلس خبرگان رهبری»).
                // (Its own name right before it counts even as part of another's
                // post: «دستیار ویژه الهام علیاف رئیس جمهور آذربایجان».)
                // Nor any post right after someone's name: theirs, as written
                // («با «بشار اسد»، رئیس‌جمهوری، …» is not Iran's president, nor
                // «ولید المعلم، وزیر خارجه سوریه» whoever held it on another day).
                let adjacent = |e: usize| self.apposed(e, r.start);
                let beside = |&(_, e, _): &(usize, usize, Actor)| adjacent(e);
                // (The same person on both sides of a speech's colon is named
                // twice: «وی با بیان اینکه رئیس مجلس …، اظهار داشت: رئیس مجلس
                // … سفر خواهد کرد», the quoted clause needs its own.)
                let same_side = |x: &Part| {
                    let (a, b) = if x.end <= r.start { (x.end, r.start) } else { (r.end, x.start.max(r.end)) };
                    !self.text[a..b].contains(':')
                };
                if v.iter().any(|x| x.actor == Actor::Kb(p) && same_side(x)) || all_named.iter().any(beside) || v[..named].iter().any(|x| (x.start == r.start && x.kind == Kind::PER) || (x.start < r.start && r.end <= x.end && x.kind != Kind::PER)) {
                    continue;
                }
                v.push(Part { start: r.start, end: r.end, actor: Actor::Kb(p), kind: Kind::PER });
            }
        }
        v.sort_by_key(|p| p.start);
        v.retain(|p| !cues().modifier.contains(&self.prev_word(p.start, s)) && !cues().aide_domain_before(&self.clause_before(p.start, s, 60)));
        v
    }

    /// The word before byte `s` (quote marks skipped), within the sentence,
    /// folded; `،` when a comma stands right before.
    fn prev_word(&self, s: usize, from: usize) -> &str {
        let before = &self.text[from..s];
        let before = before.trim_end_matches(between_words);
        if before.ends_with(['،', ',']) {
            return "،";
        }
        let start = before.char_indices().rev().find(|&(_, c)| !(word_char(c) || rasad_text::chars::is_diacritic(c) || c == '\u{0640}')).map_or(0, |(i, c)| i + c.len_utf8());
        self.folded.key(from + start, from + before.len())
    }

    /// The word before the place at `s`, past a noun that names what it
    /// is (`place-noun`: «به کشور تاجیکستان» gives «به»).
    fn word_before_place(&self, s: usize, from: usize) -> String {
        // (Three place nouns at most: «وارد شهر مقدس نجف شد», «به دو استان
        // شرق ترکیه».)
        self.word_before_past(s, from, &cues().place_noun, 3)
    }

    /// The text of the clause before `s` (folded, from the last comma,
    /// colon or semicolon), looking back `reach` bytes at most, not past
    /// `from`.
    fn clause_before(&self, s: usize, from: usize, reach: usize) -> &str {
        let lo = (from..=s.saturating_sub(reach).max(from)).find(|&i| self.text.is_char_boundary(i)).unwrap_or(s);
        let before = self.folded.key(lo, s);
        before.rsplit(['،', ',', ':', '؛']).next().unwrap_or("")
    }

    /// Whether the place at `s` is a stop on the way: an `en-route` phrase
    /// among the four words before it, in its clause («در راه عزیمت به مسکو»).
    fn en_route(&self, s: usize, from: usize) -> bool {
        let clause = self.clause_before(s, from, 60);
        let words: Vec<&str> = clause.split(' ').filter(|w| !w.is_empty()).collect();
        let last = format!(" {} ", words[words.len().saturating_sub(4)..].join(" "));
        cues().en_route.iter().any(|p| last.contains(&format!(" {p} ")))
    }

    /// Whether the place at `s` is the seat of a post at a mission abroad
    /// (`mission-post` a few words before «در», no comma between): «سرپرست
    /// سفارت جمهوری اسلامی ایران در کابل».
    fn post_seat(&self, s: usize, from: usize) -> bool {
        let clause = self.clause_before(s, from, 90);
        let words: Vec<&str> = clause.split(' ').filter(|w| !w.is_empty()).collect();
        let Some((&"در", rest)) = words.split_last() else { return false };
        let near = format!(" {} ", rest[rest.len().saturating_sub(5)..].join(" "));
        cues().mission_post.iter().any(|p| near.contains(&format!(" {p} ")))
    }

    /// Whether the name at `s` stands right after a counterpart phrase
    /// (`با همتای عمانی خود بدر البوسعیدی`, `با همتای روس‌اش …`).
    fn after_counterpart(&self, s: usize, from: usize) -> bool {
        let lo = (from..=s.saturating_sub(60).max(from)).find(|&i| self.text.is_char_boundary(i)).unwrap_or(s);
        let before = self.folded.key(lo, s);
        let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
        let n = words.len();
        // «همتای» then at most a demonym and «خود» before the name.
        (1..=3).any(|k| n >= k && words[n - k] == "همتای") && words.last().is_some_and(|w| *w == "خود" || w.ends_with("اش") || *w == "همتای" || words.len() >= 2 && words[n - 2] == "همتای")
    }

    /// Whether `a` is a state or a body (an organization): the actors that
    /// take stances and attack.
    fn is_state_or_body(&self, a: &Actor) -> bool {
        matches!(a, Actor::Kb(i) if self.kb.entries[*i].is_country() || self.kb.entries[*i].kind == Kind::ORG)
    }

    /// Whether `a` is a person (known to the base or only named).
    fn is_person(&self, a: &Actor) -> bool {
        is_person(self.kb, a)
    }

    /// The country whose capital `a` is, if it is one.
    fn state_of_capital(&self, a: &Actor) -> Option<usize> {
        let Actor::Kb(i) = a else { return None };
        let code = self.kb.entries[*i].country.as_deref()?;
        (!self.kb.entries[*i].is_country() && self.kb.capitals.get(code) == Some(i)).then(|| self.country_entry(code)).flatten()
    }

    /// The capital of `a`'s country, if known: where a visit to `a` goes.
    fn capital_of(&self, a: &Actor) -> Option<usize> {
        self.country_of(a).and_then(|c| self.kb.capitals.get(&c).copied())
    }

    /// The subject of a sentence: its first person who is not an object
    /// (after a preposition, or marked by «را» after it: «روسیه را … متهم کرد»).
    fn subject(&self, parts: &[Part], sent_start: usize) -> Option<Part> {
        let (p, joined) = parts.iter().find_map(|p| {
            let prev = self.word_before_titles(p.start, sent_start);
            let joined = prev == "و" && self.joined_post(p, sent_start);
            (p.kind == Kind::PER && (!cues().object.contains(&prev.as_str()) || joined) && !cues().possessed.contains(&prev.as_str()) && !self.marked_object(p)).then_some((p, joined))
        })?;
        // A post whose holder is not known opens the sentence («وزیر خارجه
        // ایران با رییس جمهوری، نخست وزیر … دیدار خواهد کرد»): its subject is
        // that unknown holder, not someone named after it — unless it is
        // joined by «و» to the post that names the subject (one person).
        let lo = self.roles.partition_point(|r| r.start < sent_start);
        let unknown_head = !joined && self.roles[lo..].iter().take_while(|r| r.start < p.start).any(|r| r.person.is_none() && !r.pair && self.text.get(sent_start..r.start).is_some_and(|g| g.trim().is_empty()));
        (!unknown_head).then(|| p.clone())
    }

    /// Whether the post naming `p` is joined by «و» to a post heading the
    /// sentence («نماینده مقام معظم رهبری و دبیر شورای عالی امنیت ملی …»):
    /// two posts of one person, the subject.
    fn joined_post(&self, p: &Part, sent_start: usize) -> bool {
        let Some(head) = self.text.get(sent_start..p.start).and_then(|h| h.trim_end().strip_suffix("و")).map(str::trim) else { return false };
        let words = head.split_whitespace().count();
        // A post that heads its own title, or a post of the base, first.
        head.split_whitespace().next().is_some_and(|w| cues().post_head.contains(&w)) && words <= 6
            || self.roles[self.roles.partition_point(|r| r.start < sent_start)..]
                .iter()
                .take_while(|r| r.end <= p.start)
                .any(|r| self.text.get(sent_start..r.start).is_some_and(|g| g.trim().is_empty()) && self.text.get(r.end..p.start).is_some_and(|g| g.trim() == "و"))
    }

    /// Whether a post starting at byte `start` stands right after a name
    /// ending at `end`, only blanks, commas and quote marks between: it is
    /// that name's («بشار اسد، رئیس‌جمهوری»).
    fn apposed(&self, end: usize, start: usize) -> bool {
        end <= start && self.text[end..start].chars().all(|c| c.is_whitespace() || matches!(c, '،' | ',' | '»' | '«' | '\u{200C}'))
    }

    /// Whether the part is the country of the post written right after a
    /// person's name («رجب طیب اردوغان رئیس جمهور ترکیه»): it tells who the
    /// person is, and is no actor of its own.
    fn post_of_person(&self, p: &Part) -> bool {
        let first = self.roles.partition_point(|r| r.end < p.end);
        self.roles[first..].iter().take_while(|r| r.start <= p.start).any(|r| {
            r.end >= p.end
                && self.mentions[..self.mentions.partition_point(|m| m.end <= r.start)].last().is_some_and(|m| {
                    // (Known or not: «حیان عبدالغنی، وزیر نفت عراق».)
                    (matches!(&m.target, Target::Kb(i) if self.kb.entries[*i].kind == Kind::PER) || matches!(&m.target, Target::New { kind: Kind::PER, .. }))
                        && self.apposed(m.end, r.start)
                })
        })
    }

    /// Whether «و» right before `s` follows a finite verb (`reporting-verb`
    /// in grammar.tsv: «است», «کرد», «شد» …): it joins two clauses, and
    /// what follows it opens the second.
    fn after_clause_end(&self, s: usize, from: usize) -> bool {
        let before = self.text.get(from..s).unwrap_or("").trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200C}');
        before
            .strip_suffix("و")
            .filter(|b| b.ends_with(char::is_whitespace))
            .and_then(|b| b.trim_end().rsplit(char::is_whitespace).next())
            .is_some_and(|w| cues().reporting_verb.contains(&w))
    }

    /// Whether «را» follows the mention (past closing quotes): an object.
    fn marked_object(&self, p: &Part) -> bool {
        let after = self.text.get(p.end..).unwrap_or("").trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '"' | '\u{200C}'));
        after.strip_prefix("را").is_some_and(|r| !r.chars().next().is_some_and(|c| c.is_alphabetic()))
    }

    /// The word before `s`, past any titles (`از سوی آقای خاتمی` → `سوی`).
    fn word_before_titles(&self, s: usize, from: usize) -> String {
        self.word_before_past(s, from, &cues().title, 3)
    }

    /// The word before `s`, stepping back over at most `most` words of
    /// `skip` (titles, place nouns).
    fn word_before_past(&self, s: usize, from: usize, skip: &[&str], most: usize) -> String {
        let mut at = s;
        for _ in 0..most {
            let w = self.prev_word(at, from);
            if !skip.contains(&w) {
                return w.to_string();
            }
            // Step back over the skipped word itself (and the quote marks
            // that `prev_word` passes over: «امیر سرتیپ خلبان «عزیز …»»).
            let before = self.text[from..at].trim_end_matches(between_words);
            let Some(i) = before.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map(|(i, _)| i) else { return String::new() };
            at = from + i;
        }
        self.prev_word(at, from).to_string()
    }

    /// The knowledge base's entry of the country with ISO code `code`.
    fn country_entry(&self, code: &str) -> Option<usize> {
        self.kb.country(code)
    }

    fn country_of(&self, a: &Actor) -> Option<String> {
        match a {
            Actor::Kb(i) => self.kb.entries[*i].country.clone(),
            Actor::Name(_) => self.home_written(a),
        }
    }

    /// The country of a person from the post the text names them with at
    /// any of their mentions: a role right after the name, ending in a
    /// country («محمد بن عبدالله العایش» معاون وزیر دفاع عربستان سعودی) or
    /// in «کشورمان» («محمد عباسی وزیر ورزش و جوانان کشورمان»). For a person
    /// the base lacks, their only country; for one of the base with no
    /// tenure in it, what makes them a state's voice («کاظم جلالی سفیر
    /// جمهوری اسلامی ایران در …»).
    fn home_written(&self, who: &Actor) -> Option<String> {
        self.mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.how != rasad_kb::How::Post
                    && match (&m.target, who) {
                        (Target::Kb(j), Actor::Kb(i)) => i == j,
                        (Target::New { name, kind: Kind::PER }, Actor::Name(n)) => name == n,
                        _ => false,
                    }
            })
            .find_map(|(i, _)| self.home_at(i))
    }

    /// [`Context::home_written`] at mention `i`.
    fn home_at(&self, i: usize) -> Option<String> {
        // …or a post before the name, its country right before it («وزیر
        // امور خارجه عراق محمدعلی الحکیم»).
        if let Some(prev) = i.checked_sub(1).map(|k| &self.mentions[k]) {
            if let Target::Kb(c) = prev.target {
                let gap = &self.text[prev.end..self.mentions[i].start];
                let line_start = self.text[..prev.start].rfind(['\n', '.', '،']).map_or(0, |k| k + 1);
                let mut from = line_start.max(prev.start.saturating_sub(80));
                while !self.text.is_char_boundary(from) {
                    from += 1;
                }
                let before = self.folded.key(from, prev.start);
                let role = before.split(' ').rev().take(5).any(|w| self.role_words.contains(w));
                if self.kb.entries[c].is_country() && gap.trim().is_empty() && !gap.contains('\n') && role {
                    return self.kb.entries[c].country.clone();
                }
            }
        }
        let end = self.mentions[i].end;
        // The post after the name, up to the next mention.
        let next = self.mentions.get(i + 1);
        let between = &self.text[end..next.map_or(self.text.len(), |n| n.start)];
        let lead = between.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '"' | '”' | '،' | ',' | '\u{200C}'));
        let lead_at = end + (between.len() - lead.len());
        // (The first word alone read first: most names go on with no post.)
        let first = lead.split(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '.' | ':')).next().unwrap_or("");
        // «X، همتای برزیلی خود»: the counterpart's country, its people's word.
        if matches!(first, "همتای" | "همتا") {
            let upto = lead.char_indices().nth(40).map_or(lead.len(), |(k, _)| k);
            let post = self.folded.key(lead_at, lead_at + upto);
            return post.split(' ').nth(1).and_then(|w| self.kb.demonyms.get(w)).cloned();
        }
        if first.is_empty() || !self.folded.key(lead_at, lead_at + first.len()).split(' ').next().is_some_and(|w| self.role_words.contains(w)) {
            return None;
        }
        let post = self.folded.key(lead_at, lead_at + lead.len());
        let head = post.split(' ').next().unwrap_or("");
        if !self.role_words.contains(head) {
            return None;
        }
        // A country named by a word the base lists as its people's or as
        // «ours» within the post's clause («… وزیر ورزش و جوانان کشورمان»).
        let clause = post.split(['\n', ':', '.', '،', '؛']).next().unwrap_or("");
        if let Some(c) = clause.split(' ').skip(1).take(10).find_map(|w| self.kb.demonyms.get(w)) {
            return Some(c.clone());
        }
        // «این کشور» in the post («… وزارت دفاع روسیه اعلام کرد که "X"
        // معاون وزیر دفاع این کشور»): the country last named before.
        let words: Vec<&str> = clause.split(' ').take(11).collect();
        if words.windows(2).skip(1).any(|w| w == ["این", "کشور"]) {
            let start = self.mentions[i].start;
            return self.mentions[..i]
                .iter()
                .rev()
                .take_while(|m| start.saturating_sub(m.end) < 400)
                .find_map(|m| match m.target {
                    Target::Kb(c) if self.kb.entries[c].is_country() => self.kb.entries[c].country.clone(),
                    _ => None,
                });
        }
        // (A long post is still one clause: «رئیس کمیته دولتی همکاری‌های
        // نظامی ـ صنعتی جمهوری بلاروس».)
        let next = next?;
        if between.len() > 120 || between.contains(['\n', ':', '.']) {
            return None;
        }
        let Target::Kb(c) = next.target else { return None };
        // A post of a known person's (`نماینده ویژه رئیسی`): their country.
        if self.kb.entries[c].kind == Kind::PER {
            return self.kb.entries[c].country.clone();
        }
        // (A country after «امور» is a portfolio, not a home: «نماینده
        // ویژه … در امور افغانستان».)
        // (A province's post is its country's too: «استاندار استان خراسان
        // شمالی».)
        let province = self.kb.entries[c].id.starts_with("province:");
        if !(self.kb.entries[c].is_country() || province) || post.trim_end().ends_with("امور") {
            return None;
        }
        self.kb.entries[c].country.clone()
    }

    /// The person named in `from..until` (the next sentences) with the
    /// post the subject's name is written with, in `country` («… وزیر
    /// ورزش چین» right after the name): the counterpart a «همتای …» phrase
    /// meant, where the base knows neither.
    fn counterpart_named_after(&self, subject: &Part, country: &str, from: usize, until: usize) -> Option<Actor> {
        let post_after = |end: usize| {
            let first = self.roles.partition_point(|r| r.start < end);
            self.roles.get(first).filter(|r| self.apposed(end, r.start))
        };
        let own = post_after(subject.end)?;
        self.mention_parts(from, until).into_iter().filter(|p| p.kind == Kind::PER).find_map(|p| {
            let r = post_after(p.end)?;
            (r.office == own.office && r.country_written && r.country.eq_ignore_ascii_case(country) && !own.country.eq_ignore_ascii_case(country)).then_some(p.actor)
        })
    }

    /// The one person the article writes as a counterpart from `country`
    /// anywhere («پس از دیدار با «نیکوس کوجی یا» همتای یونانی خود»): whom
    /// a «همتای یونانی خود» of another sentence means, where the base knows
    /// no one.
    fn counterpart_written(&self, subject: &Actor, country: &str) -> Option<Actor> {
        let mut found = self.mention_parts(0, self.text.len()).into_iter().filter(|p| p.kind == Kind::PER && p.actor != *subject).filter(|p| {
            let after = self.text[p.end..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '"' | '،' | ','));
            after.starts_with("همتای") && self.country_of(&p.actor).is_some_and(|c| c.eq_ignore_ascii_case(country))
        });
        let first = found.next()?.actor;
        found.all(|p| p.actor == first).then_some(first)
    }

    /// The counterpart of `subject` in `country` on `day`: the holder of
    /// the subject's office there.
    fn counterpart(&self, subject: &Actor, country: &str, day: Option<Day>) -> Option<usize> {
        let Actor::Kb(p) = subject else { return None };
        let Some(day) = day else {
            // No date: a person the article names who held one of the
            // subject's offices in that country («در پاسخ به دعوت احمد داود
            // اوغلو همتای ترک خود» in an undated report).
            // (A contemporary: their tenures overlap — not Khamenei, president
            // in the 1980s, as Maduro's counterpart.)
            let own: Vec<&rasad_kb::Tenure> = self.kb.tenures.iter().filter(|t| t.person == *p).collect();
            let held = |q: usize| {
                self.kb.tenures.iter().any(|t| t.person == q && t.country.eq_ignore_ascii_case(country) && own.iter().any(|o| o.office == t.office && o.overlaps(t)))
            };
            let mut named = self.mentions.iter().filter_map(|m| match m.target {
                Target::Kb(q) if q != *p && held(q) => Some(q),
                _ => None,
            });
            if let Some(first) = named.next() {
                return named.all(|q| q == first).then_some(first);
            }
            // …else the one holder there over the era the text tells.
            let (lo, hi) = self.era?;
            let at = |d: Day| {
                let office = &own.iter().find(|t| t.from <= d && t.to.is_none_or(|to| d <= to))?.office;
                self.kb.holder(office, country, d)
            };
            let first = at(lo)?;
            return (at(hi) == Some(first)).then_some(first);
        };
        let office = self.kb.tenures.iter().find(|t| t.person == *p && t.from <= day && t.to.is_none_or(|to| day <= to))?.office.clone();
        self.kb.holder(&office, country, day)
    }
}

/// Where the clause holding byte `at` of the folded sentence starts: after
/// the last «،», «:» or «؛» before it, and not inside the credit that opens
/// the report (which ends at `credit_end`).
fn clause_start(folded: &str, at: usize, credit_end: usize) -> usize {
    folded[..at].char_indices().rev().find(|&(_, c)| matches!(c, '،' | ':' | '؛')).map_or(0, |(i, c)| i + c.len_utf8()).max(credit_end.min(at))
}

/// Events of the article.
pub fn find(cx: &Context<'_>) -> Vec<Found> {
    let (planned, background, negation, topic, _, not_background) = marker_lists();
    let text = cx.text;
    let mut out: Vec<Found> = Vec::new();
    // Sentences whose meetings a speaker tells in the first person (their
    // starts): such a meeting also told in the narrative is that one.
    let mut own_told: Vec<usize> = Vec::new();
    let mut current: Option<Part> = None; // the person the article is about
    // Trips: traveller and place, as the article tells them.
    let mut trips: Vec<(Actor, usize)> = Vec::new();
    // Trips abroad with no one named met in their sentence («پوتین به چین
    // سفر می‌کند»): a visit to the country, kept at the end unless the
    // article tells whom the traveller met there. (event, destination country)
    let mut lone_trips: Vec<(Found, String)> = Vec::new();
    // Cities abroad a person is told leaving («قاهره را به سمت بیروت ترک
    // کرد», «استانبول را به مقصد تهران ترک کرد»): they were there. The
    // person, the city, its country.
    let mut left_cities: Vec<(Actor, usize, String)> = Vec::new();
    // The city of the last forum the article placed («اجلاس سران … در
    // آستانه آغاز به کار کرد»): where a meeting «در حاشیه این اجلاس» was.
    let mut forum_place: Option<usize> = None;
    // The parties of the meetings and calls found so far, and how many of
    // `out` they cover.
    let mut met_before: rustc_hash::FxHashSet<Actor> = rustc_hash::FxHashSet::default();
    let mut met_seen = 0;
    // The two people of the meeting or call told last, if it had two.
    let mut last_two: Option<(Actor, Actor)> = None;
    // The one a sentence tells speaking «در این تماس تلفنی» (or «در این
    // دیدار») when no call or meeting has been told before and the sentence
    // names no other party: the next such sentence's subject is the other
    // («X در این تماس تلفنی … گفت … Y نیز در این تماس تلفنی گفت»).
    let mut untold_party: Option<(Actor, &str)> = None;
    // The knowledge base's demonyms folded for matching (form, country), in
    // the table's order: made once per article, when a sentence first needs
    // them («همتای ترک خود», «با مقامات ایرانی»).
    let folded_demonyms: std::cell::OnceCell<Vec<(String, &String)>> = std::cell::OnceCell::new();
    let demonyms = || folded_demonyms.get_or_init(|| cx.kb.demonyms.iter().map(|(d, c)| (match_key(d), c)).collect());
    let body = &text[cx.body.0..cx.body.1];
    let mut sents: Vec<(usize, usize)> = rasad_text::sentences(body).into_iter().map(|s| (cx.body.0 + s.start, cx.body.0 + s.end)).collect();
    let head = cx.head.min(cx.body.0);
    if head < cx.body.0 {
        sents.extend(rasad_text::sentences(&text[head..cx.body.0]).into_iter().map(|s| (head + s.start, head + s.end)));
    }
    // A paragraph break ends a sentence too.
    sents = sents
        .into_iter()
        .flat_map(|(s, e)| {
            let mut v = Vec::new();
            let mut a = s;
            for (i, _) in text[s..e].match_indices('\n') {
                if s + i > a {
                    v.push((a, s + i));
                }
                a = s + i + 1;
            }
            if e > a {
                v.push((a, e));
            }
            v
        })
        .collect();
    // Descriptions that follow a person's name («مهدی صفری معاون دیپلماسی
    // اقتصادی …»): the same words alone later refer to that person.
    // The country a description starting at raw offset `at` names within
    // its first words, on its clause («وزیر امور خارجه عراق»): a post of
    // that country, not another's.
    let country_after = |at: usize| -> Option<String> {
        cx.mentions
            .iter()
            .filter(|x| x.start >= at && x.start <= at + 60)
            .find(|x| matches!(x.target, Target::Kb(i) if cx.kb.entries[i].is_country()))
            .filter(|x| !text[at..x.start].contains(['،', ',', '.', '\n', ':']))
            .and_then(|x| if let Target::Kb(i) = x.target { cx.kb.entries[i].country.clone() } else { None })
    };
    // (description, person, where it ends, its country)
    let mut descriptors: Vec<(String, Actor, usize, Option<String>)> = Vec::new();
    for m in cx.mentions {
        let actor = match &m.target {
            Target::Kb(i) if cx.kb.entries[*i].kind == Kind::PER => Actor::Kb(*i),
            Target::New { name, kind: Kind::PER } => Actor::Name(name.clone()),
            _ => continue,
        };
        let after = clip(text, m.end, 200);
        // …on the name's line.
        let folded = match_key(after.trim_start_matches(|c: char| (c.is_whitespace() && c != '\n') || c == '،' || c == ',' || c == '»'));
        let words: Vec<&str> = folded.split(' ').take_while(|w| w.chars().all(word_char) && !w.is_empty()).take(3).collect();
        if words.len() >= 2 && cx.role_words.contains(words[0]) {
            let d = words[..2].join(" ");
            // One entry per description: the latest person it follows.
            descriptors.retain(|(x, ..)| *x != d);
            descriptors.push((d, actor, m.end, country_after(m.end)));
        }
    }
    // One reading of the text finds every phrase and marker.
    let all_found = {
        let ft = cx.folded.text.as_str();
        match cx.folded.words() {
            Some(words) => occurrences(ft, words),
            None => occurrences(ft, &rasad_kb::key::words_of(ft)),
        }
    };
    // The start of the `n`-th sentence before the one at `ss`, in the order
    // of the text (the headline's sentences come last in `sents`).
    let starts: Vec<usize> = {
        let mut v: Vec<usize> = sents.iter().map(|&(a, _)| a).collect();
        v.sort_unstable();
        v
    };
    let start_before = |ss: usize, n: usize| starts.partition_point(|&a| a < ss).checked_sub(n).map(|i| starts[i]);
    // The date the sentence last read told (for a meeting «in this
    // meeting», the sentence before's).
    let mut last_date: Option<DayRange> = None;
    for &(ss, se) in &sents {
        let (out_from, trips_from) = (out.len(), lone_trips.len());
        let (fs, fe) = (cx.folded.folded_at(ss), cx.folded.folded_at(se));
        let folded = &cx.folded.text[fs..fe.max(fs)];
        // Where the credit that opens a report ends («به گزارش …،»): actors
        // inside it are the outlet's sources, not the sentence's.
        // (A semicolon may end it too: «به گزارش X خبرنگار … از مسکو؛ …».)
        let credit_end = if folded.starts_with("به گزارش") { folded.find(['،', '؛']).unwrap_or(0) } else { 0 };
        // Folded offset of a raw byte offset inside the sentence.
        let folded_at = |raw: usize| -> usize { cx.folded.folded_at(raw).saturating_sub(fs).min(folded.len()) };
        let mut parts = cx.parts_in(ss, se);
        // «… سفری به این کشور داشت», no country named before it in the
        // sentence: the country the text named last, within the two
        // sentences before, that is not the home of one named before it here
        // («رئیس جمهور کشورمان … سفری به این کشور آسیای مرکزی داشت» after a
        // sentence on Uzbekistan's president).
        if let Some(k) = finder!("به این کشور").find(folded.as_bytes()) {
            let at = k + "به ".len();
            let is_country = |a: &Actor| matches!(a, Actor::Kb(i) if cx.kb.entries[*i].is_country());
            if !parts.iter().any(|p| folded_at(p.start) < at && is_country(&p.actor)) {
                let homes: Vec<String> = parts.iter().filter(|p| folded_at(p.start) < at && p.kind == Kind::PER).filter_map(|p| cx.country_of(&p.actor)).collect();
                let window = start_before(ss, 2).or_else(|| start_before(ss, 1)).unwrap_or(ss);
                let hi = cx.mentions.partition_point(|m| m.start < ss);
                let before = &cx.mentions[cx.mentions.partition_point(|m| m.start < window.min(ss)).min(hi)..hi];
                let named = before.iter().rev().find_map(|m| match m.target {
                    Target::Kb(i) if cx.kb.entries[i].is_country() && cx.kb.entries[i].country.as_ref().is_some_and(|c| !homes.contains(c)) => Some(i),
                    _ => None,
                });
                if let Some(c) = named {
                    let (a, b) = (cx.folded.original(fs + at), cx.folded.original(fs + at + "این کشور".len()));
                    parts.push(Part { start: a, end: b, actor: Actor::Kb(c), kind: Kind::GPE });
                    parts.sort_by_key(|p| p.start);
                }
            }
        }
        let parts = parts;
        // «در این دیدار که در محل استانداری استانبول … صورت گرفت»: where
        // the meeting told in the sentence before was held, when that
        // sentence named no place (or only guessed the capital).
        {
            let head = folded.get(credit_end..).unwrap_or("").trim_start_matches(['،', ' ']);
            let rest = cues().this_meeting.iter().find_map(|p| head.strip_prefix(p).and_then(|r| r.strip_prefix(" که ")));
            let from = rest.map(|r| folded.len() - r.len());
            let to = rest.and_then(|r| cues().held_verb.iter().filter_map(|v| r.find(v)).min()).zip(from).map(|(k, f)| f + k);
            let city = from.zip(to).and_then(|(from, to)| {
                parts.iter().find_map(|p| {
                    let at = folded_at(p.start);
                    let Actor::Kb(i) = p.actor else { return None };
                    if at <= from || at >= to || cx.kb.entries[i].kind != Kind::GPE || cx.kb.entries[i].is_country() {
                        return None;
                    }
                    // «در» and at most three words (place nouns) before it.
                    let words: Vec<&str> = folded[from..at].split(' ').filter(|w| !w.is_empty()).collect();
                    let d = words.iter().rposition(|w| *w == "در")?;
                    (words.len() - d - 1 <= 3 && !words[d..].iter().any(|w| w.contains(['،', ',']))).then_some(i)
                })
            });
            let before = start_before(ss, 1);
            if let Some((city, before)) = city.zip(before) {
                if let Some(o) = out.iter_mut().rev().find(|o| o.kind == "CONSULT" && o.evidence.0 >= before && o.evidence.1 <= ss) {
                    if o.place.is_none() || o.place_implied {
                        o.place = Some(city);
                        o.place_implied = false;
                    }
                }
            }
        }
        let pronoun_subject = ["وی ", "او ", "ایشان "].iter().any(|p| folded.starts_with(p)) || finder!(" وی ").find(folded.as_bytes()).is_some() && cx.subject(&parts, ss).is_none();
        // A description seen after a name, at the head of the sentence.
        // (Only a comma no one is named before: «به گزارش …، معاون اول …»,
        // not «X … با Y و Z، معاون اول … دیدار کرده بود».)
        let after_comma = if descriptors.is_empty() {
            None
        } else {
            folded.find("، ").filter(|&c| !parts.iter().any(|p| p.kind == Kind::PER && folded_at(p.start) < c)).map(|c| &folded[c + "، ".len()..])
        };
        // (Told before the sentence, and of the same country: «وزیر امور
        // خارجه عراق» is not the Iranian minister described so.)
        let described = descriptors
            .iter()
            .rev()
            .filter(|(.., end, _)| *end <= ss)
            .find_map(|(d, a, _, country)| {
                let at = if folded.starts_with(d.as_str()) {
                    ss
                } else {
                    let c = after_comma.filter(|r| r.starts_with(d.as_str()))?;
                    cx.folded.original(fs + (folded.len() - c.len()))
                };
                (country_after(at) == *country).then(|| Part { start: ss, end: ss, actor: a.clone(), kind: Kind::PER })
            });
        // A sentence opening with a pronoun («وی قرار است … با X، Y … دیدار
        // کند»), past any credit, is about the one last spoken of, whoever
        // else it names.
        let opens_with_pronoun = {
            let head = folded.get(credit_end..).unwrap_or("").trim_start_matches(['،', ' ']);
            // (Past a credit to the report itself: «بر اساس این گزارش، این
            // مقام … دیدار می‌کند».)
            // (The narrator's credits of grammar.tsv, a comma right after.)
            let head = cues().narrator_credit.iter().find_map(|c| head.strip_prefix(c)?.strip_prefix('،')).map_or(head, str::trim_start);
            let opens = |h: &str| cues().opening_pronoun.iter().any(|p| h.strip_prefix(p).is_some_and(|r| r.starts_with(' ')));
            // (Or the clause a body's word opens: «وزارت خارجه طالبان می‌گوید
            // این هیات … عازم عشق‌آباد شد».)
            // (Its first clause only, and only where a verb of saying
            // stands: one pass over most sentences.)
            let said = || {
                let h = &head[..head.find(['،', ':', '؛', '.']).unwrap_or(head.len())];
                (h.contains("گوید") || h.contains("اعلام")) && [" میگوید ", " می گوید ", " اعلام کرد ", " اعلام کرده است "].iter().filter_map(|v| h.find(v).map(|i| i + v.len())).min().is_some_and(|i| {
                    let r = &h[i..];
                    opens(r.strip_prefix("که ").unwrap_or(r))
                })
            };
            opens(head) || said()
                // («مشاور رئیس مجلس همچنین با X دیدار کرد»: the aide, told of before.)
                || (cues().aide.iter().any(|a| head.strip_prefix(a).is_some_and(|r| r.starts_with(' '))) && current.is_some())
        };
        // A sentence opening with a state's or a body's delegation («هیئت
        // پارلمانی ژاپن با X دیدار کرد», «هیات پارلمانی اروپا …»): that
        // state or body is the subject (three words at most before it).
        let delegation_subject = || {
            let p = parts.iter().find(|p| folded_at(p.start) >= credit_end)?;
            let head = folded.get(credit_end..folded_at(p.start))?.trim_start_matches(['،', ' ']);
            let named = folded.get(folded_at(p.start)..).unwrap_or("");
            let mut words = head.split(' ').filter(|w| !w.is_empty());
            let opens = match words.next() {
                Some(w) => cues().delegation.contains(&w) && words.count() <= 2 && !head.contains(['،', ':', '؛']),
                None => cues().delegation.iter().any(|d| named.strip_prefix(d).is_some_and(|r| r.starts_with(' '))),
            };
            (opens && cx.is_state_or_body(&p.actor)).then(|| p.clone())
        };
        // …or with a state's officials unnamed («مقامات پاکستانی موافقت خود
        // را … اعلام کردند»): that state. (The state whose officials open
        // the folded text from `from`.)
        let officials_at = |from: usize| {
            let head = folded.get(from..)?.trim_start_matches(['،', ' ']);
            let rest = cues().officials.iter().find_map(|o| head.strip_prefix(o).and_then(|r| r.strip_prefix(' ')))?;
            let c = demonyms().iter().filter(|(d, _)| d.len() > 2).find(|(d, _)| rest.starts_with(d.as_str()) && !rest[d.len()..].chars().next().is_some_and(char::is_alphanumeric)).map(|(_, c)| *c)?;
            cx.country_entry(c)
        };
        let officials_subject = || officials_at(credit_end).map(|k| Part { start: ss, end: ss, actor: Actor::Kb(k), kind: Kind::GPE });
        let subject = (if opens_with_pronoun { current.clone() } else { None })
            .or_else(|| cx.subject(&parts, ss))
            .filter(|p| described.is_none() || p.start < ss + 2)
            .or(described)
            .or_else(delegation_subject)
            .or_else(officials_subject)
            .or_else(|| if pronoun_subject || parts.iter().all(|p| p.kind != Kind::PER) { current.clone() } else { None });
        // «واعظی: ظریف به چین می‌رود»: a title's speaker right before a
        // colon; the clause after it has its own subject, when it names one.
        let subject = match subject.as_ref().filter(|p| p.start >= ss && cx.text.get(p.end..se).is_some_and(|r| r.trim_start_matches([' ', '\u{200C}']).starts_with(':'))) {
            Some(p) => {
                let colon = p.end + cx.text[p.end..se].find(':').unwrap_or(0) + 1;
                let after: Vec<Part> = parts.iter().filter(|q| q.start >= colon).cloned().collect();
                cx.subject(&after, colon).or(subject)
            }
            None => subject,
        };
        // The phrases and markers of the sentence: those of the text that
        // start and end in it.
        let found: Vec<(usize, usize, usize)> = {
            let (lo, hi) = (all_found.partition_point(|h| h.1 < fs), all_found.partition_point(|h| h.1 <= fe));
            all_found[lo..hi].iter().filter(|h| h.0 >= fs).map(|&(s, e, p)| (s - fs, e - fs, p)).collect()
        };
        let mut sent_hits = hits_within(folded, &found);
        mask_not_planned(&mut sent_hits);
        let sent_hits = sent_hits;
        // (Past one that points back, «این دیدار بعد از دیدار امروز X با Y
        // برنامه‌ریزی شد», to the next that tells one.)
        let first_at = |phrase: &str| {
            let back = |at: usize| matches!(folded.get(..at).unwrap_or("").trim_end().rsplit(' ').next(), Some("این" | "آن" | "همین" | "همان"));
            let at = sent_hits.iter().filter(|(_, p)| *p == phrase).map(|h| h.0);
            at.clone().filter(|&a| !back(a)).min().or_else(|| at.min())
        };
        // The lexicon's entries the sentence holds, in lexicon order (longest
        // first), one per frame and type: looked up by phrase, not by a scan
        // of the whole lexicon per sentence.
        let mut held: Vec<usize> = sent_hits.iter().flat_map(|(_, p)| lexicon_index().get(*p).map_or(&[][..], |v| v.as_slice()).iter().copied()).collect();
        held.sort_unstable();
        held.dedup();
        // «… وارد تهران شد و در بدو ورود … مورد استقبال X قرار گرفت»: the
        // arrival adjunct (a trip phrase holding an `arrival` word) yields to
        // the arrival verb the sentence holds (a `preverb`), whose place it is.
        let arrival_adjunct = |l: &Lex| l.frame == "visit" && cues().arrival.iter().any(|w| l.phrase.contains(w));
        let verb_held = held.iter().any(|&i| lexicon()[i].frame == "visit" && cues().preverb.contains(&lexicon()[i].phrase.as_str()));
        let mut frames: Vec<&Lex> = Vec::new();
        for l in held.into_iter().map(|i| &lexicon()[i]) {
            if verb_held && arrival_adjunct(l) {
                continue;
            }
            if !frames.iter().any(|f| f.frame == l.frame && f.kind == l.kind) {
                frames.push(l);
            }
        }
        // (A meeting «در حاشیه این اجلاس» is where the forum told before was;
        // a forum told with a city after «در» is the next such one's.)
        // («در حاشیه نشست آستانه»: a forum named by its city.)
        let city_after = |p: &Part, w: &dyn Fn(&str) -> bool| p.kind == Kind::GPE && w(&cx.prev_word(p.start, ss)) && matches!(&p.actor, Actor::Kb(i) if !cx.kb.entries[*i].is_country());
        // («در جریان اجلاس», «در جریان این نشست»: during the forum told
        // before, like «در حاشیه این اجلاس».)
        // (Only sentences with «در حاشیه», or «در جریان» and a forum noun,
        // look further, and only those with a city after «در» look for a
        // forum noun: this runs on every sentence.)
        let during_forum = || {
            finder!("در جریان ").find(folded.as_bytes()).filter(|&h| {
                let mut next = folded[h + "در جریان ".len()..].split(' ');
                let w = next.next().unwrap_or("");
                let w = if w == "این" || w == "همین" { next.next().unwrap_or("") } else { w };
                cues().forum_noun.contains(&w)
            })
        };
        let sideline_place = finder!("در حاشیه ").find(folded.as_bytes()).map(|h| (h, false)).or_else(|| during_forum().map(|h| (h, true))).and_then(|(h, during)| {
            match parts.iter().find(|p| folded_at(p.start) > h && city_after(p, &|w| cues().forum_noun.contains(&w))).map(|p| &p.actor) {
                Some(Actor::Kb(i)) => Some(*i),
                // (The forum told earlier in the sentence, in a city or a
                // country: «که برای شرکت در نشست … در روسیه به سر می‌برد، در
                // حاشیه این نشست …».)
                _ if during || ["در حاشیه این ", "در حاشیه همین "].iter().any(|x| folded[h..].contains(x)) => parts
                    .iter()
                    .take_while(|p| folded_at(p.start) < h)
                    .filter(|p| p.kind == Kind::GPE && cx.prev_word(p.start, ss) == "در")
                    .last()
                    .and_then(|p| match p.actor {
                        Actor::Kb(i) => Some(i),
                        _ => None,
                    })
                    .or(forum_place),
                // («در حاشیه مجمع عمومی سازمان ملل»: a forum that always
                // meets in one city, named with no city.)
                _ => parts.iter().filter(|p| folded_at(p.start) > h).find_map(|p| match p.actor {
                    Actor::Kb(i) => cx.kb.seats.get(&i).copied(),
                    _ => None,
                }),
            }
        });
        if let Some(Actor::Kb(i)) = parts.iter().find(|p| city_after(p, &|w| w == "در")).map(|p| &p.actor) {
            if folded.split(' ').any(|w| cues().forum_noun.contains(&w)) {
                forum_place = Some(*i);
            }
        }
        // The sentence's date: its first day-, range- or month-precise expression.
        // (The dates are in text order: those of the sentence are a slice.)
        // The sentence's dates: those starting in it (in text order, a slice).
        let sent_dates = {
            let lo = cx.dates.partition_point(|d| d.expr.start < ss);
            &cx.dates[lo..lo + cx.dates[lo..].partition_point(|d| d.expr.start < se)]
        };
        let chosen = sent_dates
            .iter()
            .filter(|d| d.expr.end <= se)
            // Not the city of the credit («به گزارش خبرنگار فارس در دوشنبه،»).
            .filter(|d| folded_at(d.expr.start) >= credit_end || !(cx.text[ss..d.expr.start].ends_with("در ") && !cx.text[d.expr.start..d.expr.end].contains(' ')))
            // Nor an outlet named like a date («به گزارش ۸دی،»).
            .filter(|d| !cx.text[ss..d.expr.start].trim_end().ends_with("به گزارش"))
            // Nor the start of a span up to now («از زمان آغاز جنگ … در سال
            // ۲۰۱۱»): a `since` phrase within eight words before, no comma between.
            .filter(|d| {
                let head = folded[..folded_at(d.expr.start).min(folded.len())].trim_end();
                let near = head.match_indices(' ').rev().nth(8).map_or(0, |(i, _)| i);
                let near = &head[near..];
                !cues().since.iter().any(|m| near.rfind(m).is_some_and(|i| !near[i..].contains(['،', ',', ':', '؛'])))
            })
            .filter(|d| !cx.quotes.iter().any(|q| q.start <= d.expr.start && d.expr.end <= q.end))
            .filter(|d| {
                matches!(d.precision, Precision::Day | Precision::Range | Precision::Month)
                    // A bare year only as the time of the clause («در سال ۱۳۸۸ به ایران سفر کرد»), not as
                    // a name's («برجام سال ۲۰۱۵»).
                    || (matches!(d.precision, Precision::Year) && cx.text[ss..d.expr.start].ends_with("در "))
            })
            .filter(|d| d.value.is_some())
            .min_by_key(|d| (matches!(d.precision, Precision::Year), d.expr.start));
        // (Where it stands, in the folded sentence.)
        let date_at = chosen.map(|d| folded_at(d.expr.start));
        let date = chosen
            .and_then(|d| {
                // A bare weekday of the day of publication («صبح پنجشنبه» in a
                // Thursday's report) is that day in news, not a week before
                // (as `rasad dates` reads it by its contract).
                let v = d.value?;
                let week_on = rasad_time::Day(v.to.0 + 7);
                let same_day = matches!(d.expr.core, rasad_time::Core::Weekdays { dir: 0, .. }) && !d.expr.future_tense && cx.published.is_some_and(|p| v.from == v.to && (p.from.0..=p.to.0).contains(&week_on.0));
                Some(if same_day { DayRange { from: week_on, to: week_on } } else { v })
            });
        let date_before = std::mem::replace(&mut last_date, date);
        if frames.is_empty() {
            if debug_events() {
                eprintln!("S {:?}\n  subj={:?} frames=[]", text[ss..se].chars().take(150).collect::<String>(), subject.as_ref().map(|s| &s.actor));
            }
            if let Some(s) = &subject {
                if s.kind == Kind::PER {
                    current = Some(s.clone());
                }
            }
            continue;
        }
        // Inside a quotation, the speaker speaks.
        let speaker = cx.quotes.iter().find(|q| q.start <= ss && se <= q.end + 1).and_then(|q| q.speaker.clone()).map(Actor::from);
        // Markers count outside quotations, near the phrase they qualify.
        let quote_at = cx.quotes.iter().find(|q| q.start > ss && q.start < se).map(|q| q.start);
        let own = &folded[..quote_at.map_or(folded.len(), folded_at)];
        let mut own_hits = hits_within(own, &found);
        mask_not_planned(&mut own_hits);
        // A background marker inside a phrase that is none («پیش از این نشست»).
        drop_shielded(&mut own_hits, not_background, &[background]);
        let hit_in = |list: &[String], lo: usize, hi: usize| own_hits.iter().any(|&(at, p)| at >= lo && at + p.len() <= hi && list.iter().any(|x| x == p));
        // A denial («تکذیب», «لغو شد») cancels every event of the sentence; a
        // negated verb only those of its own clause («… در دیدار با X گفت که
        // اسرائیل ایران را تهدید نکرده است» still tells of a meeting).
        let negations: Vec<(usize, &str)> = own_hits.iter().copied().filter(|&(_, p)| negation.iter().any(|x| x == p)).collect();
        let denied = negations.iter().any(|&(_, p)| p.starts_with("تکذیب") || p.starts_with("لغو"));
        let negated_at = |t: usize| {
            denied
                || negations.iter().any(|&(h, p)| {
                    // A marker does not negate the phrase inside it («… را رد
                    // کرد» denies what it follows, not the rejection itself).
                    if (h..h + p.len()).contains(&t) {
                        return false;
                    }
                    let (lo, hi) = (h.min(t), h.max(t));
                    let between = &own[lo.min(own.len())..hi.min(own.len())];
                    !(between.contains(" که ") || between.contains(" گفت") || between.contains(" افزود") || between.contains([':', '،', '؛']))
                })
        };
        let planned_trip = planned_trip_markers();
        // (`at` is where the phrase stands in the folded sentence, inside a
        // quotation or not: the quotation's own window is read around it.)
        // Whether the word at `h` in `txt` stands in a relative clause that
        // a verb closes, with a comma, before the event's phrase at `at`
        // («… قره باغ که در چند روز اخیر شاهد عملیات نظامی بوده است، بحث و
        // تبادل نظر کرد»): it tells of that clause, not of the event. (Not
        // «این در حالی است که X چندی پیش، در دیدار با …»: no verb there.)
        let in_relative = |txt: &str, h: usize, at: usize| {
            let closed = || {
                txt.get(h..at).and_then(|a| a.find('،').map(|c| a[..c].trim_end())).and_then(|a| a.rsplit(' ').next()).is_some_and(clause_verb_word)
            };
            h < at && txt.get(..h).is_some_and(|b| b[b.rfind('،').map_or(0, |c| c + '،'.len_utf8())..].contains(" که ")) && closed()
        };
        // A background word in `lo..hi` that tells of the event at `at`.
        let background_near = |lo: usize, hi: usize, at: usize| own_hits.iter().any(|&(h, p)| h >= lo && h + p.len() <= hi && background.iter().any(|x| x == p) && !in_relative(own, h, at));
        // «در جریان سفر سال گذشته …»: a trip named with a past time («سفر
        // اخیر», «سفر ماه گذشته») is a recalled one, and so is what the
        // sentence tells after it was done on it.
        // (The trip an adjunct of the lexicon's, «در جریان سفر», «طی سفر»:
        // not a verb's noun, «… به نواکشوت سفر کرده بود».)
        let recalled_trip_at = own_hits
            .iter()
            .find(|&&(h, p)| background.iter().any(|x| x == p) && own_hits.iter().any(|&(t, q)| t + q.len() <= h && own[t + q.len()..h].trim().is_empty() && q.contains(' ') && q.ends_with(" سفر") && lexicon_index().get(q).is_some_and(|v| v.iter().any(|&i| lexicon()[i].frame == "visit"))))
            .map(|h| h.0);
        let status_near = |at: usize, len: usize, after: usize, planned: &[String]| -> &'static str {
            // A phrase inside the quoted speech: the speech's own words tell
            // its tense («… گفت: عراقچی امروز وارد مسکو می‌شود»).
            if let Some(q) = quote_at.map(folded_at).filter(|&q| q <= at) {
                let lo = (q..=at.saturating_sub(80).max(q)).rev().find(|&i| folded.is_char_boundary(i)).unwrap_or(q);
                let hi = ((at + len + after).min(folded.len())..=folded.len()).find(|&i| folded.is_char_boundary(i)).unwrap_or(folded.len());
                let hit = |list: &[String]| sent_hits.iter().any(|&(h, p)| h >= lo && h + p.len() <= hi && list.iter().any(|x| x == p) && !in_relative(folded, h, at));
                return if hit(planned) {
                    "planned"
                } else if hit(background) {
                    "background"
                } else {
                    "reported"
                };
            }
            let lo = (0..=at.saturating_sub(80)).rev().find(|&i| own.is_char_boundary(i)).unwrap_or(0).min(own.len());
            // (Not past a semicolon: «… سفر می‌کند؛ وی پیش از این به اردن
            // سفر کرده بود» are two clauses, each of its own tense.)
            let lo = own.get(lo..at.min(own.len())).and_then(|w| w.rfind('؛')).map_or(lo, |i| lo + i + '؛'.len_utf8());
            let hi = ((at + len + after).min(own.len())..=own.len()).find(|&i| own.is_char_boundary(i)).unwrap_or(own.len());
            // A time adverb heading the sentence («در هفته‌ای که گذشت …») covers all of it
            // (its head past the credit, «به گزارش …، قرار است …»).
            let head_from = if credit_end > 0 { credit_end + '،'.len_utf8() } else { 0 };
            let head_end = (0..=own.len().min(head_from + 60)).rev().find(|&i| own.is_char_boundary(i)).unwrap_or(0);
            // «در حالی به افغانستان سفر می‌کند که …»: a present tense of what
            // is under way, not of what is to come.
            // (Or after it: «این دیدار در حالی صورت می‌گیرد که …».)
            let under_way = own.get(..hi).is_some_and(|h| h.contains("در حالی"));
            let present = |m: &str| m.split(' ').any(|w| w == "می" || (w.starts_with("می") && !w.starts_with("میز")));
            // (So does «قرار است» heading it: «قرار است X فردا با Y دیدار و گفتگو کند».)
            let heads_plan = |h: usize, p: &str| h + p.len() <= head_end && planned_heads().iter().any(|x| x == p);
            let planned_hit = own_hits.iter().any(|&(h, p)| ((h >= lo && h + p.len() <= hi) || heads_plan(h, p)) && !(under_way && present(p)) && planned.iter().any(|x| x == p));
            // A past time told further back in the clause, no verb between
            // («قالیباف … نیز دی ماه سال گذشته به دعوت X، … و در چارچوب …
            // به آدیس آبابا سفر کرد»): the time of the verb it heads.
            let past_time_before = || {
                own_hits.iter().any(|&(h, p)| {
                    p.ends_with(" گذشته")
                        && background.iter().any(|x| x == p)
                        && h < lo
                        && at.saturating_sub(h) < 400
                        && own.get(h + p.len()..at).is_some_and(|gap| !gap.contains(['.', '؛', ':']) && !gap.split(' ').any(clause_verb_word))
                })
            };
            if lo < hi && planned_hit {
                "planned"
            } else if (lo < hi && background_near(lo, hi, at)) || past_time_before() || hit_in(background, 0, head_end) || recalled_trip_at.is_some_and(|m| m < at && !own[m..at.min(own.len())].contains('؛')) || date.zip(cx.published).is_some_and(|(d, p)| d.to.0 < p.from.0 - 7) {
                "background"
            } else {
                "reported"
            }
        };
        // A place written in the sentence: a city or region after در/به.
        // A trip's end named as such («به مقصد تهران», «عازم عشق‌آباد»)
        // wins over a place before it («سفیر ایران در دمشق، … را به مقصد
        // تهران ترک کرد»).
        let cities = || parts.iter().filter(|p| p.kind == Kind::GPE && matches!(&p.actor, Actor::Kb(i) if !cx.kb.entries[*i].is_country()));
        // A city a trip word stands before (not «از جمله»), «به» too or not.
        let leg_end = |p: &Part, with_to: bool| {
            let w = cx.word_before_place(p.start, ss);
            w != "جمله" && (with_to || w != "به") && cues().destination.contains(&w.as_str()) && !cx.en_route(p.start, ss)
        };
        // (Not the way home: «رئیس جمهور … از پکن عازم تهران شد» ends a trip
        // abroad; its traveller's own country is no place of its visits.)
        let homeward = |p: &Part| {
            let w = cx.word_before_place(p.start, ss);
            cues().homeward.contains(&w.as_str()) && subject.as_ref().is_some_and(|s| matches!(s.kind, Kind::PER) && cx.country_of(&s.actor).is_some_and(|h| cx.country_of(&p.actor).as_ref() == Some(&h)))
        };
        let place_written_part = cities()
            .find(|p| leg_end(p, false) && !homeward(p))
            // («پیش از ترک باکو با X دیدار کرد»: where they were.) A place
            // after «از» is where someone comes from, but for the credit's
            // city («به گزارش فارس از تبریز»).
            .or_else(|| {
                cities().find(|p| {
                    // (…or named as a city, «در شهر عشق‌آباد».)
                    // (…or past the nouns that say what it is, «به شهر تاریخی سمرقند».)
                    let w = cx.prev_word(p.start, ss);
                    let past_nouns = || ["در", "به"].contains(&cx.word_before_place(p.start, ss).as_str());
                    (["در", "به", "ترک", "شهر"].contains(&w) || (w == "از" && folded_at(p.start) < credit_end) || past_nouns()) && !cx.en_route(p.start, ss)
                })
            });
        let place_written = place_written_part.and_then(|p| match p.actor {
            Actor::Kb(i) => Some(i),
            _ => None,
        });
        let place_written_at = place_written_part.map(|p| folded_at(p.start));
        // (Whether it is a mission's seat, «سفیر ایران در دمشق»: where its
        // envoy meets the host's people, not a compatriot.)
        let place_is_seat = place_written_part.is_some_and(|p| cx.post_seat(p.start, ss));
        // «X را به مقصد Y ترک کرد»: the city left and the one left for
        // (a meeting told before it was held in X, not in Y).
        let left_for: Option<(usize, usize)> = cities().find_map(|p| {
            let at = folded_at(p.end);
            let rest = folded.get(at..)?;
            let k = rest.find(" ترک ").filter(|&k| rest.starts_with(" را ") && k < 40)?;
            let to = cities().find(|q| folded_at(q.start) > at && folded_at(q.start) < at + k && cx.prev_word(q.start, ss) == "مقصد")?;
            match (&p.actor, &to.actor) {
                (Actor::Kb(a), Actor::Kb(b)) => Some((*a, *b)),
                _ => None,
            }
        });
        // «در دیدار با هیاتی از تهران»: the delegation comes from that country.
        let delegation_from: Option<String> = parts
            .iter()
            .filter(|p| p.kind == Kind::GPE && cx.prev_word(p.start, ss) == "از")
            .find(|p| {
                let before = cx.text[ss..p.start].trim_end();
                let before = before.strip_suffix("از").unwrap_or(before).trim_end();
                let w = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                cues().delegation.contains(&match_key(w).as_str())
            })
            .and_then(|p| cx.country_of(&p.actor));
        if debug_events() {
            eprintln!("S {:?}\n  subj={:?} frames={:?} parts={:?} date={:?} neg={}", text[ss..se].chars().take(150).collect::<String>(), subject.as_ref().map(|s| &s.actor), frames.iter().map(|f| &f.phrase).collect::<Vec<_>>(), parts.iter().map(|p| (&p.actor, cx.prev_word(p.start, ss))).collect::<Vec<_>>(), date, !negations.is_empty());
        }
        // «سفیر ایران اعلام کرد که امروز عراقچی به مسکو سفر می‌کند»: after a
        // reporting verb and «که», the clause has its own subject — the
        // first person named in it before the phrase, if any.
        // Likewise a phrase inside speech quoted in this sentence («X گفت:
        // دکتر عراقچی امروز وارد مسکو می‌شود»): the first person named in the
        // speech before it, or nobody known (the speaker's own trip is told
        // in the first person).
        let quote_from = quote_at.map(folded_at);
        // Where the clause with its own subject begins («… اضافه کرد که …», a
        // quotation), if the phrase at `trigger_at` stands in one: the
        // speaker before it is no party to what the clause tells.
        let clause_floor = |trigger_at: usize| -> Option<usize> {
            if let Some(q) = quote_from.filter(|&q| q <= trigger_at) {
                return Some(q);
            }
            let head = folded.get(..trigger_at)?;
            let by_ke = head.rfind(" که ").filter(|&ke| {
                let verb = head[..ke].rsplit(' ').next().unwrap_or("");
                cues().reporting_verb.contains(&verb)
            });
            // «سخنگوی … اعلام کرد، وزرای امور خارجه … دیدار می‌کنند»: a
            // speech verb then a comma opens the reported clause too (the
            // verb of speech proper, before a noun's «کرد» could be read).
            // (Whether `tail` ends with a verb of speech, a word of its own.)
            let ends_in_speech = |tail: &str| cues().comma_speech.iter().any(|v| tail.strip_suffix(v).is_some_and(|r| r.is_empty() || r.ends_with(' ')));
            let by_comma = head.rfind('،').filter(|&c| ends_in_speech(head[..c].trim_end()));
            // «زاخارووا … اعلام کرد سرگئی لاوروف، … و … گفتگو خواهند
            // کرد»: a speech verb right before a person's name (past
            // titles), with neither «که» nor a comma, opens the clause too.
            let by_name = parts
                .iter()
                .filter(|p| p.kind == Kind::PER)
                .map(|p| folded_at(p.start))
                .filter(|&f| f < trigger_at)
                .filter_map(|f| {
                    let mut tail = head.get(..f)?.trim_end();
                    // (Titles between: «اعلام کرد آقای …».)
                    for _ in 0..3 {
                        let w = tail.rsplit(' ').next().unwrap_or("");
                        if !cues().title.contains(&w) || w.is_empty() {
                            break;
                        }
                        tail = tail[..tail.len() - w.len()].trim_end();
                    }
                    ends_in_speech(tail).then_some(tail.len())
                })
                .max();
            [by_ke, by_comma, by_name].into_iter().flatten().max()
        };
        let clause_subject = |trigger_at: usize| -> Option<Part> {
            let floor = clause_floor(trigger_at)?;
            // (The speech's first word may be the name; «که» stands before one.)
            let quoted = quote_from.is_some_and(|q| q <= trigger_at);
            parts
                .iter()
                .filter(|p| p.kind == Kind::PER && folded_at(p.start) < trigger_at && if quoted { folded_at(p.start) >= floor } else { folded_at(p.start) > floor })
                .find(|p| {
                    let w = cx.word_before_titles(p.start, ss);
                    // («… که این سفر یک روزه است و وزیر خارجه عراق … دیدارهایی
                    // … انجام خواهد داد»: «و» after a finite verb opens a
                    // clause, whose subject the person is.)
                    (!cues().object.contains(&w.as_str()) || (w == "و" && cx.after_clause_end(p.start, ss))) && (quoted || !cx.marked_object(p))
                })
                .cloned()
        };
        // A trip in this sentence.
        let visit = frames.iter().any(|f| f.frame == "visit");
        // Who travels in this sentence.
        let mut traveller: Option<Actor> = None;
        let mut trip_country: Option<String> = None;
        // (The destination country's entry, when the trip names one.)
        let mut trip_country_entry: Option<usize> = None;
        // (Whether the trip goes to a region of several states, «سفر خود به
        // آمریکای لاتین»: its meetings are visits to the hosts' states.)
        let mut trip_region = false;
        if visit {
            // «در دیدار با Y که به تهران سفر کرده است»: the trip told in a
            // relative clause is the person's it follows (past their post,
            // with no verb between), not the subject's.
            let relative = frames.iter().filter(|f| f.frame == "visit").filter_map(|f| first_at(&f.phrase)).min().and_then(|t| {
                let ke = folded[..t.min(folded.len())].rfind(" که ")?;
                let p = parts.iter().rfind(|p| p.kind == Kind::PER && folded_at(p.end) <= ke)?;
                let between = folded.get(folded_at(p.end)..ke)?;
                let words: Vec<&str> = between.split(' ').filter(|w| !w.is_empty()).collect();
                let verb = |w: &&str| cues().light_verb.contains(w) || matches!(*w, "گفت" | "است" | "شد" | "افزود" | "کرد");
                (words.len() <= 8 && !words.iter().any(verb) && !between.contains(['،', ':'])).then(|| p.clone())
            });
            // A trip told only by the bare noun with no verb of its own
            // («… خبر سفر وزیر خارجه ایران به توکیو را منتشر می‌کند»): its
            // traveller is whoever the noun names right after it, not the
            // sentence's subject (unless «خود» makes it the subject's, or
            // «و» leaves its verb to the next clause).
            // (Nor is «با سفر به کابل و دیدار با …», the subject's trip told
            // as the means of what the sentence goes on to tell.)
            let noun_end = first_at("سفر").map(|t| t + "سفر".len());
            let bare_trip = frames.iter().filter(|f| f.frame == "visit").all(|f| f.phrase == "سفر")
                && noun_end.is_some_and(|t| {
                    let after = folded.get(t..).unwrap_or("");
                    !after.starts_with(" و ") && !after.split(' ').filter(|w| !w.is_empty()).take(4).any(|w| w == "خود") && !by_trip_at(folded, t - "سفر".len())
                });
            let named_after = |t: usize| parts.iter().find(|p| p.kind == Kind::PER && folded_at(p.start) >= t && folded.get(t..folded_at(p.start)).is_some_and(|g| g.trim().is_empty()));
            // (A trip told after a reporting verb and «که» is its clause's
            // subject's: «… گفته بود که روسیه پیش‌بینی می‌کند ظریف به زودی سفر
            // رسمی به مسکو خواهد داشت».)
            let reported = frames.iter().filter(|f| f.frame == "visit").filter_map(|f| first_at(&f.phrase)).min().filter(|&t| clause_floor(t).is_some()).and_then(clause_subject);
            traveller = if bare_trip { noun_end.and_then(named_after).map(|p| p.actor.clone()) } else { reported.as_ref().or(relative.as_ref()).or(subject.as_ref()).map(|s| s.actor.clone()) };
            // The country a trip of the sentence goes to, named («به
            // تاجیکستان سفر کرده») or as «این کشور» after it («برای دیدار با
            // مقامات تاجیکستان به این کشور سفر کرده»).
            let is_country = |p: &&Part| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].is_country());
            // (A place a trip word stands before, not a stop on the way.)
            let toward = |p: &&Part| cues().destination.contains(&cx.word_before_place(p.start, ss).as_str()) && !cx.en_route(p.start, ss);
            let destination = parts.iter().filter(is_country).find(toward);
            trip_country_entry = destination.and_then(|p| match p.actor {
                Actor::Kb(i) => Some(i),
                _ => None,
            });
            trip_region = destination.is_none()
                && parts.iter().filter(|p| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].id.starts_with("region:") && cx.kb.entries[*i].country.is_none())).any(|p| toward(&p));
            trip_country = destination.and_then(|p| cx.country_of(&p.actor)).or_else(|| {
                let at = folded.find("به این کشور")?;
                parts.iter().filter(is_country).rfind(|p| folded_at(p.start) < at).and_then(|p| cx.country_of(&p.actor))
            });
            if let (Some(s), Some(p)) = (&traveller, place_written) {
                // Every leg's city the sentence names («پس از سفر روز جمعه به
                // بیروت، وارد دمشق شد»), the sentence's own place last.
                for q in cities().filter(|q| leg_end(q, true)) {
                    match q.actor {
                        Actor::Kb(i) if i != p => trips.push((s.clone(), i)),
                        _ => {}
                    }
                }
                trips.push((s.clone(), p));
            }
        }
        // A city abroad, no country, a person is told in: (person, city, its country).
        let city_abroad = |t: &Part, p: &Part| -> Option<(Actor, usize, String)> {
            let Actor::Kb(i) = p.actor else { return None };
            let entry = &cx.kb.entries[i];
            let country = entry.country.as_deref()?;
            let abroad = cx.country_of(&t.actor).is_some_and(|h| !h.eq_ignore_ascii_case(country));
            (abroad && !entry.is_country()).then(|| (t.actor.clone(), i, country.to_string()))
        };
        // «X را … ترک کرد»: the city X was left by the sentence's person.
        if let Some(t) = subject.as_ref().filter(|s| s.kind == Kind::PER) {
            for p in parts.iter().filter(|p| p.kind == Kind::GPE) {
                let at = folded_at(p.end);
                let left = folded.get(at..).is_some_and(|r| r.starts_with(" را ") && r.find(" ترک ").is_some_and(|k| k < 40));
                if let Some(c) = city_abroad(t, p).filter(|_| left) {
                    left_cities.push(c);
                }
            }
        }
        // «قبل از ورود بوش به سائوپائولو»: the city a person named after
        // «ورود» arrived in (a few words on, after «به»), abroad.
        for (k, t) in parts.iter().enumerate().filter(|(_, p)| p.kind == Kind::PER && cx.word_before_titles(p.start, ss) == "ورود") {
            let Some(p) = parts[k + 1..].iter().find(|p| p.kind == Kind::GPE) else { continue };
            let gap = folded.get(folded_at(t.end)..folded_at(p.start)).unwrap_or("");
            let near = gap.trim() == "به" || (gap.trim_end().ends_with(" به") && gap.split(' ').filter(|w| !w.is_empty()).count() <= 4 && !gap.contains(['،', '.']));
            if let Some(c) = city_abroad(t, p).filter(|_| near) {
                left_cities.push(c);
            }
        }
        let evidence = (ss, se);
        let in_head = ss < cx.body.0;
        // Who met or called someone in the sentences before («در این ملاقات»
        // below goes back to their meeting): the events added since the last
        // sentence, each read once.
        for o in out[met_seen.min(out.len())..].iter().filter(|o| o.kind == "CONSULT") {
            met_before.extend(o.source.iter().chain(&o.target).cloned());
            // (The two people of the last of them, if it has two: whom
            // «طرفین» stands for when a sentence names no one.)
            last_two = (o.source.len() == 1 && o.target.len() == 1 && cx.is_person(&o.source[0]) && cx.is_person(&o.target[0])).then(|| (o.source[0].clone(), o.target[0].clone()));
        }
        met_seen = out.len();
        // People the sentence marks dead («سردار شهید حاج قاسم سلیمانی»):
        // a meeting it reports as new is not theirs.
        // (Looked for once, when the sentence first tells an event.)
        let dead: std::cell::OnceCell<Vec<Actor>> = std::cell::OnceCell::new();
        let mut push = |mut f: Found| {
            let dead = dead.get_or_init(|| parts.iter().filter(|p| p.kind == Kind::PER && cues().deceased.contains(&cx.word_before_titles(p.start, ss).as_str())).map(|p| p.actor.clone()).collect());
            if f.status != "background" && !dead.is_empty() {
                f.source.retain(|a| !dead.contains(a));
                f.target.retain(|a| !dead.contains(a));
                if f.source.is_empty() || (f.kind == "CONSULT" && f.target.is_empty()) {
                    return;
                }
            }
            f.implied_date = f.date.is_some() && date.is_none();
            if debug_events() {
                eprintln!("  PUSH {} {:?} {:?} -> {:?} place={:?}{} {} date={:?}", f.kind, f.mode, f.source, f.target, f.place, if f.place_implied { " (guessed)" } else { "" }, f.status, f.date);
            }
            // The headline restating an event of the body adds at most its place.
            if in_head {
                if let Some(o) = out.iter_mut().find(|o| o.kind == f.kind && same_participants(o, &f)) {
                    o.place = o.place.or(f.place);
                    return;
                }
            }
            if f.kind != "CONSULT" {
                // A stance is not taken toward its holder, the holder's own
                // country, or one target twice.
                let own: Vec<Actor> = f
                    .source
                    .iter()
                    .filter_map(|a| match a {
                        Actor::Kb(i) if cx.kb.entries[*i].kind == Kind::PER => cx.kb.entries[*i].country.as_deref(),
                        _ => None,
                    })
                    .filter_map(|c| cx.country_entry(c).map(Actor::Kb))
                    .collect();
                let mut kept: Vec<Actor> = Vec::new();
                for t in std::mem::take(&mut f.target) {
                    let own_capital = cx.state_of_capital(&t).is_some_and(|c| f.source.contains(&Actor::Kb(c)) || own.contains(&Actor::Kb(c)));
                    if !f.source.contains(&t) && !own.contains(&t) && !kept.contains(&t) && !own_capital {
                        kept.push(t);
                    }
                }
                f.target = kept;
            }
            // (A call of the past beside a meeting to come is another event.)
            // (A call and a talk of one sentence are one event whichever side
            // each names first: «وانگ یی در تماس تلفنی با … با وی گفت‌وگو کرد».)
            let phone = |m: &Option<String>| m.as_deref() == Some("phone");
            let same_pair = |o: &Found| (o.source == f.source && o.target == f.target) || ((phone(&o.mode) || phone(&f.mode)) && o.source == f.target && o.target == f.source);
            // (The call has no place: a place its sentence writes, «با سفارت ایران
            // در مسقط», is the other side's, not the talk's.)
            let call_and_talk = |o: &Found| phone(&o.mode) != phone(&f.mode) && o.evidence.0 == f.evidence.0;
            let same_event = |o: &Found| o.kind == f.kind && same_pair(o) && o.date == f.date && !statuses_apart(o.status, f.status);
            // (The talk of this very sentence first: the headline's call, told
            // before, must not take the call its body tells of beside a talk.)
            let at = out.iter().position(|o| same_event(o) && call_and_talk(o)).or_else(|| out.iter().position(|o| same_event(o) && o.place == f.place));
            match at.map(|i| &mut out[i]) {
                // «در تماس تلفنی با X … گفت‌وگو کرد»: the talk was the call.
                Some(o) if !phone(&o.mode) && phone(&f.mode) => {
                    o.mode = f.mode;
                    o.source = f.source;
                    o.target = f.target;
                    o.place = None;
                }
                Some(_) => {}
                None => out.push(f),
            }
        };
        let quote_around = cx.quotes.iter().find(|q| q.start <= ss && se <= q.end + 1);
        let in_quote = quote_around.is_some();
        // Speech that tells its speaker's own meetings in the first person
        // («دیدارهای بسیار مهم با X و Y داشتم»): the speaker met them.
        let speaker_own: Option<Part> = quote_around
            .filter(|_| first_person_verb(folded.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '»' | '"' | '!')).rsplit(' ').next().unwrap_or("")))
            .and_then(|q| speaker_part(q, ss));
        if speaker_own.is_some() {
            own_told.push(ss);
        }
        for fr in &frames {
            let trigger_at = first_at(&fr.phrase).unwrap_or(0);
            // A date before a past verb of saying and its «که» is the saying's
            // («… پس از دیدار روز سه‌شنبه با X گفته بود که ظریف به زودی سفر
            // رسمی به مسکو خواهد داشت»), not that of what the clause after tells.
            let date = date.filter(|_| date_at.is_none_or(|d| clause_floor(trigger_at).is_none_or(|f| quote_from == Some(f) || d >= f)));
            // …nor is a place in a clause of its own (reported, or quoted)
            // that opens after the phrase.
            let place_written = place_written.filter(|_| place_written_at.is_none_or(|p| p <= trigger_at || clause_floor(p).is_none_or(|f| f <= trigger_at)));
            // The folded text after the phrase.
            let after_trigger = folded.get((trigger_at + fr.phrase.len()).min(folded.len())..).unwrap_or("");
            // The bare noun «سفر» tells of a trip only with its traveller
            // named after it (checked fully below): most sentences with it
            // have no one there, and are passed over at once.
            // …or with its verb left to the next clause's («به ایران سفر و با
            // رهبر انقلاب دیدار کرد»).
            let elided_verb = fr.phrase == "سفر" && after_trigger.starts_with(" و ") && folded[..trigger_at].trim_end().rsplit(' ').nth(1) == Some("به");
            // …or the subject's own, «خود» within a few words after the noun
            // («اولین سفر رسمی خود به … را با سفر به دوشنبه آغاز کرد»).
            let own_noun = fr.phrase == "سفر"
                && after_trigger.split(' ').filter(|w| !w.is_empty()).take(4).take_while(|w| !w.contains(['،', ':', '؛', '.']) && !matches!(*w, "به" | "با" | "از" | "که")).any(|w| w == "خود");
            // …or an adjunct of the subject's, «با سفر به کابل و دیدار با …»
            // (by travelling there).
            let by_trip = fr.phrase == "سفر" && by_trip_at(folded, trigger_at);
            if fr.phrase == "سفر" && !elided_verb && !own_noun && !by_trip && !parts.iter().any(|p| p.kind == Kind::PER && folded_at(p.start) > trigger_at) {
                continue;
            }
            if negated_at(trigger_at) {
                continue;
            }
            if cues().with_after.contains(&fr.phrase.as_str()) {
                let clause = &after_trigger[..after_trigger.find(['،', ':', '؛', '.']).unwrap_or(after_trigger.len())];
                if !clause.split(' ').any(|w| w == "با") {
                    continue;
                }
            }
            // A meeting told as an adjunct («در جریان دیدار با X … بررسی
            // خواهد کرد») takes its tense from its clause's verb, however
            // far: up to the clause's end (a speech verb, «که», «:»).
            // A meeting noun whose light verb comes later, past its other side
            // («دیدارهایی با مقامات بلندپایه ایران انجام خواهد داد»), and the
            // bare trip noun («سفر ظریف به قطر در راستای تقویت مناسبات … صورت
            // می‌گیرد»), take their tense up to the clause's end.
            // (So does a call whose verb is shared with the next noun:
            // «تلفنی گفتگو و … تبادل نظر خواهد کرد».)
            let shared_verb = fr.frame == "phone" && fr.phrase.ends_with(" و");
            // (A speech verb as a word, not «گفت» of «گفتگو».)
            let noun_to_clause_end: Option<(&[&str], &[String])> = if shared_verb || (matches!(fr.frame.as_str(), "meet" | "pair") && !fr.phrase.rsplit(' ').next().is_some_and(|w| cues().verb_start.iter().any(|v| w.starts_with(v)))) {
                Some((&[" گفت ", " گفت:", " گفت،", " گفته", " افزود", " که ", "،", ":", "؛", "."], &planned[..]))
            } else if fr.frame == "visit" && fr.phrase == "سفر" {
                Some((&[" که ", "،", ":", "؛", "."], planned_trip))
            } else if fr.frame == "multilateral" && matches!(folded[..trigger_at.min(folded.len())].trim_end().rsplit(' ').next(), Some("برای" | "منظور" | "جهت")) {
                // «برای شرکت در اجلاس X عازم پکن می‌شود»: taking part is the
                // trip's purpose, of the trip's tense.
                Some((&[" که ", ":", "؛", "."], planned_trip))
            } else if fr.frame == "host" && fr.phrase == "میزبان" {
                // «X میزبان A، B، C … خواهد بود»: the verb past the list of guests.
                Some((&[" گفت ", " گفت:", " گفت،", " گفته", " افزود", " که ", ":", "؛", "."], &planned[..]))
            } else {
                None
            };
            let status = if fr.phrase.starts_with("در ") || fr.phrase.starts_with("طی ") {
                let from = (trigger_at + fr.phrase.len()).min(own.len());
                let end = first_of(own, from, &[" گفت ", " گفت:", " گفت،", " گفته", " افزود", " که ", ":", "؛", "."]);
                status_near(trigger_at, end - trigger_at.min(end), 0, planned)
            } else if let Some((stops, markers)) = noun_to_clause_end {
                let from = (trigger_at + fr.phrase.len()).min(own.len());
                let end = first_of(own, from, stops).max(from);
                // «گفت‌وگوی بین X، …، و Y، …، که قرار است برای سه‌شنبه برگزار
                // شود»: a relative clause of the noun, before any verb, gives
                // its tense past the names' commas.
                // (In the sentence's words, quoted or not.)
                let noun_end = (trigger_at + fr.phrase.len()).min(folded.len());
                let relative_plan = folded[noun_end..].find(" که قرار است ").is_some_and(|i| !folded[noun_end..noun_end + i].split(' ').any(|w| cues().reporting_verb.contains(&w)));
                if relative_plan {
                    "planned"
                } else {
                    status_near(trigger_at, fr.phrase.len(), (end - from).max(60), markers)
                }
            } else {
                status_near(trigger_at, fr.phrase.len(), 60, if fr.frame == "visit" { planned_trip } else { planned })
            };
            // «ریاض احتمال دیدار … در آینده نزدیک را رد کرد»: a stance on
            // something to come is taken now; the markers before «را» are
            // its object's, not its verb's.
            let status = if status == "planned" && fr.kind != "CONSULT" && folded[..trigger_at.min(folded.len())].trim_end().ends_with(" را") && !hit_in(planned, trigger_at, own.len()) { "reported" } else { status };
            // «به ایران سفر کرده و با X دیدار کرده بود»: a participle shares
            // the pluperfect of the verb its clause ends with.
            // So does a preverb's («عازم دوحه پایتخت این کشور شده بود»), whose
            // verb follows its destination.
            let preverb = cues().preverb.contains(&fr.phrase.as_str());
            let status = if status == "reported" && (fr.phrase.ends_with("کرده") || preverb) {
                let from = (trigger_at + fr.phrase.len()).min(own.len());
                let end = first_of(own, from, &["،", ":", "؛", "."]);
                let clause = &own[from..end];
                let past_perfect = has_pluperfect(clause);
                // (A preverb's own verb: the first one after it.)
                let own_verb = !preverb || clause.find(" شد").is_some_and(|i| clause[i..].starts_with(" شده بود"));
                // (Not in a clause of the report's day: «… که وزیر کشور امروز … وارد بغداد شده بود».)
                let at = trigger_at.min(own.len());
                let today = || own[clause_start(own, at, credit_end)..end].split(' ').any(|w| cues().same_day.contains(&w));
                if past_perfect && own_verb && !today() { "background" } else { status }
            } else {
                status
            };
            // «رئیس جمهور که … به این کشور سفر کرده بود، دقایقی قبل از پکن
            // عازم تهران شد»: a trip told in the pluperfect in a relative
            // clause on its traveller is the one the main clause goes on
            // with, this report's — unless the clause recalls it with a past
            // time of its own («که پیش از این به قطر سفر کرده بود»).
            let status = if status == "background" && matches!(fr.frame.as_str(), "visit" | "multilateral") && date.is_none() {
                let at = trigger_at.min(own.len());
                let opens = subject.as_ref().filter(|s| s.start >= ss).map(|s| folded_at(s.end).min(at)).and_then(|e| own[e..at].find(" که ").map(|k| e + k)).filter(|&k| !own[k..at].contains(['،', '؛', ':']));
                let closes = own[at..].find('،').map(|c| at + c);
                match (opens, closes) {
                    (Some(k), Some(c)) => {
                        let clause = &own[k..c];
                        let main = &own[c..first_of(own, c, &["."])];
                        let recalled = own_hits.iter().any(|&(h, p)| h >= k && h + p.len() <= c && background.iter().any(|x| x == p) && !p.ends_with("بود") && !p.ends_with("بودند"));
                        if has_pluperfect(clause) && !has_pluperfect(main) && !recalled && !main.trim_start_matches(['،', ' ']).starts_with("که") { "reported" } else { status }
                    }
                    _ => status,
                }
            } else {
                status
            };
            // A message handed over told as a noun («تسلیم پیام … به X»).
            let nominal_handover = fr.frame == "handover" && fr.phrase.split(' ').any(|w| cues().message.contains(&w));
            // …as the purpose of a trip («برای گفتگو … و تسلیم پیام … به X
            // عازم مسکو شد»): still to come.
            let status = if status == "reported" && nominal_handover {
                let at = trigger_at.min(folded.len());
                let clause = &folded[clause_start(folded, at, credit_end)..at];
                let purpose = [" برای ", " به منظور ", " جهت "].iter().any(|w| format!(" {clause}").contains(w));
                if purpose { "planned" } else { status }
            } else {
                status
            };
            let event_date = date.or(if status == "reported" { cx.published } else { None });
            // «درباره سفر X»: the event is only talked about here — unless
            // its phrase is the verb the topic goes with («درباره بحران
            // اوکراین رایزنی کند» is a meeting about a topic).
            // …unless it is the subject's own («با اشاره به ملاقات اخیرش با …»).
            let verbal = {
                let next = after_trigger.split(' ').find(|w| !w.is_empty());
                let last = fr.phrase.rsplit(' ').next();
                [last, next].into_iter().flatten().any(|w| cues().light_verb.contains(&w))
            };
            // The marker stands right before the phrase, with at most a few
            // words between («درباره سفر X»; not «رایزنی در مورد موضوعات … عازم
            // جده شد»). A marker may end inside the phrase: «با اشاره به دیدار».
            // The topic is an event when an event phrase opens what follows
            // the marker («درباره سفر امیرعبداللهیان به باکو برای شرکت در
            // نشست …»: the trip and the taking part are talked about, up to
            // the clause's end); «در مورد موضوعات دوجانبه …» is about no event.
            let is_event_phrase = |p: &str| lexicon_index().contains_key(p);
            let topic_hit = sent_hits
                .iter()
                .filter(|(at, p)| *at < trigger_at && topic.iter().any(|t| t == p))
                .rfind(|(at, p)| {
                    let end = (at + p.len()).min(trigger_at);
                    let opens_event = sent_hits.iter().any(|&(h, q)| h + 1 >= end.saturating_sub(4) && h <= trigger_at && is_event_phrase(q) && folded.get(end.min(h)..h).is_some_and(|g| g.split(' ').filter(|w| !w.is_empty()).count() <= 1));
                    // (Nor past a «که» opening another clause: «با اشاره به سفر
                    // X … اعلام کرد که X … وارد تاشکند می‌شوند».)
                    opens_event && !folded[end..trigger_at].contains(['،', ':', '؛']) && !folded[end..trigger_at].contains(" که ")
                })
                .copied();
            // …unless it is the subject's own («با اشاره به ملاقات اخیرش با …»,
            // «سفر اخیر خود به …»), or one recalled with its two sides named
            // («با اشاره به رایزنی پوتین و پزشکیان در عشق‌آباد»): told, then, as past.
            let mut recalled = false;
            let talked_about = !verbal
                && topic_hit.is_some_and(|(at, t)| {
                    let after = &folded[at + t.len()..];
                    let words = after.split(' ').filter(|w| !w.is_empty());
                    // («با اشاره به ملاقات با X»: the subject's own meeting.)
                    let with_next = words.clone().nth(1) == Some("با");
                    // (A day between noun and «خود» keeps it the subject's:
                    // «تماس تلفنی سه‌شنبه گذشته خود با …».)
                    let own_event = with_next
                        || words.clone().take(4).any(|w| (w.chars().count() > 3 && w.ends_with('ش')) || w == "خود")
                        || words.take(8).take_while(|w| !matches!(*w, "با" | "و" | "به" | "از") && !w.contains(['،', ':', '؛', '.'])).any(|w| w == "خود");
                    // (…or a trip recalled with its traveller named right after
                    // the noun: «با اشاره به سفر نیکلاس مادورو به تهران».)
                    let traveller_named = fr.frame == "visit" && fr.phrase == "سفر" && {
                        let noun_end = trigger_at + fr.phrase.len();
                        // (A time between them too: «سفر سال گذشته لاریجانی به چین».)
                        let blank = |from: usize, to: usize| {
                            let mut at = from;
                            for d in sent_dates.iter().filter(|d| d.expr.end <= se) {
                                let (a, b) = (folded_at(d.expr.start), folded_at(d.expr.end));
                                if a >= at && b <= to && folded.get(at..a).is_some_and(|g| g.trim().is_empty()) {
                                    at = b;
                                }
                            }
                            folded.get(at..to).is_some_and(|g| g.trim().is_empty())
                        };
                        parts.iter().any(|p| p.kind == Kind::PER && folded_at(p.start) >= noun_end && blank(noun_end, folded_at(p.start)))
                    };
                    recalled = own_event || ((fr.frame == "pair" || traveller_named) && t.starts_with("با اشاره"));
                    // (A call with its two sides, spoken about: «درباره گفت‌وگوی
                    // تلفنی یکساعته X و Y گفت …» is the call the report is of.)
                    let call_commented = fr.frame == "pair" && fr.mode.as_deref() == Some("phone") && !t.starts_with("با اشاره");
                    !recalled && !call_commented
                });
            // (Background only by that guess: a trip to come spoken of as
            // one's own, «با اشاره به سفر خود به روسیه», may be it.)
            let guessed = recalled && status == "reported";
            let status = if guessed { "background" } else { status };
            let event_date = if recalled { date } else { event_date };
            if fr.kind == "CONSULT" && ((in_quote && (speaker_own.is_none() || fr.frame != "meet")) || talked_about) {
                continue;
            }
            // «ابراز امیدواری کرد در اولین فرصت به ایران سفر کند»: a meeting or
            // trip only hoped for, in the clause the hope opens, is none.
            if fr.kind == "CONSULT" && wished(&folded[..trigger_at.min(folded.len())]) {
                continue;
            }
            match fr.frame.as_str() {
                "meet" | "phone" | "host" | "guest" | "pair" | "handover" => {
                    // «دیدار X و Y», «مذاکرات X و Y» (a title, a noun phrase):
                    // X right after the noun, met by the person after «و».
                    let pair = fr.frame == "pair";
                    // «پیام … را به X تحویل داد»: a message handed over in
                    // person is a meeting with the one it goes to, after «به»;
                    // only with a message or letter in the clause before.
                    // (The one it goes to stands after «را به», not the one
                    // named in the message's own phrase: «پیام … به پوتین را به
                    // وی تحویل داد» goes to «وی».)
                    let handover = fr.frame == "handover";
                    let mut handed_after = 0;
                    // (Told as a noun: X after the noun phrase.)
                    if nominal_handover {
                        handed_after = trigger_at + fr.phrase.len();
                    } else if handover {
                        let from = clause_start(folded, trigger_at.min(folded.len()), credit_end);
                        let clause = &folded[from..trigger_at.min(folded.len())];
                        // (The message may stand before a comma of its own
                        // phrase: «پیام تبریک X، رئیس مجلس …، را به وی ابلاغ کرد».)
                        let sentence = &folded[..trigger_at.min(folded.len())];
                        let (Some(ra_be), true) = (clause.rfind(" را به "), cues().message.iter().any(|m| sentence.split(' ').any(|w| w == *m))) else {
                            continue;
                        };
                        handed_after = from + ra_be + " را به".len();
                    }
                    let frame = if pair || handover { "meet" } else { fr.frame.as_str() };
                    // «Y، X را مورد استقبال قرار داد»: the active voice hosts (the
                    // host frame reads it), the passive «… قرار گرفت» is a guest's.
                    if frame == "guest" {
                        let after = after_trigger.trim_start();
                        if after.starts_with("قرار داد") || after.starts_with("رسمی قرار داد") {
                            continue;
                        }
                        // A thing welcomed, heading the clause («نشست سه جانبه
                        // که … برگزار می‌شود، مورد استقبال X قرار گرفته است»):
                        // approved, no guest.
                        let at = trigger_at.min(folded.len());
                        let from = folded[..at].rfind(':').map_or(credit_end.min(at), |i| i + 1);
                        let head = folded[from..at].split(' ').find(|w| !w.is_empty()).unwrap_or("");
                        if cues().forum_noun.contains(&head) || cues().welcomed_thing.contains(&head) {
                            continue;
                        }
                    }
                    let pair_subject = if pair {
                        // The first person named within a few words after the
                        // noun, with only its modifiers between («دیدار حدودا سه
                        // ساعته X با Y», «مذاکرات دوجانبه و خصوصی میان X و Y»);
                        // not the object of a preposition («دیدار با X و Y» is
                        // the subject's).
                        let noun = fr.phrase.rsplit(' ').next().unwrap_or("");
                        let noun_end = trigger_at + fr.phrase.len();
                        let close = |p: &Part| {
                            let gap = folded.get(noun_end.min(folded.len())..folded_at(p.start)).unwrap_or("");
                            // (A plural ending written apart is the noun's: «رایزنی های
                            // فشرده دو روزه بین X و Y».)
                            let gap_words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty() && !cues().title.contains(w) && !matches!(*w, "ها" | "های" | "هایی")).collect();
                            let blocks = |w: &&str| matches!(*w, "با" | "از" | "به" | "در" | "برای" | "درباره" | "که");
                            let between = gap_words.last().is_some_and(|w| matches!(*w, "میان" | "بین"));
                            !gap.contains(['،', ':', '؛', '.']) && !gap_words.iter().any(blocks) && (if between { gap_words.len() <= 4 } else { gap_words.len() <= 3 && !gap_words.contains(&"و") })
                        };
                        let after_noun = |p: &Part| cx.word_before_titles(p.start, ss) == noun;
                        let mut people = parts.iter().filter(|p| p.kind == Kind::PER && folded_at(p.start) > trigger_at);
                        let Some(p) = people.clone().next().filter(|p| close(p)).or_else(|| people.find(|p| after_noun(p))) else { continue };
                        Some(p.clone())
                    } else {
                        None
                    };
                    // «از دیدار و رایزنی X و Y خبر داد»: a meeting noun after
                    // «از» is what the subject tells of, not their meeting.
                    let word_before = folded[..trigger_at.min(folded.len())].trim_end().rsplit(' ').next().unwrap_or("");
                    // Its own («از گفت‌وگوی تلفنی اخیر خود با X خبر داد») is its event.
                    // (So is one whose other side follows «با» past its
                    // modifiers only: «از گفتگوی تلفنی طولانی مدت با X خبر داد».)
                    let own_after = || {
                        let next = after_trigger.split(' ').filter(|w| !w.is_empty()).take(4).take_while(|w| !w.contains(['،', ':', '؛', '.']));
                        let mut lead = next.clone().skip_while(|w| *w == "اخیر");
                        let noun_end = (trigger_at + fr.phrase.len()).min(folded.len());
                        let with_after_modifiers = after_trigger.find(" با ").is_some_and(|i| {
                            let modifiers: Vec<&str> = next.clone().take_while(|w| *w != "با").collect();
                            modifiers.len() <= 3
                                && !modifiers.iter().any(|w| *w == "و" || cues().title.contains(w))
                                && !parts.iter().any(|p| (noun_end..noun_end + i).contains(&folded_at(p.start)))
                        });
                        lead.next() == Some("با") || next.clone().any(|w| w == "خود") || with_after_modifiers
                    };
                    if !pair && word_before == "از" && !fr.phrase.starts_with("در ") && fr.phrase.split(' ').count() <= 2 && !fr.phrase.ends_with("کرد") && !own_after() {
                        continue;
                    }
                    // «برای دیدار با تیم آذرخش»: a match, not a meeting.
                    if fr.phrase.ends_with(" با") {
                        let next = after_trigger.split(' ').find(|w| !w.is_empty()).unwrap_or("");
                        if cues().match_word.contains(&next) {
                            continue;
                        }
                    }
                    // «خواستار دیدار با X شد», «درخواست ملاقات»: asked for, not held.
                    if matches!(word_before, "خواستار" | "درخواست") {
                        continue;
                    }
                    let quoted_here = quote_from.is_some_and(|q| q <= trigger_at);
                    // «طالبان دعوت رسمی پاکستان را پذیرفته‌اند»: a state or body
                    // heading the sentence accepts, when no person does.
                    let accepting_body = || {
                        (frame == "host" && fr.phrase.contains("پذیرفت"))
                            .then(|| {
                                parts
                                    .iter()
                                    .find(|p| folded_at(p.start) >= credit_end && folded_at(p.start) < trigger_at && cx.is_state_or_body(&p.actor) && ["", "اما", "ولی", "و", "،"].contains(&cx.prev_word(p.start, ss)))
                                    .cloned()
                            })
                            .flatten()
                    };
                    let own_subject = subject.clone().filter(|s| (ss..se).contains(&s.start));
                    // «آیین استقبال رسمی از سوی Y»: Y welcomes; the guest is
                    // named before, or is the person the article follows.
                    let by_agent = frame == "guest" && (fr.phrase.ends_with("از سوی") || fr.phrase.ends_with("توسط"));
                    let (own_subject, subject) = if by_agent {
                        let before = |s: &Part| folded_at(s.start) < trigger_at;
                        (own_subject.filter(before), subject.clone().filter(before).or_else(|| current.clone()))
                    } else {
                        (own_subject, subject.clone())
                    };
                    // Speech that opens with a meeting adjunct, no one named
                    // before it («فتاح … گفت: در دیدار با نادر النبی …، به
                    // تفاهم رسیدند»): the speaker's own meeting.
                    let speech_opening = || {
                        let q = quote_from.filter(|&q| q <= trigger_at && fr.phrase.starts_with("در ") && frame == "meet")?;
                        let gap = folded.get(q..trigger_at)?;
                        if gap.split(' ').any(|w| !w.is_empty() && !w.chars().all(|c| matches!(c, '«' | '"' | ':'))) {
                            return None;
                        }
                        let speaker = cx.quotes.iter().find(|x| x.start >= ss && x.start < se)?.speaker.clone()?;
                        Some(Part { start: ss, end: ss, actor: Actor::from(speaker), kind: Kind::PER })
                    };
                    // «پکن میزبان X، Y و Z خواهد بود»: a city or country right
                    // before «میزبان» hosts (the city's state, the city the
                    // place); the people after it are the guests.
                    let mut host_city = None;
                    // (Not the country of a post: «نخست‌وزیر عراق میزبان …».)
                    // (Nor of a post word right before it, a new person's:
                    // «نصیف جاسم الخطابی، استاندار کربلا میزبان X بود».)
                    let after_post_word = |p: &Part| cx.role_words.contains(cx.prev_word(p.start, ss));
                    let in_post = |p: &Part| parts.iter().any(|q| q.kind == Kind::PER && q.start < p.start && q.end >= p.end) || after_post_word(p);
                    // (A time may stand between when the place heads its clause:
                    // «تهران در روزهای پیش رو میزبان X … است».)
                    // (Not a place after a preposition: «X … در تهران میزبان Y
                    // بود» is X's hosting there.)
                    let gap_ok = |p: &Part| {
                        folded.get(folded_at(p.end)..trigger_at).is_some_and(|g| {
                            let words: Vec<&str> = g.split(' ').filter(|w| !w.is_empty()).collect();
                            (words.is_empty() && !matches!(cx.prev_word(p.start, ss), "در" | "از" | "به" | "با"))
                                || (words.first() == Some(&"در") && words.len() <= 4 && !g.contains(['،', ':', '؛']) && ["", "،"].contains(&cx.prev_word(p.start, ss)) && !parts.iter().any(|q| q.start > p.end && folded_at(q.start) < trigger_at))
                        })
                    };
                    let host_place = (fr.phrase == "میزبان")
                        .then(|| parts.iter().find(|p| matches!(p.kind, Kind::GPE | Kind::LOC) && !in_post(p) && gap_ok(p)))
                        .flatten()
                        .and_then(|p| {
                            let Actor::Kb(i) = p.actor else { return None };
                            if cx.kb.entries[i].is_country() {
                                return Some(p.clone());
                            }
                            let state = cx.kb.country(cx.kb.entries[i].country.as_deref()?)?;
                            host_city = Some(i);
                            Some(Part { actor: Actor::Kb(state), ..p.clone() })
                        });
                    // A meeting told in the first person in speech this sentence
                    // quotes («ظریف … نوشت: … با ماهاتیر محمد … دیدار کردم»):
                    // the speaker's.
                    let speaker_first = || {
                        if !(quoted_here && fr.phrase.rsplit(' ').next().is_some_and(first_person_verb) && frame == "meet") {
                            return None;
                        }
                        let q = cx.quotes.iter().find(|q| q.start < se && q.end > ss && folded_at(q.start.max(ss)) <= trigger_at)?;
                        speaker_part(q, ss)
                    };
                    let Some(subj) = host_place
                        .or_else(|| speaker_own.clone())
                        .or_else(speaker_first)
                        .or(pair_subject)
                        .or_else(speech_opening)
                        .or_else(|| clause_subject(trigger_at))
                        .or(if quoted_here { None } else { own_subject })
                        .or_else(accepting_body)
                        .or_else(|| if quoted_here { None } else { subject.clone() })
                        .or_else(|| {
                            // No subject opens the sentence («در جریان سفر به کنیا،
                            // دو کشور … امضا کردند و ابراهیم رئیسی با همتای کنیایی
                            // خود دیدار کرد»): a verb's own clause, after «و», has
                            // its person first.
                            let verb = fr.phrase.rsplit(' ').next().is_some_and(|w| cues().verb_start.iter().any(|v| w.starts_with(v)));
                            (verb && !quoted_here && matches!(frame, "meet" | "phone"))
                                .then(|| parts.iter().rfind(|p| p.kind == Kind::PER && folded_at(p.start) < trigger_at && cx.word_before_titles(p.start, ss) == "و"))
                                .flatten()
                                .filter(|p| {
                                    let gap = folded.get(folded_at(p.end)..trigger_at).unwrap_or("");
                                    !gap.contains(['،', ':', '؛']) && gap.split(' ').any(|w| w == "با")
                                })
                                .cloned()
                        })
                        .or_else(|| {
                            // Still none, the meeting told in a relative clause: its
                            // person stands right before «که», past a post and the main
                            // verb at most («… به «ژایر بولسونارو» رئیس‌جمهور برزیل اشاره
                            // کرد که در این عمارت با ترامپ دیدار داشت»).
                            if quoted_here || !matches!(frame, "meet" | "phone") {
                                return None;
                            }
                            let ke = folded.get(..trigger_at)?.rfind(" که ")?;
                            let p = parts.iter().rfind(|p| p.kind == Kind::PER && folded_at(p.end) <= ke)?;
                            let between = folded.get(folded_at(p.end)..ke)?;
                            let clause = folded.get(ke..trigger_at)?;
                            let near = between.split(' ').filter(|w| !w.is_empty()).count() <= 8 && !between.contains(['،', ':', '؛']) && !clause.contains(['،', ':', '؛']);
                            // (No one else named in the clause before the meeting.)
                            let alone = !parts.iter().any(|q| q.kind == Kind::PER && folded_at(q.start) > ke && folded_at(q.start) < trigger_at && !cues().met_after.contains(&cx.word_before_titles(q.start, ss).as_str()));
                            (near && alone).then(|| p.clone())
                        })
                    else {
                        continue;
                    };
                    // «در این ملاقات»: the meeting already told, whose parties
                    // were named then; nobody named in this sentence joins it.
                    let after_this = folded[..trigger_at.min(folded.len())].trim_end().ends_with(" این");
                    let anaphoric = frame == "meet" && after_this;
                    // (Nor, once a meeting has been told, anyone the sentence
                    // names, its subject or another: «در این دیدار همچنین پیام
                    // دعوت X … به وی ابلاغ شد» names X's message, not a meeting
                    // with X.)
                    if anaphoric && !met_before.is_empty() {
                        continue;
                    }
                    // («در این دیدار X و Y نیز حضور داشتند»: who attended it.)
                    let told_present = || cues().presence.iter().any(|v| folded.contains(v));
                    if anaphoric && told_present() {
                        continue;
                    }
                    // «X در ملاقات (روز یکشنبه) Y با Z حضور داشت»: the meeting is
                    // Y's, told by the meeting noun's own person (below); X, who
                    // attended, is no party to it.
                    let after_dar = || fr.phrase.starts_with("در ") || folded[..trigger_at.min(folded.len())].trim_end().rsplit(' ').next() == Some("در");
                    let attended = frame == "meet"
                        && !pair
                        && after_dar()
                        && parts.iter().any(|p| p.kind == Kind::PER && folded_at(p.start) < trigger_at)
                        && told_present()
                        && parts.iter().any(|p| p.kind == Kind::PER && folded_at(p.start) > trigger_at && folded.get(trigger_at + fr.phrase.len()..folded_at(p.start)).is_some_and(|g| g.split(' ').filter(|w| !w.is_empty()).count() <= 3 && !g.contains(" با ")));
                    if attended {
                        continue;
                    }
                    let verbal_phrase = matches!(frame, "meet" | "phone")
                        && fr.phrase.rsplit(' ').next().is_some_and(|w| cues().verb_start.iter().any(|v| w.starts_with(v)));
                    // Others: the people of the sentence besides the subject
                    // (of the reported clause, if the phrase is in one).
                    let floor = clause_floor(trigger_at);
                    // (In a speaker's own first-person meeting, «دیدارهای … با
                    // رئیس جمهور X و وزیر خارجه Y داشتم»: everyone named after
                    // the «با» that follows the meeting noun, posts between.)
                    let with_after_trigger = |p: &Part| {
                        let at = folded_at(p.start);
                        folded.get(trigger_at..at).and_then(|g| g.find(" با ")).is_some_and(|w| !folded[trigger_at + w..at].contains(['،', ':', '؛', '.']))
                    };
                    let mut others: Vec<Actor> = parts
                        .iter()
                        .filter(|p| p.kind == Kind::PER && p.actor != subj.actor && (!pair || (p.start > subj.start && ["و", "با"].contains(&cx.word_before_titles(p.start, ss).as_str()))))
                        .filter(|p| floor.is_none_or(|f| folded_at(p.start) > f))
                        // «X در این تماس تلفنی … گفت: … مهار نتانیاهو …»: whom the
                        // speech after the phrase names is no party to it.
                        .filter(|p| quoted_here || quote_from.is_none_or(|q| folded_at(p.start) < q))
                        // «در تماس تلفنی با Y، جان باختن X را تسلیت گفت»: a name
                        // a noun possesses is no party to the call.
                        .filter(|p| frame != "phone" || !cues().possessed.contains(&cx.word_before_titles(p.start, ss).as_str()))
                        // «به دیدار اردوغان رفت», «در دیدار آقای X»: the one met
                        // right after the meeting noun; «هیاتی به ریاست X»: the
                        // head of the delegation met.
                        // («با مقامات طالبان، از جمله X و Y», «با X و همچنین Y».)
                        .filter(|p| frame != "meet" || (if handover { cx.word_before_titles(p.start, ss) == "به" && folded_at(p.start) > handed_after && (!nominal_handover || folded.get(handed_after..folded_at(p.start)).is_some_and(|g| !g.contains(['،', ':', '؛']) && g.split(' ').filter(|w| !w.is_empty()).count() <= 10)) } else { cues().met_after.contains(&cx.word_before_titles(p.start, ss).as_str()) || cx.after_counterpart(p.start, ss) || (speaker_own.is_some() && with_after_trigger(p)) }))
                        // A verb («با X دیدار کرده بود») has the one met before
                        // it: who follows is in another clause («… خواستار
                        // دیدار با وزیر امور خارجه شد»).
                        .filter(|p| !verbal_phrase || folded_at(p.start) < trigger_at || pair)
                        // «… از ملاقات اخیر X با Y»: a meeting noun between the
                        // phrase and a name makes that name another meeting's
                        // (a call's too); so does what the sentence points to
                        // after the phrase («در این گفت‌وگوی تلفنی، X … با اشاره
                        // به دیدار اخیر روسای جمهور دو کشور»).
                        .filter(|p| {
                            let at = folded_at(p.start);
                            let nested = || sent_hits.iter().any(|&(h, w)| h > trigger_at + fr.phrase.len() && h < at && cues().nested.contains(&w));
                            let pointed = || folded.get(trigger_at..at).is_some_and(|g| g.contains("با اشاره به"));
                            !(matches!(frame, "meet" | "phone") && at > trigger_at && (nested() || pointed()))
                        })
                        .map(|p| p.actor.clone())
                        .collect();
                    // «X … در جریان سفر Y به مسکو، با وی ملاقات خواهد کرد»: the
                    // one met is a pronoun, the last other person named before it
                    // (not the author of a message handed over, «پیام تبریک Y»).
                    if others.is_empty() && matches!(frame, "meet" | "phone") && !quoted_here {
                        let head = folded.get(..trigger_at).unwrap_or("");
                        // («… پیام … را به وی ابلاغ کرد»: the one a message is handed to.)
                        let prep = if handover { "به" } else { "با" };
                        let pronoun_at = cues().opening_pronoun.iter().filter_map(|w| head.rfind(&format!(" {prep} {w} "))).max();
                        if let Some(at) = pronoun_at.filter(|&at| head[at..].split(' ').filter(|w| !w.is_empty()).count() <= 6 && !head[at..].contains(['،', ':', '؛'])) {
                            // (Nor the one the message is addressed to: «پیام … به
                            // پوتین را به وی تحویل داد».)
                            let author = |p: &Part| {
                                handover
                                    && (matches!(cx.word_before_titles(p.start, ss).as_str(), "به" | "برای")
                                        || cues().message.iter().any(|m| {
                                            cx.prev_word(p.start, ss) == *m
                                                || folded[..folded_at(p.start)].trim_end().ends_with(&format!("{m} تبریک"))
                                                || rasad_kb::key::match_key(&cx.text[p.start..p.end]).split(' ').next() == Some(*m)
                                        }))
                            };
                            // (Past the clause «که» opens after a reporting verb,
                            // the pronoun may go back to the one reporting: «دفتر X
                            // اعلام کرد که Y به صورت تلفنی با وی رایزنی کرد».)
                            let named = |p: &&Part| p.kind == Kind::PER && p.actor != subj.actor && folded_at(p.end) <= at && !author(p);
                            let in_clause = parts.iter().filter(named).rfind(|p| floor.is_none_or(|f| folded_at(p.start) > f));
                            if let Some(p) = in_clause.or_else(|| parts.iter().rfind(named)) {
                                others.push(p.actor.clone());
                            }
                        }
                    }
                    // «همتای آذربایجانی خود»
                    let mut counterpart_at: Option<(Actor, usize)> = None;
                    // (Not the post of a name written right before it, «با
                    // «نیکوس کوجی یا» همتای یونانی خود»: that person is met.)
                    let apposed = |at: usize| parts.iter().any(|p| p.kind == Kind::PER && folded.get(folded_at(p.end)..at).is_some_and(|g| g.chars().all(|c| matches!(c, ' ' | '»' | '"' | '،'))));
                    if let Some(at) = folded.find("همتای ").filter(|&at| !apposed(at)) {
                        let rest = &folded[at + "همتای ".len()..];
                        if let Some(&(_, c)) = demonyms().iter().find(|(d, _)| rest.starts_with(d.as_str())) {
                            // Unknown on the day (no date, none named): the
                            // counterpart's country stands for them.
                            let known = cx.counterpart(&subj.actor, c, event_date.map(|d| d.to).or(cx.published.map(|p| p.to)));
                            let abroad = cx.country_of(&subj.actor).is_some_and(|h| !h.eq_ignore_ascii_case(c));
                            // (Only for one who holds a post the base knows: the
                            // «همتای عراقی» of a friendship society's head is no one's.)
                            let in_office = matches!(subj.actor, Actor::Kb(i) if cx.kb.tenures.iter().any(|t| t.person == i));
                            // …or, the base knowing neither, the one the next
                            // sentences name with the subject's post in that
                            // country («کیومرث هاشمی وزیر ورزش … با همتای چینی
                            // خود دیدار کرد. در ابتدای این دیدار گائو ژیدان
                            // وزیر ورزش چین …»).
                            let named_next = || {
                                let until = sents.iter().filter(|n| n.0 >= se).take(2).last().map_or(se, |n| n.1);
                                if known.is_none() && others.is_empty() { cx.counterpart_named_after(&subj, c, se, until) } else { None }
                            };
                            if let Some(a) = known.map(Actor::Kb).or_else(named_next).or_else(|| if others.is_empty() { cx.counterpart_written(&subj.actor, c) } else { None }).or_else(|| if abroad && in_office && others.is_empty() { cx.country_entry(c).map(Actor::Kb) } else { None }) {
                                if a != subj.actor {
                                    counterpart_at = Some((a.clone(), at));
                                    if !others.contains(&a) {
                                        others.push(a);
                                    }
                                }
                            }
                        }
                    }
                    // «با مقامات ایرانی دیدار کرده بود», «با مسئولان عراق»:
                    // with no one named, a foreigner meets the officials'
                    // country (a few modifiers may stand between: «مقامات
                    // ارشد …»). (Not the purpose of the sentence's trip, «به منظور
                    // دیدار با مقامات اندونزی به جاکارتا سفر کرد»: the trip is
                    // the event.)
                    let mut officials_met: Option<usize> = None;
                    if frame == "meet" && others.is_empty() && counterpart_at.is_none() && !visit {
                        let officials = cues().officials.iter().find_map(|w| {
                            let pat = format!("با {w} ");
                            let at = folded.find(&pat)?;
                            let mut rest = &folded[at + pat.len()..];
                            for _ in 0..3 {
                                if let Some(c) = demonyms().iter().filter(|(d, _)| d.len() > 2).find(|(d, _)| rest.starts_with(d.as_str()) && !rest[d.len()..].chars().next().is_some_and(char::is_alphanumeric)).map(|(_, c)| (*c).clone()) {
                                    return Some(c);
                                }
                                rest = rest.split_once(' ').map_or("", |(_, r)| r);
                            }
                            None
                        });
                        if let Some(c) = officials.filter(|c| cx.country_of(&subj.actor).is_some_and(|h| !h.eq_ignore_ascii_case(c))) {
                            if let Some(p) = cx.country_entry(&c) {
                                others.push(Actor::Kb(p));
                                officials_met = Some(p);
                            }
                        }
                    }
                    // «رؤسای جمهور دو کشور … با یکدیگر دیدار کردند»: the
                    // other of a pair named by one phrase.
                    for p in parts.iter().filter(|p| p.kind == Kind::PER && p.start == subj.start && p.actor != subj.actor) {
                        if !others.contains(&p.actor) {
                            others.push(p.actor.clone());
                        }
                    }
                    others.dedup();
                    // A noun phrase («از گفتگوی تلفنی خود با X خبر داد و تأکید
                    // کرد که … رهبر …»): who is named past the clause the «که»
                    // or a colon opens after it is no party, when one is before.
                    if !verbal_phrase && !pair {
                        let from = (trigger_at + fr.phrase.len()).min(folded.len());
                        let cut = from + first_of(&folded[from..], 0, &[" که ", ":", "؛"]);
                        let past = |a: &Actor| {
                            !counterpart_at.as_ref().is_some_and(|(c, at)| c == a && *at < cut)
                                && parts.iter().any(|p| p.actor == *a)
                                && !parts.iter().any(|p| p.actor == *a && folded_at(p.start) < cut)
                        };
                        if others.iter().any(|a| !past(a)) {
                            others.retain(|a| !past(a));
                        }
                    }
                    // «به دیدار X رفت», «در دیدار X»: a meeting only with X
                    // named right after the noun («به دیدار فینال رسیدند» is a match).
                    if fr.phrase == "به دیدار" || fr.phrase == "در دیدار" {
                        let right_after: Vec<Actor> = parts
                            .iter()
                            .filter(|p| p.kind == Kind::PER && p.actor != subj.actor && folded_at(p.start) > trigger_at && cx.word_before_titles(p.start, ss) == "دیدار")
                            .map(|p| p.actor.clone())
                            .collect();
                        if right_after.is_empty() {
                            continue;
                        }
                        others.retain(|a| right_after.contains(a) || !parts.iter().any(|p| p.actor == *a && folded_at(p.start) > trigger_at));
                    }
                    // «دعوت … را پذیرفت»: accepting an invitation (or a
                    // proposal, a request) is an agreement, not hosting.
                    if frame == "host" && !fr.phrase.contains("حضور") && cues().offer.iter().any(|w| folded[..trigger_at.min(folded.len())].contains(w)) {
                        // Only the sentence's own words, outside a quotation
                        // («… نمی‌توان پیشنهاد … را پذیرفت»).
                        if trigger_at >= own.len() || own[..trigger_at].contains("نمی توان") || own[..trigger_at].contains("نمیتوان") {
                            continue;
                        }
                        push(Found { kind: "AGREE".into(), mode: None, source: vec![subj.actor.clone()], target: others, place: None, date: event_date, status, evidence, confidence: 0.6, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                        continue;
                    }
                    if others.is_empty() {
                        let this_one = matches!(frame, "meet" | "phone") && after_this;
                        let named_here = parts.iter().any(|p| p.actor == subj.actor && p.kind == Kind::PER);
                        if !this_one || !named_here || quoted_here || !met_before.is_empty() {
                            continue;
                        }
                        match untold_party.take() {
                            Some((a, f)) if f == frame && a != subj.actor => others.push(a),
                            _ => {
                                untold_party = Some((subj.actor.clone(), frame));
                                continue;
                            }
                        }
                    }
                    // «X و Y در این سفر، با Z … دیدار خواهند کرد»: people joined
                    // to the subject by «و» before the «با» of the ones met, with a
                    // plural verb, are its subject too, not met.
                    let mut co_subjects: Vec<Actor> = Vec::new();
                    if frame == "meet" && !pair && !handover {
                        let clause_end = first_of(folded, (trigger_at + fr.phrase.len()).min(folded.len()), &["،", ":", "؛", ".", " که "]);
                        let plural = fr.phrase.split(' ').chain(folded.get(trigger_at..clause_end).unwrap_or("").split(' ').take(6)).any(|w| {
                            w.ends_with("ند") && ["کرد", "خواه", "داشت", "نمود", "کن"].iter().any(|v| w.starts_with(v))
                        });
                        let with_at = folded.get(..trigger_at).and_then(|h| h.rfind(" با "));
                        if let (true, Some(with_at)) = (plural, with_at) {
                            for p in parts.iter().filter(|p| p.kind == Kind::PER && p.start > subj.start && folded_at(p.end) <= with_at && cx.word_before_titles(p.start, ss) == "و") {
                                if others.contains(&p.actor) && !co_subjects.contains(&p.actor) {
                                    co_subjects.push(p.actor.clone());
                                }
                            }
                            // («X و Y … با یکدیگر دیدار … کردند» is their meeting.)
                            let reciprocal = ["یکدیگر", "هم"].iter().any(|w| folded[with_at + " با ".len()..].starts_with(w));
                            if reciprocal {
                                co_subjects.clear();
                            } else {
                                others.retain(|a| !co_subjects.contains(a));
                                // (None left to meet, «… با مقامات عالی‌رتبه کشورمان
                                // دیدار … کردند»: no meeting of theirs with each other.)
                                if others.is_empty() && !co_subjects.is_empty() {
                                    continue;
                                }
                            }
                        }
                    }
                    let (mut source, mut target) = (vec![subj.actor.clone()], others);
                    source.extend(co_subjects);
                    let mut mode = fr.mode.clone();
                    // «X به صورت تلفنی با وی رایزنی کرد»: a meeting verb made a call
                    // by an adverb of its clause.
                    if frame == "meet" && verbal_phrase {
                        let at = trigger_at.min(folded.len());
                        let clause = &folded[clause_start(folded, at, credit_end)..at];
                        // (A series of calls is told in an adjunct of its own
                        // clause: «در ادامه رایزنی‌های تلفنی خود، … با Y گفتگو کرد».)
                        let head = &folded[credit_end.min(at)..at];
                        if head.contains("تلفن") && cues().by_phone.iter().any(|a| clause.contains(a) || (a.split(' ').any(|w| w.ends_with("های")) && head.contains(a))) {
                            mode = Some("phone".into());
                        }
                    }
                    let mut place = place_written;
                    if place_is_seat {
                        let seat_country = place.and_then(|p| cx.kb.entries[p].country.clone());
                        if !source.iter().chain(&target).any(|a| seat_country.is_some() && cx.country_of(a) == seat_country) {
                            place = None;
                        }
                    }
                    let mut welcome = false;
                    if frame == "guest" {
                        // (Those after «از سوی» welcome: a guest found among them is
                        // none, «هیأت … در بدو ورود از سوی X، Y و Z مورد استقبال قرار گرفت».)
                        if folded.get(..trigger_at).and_then(|h| h.rfind(" از سوی ")).is_some_and(|a| subj.start > ss && folded_at(subj.start) > a) {
                            continue;
                        }
                        // «X مورد استقبال Y قرار گرفت»: X, the subject, visits Y.
                        // A compatriot's welcome (an ambassador's to his
                        // minister) is none.
                        let home = cx.country_of(&source[0]);
                        target.retain(|t| home.is_none() || cx.country_of(t) != home);
                        if target.is_empty() {
                            continue;
                        }
                        mode = Some("visit".into());
                        // Met on arrival («در فرودگاه …»، «در بدو ورود»): the
                        // trip stays one to the country.
                        welcome = on_arrival(folded, trigger_at, credit_end);
                        // Welcomed on arrival at home (an official back at
                        // Mehrabad, «در بدو ورود به فرودگاه مهرآباد مورد
                        // استقبال … قرار گرفت»): a return, no visit. (A city
                        // or an airport of home, not the country of a post:
                        // «رئیس‌جمهور ترکیه در فرودگاه عشق‌آباد …».)
                        if welcome && home.is_some() && parts.iter().any(|p| folded_at(p.start) < trigger_at && matches!(p.kind, Kind::GPE | Kind::LOC) && matches!(p.actor, Actor::Kb(i) if !cx.kb.entries[i].is_country()) && cx.country_of(&p.actor) == home) {
                            continue;
                        }
                    } else if frame == "host" {
                        // «X میزبان Y بود»: Y is the visitor.
                        std::mem::swap(&mut source, &mut target);
                        mode = Some("visit".into());
                        // (Or the city of the host's post: «استاندار کربلا میزبان X بود».)
                        let post_city = || {
                            parts.iter().find_map(|p| match p.actor {
                                Actor::Kb(i) if p.kind == Kind::GPE && folded_at(p.end) <= trigger_at && !cx.kb.entries[i].is_country() && after_post_word(p) => Some(i),
                                _ => None,
                            })
                        };
                        place = place.or(host_city).or_else(post_city);
                    } else if frame == "meet" {
                        if let Some((from, _)) = left_for.filter(|&(_, to)| place == Some(to)) {
                            place = Some(from);
                        }
                        // «با ظریف در تهران دیدار کرد»: a city right before the
                        // verb is where they met, whatever trip the sentence
                        // names before it («… خبر سفر X به توکیو را منتشر می‌کند
                        // که …»).
                        let at_verb = cities().filter(|p| cx.prev_word(p.start, ss) == "در" && folded_at(p.end) <= trigger_at).find(|p| {
                            folded.get(folded_at(p.end)..trigger_at).is_some_and(|g| !g.contains(['،', ':', '؛']) && g.split(' ').filter(|w| !w.is_empty()).count() <= 1)
                        });
                        let at_verb = match at_verb.map(|p| &p.actor) {
                            Some(Actor::Kb(i)) => Some(*i),
                            _ => None,
                        };
                        if at_verb.is_some() {
                            place = at_verb;
                        }
                        // No city written, but the country the subject's
                        // clause puts the meeting in («متقی … در قطر با X
                        // دیدار کرد»): that country is the place (not a
                        // mission's seat, a stop on the way, or a country
                        // after the one met, what they spoke of: «با X درباره
                        // تحولات در افغانستان گفت‌وگو کرد»).
                        // (Read only where no other place is found.)
                        let country_at = || {
                            let first_met = parts.iter().filter(|p| target.contains(&p.actor)).map(|p| p.start).min().unwrap_or(0);
                            parts.iter().find_map(|p| match p.actor {
                                Actor::Kb(i)
                                    if p.kind == Kind::GPE
                                        && cx.kb.entries[i].is_country()
                                        && p.start < first_met
                                        && cx.prev_word(p.start, ss) == "در"
                                        && !cx.en_route(p.start, ss)
                                        && !cx.post_seat(p.start, ss)
                                        && folded.get(folded_at(p.end)..trigger_at).is_some_and(|g| !g.contains(['،', ':', '؛'])) =>
                                {
                                    Some(i)
                                }
                                _ => None,
                            })
                        };
                        // «با حضور در (محل) وزارت امور خارجه با X دیدار کرد»: at the
                        // body's seat, its country's capital.
                        if place.is_none() {
                            place = parts
                                .iter()
                                .filter(|p| p.kind == Kind::ORG && cx.is_state_or_body(&p.actor) && !matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].is_country()))
                                .find(|p| {
                                    let head = folded[..folded_at(p.start)].trim_end();
                                    // (…or a palace named, «در کاخ کرملین».)
                                    // (The palace may be the body's own name, «کاخ کرملین».)
                                    let palace = folded.get(folded_at(p.start)..folded_at(p.end)).is_some_and(|n| n.starts_with("کاخ "));
                                    // (…or only «در محل»: «در دیداری رسمی با X در محل وزارت نفت».)
                                    cues().seat_at.iter().any(|w| head.ends_with(w)) || (palace && (head.ends_with(" در") || head == "در"))
                                })
                                .and_then(|p| cx.capital_of(&p.actor));
                        }
                        // «در دفتر نخست وزیر عراق»: at an office-holder's
                        // office, their country's capital.
                        if place.is_none() {
                            place = cx.roles[cx.roles.partition_point(|r| r.start < ss)..]
                                .iter()
                                .take_while(|r| folded_at(r.start) < trigger_at)
                                .find(|r| r.country_written && !r.country.is_empty() && cues().office_at.iter().any(|w| folded[..folded_at(r.start)].trim_end().ends_with(w)))
                                .and_then(|r| cx.country_entry(&r.country))
                                .and_then(|c| cx.capital_of(&Actor::Kb(c)));
                        }
                        // (Of several legs, the one to the others' country:
                        // «سفر به بیروت … وارد دمشق شد», then «با میقاتی».)
                        let target_countries: Vec<String> = target.iter().filter_map(|a| cx.country_of(a)).collect();
                        let trip_of = |a: &Actor| {
                            let mut legs = trips.iter().rev().filter(|(t, _)| t == a);
                            let last = legs.clone().next().map(|t| t.1);
                            legs.find(|(_, p)| cx.kb.entries[*p].country.as_ref().is_some_and(|c| target_countries.contains(c))).map(|t| t.1).or(last)
                        };
                        // (The sentence's own trip first: «وارد مصر شد و در این سفر با
                        // … دیدار کرد» after a later leg told before it.)
                        let travels_here = visit && traveller.as_ref().is_none_or(|t| *t == source[0]);
                        let own_trip = if travels_here { place_written } else { None };
                        // (A trip of this sentence to a country with no city
                        // named is not the earlier trip's city.)
                        let earlier = if travels_here && trip_country.is_some() { None } else { trip_of(&source[0]) };
                        if let Some(p) = at_verb.or(own_trip).or(sideline_place).or(earlier) {
                            place = place.or(Some(p));
                            // (Who is abroad is read at the place the meeting
                            // has, a city written beside it before an earlier
                            // trip's: «دیدار امروز X با Y در تفلیس» after X's
                            // trip to Tehran to come.)
                            let p = place.unwrap_or(p);
                            let place_country = cx.kb.entries[p].country.clone();
                            let foreign = |a: &Actor| cx.country_of(a).is_some_and(|c| Some(c) != place_country);
                            // (A meeting placed only by the city at its verb,
                            // no one from abroad nor on a trip: a meeting where
                            // they are, «… یکدیگر را در بیرجند ملاقات کردند».)
                            let at_home = at_verb == Some(p) && !visit && earlier.is_none() && !foreign(&source[0]) && !target.iter().any(foreign) && place_country.is_some();
                            mode = Some(if target.iter().all(foreign) && foreign(&source[0]) {
                                "third-party"
                            } else if at_home {
                                "meet"
                            } else {
                                "visit"
                            }
                            .into());
                            // A "trip" home is the other side's («وانگ یی در دیدار با
                            // همتای ایرانی خود که به پکن سفر کرده»): visitor → host.
                            let home = |a: &Actor| place_country.is_some() && cx.country_of(a) == place_country;
                            if home(&source[0]) && target.len() == 1 && foreign(&target[0]) {
                                std::mem::swap(&mut source, &mut target);
                            }
                        } else if let Some(p) = target.iter().find_map(trip_of) {
                            // The other side travelled: visitor → host.
                            std::mem::swap(&mut source, &mut target);
                            place = place.or(Some(p));
                            mode = Some("visit".into());
                        } else if let Some(from) = delegation_from.as_deref().filter(|_| place.is_none() && target.len() == 1) {
                            // The delegation's side is the visitor, in the other's capital.
                            let visitor = |a: &Actor| cx.country_of(a).is_some_and(|c| c.eq_ignore_ascii_case(from));
                            if visitor(&source[0]) && !visitor(&target[0]) {
                                place = cx.capital_of(&target[0]);
                                mode = Some("visit".into());
                            } else if visitor(&target[0]) && !visitor(&source[0]) {
                                std::mem::swap(&mut source, &mut target);
                                place = cx.capital_of(&target[0]);
                                mode = Some("visit".into());
                            }
                        } else if let Some(dest) = trip_country.as_ref().filter(|_| place.is_none() && traveller.as_ref() == Some(&source[0])) {
                            // The subject's trip to the others' country (no city
                            // named): a visit.
                            let there = |a: &Actor| cx.country_of(a).as_ref() == Some(dest);
                            let home = cx.country_of(&source[0]);
                            if home.is_some() && !there(&source[0]) && target.iter().all(there) {
                                mode = Some("visit".into());
                            } else if home.is_some() && !there(&source[0]) && target.iter().all(|t| cx.country_of(t).is_some_and(|c| !there(t) && Some(&c) != home.as_ref())) {
                                // …and meets someone of a third country there
                                // («در سفر به تاجیکستان در دیدار رئیس جمهور
                                // ترکمنستان»): in that country, neither's.
                                place = cx.country_entry(dest);
                                mode = Some("third-party".into());
                            }
                        } else if trip_region && place.is_none() && traveller.as_ref() == Some(&source[0]) && cx.country_of(&source[0]).is_some_and(|h| {
                            let theirs: Vec<Option<String>> = target.iter().map(|t| cx.country_of(t)).collect();
                            theirs.iter().all(|c| c.as_ref().is_some_and(|c| *c != h) && *c == theirs[0])
                        }) {
                            // The subject's tour of a region, meeting a host
                            // there («در جریان سفر خود به آمریکای لاتین با
                            // مادورو دیدار کرد»): a visit to the host's state.
                            mode = Some("visit".into());
                        } else if let Some(p) = place.or_else(country_at) {
                            place = Some(p);
                            // A meeting in one side's country: the other side is the visitor.
                            let pc = cx.kb.entries[p].country.clone();
                            let home = |a: &Actor| pc.is_some() && cx.country_of(a) == pc;
                            if home(&source[0]) && target.iter().all(|t| !home(t) && cx.country_of(t).is_some()) {
                                std::mem::swap(&mut source, &mut target);
                                mode = Some("visit".into());
                            } else if !home(&source[0]) && cx.country_of(&source[0]).is_some() && target.iter().any(home) {
                                mode = Some("visit".into());
                            } else if pc.is_some() && [&source[0]].into_iter().chain(target.iter()).all(|a| !home(a) && cx.country_of(a).is_some()) {
                                // Both sides abroad, in a third country (Iran and Saudi Arabia in Beijing).
                                mode = Some("third-party".into());
                            }
                        }
                    } else if frame == "phone" {
                        place = None;
                    }
                    // A visit told by a welcome or a host, no city written: the
                    // host's capital, a guess a restatement's city replaces.
                    let capital = if matches!(frame, "guest" | "host") && place.is_none() { cx.capital_of(&target[0]) } else { None };
                    place = place.or(capital);
                    // A meeting with a state's officials is in that state: its
                    // capital, unless the place found is already there.
                    if let Some(c) = officials_met {
                        let code = cx.kb.entries[c].country.clone();
                        if place.is_none_or(|p| cx.kb.entries[p].country != code) {
                            place = cx.capital_of(&Actor::Kb(c));
                        }
                        mode = Some("visit".into());
                    }
                    // A meeting of three or more told as one («با X و Y نشست سه
                    // جانبه برگزار کند»): the subject with each of the others,
                    // whoever travelled.
                    if fr.mode.as_deref() == Some("multilateral") && fr.frame == "meet" && source.len() + target.len() > 2 {
                        let mut all: Vec<Actor> = Vec::new();
                        for a in source.drain(..).chain(target.drain(..)) {
                            if !all.contains(&a) {
                                all.push(a);
                            }
                        }
                        let first = all.iter().position(|a| *a == subj.actor).unwrap_or(0);
                        source = vec![all.remove(first)];
                        target = all;
                        mode = Some("multilateral".into());
                    }
                    push(Found {
                        kind: "CONSULT".into(),
                        mode,
                        source,
                        target,
                        place,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.7,
                        welcome, place_implied: place.is_some() && place == capital, status_guessed: guessed, implied_date: false,
                    });
                }
                "multilateral" => {
                    // The participant: the last person named before the phrase, else the subject.
                    let before_trigger = |p: &Part| folded_at(p.start) < trigger_at;
                    // A verb of taking part («در نشست X شرکت کرد») is the
                    // subject's, after a meeting noun of its clause; a noun
                    // phrase («شرکت در نشست X») the last person's before it.
                    let verb = !fr.phrase.contains(" در ") && !fr.phrase.starts_with("در ") && !fr.phrase.ends_with(" در") && !fr.phrase.contains("راس") && !fr.phrase.contains("رأس");
                    let forum_at = if verb {
                        let from = clause_start(folded, trigger_at.min(folded.len()), credit_end);
                        let clause = &folded[from..trigger_at.min(folded.len())];
                        let Some(i) = cues().forum_noun.iter().filter_map(|n| clause.find(&format!("در {n}"))).min() else { continue };
                        from + i
                    } else {
                        0
                    };
                    // Invited to take part («از X برای شرکت در اجلاس بریکس دعوت
                    // کرد») is not taking part.
                    {
                        let end = first_of(after_trigger, 0, &["،", ".", "؛", " و "]);
                        if after_trigger[..end].contains(" دعوت ") || folded[..trigger_at.min(folded.len())].ends_with("دعوت برای ") {
                            continue;
                        }
                    }
                    // «شرکت در» alone: a meeting noun within two words («شرکت در
                    // هشتادمین مجمع عمومی …»), else it is taking part in anything.
                    // (Past an ordinal of words: «شرکت در بیست و پنجمین نشست سران …».)
                    if fr.phrase.ends_with(" در") {
                        let words: Vec<&str> = after_trigger.split(' ').filter(|w| !w.is_empty()).take(8).collect();
                        let from = ordinal_at(&words[..words.len().min(6)]).map_or(0, |i| i + 1);
                        if !words.iter().take(2).chain(words[from..].iter().take(2)).any(|w| cues().forum_noun.contains(w)) {
                            continue;
                        }
                    }
                    let nearest = parts.iter().rev().find(|p| p.kind == Kind::PER && before_trigger(p)).cloned();
                    // («در حاشیه نشست X»: an adjunct of its clause, the subject's.)
                    let adjunct = fr.phrase.starts_with("در ") && !fr.phrase.contains("راس") && !fr.phrase.contains("رأس");
                    let Some(subj) = (if verb || adjunct { subject.clone().or(nearest) } else { nearest.or(subject.clone()) }) else { continue };
                    let orgs: Vec<Actor> = parts
                        .iter()
                        .filter(|p| p.kind == Kind::ORG && is_forum(cx.kb, &p.actor))
                        // Not the body of someone's post («گروسی مدیرکل آژانس …
                        // در رأس هیأتی وارد تهران شد»).
                        // (States that are its members are none: «اجلاس کشورهای
                        // عضو پیمان شانگهای».)
                        .filter(|p| {
                            let prev = cx.prev_word(p.start, ss);
                            !cx.role_words.contains(prev) || (prev == "عضو" && cx.clause_before(p.start, ss, 40).trim_end().strip_suffix("عضو").is_some_and(|b| b.trim_end().ends_with("کشورهای")))
                        })
                        // …after the noun phrase, or before a verb of taking part («در نشست X شرکت کرد»).
                        .filter(|p| if verb { before_trigger(p) && folded_at(p.start) > forum_at } else { !before_trigger(p) || fr.phrase.contains("راس") || fr.phrase.contains("رأس") })
                        // («شرکت در» alone: the forum is in its noun phrase, a few words on.)
                        .filter(|p| {
                            !fr.phrase.ends_with(" در")
                                || folded.get((trigger_at + fr.phrase.len()).min(folded.len())..folded_at(p.start)).is_some_and(|g| {
                                    // (An ordinal of words, «صد و چهل و دومین», counts as one.)
                                    let words: Vec<&str> = g.split(' ').filter(|w| !w.is_empty()).collect();
                                    let from = ordinal_at(&words).unwrap_or(0);
                                    !g.contains(['،', ':', '؛']) && words.len() - from <= 5
                                })
                        })
                        .map(|p| p.actor.clone())
                        .collect();
                    let Some(org) = orgs.first() else { continue };
                    // The trip's city, unless the sentence puts the forum in
                    // another country («حضور در اجلاس بریکس در روسیه»).
                    let forum_country = parts
                        .iter()
                        .filter(|p| folded_at(p.start) > trigger_at && cx.prev_word(p.start, ss) == "در")
                        .find_map(|p| match p.actor {
                            Actor::Kb(i) if cx.kb.entries[i].is_country() => cx.kb.entries[i].country.clone(),
                            _ => None,
                        });
                    let trip_place = trips.iter().rev().find(|(t, _)| *t == subj.actor).map(|t| t.1).filter(|&p| forum_country.as_ref().is_none_or(|c| cx.kb.entries[p].country.as_ref() == Some(c)));
                    // (No city: the country the subject travels to in this
                    // sentence, «برای شرکت در نشست X به سوئیس سفر می‌کند».)
                    let trip_country_place = trip_country_entry.filter(|_| traveller.as_ref() == Some(&subj.actor) && forum_country.is_none());
                    let place = place_written.or(trip_place).or(trip_country_place);
                    // The meeting's own days, else the sentence's.
                    push(Found {
                        kind: "CONSULT".into(),
                        mode: Some("multilateral".into()),
                        source: vec![subj.actor.clone()],
                        target: vec![org.clone()],
                        place,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.6,
                        welcome: false, place_implied: false, status_guessed: false, implied_date: false,
                    });
                }
                "signed" => {
                    // «سند همکاری بین ایران و تاجیکستان به امضا رسید»: a signing
                    // told in the passive, by the parties named after «بین» or
                    // «میان» in its clause. The active «به امضا رساندند» is a
                    // stance of its subject (frame `statement`), and «به امضا»
                    // reads as a signing only with «رسید» (or «برسد», «خواهد
                    // رسید») before the clause ends.
                    let end = (trigger_at + fr.phrase.len()).min(folded.len());
                    let clause_end = first_of(folded, end, &["،", "؛", ".", " که ", ":"]);
                    let passive_verb = |w: &str| ["رسید", "رسیده", "رسد", "برسد", "برسند", "میرسد", "می رسد"].iter().any(|v| w == *v || w.starts_with("رسید"));
                    if fr.phrase.starts_with("به ") && !folded[end..clause_end].split(' ').any(passive_verb) {
                        continue;
                    }
                    let from = clause_start(folded, trigger_at.min(folded.len()), credit_end);
                    // «… به امضای X و Y رسید»: the signers named after the phrase
                    // (people, two at least; else the parties after «بین»).
                    let people_in = |lo: usize, hi: usize| parts.iter().filter(|p| p.kind == Kind::PER && (lo..hi).contains(&folded_at(p.start))).count();
                    // (Or after «توسط» before it: «… توسط X و Y به امضا رسید»;
                    // or «با حضور X و Y»: signed before them, theirs.)
                    let by = [" توسط ", " با حضور "].iter().filter_map(|w| folded[from..trigger_at].rfind(w)).max().map(|i| from + i).filter(|&b| people_in(b, trigger_at) >= 2);
                    let signers = (fr.phrase.ends_with("امضای") && people_in(end, clause_end) >= 2) || by.is_some();
                    // The parties: after the last «بین» or «میان» that two follow
                    // («روابط میان ایران و سوریه میان دو کشور به امضا رسید»).
                    let party = |p: &Part| p.kind == Kind::PER || cx.is_state_or_body(&p.actor);
                    let between = folded[from..trigger_at]
                        .match_indices(" بین ")
                        .chain(folded[from..trigger_at].match_indices(" میان "))
                        .map(|(i, _)| from + i)
                        .filter(|&b| parts.iter().filter(|p| party(p) && (b..trigger_at).contains(&folded_at(p.start))).count() >= 2)
                        .max();
                    let (lo, hi) = if let Some(b) = by {
                        (b, trigger_at)
                    } else if signers {
                        (end, clause_end)
                    } else if let Some(between) = between {
                        (between, trigger_at)
                    } else {
                        // «در جریان سفر رسمی … ۳۶ سند همکاری جدید امضا شد»: signed
                        // on the trip last told, by the traveller's state and
                        // the host's.
                        if !folded[from..trigger_at].split(' ').any(|w| w == "سفر") {
                            continue;
                        }
                        let told = trips.last().map(|(who, place)| (cx.country_of(who), cx.kb.entries[*place].country.clone()));
                        let told = told.or_else(|| lone_trips.last().and_then(|(f, c)| f.source.first().map(|who| (cx.country_of(who), Some(c.clone())))));
                        let Some((home, host)) = told else { continue };
                        let states: Vec<Actor> = [home, host].into_iter().flatten().filter_map(|c| cx.country_entry(&c)).map(Actor::Kb).collect();
                        if states.len() == 2 && states[0] != states[1] {
                            push(Found { kind: fr.kind.clone(), mode: None, source: states, target: Vec::new(), place: place_written, date: event_date, status, evidence, confidence: 0.4, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                        }
                        continue;
                    };
                    let mut parties: Vec<Actor> = Vec::new();
                    for p in parts.iter().filter(|p| (lo..hi).contains(&folded_at(p.start)) && (!signers || p.kind == Kind::PER)) {
                        if party(p) && !parties.contains(&p.actor) {
                            parties.push(p.actor.clone());
                        }
                    }
                    if parties.len() < 2 {
                        continue;
                    }
                    push(Found { kind: fr.kind.clone(), mode: None, source: parties, target: Vec::new(), place: place_written, date: event_date, status, evidence, confidence: 0.5, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                }
                "summoned" => {
                    // «سفیر سوئیس در تهران … احضار شد»: the state of the city the
                    // envoy serves in summons, else the summoning ministry's; the
                    // one accused is the envoy's country, right after the envoy.
                    let before: Vec<&Part> = parts.iter().filter(|p| folded_at(p.start) < trigger_at && folded_at(p.start) >= credit_end).collect();
                    let is_country = |p: &Part| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].is_country());
                    // (The envoy's country is part of a post, so not among the parts.)
                    let envoy_of = cx.mention_parts(ss, se).into_iter().find(|p| folded_at(p.start) < trigger_at && is_country(p) && cues().envoy.contains(&cx.prev_word(p.start, ss)));
                    let envoy_of = envoy_of.as_ref();
                    let after_envoy = |p: &&&Part| envoy_of.is_none_or(|e| p.start > e.start);
                    let seat = before.iter().filter(after_envoy).find(|p| p.kind == Kind::GPE && cx.prev_word(p.start, ss) == "در").and_then(|p| cx.country_of(&p.actor));
                    let ministry = || before.iter().rev().find(|p| p.kind == Kind::ORG && cx.is_state_or_body(&p.actor)).and_then(|p| cx.country_of(&p.actor));
                    let Some(summoner) = seat.clone().or_else(ministry).and_then(|c| cx.country_entry(&c)) else { continue };
                    // (Envoys of several states, «سفیران انگلیس و نروژ را احضار
                    // کرد»: each country joined to the first by «و».)
                    let mut target: Vec<Actor> = envoy_of.map(|p| p.actor.clone()).into_iter().collect();
                    if let Some(first) = envoy_of {
                        for p in cx.mention_parts(ss, se).into_iter().filter(|p| p.start > first.start && folded_at(p.start) < trigger_at) {
                            if !(is_country(&p) && cx.prev_word(p.start, ss) == "و") {
                                break;
                            }
                            target.push(p.actor.clone());
                        }
                    }
                    target.retain(|a| *a != Actor::Kb(summoner));
                    if debug_events() {
                        eprintln!("  SUMMONED envoy_of={:?} seat={:?} summoner={summoner}", envoy_of.map(|p| (&p.actor, cx.prev_word(p.start, ss))), seat);
                    }
                    push(Found { kind: fr.kind.clone(), mode: None, source: vec![Actor::Kb(summoner)], target, place: None, date: event_date, status, evidence, confidence: 0.6, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                }
                "statement" => {
                    // Who takes the stance: the speaker of the quotation, or the
                    // sentence's own subject before the phrase; and only actors of
                    // the news (an office-holder, a state, an organization).
                    // «X از Y حمایت کرد»: what stands after the «از» that heads
                    // the object is the object, not the one who takes the stance.
                    // Only phrases whose object takes «از», and only an «از» of
                    // the phrase's own clause (not «به گزارش فارس از تبریز،»).
                    let takes_az = cues().takes_az.iter().any(|w| fr.phrase.starts_with(w));
                    let clause_from = clause_start(folded, trigger_at.min(folded.len()), credit_end);
                    // «طرفین یکدیگر را … متهم کرده‌اند»: a stance the sides take
                    // toward each other has no one source.
                    if folded.get(clause_from..trigger_at).is_some_and(|c| c.contains("یکدیگر را")) {
                        continue;
                    }
                    let object_from = takes_az.then(|| folded.get(clause_from..trigger_at).and_then(|c| c.rfind(" از ")).map(|i| clause_from + i)).flatten();
                    let before_object = |p: &Part| object_from.is_none_or(|o| folded_at(p.start) < o);
                    // A person in an adverbial clause before a comma («پس از سفر
                    // اخیر X به Y، مقامات … موافقت خود را اعلام کردند»).
                    let adverbial = |p: &Part| {
                        let at = folded_at(p.start);
                        let from = clause_start(folded, at, credit_end);
                        let head = folded[from.min(at)..at].trim_start_matches([' ', '،']);
                        cues().adverbial.iter().any(|a| head.starts_with(a)) && folded.get(at..trigger_at).is_some_and(|g| g.contains('،'))
                    };
                    let own_subject = cx.subject(&parts, ss).filter(|p| folded_at(p.start) < trigger_at && before_object(p) && !adverbial(p)).map(|p| p.actor).or_else(|| {
                        // No person: a state or a body heading the clause
                        // («وزارت امور خارجه آمریکا … محکوم کرد», «دولت استرالیا …»).
                        // It heads its clause: nothing before it but the head of
                        // a state's voice (دولت, وزارت خارجه, سخنگوی, رئیس جمهور).
                        let heads_clause = |p: &Part| {
                            // A body the base lacks right before its country
                            // («وزارت دفاع تاجیکستان») heads the clause with it.
                            let body = cx.mentions.iter().find(|m| m.end <= p.start && matches!(m.target, Target::New { kind: Kind::ORG, .. }) && cx.text[m.end..p.start].trim().is_empty());
                            let at = folded_at(body.map_or(p.start, |m| m.start));
                            let clause = clause_start(folded, at, credit_end);
                            let lead: Vec<&str> = folded[clause.min(at)..at].split([' ', '-']).filter(|w| !w.is_empty() && *w != "،").collect();
                            let prev = cx.prev_word(p.start, ss);
                            let object = cues().object.contains(&prev) || prev == "در";
                            lead.is_empty() || (!object && lead.len() <= 8 && lead.iter().all(|w| cues().state_head.contains(w) || cues().clause_opener.contains(w)))
                        };
                        parts
                            .iter()
                            .filter(|p| folded_at(p.start) < trigger_at && folded_at(p.start) >= credit_end && before_object(p) && !cx.marked_object(p))
                            .find(|p| p.kind != Kind::PER)
                            .filter(|p| heads_clause(p))
                            // A capital heading the clause speaks for its state («آنکارا … از گفت‌وگو حمایت کرده است»).
                            .and_then(|p| cx.state_of_capital(&p.actor).map(Actor::Kb).or_else(|| cx.is_state_or_body(&p.actor).then(|| p.actor.clone())))
                            // …or a state's unnamed officials heading the clause.
                            .or_else(|| officials_at(clause_from).map(Actor::Kb))
                    });
                    // The quotation the phrase stands in, if any: its speaker's
                    // stance, or nobody's known one.
                    let quote_here = cx.quotes.iter().find(|q| q.start < se && q.end > ss && folded_at(q.start.max(ss)) <= trigger_at && trigger_at < folded_at(q.end.min(se)));
                    let quoted = quote_here.and_then(|q| q.speaker.clone()).map(Actor::from);
                    // A stance in a quotation is the speaker's only in the first
                    // person («حمایت می‌کنیم», «مخالفیم»); «برخی مخالفت خود را …
                    // مطرح می‌کردند» in someone's words is a third party's.
                    let by_speaker = in_quote || quote_here.is_some();
                    // A phrase of no person («مخالفت خود را … اعلام داشته») takes
                    // the person of its sentence («ما … می‌دانیم»).
                    let we = || folded.split(' ').any(|w| w == "ما" || w == "من" || (w.starts_with("می") && w.ends_with("یم")));
                    if by_speaker && !first_person(&fr.phrase) && !(fr.phrase.contains("خود را") && we()) {
                        continue;
                    }
                    // «وی عنوان کرد که … ما این پیشنهاد را نپذیرفتیم»: a first
                    // person in reported speech is the sentence's subject.
                    let own_subject = own_subject.or_else(|| (!in_quote && first_person(&fr.phrase) && pronoun_subject).then(|| subject.as_ref().map(|s| s.actor.clone())).flatten());
                    // «… گفت‌وگوی تلفنی داشت و رئیس‌جمهور ایران نیز حمایت کامل
                    // خود را … اعلام کرد»: a clause opened by «و» after a finite
                    // verb has its own subject, a person named or told by post
                    // right after the «و».
                    let clause_subject = cx.roles[cx.roles.partition_point(|r| r.start < ss)..]
                        .iter()
                        .take_while(|r| folded_at(r.start) < trigger_at)
                        .filter_map(|r| r.person.map(|p| (r.start, Actor::Kb(p))))
                        .chain(parts.iter().filter(|p| p.kind == Kind::PER && folded_at(p.start) < trigger_at).map(|p| (p.start, p.actor.clone())))
                        .filter(|(at, _)| cx.after_clause_end(*at, ss))
                        .max_by_key(|(at, _)| *at)
                        .filter(|_| !in_quote && quote_here.is_none());
                    // (It stands where its clause opens, not where the
                    // sentence named the person first.)
                    let subject_at = clause_subject.as_ref().map(|(at, _)| *at);
                    let own_subject = clause_subject.map(|(_, a)| a).or(own_subject);
                    let subject_at = subject_at.or_else(|| own_subject.as_ref().and_then(|a| parts.iter().find(|p| p.actor == *a)).map(|p| p.start));
                    let who = if in_quote { speaker.clone() } else if quote_here.is_some() { quoted } else { own_subject };
                    // «X … با Y دیدار کرد و طرفین … امضا کردند»: the sides are
                    // the two people the sentence has named before the clause.
                    if !by_speaker && !in_quote {
                        // The sides head the sentence or a clause of it (after
                        // «و» or a comma; a list's commas may stand between them
                        // and the verb), at most a few words before it.
                        let before = folded.get(..trigger_at).unwrap_or("");
                        // (Or reported speech: «ترامپ نوشت که رهبران توافق کردند».)
                        const JOINS: [&str; 3] = [" و ", "، ", " که "];
                        let sides_at = cues()
                            .sides_people
                            .iter()
                            .filter_map(|h| {
                                // (A whole word: a space after it.)
                                let mut at = before.match_indices(h).map(|(i, _)| i).filter(|&i| before[i + h.len()..].starts_with(' '));
                                let joined = at.clone().filter(|&i| JOINS.iter().any(|j| before[..i].ends_with(j))).last();
                                joined.or_else(|| at.next().filter(|&i| i == 0))
                            })
                            .max()
                            .filter(|&at| before[at..].split(' ').count() <= 24);
                        if let Some(sides_at) = sides_at {
                            let mut people: Vec<Actor> = Vec::new();
                            for p in parts.iter().filter(|p| p.kind == Kind::PER && folded_at(p.start) < sides_at) {
                                if !people.contains(&p.actor) {
                                    people.push(p.actor.clone());
                                }
                            }
                            // (No one else named before them: the two of the
                            // meeting or call the article told last.)
                            if people.len() < 2 {
                                if let Some((a, b)) = last_two.as_ref().filter(|(a, b)| people.iter().all(|p| p == a || p == b)) {
                                    people = vec![a.clone(), b.clone()];
                                }
                            }
                            if people.len() == 2 {
                                push(Found { kind: fr.kind.clone(), mode: None, source: people, target: Vec::new(), place: None, date: event_date, status, evidence, confidence: 0.5, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                                continue;
                            }
                        }
                    }
                    // «(در جریان سفر به کنیا،) دو کشور … سند همکاری امضا کردند»,
                    // «طرفین …»: the two sides are the country of the person
                    // the article follows and the one other country the
                    // sentence names.
                    let two_sides = if who.is_none() && !by_speaker {
                        let head = folded.get(clause_from..trigger_at).unwrap_or("").trim_start_matches([' ', '،']);
                        cues().sides_people.iter().chain(&cues().sides_states).any(|h| head.starts_with(h)).then(|| {
                            let mut sides: Vec<String> = subject.as_ref().or(current.as_ref()).and_then(|s| cx.country_of(&s.actor)).into_iter().collect();
                            for c in parts.iter().filter(|p| p.kind == Kind::GPE).filter_map(|p| cx.country_of(&p.actor)) {
                                if !sides.contains(&c) {
                                    sides.push(c);
                                }
                            }
                            sides
                        })
                    } else {
                        None
                    };
                    if let Some(sides) = two_sides {
                        let sides: Vec<Actor> = sides.iter().filter_map(|c| cx.country_entry(c)).map(Actor::Kb).collect();
                        if sides.len() == 2 {
                            push(Found { kind: fr.kind.clone(), mode: None, source: sides, target: Vec::new(), place: None, date: event_date, status, evidence, confidence: 0.4, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                        }
                        continue;
                    }
                    let Some(who) = who else { continue };
                    let newsworthy = match &who {
                        // (A person of the base with no tenure in it counts as
                        // one it lacks: by a state's post written beside the
                        // name, «کاظم جلالی سفیر جمهوری اسلامی ایران در …».)
                        Actor::Kb(i) => {
                            let e = &cx.kb.entries[*i];
                            e.is_country() || e.kind == Kind::ORG || cx.kb.tenures.iter().any(|t| t.person == *i) || (e.kind == Kind::PER && cx.home_written(&who).is_some())
                        }
                        // A person the base lacks counts when the text names
                        // them with a state's post («حیان عبدالغنی، وزیر نفت عراق»).
                        Actor::Name(_) => cx.home_written(&who).is_some(),
                    };
                    if !newsworthy {
                        continue;
                    }
                    // «X از Y استقبال کرد» with a person for Y: X hosts Y's visit;
                    // so does «X از هیئت … به سرپرستی Y استقبال کرد» (the head of
                    // the delegation welcomed).
                    let heads_delegation = |p: &Part| {
                        matches!(cx.prev_word(p.start, ss), "سرپرستی" | "ریاست") && {
                            let before = &folded[..folded_at(p.start)];
                            before.rfind(" از ").is_some_and(|k| before[k + " از ".len()..].split(' ').next().is_some_and(|w| cues().delegation.contains(&w)))
                        }
                    };
                    // «… از سوی همتای ایرانی خود … دعوتنامه‌ای دریافت و از آن
                    // استقبال کرد»: welcoming an invitation accepts it, an
                    // agreement with whoever sent it.
                    let invitation = fr.phrase.contains("استقبال") && !in_quote && folded.get(clause_from..trigger_at).is_some_and(|c| cues().invitation.iter().any(|w| c.contains(w)));
                    if invitation {
                        let mut inviters: Vec<Actor> = Vec::new();
                        for p in parts.iter().filter(|p| p.kind == Kind::PER && p.actor != who && folded_at(p.start) >= clause_from && folded_at(p.start) < trigger_at) {
                            if !inviters.contains(&p.actor) {
                                inviters.push(p.actor.clone());
                            }
                        }
                        push(Found { kind: "AGREE".into(), mode: None, source: vec![who], target: inviters, place: None, date: event_date, status, evidence, confidence: 0.6, welcome: false, place_implied: false, status_guessed: false, implied_date: false });
                        continue;
                    }
                    let welcomed = (fr.phrase.contains("استقبال") && !in_quote)
                        .then(|| parts.iter().find(|p| p.kind == Kind::PER && p.actor != who && folded_at(p.start) < trigger_at && (cx.prev_word(p.start, ss) == "از" || heads_delegation(p))))
                        .flatten();
                    // A welcome of state («به طور رسمی … استقبال کرد») is no stance,
                    // whoever the guest («نخست وزیر سوئد»).
                    if welcomed.is_none() && fr.phrase.contains("استقبال") && !in_quote && own.contains("رسمی") {
                        continue;
                    }
                    if let Some(guest) = welcomed {
                        let place = place_written.or_else(|| cx.capital_of(&who));
                        // Welcomed on arrival («در فرودگاه …»): as with the
                        // guest frame, the trip stays one to the country.
                        let on_arrival = on_arrival(folded, trigger_at, credit_end);
                        push(Found {
                            kind: "CONSULT".into(),
                            mode: Some("visit".into()),
                            source: vec![guest.actor.clone()],
                            target: vec![who],
                            place,
                            date: event_date,
                            status,
                            evidence,
                            confidence: 0.6,
                            welcome: on_arrival, place_implied: place_written.is_none() && place.is_some(), status_guessed: false, implied_date: false,
                        });
                        continue;
                    }
                    // Whom it is about: states and bodies between the one who takes
                    // the stance and the phrase (its object), not the credit's
                    // places nor what follows.
                    // (In a quotation, only what the speech names.)
                    let from = if by_speaker { quote_here.map_or(ss, |q| q.start.max(ss)) } else { subject_at.unwrap_or(ss) };
                    // A stance told as an adjunct («با رد ادعاهای آمریکا گفت»):
                    // its object follows, up to the clause's verb.
                    // (So does one after «خود را از»: «حمایت کامل خود را از
                    // رهبری روسیه … اعلام کرد».)
                    let own_object = fr.phrase.ends_with("خود را") && after_trigger.trim_start().starts_with("از ");
                    let adjunct = fr.phrase.starts_with("با ") || fr.phrase.starts_with("ضمن ") || own_object;
                    let (lo, hi) = if adjunct {
                        let after = (trigger_at + fr.phrase.len()).min(folded.len());
                        let end = first_of(folded, after, &[" گفت", " افزود", " اظهار", " تاکید", " اعلام", " تصریح", " خاطرنشان", "،", " که "]);
                        (trigger_at, end)
                    } else {
                        (0, trigger_at)
                    };
                    // (Nor the attacked: «تجاوزگری‌های این رژیم به سوریه و لبنان را
                    // محکوم کرد» condemns the regime, not Syria; the victims
                    // follow «به» a few words after an attack noun.)
                    let attacked = |p: &Part| {
                        let before = &folded[..folded_at(p.start)];
                        // (The attacker and a time may stand between: «حملات
                        // تجاوزکارانه روز پنجشنبه رژیم صهیونیستی به جنوب و بقاع لبنان».)
                        let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).rev().take(12).collect();
                        let to = words.iter().position(|w| *w == "به" || *w == "علیه");
                        to.is_some_and(|i| words[i..].iter().take(8).any(|w| attack_nouns().iter().any(|a| w.starts_with(a.as_str()))))
                            && words.iter().take(to.unwrap_or(0)).all(|w| !w.contains(['،', '.']) && *w != "را")
                    };
                    let target: Vec<Actor> = parts
                        .iter()
                        // (Not a site: «یورش … به مسجدالاقصی را محکوم کرد» is a
                        // stance toward those who stormed it.)
                        // (Nor a city: «حملات … روز شنبه دمشق را محکوم کرد» condemns
                        // what was done there, not the city.)
                        .filter(|p| !matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].id.starts_with("city:")))
                        // (Nor a region where it was done: «… در منطقه بقاع شد، جنایتی
                        // تروریستی خواند و … محکوم کرد».)
                        .filter(|p| !(matches!(p.kind, Kind::GPE | Kind::LOC) && matches!(&p.actor, Actor::Kb(i) if !cx.kb.entries[*i].is_country()) && (cx.word_before_place(p.start, ss) == "در" || cx.word_before_past(p.start, ss, &["منطقه"], 1) == "در")))
                        // (Nor the seat of a mission: «سفیر ایران در روسیه … امضا کرد».)
                        .filter(|p| p.actor != who && p.kind != Kind::PER && p.kind != Kind::LOC && !cx.post_of_person(p) && !cx.post_seat(p.start, ss) && !attacked(p) && p.start >= from && folded_at(p.start) >= credit_end && folded_at(p.start) >= lo && folded_at(p.start) < hi)
                        .map(|p| p.actor.clone())
                        .take(3)
                        .collect();
                    // «وزرای امور خارجه ایران و ازبکستان … سند … را امضا
                    // کردند», «A و B … امضا کردند»: a plural verb after a list
                    // of people makes them all its subject.
                    let mut source = vec![who];
                    let plural_verb = fr.phrase.ends_with("ند") || after_trigger.starts_with("ند");
                    if plural_verb && !by_speaker {
                        if let Some(first) = subject_at.and_then(|a| parts.iter().position(|p| p.start == a)) {
                            let mut last_end = parts[first].end;
                            // (People, or states and bodies as the first is one:
                            // «ایران و سوریه … تفاهم‌نامه … امضا کردند».)
                            let kind = parts[first].kind;
                            let alike = |p: &&Part| p.kind == kind && (kind == Kind::PER || cx.is_state_or_body(&p.actor));
                            for p in parts[first + 1..].iter().filter(alike).filter(|p| folded_at(p.start) < trigger_at) {
                                let between = cx.folded.key(last_end.min(p.start), p.start);
                                if cx.prev_word(p.start, ss) != "و" || between.split(' ').any(|w| w != "و" && cues().object.contains(&w)) {
                                    break;
                                }
                                if !source.contains(&p.actor) {
                                    source.push(p.actor.clone());
                                }
                                last_end = p.end;
                            }
                        }
                    }
                    let target: Vec<Actor> = target.into_iter().filter(|a| !source.contains(a)).collect();
                    push(Found {
                        kind: fr.kind.clone(),
                        mode: None,
                        source,
                        target,
                        place: None,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.5,
                        welcome: false, place_implied: false, status_guessed: false, implied_date: false,
                    });
                }
                "mission" => {
                    // «حمله … به سفارت X»: an attack on X's mission, told with
                    // the attack noun within a few words before.
                    let head = &folded[..trigger_at.min(folded.len())];
                    let near: Vec<&str> = head.split(' ').filter(|w| !w.is_empty()).rev().take(8).collect();
                    if !near.iter().any(|w| ["حمله", "حملات", "یورش", "تیراندازی"].contains(w)) {
                        continue;
                    }
                    // Told as an event (its own date, or «اقدام به حمله»), not
                    // only named («پرونده عامل حمله به سفارت …»).
                    if date.is_none() && !head.contains("اقدام به حمله") {
                        continue;
                    }
                    let after_trigger = |p: &Part| folded_at(p.start) >= trigger_at + fr.phrase.len();
                    let Some(target) = parts
                        .iter()
                        .filter(|p| after_trigger(p))
                        .find(|p| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].is_country()))
                        .map(|p| p.actor.clone())
                    else {
                        continue;
                    };
                    // The attacker: a state or group opening the sentence, else unknown.
                    let attacker: Vec<Actor> = parts
                        .iter()
                        .find(|p| folded_at(p.start) >= credit_end)
                        .filter(|p| folded_at(p.start) < trigger_at && p.actor != target && cx.prev_word(p.start, ss).is_empty())
                        .filter(|p| cx.is_state_or_body(&p.actor))
                        .map(|p| vec![p.actor.clone()])
                        .unwrap_or_default();
                    push(Found {
                        kind: fr.kind.clone(),
                        mode: None,
                        source: attacker,
                        target: vec![target],
                        place: place_written,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.5,
                        welcome: false, place_implied: false, status_guessed: false, implied_date: false,
                    });
                }
                "attack-noun" => {
                    // «حمله (نظامی) X به Y», «اقدام X در حمله (نظامی) علیه Y»: the
                    // attacker a state or group right after the noun (past its
                    // modifiers) or right before «در» and it; the attacked,
                    // after «به» or «علیه» a few words on.
                    let noun_end = (trigger_at + fr.phrase.len()).min(folded.len());
                    let head = folded[..trigger_at.min(folded.len())].trim_end();
                    if unreal_attack(head) {
                        continue;
                    }
                    let mut at = noun_end;
                    while let Some(m) = cues().attack_modifier.iter().filter(|m| folded[at..].strip_prefix(' ').and_then(|r| r.strip_prefix(**m)).is_some_and(|r| r.is_empty() || r.starts_with(' '))).max_by_key(|m| m.len()) {
                        at += 1 + m.len();
                    }
                    let right_after = parts.iter().find(|p| folded_at(p.start) >= noun_end && folded.get(at..folded_at(p.start)).is_some_and(|g| g.trim().is_empty()) && cx.is_state_or_body(&p.actor));
                    let right_before = || {
                        head.ends_with(" در")
                            .then(|| parts.iter().rfind(|p| folded_at(p.end) <= trigger_at && folded.get(folded_at(p.end)..trigger_at).is_some_and(|g| g.trim() == "در") && cx.is_state_or_body(&p.actor)))
                            .flatten()
                    };
                    let Some(attacker) = right_after.or_else(right_before) else { continue };
                    let from = if right_after.is_some() { folded_at(attacker.end) } else { at };
                    let target = parts.iter().find(|p| {
                        let g = folded.get(from..folded_at(p.start)).unwrap_or("");
                        folded_at(p.start) >= from
                            && p.actor != attacker.actor
                            && matches!(cx.word_before_place(p.start, ss).as_str(), "به" | "علیه")
                            && g.split(' ').filter(|w| !w.is_empty()).count() <= 3
                            && !g.contains(['،', '.', ':', '؛'])
                    });
                    let Some(target) = target else { continue };
                    // (A city attacked is its state's: «تجاوز … به دوحه».)
                    let attacked = match &target.actor {
                        Actor::Kb(i) if !cx.kb.entries[*i].is_country() && target.kind == Kind::GPE => {
                            cx.kb.entries[*i].country.as_deref().and_then(|c| cx.country_entry(c)).map_or(target.actor.clone(), Actor::Kb)
                        }
                        a => a.clone(),
                    };
                    if attacked == attacker.actor {
                        continue;
                    }
                    push(Found {
                        kind: fr.kind.clone(),
                        mode: None,
                        source: vec![attacker.actor.clone()],
                        target: vec![attacked],
                        place: place_written,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.4,
                        welcome: false, place_implied: false, status_guessed: false, implied_date: false,
                    });
                }
                "attack" => {
                    // The attacker: the first actor before the phrase that is not
                    // its object; the attacked: actors after «به», «علیه», «بر».
                    // («… را تهدید به حمله کرد»: a threat, no attack.)
                    if unreal_attack(&folded[..trigger_at.min(folded.len())]) {
                        continue;
                    }
                    let before_trigger = |p: &Part| folded_at(p.start) < trigger_at;
                    let followed_by_ra = |p: &Part| {
                        // A name's own end, when it is a mention: «را» right after it.
                        if let Some(m) = cx.mentions.iter().find(|m| m.start == p.start && m.end <= se) {
                            return text[m.end..se].split_whitespace().next() == Some("را");
                        }
                        let after = &text[p.start..se];
                        let rest = after.split_once(|c: char| c.is_whitespace()).map_or("", |(_, r)| r);
                        // The name may run several words: look a few ahead for «را».
                        rest.split_whitespace().take(3).any(|w| w == "را")
                    };
                    let object = |p: &Part| ["به", "علیه", "بر", "از", "در"].contains(&cx.prev_word(p.start, ss)) || followed_by_ra(p);
                    // States and armed groups attack; cities and people here are mostly settings.
                    let actor_kind = |p: &Part| cx.is_state_or_body(&p.actor);
                    // The attacker opens the sentence (after any credit): a state or group
                    // named further in is more often a setting than the actor.
                    let Some(first) = parts.iter().find(|p| credit_end == 0 || folded_at(p.start) > credit_end) else { continue };
                    // …and stands in no prepositional phrase (`به یک ایست بازرسی عراق … حمله کردند`).
                    let in_phrase = |p: &Part| {
                        let at = folded_at(p.start);
                        let clause = folded[..at].rfind([':', '؛', '،']).map_or(0, |i| i + if folded[i..].starts_with('،') { '،'.len_utf8() } else { 1 }).max(credit_end.min(at));
                        folded[clause..at].split(' ').any(|w| ["به", "از", "در", "با", "علیه", "بر", "برای", "روی"].contains(&w))
                    };
                    if !(before_trigger(first) && !object(first) && actor_kind(first)) || in_phrase(first) {
                        continue;
                    }
                    let attacker = first.actor.clone();
                    let target: Vec<Actor> =
                        parts.iter().filter(|p| before_trigger(p) && object(p) && p.actor != attacker).map(|p| p.actor.clone()).take(3).collect();
                    push(Found {
                        kind: fr.kind.clone(),
                        mode: None,
                        source: vec![attacker],
                        target,
                        place: place_written,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.5,
                        welcome: false, place_implied: false, status_guessed: false, implied_date: false,
                    });
                }
                "visit" if fr.kind == "CONSULT" => {
                    // The traveller: a person, the sentence's subject; the
                    // destination: a place after «به» or right after «وارد»,
                    // «عازم», «راهی», in another country than the traveller's.
                    // Named in the sentence, or «وی» for the person last spoken of.
                    // A trip told as a noun («سفر رسمی سال گذشته پزشکیان به
                    // آذربایجان», «از سفر روز یکشنبه ظریف … به قطر و عراق خبر
                    // داد»): the traveller is the person named right after it;
                    // the bare noun tells of nobody else's trip.
                    let noun_end = trigger_at + fr.phrase.len();
                    let nominal = parts
                        .iter()
                        .find(|p| p.kind == Kind::PER && folded_at(p.start) >= noun_end)
                        .filter(|p| {
                            let gap = folded.get(noun_end.min(folded.len())..folded_at(p.start)).unwrap_or("");
                            let words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty() && !cues().title.contains(w)).collect();
                            !gap.contains(['،', ':', '؛', '.']) && words.len() <= 4 && !words.iter().any(|w| matches!(*w, "به" | "با" | "از" | "در" | "که" | "و"))
                        })
                        .cloned();
                    let bare = fr.phrase == "سفر" && !elided_verb;
                    if bare && nominal.is_none() && !own_noun && !by_trip {
                        continue;
                    }
                    let quoted_here = quote_from.is_some_and(|q| q <= trigger_at);
                    // A trip as the adjunct opening the sentence («در جریان سفر به
                    // کنیا، … و ابراهیم رئیسی با … دیدار کرد»): the person the
                    // sentence goes on about, first named as no verb's object.
                    let adjunct_opening = || {
                        let opens = (fr.phrase.starts_with("در ") || fr.phrase.starts_with("طی ")) && folded[..trigger_at.min(folded.len())].trim().is_empty();
                        // (After «و» too: the clause it opens.)
                        let object = |p: &Part| {
                            let w = cx.word_before_titles(p.start, ss);
                            w != "و" && cues().object.contains(&w.as_str())
                        };
                        opens.then(|| parts.iter().find(|p| p.kind == Kind::PER && folded_at(p.start) > trigger_at && !object(p) && !cx.marked_object(p))).flatten().cloned()
                    };
                    let Some(subj) = nominal
                        .or_else(|| clause_subject(trigger_at))
                        .or_else(|| if quoted_here { None } else { subject.clone() })
                        .or_else(|| if quoted_here { None } else { adjunct_opening() })
                        .filter(|s| s.kind == Kind::PER && ((ss..se).contains(&s.start) || pronoun_subject || opens_with_pronoun))
                    else {
                        continue;
                    };
                    // «از سفر X … خبر داد»: a trip announced is to come.
                    let status = if bare && status == "reported" && folded[..trigger_at.min(folded.len())].trim_end().ends_with(" از") && folded.contains("خبر داد") { "planned" } else { status };
                    let event_date = if status == "reported" { event_date } else { date };
                    // An international official (the IAEA's director general)
                    // has no home: any country is abroad.
                    let home = match (cx.country_of(&subj.actor), &subj.actor) {
                        (Some(c), _) => c,
                        (None, Actor::Kb(i)) if cx.kb.entries[*i].kind == Kind::PER => String::new(),
                        _ => continue,
                    };
                    // (After the phrase, for a traveller named after it.)
                    let named_after = folded_at(subj.start) > trigger_at;
                    // «زیمبابوه دیگر مقصد آقای رئیسی است», «مقصد بعدی»: the
                    // place right before the phrase is the next stop, to come.
                    let next_stop = !fr.phrase.starts_with("به ") && fr.phrase.contains("مقصد");
                    let stop_before = |p: &Part| next_stop && folded.get(folded_at(p.end)..trigger_at).is_some_and(|g| g.trim().is_empty());
                    let status = if next_stop && status == "reported" { "planned" } else { status };
                    // (An airport of the knowledge base, «وارد فرودگاه مهرآباد
                    // تهران شد», is in its country: a destination too.)
                    let is_airport = |i: usize| cx.kb.entries[i].id.starts_with("airport:");
                    let after_subject: Vec<&Part> = parts.iter().filter(|p| (p.kind == Kind::GPE || matches!(p.actor, Actor::Kb(i) if is_airport(i))) && (p.start > subj.start || (named_after && folded_at(p.start) > trigger_at) || stop_before(p))).collect();
                    // «از ایران بازدید خواهد کرد», «از تاجیکستان دیدن کند»: the
                    // place visited stands after «از».
                    let from_visited = fr.phrase.starts_with("بازدید") || fr.phrase.starts_with("دیدن");
                    // «در مینسک به سر می‌برد»: staying where «در» says, before
                    // the verb (not «… به سر می‌برد، در دیدار با اعضای دفتر
                    // طالبان در قطر»: the office's seat).
                    let staying = fr.phrase.starts_with("به سر");
                    // «در فرودگاه نورخان شهر راولپندی بر زمین نشست»: a landing is
                    // in the first city abroad the sentence names after the traveller.
                    let landing = fr.phrase.ends_with("زمین نشست");
                    // «وارد فرودگاه (بین‌المللی) بیروت شد»: the airport's city.
                    let airport = |p: &Part| {
                        let head = folded[..folded_at(p.start)].trim_end();
                        let head = head.strip_suffix("بین المللی").unwrap_or(head).trim_end();
                        head.strip_suffix("فرودگاه").is_some_and(|h| {
                            let w = h.trim_end().rsplit(' ').next().unwrap_or("");
                            w != "از" && cues().destination.contains(&w)
                        })
                    };
                    // «وارد پایتخت روسیه شد»: the capital of the country named.
                    let capital_named = |p: &Part| {
                        let head = folded[..folded_at(p.start)].trim_end();
                        head.strip_suffix("پایتخت").is_some_and(|h| cues().destination.contains(&h.trim_end().rsplit(' ').next().unwrap_or("")))
                    };
                    // (A region of no one country is no destination: «به
                    // کشورهای آسیای مرکزی … با سفر به دوشنبه» goes to Dushanbe.)
                    let has_country = |p: &Part| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].country.is_some());
                    // (A trip told as a bare noun, its traveller named after it,
                    // has its destination right after the traveller: not «سفر بوش
                    // برگرداندن اعتماد رهبران عرب به امریکا و اسرائیل است».)
                    // (The traveller's post set off after the name, «سفر شوکت
                    // میرضیایف، رئیس جمهور ازبکستان به تاجیکستان», is the traveller's.)
                    let traveller_end = {
                        let after = cx.text.get(subj.end..).unwrap_or("");
                        let lead = after.len() - after.trim_start_matches(|c: char| c.is_whitespace() || c == '،' || c == ',').len();
                        let at = subj.end + lead;
                        let post = cx.roles[cx.roles.partition_point(|r| r.start < at)..].iter().take_while(|r| r.start == at).find(|r| r.person.is_none_or(|i| subj.actor == Actor::Kb(i)));
                        post.filter(|_| lead > 0).map_or(subj.end, |r| r.end)
                    };
                    let near_noun = |p: &Part| !(bare && named_after) || folded.get(folded_at(traveller_end).min(folded_at(p.start))..folded_at(p.start)).is_some_and(|g| g.split(' ').filter(|w| !w.is_empty()).count() <= 4);
                    let Some(first) = after_subject.iter().position(|p| {
                        let w = cx.word_before_place(p.start, ss);
                        has_country(p) && near_noun(p) && !cx.en_route(p.start, ss) && (capital_named(p)
                            || (cues().destination.contains(&w.as_str()) && !next_stop)
                            || stop_before(p)
                            || airport(p)
                            || (from_visited && w == "از")
                            || (staying && w == "در" && folded_at(p.end) <= trigger_at)
                            || (landing && matches!(&p.actor, Actor::Kb(i) if !cx.kb.entries[*i].is_country() && cx.kb.entries[*i].country.as_deref().is_some_and(|c| !c.eq_ignore_ascii_case(&home)))))
                    }).or_else(|| {
                        // «به دعوت رؤسای جمهور «کنیا، اوگاندا و زیمبابوه»، … عازم
                        // سفری سه روزه به این کشورها خواهد شد»: the countries the
                        // sentence listed before, named again by «این کشورها».
                        let rest = folded.get(trigger_at..).filter(|r| r.contains("به این "))?;
                        let at = cues().these_countries.iter().filter_map(|w| rest.find(w).map(|i| trigger_at + i)).min()?;
                        let is_state = |p: &Part| matches!(&p.actor, Actor::Kb(i) if cx.kb.entries[*i].is_country());
                        let mut first = after_subject.iter().rposition(|p| is_state(p) && folded_at(p.end) <= at)?;
                        while first > 0 {
                            let (a, b) = (after_subject[first - 1], after_subject[first]);
                            let between = cx.text.get(a.end..b.start).unwrap_or("x").trim_matches(|c: char| c.is_whitespace() || c == '\u{200C}');
                            if !is_state(a) || !matches!(between, "،" | "," | "و" | "، و") {
                                break;
                            }
                            first -= 1;
                        }
                        Some(first)
                    }) else {
                        continue;
                    };
                    // «به قطر، عراق و عمان سفر کرده بود»: every place of the list.
                    let list_from = |first: usize| -> Vec<&Part> {
                        let mut dests: Vec<&Part> = vec![after_subject[first]];
                        for p in &after_subject[first + 1..] {
                            let last = dests[dests.len() - 1];
                            let between = cx.text[last.end..p.start].trim_matches(|c: char| c.is_whitespace() || c == '\u{200C}');
                            if matches!(between, "،" | "," | "و" | "، و") || cues().list_join.contains(&between) {
                                dests.push(p);
                            } else {
                                break;
                            }
                        }
                        dests
                    };
                    let dests = list_from(first);
                    // A second trip told in a later clause of the sentence, with a
                    // trip verb of its own after its places and its own tense
                    // («… به ونزوئلا رفته و قرار است در ادامه این سفر به
                    // نیکاراگوئه و بولیوی هم برود»).
                    let group_end = dests.last().map_or(0, |d| folded_at(d.end));
                    // «عازم X و Y است»: a present «to be» after the places of
                    // a trip word that takes its verb after them tells a trip
                    // to come.
                    // (The frame's `preverb`, read with its pluperfect above.)
                    let present_after = || {
                        let rest = folded.get(group_end..).unwrap_or("").trim_start();
                        cues().preverb_present.iter().any(|w| rest.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with([' ', '.', '،'])))
                    };
                    let status = if status == "reported" && preverb && present_after() { "planned" } else { status };
                    // (A trip an invitation is for, «دعوت … از X برای سفر رسمی به
                    // ایران», is only invited.)
                    let head = folded.get(..trigger_at).unwrap_or("");
                    let invited = head.trim_end().ends_with(" برای") && head.rsplit(['،', ':', '؛']).next().is_some_and(|c| c.contains("دعوت"));
                    let mut groups: Vec<(Vec<&Part>, &'static str)> = if invited { Vec::new() } else { vec![(dests, status)] };
                    let is_trip_verb = |p: &str| lexicon_index().get(p).is_some_and(|v| v.iter().any(|&i| lexicon()[i].frame == "visit" && lexicon()[i].kind == "CONSULT")) && p != "سفر";
                    // (The first trip verb past a clause break: the group's own
                    // verb, «به ریاض و تهران سفر کند و …», is passed over.)
                    let mut verbs: Vec<(usize, &str)> = sent_hits.iter().copied().filter(|&(h, p)| h > group_end && is_trip_verb(p)).collect();
                    verbs.sort_unstable_by_key(|v| v.0);
                    for (verb_at, verb) in verbs {
                        let clause_break = folded.get(group_end..verb_at).is_some_and(|g| g.contains(" و ") || g.contains('،'));
                        if !clause_break {
                            continue;
                        }
                        // (A trip word before its destination, «… راهی واشنگتن خواهد
                        // شد», has the place after it.)
                        let preverb = cues().preverb.contains(&verb);
                        let placed = |p: &Part| if preverb { folded_at(p.start) > verb_at } else { folded_at(p.end) <= verb_at };
                        let next = after_subject.iter().position(|p| folded_at(p.start) > group_end && placed(p) && has_country(p) && !cx.en_route(p.start, ss) && cues().destination.contains(&cx.word_before_place(p.start, ss).as_str()));
                        // (Not a trip only hoped for: «… ابراز امیدواری کرد در
                        // اولین فرصت به ایران سفر کند».)
                        if let (Some(n), false) = (next, wished(folded.get(..verb_at).unwrap_or(""))) {
                            let later = status_near(verb_at, verb.len(), 60, planned_trip);
                            groups.push((list_from(n), later));
                        }
                        break;
                    }
                    for (dests, status) in groups {
                        let event_date = if status == "reported" { event_date } else { date };
                        for d in dests {
                            let Actor::Kb(dest) = d.actor else { continue };
                            let entry = &cx.kb.entries[dest];
                            let Some(country) = entry.country.clone() else { continue };
                            let Some(country_entry) = cx.country_entry(&country) else { continue };
                            if country.eq_ignore_ascii_case(&home) {
                                continue;
                            }
                            // A country for a destination, a city of it named in the
                            // sentence («… به آذربایجان سفر کرده است، وارد فرودگاه
                            // شهر باکو شد»): the city is where.
                            let place = if entry.is_country() && capital_named(d) {
                                cx.capital_of(&d.actor).unwrap_or(dest)
                            } else if entry.is_country() || is_airport(dest) {
                                // (Not the traveller's seat there, «سفیر ایران
                                // در آنکارا که به دو استان شرق ترکیه سفر کرده».)
                                let city = parts
                                    .iter()
                                    .filter(|p| !cx.post_seat(p.start, ss))
                                    .filter_map(|p| match p.actor {
                                        Actor::Kb(i) if p.kind == Kind::GPE && !cx.kb.entries[i].is_country() && cx.kb.entries[i].country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&country)) => Some(i),
                                        _ => None,
                                    })
                                    .next();
                                // (An airport with no city named: the base's
                                // airports are its capitals'.)
                                city.or_else(|| if is_airport(dest) { cx.kb.capitals.get(&country).copied() } else { None }).unwrap_or(dest)
                            } else {
                                dest
                            };
                            lone_trips.push((
                                Found { kind: "CONSULT".into(), mode: Some("visit".into()), source: vec![subj.actor.clone()], target: vec![Actor::Kb(country_entry)], place: Some(place), date: event_date, status, evidence, confidence: 0.5, welcome: false, place_implied: false, status_guessed: guessed, implied_date: event_date.is_some() && date.is_none() },
                                country,
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        // «ظریف … در دهلی نو هدف از این سفر را … خواند»: the subject, told in
        // a city abroad while speaking of «this trip», is on a trip there —
        // when no trip of the sentence is told otherwise.
        let this_trip = || cues().this_trip.iter().filter_map(|p| folded.find(p)).min();
        if lone_trips.len() == trips_from && !in_quote && !negated_at(0) {
            if let Some((t, trip_at)) = subject.as_ref().filter(|s| s.kind == Kind::PER && (ss..se).contains(&s.start)).zip(this_trip()) {
                let there = parts.iter().filter(|p| folded_at(p.start) < trip_at && cx.prev_word(p.start, ss) == "در").find_map(|p| city_abroad(t, p));
                if let Some((who, city, country)) = there {
                    if let Some(c) = cx.country_entry(&country) {
                        let status = if date.zip(cx.published).is_some_and(|(d, p)| d.to.0 < p.from.0 - 7) { "background" } else { "reported" };
                        lone_trips.push((
                            Found { kind: "CONSULT".into(), mode: Some("visit".into()), source: vec![who], target: vec![Actor::Kb(c)], place: Some(city), date: date.or(cx.published), status, evidence: (ss, se), confidence: 0.4, welcome: false, place_implied: false, status_guessed: false, implied_date: date.is_none() && cx.published.is_some() },
                            country,
                        ));
                    }
                }
            }
        }
        // «… روز شنبه نشستی فوق‌العاده در مسکو برگزار می‌کنند. … لاوروف،
        // ظریف و چاووش‌اوغلو در این نشست … گفتگو خواهند کرد»: a meeting
        // told «in this meeting» with no place of its own was held where the
        // sentence before holds its meeting (a city after «در», the one
        // city that sentence names so).
        if out[out_from..].iter().any(|o| o.kind == "CONSULT" && o.place.is_none()) && cues().this_meeting.iter().any(|p| p.starts_with("در ") && folded.contains(p)) {
            if let Some(before) = start_before(ss, 1) {
                let lo = cx.mentions.partition_point(|m| m.start < before);
                let hi = cx.mentions.partition_point(|m| m.start < ss);
                let mut held = cx.mentions[lo..hi.max(lo)].iter().filter_map(|m| match m.target {
                    Target::Kb(i) if cx.kb.entries[i].kind == Kind::GPE && !cx.kb.entries[i].is_country() && cx.word_before_past(m.start, before, &cues().place_noun, 3) == "در" => Some(i),
                    _ => None,
                });
                if let Some(city) = held.next().filter(|&c| held.all(|d| d == c)) {
                    for o in out[out_from..].iter_mut().filter(|o| o.kind == "CONSULT" && o.place.is_none()) {
                        o.place = Some(city);
                        // (And its day, where this sentence tells none.)
                        if date.is_none() && date_before.is_some() {
                            o.date = date_before;
                            o.implied_date = false;
                        }
                    }
                }
            }
        }
        // «تیرماه ۱۳۹۷ و مهرماه ۱۴۰۰ به پاکستان سفر کرده بود»: dates joined
        // by «و» tell of one event each; the sentence's events were given
        // the first.
        if let Some(first) = date {
            if let Some(k) = sent_dates.iter().position(|d| d.value == Some(first)) {
                let mut more: Vec<DayRange> = Vec::new();
                for w in sent_dates[k..].windows(2) {
                    let gap = cx.text.get(w[0].expr.end..w[1].expr.start).unwrap_or("").trim();
                    match w[1].value.filter(|v| gap == "و" && *v != first && w[1].precision == w[0].precision) {
                        Some(v) => more.push(v),
                        None => break,
                    }
                }
                for v in more {
                    let again: Vec<Found> = out[out_from..].iter().filter(|o| o.date == Some(first)).map(|o| Found { date: Some(v), ..o.clone() }).collect();
                    out.extend(again);
                    let again: Vec<(Found, String)> = lone_trips[trips_from..].iter().filter(|(o, _)| o.date == Some(first)).map(|(o, c)| (Found { date: Some(v), ..o.clone() }, c.clone())).collect();
                    lone_trips.extend(again);
                }
            }
        }
        if let Some(s) = &subject {
            current = Some(s.clone());
        }
    }
    // A meeting a speaker tells of in the first person that the narrative
    // tells too («… وارد مصر شد و با عبدالفتاح السیسی دیدار کرد» and «دیدارهای
    // بسیار مهم با … السیسی … داشتم»): the narrative's, with its place.
    if !own_told.is_empty() {
        let told: Vec<(Vec<Actor>, Actor)> = out
            .iter()
            .filter(|o| o.kind == "CONSULT" && !own_told.contains(&o.evidence.0))
            .flat_map(|o| o.target.iter().map(move |t| (o.source.clone(), t.clone())))
            .collect();
        for o in out.iter_mut().filter(|o| o.kind == "CONSULT" && own_told.contains(&o.evidence.0)) {
            let source = o.source.clone();
            o.target.retain(|t| !told.iter().any(|(s, x)| *s == source && x == t));
        }
        out.retain(|o| !(o.kind == "CONSULT" && own_told.contains(&o.evidence.0) && o.target.is_empty()));
    }
    // A meeting whose place the sentence leaves open (or gives as a country)
    // during a trip the article tells of (the traveller's own trip to the
    // other side's country, or another meeting of theirs there, at the same
    // time): the trip's city, a visit.
    let is_city = |p: usize| !cx.kb.entries[p].is_country();
    let mut cities: Vec<(Actor, usize, String, &'static str)> = Vec::new();
    for (t, c) in &lone_trips {
        if let Some(p) = t.place.filter(|&p| is_city(p)) {
            cities.push((t.source[0].clone(), p, c.clone(), t.status));
        }
    }
    // (A city left counts for a trip told now or to come.)
    for (t, p, c) in &left_cities {
        cities.push((t.clone(), *p, c.clone(), "reported"));
    }
    // A trip to a country with no city named, whose traveller the article
    // shows leaving or reaching a city of it: that city.
    for (t, c) in lone_trips.iter_mut() {
        if t.place.is_none_or(|p| !is_city(p)) {
            if let Some((_, p, _)) = left_cities.iter().find(|(a, _, lc)| *a == t.source[0] && lc.eq_ignore_ascii_case(c)) {
                t.place = Some(*p);
            }
        }
    }
    for o in out.iter().filter(|o| o.kind == "CONSULT" && o.mode.as_deref() != Some("phone") && o.source.len() == 1) {
        if let Some(p) = o.place.filter(|&p| is_city(p)) {
            if let Some(c) = cx.kb.entries[p].country.clone() {
                cities.push((o.source[0].clone(), p, c, o.status));
            }
        }
    }
    // Taking part in a forum with no place written, on the one trip the
    // article tells of the participant at the time («برای شرکت در کنفرانس …
    // وارد فرودگاه بین‌المللی ژنو شد»): the trip's city.
    for o in out.iter_mut().filter(|o| o.kind == "CONSULT" && o.mode.as_deref() == Some("multilateral") && o.place.is_none() && o.source.len() == 1) {
        let mut at = cities.iter().filter(|(t, _, _, st)| *t == o.source[0] && *st == o.status).map(|c| c.1);
        if let Some(p) = at.next() {
            if at.all(|q| q == p) {
                o.place = Some(p);
            }
        }
    }
    for o in out.iter_mut().filter(|o| o.kind == "CONSULT" && matches!(o.mode.as_deref(), Some("meet" | "visit")) && o.source.len() == 1) {
        if o.place.is_some_and(is_city) {
            continue;
        }
        let countries: Vec<String> = o.target.iter().filter_map(|a| cx.country_of(a)).collect();
        let mut found = cities.iter().find(|(t, _, c, st)| *t == o.source[0] && same_time(st, o.status) && countries.iter().any(|x| x.eq_ignore_ascii_case(c)));
        // The one met travelled to the other's country: visitor → host.
        if found.is_none() && o.target.len() == 1 {
            let home = cx.country_of(&o.source[0]);
            found = cities.iter().find(|(t, _, c, st)| *t == o.target[0] && same_time(st, o.status) && home.as_ref().is_some_and(|h| h.eq_ignore_ascii_case(c)));
            if found.is_some() {
                std::mem::swap(&mut o.source, &mut o.target);
            }
        }
        if let Some((_, p, c, _)) = found {
            if o.place.is_none_or(|q| cx.kb.entries[q].country.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(c))) {
                o.place = Some(*p);
                o.mode = Some("visit".into());
            }
        } else if o.place.is_none() && o.mode.as_deref() == Some("meet") {
            // A trip to the country with no city named («در جریان سفر به
            // کنیا، … با همتای کنیایی خود دیدار کرد»): a visit, place open.
            let to_there = lone_trips.iter().any(|(t, c)| t.source[0] == o.source[0] && same_time(t.status, o.status) && countries.iter().any(|x| x.eq_ignore_ascii_case(c)));
            if to_there {
                o.mode = Some("visit".into());
            }
        }
    }
    // One side on the one trip the article tells of them at the time, the
    // others from third countries («زنگنه … در بدو ورود به وین», and «با
    // وزیر نفت نیجریه دیدار کرد»): a meeting in a third country, in the
    // trip's city.
    for o in out.iter_mut().filter(|o| o.kind == "CONSULT" && o.place.is_none() && o.mode.as_deref() == Some("meet")) {
        let source_homes: Vec<Option<String>> = o.source.iter().map(|t| cx.country_of(t)).collect();
        let homes: Vec<Option<String>> = o.target.iter().map(|t| cx.country_of(t)).collect();
        for who in o.source.iter().chain(&o.target) {
            let mut at = cities.iter().filter(|(t, _, _, st)| t == who && same_time(st, o.status));
            let Some((_, p, c, _)) = at.next() else { continue };
            let abroad = |h: &Option<String>| h.as_ref().is_some_and(|h| !h.eq_ignore_ascii_case(c));
            if at.all(|x| x.1 == *p) && source_homes.iter().chain(&homes).all(abroad) && homes.iter().all(|h| !source_homes.contains(h)) {
                o.place = Some(*p);
                o.mode = Some("third-party".into());
                break;
            }
        }
    }
    // A trip stands as a visit to the country only where the article names
    // no one the traveller met there, nor any meeting of theirs in it.
    for (trip, country) in lone_trips {
        if debug_events() {
            eprintln!("TRIP {:?} -> {:?} place={:?} {} date={:?}", trip.source, trip.target, trip.place, trip.status, trip.date);
        }
        let there = |a: &Actor| cx.country_of(a).is_some_and(|c| c.eq_ignore_ascii_case(&country));
        // …on that trip: a meeting of the same time (not a recalled one in
        // New York beside a planned trip to Iran), held in that country if
        // its place is known.
        let placed_elsewhere = |o: &Found| o.place.is_some_and(|p| !cx.kb.entries[p].country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&country)));
        let trip_itself = |o: &Found| o.target.iter().all(|t| matches!(t, Actor::Kb(i) if cx.kb.entries[*i].is_country()));
        // (A meeting there with a third country's people, «با پوتین در
        // عشق‌آباد», leaves the visit to the host country standing: a place
        // in the country counts only with someone whose country is unknown.)
        let met_there = out.iter().any(|o| {
            o.kind == "CONSULT"
                && !o.welcome
                && !trip_itself(o)
                && !matches!(o.mode.as_deref(), Some("phone" | "multilateral"))
                && o.status == trip.status
                && !placed_elsewhere(o)
                && (o.source.contains(&trip.source[0]) || o.target.contains(&trip.source[0]))
                && (o.source.iter().chain(&o.target).any(there)
                    || (o.mode.as_deref() != Some("third-party")
                        && o.source.iter().chain(&o.target).any(|a| cx.country_of(a).is_none())
                        && o.place.is_some_and(|p| cx.kb.entries[p].country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&country)))))
        });
        if met_there {
            continue;
        }
        match out.iter_mut().find(|o| o.kind == trip.kind && o.source == trip.source && o.target == trip.target && o.date == trip.date && !statuses_apart(o.status, trip.status)) {
            // Told again with its city («به قطر» in the lead, «به دوحه» in the headline).
            Some(o) => {
                if o.place.is_some_and(|p| !is_city(p)) && trip.place.is_some_and(is_city) {
                    o.place = trip.place;
                }
            }
            None => out.push(trip),
        }
    }
    merge_restatements(cx.kb, cx.text, cx.dates, out)
}

/// Whether two events have the same participants, sides aside (Y visiting X
/// and X hosting Y).
fn same_participants(a: &Found, b: &Found) -> bool {
    let mut x: Vec<&Actor> = a.source.iter().chain(&a.target).collect();
    let mut y: Vec<&Actor> = b.source.iter().chain(&b.target).collect();
    x.sort();
    y.sort();
    x == y
}

/// Whether the folded text before an attack word ends with a word that
/// makes the attack only threatened, feared or remembered («تهدید به»,
/// «سالگرد»; grammar.tsv `attack-unreal`).
fn unreal_attack(head: &str) -> bool {
    let head = head.trim_end();
    cues().attack_unreal.iter().any(|w| head.strip_suffix(w).is_some_and(|h| h.is_empty() || h.ends_with(' ')))
}

/// Whether `a` is a person (known to the base or only named).
fn is_person(kb: &Kb, a: &Actor) -> bool {
    match a {
        Actor::Kb(i) => kb.entries[*i].kind == Kind::PER,
        Actor::Name(_) => true,
    }
}

/// Whether two statuses tell of two events: a trip recalled and a trip to
/// come are two, however alike.
fn statuses_apart(a: &str, b: &str) -> bool {
    matches!((a, b), ("background", "planned") | ("planned", "background"))
}

/// An event told twice in one article (once without its date or place, or
/// the other way round) is one event: the copies merge, keeping what each
/// knows.
fn merge_restatements(kb: &Kb, text: &str, dates: &[Resolved], events: Vec<Found>) -> Vec<Found> {
    // A past meeting the text gives a calendar day of its own («… دوشنبه
    // ۱۱ فروردین ماه نیز … دیدار کرده بود») is another meeting than the one
    // reported, not the report told again («پیش از این نیز با … دیدار کرد»).
    let own_day = |e: &Found| {
        let (s, t) = e.evidence;
        let lo = dates.partition_point(|d| d.expr.start < s);
        dates[lo..].iter().take_while(|d| d.expr.start < t).any(|d| d.expr.end <= t && matches!(d.expr.core, rasad_time::Core::Date { days: rasad_time::tagger::Days::List(_) | rasad_time::tagger::Days::Range(..), .. }))
    };
    let another_time = |o: &Found, e: &Found| {
        let (past, now) = match (o.status, e.status) {
            ("background", "reported") => (o, e),
            ("reported", "background") => (e, o),
            _ => return false,
        };
        !past.status_guessed && !o.date.zip(e.date).is_some_and(|(x, y)| x.overlaps(y)) && own_day(past) && !own_day(now)
    };
    // Two places agree when equal, or when one is a country and the other a
    // place in it (a trip «به قطر» told again as «به دوحه»).
    let within = |country: usize, place: usize| kb.entries[country].is_country() && kb.entries[place].country.is_some() && kb.entries[place].country == kb.entries[country].country;
    let places_agree = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(x), Some(y)) => x == y || within(x, y) || within(y, x),
        _ => true,
    };
    // …or when one is a guessed capital and the other a city of its country.
    let same_country = |x: usize, y: usize| kb.entries[x].country.is_some() && kb.entries[x].country == kb.entries[y].country;
    let mut out: Vec<Found> = Vec::new();
    for e in events {
        // A call and a meeting of one pair are two events.
        let phone = |f: &Found| f.mode.as_deref() == Some("phone");
        let compatible = |o: &Found| {
            o.kind == e.kind
                && same_participants(o, &e)
                && phone(o) == phone(&e)
                && (!statuses_apart(o.status, e.status) || o.status_guessed || e.status_guessed)
                && !another_time(o, &e)
                && (o.date.is_none() || e.date.is_none() || o.status_guessed || e.status_guessed || o.date.zip(e.date).is_some_and(|(x, y)| x.overlaps(y)) || ((o.implied_date || e.implied_date) && o.status == e.status))
                && (places_agree(o.place, e.place) || ((o.place_implied || e.place_implied) && o.place.zip(e.place).is_some_and(|(x, y)| same_country(x, y))))
        };
        match out.iter_mut().find(|o| compatible(o)) {
            Some(o) => {
                // A status only guessed yields to one the text tells.
                if o.status_guessed && !e.status_guessed && o.status != e.status {
                    o.status = e.status;
                    o.status_guessed = false;
                    o.date = e.date;
                }
                // (Its day is the day it was spoken of, not the trip's.)
                let guessed_date = e.status_guessed && !o.status_guessed;
                // The more precise place: the city in the country, the city
                // written over the capital guessed.
                if let (Some(x), Some(y)) = (o.place, e.place) {
                    if within(x, y) || (o.place_implied && !e.place_implied) {
                        o.place = Some(y);
                        o.place_implied = e.place_implied;
                    }
                }
                if !guessed_date && o.implied_date && !e.implied_date && e.date.is_some() {
                    o.date = e.date;
                    o.implied_date = false;
                }
                if !guessed_date {
                    o.date = o.date.or(e.date);
                }
                o.place = o.place.or(e.place);
                if o.mode.as_deref() == Some("meet") && e.mode.is_some() {
                    // A visit knows who travelled: its direction stands.
                    if e.mode.as_deref() == Some("visit") {
                        o.source = e.source.clone();
                        o.target = e.target.clone();
                    }
                    o.mode = e.mode.clone();
                }
            }
            None => out.push(e),
        }
    }
    // A meeting with several told once more pair by pair («با وزرای خارجه
    // آذربایجان و تاجیکستان دیدار» beside each meeting's own sentence): the
    // pairs stand, the group goes.
    let covered = |i: usize| {
        let e = &out[i];
        e.kind == "CONSULT"
            && e.source.len() * e.target.len() > 1
            && e.source.iter().all(|s| {
                e.target.iter().all(|t| {
                    out.iter().enumerate().any(|(j, o)| {
                        j != i
                            && o.kind == "CONSULT"
                            && o.source.len() * o.target.len() == 1
                            && ((o.source[0] == *s && o.target[0] == *t) || (o.source[0] == *t && o.target[0] == *s))
                            && o.date.zip(e.date).is_none_or(|(x, y)| x.overlaps(y))
                            && (o.place.is_none() || e.place.is_none() || o.place == e.place)
                    })
                })
            })
    };
    // A stance told once with whom it is about and once without («سفیر سوئیس
    // … احضار شد» in the lead, «سفیر کنفدراسیون … احضار شد» below) is one.
    let bare_stance = |i: usize| {
        let e = &out[i];
        e.kind != "CONSULT" && e.target.is_empty() && out.iter().enumerate().any(|(j, o)| j != i && o.kind == e.kind && o.source == e.source && !o.target.is_empty() && !statuses_apart(o.status, e.status))
    };
    // A state's stance in a headline or subtitle (a line of its own with no
    // full stop: «تهران از تلاش‌های جدی … استقبال می‌کند») that the body
    // gives one of its officials («عراقچی … تأکید کرده است که تهران …
    // استقبال می‌کند») is the official's, told once.
    let headline = |e: &Found| {
        let (s, t) = (e.evidence.0.min(text.len()), e.evidence.1.min(text.len()));
        let line_start = text[..s].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[t..].find('\n').map_or(text.len(), |k| t + k);
        text.get(line_start..line_end).is_some_and(|l| l.len() < 400 && !l.trim_end().ends_with(['.', '!', '؟', '?', ':']))
    };
    let officials_of = |o: &Found, c: &str| !o.source.is_empty() && o.source.iter().all(|a| matches!(a, Actor::Kb(j) if kb.entries[*j].kind == Kind::PER && kb.entries[*j].country.as_deref() == Some(c)));
    let state_restated = |i: usize| {
        let e = &out[i];
        let state = match e.source.as_slice() {
            [Actor::Kb(k)] if kb.entries[*k].is_country() => kb.entries[*k].country.as_deref(),
            _ => None,
        };
        e.kind != "CONSULT" && state.is_some_and(|c| headline(e) && out.iter().any(|o| o.kind == e.kind && officials_of(o, c) && !statuses_apart(o.status, e.status)))
    };
    // A signing told once by the states and once by the people who signed
    // («ایران و تاجیکستان … یادداشت تفاهم امضا کردند», then «این یادداشت
    // تفاهم … به امضای X وزیر نیرو و Y وزیر انرژی … رسید»): the people's is
    // the event, so long as it points back to the text signed and none of
    // them is another state's («یک موافقتنامه … نیز توسط X و Y به امضا
    // رسید» is another signing).
    let points_back = |o: &Found| {
        let ev = match_key(text.get(o.evidence.0..o.evidence.1).unwrap_or(""));
        cues().signed_document.iter().any(|d| ev.contains(&format!("این {d}")))
    };
    let states_signing = |i: usize| {
        let e = &out[i];
        let states: Vec<&str> = e.source.iter().filter_map(|a| match a {
            Actor::Kb(k) if kb.entries[*k].is_country() => kb.entries[*k].country.as_deref(),
            _ => None,
        }).collect();
        e.kind == "AGREE"
            && states.len() >= 2
            && states.len() == e.source.len()
            && out.iter().any(|o| {
                o.kind == "AGREE" && o.source.len() >= 2 && o.source.iter().all(|a| is_person(kb, a)) && !statuses_apart(o.status, e.status) && points_back(o)
                    && o.source.iter().all(|a| match a {
                        Actor::Kb(j) => kb.entries[*j].country.as_deref().is_none_or(|c| states.contains(&c)),
                        Actor::Name(_) => true,
                    })
            })
    };
    let drop: Vec<bool> = (0..out.len()).map(|i| covered(i) || bare_stance(i) || state_restated(i) || states_signing(i)).collect();
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

/// Up to `max` bytes of `text` from `start`, cut at a character boundary.
fn clip(text: &str, start: usize, max: usize) -> &str {
    let mut end = text.len().min(start + max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Organizations that hold meetings one takes part in (formats, bodies of
/// states), not ministries.
fn is_forum(kb: &Kb, a: &Actor) -> bool {
    match a {
        Actor::Kb(i) => kb.entries[*i].kind == Kind::ORG && kb.entries[*i].country.is_none(),
        Actor::Name(_) => false,
    }
}
