//! The sample articles scored by the shared scorer (`../shared/tools/score.py`,
//! which needs `../shared` beside the checkout and python3; skipped, and says
//! so, where either is missing), against the thresholds the issues set.

use std::path::Path;
use std::process::Command;

#[test]
fn seeds_meet_the_issue_thresholds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let scorer = root.join("../shared/tools/score.py");
    if !scorer.exists() {
        eprintln!("SKIPPED seeds_meet_the_issue_thresholds: {} not found (../shared is not beside this checkout)", scorer.display());
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rasad")).arg("extract").arg(root.join("tests/fixtures/seeds")).output().unwrap();
    assert!(out.status.success());
    let Some(v) = score(&scorer, &root.join("tests/fixtures/gold/seeds.json"), &out.stdout, "seeds", "seeds_meet_the_issue_thresholds") else { return };
    hold(&v, "seeds", &[
        ("metadata_acc", 0.95),
        ("entities_f1", 0.95),
        ("quotes_f1", 0.95),
        ("quote_speaker_acc", 0.95),
        ("events_f1", 0.95),
        ("direction_acc", 1.0),
        ("status_acc", 0.9),
        ("statements_f1", 0.8),
    ]);
}

/// `records` (extraction JSONL) graded by `scorer` against `gold`; None, and
/// the test `test` says it skipped, where python3 cannot be run.
fn score(scorer: &Path, gold: &Path, records: &[u8], name: &str, test: &str) -> Option<serde_json::Value> {
    let path = std::env::temp_dir().join(format!("rasad-{name}-{}.out.jsonl", std::process::id()));
    std::fs::write(&path, records).unwrap();
    let out = Command::new("python3").arg(scorer).arg(gold).arg(&path).arg("--json").output();
    std::fs::remove_file(&path).ok();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED {test}: python3 not runnable ({e})");
            return None;
        }
    };
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    eprintln!("{name}: {v}");
    Some(v)
}

/// Every measure of `v` at or above its floor.
fn hold(v: &serde_json::Value, name: &str, floors: &[(&str, f64)]) {
    for &(measure, min) in floors {
        let got = v[measure].as_f64().unwrap();
        assert!(got >= min, "{name}: {measure} {got:.3} < {min}");
    }
}

/// The hand-annotated Fars News sets of `tests/dev/` (development and
/// held-out; see their `about`), scored like the seeds. Their articles are
/// read from `../shared/data/news-fars/fars_news.jsonl` (the agency's text,
/// not bundled): skipped, and says so, where it or python3 is missing.
/// The floors sit a little under the scores recorded in BENCHMARKS.md, so a
/// change that loses ground on articles no rule was written for fails here.
#[test]
fn fars_sets_hold_their_scores() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let scorer = root.join("../shared/tools/score.py");
    let corpus = root.join("../shared/data/news-fars/fars_news.jsonl");
    if !scorer.exists() || !corpus.exists() {
        eprintln!("SKIPPED fars_sets_hold_their_scores: {} or {} not found (../shared is not beside this checkout)", scorer.display(), corpus.display());
        return;
    }
    let lines = std::fs::read_to_string(&corpus).unwrap();
    for (set, floors) in [
        ("fars-dev", [("entities_f1", 0.9), ("quotes_f1", 0.95), ("quote_speaker_acc", 0.9), ("metadata_acc", 0.95)]),
        ("fars-heldout", [("entities_f1", 0.85), ("quotes_f1", 0.95), ("quote_speaker_acc", 0.78), ("metadata_acc", 0.95)]),
        ("fars-heldout2", [("entities_f1", 0.83), ("quotes_f1", 0.95), ("quote_speaker_acc", 0.9), ("metadata_acc", 0.95)]),
        ("fars-heldout3", [("entities_f1", 0.9), ("quotes_f1", 0.95), ("quote_speaker_acc", 0.9), ("events_f1", 0.85)]),
    ] {
        let gold_path = root.join(format!("tests/dev/{set}.json"));
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
        let urls: Vec<&str> = gold["articles"].as_array().unwrap().iter().map(|a| a["url"].as_str().unwrap()).collect();
        let picked: Vec<&str> = lines
            .lines()
            .filter(|l| serde_json::from_str::<serde_json::Value>(l).ok().and_then(|v| v["link"].as_str().map(|u| urls.contains(&u))).unwrap_or(false))
            .collect();
        assert_eq!(picked.len(), urls.len(), "{set}: every article of the gold is in news-fars");
        let input = std::env::temp_dir().join(format!("rasad-{set}-{}.jsonl", std::process::id()));
        std::fs::write(&input, picked.join("\n") + "\n").unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_rasad")).arg("extract").arg(&input).output().unwrap();
        std::fs::remove_file(&input).ok();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let Some(v) = score(&scorer, &gold_path, &out.stdout, set, "fars_sets_hold_their_scores") else { return };
        hold(&v, set, &floors);
    }
}
