//! Throughput of the text layer on real Persian news text.
//!
//! The corpus is the five sample articles of `tests/fixtures/seeds`
//! repeated to about 2 MB (`RASAD_BENCH_TEXT=FILE` for another text). Run
//! with `cargo bench -p rasad-text`; divan reports bytes per second. For a side-by-side comparison with hazm and
//! parsivar on the same text, see `scripts/peer-bench.sh`.

use divan::counter::BytesCount;
use divan::Bencher;
use rasad_text::{Lexicon, Normalizer, Options, Tokenizer};

#[path = "../../../benches/corpus.rs"]
mod corpus;

/// The sample articles repeated to about 2 MB (or `RASAD_BENCH_TEXT`).
fn corpus() -> String {
    corpus::corpus(2_000_000)
}

fn main() {
    let _ = Lexicon::builtin();
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn normalize(b: Bencher) {
    let text = corpus();
    let mut n = Normalizer::new(Options::default());
    b.counter(BytesCount::of_str(&text)).bench_local(|| n.normalize_str(&text));
}

#[divan::bench(sample_count = 10)]
fn normalize_with_offsets(b: Bencher) {
    let text = corpus();
    let mut n = Normalizer::new(Options::default());
    b.counter(BytesCount::of_str(&text)).bench_local(|| n.normalize(&text));
}

#[divan::bench(sample_count = 10)]
fn tokenize(b: Bencher) {
    let text = corpus();
    b.counter(BytesCount::of_str(&text)).bench_local(|| Tokenizer::tokens(&text).count());
}

#[divan::bench(sample_count = 10)]
fn sentences(b: Bencher) {
    let text = corpus();
    b.counter(BytesCount::of_str(&text)).bench_local(|| rasad_text::sentences(&text).len());
}

#[divan::bench(sample_count = 3)]
fn lexicon_build() -> Lexicon {
    let mut b = rasad_text::LexiconBuilder::new();
    b.hazm_words(include_str!("../../../data/lexicon/hazm/words.dat"));
    b.frequency_list(include_str!("../../../data/lexicon/shekar/vocab.csv"));
    b.build()
}
