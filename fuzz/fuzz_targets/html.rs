//! Fuzz target `html`: see `rasad_ingest::check::html_invariants` for what it checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_ingest::check::html_invariants(data);
});
