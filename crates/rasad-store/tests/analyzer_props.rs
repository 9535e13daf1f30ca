//! The analyzer on any text: never panics, spans are in bounds and on
//! character boundaries, and a word's spellings give the same terms.

use proptest::prelude::*;
use rasad_store::analyzer::for_each_term;

fn persianish() -> impl Strategy<Value = String> {
    // Arabic-block letters, presentation forms, digits of three scripts,
    // ZWNJ, spaces, punctuation, Latin.
    proptest::collection::vec(
        prop_oneof![
            (0x0600u32..0x0700).prop_map(|c| char::from_u32(c).unwrap_or('ا')),
            (0xFB50u32..0xFEFF).prop_map(|c| char::from_u32(c).unwrap_or('ا')),
            Just('\u{200C}'),
            Just(' '),
            Just('«'),
            Just('۱'),
            Just('3'),
            any::<char>(),
        ],
        0..80,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn spans_are_in_bounds(text in persianish(), stem in any::<bool>()) {
        for_each_term(&text, stem, |(a, b), term| {
            assert!(a < b && b <= text.len());
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            assert!(!term.is_empty());
        });
    }

    #[test]
    fn zwnj_and_space_are_alike(a in "[آ-ی]{2,6}", b in prop_oneof![Just("ها"), Just("های"), Just("تر"), Just("ترین")]) {
        let mut with_zwnj = Vec::new();
        for_each_term(&format!("{a}\u{200C}{b}"), false, |_, t| with_zwnj.push(t.to_string()));
        let mut with_space = Vec::new();
        for_each_term(&format!("{a} {b}"), false, |_, t| with_space.push(t.to_string()));
        prop_assert_eq!(with_zwnj, with_space);
    }
}
