//! # rasad-text
//!
//! The Persian text layer of rasad: everything later stages need to read
//! Persian news reliably, and nothing else. Pure logic, no I/O.
//!
//! - [`Normalizer`]: folds Arabic letter forms, restores lost ZWNJs (glued
//!   `میکنیم` and split `منطقه ای` alike), unifies digits without breaking
//!   numbers, dates, URLs or Latin words, and repairs punctuation spacing,
//!   keeping an [`OffsetMap`] from every normalized position back to the
//!   original.
//! - [`Tokenizer`] and [`sentences`]: word and sentence tokens as byte
//!   spans.
//! - [`wrap::unwrap_soft_breaks`]: joins the lines of hard-wrapped text
//!   without moving an offset.
//! - [`Lexicon`]: the word knowledge behind ZWNJ repair, from data files.
//!
//! ```
//! use rasad_text::{Normalizer, Options};
//! let mut n = Normalizer::new(Options::default());
//! let out = n.normalize("همکاریهای منطقه ای را گسترش میدهیم");
//! assert_eq!(out.text, "همکاری‌های منطقه‌ای را گسترش می‌دهیم");
//! ```

#![warn(missing_docs)]

pub mod chars;
pub mod key;
pub mod check;
pub mod datafile;
pub mod hash;
pub mod lexicon;
pub mod normalize;
pub mod offsets;
pub mod tokenize;
pub mod wrap;
pub mod zwnj;

pub use lexicon::{Lexicon, LexiconBuilder};
pub use normalize::{safe_cut, Cut, DigitStyle, Normalized, Normalizer, Options};
pub use offsets::{CharCounter, OffsetMap};
pub use tokenize::{sentences, Sentence, Token, TokenKind, Tokenizer};
pub use zwnj::Zwnj;
