//! ZWNJ restoration on the five sample articles, graded by their hand-made
//! gold (`tests/fixtures/gold/seeds-zwnj.json`, committed with the project).

use rasad_text::{Normalizer, Options, TokenKind, Tokenizer};
use std::collections::HashMap;
use std::path::PathBuf;

const ZWNJ: char = '\u{200C}';

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn gold() -> serde_json::Value {
    let s = std::fs::read_to_string(fixtures().join("gold/seeds-zwnj.json")).expect("gold file");
    serde_json::from_str(&s).expect("gold json")
}

fn seeds() -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(fixtures().join("seeds")).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths.into_iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

#[test]
fn glued_words_are_restored_and_controls_untouched() {
    let g = gold();
    let glued: HashMap<&str, Vec<&str>> = g["glued"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect()))
        .collect();
    let unchanged: Vec<&str> = g["unchanged"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
    let mut n = Normalizer::new(Options::default());
    let (mut ok, mut total, mut altered) = (0, 0, Vec::new());
    let mut missed = Vec::new();
    for text in seeds() {
        let out = n.normalize_str(&text);
        for t in Tokenizer::tokens(&out).filter(|t| t.kind == TokenKind::Word) {
            let w = t.text(&out);
            let key: String = w.chars().filter(|&c| c != ZWNJ).collect();
            if let Some(forms) = glued.get(key.as_str()) {
                total += 1;
                if forms.contains(&w) {
                    ok += 1;
                } else {
                    missed.push(w.to_string());
                }
            }
            if unchanged.contains(&key.as_str()) && w != key {
                altered.push(w.to_string());
            }
        }
    }
    let rate = ok as f64 / total as f64;
    eprintln!("glued restored: {ok}/{total} = {rate:.3}; missed {missed:?}");
    assert!(total >= 120, "the seeds hold at least 120 glued occurrences, found {total}");
    assert!(rate >= 0.95, "restored {rate:.3} of glued occurrences; missed {missed:?}");
    assert!(altered.is_empty(), "words that must stay as written were changed: {altered:?}");
}

#[test]
fn every_spaced_form_is_joined() {
    let g = gold();
    let mut n = Normalizer::new(Options::default());
    let texts = seeds();
    for (spaced, forms) in g["spaced"].as_object().unwrap() {
        let forms: Vec<&str> = forms.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        // In context, as the articles write it…
        for text in &texts {
            let before = text.matches(spaced.as_str()).count();
            if before == 0 {
                continue;
            }
            let out = n.normalize_str(text);
            let joined: usize = forms.iter().map(|f| out.matches(f).count()).sum::<usize>()
                - forms.iter().map(|f| text.matches(f).count()).sum::<usize>();
            assert!(joined >= before, "{spaced}: {before} in the input, {joined} joined");
        }
        // …and alone.
        let out = n.normalize_str(spaced);
        assert!(forms.contains(&out.as_str()), "{spaced} -> {out}");
    }
}

#[test]
fn zwnj_repair_never_changes_a_letter() {
    let mut n = Normalizer::new(Options::default());
    for text in seeds() {
        let out = n.normalize_str(&text);
        let letters = |s: &str| -> String { s.chars().filter(|c| rasad_text::chars::is_letter(*c)).map(rasad_text::chars::fold_letter).collect() };
        assert_eq!(letters(&text), letters(&out));
    }
}
