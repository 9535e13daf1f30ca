//! # rasad-store
//!
//! Where extraction records live, and the questions asked of them. One
//! trait, [`Store`], is what the command line and the server use; the
//! embedded store ([`Embedded`]) is the default: SQLite (bundled, WAL) for
//! articles, entities, mentions, events, event mentions and quotes, and a
//! tantivy index whose [Persian analyzer](analyzer) makes search
//! insensitive to ZWNJs, spaces, letter forms and digit scripts.
//!
//! The SQLite database is the source of truth. The index follows it: every
//! index commit records the last article it holds, and opening the store
//! indexes whatever a crash left out, so the two always come to agree
//! ([`Store::check`] verifies that they do).

#![warn(missing_docs)]

pub mod analyzer;
pub mod dates;
pub mod embedded;
pub mod shared;

pub use embedded::Embedded;

use rasad_extract::merge::MergedEvent;
use rasad_extract::record::{DateValue, Record};
use rasad_ingest::Article;
use serde::Serialize;

/// What can go wrong in a store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request itself is wrong (a bad date, an unknown type): the
    /// caller's to fix.
    #[error("{0}")]
    BadRequest(String),
    /// The database failed.
    #[error("store database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The search index failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A file of the store could not be read or written.
    #[error("{0}")]
    Io(String),
    /// Another process holds the store for writing.
    #[error("{0}")]
    Busy(String),
    /// The store is not in the shape this version of rasad expects.
    #[error("{0}")]
    Corrupt(String),
}

/// Results of the store.
pub type Result<T> = std::result::Result<T, Error>;

/// One page of a list: how many there are in all, and this page of them.
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    /// All results.
    pub total: usize,
    /// This page.
    pub results: Vec<T>,
}

/// Which page of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// Results per page.
    pub limit: usize,
    /// Results skipped.
    pub offset: usize,
}

impl Default for Paging {
    fn default() -> Self {
        Paging { limit: 20, offset: 0 }
    }
}

/// An article and its record, as extraction made them: what a store keeps.
#[derive(Clone, Debug)]
pub struct Ingested {
    /// The article as read.
    pub article: Article,
    /// Its extraction record.
    pub record: Record,
}

/// What one [`Store::put`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PutReport {
    /// Articles stored for the first time.
    pub stored: usize,
    /// Articles already stored (by id), left alone.
    pub duplicates: usize,
    /// Stored articles whose record was replaced by a different one.
    pub changed: usize,
    /// Stored articles whose new record was the same as the old.
    pub unchanged: usize,
    /// Events in the replaced records before, and after.
    pub events_before: usize,
    /// Events in the new records.
    pub events_after: usize,
}

/// A search hit.
#[derive(Clone, Debug, Serialize)]
pub struct SearchHit {
    /// The article.
    pub doc_id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: Option<DateValue>,
    /// A passage of its text around the first hit, HTML-escaped, with the
    /// matching words in `<mark>…</mark>`.
    pub snippet: String,
    /// Relevance.
    pub score: f32,
}

/// The filters of an event query.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// Actors (names in either language, or knowledge-base ids); an event
    /// must involve every one of them.
    pub actors: Vec<String>,
    /// PLOVER type.
    pub kind: Option<String>,
    /// First day (Gregorian `YYYY-MM-DD`): events ending before are left out.
    pub from: Option<String>,
    /// Last day: events starting after are left out.
    pub to: Option<String>,
    /// Place (a name in either language, or an id).
    pub place: Option<String>,
}

/// An entity's office held for a time.
#[derive(Clone, Debug, Serialize)]
pub struct Role {
    /// Office id (`foreign-minister`).
    pub office: String,
    /// Country code.
    pub country: String,
    /// First day.
    pub from: String,
    /// Last day, or null while in office.
    pub to: Option<String>,
    /// Where the tenure comes from.
    pub source: String,
}

/// How often an entity appears.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    /// Articles that mention it.
    pub articles: usize,
    /// Mentions in all.
    pub mentions: usize,
    /// Merged events it takes part in.
    pub events: usize,
    /// Quotations it speaks.
    pub quotes: usize,
}

/// A quotation with its article.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteView {
    /// The article.
    pub doc_id: String,
    /// Its publication date.
    pub published: Option<String>,
    /// The speaker.
    pub speaker: Option<String>,
    /// The words.
    pub text: String,
    /// First character in the article.
    pub start: usize,
    /// Character after the last.
    pub end: usize,
}

/// One entity: names, roles, counts, recent events and quotes.
#[derive(Clone, Debug, Serialize)]
pub struct EntityView {
    /// English canonical name (the Persian name for one the knowledge base lacks).
    pub name: String,
    /// Persian name.
    pub name_fa: String,
    /// PER, ORG, GPE or LOC.
    #[serde(rename = "type")]
    pub kind: String,
    /// Knowledge-base id.
    pub kb_id: Option<String>,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Country code.
    pub country: Option<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
    /// Offices held.
    pub roles: Vec<Role>,
    /// How often it appears.
    pub counts: Counts,
    /// Its latest events.
    pub events: Vec<MergedEvent>,
    /// Its latest quotations.
    pub quotes: Vec<QuoteView>,
}

/// A node of the who-met-whom graph.
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    /// Name (as events name it).
    pub id: String,
    /// Persian name, when known.
    pub name_fa: Option<String>,
    /// Entity type, when known.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Events it takes part in.
    pub weight: usize,
}

/// An edge of the who-met-whom graph.
#[derive(Clone, Debug, Serialize)]
pub struct Edge {
    /// One side.
    pub source: String,
    /// The other side.
    pub target: String,
    /// CONSULT events between them.
    pub weight: usize,
}

/// Who met whom: entities and their CONSULT events.
#[derive(Clone, Debug, Serialize)]
pub struct Graph {
    /// Entities.
    pub nodes: Vec<Node>,
    /// Pairs with the number of their meetings, calls and visits.
    pub edges: Vec<Edge>,
}

/// What a store holds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    /// Articles.
    pub articles: usize,
    /// Merged events.
    pub events: usize,
    /// Event mentions (events as articles state them).
    pub event_mentions: usize,
    /// Distinct entities.
    pub entities: usize,
    /// Quotations.
    pub quotes: usize,
    /// First and last publication day of the articles.
    pub published: Option<DateValue>,
    /// First and last day of the events.
    pub event_dates: Option<DateValue>,
}

/// A stored article: its record and the text its offsets point into.
#[derive(Clone, Debug)]
pub struct StoredArticle {
    /// The extraction record, as JSON.
    pub record: serde_json::Value,
    /// The text.
    pub text: String,
}

/// What [`Store::check`] found.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CheckReport {
    /// Articles in the database.
    pub articles: usize,
    /// Documents in the search index.
    pub indexed: usize,
    /// What is wrong; empty when the store is sound.
    pub problems: Vec<String>,
}

/// A store of extraction records, and the questions the command line and
/// the server ask of it.
pub trait Store: Send + Sync {
    /// The ids of every stored article.
    fn doc_ids(&self) -> Result<rustc_hash::FxHashSet<String>>;
    /// Stores a batch. An article already stored (by id) is left alone,
    /// unless `replace`, when its record is replaced.
    fn put(&self, batch: &[Ingested], replace: bool) -> Result<PutReport>;
    /// Makes everything put so far durable and visible to queries (commits
    /// the index, merges events across articles).
    fn finish(&self) -> Result<()>;
    /// Calls `f` with every stored article as read, in the order stored.
    fn for_each_article(&self, f: &mut dyn FnMut(Article) -> Result<()>) -> Result<()>;
    /// One article.
    fn article(&self, doc_id: &str) -> Result<Option<StoredArticle>>;
    /// Articles matching a Persian query.
    fn search(&self, query: &str, paging: Paging) -> Result<Page<SearchHit>>;
    /// Merged events, newest first.
    fn events(&self, filter: &EventFilter, paging: Paging) -> Result<Page<MergedEvent>>;
    /// Events of an actor, or between actors, by date.
    fn timeline(&self, actors: &[String], paging: Paging) -> Result<Page<MergedEvent>>;
    /// One entity, by name in either language or by id.
    fn entity(&self, name: &str) -> Result<Option<EntityView>>;
    /// Who met whom between two days (Gregorian, inclusive).
    fn graph(&self, from: Option<&str>, to: Option<&str>) -> Result<Graph>;
    /// What the store holds.
    fn stats(&self) -> Result<Stats>;
    /// Verifies the store: the database, the index, and that they agree.
    fn check(&self) -> Result<CheckReport>;
}
