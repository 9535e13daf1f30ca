//! The text the crates' divan benchmarks run on, shared by them (each
//! includes this file with `#[path]`): the five sample articles of
//! `tests/fixtures/seeds`, repeated, or with `RASAD_BENCH_TEXT=FILE` set, a
//! larger real corpus instead (e.g. the Fars News texts of ../shared).

/// The benchmark text: `RASAD_BENCH_TEXT`'s file when set, else the
/// sample articles, each followed by a newline, repeated until the text
/// holds at least `min_bytes`.
pub fn corpus(min_bytes: usize) -> String {
    if let Ok(p) = std::env::var("RASAD_BENCH_TEXT") {
        return std::fs::read_to_string(p).expect("RASAD_BENCH_TEXT names a readable UTF-8 file");
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let one: String = files.iter().map(|p| std::fs::read_to_string(p).unwrap() + "\n").collect();
    one.repeat(min_bytes / one.len() + 1)
}

/// The benchmark text as articles, for stages that run once per article:
/// the sample articles repeated until they hold at least `min_bytes`, or
/// `RASAD_BENCH_TEXT`'s file split at blank lines.
#[allow(dead_code)]
pub fn articles(min_bytes: usize) -> Vec<String> {
    if let Ok(p) = std::env::var("RASAD_BENCH_TEXT") {
        let text = std::fs::read_to_string(p).expect("RASAD_BENCH_TEXT names a readable UTF-8 file");
        return text.split("\n\n").filter(|a| !a.trim().is_empty()).map(String::from).collect();
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let one: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let size: usize = one.iter().map(String::len).sum();
    one.iter().cycle().take(one.len() * (min_bytes / size + 1)).cloned().collect()
}
