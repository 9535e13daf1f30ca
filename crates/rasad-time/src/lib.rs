//! # rasad-time
//!
//! Dates as Persian news writes them. Pure logic, no I/O.
//!
//! - [`calendar`]: exact Solar Hijri ↔ Gregorian conversion (1178–1799 SH),
//!   the tabular lunar Hijri calendar, weekdays.
//! - [`Tagger`]: finds date expressions in raw text — full dates in any
//!   calendar and digit script, year-less dates with weekdays, lists and
//!   ranges, relative words, times of day.
//! - [`resolve()`]: gives each expression its days against a reference date,
//!   with a precision and any conflict between weekday and date.
//! - [`DateRecord`]: the JSON line of `rasad dates`.
//!
//! ```
//! use rasad_time::{calendar::from_gregorian, tag};
//! let reference = from_gregorian(2024, 11, 28);
//! let found = tag("دیدار دوشنبه 12 تیر ماه", reference);
//! let v = found[0].value.unwrap();
//! // 12 Tir was a Monday in 1402, not in 1403.
//! assert_eq!(rasad_time::calendar::to_gregorian(v.from).to_string(), "2023-07-03");
//! ```

#![warn(missing_docs)]

pub mod calendar;
pub mod check;
pub mod lexicon;
pub mod record;
pub mod resolve;
pub mod tagger;

pub use calendar::{Day, Weekday, Ymd};
pub use lexicon::TimeLexicon;
pub use record::DateRecord;
pub use resolve::{resolve, DayRange, Precision, Resolved};
pub use tagger::{Calendar, Core, Expr, Tagger};

/// Finds the date expressions of `text` and resolves them against
/// `reference`.
pub fn tag(text: &str, reference: Option<Day>) -> Vec<Resolved> {
    let mut out = Vec::new();
    Tagger::new().find_each(text, |e| out.push(resolve(e, reference)));
    out
}
