//! One event across many articles: mentions merged per dyad (see "Merged
//! events" in the record spec). Two mentions are one event when their type,
//! their unordered pair and their place agree and their dates overlap; a
//! three-party meeting told in one sentence here and two there still gives
//! one event per pair. Reposts of one story (one dedup cluster) count once
//! among the sources.

use crate::record::{DateValue, Record, TextSpan};
use serde::Serialize;

/// A mention of a merged event in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventMention {
    /// The article.
    pub doc_id: String,
    /// Its outlet.
    pub outlet: Option<String>,
    /// The sentence that states the event there.
    pub evidence: TextSpan,
}

/// An event merged across articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MergedEvent {
    /// Stable id: a hash of type, pair, place and first date.
    pub event_id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// CONSULT mode (the first mention's).
    pub mode: Option<String>,
    /// Source (one side of the dyad).
    pub source: Vec<String>,
    /// Target (the other side).
    pub target: Vec<String>,
    /// Place.
    pub place: Option<String>,
    /// The days all mentions agree on (their overlap).
    pub date: Option<DateValue>,
    /// reported, background or planned (the first reported mention's, else the first's).
    pub status: String,
    /// Where it is told.
    pub mentions: Vec<EventMention>,
    /// Articles that tell it.
    pub n_articles: usize,
    /// Independent sources: articles, with reposts of one story counted once.
    pub n_sources: usize,
}

struct Acc {
    ev: MergedEvent,
    pair: (String, String),
    days: Option<(String, String)>,
    docs: Vec<String>,
    clusters: Vec<usize>,
}

/// Merges the events of `records`; `cluster[i]` is the near-duplicate
/// cluster of record `i` (reposts share one).
pub fn merge(records: &[Record], cluster: &[usize]) -> Vec<MergedEvent> {
    let mut acc: Vec<Acc> = Vec::new();
    for (ri, r) in records.iter().enumerate() {
        for e in &r.events {
            let targets: Vec<String> = if e.target.is_empty() { vec![String::new()] } else { e.target.clone() };
            for s in &e.source {
                for t in &targets {
                    if s == t {
                        continue;
                    }
                    let pair = if s <= t { (s.clone(), t.clone()) } else { (t.clone(), s.clone()) };
                    let days = e.date.as_ref().map(|d| {
                        let (f, t) = d.days();
                        (f.to_string(), t.to_string())
                    });
                    let mention = EventMention { doc_id: r.doc_id.clone(), outlet: r.outlet.clone(), evidence: e.evidence.clone() };
                    let found = acc.iter_mut().find(|a| {
                        a.ev.kind == e.kind
                            && a.pair == pair
                            && a.ev.place == e.place
                            && match (&a.days, &days) {
                                (Some(x), Some(y)) => x.0 <= y.1 && y.0 <= x.1,
                                _ => true,
                            }
                    });
                    match found {
                        Some(a) => {
                            a.days = match (&a.days, &days) {
                                (Some(x), Some(y)) => Some((x.0.clone().max(y.0.clone()), x.1.clone().min(y.1.clone()))),
                                (x, y) => x.clone().or(y.clone()),
                            };
                            if !a.ev.mentions.iter().any(|m| m.doc_id == mention.doc_id && m.evidence.start == mention.evidence.start) {
                                a.ev.mentions.push(mention);
                            }
                            if a.ev.status != "reported" && e.status == "reported" {
                                a.ev.status = e.status.clone();
                            }
                            if !a.docs.contains(&r.doc_id) {
                                a.docs.push(r.doc_id.clone());
                            }
                            let c = cluster.get(ri).copied().unwrap_or(ri);
                            if !a.clusters.contains(&c) {
                                a.clusters.push(c);
                            }
                        }
                        None => acc.push(Acc {
                            ev: MergedEvent {
                                event_id: String::new(),
                                kind: e.kind.clone(),
                                mode: e.mode.clone(),
                                source: vec![s.clone()],
                                target: if t.is_empty() { vec![] } else { vec![t.clone()] },
                                place: e.place.clone(),
                                date: None,
                                status: e.status.clone(),
                                mentions: vec![mention],
                                n_articles: 0,
                                n_sources: 0,
                            },
                            pair,
                            days,
                            docs: vec![r.doc_id.clone()],
                            clusters: vec![cluster.get(ri).copied().unwrap_or(ri)],
                        }),
                    }
                }
            }
        }
    }
    acc.into_iter()
        .map(|a| {
            let mut ev = a.ev;
            ev.date = a.days.as_ref().map(|(f, t)| DateValue::from_days(f.clone(), t.clone()));
            ev.n_articles = a.docs.len();
            ev.n_sources = a.clusters.len();
            let key = format!("{}|{}|{}|{:?}|{:?}", ev.kind, a.pair.0, a.pair.1, ev.place, a.days);
            ev.event_id = format!("{:016x}", rasad_text::hash::fnv1a(key.as_bytes()));
            ev
        })
        .collect()
}
