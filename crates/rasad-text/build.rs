//! Compiles the built-in lexicon: reads the word lists of `data/lexicon/`
//! with the crate's own readers and writes their image to
//! `$OUT_DIR/lexicon.bin`, which `Lexicon::builtin` includes. Reads only
//! files of this repository.

use std::path::Path;

#[path = "src/chars.rs"]
#[allow(dead_code)]
mod chars;

// At the root, so that `super::format` in builder.rs names the format here
// as it does in the library.
#[path = "src/lexicon/builder.rs"]
#[allow(dead_code)]
mod builder;
#[path = "src/lexicon/format.rs"]
#[allow(dead_code)]
mod format;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new(&manifest).join("../../data/lexicon");
    for src in ["src/chars.rs", "src/lexicon/builder.rs", "src/lexicon/format.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    let mut b = builder::LexiconBuilder::new();
    for (file, read) in builder::BUILTIN_SOURCES {
        let path = data.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read the lexicon source {}: {e}", path.display()));
        read(&mut b, &text);
    }
    let image = b.into_bytes();
    std::fs::write(Path::new(&out).join("lexicon.bin"), image).unwrap_or_else(|e| panic!("cannot write the lexicon image to {out}: {e}"));
}
