//! Recognition throughput with the whole knowledge base loaded, and the
//! time to load it and build the automaton.

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

#[divan::bench]
fn fold(b: Bencher) {
    let text = corpus();
    b.counter(BytesCount::of_str(&text)).bench(|| rasad_kb::key::fold(black_box(&text)).text.len());
}
