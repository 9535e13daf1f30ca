//! Any text: the tokenizer covers every byte with tokens in order, and
//! sentences fall on token boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_text::check::tokenize_invariants(data);
});
