//! Metadata of the five sample articles against their hand-made gold
//! (`tests/fixtures/gold/seeds.json`): outlet, attribution chain,
//! publication date (inside the gold range, one day of slack, or both
//! null), page date and title.

use rasad_ingest::Article;
use serde_json::Value;
use std::path::Path;

fn day_of(v: &Value) -> Option<(String, String)> {
    match v {
        Value::Null => None,
        Value::String(s) => Some((s.clone(), s.clone())),
        Value::Object(o) => Some((o["from"].as_str()?.to_string(), o["to"].as_str()?.to_string())),
        _ => None,
    }
}

fn shift(iso: &str, n: i32) -> String {
    let p: Vec<i32> = iso.split('-').map(|x| x.parse().unwrap()).collect();
    let d = rasad_time::calendar::from_gregorian(p[0], p[1] as u32, p[2] as u32).unwrap().add(n);
    rasad_time::calendar::to_gregorian(d).to_string()
}

#[test]
fn seeds_metadata_matches_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(root.join("gold/seeds.json")).unwrap()).unwrap();
    let aliases = gold["aliases"].as_object().unwrap();
    // A name matches the gold's canonical name or one of its aliases.
    let same = |ours: &str, theirs: &str| {
        ours == theirs || aliases.get(theirs).and_then(|a| a.as_array()).is_some_and(|a| a.iter().any(|x| x.as_str() == Some(ours)))
    };
    for g in gold["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let text = std::fs::read_to_string(root.join("seeds").join(file)).unwrap();
        let rec = serde_json::to_value(rasad_extract::extract(&Article::from_text(Some(file.into()), text))).unwrap();
        assert!(same(rec["outlet"].as_str().unwrap_or(""), g["outlet"].as_str().unwrap()), "{file}: outlet {}", rec["outlet"]);
        let ours: Vec<&str> = rec["attribution"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        let theirs: Vec<&str> = g["attribution"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(ours.len(), theirs.len(), "{file}: attribution {ours:?}");
        assert!(ours.iter().zip(&theirs).all(|(a, b)| same(a, b)), "{file}: attribution {ours:?}");
        assert_eq!(rec["title"], g["title"], "{file}: title");
        match (day_of(&rec["published"]), day_of(&g["published"])) {
            (None, None) => {}
            (Some((f, t)), Some((gf, gt))) => {
                assert!(f >= shift(&gf, -1) && t <= shift(&gt, 1), "{file}: published {f}..{t}, gold {gf}..{gt}")
            }
            (a, b) => panic!("{file}: published {a:?}, gold {b:?}"),
        }
        if let Some(pd) = g.get("page_date") {
            assert_eq!(day_of(&rec["page_date"]), day_of(pd), "{file}: page date");
        }
    }
}

#[test]
fn doc_id_is_stable_and_prefers_the_url() {
    let a = Article { url: Some("https://x.ir/1".into()), text: "الف".into(), ..Article::default() };
    let b = Article { url: Some("https://x.ir/1".into()), text: "ب".into(), ..Article::default() };
    let c = Article { text: "ب".into(), ..Article::default() };
    assert_eq!(rasad_extract::doc_id(&a), rasad_extract::doc_id(&b));
    assert_ne!(rasad_extract::doc_id(&a), rasad_extract::doc_id(&c));
    assert_eq!(rasad_extract::doc_id(&c).len(), 16);
}

/// The scorer's notion of one name: letters folded, spaces, ZWNJs, hyphens,
/// dots and quotes ignored, case ignored.
fn fold(s: &str) -> String {
    rasad_kb::key::match_key(s).chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '\'' | '"' | '«' | '»' | '(' | ')' | '_' | ',')).collect::<String>().to_lowercase()
}

#[test]
fn seeds_entities_f1_and_every_person_linked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(root.join("gold/seeds.json")).unwrap()).unwrap();
    let mut canon: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for (c, forms) in gold["aliases"].as_object().unwrap() {
        canon.insert(fold(c), c.clone());
        for f in forms.as_array().unwrap() {
            canon.entry(fold(f.as_str().unwrap())).or_insert(c.clone());
        }
    }
    let name_of = |e: &Value| -> String {
        for n in [&e["name"], &e["name_fa"]] {
            if let Some(c) = n.as_str().and_then(|n| canon.get(&fold(n))) {
                return c.clone();
            }
        }
        fold(e["name"].as_str().unwrap_or(""))
    };
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for g in gold["articles"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let text = std::fs::read_to_string(root.join("seeds").join(file)).unwrap();
        let rec = serde_json::to_value(rasad_extract::extract(&Article::from_text(Some(file.into()), text))).unwrap();
        let optional: Vec<String> = g.get("entities_optional").and_then(|o| o.as_array()).map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect()).unwrap_or_default();
        let outlets: Vec<String> = g["attribution"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
        for t in ["PER", "GPE", "ORG"] {
            let want: std::collections::HashSet<String> = g["entities"][t].as_array().map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect()).unwrap_or_default();
            let got: std::collections::HashSet<String> = rec["entities"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["type"] == t || (t == "GPE" && e["type"] == "LOC"))
                .map(name_of)
                .filter(|n| !optional.contains(n) && !outlets.contains(n))
                .collect();
            tp += want.intersection(&got).count();
            fp += got.difference(&want).count();
            fn_ += want.difference(&got).count();
            if t == "PER" {
                // Every person of the gold is linked to the knowledge base.
                for e in rec["entities"].as_array().unwrap().iter().filter(|e| e["type"] == "PER") {
                    if want.contains(&name_of(e)) {
                        assert!(e["kb_id"].is_string(), "{file}: {} not linked", e["name"]);
                    }
                }
            }
        }
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    eprintln!("seeds entities: P {p:.3} R {r:.3} F1 {f1:.3}");
    assert!(f1 >= 0.95, "entities F1 {f1:.3} (P {p:.3}, R {r:.3})");
}
