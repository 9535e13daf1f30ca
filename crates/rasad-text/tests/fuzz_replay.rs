//! Replays the fuzz corpus and the regressions of the `normalize` fuzz target
//! (`fuzz/corpus/normalize`, `fuzz/regressions/normalize`) through the same invariant
//! checks. CI runs this; it never fuzzes at random.

use std::path::Path;

#[test]
fn replay_normalize_corpus_and_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut n = 0;
    for dir in ["corpus/normalize", "regressions/normalize"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let ok = std::panic::catch_unwind(|| rasad_text::check::normalize_invariants(&data));
            assert!(ok.is_ok(), "{} breaks an invariant", path.display());
            n += 1;
        }
    }
    assert!(n > 50, "the normalize corpus is missing ({n} inputs)");
}
