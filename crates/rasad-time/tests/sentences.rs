//! Sentences of news style, one date expression each: exactly one answer
//! (times of day aside) and it equals the expected range
//! (`tests/data/sentences.tsv`).

use rasad_time::calendar::{from_gregorian, to_gregorian};
use rasad_time::Precision;

fn day(s: &str) -> rasad_time::Day {
    let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    from_gregorian(p[0], p[1] as u32, p[2] as u32).unwrap()
}

#[test]
fn one_expression_per_sentence_resolves_to_its_range() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("data/sentences.tsv").lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        let reference = (!f[1].is_empty()).then(|| day(f[1]));
        let found: Vec<_> = rasad_time::tag(f[0], reference).into_iter().filter(|r| r.precision != Precision::Time).collect();
        n += 1;
        let got: Vec<String> = found
            .iter()
            .map(|r| match r.value {
                Some(v) => format!("{} {}..{}", &f[0][r.expr.start..r.expr.end], to_gregorian(v.from), to_gregorian(v.to)),
                None => format!("{} null", &f[0][r.expr.start..r.expr.end]),
            })
            .collect();
        let ok = found.len() == 1 && found[0].value.is_some_and(|v| to_gregorian(v.from).to_string() == f[2] && to_gregorian(v.to).to_string() == f[3]);
        if !ok {
            failures.push(format!("{}\n   want {}..{}, got {got:?}", f[0], f[2], f[3]));
        }
    }
    assert!(n >= 45);
    assert!(failures.is_empty(), "{} of {n} wrong:\n{}", failures.len(), failures.join("\n"));
}
