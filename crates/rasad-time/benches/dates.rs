//! Throughput of the date tagger on news text.
//!
//! Uses the bundled sample articles; with `RASAD_BENCH_TEXT=FILE` set, a
//! larger real corpus instead (e.g. the Fars News texts of ../shared).

use divan::{black_box, counter::BytesCount, Bencher};

fn main() {
    divan::main();
}

fn corpus() -> String {
    if let Ok(p) = std::env::var("RASAD_BENCH_TEXT") {
        return std::fs::read_to_string(p).expect("RASAD_BENCH_TEXT names a readable UTF-8 file");
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let one: String = files.iter().map(|p| std::fs::read_to_string(p).unwrap() + "\n").collect();
    one.repeat(200)
}

#[divan::bench]
fn find(b: Bencher) {
    let text = corpus();
    let tagger = rasad_time::Tagger::new();
    b.counter(BytesCount::of_str(&text)).bench(|| {
        let mut n = 0usize;
        tagger.find_each(black_box(&text), |_| n += 1);
        n
    });
}

#[divan::bench]
fn find_and_resolve(b: Bencher) {
    let text = corpus();
    let reference = rasad_time::calendar::from_gregorian(2023, 10, 4);
    b.counter(BytesCount::of_str(&text)).bench(|| rasad_time::tag(black_box(&text), reference).len());
}
