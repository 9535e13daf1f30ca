//! The embedded store on the five sample articles (tests/fixtures/seeds, the
//! user's own examples committed with the repository).

use rasad_ingest::Article;
use rasad_store::embedded::Options;
use rasad_store::{Embedded, EventFilter, Ingested, Paging, Store};
use std::path::{Path, PathBuf};

fn seeds() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.into_iter().map(|p| Article::from_text(Some(p.display().to_string()), std::fs::read_to_string(&p).unwrap())).collect()
}

fn ingested(articles: &[Article]) -> Vec<Ingested> {
    articles.iter().map(|a| Ingested { article: a.clone(), record: rasad_extract::extract(a) }).collect()
}

fn open(dir: &Path) -> Embedded {
    Embedded::open(dir, rasad_kb::Kb::builtin(), Options::default()).unwrap()
}

fn hits(s: &Embedded, q: &str) -> Vec<String> {
    let mut ids: Vec<String> = s.search(q, Paging { limit: 50, offset: 0 }).unwrap().results.into_iter().map(|h| h.doc_id).collect();
    ids.sort();
    ids
}

#[test]
fn stores_once_searches_any_spelling_and_answers_queries() {
    let tmp = tempfile::tempdir().unwrap();
    let s = open(tmp.path());
    let items = ingested(&seeds());
    let r = s.put(&items, false).unwrap();
    assert_eq!((r.stored, r.duplicates), (5, 0));
    // Again: nothing new.
    let r = s.put(&items, false).unwrap();
    assert_eq!((r.stored, r.duplicates), (0, 5));
    s.finish().unwrap();
    let st = s.stats().unwrap();
    assert_eq!(st.articles, 5);
    assert!(st.events > 10 && st.quotes > 10, "{st:?}");

    // ZWNJ, space and letter forms do not matter.
    let zwnj = hits(&s, "همکاری‌های");
    assert!(!zwnj.is_empty());
    assert_eq!(hits(&s, "همکاریهای"), zwnj);
    assert_eq!(hits(&s, "همکاری های"), zwnj);
    assert_eq!(hits(&s, "همكاري‌هاي"), zwnj);
    // Light stemming: the bare word finds the plural too.
    let bare = hits(&s, "همکاری");
    assert!(zwnj.iter().all(|d| bare.contains(d)), "{bare:?} ⊇ {zwnj:?}");
    // Digits of either script.
    assert_eq!(hits(&s, "۱۴۰۲"), hits(&s, "1402"));
    assert!(!hits(&s, "1402").is_empty());
    // A snippet marks the hit and escapes the text.
    let page = s.search("بایراموف", Paging::default()).unwrap();
    assert!(page.total >= 2);
    assert!(page.results.iter().all(|h| h.snippet.contains("<mark>") && !h.snippet.contains("<script")), "{:?}", page.results);
    // Nonsense finds nothing, and does not fail.
    assert_eq!(s.search("\"unbalanced (( AND OR", Paging::default()).unwrap().total, 0);
    assert_eq!(s.search("   ", Paging::default()).unwrap().total, 0);

    // Events by actor in either language, by id, by type, place and dates in either calendar.
    let by_en = s.events(&EventFilter { actors: vec!["Jeyhun Bayramov".into()], ..Default::default() }, Paging::default()).unwrap();
    let by_fa = s.events(&EventFilter { actors: vec!["جیحون بایراموف".into()], ..Default::default() }, Paging::default()).unwrap();
    assert!(by_en.total > 0);
    assert_eq!(by_en.total, by_fa.total);
    let visits = s
        .events(&EventFilter { kind: Some("consult".into()), place: Some("باکو".into()), ..Default::default() }, Paging { limit: 200, offset: 0 })
        .unwrap();
    assert!(visits.total > 0 && visits.results.iter().all(|e| e.kind == "CONSULT" && e.place.as_deref() == Some("Baku")));
    let (f, t) = rasad_store::dates::parse_range("1402-07").unwrap();
    let oct = s
        .events(
            &EventFilter { from: Some(rasad_store::dates::iso(f)), to: Some(rasad_store::dates::iso(t)), ..Default::default() },
            Paging { limit: 200, offset: 0 },
        )
        .unwrap();
    assert!(oct.total > 0);
    for e in &oct.results {
        let (a, b) = e.date.as_ref().unwrap().days();
        assert!(a <= "2023-10-22" && b >= "2023-09-23", "{a}..{b}");
    }
    // Newest first.
    let all = s.events(&EventFilter::default(), Paging { limit: 200, offset: 0 }).unwrap();
    let dates: Vec<&str> = all.results.iter().filter_map(|e| e.date.as_ref().map(|d| d.days().1)).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // Paging.
    let p2 = s.events(&EventFilter::default(), Paging { limit: 3, offset: 3 }).unwrap();
    assert_eq!(p2.results.iter().map(|e| &e.event_id).collect::<Vec<_>>(), all.results[3..6].iter().map(|e| &e.event_id).collect::<Vec<_>>());

    // A pair of countries takes in their people's meetings, in date order.
    let pair = s.timeline(&["ایران".into(), "Azerbaijan".into()], Paging { limit: 200, offset: 0 }).unwrap();
    assert!(pair.results.iter().any(|e| e.source.contains(&"Khalaf Khalafov".to_string()) || e.target.contains(&"Khalaf Khalafov".to_string())));
    let tl: Vec<&str> = pair.results.iter().filter_map(|e| e.date.as_ref().map(|d| d.days().0)).collect();
    assert!(tl.windows(2).all(|w| w[0] <= w[1]), "{tl:?}");

    // An entity with its roles, counts, events and quotes.
    let e = s.entity("عراقچی").unwrap().unwrap();
    assert_eq!(e.name, "Abbas Araghchi");
    assert!(e.roles.iter().any(|r| r.office == "foreign-minister" && r.to.is_none()));
    assert!(e.counts.quotes > 0 && !e.quotes.is_empty() && !e.events.is_empty());
    assert!(s.entity("no such person at all").unwrap().is_none());

    // Who met whom.
    let g = s.graph(None, None).unwrap();
    assert!(g.edges.iter().any(|e| e.source == "Jeyhun Bayramov" || e.target == "Jeyhun Bayramov"));

    // Every stored record is the extraction record, offsets intact.
    let id = &items[0].record.doc_id;
    let a = s.article(id).unwrap().unwrap();
    assert_eq!(a.record["doc_id"], serde_json::json!(id));
    assert_eq!(a.text, items[0].article.text);
    let report = s.check().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!((report.articles, report.indexed), (5, 5));
}

#[test]
fn replacing_records_reports_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let s = open(tmp.path());
    let items = ingested(&seeds());
    s.put(&items, false).unwrap();
    s.finish().unwrap();
    let r = s.put(&items, true).unwrap();
    assert_eq!((r.changed, r.unchanged, r.stored), (0, 5, 0));
    assert_eq!(r.events_before, r.events_after);
    // A record that lost its events is a change, and the merged events follow.
    let mut fewer = items[..1].to_vec();
    let lost = fewer[0].record.events.len();
    assert!(lost > 0);
    fewer[0].record.events.clear();
    let before = s.stats().unwrap();
    let r = s.put(&fewer, true).unwrap();
    assert_eq!((r.changed, r.events_before, r.events_after), (1, lost, 0));
    s.finish().unwrap();
    let after = s.stats().unwrap();
    assert!(after.event_mentions == before.event_mentions - lost, "{before:?} → {after:?}");
    assert!(s.check().unwrap().problems.is_empty());
}

#[test]
fn an_interrupted_run_is_completed_when_the_store_is_opened_again() {
    let tmp = tempfile::tempdir().unwrap();
    let items = ingested(&seeds());
    {
        let s = open(tmp.path());
        // Stored but never finished: the index was not committed, the
        // events not merged (as after a kill).
        s.put(&items, false).unwrap();
        let r = s.check().unwrap();
        assert!(!r.problems.is_empty(), "an unfinished store must not pass as complete");
    }
    let s = open(tmp.path());
    let r = s.check().unwrap();
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.indexed, 5);
    assert!(s.stats().unwrap().events > 0);
    assert!(!hits(&s, "بایراموف").is_empty());
}

#[test]
fn reposts_count_once_among_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let s = open(tmp.path());
    let mut arts = seeds();
    // The same story, reposted under another URL with a line of its own.
    let mut repost = arts[0].clone();
    repost.url = Some("https://example.invalid/repost".into());
    repost.text = format!("{}\nبازنشر از خبرگزاری دیگر.", repost.text);
    arts.push(repost);
    let items = ingested(&arts);
    s.put(&items, false).unwrap();
    s.finish().unwrap();
    let all = s.events(&EventFilter::default(), Paging { limit: 200, offset: 0 }).unwrap();
    let (orig, copy) = (&items[0].record.doc_id, &items[5].record.doc_id);
    let both: Vec<_> = all.results.iter().filter(|e| e.mentions.iter().any(|m| &m.doc_id == orig) && e.mentions.iter().any(|m| &m.doc_id == copy)).collect();
    assert!(!both.is_empty());
    for e in both {
        // Other stories may tell the same event: only the repost adds nothing.
        let others = e.mentions.iter().filter(|m| &m.doc_id != orig && &m.doc_id != copy).map(|m| &m.doc_id).collect::<std::collections::BTreeSet<_>>().len();
        assert_eq!(e.n_sources, 1 + others, "a repost is not a second source: {e:?}");
    }
}
