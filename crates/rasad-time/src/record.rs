//! The JSON line of `rasad dates` (see `../shared/spec/dates-output.md`).

use crate::calendar::{to_gregorian, to_jalali};
use crate::resolve::{Precision, Resolved};
use serde::Serialize;

/// A `from`–`to` pair of ISO dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IsoRange {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
}

/// One found expression as `rasad dates` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DateRecord {
    /// The expression as written.
    pub text: String,
    /// Offset of its first character, in characters of the input.
    pub start: usize,
    /// Offset after its last character, in characters of the input.
    pub end: usize,
    /// Gregorian days, or null.
    pub value: Option<IsoRange>,
    /// Solar Hijri days, or null.
    pub jalali: Option<IsoRange>,
    /// day | month | year | range | time.
    pub precision: Precision,
    /// Time of day written with it, `HH:MM`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Calendar the expression is written in, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar: Option<crate::Calendar>,
    /// A sentence saying how the text contradicts itself, or null.
    pub conflict: Option<String>,
}

impl DateRecord {
    /// The record of `r`, found in `text`; `start` and `end` are the
    /// character offsets of its span.
    pub fn new(text: &str, r: &Resolved, start: usize, end: usize) -> DateRecord {
        let value = r.value.map(|v| IsoRange { from: to_gregorian(v.from).to_string(), to: to_gregorian(v.to).to_string() });
        let jalali = r.value.and_then(|v| {
            Some(IsoRange { from: to_jalali(v.from)?.to_string(), to: to_jalali(v.to)?.to_string() })
        });
        let calendar = match r.expr.core {
            crate::tagger::Core::Date { cal, .. } | crate::tagger::Core::Year { cal, .. } => Some(cal),
            _ => None,
        };
        DateRecord {
            text: text[r.expr.start..r.expr.end].to_string(),
            start,
            end,
            value,
            jalali,
            precision: r.precision,
            time: r.expr.time.map(|(h, m)| format!("{h:02}:{m:02}")),
            calendar,
            conflict: r.conflict.clone(),
        }
    }
}
