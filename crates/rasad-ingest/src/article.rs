//! The one article model every reader produces.

use serde::Serialize;

/// The shape an article came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (the shape of scraped articles: title lines, body, tail).
    Text,
    /// One JSON object per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC response record holding HTML.
    Warc,
    /// An RSS or Atom item.
    Feed,
}

impl Format {
    /// Its name, as records and stores write it (`text`, `jsonl`, …).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Warc => "warc",
            Format::Feed => "feed",
        }
    }

    /// The format of a name [`Format::name`] gives.
    pub fn from_name(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "jsonl" => Format::Jsonl,
            "html" => Format::Html,
            "warc" => Format::Warc,
            "feed" => Format::Feed,
            _ => return None,
        })
    }
}

/// An article as read, before any analysis.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Article {
    /// The file it came from, as given.
    pub path: Option<String>,
    /// 1-based line (JSONL) or record number (WARC, feed) within the file.
    pub record: Option<usize>,
    /// Its URL exactly as given, never re-encoded.
    pub url: Option<String>,
    /// The text every offset refers to (for HTML, the extracted text).
    pub text: String,
    /// A title the container states (JSONL `title`, `og:title`, feed item title).
    pub title: Option<String>,
    /// A publication date or timestamp the container states, as written.
    pub published: Option<String>,
    /// The shape it came in.
    pub format: Option<Format>,
}

impl Article {
    /// An article of plain text.
    pub fn from_text(path: Option<String>, text: String) -> Article {
        Article { path, text, format: Some(Format::Text), ..Article::default() }
    }
}
