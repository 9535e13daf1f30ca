//! HTML pieces: escaping, the page frame, dates in both calendars.

use std::fmt::Write;

/// Escapes text for HTML content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    esc_into(s, &mut out);
    out
}

/// [`esc`] into a buffer (the escaping the store's snippets use too).
pub fn esc_into(s: &str, out: &mut String) {
    rasad_store::embedded::escape_html(s, out);
}

/// Percent-encodes a path segment or query value.
pub fn url_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Persian (the default).
    Fa,
    /// English names and summaries.
    En,
}

impl Lang {
    /// Persian or English text.
    pub fn t<'a>(self, fa: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fa => fa,
            Lang::En => en,
        }
    }
}

const JALALI_MONTHS: [&str; 12] = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const GREGORIAN_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn persian_digits(s: &str) -> String {
    s.chars().map(|c| c.to_digit(10).map_or(c, rasad_text_digit)).collect()
}

fn rasad_text_digit(v: u32) -> char {
    char::from_u32(0x06F0 + v).unwrap_or('?')
}

/// A Gregorian `YYYY-MM-DD` in both calendars: `۱۲ مهر ۱۴۰۲ · 4 Oct 2023`.
pub fn day_both(iso: &str) -> String {
    let Some(day) = rasad_store::dates::parse_iso(iso) else { return esc(iso) };
    let g = rasad_time::calendar::to_gregorian(day);
    let greg = format!("{} {} {}", g.d, GREGORIAN_MONTHS[(g.m as usize).clamp(1, 12) - 1], g.y);
    match rasad_time::calendar::to_jalali(day) {
        Some(j) => format!(
            "{} {} {} · <span dir=\"ltr\" lang=\"en\">{}</span>",
            persian_digits(&j.d.to_string()),
            JALALI_MONTHS[(j.m as usize).clamp(1, 12) - 1],
            persian_digits(&j.y.to_string()),
            greg
        ),
        None => greg,
    }
}

/// A date value (`"YYYY-MM-DD"` or `{from, to}`) in both calendars.
pub fn date_both(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => day_both(s),
        serde_json::Value::Object(o) => {
            let f = o.get("from").and_then(|x| x.as_str()).unwrap_or("");
            let t = o.get("to").and_then(|x| x.as_str()).unwrap_or("");
            format!("{} – {}", day_both(f), day_both(t))
        }
        _ => "—".to_string(),
    }
}

/// A whole page around `body`.
pub fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — رصد</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body class="{cls}">
<header>
<a class="brand" href="/">رصد <small lang="en" dir="ltr">rasad</small></a>
<nav>
<a href="/">{search}</a>
<a href="/timeline">{timeline}</a>
<a href="/graph">{graph}</a>
</nav>
<button id="lang-toggle" type="button" data-lang="{other}">{toggle}</button>
</header>
<main>
{body}
</main>
<script src="/static/app.js"></script>
</body>
</html>
"#,
        title = esc(title),
        cls = lang.t("lang-fa", "lang-en"),
        search = lang.t("جست‌وجو", "Search"),
        timeline = lang.t("خط زمانی", "Timeline"),
        graph = lang.t("شبکه دیدارها", "Who met whom"),
        other = lang.t("en", "fa"),
        toggle = lang.t("English", "فارسی"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_nothing_active() {
        assert_eq!(esc("<script>alert('x')</script> & \"y\""), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
        assert_eq!(url_part("Iran/Azerbaijan ?&"), "Iran%2FAzerbaijan%20%3F%26");
    }

    #[test]
    fn days_in_both_calendars() {
        let d = day_both("2023-10-04");
        assert!(d.contains("۱۲ مهر ۱۴۰۲") && d.contains("4 Oct 2023"), "{d}");
    }
}
