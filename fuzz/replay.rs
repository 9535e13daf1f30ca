//! The replay loop shared by every crate's `tests/fuzz_replay.rs` (included
//! there with `#[path]`): runs each input of `fuzz/corpus/TARGET` and
//! `fuzz/regressions/TARGET` through the target's invariant check, the
//! same function the fuzz target calls. CI replays; it never fuzzes at
//! random.

use std::path::Path;

/// Replays the corpus and regressions of fuzz target `target` through
/// `check`, failing on the first input that breaks an invariant, and fails
/// too when fewer than `min_inputs` inputs were found (a missing corpus).
pub fn replay(target: &str, min_inputs: usize, check: fn(&[u8])) {
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
    assert!(n >= min_inputs, "the {target} corpus is missing ({n} inputs, expected at least {min_inputs})");
}
