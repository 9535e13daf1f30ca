//! Recognition throughput with the whole knowledge base loaded, and the
//! time to load it and build the automaton.

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
fn load_and_build() -> usize {
    let files = rasad_kb::data::BUILTIN.iter().map(|(n, t)| (n.to_string(), t.to_string()));
    let kb = rasad_kb::Kb::load(files);
    let r = rasad_kb::Recognizer::new(&kb);
    black_box(&r);
    kb.entries.len()
}

#[divan::bench]
fn recognize(b: Bencher) {
    let text = corpus();
    let r = rasad_kb::Recognizer::new(rasad_kb::Kb::builtin());
    b.counter(BytesCount::of_str(&text)).bench(|| r.mentions(black_box(&text)).len());
}

/// As `recognize`, one article at a time, the way extraction calls it (the
/// sample articles repeated, or `RASAD_BENCH_TEXT` split at blank lines).
#[divan::bench]
fn recognize_articles(b: Bencher) {
    let articles = corpus::articles(5_500_000);
    let r = rasad_kb::Recognizer::new(rasad_kb::Kb::builtin());
    b.counter(BytesCount::new(articles.iter().map(String::len).sum::<usize>()))
        .bench(|| articles.iter().map(|a| r.mentions(black_box(a)).len()).sum::<usize>());
}

#[divan::bench]
fn fold(b: Bencher) {
    let text = corpus();
    b.counter(BytesCount::of_str(&text)).bench(|| rasad_kb::key::fold(black_box(&text)).text.len());
}
