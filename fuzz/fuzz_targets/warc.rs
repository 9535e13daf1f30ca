//! Fuzz target `warc`: see `rasad_ingest::check::warc_invariants` for what it checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_ingest::check::warc_invariants(data);
});
