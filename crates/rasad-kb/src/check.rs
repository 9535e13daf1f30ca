//! `rasad kb check`: what is wrong in the knowledge base, and where.

use crate::data::{Kb, Problem};
use crate::key::match_key;
use rustc_hash::{FxHashMap, FxHashSet};

/// Every problem of `kb`: bad lines, duplicate ids, an alias two entries
/// claim without a `prefer:` rule, overlapping tenures of a single-holder
/// office, unknown countries and offices.
pub fn check(kb: &Kb) -> Vec<Problem> {
    let mut out = kb.problems.clone();
    let countries: FxHashSet<&str> = kb
        .entries
        .iter()
        .filter(|e| e.is_country())
        .filter_map(|e| e.country.as_deref())
        .collect();
    // Aliases claimed twice.
    let mut owner: FxHashMap<String, usize> = FxHashMap::default();
    for (i, e) in kb.entries.iter().enumerate() {
        let mut names: Vec<&str> = vec![e.name_fa.as_str()];
        names.extend(e.aliases.iter().map(String::as_str));
        let mut seen = FxHashSet::default();
        for n in names {
            let k = match_key(n);
            if k.is_empty() || !seen.insert(k.clone()) {
                continue;
            }
            if let Some(&j) = owner.get(&k) {
                if j != i && !kb.prefer.contains_key(n) && !kb.rules.contains_key(n) {
                    out.push(Problem {
                        origin: e.origin.clone(),
                        message: format!(
                            "alias {n:?} of {} is also claimed by {} ({}); add `{n}<TAB>prefer:ID` to ambiguous.tsv or drop one",
                            e.id, kb.entries[j].id, kb.entries[j].origin
                        ),
                    });
                }
            } else {
                owner.insert(k, i);
            }
        }
        if let Some(c) = &e.country {
            if !countries.contains(c.as_str()) {
                out.push(Problem { origin: e.origin.clone(), message: format!("unknown country {c:?} (not an ISO code of countries.tsv)") });
            }
        }
    }
    // Tenures.
    for t in &kb.tenures {
        if !t.country.is_empty() && !countries.contains(t.country.as_str()) {
            out.push(Problem { origin: t.origin.clone(), message: format!("unknown country {:?}", t.country) });
        }
        if !kb.offices.contains_key(&t.office) {
            out.push(Problem { origin: t.origin.clone(), message: format!("unknown office {:?} (see offices.tsv)", t.office) });
        }
        if t.to.is_some_and(|to| to < t.from) {
            out.push(Problem { origin: t.origin.clone(), message: "the tenure ends before it begins".into() });
        }
    }
    for (i, a) in kb.tenures.iter().enumerate() {
        if !kb.offices.get(&a.office).is_some_and(|o| o.single) {
            continue;
        }
        for b in &kb.tenures[i + 1..] {
            if a.office != b.office || a.country != b.country || a.person == b.person {
                continue;
            }
            // Overlap of more than one day (hand-overs share a day).
            let a_to = a.to.map_or(i32::MAX, |d| d.0);
            let b_to = b.to.map_or(i32::MAX, |d| d.0);
            if a.from.0 < b_to && b.from.0 < a_to {
                out.push(Problem {
                    origin: b.origin.clone(),
                    message: format!(
                        "{} of {} overlaps {} ({}): a single-holder office",
                        b.office,
                        if b.country.is_empty() { "the world" } else { &b.country },
                        kb.entries[a.person].id,
                        a.origin
                    ),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_knowledge_base_is_clean() {
        let problems = check(Kb::builtin());
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
    }

    #[test]
    fn problems_are_found() {
        let kb = Kb::load([
            ("a.tsv".to_string(), "country:x\tGPE\tX\tایکس\t\tXX\t\nperson:a\tPER\tA\tالف\tنام\tXX\t\nperson:b\tPER\tB\tب\tنام\tYY\t\nperson:a\tPER\tA\tالف\t\tXX\t\n".to_string()),
            ("offices.tsv".to_string(), "president\tyes\tرئیس\n".to_string()),
            ("roles.tsv".to_string(), "person:a\tpresident\tXX\t2020-01-01\t2022-01-01\ts\nperson:b\tpresident\tXX\t2021-01-01\t\ts\nperson:b\tking\tXX\t2021-01-01\t2020-01-01\ts\n".to_string()),
        ]);
        let p: Vec<String> = check(&kb).iter().map(|p| p.to_string()).collect();
        let has = |s: &str| p.iter().any(|x| x.contains(s));
        assert!(has("duplicate id person:a"), "{p:?}");
        assert!(has("alias \"نام\" of person:b is also claimed by person:a"), "{p:?}");
        assert!(has("unknown country \"YY\""), "{p:?}");
        assert!(has("overlaps person:a"), "{p:?}");
        assert!(has("unknown office \"king\""), "{p:?}");
        assert!(has("ends before it begins"), "{p:?}");
    }
}
