//! Fuzz target `feed`: see `rasad_ingest::check::feed_invariants` for what it checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_ingest::check::feed_invariants(data);
});
