//! Fuzz target `extract`: see `rasad_extract::check::extract_invariants` for what it checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_extract::check::extract_invariants(data);
});
