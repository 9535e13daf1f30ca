//! Replays the fuzz corpus and regressions of the `extract` target
//! (`fuzz/corpus/extract`, `fuzz/regressions/extract`) through the same
//! invariant checks. CI runs this; it never fuzzes at random.

use std::path::Path;

#[test]
fn replay_extract_corpus_and_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut n = 0;
    for dir in ["corpus/extract", "regressions/extract"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let ok = std::panic::catch_unwind(|| rasad_extract::check::extract_invariants(&data));
            assert!(ok.is_ok(), "{} breaks an invariant", path.display());
            n += 1;
        }
    }
    assert!(n >= 5, "the extract corpus is missing ({n} inputs)");
}
