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
    let records = std::env::temp_dir().join(format!("rasad-seeds-{}.jsonl", std::process::id()));
    std::fs::write(&records, &out.stdout).unwrap();
    let score = match Command::new("python3").arg(&scorer).arg(root.join("tests/fixtures/gold/seeds.json")).arg(&records).arg("--json").output() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("SKIPPED seeds_meet_the_issue_thresholds: python3 not runnable ({e})");
            return;
        }
    };
    std::fs::remove_file(&records).ok();
    let v: serde_json::Value = serde_json::from_slice(&score.stdout).unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&score.stderr)));
    eprintln!("seeds: {v}");
    for (measure, min) in [
        ("metadata_acc", 0.95),
        ("entities_f1", 0.95),
        ("quotes_f1", 0.95),
        ("quote_speaker_acc", 0.95),
        ("events_f1", 0.95),
        ("direction_acc", 1.0),
        ("status_acc", 0.9),
        ("statements_f1", 0.8),
    ] {
        let got = v[measure].as_f64().unwrap();
        assert!(got >= min, "{measure} {got:.3} < {min}");
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
        let records = std::env::temp_dir().join(format!("rasad-{set}-{}.out.jsonl", std::process::id()));
        std::fs::write(&records, &out.stdout).unwrap();
        let score = match Command::new("python3").arg(&scorer).arg(&gold_path).arg(&records).arg("--json").output() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("SKIPPED fars_sets_hold_their_scores: python3 not runnable ({e})");
                return;
            }
        };
        std::fs::remove_file(&records).ok();
        let v: serde_json::Value = serde_json::from_slice(&score.stdout).unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&score.stderr)));
        eprintln!("{set}: {v}");
        for (measure, min) in floors {
            let got = v[measure].as_f64().unwrap();
            assert!(got >= min, "{set}: {measure} {got:.3} < {min}");
        }
    }
}
