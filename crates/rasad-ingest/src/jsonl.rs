//! JSONL: one article per line, `{"url": …, "text": …, "title": …, "published": …}`.
//!
//! The text may also come as `body` or `content`, or as the `paragraphs`
//! list of some datasets (joined by line breaks, after `title` and
//! `abstract`); the URL as `link`; the date as `date` or `published_at`.

use crate::article::{Article, Format};
use serde_json::Value;

/// Why a JSONL line is not an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonlError {
    /// Not JSON.
    #[error("not valid JSON ({0}); each line must be one JSON object")]
    Syntax(String),
    /// JSON, but not an object.
    #[error("a JSON {0}, not an object; each line must be one JSON object")]
    NotObject(&'static str),
    /// No text field.
    #[error("no text: give the article as \"text\" (or \"body\", \"content\", \"paragraphs\")")]
    NoText,
    /// A field of the wrong type.
    #[error("field {0:?} must be a string")]
    NotString(&'static str),
}

fn string_field(o: &serde_json::Map<String, Value>, names: &[&'static str]) -> Result<Option<String>, JsonlError> {
    for &n in names {
        match o.get(n) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(_) => return Err(JsonlError::NotString(n)),
        }
    }
    Ok(None)
}

/// Reads one JSONL line (blank lines are the caller's to skip).
pub fn parse_line(line: &str) -> Result<Article, JsonlError> {
    let v: Value = serde_json::from_str(line).map_err(|e| JsonlError::Syntax(e.to_string()))?;
    let o = match v {
        Value::Object(o) => o,
        Value::Array(_) => return Err(JsonlError::NotObject("array")),
        Value::String(_) => return Err(JsonlError::NotObject("string")),
        Value::Number(_) => return Err(JsonlError::NotObject("number")),
        Value::Bool(_) => return Err(JsonlError::NotObject("boolean")),
        Value::Null => return Err(JsonlError::NotObject("null")),
    };
    let title = string_field(&o, &["title"])?;
    let text = match string_field(&o, &["text", "body", "content"])? {
        Some(t) => t,
        None => match o.get("paragraphs") {
            Some(Value::Array(ps)) => {
                let mut parts: Vec<String> = Vec::new();
                if let Some(t) = &title {
                    parts.push(t.clone());
                }
                if let Some(a) = string_field(&o, &["abstract", "lead"])? {
                    parts.push(a);
                }
                parts.extend(ps.iter().filter_map(|p| p.as_str().map(String::from)));
                parts.join("\n")
            }
            _ => return Err(JsonlError::NoText),
        },
    };
    Ok(Article {
        url: string_field(&o, &["url", "link"])?,
        title,
        published: string_field(&o, &["published", "date", "published_at", "datePublished"])?,
        text,
        format: Some(Format::Jsonl),
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_url_exactly() {
        let a = parse_line(r#"{"url": "https://x.ir/news/۱۲/سلام?q=a b", "text": "متن"}"#).unwrap();
        assert_eq!(a.url.as_deref(), Some("https://x.ir/news/۱۲/سلام?q=a b"));
        let a = parse_line(r#"{"url": "gold:item/7", "text": "متن"}"#).unwrap();
        assert_eq!(a.url.as_deref(), Some("gold:item/7"));
    }

    #[test]
    fn says_what_is_wrong() {
        assert!(matches!(parse_line("{\"text\": 1}"), Err(JsonlError::NotString("text"))));
        assert!(matches!(parse_line("[1]"), Err(JsonlError::NotObject("array"))));
        assert!(matches!(parse_line("{\"url\": \"x\"}"), Err(JsonlError::NoText)));
        assert!(matches!(parse_line("{\"text\": \"a\""), Err(JsonlError::Syntax(_))));
    }

    #[test]
    fn reads_the_paragraphs_of_datasets() {
        let a = parse_line(r#"{"title": "T", "abstract": "A", "paragraphs": ["P1", "P2"], "link": "u"}"#).unwrap();
        assert_eq!(a.text, "T\nA\nP1\nP2");
        assert_eq!(a.title.as_deref(), Some("T"));
    }
}
