//! Any text: the normalizer never panics, maps every output position into
//! the input, and is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_text::check::normalize_invariants(data);
});
