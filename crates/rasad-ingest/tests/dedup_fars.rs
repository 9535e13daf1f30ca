//! Near-duplicate detection on real news (needs `../shared/data/news-fars`;
//! skipped, and says so, where it is absent).
//!
//! Every Fars article of 80 words or more is reposted the way other sites
//! repost agency copy: another title line, other boilerplate around it, the
//! tail trimmed, and for half of them the older orthography (Arabic ي ك,
//! spaces for ZWNJs). Originals, reposts and all the other articles (many on
//! the same topics) go in together; pairs are scored against the truth.

use rasad_ingest::dedup::{DedupSettings, Deduper};
use std::collections::{HashMap, HashSet};
use std::path::Path;

const BOILERPLATE: [&str; 6] = [
    "بیشتر بخوانید",
    "نظر شما",
    "آخرین اخبار",
    "هم اکنون دیگران می خوانند -->",
    "کلیه حقوق این سایت محفوظ است",
    "پربیننده ها",
];

#[test]
fn reposts_of_fars_articles() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news-fars/fars_news.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED reposts_of_fars_articles: {} not found (../shared is not beside this checkout)", path.display());
        return;
    };
    let mut texts: Vec<String> = Vec::new();
    let mut truth: Vec<Option<usize>> = Vec::new(); // repost → original index
    let mut originals = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let title = v["title"].as_str().unwrap_or("");
        let abs = v["abstract"].as_str().unwrap_or("");
        let paras: Vec<String> = v["paragraphs"].as_array().unwrap().iter().filter_map(|p| p.as_str().map(String::from)).collect();
        let body = format!("{abs}\n{}", paras.join("\n"));
        texts.push(format!("{title}\n{body}"));
        truth.push(None);
        if body.split_whitespace().count() >= 80 {
            originals.push((texts.len() - 1, i, abs.to_string(), paras));
        }
    }
    for (idx, i, abs, paras) in originals {
        // Another title: the opening words of the lead.
        let new_title: String = abs.split_whitespace().skip(2).take(7).collect::<Vec<_>>().join(" ");
        // The tail trimmed: a quarter of the paragraphs dropped.
        let keep = paras.len() - paras.len() / 4;
        let mut body = format!("{abs}\n{}", paras[..keep.max(1).min(paras.len())].join("\n"));
        if i % 2 == 0 {
            body = body.replace('ی', "ي").replace('ک', "ك").replace('\u{200C}', " ");
        }
        let tail: Vec<&str> = BOILERPLATE.iter().cycle().skip(i % 6).take(3).copied().collect();
        texts.push(format!("{new_title}\n{body}\nمنبع: فارس\n{}", tail.join("\n")));
        truth.push(Some(idx));
    }
    let mut d = Deduper::new(DedupSettings::default());
    for t in &texts {
        d.add(t);
    }
    let ids = d.cluster_ids();
    let mut gold: HashSet<(usize, usize)> = truth.iter().enumerate().filter_map(|(r, o)| o.map(|o| (o.min(r), o.max(r)))).collect();
    // The sample holds some articles twice (the same title and text): those
    // are one story too, with their reposts.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in texts.iter().enumerate().filter(|(i, _)| truth[*i].is_none()) {
        by_text.entry(t.as_str()).or_default().push(i);
    }
    let mut root: Vec<usize> = (0..texts.len()).collect();
    for same in by_text.values() {
        for &i in same {
            root[i] = same[0];
        }
    }
    for (r, o) in truth.iter().enumerate() {
        if let Some(o) = o {
            root[r] = root[*o];
        }
    }
    let mut story: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &r) in root.iter().enumerate() {
        story.entry(r).or_default().push(i);
    }
    for m in story.values() {
        for a in 0..m.len() {
            for b in a + 1..m.len() {
                gold.insert((m[a].min(m[b]), m[a].max(m[b])));
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in ids.iter().enumerate() {
        members.entry(*c).or_default().push(i);
    }
    let mut predicted = HashSet::new();
    for m in members.values() {
        for a in 0..m.len() {
            for b in a + 1..m.len() {
                predicted.insert((m[a].min(m[b]), m[a].max(m[b])));
            }
        }
    }
    let tp = predicted.intersection(&gold).count() as f64;
    let precision = tp / predicted.len().max(1) as f64;
    let recall = tp / gold.len() as f64;
    eprintln!("dedup on news-fars: {} texts, {} gold pairs, precision {precision:.3}, recall {recall:.3}", texts.len(), gold.len());
    let head = |s: &str| s.chars().take(60).collect::<String>();
    for (a, b) in predicted.difference(&gold).take(5) {
        eprintln!("  false pair: {:?} / {:?} {:?}", head(&texts[*a]), head(&texts[*b]), d.similarity(*a, *b));
    }
    for (a, b) in gold.difference(&predicted).take(5) {
        eprintln!("  missed pair: {:?} / {:?} {:?}", head(&texts[*a]), head(&texts[*b]), d.similarity(*a, *b));
    }
    assert!(gold.len() > 500);
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
}
