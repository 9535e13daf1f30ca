//! Resolving a found expression against a reference date (usually the day
//! the article was published), by the conventions of the `rasad dates`
//! contract: a year-less date takes the reference's year unless its weekday
//! says otherwise; relative words count from the reference; without a
//! reference, whatever needs one is unknown, never guessed.

use crate::calendar::{self, Day, Weekday, Ymd};
use crate::tagger::{Calendar, Core, Days, Expr, YearSpec};

/// How precise a resolved value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// One day.
    Day,
    /// A whole month.
    Month,
    /// A whole year.
    Year,
    /// Several days (a list, a range, a week, a span).
    Range,
    /// A time of day alone.
    Time,
}

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    /// First day.
    pub from: Day,
    /// Last day (equal to `from` for one day).
    pub to: Day,
}

impl DayRange {
    fn one(d: Day) -> DayRange {
        DayRange { from: d, to: d }
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(self, other: DayRange) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// An expression with its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The expression found.
    pub expr: Expr,
    /// Its days, or `None` when the text and the reference do not fix them.
    pub value: Option<DayRange>,
    /// Precision of `value`.
    pub precision: Precision,
    /// Why the text contradicts itself, if it does (a weekday that does
    /// not fit the date).
    pub conflict: Option<String>,
}

/// Resolves `e` against `reference`.
pub fn resolve(e: Expr, reference: Option<Day>) -> Resolved {
    let (value, precision, conflict) = match e.core {
        Core::Date { cal, year, month, days, weekdays } => date(cal, year, month, days, weekdays.as_slice(), reference, e.future_tense),
        Core::Year { cal, y } => (whole_year(cal, y), Precision::Year, None),
        Core::RelDay { offset, weekdays } => match reference {
            None => (None, Precision::Day, None),
            Some(r) => {
                let d = r.add(offset);
                let conflict = weekdays.as_slice().first().and_then(|&w| {
                    let want = Weekday::from_index(w as u32)?;
                    (d.weekday() != want).then(|| format!("the text names {} but the day is a {}", want.persian(), d.weekday().persian()))
                });
                (Some(DayRange::one(d)), Precision::Day, conflict)
            }
        },
        Core::RelWeek(k) => (reference.map(|r| week(r, k)), Precision::Range, None),
        Core::RelMonth(k) => (reference.and_then(|r| jalali_month_from(r, k)), Precision::Month, None),
        Core::RelYear(k, cal) => (
            reference.and_then(|r| year_of(cal, r)).and_then(|y| whole_year(cal, y + k)),
            Precision::Year,
            None,
        ),
        Core::WeekdayOfWeek { days, week } => {
            let value = reference.and_then(|r| {
                let start = r.add(-(r.weekday() as i32) + 7 * week);
                let ds: Vec<Day> = days.as_slice().iter().map(|&w| start.add(w as i32)).collect();
                Some(DayRange { from: *ds.iter().min()?, to: *ds.iter().max()? })
            });
            (value, if days.as_slice().len() > 1 { Precision::Range } else { Precision::Day }, None)
        }
        Core::Ago { n, unit } => {
            let value = reference.and_then(|r| match unit {
                365 => calendar::to_jalali(r).and_then(|j| whole_year(Calendar::Jalali, j.y - n)),
                30 => jalali_month_from(r, -n),
                7 => Some(DayRange { from: r.add(-7 * n), to: r.add(-7 * n + 6) }),
                _ => Some(DayRange::one(r.add(-n * unit))),
            });
            let precision = match unit {
                365 => Precision::Year,
                30 => Precision::Month,
                7 => Precision::Range,
                _ => Precision::Day,
            };
            (value, precision, None)
        }
        Core::Weekdays { days: ws, dir } => {
            let value = reference.and_then(|r| {
                let mut out: Option<DayRange> = None;
                for &w in ws.as_slice() {
                    let future = if dir == 0 { e.future_tense } else { dir > 0 };
                    let d = weekday_near(r, Weekday::from_index(w as u32)?, future);
                    out = Some(match out {
                        None => DayRange::one(d),
                        Some(o) => DayRange { from: o.from.min(d), to: o.to.max(d) },
                    });
                }
                out
            });
            let precision = if ws.as_slice().len() > 1 { Precision::Range } else { Precision::Day };
            (value, precision, None)
        }
        Core::Span { days, future } => (
            reference.map(|r| if future { DayRange { from: r.add(1), to: r.add(days) } } else { DayRange { from: r.add(-days), to: r } }),
            Precision::Range,
            None,
        ),
        Core::Time => (reference.map(DayRange::one), Precision::Time, None),
    };
    Resolved { expr: e, value, precision, conflict }
}

/// The most recent `w` before `r` (past), or the next after it (future).
fn weekday_near(r: Day, w: Weekday, future: bool) -> Day {
    let diff = (w as i32 - r.weekday() as i32).rem_euclid(7);
    if future {
        r.add(if diff == 0 { 7 } else { diff })
    } else {
        let back = (r.weekday() as i32 - w as i32).rem_euclid(7);
        r.add(-(if back == 0 { 7 } else { back }))
    }
}

/// Week `k` relative to the reference: the 7 days before it, the Persian
/// week (Saturday–Friday) holding it, or the 7 days after it.
fn week(r: Day, k: i32) -> DayRange {
    match k.signum() {
        -1 => DayRange { from: r.add(-7 * -k), to: r.add(-7 * (-k - 1) - 1) },
        1 => DayRange { from: r.add(7 * (k - 1) + 1), to: r.add(7 * k) },
        _ => {
            let start = r.add(-(r.weekday() as i32));
            DayRange { from: start, to: start.add(6) }
        }
    }
}

fn jalali_month_from(r: Day, k: i32) -> Option<DayRange> {
    let j = calendar::to_jalali(r)?;
    let idx = j.y * 12 + (j.m as i32 - 1) + k;
    whole_month(Calendar::Jalali, idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn month_len(cal: Calendar, y: i32, m: u32) -> u32 {
    match cal {
        Calendar::Jalali => calendar::jalali_month_len(y, m),
        Calendar::Gregorian => calendar::gregorian_month_len(y, m),
        Calendar::Hijri => calendar::hijri_month_len(y, m),
    }
}

fn day_of(cal: Calendar, y: i32, m: u32, d: u32) -> Option<Day> {
    match cal {
        Calendar::Jalali => calendar::from_jalali(y, m, d),
        Calendar::Gregorian => calendar::from_gregorian(y, m, d),
        Calendar::Hijri => calendar::from_hijri(y, m, d),
    }
}

fn year_of(cal: Calendar, d: Day) -> Option<i32> {
    Some(match cal {
        Calendar::Jalali => calendar::to_jalali(d)?.y,
        Calendar::Gregorian => calendar::to_gregorian(d).y,
        Calendar::Hijri => calendar::to_hijri(d).y,
    })
}

fn ymd_of(cal: Calendar, d: Day) -> Option<Ymd> {
    match cal {
        Calendar::Jalali => calendar::to_jalali(d),
        Calendar::Gregorian => Some(calendar::to_gregorian(d)),
        Calendar::Hijri => Some(calendar::to_hijri(d)),
    }
}

fn whole_month(cal: Calendar, y: i32, m: u32) -> Option<DayRange> {
    let from = day_of(cal, y, m, 1)?;
    let to = day_of(cal, y, m, month_len(cal, y, m))?;
    Some(DayRange { from, to })
}

fn whole_year(cal: Calendar, y: i32) -> Option<DayRange> {
    let from = day_of(cal, y, 1, 1)?;
    let to = day_of(cal, y, 12, month_len(cal, y, 12))?;
    Some(DayRange { from, to })
}

/// The days of month `m` of year `y` named by `days`, or `None` if one
/// does not exist.
fn days_in(cal: Calendar, y: i32, m: u32, days: Days) -> Option<(DayRange, Vec<Day>)> {
    match days {
        Days::None => whole_month(cal, y, m).map(|r| (r, Vec::new())),
        Days::List(list) => {
            let ds: Vec<Day> = list.as_slice().iter().map(|&d| day_of(cal, y, m, d as u32)).collect::<Option<_>>()?;
            let from = *ds.iter().min()?;
            let to = *ds.iter().max()?;
            Some((DayRange { from, to }, ds))
        }
        Days::Range(a, b) => {
            let from = day_of(cal, y, m, a as u32)?;
            // «اواخر اسفند» ends on the month's last day, whatever its length.
            let to = day_of(cal, y, m, (b as u32).min(month_len(cal, y, m)))?;
            Some((DayRange { from, to }, vec![from, to]))
        }
    }
}

fn fits(ds: &[Day], weekdays: &[u8]) -> bool {
    weekdays.is_empty() || (ds.len() >= weekdays.len() && weekdays.iter().zip(ds).all(|(&w, d)| d.weekday() as u8 == w))
}

fn date(
    cal: Calendar,
    year: YearSpec,
    month: u32,
    days: Days,
    weekdays: &[u8],
    reference: Option<Day>,
    future: bool,
) -> (Option<DayRange>, Precision, Option<String>) {
    let precision = match days {
        Days::None => Precision::Month,
        Days::List(l) if l.as_slice().len() == 1 => Precision::Day,
        _ => Precision::Range,
    };
    let conflict_text = |ds: &[Day]| -> Option<String> {
        let (w, d) = weekdays.iter().zip(ds).find(|(&w, d)| d.weekday() as u8 != w)?;
        let named = Weekday::from_index(*w as u32)?;
        let ymd = ymd_of(cal, *d)?;
        Some(format!("the text names {} but {} is a {}", named.persian(), ymd, d.weekday().persian()))
    };
    match year {
        YearSpec::Abs(y) => match days_in(cal, y, month, days) {
            Some((r, ds)) => (Some(r), precision, if fits(&ds, weekdays) { None } else { conflict_text(&ds) }),
            None => (None, precision, None),
        },
        YearSpec::Rel(k) => {
            let Some(r) = reference else { return (None, precision, None) };
            let Some(base) = year_of(cal, r) else { return (None, precision, None) };
            let y = base + k;
            match days_in(cal, y, month, days) {
                Some((v, ds)) => (Some(v), precision, if fits(&ds, weekdays) { None } else { conflict_text(&ds) }),
                None => (None, precision, None),
            }
        }
        YearSpec::None | YearSpec::Prev | YearSpec::Next => {
            let Some(r) = reference else { return (None, precision, None) };
            let Some(base) = year_of(cal, r) else { return (None, precision, None) };
            let candidate = |y: i32| days_in(cal, y, month, days);
            let chosen = match year {
                YearSpec::Prev => (base - 1..=base).rev().find_map(|y| candidate(y).filter(|(v, _)| v.to < r)),
                YearSpec::Next => (base..=base + 1).find_map(|y| candidate(y).filter(|(v, _)| v.from > r)),
                _ if days == Days::None && future => (base..=base + 1).find_map(|y| candidate(y).filter(|(v, _)| v.to >= r)),
                _ => None,
            };
            if let Some((v, _)) = chosen {
                return (Some(v), precision, None);
            }
            let here = candidate(base);
            if weekdays.is_empty() {
                return (here.map(|(v, _)| v), precision, None);
            }
            if let Some((v, ds)) = &here {
                if fits(ds, weekdays) {
                    return (Some(*v), precision, None);
                }
            }
            // The nearest year within one of the reference that fits the weekdays.
            let mut best: Option<(i64, DayRange)> = None;
            for y in [base - 1, base + 1] {
                if let Some((v, ds)) = candidate(y) {
                    if fits(&ds, weekdays) {
                        let dist = (v.from.0 as i64 - r.0 as i64).abs();
                        if best.is_none_or(|(b, _)| dist < b) {
                            best = Some((dist, v));
                        }
                    }
                }
            }
            match (best, here) {
                (Some((_, v)), _) => (Some(v), precision, None),
                (None, Some((v, ds))) => (Some(v), precision, conflict_text(&ds).map(|c| format!("{c}; no year within one of the reference fits"))),
                (None, None) => (None, precision, None),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::from_gregorian;
    use crate::tagger::Tagger;

    fn g(y: i32, m: u32, d: u32) -> Day {
        from_gregorian(y, m, d).unwrap()
    }

    fn one(text: &str, r: Option<Day>) -> Resolved {
        let found = Tagger::new().find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        resolve(found[0], r)
    }

    #[test]
    fn weekday_moves_a_yearless_date_to_the_year_that_fits() {
        let v = one("دوشنبه 12 تیر ماه", Some(g(2024, 11, 28)));
        assert_eq!(v.value, Some(DayRange::one(g(2023, 7, 3))));
        assert_eq!(v.conflict, None);
    }

    #[test]
    fn a_weekday_no_year_fits_is_a_conflict() {
        let v = one("روز پنجشنبه هشتم مهر ماه", Some(g(2023, 10, 4)));
        assert_eq!(v.value, Some(DayRange::one(g(2023, 9, 30))));
        assert!(v.conflict.is_some());
    }

    #[test]
    fn relative_words_need_a_reference() {
        assert_eq!(one("دیروز", None).value, None);
        assert_eq!(one("دیروز", Some(g(2023, 10, 4))).value, Some(DayRange::one(g(2023, 10, 3))));
        assert_eq!(one("هفته گذشته", Some(g(2023, 10, 4))).value, Some(DayRange { from: g(2023, 9, 27), to: g(2023, 10, 3) }));
    }

    #[test]
    fn future_tense_takes_the_next_weekday_and_month() {
        let r = Some(g(2023, 10, 4)); // Wednesday, 12 Mehr 1402
        assert_eq!(one("روز جمعه دیدار خواهد کرد", r).value, Some(DayRange::one(g(2023, 10, 6))));
        assert_eq!(one("روز جمعه دیدار کرد", r).value, Some(DayRange::one(g(2023, 9, 29))));
        let v = one("فروردین ماه برگزار خواهد شد", r).value.unwrap();
        assert_eq!(v.from, g(2024, 3, 20));
    }
}
