//! Throughput of the date tagger on news text.
//!
//! Uses the bundled sample articles; with `RASAD_BENCH_TEXT=FILE` set, a
//! larger real corpus instead (e.g. the Fars News texts of ../shared).

use divan::{black_box, counter::BytesCount, Bencher};

fn main() {
    divan::main();
}

#[path = "../../../benches/corpus.rs"]
mod corpus;

/// The sample articles repeated to about 5.5 MB (or `RASAD_BENCH_TEXT`).
fn corpus() -> String {
    corpus::corpus(5_500_000)
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
