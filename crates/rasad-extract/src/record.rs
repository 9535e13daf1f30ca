//! The extraction record (`../shared/spec/extract-output.md`).

use serde::{Deserialize, Serialize};

/// Where the article came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// File path as given, or null for standard input.
    pub path: Option<String>,
    /// URL exactly as given, byte for byte.
    pub url: Option<String>,
    /// 1-based line (JSONL) or record number (WARC, feeds) in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    /// Shape of the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<rasad_ingest::Format>,
}

/// A day or a range of days, as the record writes dates: `"YYYY-MM-DD"`
/// for one day, `{"from", "to"}` for several.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DateValue {
    /// One day.
    Day(String),
    /// Several days.
    Range {
        /// First day.
        from: String,
        /// Last day.
        to: String,
    },
}

impl DateValue {
    /// The value for the days `from` to `to`: one day when they are the
    /// same, else a range.
    pub fn from_days(from: String, to: String) -> DateValue {
        if from == to {
            DateValue::Day(from)
        } else {
            DateValue::Range { from, to }
        }
    }

    /// The first and the last day (the same for one day).
    pub fn days(&self) -> (&str, &str) {
        match self {
            DateValue::Day(d) => (d, d),
            DateValue::Range { from, to } => (from, to),
        }
    }
}

/// A span of the input text in characters, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// First character.
    pub start: usize,
    /// Character after the last.
    pub end: usize,
    /// `input[start..end]`.
    pub text: String,
}

/// A mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// First character.
    pub start: usize,
    /// Character after the last.
    pub end: usize,
    /// The mention as written.
    pub text: String,
}

/// An entity of the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// English canonical name, or the Persian surface form if unknown.
    pub name: String,
    /// Persian name.
    pub name_fa: String,
    /// PER, ORG, GPE or LOC.
    #[serde(rename = "type")]
    pub kind: String,
    /// Knowledge-base id, if linked.
    pub kb_id: Option<String>,
    /// Where it is mentioned.
    pub mentions: Vec<Mention>,
}

/// An event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// CONSULT mode.
    pub mode: Option<String>,
    /// Who acts.
    pub source: Vec<String>,
    /// Who is acted on.
    pub target: Vec<String>,
    /// Where.
    pub place: Option<String>,
    /// When.
    pub date: Option<DateValue>,
    /// reported, background or planned.
    pub status: String,
    /// The text that states it.
    pub evidence: TextSpan,
    /// Confidence 0–1.
    pub confidence: f64,
}

/// A quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Who said it.
    pub speaker: Option<String>,
    /// The words.
    pub text: String,
    /// First character.
    pub start: usize,
    /// Character after the last.
    pub end: usize,
}

/// One article's record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Record {
    /// Stable id: a hash of the URL when known, else of the text.
    pub doc_id: String,
    /// The version of rasad that made the record.
    pub rasad_version: &'static str,
    /// The version of the knowledge base it was made with.
    pub kb_version: String,
    /// Where it came from.
    pub source: SourceRef,
    /// Title as written.
    pub title: Option<String>,
    /// The day(s) the story was first published.
    pub published: Option<DateValue>,
    /// Local time of publication, `HH:MM`.
    pub published_time: Option<String>,
    /// `published` in the Solar Hijri calendar.
    pub published_jalali: Option<DateValue>,
    /// A different date the page prints.
    pub page_date: Option<DateValue>,
    /// Who published this copy.
    pub outlet: Option<String>,
    /// Publisher first, then the agencies it credits.
    pub attribution: Vec<String>,
    /// A short line before the title (`… در دیدار خلف اف:`).
    pub kicker: Option<String>,
    /// The first paragraph.
    pub lead: Option<String>,
    /// The outlet's number for the story.
    pub news_code: Option<String>,
    /// How `published` was found: container, label, date line, url, page
    /// date, story dates.
    pub published_from: Option<&'static str>,
    /// The body's span.
    pub body: TextSpan0,
    /// Boilerplate cut off (character spans).
    pub boilerplate: Vec<TextSpan0>,
    /// People, organizations and places.
    pub entities: Vec<Entity>,
    /// Events.
    pub events: Vec<Event>,
    /// Quotations.
    pub quotes: Vec<Quote>,
}

/// A span in characters without its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan0 {
    /// First character.
    pub start: usize,
    /// Character after the last.
    pub end: usize,
}
