//! # rasad-extract
//!
//! From an [`Article`] to the extraction [`Record`] of
//! `../shared/spec/extract-output.md`. Today the record carries the
//! article's metadata (outlet, attribution chain, publication and page
//! dates, title, kicker, lead, news code, body and boilerplate spans);
//! entities, events and quotations arrive with their stages. Pure logic.

#![warn(missing_docs)]

pub mod appositive;
pub mod check;
mod cues;
pub mod events;
pub mod merge;
pub mod quotes;
pub mod record;

pub use record::Record;

use rasad_ingest::{meta, Article, Outlets};
use rasad_text::CharCounter;
use rasad_time::DayRange;
use record::{DateValue, Entity, Mention, SourceRef, TextSpan0};
use rasad_kb::{Kb, Recognizer, Target};

/// The recognizer over the bundled knowledge base, built once.
pub fn recognizer() -> &'static Recognizer<'static> {
    static R: std::sync::OnceLock<Recognizer<'static>> = std::sync::OnceLock::new();
    R.get_or_init(|| Recognizer::new(Kb::builtin()))
}

/// The entities of `text` outside the `skip` byte spans (boilerplate),
/// one per entry or new name, with their mentions in characters.
pub fn entities(text: &str, recognizer: &Recognizer<'_>, skip: &[meta::Span], chars: &mut CharCounter<'_>) -> Vec<Entity> {
    let mentions: Vec<rasad_kb::Mention> =
        recognizer.mentions(text).into_iter().filter(|m| !skip.iter().any(|s| m.start < s.end && s.start < m.end)).collect();
    group_entities(text, recognizer.kb(), &mentions, chars)
}

/// Entities of mentions already found: one per entry or new name.
pub fn group_entities(text: &str, kb: &Kb, mentions: &[rasad_kb::Mention], chars: &mut CharCounter<'_>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut bodies = BodyCountries::default();
    for m in mentions {
        let (key, name, name_fa, kind, kb_id) = match &m.target {
            Target::Kb(i) => {
                let e = &kb.entries[*i];
                (e.id.clone(), e.name_en.clone(), e.name_fa.clone(), e.kind.as_str(), Some(e.id.clone()))
            }
            Target::New { name, kind } => (format!("new:{}", rasad_kb::key::match_key(name)), name.clone(), name.clone(), kind.as_str(), None),
        };
        let mention = Mention { start: chars.char_at(m.start), end: chars.char_at(m.end), text: text[m.start..m.end].to_string() };
        // A body named with its country («مجلس نمایندگان سوریه», «فرماندهی
        // نیروهای مرکزی آمریکا») names the country too.
        let country_inside = match &m.target {
            Target::Kb(i) if kb.entries[*i].kind == rasad_kb::Kind::ORG => country_named_in(text, kb, *i, m.start, m.end, &mut bodies),
            _ => None,
        };
        let mut add = |key: String, entity: Entity, mention: Mention| match index.get(&key) {
            Some(&at) => out[at].mentions.push(mention),
            None => {
                index.insert(key, out.len());
                out.push(Entity { mentions: vec![mention], ..entity });
            }
        };
        add(key, Entity { name, name_fa, kind: kind.to_string(), kb_id, mentions: Vec::new() }, mention);
        if let Some((c, s, e)) = country_inside {
            let ce = &kb.entries[c];
            let mention = Mention { start: chars.char_at(s), end: chars.char_at(e), text: text[s..e].to_string() };
            add(ce.id.clone(), Entity { name: ce.name_en.clone(), name_fa: ce.name_fa.clone(), kind: ce.kind.as_str().to_string(), kb_id: Some(ce.id.clone()), mentions: Vec::new() }, mention);
        }
    }
    out
}

/// Per body of an article: its country's entry and that country's names,
/// folded and split into words (none for an outlet or a body of no country).
type BodyCountries = rustc_hash::FxHashMap<usize, Option<(usize, Vec<Vec<String>>)>>;

/// The country of the body `org` if the mention at `start..end` writes its
/// name (any of its names, whole words): the country's entry and the span.
/// `bodies` keeps what each body of the article was found to be, so each is
/// looked up once.
fn country_named_in(text: &str, kb: &Kb, org: usize, start: usize, end: usize, bodies: &mut BodyCountries) -> Option<(usize, usize, usize)> {
    let span = &text[start..end];
    // One word names no body and its country both.
    if !span.contains(' ') {
        return None;
    }
    // (Not a medium's: «صدای آمریکا» names no country of the story.)
    let head = rasad_kb::key::match_key(span.split_whitespace().next().unwrap_or(""));
    if cues::cues().media_head.contains(&head.as_str()) {
        return None;
    }
    let (c, names) = bodies
        .entry(org)
        .or_insert_with(|| {
            // (Nor a news outlet's: «خبرگزاری فرانسه»; a ministry with a
            // site of its own is still a ministry.)
            if Outlets::builtin().all().iter().any(|o| o.name == kb.entries[org].name_en && o.kind != "site") {
                return None;
            }
            let c = kb.country(kb.entries[org].country.as_deref()?)?;
            let ce = &kb.entries[c];
            let names = std::iter::once(&ce.name_fa).chain(ce.aliases.iter()).map(|n| rasad_kb::key::match_key(n).split(' ').filter(|w| !w.is_empty()).map(String::from).collect::<Vec<_>>()).filter(|w| !w.is_empty()).collect();
            Some((c, names))
        })
        .as_ref()?;
    let (c, ce) = (*c, &kb.entries[*c]);
    let folded = rasad_kb::key::match_key(span);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let written = names.iter().any(|n| words.windows(n.len()).any(|w| w.iter().zip(n).all(|(a, b)| *a == b.as_str())));
    if !written {
        return None;
    }
    // The span: the last words of the mention that spell the name (the
    // mention's own end when the words are folded differently).
    let last = std::iter::once(&ce.name_fa).chain(ce.aliases.iter()).filter_map(|n| span.rfind(n.as_str()).map(|i| (i, n.len()))).max_by_key(|&(i, _)| i);
    Some(match last {
        Some((i, len)) => (c, start + i, start + i + len),
        None => (c, start, end),
    })
}

/// A name given to a place or body that a person of the article also bears
/// (`کامرون` after `نخست‌وزیر انگلیس` or `دیوید کامرون`) names the person:
/// someone the article names in full or reaches through an office.
fn people_over_places(text: &str, recognizer: &Recognizer<'_>, mut mentions: Vec<rasad_kb::Mention>, roles: &[rasad_kb::RoleMention]) -> Vec<rasad_kb::Mention> {
    let kb = recognizer.kb();
    let present = |p: usize| {
        roles.iter().any(|r| r.person == Some(p)) || mentions.iter().any(|m| m.target == Target::Kb(p) && text[m.start..m.end].contains(' '))
    };
    let swaps: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.target, Target::Kb(i) if kb.entries[i].kind != rasad_kb::Kind::PER))
        .filter_map(|(k, m)| recognizer.person_also_named(text, m).filter(|&p| present(p)).map(|p| (k, p)))
        .collect();
    for (k, p) in swaps {
        mentions[k].target = Target::Kb(p);
    }
    mentions
}

/// A stable id: 16 hex digits of a 64-bit FNV-1a hash of the URL when
/// known, else of the text.
pub fn doc_id(article: &Article) -> String {
    let bytes = article.url.as_deref().map_or(article.text.as_bytes(), str::as_bytes);
    format!("{:016x}", rasad_text::hash::fnv1a(bytes))
}

fn gregorian(r: DayRange) -> DateValue {
    DateValue::from_days(meta::iso(r.from), meta::iso(r.to))
}

/// A byte span of the text as a character span.
fn char_span(chars: &mut CharCounter<'_>, s: meta::Span) -> TextSpan0 {
    TextSpan0 { start: chars.char_at(s.start), end: chars.char_at(s.end) }
}

fn jalali(r: DayRange) -> Option<DateValue> {
    let f = rasad_time::calendar::to_jalali(r.from)?.to_string();
    let t = rasad_time::calendar::to_jalali(r.to)?.to_string();
    Some(DateValue::from_days(f, t))
}

/// The version of rasad written into every record: the crate version and
/// the revision of the extraction rules (raised whenever their output
/// changes).
pub const RASAD_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+x44");

/// The record of one article, with the bundled knowledge base.
pub fn extract(article: &Article) -> Record {
    extract_with(article, None, recognizer())
}

/// The days an undated text can be of, told by the people it names: for
/// each office it names (not as a former one), the one person it names who
/// ever held that office keeps the text within their tenures («محمدرضا
/// رحیمی … معاون اول رئیس‌جمهور» and «رجب طیب اردوغان نخست وزیر ترکیه»:
/// 2009–2013). None when no office tells, or the tenures do not meet.
fn era_of(kb: &Kb, mentions: &[rasad_kb::Mention], roles: &[rasad_kb::RoleMention]) -> Option<(rasad_time::Day, rasad_time::Day)> {
    use rasad_time::Day;
    let people: rustc_hash::FxHashSet<usize> = mentions
        .iter()
        .filter_map(|m| match m.target {
            Target::Kb(i) if kb.entries[i].kind == rasad_kb::Kind::PER => Some(i),
            _ => None,
        })
        .collect();
    if people.is_empty() {
        return None;
    }
    // The base's last day: an open tenure runs to it.
    let horizon = kb.tenures.iter().map(|t| t.to.unwrap_or(t.from).max(t.from)).max()?;
    let (mut lo, mut hi) = (Day(i32::MIN), horizon);
    let mut told = false;
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for r in roles.iter().filter(|r| !r.former && !r.pair) {
        if seen.contains(&(r.office.as_str(), r.country.as_str())) {
            continue;
        }
        seen.push((r.office.as_str(), r.country.as_str()));
        let held: Vec<&rasad_kb::Tenure> = kb.tenures.iter().filter(|t| t.office == r.office && t.country == r.country && people.contains(&t.person)).collect();
        let Some(first) = held.first() else { continue };
        if held.iter().any(|t| t.person != first.person) {
            continue;
        }
        lo = lo.max(held.iter().map(|t| t.from).min()?);
        hi = hi.min(held.iter().map(|t| t.to.unwrap_or(horizon)).max()?);
        told = true;
    }
    (told && lo <= hi).then_some((lo, hi))
}

/// The record of one article of a batch whose repeated template lines were
/// learned beforehand (see [`meta::RepeatedLines`]), recognizing entities
/// with `recognizer` (a user's knowledge base, say).
pub fn extract_with(article: &Article, repeated: Option<&meta::RepeatedLines>, recognizer: &Recognizer<'_>) -> Record {
    let outlets = Outlets::builtin();
    // A hard-wrapped text is read with its soft line breaks as spaces (one
    // byte for one: every offset stays the original's); evidence and
    // quotations are still cut from the original.
    let unwrapped = rasad_text::wrap::unwrap_soft_breaks(&article.text);
    let rewrapped;
    let read = match &unwrapped {
        std::borrow::Cow::Owned(t) => {
            rewrapped = Article { text: t.clone(), ..article.clone() };
            &rewrapped
        }
        std::borrow::Cow::Borrowed(_) => article,
    };
    let m = meta::extract_with(read, outlets, repeated);
    let mut chars = CharCounter::new(&article.text);
    let body = char_span(&mut chars, m.body);
    let mut spans: Vec<meta::Span> = m.boilerplate.clone();
    spans.sort_by_key(|s| (s.start, s.end));
    // Merge overlapping spans (a repeated line inside the tail).
    let mut merged: Vec<meta::Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    let text: &str = &unwrapped;
    let original = article.text.as_str();
    let folded = rasad_kb::key::fold_words(text);
    // The outlets of the attribution chain are the record's source, not
    // actors or entities of the story («خبرگزاری فارس: …», «به گزارش
    // خبرگزاری فرانسه از بغداد»).
    let kb = recognizer.kb();
    let is_source = |t: &Target| matches!(t, Target::Kb(i) if m.attribution.iter().any(|&o| outlets.get(o).name == kb.entries[*i].name_en));
    let (mentions, lone) = recognizer.mentions_and_lone_surnames_folded(text, &folded);
    let keep = |x: &rasad_kb::Mention| !merged.iter().any(|s| x.start < s.end && s.start < x.end) && !is_source(&x.target);
    let mut mentions: Vec<rasad_kb::Mention> = mentions.into_iter().filter(keep).collect();
    let day = m.published.map(|p| p.to);
    let mut roles = recognizer.roles_in_context_folded(text, &folded, day, &mentions);
    // No date: the era of the people the text names in the offices it
    // names, if one; a post's holder is taken where the era has only one.
    let era = if day.is_none() { era_of(kb, &mentions, &roles) } else { None };
    if let Some((lo, hi)) = era {
        let at = |d| recognizer.roles_in_context_folded(text, &folded, Some(d), &mentions);
        let (first, last) = (at(lo), at(hi));
        for r in roles.iter_mut().filter(|r| r.person.is_none() && !r.former) {
            let same = |x: &&rasad_kb::RoleMention| x.start == r.start && x.end == r.end && x.office == r.office && x.country == r.country;
            if let (Some(a), Some(b)) = (first.iter().find(same), last.iter().find(same)) {
                if a.person.is_some() && a.person == b.person {
                    r.person = a.person;
                } else {
                    // Two holders in the era: the one who held the post for
                    // at least four fifths of it (Rouhani, in an era that ends
                    // with Zarif's last weeks in office).
                    let span = i64::from(hi.0 - lo.0) + 1;
                    r.person = kb
                        .tenures
                        .iter()
                        .filter(|t| t.office == r.office && t.country == r.country)
                        .map(|t| (t.person, i64::from(t.to.unwrap_or(hi).0.min(hi.0)) - i64::from(t.from.0.max(lo.0)) + 1))
                        .filter(|&(_, days)| days * 5 >= span * 4)
                        .max_by_key(|&(_, days)| days)
                        .map(|(p, _)| p);
                }
            }
        }
    }
    // A known person's surname alone («رئیسی», «المشهدانی») counts where the
    // text names an office they held: on the article's day, the post's
    // holder; with no day, anyone who ever held it, whose the post then is.
    let mut confirmed = false;
    for l in lone.iter().filter(|l| keep(l)) {
        let Target::Kb(p) = l.target else { continue };
        let held_ever = |r: &rasad_kb::RoleMention| kb.tenures.iter().any(|t| t.person == p && t.office == r.office && (t.country == r.country || t.country.is_empty()));
        let held = |r: &rasad_kb::RoleMention| !r.former && held_ever(r);
        let yes = if day.is_some() {
            // Right before a post they once held («المشهدانی رئیس مجلس
            // عراق»), the text says whose the post is: theirs, whoever held
            // it on the day (a page reposted years later, a past told).
            // A former post too («ربانی رئیس جمهور سابق افغانستان»).
            let apposed = roles.iter_mut().find(|r| r.start >= l.end && text[l.end..r.start].chars().all(|c| c == ' ' || c == '،' || c == ',') && held_ever(r));
            match apposed {
                Some(r) => {
                    r.person = Some(p);
                    true
                }
                None => roles.iter().any(|r| r.person == Some(p) && !r.former),
            }
        } else {
            let mut any = roles.iter().any(|r| r.person == Some(p) && !r.former);
            for r in roles.iter_mut().filter(|r| r.person.is_none() && held(r)) {
                r.person = Some(p);
                any = true;
            }
            any
        };
        if yes {
            mentions.push(l.clone());
            confirmed = true;
        }
    }
    if confirmed {
        mentions.sort_by_key(|m| m.start);
    }
    // (In text order: the events read a sentence's by binary search.)
    roles.sort_by_key(|r| r.start);
    let roles = roles;
    static DEBUG_ROLES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *DEBUG_ROLES.get_or_init(|| std::env::var_os("RASAD_DEBUG_ROLES").is_some()) {
        for r in &roles {
            eprintln!("ROLE {:?} {} {} person={:?} former={} pair={}", &text[r.start..r.end], r.office, r.country, r.person.map(|p| &kb.entries[p].name_en), r.former, r.pair);
        }
        eprintln!("ERA {:?}", era);
    }
    let mentions = people_over_places(text, recognizer, mentions, &roles);
    let ents = group_entities(text, kb, &mentions, &mut chars);
    // Posts standing for the person the text names them with: mentions
    // for quotations and events, not new entities.
    let is_person = |t: &Target| match t {
        Target::Kb(i) => kb.entries[*i].kind == rasad_kb::Kind::PER,
        Target::New { kind, .. } => *kind == rasad_kb::Kind::PER,
    };
    let resolved: Vec<(usize, usize)> = roles.iter().filter(|r| r.person.is_some()).map(|r| (r.start, r.end)).collect();
    let posts = appositive::holders(text, &folded, &mentions, &resolved, &is_person, &|w| recognizer.is_role_head(w));
    let mentions = if posts.is_empty() {
        mentions
    } else {
        let mut all = mentions;
        all.extend(posts);
        all.sort_by_key(|m| m.start);
        all
    };
    let body_bytes = (m.body.start.min(m.body.end), m.body.end);
    let found_quotes = quotes::find(text, &folded, body_bytes, &mentions, &roles, &|w| recognizer.is_role_head(w), kb);
    // A date the recognizer reads as a place is the place («با سفر به
    // دوشنبه، پایتخت تاجیکستان»: Dushanbe, not Monday).
    // (Mentions are in text order: the few starting just before the date
    // are read, not all of them for every date.)
    let place_at = |s: usize, e: usize| {
        let upto = mentions.partition_point(|x| x.start <= s);
        mentions[..upto].iter().rev().take_while(|x| x.start + 256 >= s).any(|x| x.end >= e && matches!(x.target, Target::Kb(i) if kb.entries[i].kind == rasad_kb::Kind::GPE))
    };
    let dates: Vec<_> = rasad_time::tag(text, m.published.map(|p| p.to)).into_iter().filter(|d| !place_at(d.expr.start, d.expr.end)).collect();
    // Events are read in the headline too (a trip's city is often only
    // there: «سفر ظریف به دوحه و بغداد»), after the body: what it restates
    // merges into the body's own telling.
    let head = m.title.as_deref().filter(|t| !t.is_empty()).and_then(|t| text[..body_bytes.0].find(t)).unwrap_or(body_bytes.0);
    // A written text's words tell events as narrative (see `Found::written`):
    // the events see the spoken quotations only (copied only when there
    // are written ones).
    let spoken: Vec<quotes::Found>;
    let spoken: &[quotes::Found] = if found_quotes.iter().any(|q| q.written) {
        spoken = found_quotes.iter().filter(|q| !q.written).cloned().collect();
        &spoken
    } else {
        &found_quotes
    };
    let cx = events::Context {
        text,
        head,
        body: body_bytes,
        mentions: &mentions,
        roles: &roles,
        role_words: recognizer.role_words(),
        quotes: spoken,
        dates: &dates,
        published: m.published,
        era,
        kb,
        folded: &folded,
    };
    let actor = |a: &events::Actor| match a {
        events::Actor::Kb(i) => kb.entries[*i].name_en.clone(),
        events::Actor::Name(n) => n.clone(),
    };
    let events: Vec<record::Event> = events::find(&cx)
        .into_iter()
        .map(|e| record::Event {
            kind: e.kind,
            mode: e.mode,
            source: e.source.iter().map(actor).collect(),
            target: e.target.iter().map(actor).collect(),
            place: e.place.map(|p| kb.entries[p].name_en.clone()),
            date: e.date.map(gregorian),
            status: e.status.to_string(),
            evidence: record::TextSpan { start: chars.char_at(e.evidence.0), end: chars.char_at(e.evidence.1), text: original[e.evidence.0..e.evidence.1].to_string() },
            confidence: e.confidence,
        })
        .collect();
    let quotes: Vec<record::Quote> = found_quotes
        .iter()
        .map(|q| record::Quote {
            speaker: q.speaker.as_ref().map(|s| match s {
                quotes::Speaker::Kb(i) => kb.entries[*i].name_en.clone(),
                quotes::Speaker::Name(n) => n.clone(),
            }),
            text: original[q.start..q.end].to_string(),
            start: chars.char_at(q.start),
            end: chars.char_at(q.end),
        })
        .collect();
    let boilerplate = merged.into_iter().map(|s| char_span(&mut chars, s)).collect();
    Record {
        doc_id: doc_id(article),
        rasad_version: RASAD_VERSION,
        kb_version: kb.version.clone(),
        source: SourceRef { path: article.path.clone(), url: article.url.clone(), record: article.record, format: article.format },
        title: m.title.clone(),
        published: m.published.map(gregorian),
        published_time: m.published_time.clone(),
        published_jalali: m.published.and_then(jalali),
        page_date: m.page_date.map(gregorian),
        outlet: m.outlet.map(|o| outlets.get(o).name.clone()).or(m.outlet_unknown.clone()),
        attribution: m.attribution.iter().map(|&o| outlets.get(o).name.clone()).collect(),
        kicker: m.kicker.clone(),
        lead: m.lead.clone(),
        news_code: m.news_code.clone(),
        published_from: m.published_from,
        body,
        boilerplate,
        entities: ents,
        events,
        quotes,
    }
}
