//! # rasad-kb
//!
//! Who and where: the knowledge base of people, organizations and places
//! (data files in `data/kb/`, documented there), its checks, recognition of
//! its names in text, and who held an office on a given day. Pure logic.
//!
//! - [`Kb`]: entries with canonical English names, Persian names and
//!   aliases; offices and tenures; demonyms; rules for ambiguous names.
//! - [`check()`]: duplicate ids, aliases two entries claim, overlapping
//!   tenures of a single-holder office, unknown countries.
//! - [`Recognizer`]: every known name in any spelling, and people the
//!   knowledge base lacks, with offsets into the original text.

#![warn(missing_docs)]

pub mod check;
pub mod data;
pub mod key;
pub mod recognize;

pub use check::check;
pub use data::{Entry, Kb, Kind, Office, Problem, Rule, Tenure};
pub use recognize::{How, Mention, Recognizer, RoleMention, Target};
