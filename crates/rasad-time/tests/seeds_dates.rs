//! Every row of the sample articles' date gold (`tests/fixtures/gold/seeds-dates.tsv`,
//! a copy of `../shared/gold/seeds-dates.tsv`): the phrase is found in its
//! article, in one piece, and resolves against the row's reference to the
//! row's range.

use rasad_time::calendar::{from_gregorian, to_gregorian};
use std::path::Path;

fn day(s: &str) -> rasad_time::Day {
    let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    from_gregorian(p[0], p[1] as u32, p[2] as u32).unwrap()
}

#[test]
fn seeds_dates_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let gold = std::fs::read_to_string(root.join("gold/seeds-dates.tsv")).unwrap();
    let mut checked = 0;
    for line in gold.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (file, phrase, reference, from, to) = (f[0], f[1], f[2], f[3], f[4]);
        let text = std::fs::read_to_string(root.join("seeds").join(file)).unwrap();
        let reference = (!reference.is_empty()).then(|| day(reference));
        let found = rasad_time::tag(&text, reference);
        // The phrase's places in the article; a scraper's `date` label is not
        // part of the expression, and the expression may take in words
        // around the phrase (`روز` before, `ماه` after).
        let spans: Vec<(usize, usize)> = text
            .match_indices(phrase)
            .map(|(at, _)| match phrase.strip_prefix("date ") {
                Some(rest) => (at + 5, at + 5 + rest.len()),
                None => (at, at + phrase.len()),
            })
            .collect();
        assert!(!spans.is_empty(), "{file}: {phrase:?} not in the article");
        let hit = found
            .iter()
            .find(|r| spans.iter().any(|&(a, b)| r.expr.start <= a && r.expr.end >= b))
            .unwrap_or_else(|| {
                let all: Vec<&str> = found.iter().map(|r| &text[r.expr.start..r.expr.end]).collect();
                panic!("{file}: {phrase:?} not found; found {all:?}")
            });
        let v = hit.value.unwrap_or_else(|| panic!("{file}: {phrase:?} unresolved"));
        assert_eq!(
            (to_gregorian(v.from).to_string(), to_gregorian(v.to).to_string()),
            (from.to_string(), to.to_string()),
            "{file}: {phrase:?} against {reference:?}"
        );
        if line.contains("CONFLICT") {
            assert!(hit.conflict.is_some(), "{phrase}: conflict expected");
        } else {
            assert!(hit.conflict.is_none(), "{phrase}: {:?}", hit.conflict);
        }
        checked += 1;
    }
    assert_eq!(checked, 18);
}
