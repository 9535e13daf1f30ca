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
}

/// A participant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// A knowledge-base entry.
    Kb(usize),
    /// A name as written.
    Name(String),
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
        let mut v: Vec<Lex> = include_str!("../../../data/events/lexicon.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() >= 4).then(|| Lex {
                    phrase: match_key(f[0]),
                    kind: f[1].to_string(),
                    mode: (f[2] != "-").then(|| f[2].to_string()),
                    frame: f[3].to_string(),
                })
            })
            .collect();
        v.sort_by_key(|l| std::cmp::Reverse(l.phrase.len()));
        v
    })
}

fn markers(kind: &str) -> Vec<String> {
    include_str!("../../../data/events/markers.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(k, _)| *k == kind)
        .map(|(_, p)| match_key(p))
        .collect()
}

fn marker_lists() -> &'static (Vec<String>, Vec<String>, Vec<String>) {
    static M: std::sync::OnceLock<(Vec<String>, Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    M.get_or_init(|| (markers("planned"), markers("background"), markers("negation")))
}

/// True when `phrase` stands in `hay` (both folded) at word boundaries.
fn has_word(hay: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay[from..].find(phrase) {
        let s = from + i;
        let e = s + phrase.len();
        let ok_before = hay[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let ok_after = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if ok_before && ok_after {
            return Some(s);
        }
        from = s + phrase.len().max(1);
    }
    None
}

/// Words before a name that make it an object, not the subject.
const OBJECT: &[&str] = &["با", "از", "به", "برای", "درباره", "دستیار", "معاون", "مشاور", "نماینده", "همتای", "سفیر", "ویژه", "میان", "بین", "و"];

/// Inputs the extractor reads.
pub struct Context<'a> {
    /// The article's text.
    pub text: &'a str,
    /// The body's byte span.
    pub body: (usize, usize),
    /// Entity mentions.
    pub mentions: &'a [Mention],
    /// Role phrases with their holders.
    pub roles: &'a [RoleMention],
    /// Quotations.
    pub quotes: &'a [quotes::Found],
    /// Date expressions, resolved against the publication day.
    pub dates: &'a [Resolved],
    /// The publication days, if known.
    pub published: Option<DayRange>,
    /// The knowledge base.
    pub kb: &'a Kb,
}

#[derive(Clone, Debug)]
struct Part {
    start: usize,
    end: usize,
    actor: Actor,
    kind: Kind,
    country: Option<String>,
}

impl Context<'_> {
    fn parts_in(&self, s: usize, e: usize) -> Vec<Part> {
        let mut v: Vec<Part> = Vec::new();
        for m in self.mentions.iter().filter(|m| m.start >= s && m.end <= e) {
            let (actor, kind, country) = match &m.target {
                Target::Kb(i) => (Actor::Kb(*i), self.kb.entries[*i].kind, self.kb.entries[*i].country.clone()),
                Target::New { name, kind } => (Actor::Name(name.clone()), *kind, None),
            };
            v.push(Part { start: m.start, end: m.end, actor, kind, country });
        }
        for r in self.roles.iter().filter(|r| r.start >= s && r.end <= e) {
            if let Some(p) = r.person {
                // A role next to the person's own name adds nothing.
                if v.iter().any(|x| x.actor == Actor::Kb(p)) {
                    continue;
                }
                v.push(Part { start: r.start, end: r.end, actor: Actor::Kb(p), kind: Kind::PER, country: self.kb.entries[p].country.clone() });
            }
        }
        v.sort_by_key(|p| p.start);
        v
    }

    fn prev_word(&self, s: usize, from: usize) -> String {
        let before = match_key(&self.text[from..s]);
        before.rsplit(' ').next().unwrap_or("").to_string()
    }

    /// The subject of a sentence: its first person who is not an object.
    fn subject(&self, parts: &[Part], sent_start: usize) -> Option<Part> {
        parts.iter().find(|p| p.kind == Kind::PER && !OBJECT.contains(&self.prev_word(p.start, sent_start).as_str())).cloned()
    }

    fn country_of(&self, a: &Actor) -> Option<String> {
        match a {
            Actor::Kb(i) => self.kb.entries[*i].country.clone(),
            Actor::Name(_) => None,
        }
    }

    /// The counterpart of `subject` in `country` on `day`: the holder of
    /// the subject's office there.
    fn counterpart(&self, subject: &Actor, country: &str, day: Option<Day>) -> Option<usize> {
        let Actor::Kb(p) = subject else { return None };
        let day = day?;
        let office = self.kb.tenures.iter().find(|t| t.person == *p && t.from <= day && t.to.is_none_or(|to| day <= to))?.office.clone();
        self.kb.holder(&office, country, day)
    }
}

/// Events of the article.
pub fn find(cx: &Context<'_>) -> Vec<Found> {
    let (planned, background, negation) = marker_lists();
    let text = cx.text;
    let mut out: Vec<Found> = Vec::new();
    let mut current: Option<Part> = None; // the person the article is about
    // Trips: traveller and place, as the article tells them.
    let mut trips: Vec<(Actor, usize)> = Vec::new();
    let body = &text[cx.body.0..cx.body.1];
    let mut sents: Vec<(usize, usize)> = rasad_text::sentences(body).into_iter().map(|s| (cx.body.0 + s.start, cx.body.0 + s.end)).collect();
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
    for &(ss, se) in &sents {
        let folded = match_key(&text[ss..se]);
        let parts = cx.parts_in(ss, se);
        let pronoun_subject = ["وی ", "او ", "ایشان "].iter().any(|p| folded.starts_with(p)) || folded.contains(" وی ") && cx.subject(&parts, ss).is_none();
        let subject = cx.subject(&parts, ss).or_else(|| if pronoun_subject || parts.iter().all(|p| p.kind != Kind::PER) { current.clone() } else { None });
        // Inside a quotation, the speaker speaks.
        let speaker = cx.quotes.iter().find(|q| q.start <= ss && se <= q.end + 1).and_then(|q| q.speaker.clone()).map(|s| match s {
            quotes::Speaker::Kb(i) => Actor::Kb(i),
            quotes::Speaker::Name(n) => Actor::Name(n),
        });
        let negated = negation.iter().any(|n| has_word(&folded, n).is_some());
        let is_planned = planned.iter().any(|n| has_word(&folded, n).is_some());
        let is_background = background.iter().any(|n| has_word(&folded, n).is_some());
        // The sentence's date: its first day-, range- or month-precise expression.
        let date = cx
            .dates
            .iter()
            .filter(|d| d.expr.start >= ss && d.expr.end <= se)
            .filter(|d| matches!(d.precision, Precision::Day | Precision::Range | Precision::Month))
            .find_map(|d| d.value);
        let status = if is_planned {
            "planned"
        } else if is_background || date.zip(cx.published).is_some_and(|(d, p)| d.to.0 < p.from.0 - 2) {
            "background"
        } else {
            "reported"
        };
        let event_date = date.or(if status == "reported" { cx.published } else { None });
        // A place written in the sentence: a city or region after در/به.
        let place_written = parts
            .iter()
            .filter(|p| p.kind == Kind::GPE && matches!(&p.actor, Actor::Kb(i) if !cx.kb.entries[*i].id.starts_with("country:")))
            .find(|p| ["در", "به", "از"].contains(&cx.prev_word(p.start, ss).as_str()))
            .and_then(|p| match p.actor {
                Actor::Kb(i) => Some(i),
                _ => None,
            });
        let mut frames: Vec<&Lex> = Vec::new();
        for l in lexicon() {
            if has_word(&folded, &l.phrase).is_some() && !frames.iter().any(|f| f.frame == l.frame && f.kind == l.kind) {
                frames.push(l);
            }
        }
        if frames.is_empty() {
            if let Some(s) = &subject {
                if s.kind == Kind::PER {
                    current = Some(s.clone());
                }
            }
            continue;
        }
        // A trip in this sentence.
        let visit = frames.iter().any(|f| f.frame == "visit");
        if visit {
            if let (Some(s), Some(p)) = (&subject, place_written) {
                trips.push((s.actor.clone(), p));
            }
        }
        let host = frames.iter().any(|f| f.frame == "host");
        let evidence = (ss, se);
        let mut push = |f: Found| {
            if !out.iter().any(|o| o.kind == f.kind && o.source == f.source && o.target == f.target && o.date == f.date && o.place == f.place) {
                out.push(f);
            }
        };
        for fr in &frames {
            if negated {
                break;
            }
            match fr.frame.as_str() {
                "meet" | "phone" | "host" => {
                    let Some(subj) = subject.clone() else { continue };
                    // Others: the people of the sentence besides the subject.
                    let mut others: Vec<Actor> = parts
                        .iter()
                        .filter(|p| p.kind == Kind::PER && p.actor != subj.actor)
                        .filter(|p| fr.frame != "meet" || OBJECT.contains(&cx.prev_word(p.start, ss).as_str()) || cx.prev_word(p.start, ss) == "،")
                        .map(|p| p.actor.clone())
                        .collect();
                    // «همتای آذربایجانی خود»
                    if let Some(at) = folded.find("همتای ") {
                        let rest = &folded[at + "همتای ".len()..];
                        if let Some((_, c)) = cx.kb.demonyms.iter().map(|(d, c)| (match_key(d), c)).find(|(d, _)| rest.starts_with(d.as_str())) {
                            if let Some(p) = cx.counterpart(&subj.actor, c, event_date.map(|d| d.to).or(cx.published.map(|p| p.to))) {
                                if Actor::Kb(p) != subj.actor && !others.contains(&Actor::Kb(p)) {
                                    others.push(Actor::Kb(p));
                                }
                            }
                        }
                    }
                    others.dedup();
                    if others.is_empty() {
                        continue;
                    }
                    let (mut source, mut target) = (vec![subj.actor.clone()], others);
                    let mut mode = fr.mode.clone();
                    let mut place = place_written;
                    if fr.frame == "host" {
                        // «X میزبان Y بود»: Y is the visitor.
                        std::mem::swap(&mut source, &mut target);
                        mode = Some("visit".into());
                        place = place.or_else(|| cx.country_of(&target[0]).and_then(|c| cx.kb.capitals.get(&c).copied()));
                    } else if fr.frame == "meet" {
                        let trip_of = |a: &Actor| trips.iter().rev().find(|(t, _)| t == a).map(|t| t.1);
                        if let Some(p) = trip_of(&source[0]).or(if visit { place_written } else { None }) {
                            place = place.or(Some(p));
                            let place_country = cx.kb.entries[p].country.clone();
                            let foreign = |a: &Actor| cx.country_of(a).is_some_and(|c| Some(c) != place_country);
                            mode = Some(if target.iter().all(foreign) && foreign(&source[0]) { "third-party" } else { "visit" }.into());
                        } else if let Some(p) = target.iter().find_map(|t| trip_of(t)) {
                            // The other side travelled: visitor → host.
                            std::mem::swap(&mut source, &mut target);
                            place = place.or(Some(p));
                            mode = Some("visit".into());
                        }
                    } else if fr.frame == "phone" {
                        place = None;
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
                    });
                }
                "multilateral" => {
                    let Some(subj) = subject.clone() else { continue };
                    let orgs: Vec<Actor> = parts.iter().filter(|p| p.kind == Kind::ORG && is_forum(cx.kb, &p.actor)).map(|p| p.actor.clone()).collect();
                    let Some(org) = orgs.first() else { continue };
                    let place = place_written.or_else(|| trips.iter().rev().find(|(t, _)| *t == subj.actor).map(|t| t.1));
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
                    });
                }
                "statement" => {
                    let who = speaker.clone().or_else(|| subject.as_ref().map(|s| s.actor.clone()));
                    let Some(who) = who else { continue };
                    let target: Vec<Actor> = parts.iter().filter(|p| p.actor != who && p.kind != Kind::PER).map(|p| p.actor.clone()).take(3).collect();
                    push(Found {
                        kind: fr.kind.clone(),
                        mode: None,
                        source: vec![who],
                        target,
                        place: None,
                        date: event_date,
                        status,
                        evidence,
                        confidence: 0.5,
                    });
                }
                _ => {}
            }
        }
        if let Some(s) = &subject {
            current = Some(s.clone());
        }
    }
    out
}

/// Organizations that hold meetings one takes part in (formats, bodies of
/// states), not ministries.
fn is_forum(kb: &Kb, a: &Actor) -> bool {
    match a {
        Actor::Kb(i) => kb.entries[*i].kind == Kind::ORG && kb.entries[*i].country.is_none(),
        Actor::Name(_) => false,
    }
}
