//! Properties of the normalizer that must hold for any input.

use proptest::prelude::*;
use rasad_text::{safe_cut, DigitStyle, Lexicon, Normalizer, Options};

/// Text drawn from the characters Persian news is made of, including the
/// awkward ones: ZWNJ, Arabic letter forms, presentation forms, tatweel,
/// diacritics, both digit scripts, punctuation and odd spaces.
fn news_text() -> impl Strategy<Value = String> {
    news_text_of(0..40)
}

fn news_text_of(n: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("می".to_string()),
            Just("ها".to_string()),
            Just("های".to_string()),
            Just("ای".to_string()),
            Just("منطقه".to_string()),
            Just("همکاری".to_string()),
            Just("کنیم".to_string()),
            Just("گفت".to_string()),
            Just("و".to_string()),
            Just("گو".to_string()),
            Just("بین".to_string()),
            Just("المللی".to_string()),
            Just("ترین".to_string()),
            Just("مهم".to_string()),
            Just("ي".to_string()),
            Just("ك".to_string()),
            Just("\u{FEFB}".to_string()),
            Just("\u{0640}".to_string()),
            Just("\u{064E}".to_string()),
            Just("\u{200C}".to_string()),
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just("\n".to_string()),
            Just("\u{00A0}".to_string()),
            Just("،".to_string()),
            Just("«".to_string()),
            Just("»".to_string()),
            Just("؟".to_string()),
            Just(".".to_string()),
            Just("۳٫۵".to_string()),
            Just("1402/07/17".to_string()),
            Just("٤".to_string()),
            Just("https://x.ir/a".to_string()),
            Just("COVID-19".to_string()),
            "[a-zA-Z0-9]{1,4}",
            "[\u{0621}-\u{064A}\u{067E}\u{0686}\u{0698}\u{06A9}\u{06AF}\u{06CC}]{1,6}",
        ],
        n,
    );
    pieces.prop_map(|v| v.concat())
}

/// The same material as words between spaces and line breaks.
fn news_words() -> impl Strategy<Value = String> {
    prop::collection::vec((news_text_of(1..4), prop_oneof![Just(" "), Just(" "), Just(" "), Just("\n")]), 0..30)
        .prop_map(|v| v.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
}

fn opts(d: u8) -> Options {
    Options {
        digits: match d % 3 {
            0 => DigitStyle::Keep,
            1 => DigitStyle::Persian,
            _ => DigitStyle::Latin,
        },
        remove_diacritics: d % 2 == 0,
        ..Options::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn normalizing_twice_changes_nothing(s in news_text(), d in 0u8..6) {
        let mut n = Normalizer::new(opts(d));
        let once = n.normalize_str(&s);
        let twice = n.normalize_str(&once);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn offset_map_is_monotonic_and_in_bounds(s in news_text(), d in 0u8..6) {
        let mut n = Normalizer::new(opts(d));
        let out = n.normalize(&s);
        let mut last = 0;
        let mut bounds: Vec<usize> = out.text.char_indices().map(|(i, _)| i).collect();
        bounds.push(out.text.len());
        for b in bounds {
            let o = out.map.to_original(b as u64) as usize;
            prop_assert!(o <= s.len(), "{o} out of bounds {}", s.len());
            prop_assert!(o >= last, "map not monotonic at {b}: {o} < {last}");
            prop_assert!(s.is_char_boundary(o), "{o} is not a char boundary");
            last = o;
        }
        prop_assert_eq!(out.map.to_original(out.text.len() as u64) as usize, s.len());
    }

    #[test]
    fn zwnj_repair_never_changes_a_letter(s in news_text()) {
        let base = Options { repair_zwnj: false, ..Options::default() };
        let a = Normalizer::new(base).normalize_str(&s);
        let b = Normalizer::new(Options::default()).normalize_str(&s);
        let strip = |t: &str| -> String { t.chars().filter(|&c| c != '\u{200C}' && c != ' ').collect() };
        prop_assert_eq!(strip(&a), strip(&b));
    }

    #[test]
    fn pieces_cut_where_safe_normalize_like_the_whole(s in news_words(), limit in 16usize..128) {
        let mut n = Normalizer::new(Options::default());
        let whole = n.normalize_str(&s);
        let mut rest = s.as_str();
        let mut out = String::new();
        while !rest.is_empty() {
            let cut = safe_cut(rest, limit, Lexicon::builtin());
            prop_assume!(cut.clean);
            let cut = (cut.at.max(1)..=rest.len()).find(|&c| rest.is_char_boundary(c)).unwrap();
            n.normalize_chunk(&rest[..cut], &mut out, None, 0, 0);
            rest = &rest[cut..];
        }
        prop_assert_eq!(whole, out);
    }
}

#[test]
fn mapped_spans_point_at_the_original_words() {
    let src = "همکاريهاي منطقه اي را گسترش ميدهيم";
    let mut n = Normalizer::new(Options::default());
    let out = n.normalize(src);
    assert_eq!(out.text, "همکاری‌های منطقه‌ای را گسترش می‌دهیم");
    let i = out.text.find("منطقه‌ای").unwrap();
    let j = i + "منطقه‌ای".len();
    let (a, b) = (out.map.to_original(i as u64) as usize, out.map.to_original(j as u64) as usize);
    assert_eq!(&src[a..b], "منطقه اي");
}

/// Plain words take a fast path (runs copied whole, ZWNJs placed by byte
/// arithmetic); words with letters to fold, tatweel or presentation forms
/// take the general one. Both give the same text, and each maps the glued
/// word back onto its own original bytes.
#[test]
fn plain_and_folded_spellings_of_a_glued_word_agree() {
    let spellings = [
        "همکاریهای",
        "همکاريهاي",
        "همکـاریهای",
        "\u{FEEB}\u{FEE4}\u{FEDC}\u{FE8E}\u{FEAD}\u{FBFF}\u{FEEB}\u{FE8E}\u{FBFF}",
    ];
    let mut n = Normalizer::new(Options::default());
    for w in spellings {
        let src = format!("گسترش {w} دو کشور");
        let out = n.normalize(&src);
        assert_eq!(out.text, "گسترش همکاری‌های دو کشور", "{w:?}");
        let i = out.text.find("همکاری").unwrap();
        let j = i + "همکاری‌های".len();
        let (a, b) = (out.map.to_original(i as u64) as usize, out.map.to_original(j as u64) as usize);
        assert_eq!(&src[a..b], w, "{w:?}");
        // The ZWNJ sits between the two original letters it was put between.
        let z = out.text.find('\u{200C}').unwrap();
        let oz = out.map.to_original(z as u64) as usize;
        assert!(src[a..oz].ends_with(['ی', 'ي', '\u{FBFF}']) && oz < b, "{w:?}: ZWNJ maps to {oz}");
    }
}

#[test]
fn numbers_urls_and_latin_survive_digit_conversion() {
    let src = "رشد ۳٫۵ و 3.5 درصد در 1402/07/17 ساعت 23:23 با 1,200,000 نفر؛ https://www.irna.ir/news/85 و test@example.com و COVID-19";
    let fa = Normalizer::new(Options { digits: DigitStyle::Persian, ..Options::default() }).normalize_str(src);
    assert!(fa.contains("۳٫۵ و ۳٫۵ درصد در ۱۴۰۲/۰۷/۱۷ ساعت ۲۳:۲۳ با ۱٬۲۰۰٬۰۰۰ نفر"), "{fa}");
    assert!(fa.contains("https://www.irna.ir/news/85"), "{fa}");
    assert!(fa.contains("test@example.com") && fa.contains("COVID-19"), "{fa}");
    let en = Normalizer::new(Options { digits: DigitStyle::Latin, ..Options::default() }).normalize_str(src);
    assert!(en.contains("3.5 و 3.5 درصد در 1402/07/17 ساعت 23:23 با 1,200,000 نفر"), "{en}");
}

#[test]
fn letter_forms_and_punctuation_spacing() {
    let mut n = Normalizer::new(Options::default());
    assert_eq!(n.normalize_str("كتاب علي"), "کتاب علی");
    assert_eq!(n.normalize_str("\u{FEFB}"), "لا");
    assert_eq!(n.normalize_str("سلـــام"), "سلام");
    assert_eq!(n.normalize_str("گفت ، « این » است ؟"), "گفت، «این» است؟");
    assert_eq!(n.normalize_str("تهران،ایران"), "تهران، ایران");
    assert_eq!(n.normalize_str("۱۲،۵"), "۱۲،۵");
    assert_eq!(n.normalize_str(""), "");
}

#[test]
fn joins_that_must_not_happen() {
    let mut n = Normalizer::new(Options::default());
    for s in ["فراهم شده است", "در ماه می سال گذشته", "سال گذشته", "تیم ملی", "یکی از"] {
        assert_eq!(n.normalize_str(s), s);
    }
}

#[test]
fn a_cut_never_splits_a_join_whose_first_word_starts_before_the_window() {
    // Found by the property above: the window opened inside «منطقه», so the
    // cut saw «طقه» before «ترین» and thought them apart.
    let s = "میگو https://x.ir/aمی می می ۳٫۵ يـي . ترینگو می٤منطقه ترین1402/07/17 \u{200c} ";
    let mut n = Normalizer::new(Options::default());
    let whole = n.normalize_str(s);
    let mut rest = s;
    let mut out = String::new();
    while !rest.is_empty() {
        let cut = safe_cut(rest, 60, Lexicon::builtin());
        let cut = (cut.at.max(1)..=rest.len()).find(|&c| rest.is_char_boundary(c)).unwrap();
        n.normalize_chunk(&rest[..cut], &mut out, None, 0, 0);
        rest = &rest[cut..];
    }
    assert_eq!(whole, out);
}
