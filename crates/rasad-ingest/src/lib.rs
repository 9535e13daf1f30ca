//! # rasad-ingest
//!
//! News in, one article model out, with what the page says about itself.
//! Pure logic over text and bytes: callers do the I/O.
//!
//! - [`Article`]: the model every reader produces; [`jsonl`] reads JSONL
//!   lines; plain text needs no parsing.
//! - [`meta`]: title, kicker, lead, news code, outlet, attribution chain,
//!   publication date and page date, body and boilerplate.
//! - [`Outlets`]: the Persian outlets rasad knows, from `data/outlets/`.

#![warn(missing_docs)]

pub mod article;
pub mod check;
pub mod dedup;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod meta;
pub mod outlets;
pub mod warc;

pub use article::{Article, Format};
pub use meta::Metadata;
pub use outlets::{Outlet, OutletId, Outlets, UrlDate};
