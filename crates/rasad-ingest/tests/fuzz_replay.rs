//! Replays the fuzz corpora and regressions of the `html`, `feed`, `jsonl`
//! and `warc` targets (`fuzz/corpus/*`, `fuzz/regressions/*`) through the same
//! invariant checks. CI runs this; it never fuzzes at random.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut n = 0;
    for dir in [format!("corpus/{target}"), format!("regressions/{target}")] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let ok = std::panic::catch_unwind(|| check(&data));
            assert!(ok.is_ok(), "{} breaks an invariant", path.display());
            n += 1;
        }
    }
    assert!(n >= 1, "the {target} corpus is missing");
}

#[test]
fn replay_html() {
    replay("html", rasad_ingest::check::html_invariants);
}

#[test]
fn replay_feed() {
    replay("feed", rasad_ingest::check::feed_invariants);
}

#[test]
fn replay_jsonl() {
    replay("jsonl", rasad_ingest::check::jsonl_invariants);
}

#[test]
fn replay_warc() {
    replay("warc", rasad_ingest::check::warc_invariants);
}
