//! Hard-wrapped text: paragraphs whose lines were broken at a fixed width
//! (a page's `<pre>`, a mail, an excerpt copied from a narrow column), so
//! that a line break falls inside a sentence and even inside a name
//! (`محمدجواد⏎ظریف`).
//!
//! [`unwrap_soft_breaks`] tells such a text from one whose line breaks end
//! headlines and paragraphs, and turns its soft breaks into spaces. A line
//! break and a space are one byte each, so every offset into the result is
//! an offset into the input.

use std::borrow::Cow;

/// Whether a line ends a sentence: its last visible character, past
/// closing quotes and brackets, is a terminator or a colon (a colon before
/// a line break opens a quotation or a list), a note's mark after it
/// aside.
fn ends_sentence(line: &str) -> bool {
    // A note's mark after the terminator (`کرده‌ام.[iv]`, `است.(۳)`).
    let mut line = line.trim_end();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(body) = line.strip_suffix(close) {
            if let Some(k) = body.rfind(open).filter(|&k| body.len() - k <= 12) {
                line = &body[..k];
            }
        }
    }
    let last = line.chars().rev().find(|c| !c.is_whitespace() && !matches!(c, '»' | '"' | '\'' | ')' | ']' | '”' | '’' | '\u{200b}'..='\u{200f}'));
    matches!(last, Some('.' | '!' | '?' | '؟' | '…' | ':' | '؛' | ';'))
}

/// Whether a line opens an item of a list (`- `, `* `, `• `, `۱- `, `2) `):
/// the break before it is never soft.
fn opens_item(line: &str) -> bool {
    let t = line.trim_start();
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || ('۰'..='۹').contains(&c));
    if rest.len() < t.len() {
        return rest.starts_with(['-', ')', '.', '–', 'ـ']);
    }
    t.starts_with(['-', '*', '•', '●', '▪', '■', '◾', '–', '—'])
}

/// Whether the break between `line` and `next` would be soft in a
/// hard-wrapped text: neither is blank, `line` ends no sentence and `next`
/// opens no item of a list.
fn breaks_softly(line: &str, next: &str) -> bool {
    !line.trim().is_empty() && !next.trim().is_empty() && !ends_sentence(line) && !opens_item(next)
}

/// Lines shorter than this on average are verse or a list of headlines,
/// not prose cut at a column: their breaks stay.
const MIN_WRAPPED_LINE: usize = 45;

/// The text with its soft line breaks turned into spaces, when it is hard
/// wrapped; the text itself otherwise.
///
/// A break is soft when the line before it does not end a sentence and the
/// line after it is neither blank nor an item of a list. A text is taken as hard wrapped when at
/// least three of its breaks inside paragraphs are soft and they outnumber
/// those that end a sentence: a headline or two and a few subheads, which
/// end in no terminator either, never do. Blank lines (paragraph breaks)
/// are kept, and so are the breaks of verse and of lists of headlines, whose
/// lines are short.
///
/// ```
/// let t = "به گزارش ایلنا، وزیر امور خارجه کشورمان امروز با محمدجواد\nظریف و هیات همراه او در محل وزارت امور خارجه عراق دیدار\nکرد و درباره روابط دو کشور و تحولات منطقه با آنان گفت‌وگو\nو رایزنی کرد.";
/// assert_eq!(rasad_text::wrap::unwrap_soft_breaks(t), t.replace('\n', " "));
/// let news = "ظریف با همتای عراقی خود دیدار کرد\nوزیر امور خارجه امروز دیدار کرد.\nوی افزود: بسیار خوب بود.";
/// assert_eq!(rasad_text::wrap::unwrap_soft_breaks(news), news);
/// ```
pub fn unwrap_soft_breaks(text: &str) -> Cow<'_, str> {
    let mut soft = 0usize;
    let mut soft_chars = 0usize;
    let mut hard = 0usize;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else { break };
        if !breaks_softly(line, next) {
            hard += usize::from(!line.trim().is_empty() && !next.trim().is_empty());
            continue;
        }
        soft += 1;
        soft_chars += line.chars().count();
    }
    if soft < 3 || soft <= hard || soft_chars < soft * MIN_WRAPPED_LINE {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else {
            out.push_str(line);
            break;
        };
        let joins = breaks_softly(line, next);
        match line.strip_suffix('\r') {
            Some(body) if joins => {
                out.push_str(body);
                out.push_str("  ");
            }
            _ => {
                out.push_str(line);
                out.push(if joins { ' ' } else { '\n' });
            }
        }
    }
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_excerpt_is_joined_and_keeps_its_length_and_paragraphs() {
        let t = "به گزارش پایداری ملی، محمدجواد\r\nظریف وزیر امور خارجه ایران در صفحه توئیترش با انتشار تصاویری از سفر عادل\r\nعبدالمهدی نخست‌وزیر عراق به تهران نوشت: «میزبان آقای عادل عبدالمهدی\r\nنخست وزیر بودیم.»\r\n\r\nعبدالمهدی دیروز در رأس هیأتی\r\nوارد تهران شد.";
        let u = unwrap_soft_breaks(t);
        assert_eq!(u.len(), t.len());
        assert!(u.contains("محمدجواد  ظریف"), "{u}");
        assert!(u.contains("هیأتی  وارد"), "{u}");
        // The colon and the terminator keep their breaks, the blank line too.
        assert!(u.contains("نوشت: «میزبان"), "{u}");
        assert!(u.contains("بودیم.»\r\n\r\nعبدالمهدی"), "{u}");
    }

    #[test]
    fn headlines_subheads_and_lists_of_sentences_stay_apart() {
        let verse = "می‌رود قصه ما سوی سرانجام آرام\nدفتر قصه ورق می‌خورد آرام آرام\nمی‌رسد قصه به آنجا که علی دل تنگ است\nمی‌فروشد زرهی را که رفیق جنگ است\nچه نیازی دگر این مرد به جوشن دارد";
        assert!(matches!(unwrap_soft_breaks(verse), Cow::Borrowed(_)));
        let list = "عناوین مهم‌ترین خبرهای امروز روزنامه‌های صبح کشور که در ادامه می‌آید\n- آمار استیضاح‌های مجلس شورای اسلامی در خبر امروز روزنامه\n- معاون اجتماعی سازمان بهزیستی کشور از طرح تازه خبر داد\n- قدردانی رهبر معظم انقلاب از مجاهدت‌های وزارت اطلاعات کشور";
        assert!(matches!(unwrap_soft_breaks(list), Cow::Borrowed(_)));
        for line in ["قیام و خروج كرده‌ام.[iv]", "تاکید می‌نمایند.(۳)", "گفت:\u{200f} ", "«پایان.»"] {
            assert!(ends_sentence(line), "{line}");
        }
        assert!(!ends_sentence("مورد استقبال رسمی حسن"));
        let t = "روتیتر خبر\nتیتر خبر\nلید خبر که با نقطه تمام می‌شود.\nبند دوم.\nمیان‌تیتر\nبند سوم.\nبند چهارم!";
        assert!(matches!(unwrap_soft_breaks(t), Cow::Borrowed(_)));
        assert!(matches!(unwrap_soft_breaks(""), Cow::Borrowed(_)));
        assert!(matches!(unwrap_soft_breaks("\n\n\n"), Cow::Borrowed(_)));
    }
}
