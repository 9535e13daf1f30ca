//! Properties of extraction on generated news text: every span of the
//! record (mention, evidence, quotation) is in bounds and its text is
//! exactly the characters it spans, whatever the sentences, names, dates,
//! quote marks and stray characters.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use rasad_extract::extract;
use rasad_ingest::Article;

const PEOPLE: &[&str] = &["سید عباس عراقچی", "جیحون بایراموف", "حسین امیرعبداللهیان", "الهام علی‌اف", "مسعود پزشکیان", "آقای رحیمی"];
const ROLES: &[&str] = &["وزیر امور خارجه ایران", "رئیس‌جمهور کشورمان", "همتای آذربایجانی خود", "سخنگوی وزارت خارجه"];
const PLACES: &[&str] = &["باکو", "تهران", "مسکو", "نیویورک", "ایروان"];
const DATES: &[&str] = &["روز دوشنبه ۱۷ مهر ماه", "۱۲ مهر ۱۴۰۲", "دیروز", "هفته گذشته", "4 October 2023", "اوایل تیر ماه سال‌جاری"];
const VERBS: &[&str] = &["دیدار و گفت‌وگو کرد", "تلفنی گفت‌وگو کرد", "به {P} سفر کرد", "وارد {P} شد", "را محکوم کرد", "از {X} حمایت کرد", "قرار است دیدار کند", "دیدار نکرد"];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::sample::select(PEOPLE),
        prop::sample::select(ROLES),
        prop::sample::select(PEOPLE),
        prop::sample::select(DATES),
        prop::sample::select(PLACES),
        prop::sample::select(VERBS),
        any::<bool>(),
        prop::sample::select(&["", "«", "»", "\u{200C}", "  ", "\n", "؟", "...", ":"][..]),
    )
        .prop_map(|(a, role, b, date, place, verb, quote, junk)| {
            let verb = verb.replace("{P}", place).replace("{X}", b);
            let s = format!("{a} {role} {date} در {place} با {b} {verb}.{junk}");
            if quote {
                format!("{a} گفت: «{s}»")
            } else {
                s
            }
        })
}

fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec(sentence(), 1..8).prop_map(|v| format!("به گزارش خبرگزاری فارس، {}", v.join(" ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_the_text_it_spans(text in article()) {
        rasad_extract::check::extract_invariants(text.as_bytes());
    }
}

/// The generator reaches what the property is about: events, mentions and
/// quotations, not only empty records.
#[test]
fn generated_articles_have_events_quotes_and_mentions() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut events, mut quotes, mut mentions) = (0, 0, 0);
    for _ in 0..50 {
        let text = article().new_tree(&mut runner).unwrap().current();
        let r = extract(&Article::from_text(None, text));
        events += r.events.len();
        quotes += r.quotes.len();
        mentions += r.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
    }
    assert!(events > 20 && quotes > 5 && mentions > 100, "events {events}, quotes {quotes}, mentions {mentions}");
}
