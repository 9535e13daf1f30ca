//! HTML pages: main-content extraction, title and date.
//!
//! A tolerant tokenizer (any byte soup gives some text, never an error)
//! walks the page once. Text is gathered into blocks at block-level tags;
//! blocks inside navigation, headers, footers, asides, forms, comments and
//! elements whose class or id says menu, related, share, comment and the
//! like are dropped, and so are blocks made mostly of links. The body is the
//! run of blocks around the densest paragraphs. The title comes from
//! `og:title`, else `<title>` (without the site's name), else the first
//! `<h1>`; the date from `article:published_time` and similar meta tags or a
//! JSON-LD `NewsArticle`'s `datePublished`; the URL from `og:url` or the
//! canonical link.

use crate::article::{Article, Format};

/// What a page gives besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The main content, paragraphs separated by line breaks.
    pub text: String,
    /// Title.
    pub title: Option<String>,
    /// Publication date or timestamp as the page states it.
    pub published: Option<String>,
    /// The page's own URL (`og:url`, canonical link).
    pub url: Option<String>,
    /// Description (`og:description`, `description`).
    pub description: Option<String>,
}

/// Elements whose content is never article text.
const SKIP_ELEMENTS: &[&str] = &["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "select", "button", "iframe", "head"];

/// Block-level elements: text on either side belongs to different blocks.
const BLOCK_ELEMENTS: &[&str] = &[
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "section", "article", "blockquote",
    "pre", "hr", "dd", "dt", "dl", "figure", "figcaption", "main", "body", "html",
];

/// Class or id words that mark boilerplate containers.
/// Matched against the parts of class and id names split at `-` and `_`,
/// also with a plural `s`.
const BOILERPLATE_MARKS: &[&str] = &[
    "menu", "nav", "navbar", "footer", "sidebar", "comment", "related", "share", "sharing", "social", "breadcrumb", "tag", "advert",
    "advertisement", "ad", "banner", "header", "popular", "viewed", "mostvisited", "newsletter", "subscribe", "login", "cookie", "pagination",
    "copyright", "widget",
];

#[derive(Debug)]
struct Block {
    text: String,
    link_chars: usize,
    heading: bool,
}

struct Open {
    name: String,
    skip: bool,
}

/// Decodes the character references of HTML text.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1).unwrap_or(rest.len());
        let name = &rest[1..end];
        let semi = rest[end..].starts_with(';');
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let v = if let Some(hex) = num.strip_prefix(['x', 'X']) { u32::from_str_radix(hex, 16).ok() } else { num.parse::<u32>().ok() };
            v.and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{00A0}'),
                "zwnj" => Some('\u{200C}'),
                "zwj" => Some('\u{200D}'),
                "rlm" => Some('\u{200F}'),
                "lrm" => Some('\u{200E}'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "copy" => Some('©'),
                _ => None,
            }
        };
        match decoded {
            Some(c) if !name.is_empty() => {
                out.push(c);
                rest = &rest[end + usize::from(semi)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Attributes of a tag, names lower-cased, values decoded.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = tag.as_bytes();
    let mut i = tag.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(tag.len());
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ns = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if ns == i {
            break;
        }
        let name = tag[ns..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = tag[vs..].find(q as char).map_or(tag.len(), |e| vs + e);
                value = decode_entities(&tag[vs..ve]);
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = decode_entities(&tag[vs..i]);
            }
        }
        out.push((name, value));
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn is_boilerplate_container(attrs: &[(String, String)]) -> bool {
    let mut words = String::new();
    for n in ["class", "id", "role"] {
        if let Some(v) = attr(attrs, n) {
            words.push(' ');
            words.push_str(&v.to_ascii_lowercase());
        }
    }
    if words.is_empty() {
        return false;
    }
    words.split(|c: char| c.is_whitespace() || c == '_' || c == '-').any(|w| {
        let w = w.strip_suffix('s').filter(|s| s.len() > 1).unwrap_or(w);
        BOILERPLATE_MARKS.contains(&w)
    })
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() && c != '\u{200C}') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Reads a page. Never fails: malformed HTML gives whatever text it holds.
pub fn parse(html: &str) -> Page {
    let mut page = Page::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut cur = Block { text: String::new(), link_chars: 0, heading: false };
    let mut stack: Vec<Open> = Vec::new();
    let mut skip_depth = 0usize;
    let mut in_title = false;
    let mut title_text = String::new();
    let mut in_link = 0usize;
    let mut in_heading = false;
    let mut h1: Option<String> = None;
    let mut h1_text = String::new();
    let mut in_h1 = false;
    let mut jsonld: Vec<String> = Vec::new();
    let mut og_title = None;
    let mut pos = 0;
    let b = html.as_bytes();

    let flush = |cur: &mut Block, blocks: &mut Vec<Block>| {
        let t = collapse(&decode_entities(&cur.text));
        if !t.is_empty() {
            blocks.push(Block { text: t, link_chars: cur.link_chars, heading: cur.heading });
        }
        *cur = Block { text: String::new(), link_chars: 0, heading: false };
    };

    while pos < b.len() {
        if b[pos] != b'<' {
            let next = html[pos..].find('<').map_or(html.len(), |i| pos + i);
            let chunk = &html[pos..next];
            if in_title {
                title_text.push_str(chunk);
            } else if skip_depth == 0 {
                cur.text.push_str(chunk);
                if in_link > 0 {
                    cur.link_chars += chunk.trim().chars().count();
                }
                if in_heading {
                    cur.heading = true;
                }
                if in_h1 {
                    h1_text.push_str(chunk);
                }
            }
            pos = next;
            continue;
        }
        // Comments and declarations.
        if html[pos..].starts_with("<!--") {
            pos = html[pos + 4..].find("-->").map_or(html.len(), |i| pos + 4 + i + 3);
            continue;
        }
        if html[pos..].starts_with("<!") || html[pos..].starts_with("<?") {
            pos = html[pos..].find('>').map_or(html.len(), |i| pos + i + 1);
            continue;
        }
        let end = match html[pos..].find('>') {
            Some(i) => pos + i,
            None => {
                // A tag cut off by the end of the page.
                break;
            }
        };
        let tag = &html[pos + 1..end];
        pos = end + 1;
        let closing = tag.starts_with('/');
        let tag_body = tag.trim_start_matches('/');
        let name: String = tag_body.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-').collect::<String>().to_ascii_lowercase();
        if name.is_empty() {
            // A stray '<' in text.
            if skip_depth == 0 {
                cur.text.push('<');
                cur.text.push_str(tag);
                cur.text.push('>');
            }
            continue;
        }
        let self_closing = tag.ends_with('/') || matches!(name.as_str(), "br" | "hr" | "img" | "meta" | "link" | "input" | "source" | "wbr");
        if !closing {
            let attrs = attributes(tag_body);
            match name.as_str() {
                "meta" => {
                    let key = attr(&attrs, "property").or(attr(&attrs, "name")).or(attr(&attrs, "itemprop")).unwrap_or("").to_ascii_lowercase();
                    let content = attr(&attrs, "content").map(str::trim).filter(|c| !c.is_empty()).map(String::from);
                    match key.as_str() {
                        "og:title" | "twitter:title" => og_title = og_title.or(content),
                        "og:url" => page.url = page.url.take().or(content),
                        "og:description" | "description" => page.description = page.description.take().or(content),
                        "article:published_time" | "og:published_time" | "datepublished" | "date" | "pubdate" | "publishdate"
                        | "dc.date" | "dc.date.issued" | "sailthru.date" | "parsely-pub-date" => page.published = page.published.take().or(content),
                        _ => {}
                    }
                }
                "link" => {
                    if attr(&attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) {
                        page.url = page.url.take().or(attr(&attrs, "href").map(String::from));
                    }
                }
                "time" => {
                    if page.published.is_none() {
                        if let Some(dt) = attr(&attrs, "datetime") {
                            if attr(&attrs, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) || attr(&attrs, "pubdate").is_some() {
                                page.published = Some(dt.to_string());
                            }
                        }
                    }
                }
                "script" => {
                    let is_ld = attr(&attrs, "type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                    let close = html[pos..].to_ascii_lowercase().find("</script").map_or(html.len(), |i| pos + i);
                    if is_ld {
                        jsonld.push(html[pos..close].to_string());
                    }
                    pos = html[close..].find('>').map_or(html.len(), |i| close + i + 1);
                    continue;
                }
                "style" | "textarea" => {
                    let needle = format!("</{name}");
                    let close = html[pos..].to_ascii_lowercase().find(&needle).map_or(html.len(), |i| pos + i);
                    pos = html[close..].find('>').map_or(html.len(), |i| close + i + 1);
                    continue;
                }
                "title" => {
                    in_title = true;
                    continue;
                }
                _ => {}
            }
            if BLOCK_ELEMENTS.contains(&name.as_str()) {
                flush(&mut cur, &mut blocks);
            }
            if self_closing {
                continue;
            }
            let skip = SKIP_ELEMENTS.contains(&name.as_str()) || is_boilerplate_container(&attrs);
            if skip {
                skip_depth += 1;
            }
            match name.as_str() {
                "a" => in_link += 1,
                "h1" | "h2" | "h3" => {
                    in_heading = true;
                    if name == "h1" && h1.is_none() && skip_depth == 0 {
                        in_h1 = true;
                    }
                }
                _ => {}
            }
            stack.push(Open { name, skip });
        } else {
            if name == "title" {
                in_title = false;
                continue;
            }
            if BLOCK_ELEMENTS.contains(&name.as_str()) {
                flush(&mut cur, &mut blocks);
            }
            // Close up to the matching open element (tolerating bad nesting).
            if let Some(k) = stack.iter().rposition(|o| o.name == name) {
                for o in stack.drain(k..) {
                    if o.skip {
                        skip_depth = skip_depth.saturating_sub(1);
                    }
                    match o.name.as_str() {
                        "a" => in_link = in_link.saturating_sub(1),
                        "h1" | "h2" | "h3" => {
                            in_heading = false;
                            if in_h1 {
                                in_h1 = false;
                                let t = collapse(&decode_entities(&h1_text));
                                if !t.is_empty() {
                                    h1 = Some(t);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    flush(&mut cur, &mut blocks);

    // JSON-LD: datePublished and headline of a NewsArticle (or any item).
    for ld in &jsonld {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(ld.trim()) {
            let mut items = vec![&v];
            let mut k = 0;
            while k < items.len() {
                let it = items[k];
                if let Some(arr) = it.as_array() {
                    items.extend(arr.iter());
                }
                if let Some(g) = it.get("@graph").and_then(|g| g.as_array()) {
                    items.extend(g.iter());
                }
                if page.published.is_none() {
                    page.published = it.get("datePublished").and_then(|d| d.as_str()).map(String::from);
                }
                if og_title.is_none() {
                    og_title = it.get("headline").and_then(|d| d.as_str()).map(String::from);
                }
                k += 1;
            }
        }
    }

    let title_tag = collapse(&decode_entities(&title_text));
    page.title = og_title.map(|t| collapse(&t)).or_else(|| (!title_tag.is_empty()).then(|| strip_site_name(&title_tag))).or(h1);

    page.text = main_text(&blocks, page.title.as_deref());
    page
}

/// `عنوان خبر - خبرگزاری فارس` → `عنوان خبر`.
fn strip_site_name(t: &str) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (&t[..i], &t[i + sep.len()..]);
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2 {
                return head.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// The body: the blocks from the first to the last substantial paragraph
/// (at least 12 words, mostly not links), keeping shorter blocks between
/// them unless they are mostly links.
fn main_text(blocks: &[Block], title: Option<&str>) -> String {
    let words = |b: &Block| b.text.split_whitespace().count();
    let linky = |b: &Block| b.link_chars * 2 > b.text.chars().count();
    let substantial: Vec<usize> = blocks.iter().enumerate().filter(|(_, b)| words(b) >= 12 && !linky(b)).map(|(i, _)| i).collect();
    let mut out = String::new();
    if let Some(t) = title {
        out.push_str(t);
        out.push('\n');
    }
    let (Some(&first), Some(&last)) = (substantial.first(), substantial.last()) else {
        // No paragraph: keep whatever non-link text there is.
        for b in blocks.iter().filter(|b| !linky(b)) {
            if Some(b.text.as_str()) != title {
                out.push_str(&b.text);
                out.push('\n');
            }
        }
        return out;
    };
    // A heading or short lead right before the first paragraph belongs to it.
    let mut start = first;
    while start > 0 && first - start < 3 && !linky(&blocks[start - 1]) && words(&blocks[start - 1]) < 40 && blocks[start - 1].text.as_str() != title.unwrap_or("\u{0}") {
        if blocks[start - 1].heading || words(&blocks[start - 1]) >= 3 {
            start -= 1;
        } else {
            break;
        }
    }
    for b in &blocks[start..=last] {
        if linky(b) || Some(b.text.as_str()) == title {
            continue;
        }
        out.push_str(&b.text);
        out.push('\n');
    }
    out
}

/// An article from an HTML page; `url` is the address it was fetched from,
/// if known (else the page's own).
pub fn article(html: &str, path: Option<String>, url: Option<String>) -> Article {
    let page = parse(html);
    Article {
        path,
        record: None,
        url: url.or(page.url),
        text: page.text,
        title: page.title,
        published: page.published,
        format: Some(Format::Html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>دیدار وزیران خارجه ایران و آذربایجان - خبرگزاری نمونه</title>
<meta property="og:title" content="دیدار وزیران خارجه ایران و آذربایجان">
<meta property="article:published_time" content="2023-10-04T23:23:00+03:30">
<link rel="canonical" href="https://example.ir/news/1">
<script>var x = "<p>not text</p>";</script>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-04"}</script>
</head><body>
<nav><ul><li><a href="/">صفحه اول</a></li><li><a href="/p">سیاسی</a></li></ul></nav>
<div class="content"><h1>دیدار وزیران خارجه ایران و آذربایجان</h1>
<p>به گزارش خبرگزاری نمونه، وزیر امور خارجه کشورمان امروز با همتای آذربایجانی خود در تهران دیدار و گفت&zwnj;وگو کرد.</p>
<p>دو طرف در این دیدار بر گسترش همکاری&zwnj;های اقتصادی و تکمیل راه&zwnj;آهن رشت &amp; آستارا تاکید کردند و درباره مسائل منطقه رایزنی کردند.</p>
</div>
<div class="related-news"><a href="/2">خبر دیگری درباره موضوعی دیگر که نباید در متن بیاید و طولانی هم هست تا حذف شود</a></div>
<div id="comments"><p>نظر شما: این یک نظر طولانی از یک خواننده است که نباید جزو متن خبر باشد اصلا و ابدا</p></div>
<footer>تمامی حقوق محفوظ است</footer>
</body></html>"#;

    #[test]
    fn extracts_main_text_title_date_and_url() {
        let p = parse(PAGE);
        assert_eq!(p.title.as_deref(), Some("دیدار وزیران خارجه ایران و آذربایجان"));
        assert_eq!(p.published.as_deref(), Some("2023-10-04T23:23:00+03:30"));
        assert_eq!(p.url.as_deref(), Some("https://example.ir/news/1"));
        assert!(p.text.contains("گفت\u{200C}وگو کرد."), "{}", p.text);
        assert!(p.text.contains("رشت & آستارا"));
        for gone in ["صفحه اول", "خبر دیگری", "نظر شما", "حقوق", "not text"] {
            assert!(!p.text.contains(gone), "{gone} kept: {}", p.text);
        }
        assert_eq!(p.text.lines().next(), Some("دیدار وزیران خارجه ایران و آذربایجان"));
        assert_eq!(p.text.matches("دیدار وزیران").count(), 1, "{}", p.text);
    }

    #[test]
    fn broken_html_still_gives_text() {
        let p = parse("<html><body><p>متن اول بدون بستن <b>برچسب <div>و ادامه <a href='x");
        assert!(p.text.contains("متن اول"));
        assert_eq!(parse("").text, "");
        assert_eq!(decode_entities("a &amp b &#1740; &#x6cc; &unknown; &"), "a & b ی ی &unknown; &");
    }

    #[test]
    fn title_without_og_drops_the_site_name() {
        let p = parse("<title>عنوان خبر مهم - خبرگزاری فارس</title><p>x</p>");
        assert_eq!(p.title.as_deref(), Some("عنوان خبر مهم"));
    }
}
