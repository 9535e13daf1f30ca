//! The five sample articles are five stories, several on the same visits
//! and meetings (Iran and Azerbaijan, Baku, autumn 2023): they must stay
//! apart, while a repost of each (another title, the old orthography,
//! another site's tail, the last paragraph cut) joins its original.

use rasad_ingest::dedup::{DedupSettings, Deduper};
use std::path::Path;

#[test]
fn seeds_stay_apart_and_their_reposts_join_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let originals: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let mut d = Deduper::new(DedupSettings::default());
    for t in &originals {
        d.add(t);
    }
    for t in &originals {
        let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
        let body = lines[1..lines.len() - 1].join("\n").replace('ی', "ي").replace('ک', "ك").replace('\u{200C}', " ");
        d.add(&format!("بازنشر از خبرگزاری\n{body}\nاخبار مرتبط\nنظر شما"));
    }
    let ids = d.cluster_ids();
    for i in 0..5 {
        assert_eq!(ids[i], ids[i + 5], "{:?}: the repost should join its original", files[i]);
        for j in 0..i {
            assert_ne!(ids[i], ids[j], "{:?} and {:?} are different stories", files[i], files[j]);
        }
    }
}
