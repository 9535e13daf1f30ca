//! RSS 2.0 and Atom feeds: their items as articles.
//!
//! A tolerant reader: it looks for `<item>` (RSS) or `<entry>` (Atom)
//! elements and their fields, unwraps CDATA, decodes entities and turns the
//! HTML of descriptions into text. A feed cut off in the middle gives the
//! items before the cut; an item without link or id is skipped with a reason.

use crate::article::{Article, Format};
use crate::html::{decode_entities, parse as parse_html};

/// One feed item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// Stable id: `guid`/`id`, else the link.
    pub id: String,
    /// Link to the article page.
    pub link: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Publication date as written (`pubDate`, `published`, `updated`, `dc:date`).
    pub published: Option<String>,
    /// The item's text (description, summary or content), as plain text.
    pub text: String,
}

/// A parsed feed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feed {
    /// The feed's title.
    pub title: Option<String>,
    /// Its items in order.
    pub items: Vec<Item>,
    /// Items skipped, with why.
    pub skipped: Vec<String>,
}

/// Why a document is not a feed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")]
pub struct NotAFeed;

/// The content of the first `<name …>…</name>` in `xml`, raw, and where it ends.
fn element<'a>(xml: &'a str, name: &str) -> Option<(&'a str, &'a str, usize)> {
    let mut from = 0;
    loop {
        let open = from + xml[from..].find(&format!("<{name}"))?;
        let after = open + 1 + name.len();
        let next = xml[after..].chars().next()?;
        if !(next == '>' || next == '/' || next.is_whitespace()) {
            from = after;
            continue;
        }
        let tag_end = after + xml[after..].find('>')?;
        let attrs = &xml[after..tag_end];
        if attrs.ends_with('/') {
            return Some((attrs, "", tag_end + 1));
        }
        let close = format!("</{name}>");
        let body_start = tag_end + 1;
        let body_end = body_start + xml[body_start..].find(&close)?;
        return Some((attrs, &xml[body_start..body_end], body_end + close.len()));
    }
}

/// Text of an element's content: CDATA unwrapped, entities decoded.
fn text_of(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(i) = rest.find("<![CDATA[") {
        out.push_str(&decode_entities(&rest[..i]));
        let after = &rest[i + 9..];
        match after.find("]]>") {
            Some(j) => {
                out.push_str(&after[..j]);
                rest = &after[j + 3..];
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(&decode_entities(rest));
    out.trim().to_string()
}

fn attr(attrs: &str, name: &str) -> Option<String> {
    let i = attrs.find(&format!("{name}="))?;
    let rest = &attrs[i + name.len() + 1..];
    let q = rest.chars().next()?;
    if q == '"' || q == '\'' {
        let end = rest[1..].find(q)?;
        Some(decode_entities(&rest[1..1 + end]))
    } else {
        Some(rest.split_whitespace().next()?.to_string())
    }
}

fn first_text(xml: &str, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| element(xml, n).map(|(_, body, _)| text_of(body)).filter(|t| !t.is_empty()))
}

/// Reads a feed.
pub fn parse(xml: &str) -> Result<Feed, NotAFeed> {
    let is_atom = xml.contains("<feed");
    if !is_atom && !xml.contains("<rss") && !xml.contains("<rdf:RDF") && !xml.contains("<channel") {
        return Err(NotAFeed);
    }
    let item_tag = if is_atom { "entry" } else { "item" };
    let mut feed = Feed::default();
    let head_end = xml.find(&format!("<{item_tag}")).unwrap_or(xml.len());
    feed.title = first_text(&xml[..head_end], &["title"]);
    let mut pos = 0;
    let mut n = 0;
    while let Some((_, body, end)) = element(&xml[pos..], item_tag) {
        n += 1;
        pos += end;
        let link = if is_atom {
            // <link rel="alternate" href="…"/>, else the first link.
            let mut found = None;
            let mut p = 0;
            while let Some((attrs, _, e)) = element(&body[p..], "link") {
                let rel = attr(attrs, "rel");
                if let Some(h) = attr(attrs, "href") {
                    if rel.as_deref().is_none_or(|r| r == "alternate") {
                        found = Some(h);
                        break;
                    }
                    found.get_or_insert(h);
                }
                p += e;
            }
            found
        } else {
            first_text(body, &["link"])
        };
        let id = first_text(body, &["guid", "id"]).or_else(|| link.clone());
        let Some(id) = id else {
            feed.skipped.push(format!("item {n}: no link, guid or id"));
            continue;
        };
        let html = first_text(body, &["content:encoded", "content", "description", "summary"]).unwrap_or_default();
        let text = if html.contains('<') { parse_html(&html).text } else { html };
        feed.items.push(Item {
            id,
            link,
            title: first_text(body, &["title"]).map(|t| if t.contains('<') { parse_html(&t).text.trim().to_string() } else { t }),
            published: first_text(body, &["pubDate", "published", "dc:date", "updated"]),
            text: text.trim().to_string(),
        });
    }
    Ok(feed)
}

/// The date of an RSS `pubDate` (`Wed, 04 Oct 2023 23:23:00 +0330`) or an
/// Atom timestamp as `YYYY-MM-DD` plus `HH:MM`, in the time zone written.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 10 && s.as_bytes()[4] == b'-' {
        return Some(s.to_string());
    }
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let parts: Vec<&str> = s.split([' ', ',']).filter(|p| !p.is_empty()).collect();
    let di = parts.iter().position(|p| p.chars().all(|c| c.is_ascii_digit()) && p.len() <= 2)?;
    let d: u32 = parts[di].parse().ok()?;
    let m = MONTHS.iter().position(|m| parts.get(di + 1).is_some_and(|p| p.to_ascii_lowercase().starts_with(m)))? + 1;
    let y: i32 = parts.get(di + 2)?.parse().ok()?;
    let time = parts.get(di + 3).and_then(|t| t.get(..5)).filter(|t| t.as_bytes()[2] == b':' && t.bytes().all(|b| b.is_ascii_digit() || b == b':'));
    Some(match time {
        Some(t) => format!("{y:04}-{m:02}-{d:02}T{t}"),
        None => format!("{y:04}-{m:02}-{d:02}"),
    })
}

/// The articles of a feed's items (the item's own text; fetch the link for
/// the full page).
pub fn articles(feed: &Feed, path: Option<String>) -> Vec<Article> {
    feed.items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let mut text = String::new();
            if let Some(t) = &it.title {
                text.push_str(t);
                text.push('\n');
            }
            text.push_str(&it.text);
            Article {
                path: path.clone(),
                record: Some(i + 1),
                url: it.link.clone().or_else(|| Some(it.id.clone())),
                text,
                title: it.title.clone(),
                published: it.published.as_deref().and_then(normalize_date),
                format: Some(Format::Feed),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>خبرگزاری نمونه</title>
<item><title>دیدار وزیران</title><link>https://x.ir/1</link><guid>x-1</guid>
<pubDate>Wed, 04 Oct 2023 23:23:00 +0330</pubDate>
<description><![CDATA[<p>وزیر امور خارجه با همتای خود <b>دیدار</b> کرد.</p>]]></description></item>
<item><title>بدون پیوند</title></item>
<item><title>خبر دوم &amp; سوم</title><link>https://x.ir/2</link><description>متن ساده</description></item>
</channel></rss>"#;
        let f = parse(xml).unwrap();
        assert_eq!(f.title.as_deref(), Some("خبرگزاری نمونه"));
        assert_eq!(f.items.len(), 2);
        assert_eq!(f.skipped.len(), 1);
        assert_eq!(f.items[0].id, "x-1");
        assert!(f.items[0].text.contains("با همتای خود دیدار کرد."), "{}", f.items[0].text);
        assert_eq!(f.items[1].title.as_deref(), Some("خبر دوم & سوم"));
        let a = articles(&f, None);
        assert_eq!(a[0].published.as_deref(), Some("2023-10-04T23:23"));
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
<entry><title>عنوان</title><link rel="self" href="https://x.ir/self"/><link rel="alternate" href="https://x.ir/a"/>
<id>tag:x.ir,2023:1</id><published>2023-10-04T20:00:00Z</published><summary>خلاصه خبر</summary></entry>
<entry><title>بریده"#;
        let f = parse(xml).unwrap();
        assert_eq!(f.items.len(), 1);
        assert_eq!(f.items[0].link.as_deref(), Some("https://x.ir/a"));
        assert_eq!(f.items[0].published.as_deref(), Some("2023-10-04T20:00:00Z"));
    }

    #[test]
    fn not_a_feed() {
        assert_eq!(parse("<html><body>x</body></html>"), Err(NotAFeed));
    }
}
