//! Any text and any reference: the date tagger never panics, its spans are
//! in bounds, on character boundaries and in order, and every value is a
//! real range.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rasad_time::check::tag_invariants(data);
});
