//! One event across many articles: mentions merged per dyad (see "Merged
//! events" in the record spec). Two mentions are one event when their type,
//! their unordered pair and their place agree and their dates overlap; a
//! three-party meeting told in one sentence here and two there still gives
//! one event per pair. Reposts of one story (one dedup cluster) count once
//! among the sources.

use crate::record::{DateValue, Record, TextSpan};
use serde::{Deserialize, Serialize};

/// A mention of a merged event in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    /// The article.
    pub doc_id: String,
    /// Its outlet.
    pub outlet: Option<String>,
    /// The sentence that states the event there.
    pub evidence: TextSpan,
}

/// An event merged across articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// One side-by-side pair of one event in one article: what [`merge_dyads`]
/// merges. An event with several sources or targets gives one per pair.
#[derive(Clone, Debug, PartialEq)]
pub struct DyadMention {
    /// PLOVER type.
    pub kind: String,
    /// CONSULT mode.
    pub mode: Option<String>,
    /// One side (the article's source).
    pub source: String,
    /// The other side (empty when the event has no target).
    pub target: String,
    /// Place.
    pub place: Option<String>,
    /// First and last day, when dated.
    pub days: Option<(String, String)>,
    /// reported, background or planned.
    pub status: String,
    /// Where it is told.
    pub mention: EventMention,
    /// The article's near-duplicate cluster (reposts share one).
    pub cluster: u64,
}

/// The dyads of one article's events, in order.
pub fn dyads(record: &Record, cluster: u64) -> Vec<DyadMention> {
    let mut out = Vec::new();
    for e in &record.events {
        let targets: Vec<&str> = if e.target.is_empty() { vec![""] } else { e.target.iter().map(String::as_str).collect() };
        for s in &e.source {
            for t in &targets {
                if s == t {
                    continue;
                }
                out.push(DyadMention {
                    kind: e.kind.clone(),
                    mode: e.mode.clone(),
                    source: s.clone(),
                    target: t.to_string(),
                    place: e.place.clone(),
                    days: e.date.as_ref().map(|d| {
                        let (f, t) = d.days();
                        (f.to_string(), t.to_string())
                    }),
                    status: e.status.clone(),
                    mention: EventMention { doc_id: record.doc_id.clone(), outlet: record.outlet.clone(), evidence: e.evidence.clone() },
                    cluster,
                });
            }
        }
    }
    out
}

struct Acc {
    ev: MergedEvent,
    pair: (String, String),
    days: Option<(String, String)>,
    docs: Vec<String>,
    clusters: Vec<u64>,
}

/// Merges the events of `records`; `cluster[i]` is the near-duplicate
/// cluster of record `i` (reposts share one).
pub fn merge(records: &[Record], cluster: &[usize]) -> Vec<MergedEvent> {
    merge_dyads(records.iter().enumerate().flat_map(|(i, r)| dyads(r, cluster.get(i).copied().unwrap_or(i) as u64)))
}

/// Merges dyad mentions, in the order given, into events. Linear in the
/// number of mentions: candidates are found by type, pair and place.
pub fn merge_dyads(mentions: impl IntoIterator<Item = DyadMention>) -> Vec<MergedEvent> {
    let mut acc: Vec<Acc> = Vec::new();
    let mut by_key: rustc_hash::FxHashMap<(String, String, String, Option<String>), Vec<usize>> = rustc_hash::FxHashMap::default();
    for d in mentions {
        let pair = if d.source <= d.target { (d.source.clone(), d.target.clone()) } else { (d.target.clone(), d.source.clone()) };
        let key = (d.kind.clone(), pair.0.clone(), pair.1.clone(), d.place.clone());
        let slot = by_key.entry(key).or_default();
        let found = slot.iter().copied().find(|&i| match (&acc[i].days, &d.days) {
            (Some(x), Some(y)) => x.0 <= y.1 && y.0 <= x.1,
            _ => true,
        });
        match found {
            Some(i) => {
                let a = &mut acc[i];
                a.days = match (&a.days, &d.days) {
                    (Some(x), Some(y)) => Some((x.0.clone().max(y.0.clone()), x.1.clone().min(y.1.clone()))),
                    (x, y) => x.clone().or(y.clone()),
                };
                if !a.ev.mentions.iter().any(|m| m.doc_id == d.mention.doc_id && m.evidence.start == d.mention.evidence.start) {
                    a.ev.mentions.push(d.mention.clone());
                }
                if a.ev.status != "reported" && d.status == "reported" {
                    a.ev.status = d.status.clone();
                }
                if !a.docs.contains(&d.mention.doc_id) {
                    a.docs.push(d.mention.doc_id.clone());
                }
                if !a.clusters.contains(&d.cluster) {
                    a.clusters.push(d.cluster);
                }
            }
            None => {
                slot.push(acc.len());
                acc.push(Acc {
                    ev: MergedEvent {
                        event_id: String::new(),
                        kind: d.kind,
                        mode: d.mode,
                        source: vec![d.source],
                        target: if d.target.is_empty() { vec![] } else { vec![d.target] },
                        place: d.place,
                        date: None,
                        status: d.status,
                        mentions: vec![d.mention.clone()],
                        n_articles: 0,
                        n_sources: 0,
                    },
                    pair,
                    days: d.days,
                    docs: vec![d.mention.doc_id],
                    clusters: vec![d.cluster],
                })
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
