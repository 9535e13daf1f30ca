//! What every store computes alike, so that the embedded store and a
//! server-backed one answer the same questions the same way: how names are
//! looked up, near-duplicate clusters, the merged events of stored event
//! mentions, roles, the graph.

use crate::{Edge, Graph, Node, Role};
use rasad_extract::merge::{merge_dyads, DyadMention, EventMention, MergedEvent};
use rasad_extract::record::{Record, TextSpan};
use rasad_ingest::dedup::{band_keys, shingles, similar, DedupSettings};
use rasad_kb::data::Entry;
use rasad_kb::Kb;
use rustc_hash::{FxHashMap, FxHashSet};

/// The folded, lower-cased form under which names are looked up: letter
/// forms, case, spaces, hyphens, dots, ZWNJs and quote marks aside.
pub fn name_key(s: &str) -> String {
    let mut k = rasad_kb::key::match_key(s).to_lowercase();
    k.retain(|c| !matches!(c, ' ' | '-' | '.' | '\u{200C}' | '\'' | '’'));
    k
}

/// Two record JSONs are the same but for the versions they carry.
pub fn same_record(a: &str, b: &str) -> bool {
    let strip = |s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.remove("rasad_version");
            o.remove("kb_version");
        }
        v
    };
    strip(a) == strip(b)
}

/// Knowledge-base entries a user's name, alias or id stands for.
pub fn kb_entries<'k>(kb: &'k Kb, given: &str) -> Vec<&'k Entry> {
    if let Some(e) = kb.get(given.trim()) {
        return vec![e];
    }
    let key = name_key(given);
    kb.entries
        .iter()
        .filter(|e| name_key(&e.name_en) == key || name_key(&e.name_fa) == key || e.aliases.iter().any(|a| name_key(a) == key))
        .collect()
}

/// The names events use for the knowledge-base entries a user's name
/// stands for; a country stands for its people and bodies too, so that
/// Iran–Azerbaijan takes in their ministers' meetings.
pub fn kb_names(kb: &Kb, given: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in kb_entries(kb, given) {
        out.push(e.name_en.clone());
        out.push(e.name_fa.clone());
        if e.is_country() {
            if let Some(code) = &e.country {
                for m in kb.entries.iter().filter(|m| m.country.as_ref() == Some(code) && matches!(m.kind, rasad_kb::Kind::PER | rasad_kb::Kind::ORG)) {
                    out.push(m.name_en.clone());
                    out.push(m.name_fa.clone());
                }
            }
        }
    }
    out
}

/// The offices an entry held, by first day.
pub fn roles(kb: &Kb, entry: &Entry) -> Vec<Role> {
    let idx = kb.by_id.get(&entry.id).copied();
    let mut roles: Vec<Role> = kb
        .tenures
        .iter()
        .filter(|t| Some(t.person) == idx)
        .map(|t| Role { office: t.office.clone(), country: t.country.clone(), from: crate::dates::iso(t.from), to: t.to.map(crate::dates::iso), source: t.source.clone() })
        .collect();
    roles.sort_by(|a, b| a.from.cmp(&b.from));
    roles
}

/// The characters `start..end` of `text` (the body, boilerplate aside).
pub fn body_of(text: &str, start: usize, end: usize) -> &str {
    let mut it = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    let a = it.nth(start).unwrap_or(text.len());
    let b = if end > start { it.nth(end - start - 1).unwrap_or(text.len()) } else { a };
    &text[a..b]
}

/// The locality-sensitive keys of an article's body, for near-duplicate
/// candidates.
pub fn article_bands(text: &str, record: &Record) -> Vec<u64> {
    let s = DedupSettings::default();
    band_keys(&shingles(body_of(text, record.body.start, record.body.end), s.shingle), &s)
}

/// The articles (by index into `docs`) that share a band key with
/// another: the only ones [`clusters`] may need the body of, so a store can
/// fetch them together.
pub fn candidates(docs: &[(String, Vec<u64>)]) -> Vec<usize> {
    let mut first_with: FxHashMap<u64, usize> = FxHashMap::default();
    let mut out: FxHashSet<usize> = FxHashSet::default();
    for (i, (_, bands)) in docs.iter().enumerate() {
        for &b in bands {
            let first = *first_with.entry(b).or_insert(i);
            if first != i {
                out.insert(first);
                out.insert(i);
            }
        }
    }
    let mut out: Vec<usize> = out.into_iter().collect();
    out.sort_unstable();
    out
}

/// Near-duplicate clusters of articles, whatever order they were stored
/// in: two articles are one story when they share a band key and their
/// bodies are similar (see `rasad_ingest::dedup`), and clusters are the
/// connected components of that relation. `docs` are (doc_id, band keys);
/// `body` gives an article's body by its index. Returns, for each
/// article, the smallest doc_id of its cluster.
pub fn clusters(docs: &[(String, Vec<u64>)], mut body: impl FnMut(usize) -> Option<String>) -> Vec<String> {
    let settings = DedupSettings::default();
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut by_band: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, (_, bands)) in docs.iter().enumerate() {
        for &b in bands {
            by_band.entry(b).or_default().push(i);
        }
    }
    let mut pairs: FxHashSet<(usize, usize)> = FxHashSet::default();
    for members in by_band.values() {
        if members.len() < 2 || members.len() > 256 {
            continue;
        }
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    let mut cache: FxHashMap<usize, Vec<u64>> = FxHashMap::default();
    for (a, b) in pairs {
        if find(&mut parent, a) == find(&mut parent, b) {
            continue;
        }
        for i in [a, b] {
            if let std::collections::hash_map::Entry::Vacant(v) = cache.entry(i) {
                v.insert(body(i).map(|t| shingles(&t, settings.shingle)).unwrap_or_default());
            }
        }
        if similar(&cache[&a], &cache[&b], &settings) {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    // The smallest doc_id of each component names it.
    let mut name: FxHashMap<usize, String> = FxHashMap::default();
    for (i, (id, _)) in docs.iter().enumerate() {
        let r = find(&mut parent, i);
        let e = name.entry(r).or_insert_with(|| id.clone());
        if id < e {
            *e = id.clone();
        }
    }
    (0..docs.len()).map(|i| name[&find(&mut parent, i)].clone()).collect()
}

/// One stored event mention: an event as one article states it.
#[derive(Clone, Debug)]
pub struct StoredMention {
    /// The article.
    pub doc_id: String,
    /// Its outlet.
    pub outlet: Option<String>,
    /// The event's place in the article's record.
    pub idx: usize,
    /// PLOVER type.
    pub kind: String,
    /// Mode.
    pub mode: Option<String>,
    /// Sources.
    pub source: Vec<String>,
    /// Targets.
    pub target: Vec<String>,
    /// Place.
    pub place: Option<String>,
    /// First and last day.
    pub days: Option<(String, String)>,
    /// Status.
    pub status: String,
    /// Evidence.
    pub evidence: TextSpan,
}

/// Merges stored event mentions into events, in an order that does not
/// depend on the order articles were stored (by article id, then by place
/// in the record), counting the reposts of one story (`cluster` of each
/// article id) once among the sources.
pub fn merge_stored(mut mentions: Vec<StoredMention>, cluster: &FxHashMap<String, String>) -> Vec<MergedEvent> {
    mentions.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then(a.idx.cmp(&b.idx)));
    let mut ids: FxHashMap<String, u64> = FxHashMap::default();
    let mut dyads = Vec::new();
    for m in mentions {
        let c = cluster.get(&m.doc_id).unwrap_or(&m.doc_id).clone();
        let n = ids.len() as u64;
        let cid = *ids.entry(c).or_insert(n);
        let targets: Vec<String> = if m.target.is_empty() { vec![String::new()] } else { m.target.clone() };
        let mention = EventMention { doc_id: m.doc_id.clone(), outlet: m.outlet.clone(), evidence: m.evidence.clone() };
        for s in &m.source {
            for t in &targets {
                if s == t {
                    continue;
                }
                dyads.push(DyadMention {
                    kind: m.kind.clone(),
                    mode: m.mode.clone(),
                    source: s.clone(),
                    target: t.clone(),
                    place: m.place.clone(),
                    days: m.days.clone(),
                    status: m.status.clone(),
                    mention: mention.clone(),
                    cluster: cid,
                });
            }
        }
    }
    merge_dyads(dyads)
}

/// The order of event lists: newest first (by last day), undated last,
/// then by sources, then by id.
pub fn newest_first(a: &MergedEvent, b: &MergedEvent) -> std::cmp::Ordering {
    let last = |e: &MergedEvent| e.date.as_ref().map(|d| d.days().1.to_string());
    match (last(a), last(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
    .then(b.n_sources.cmp(&a.n_sources))
    .then(a.event_id.cmp(&b.event_id))
}

/// Who met whom: the CONSULT events among `events`, as weighted pairs and
/// their entities (`info` gives an entity's Persian name and type).
pub fn graph_of(events: &[MergedEvent], mut info: impl FnMut(&str) -> Option<(String, String)>) -> Graph {
    let mut edges: FxHashMap<(String, String), usize> = FxHashMap::default();
    let mut weight: FxHashMap<String, usize> = FxHashMap::default();
    for ev in events.iter().filter(|e| e.kind == "CONSULT") {
        let (Some(s), Some(t)) = (ev.source.first(), ev.target.first()) else { continue };
        let pair = if s <= t { (s.clone(), t.clone()) } else { (t.clone(), s.clone()) };
        *edges.entry(pair).or_default() += 1;
        *weight.entry(s.clone()).or_default() += 1;
        *weight.entry(t.clone()).or_default() += 1;
    }
    let mut edges: Vec<Edge> = edges.into_iter().map(|((source, target), weight)| Edge { source, target, weight }).collect();
    edges.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.source.cmp(&b.source)).then_with(|| a.target.cmp(&b.target)));
    edges.truncate(500);
    let keep: FxHashSet<&str> = edges.iter().flat_map(|e| [e.source.as_str(), e.target.as_str()]).collect();
    let mut nodes: Vec<Node> = weight
        .iter()
        .filter(|(id, _)| keep.contains(id.as_str()))
        .map(|(id, w)| {
            let i = info(id);
            Node { id: id.clone(), name_fa: i.as_ref().map(|x| x.0.clone()), kind: i.map(|x| x.1), weight: *w }
        })
        .collect();
    nodes.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
    Graph { nodes, edges }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_of_cuts_by_characters() {
        let t = "ab سلام cd";
        assert_eq!(body_of(t, 3, 7), "سلام");
        assert_eq!(body_of(t, 0, 100), t);
        assert_eq!(body_of(t, 8, 100), "cd");
        assert_eq!(body_of(t, 5, 5), "");
    }

    #[test]
    fn clusters_do_not_depend_on_order() {
        let words: Vec<String> = (0..60).map(|i| format!("واژه{i}")).collect();
        let a = words.join(" ");
        let b = format!("{a} پایان");
        let c = words.iter().rev().cloned().collect::<Vec<_>>().join(" ");
        let texts = [a, b, c];
        let settings = DedupSettings::default();
        let bands: Vec<Vec<u64>> = texts.iter().map(|t| band_keys(&shingles(t, settings.shingle), &settings)).collect();
        let docs = vec![("z".to_string(), bands[0].clone()), ("y".to_string(), bands[1].clone()), ("x".to_string(), bands[2].clone())];
        let cl = clusters(&docs, |i| Some(texts[i].clone()));
        assert_eq!(cl, vec!["y", "y", "x"]);
        let rev: Vec<(String, Vec<u64>)> = docs.iter().rev().cloned().collect();
        let cl2 = clusters(&rev, |i| Some(texts[2 - i].clone()));
        assert_eq!(cl2, vec!["x", "y", "y"]);
    }
}
