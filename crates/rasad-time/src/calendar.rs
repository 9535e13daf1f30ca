//! Calendars as day arithmetic: every date is a [`Day`], a count of days
//! from 1970-01-01, and each calendar converts to and from it.
//!
//! - Gregorian: proleptic, any year.
//! - Solar Hijri (the official Iranian calendar): exact for
//!   [`JALALI_MIN_YEAR`]`..=`[`JALALI_MAX_YEAR`]. Leap years follow the
//!   33-year arithmetic cycle with the correction years where the astronomical
//!   rule (vernal equinox before noon at 52.5° E) departs from it; the
//!   result is checked day by day against an independent implementation for
//!   1300–1500 SH (`tests/calendar.rs`).
//! - Lunar Hijri: months begin when the new crescent is computed to be
//!   visible from Tehran. Iran fixes them by actual sighting, so a rare
//!   month may begin a day apart.

use std::fmt;

/// A day: days since 1970-01-01 (negative before).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// First Solar Hijri year this module converts exactly.
pub const JALALI_MIN_YEAR: i32 = 1178;
/// Last Solar Hijri year this module converts exactly.
pub const JALALI_MAX_YEAR: i32 = 1799;

/// Years that the 33-year cycle makes leap but the astronomical calendar
/// does not; the year after each of them is leap instead. Known facts of the
/// calendar for the supported range.
const NOT_LEAP_CORRECTIONS: [i32; 8] = [1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799];

/// Day of the week in the Persian week, which starts on Saturday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    /// شنبه
    Saturday = 0,
    /// یکشنبه
    Sunday = 1,
    /// دوشنبه
    Monday = 2,
    /// سه‌شنبه
    Tuesday = 3,
    /// چهارشنبه
    Wednesday = 4,
    /// پنجشنبه
    Thursday = 5,
    /// جمعه
    Friday = 6,
}

impl Weekday {
    /// The weekday of index `i` in the Persian week (0 = Saturday).
    pub fn from_index(i: u32) -> Option<Weekday> {
        use Weekday::*;
        Some(match i {
            0 => Saturday,
            1 => Sunday,
            2 => Monday,
            3 => Tuesday,
            4 => Wednesday,
            5 => Thursday,
            6 => Friday,
            _ => return None,
        })
    }

    /// Persian name.
    pub fn persian(self) -> &'static str {
        ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"][self as usize]
    }
}

impl Day {
    /// The weekday of this day.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 5 in the Persian week).
        Weekday::from_index((self.0 as i64 + 5).rem_euclid(7) as u32).expect("index below 7")
    }

    /// The day `n` days later (earlier when negative).
    pub fn add(self, n: i32) -> Day {
        Day(self.0 + n)
    }
}

/// A calendar date: year, month (1-based), day (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year.
    pub y: i32,
    /// Month, 1..=12.
    pub m: u32,
    /// Day of the month, 1-based.
    pub d: u32,
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

// ---------------------------------------------------------------- Gregorian

/// Whether a Gregorian year is leap.
pub fn gregorian_is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a Gregorian month.
pub fn gregorian_month_len(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if gregorian_is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The day of a Gregorian date, or `None` if the date does not exist.
pub fn from_gregorian(y: i32, m: u32, d: u32) -> Option<Day> {
    if !(1..=12).contains(&m) || d == 0 || d > gregorian_month_len(y, m) {
        return None;
    }
    // Count from a March-based year so that the leap day falls last.
    let (y, m) = (y as i64, m as i64);
    let yy = if m <= 2 { y - 1 } else { y };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400; // 0..=399
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(Day((era * 146_097 + doe - 719_468) as i32))
}

/// The Gregorian date of a day.
pub fn to_gregorian(day: Day) -> Ymd {
    let z = day.0 as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
    Ymd { y, m, d }
}

// -------------------------------------------------------------- Solar Hijri

/// Whether a Solar Hijri year is leap (has 30 days in Esfand).
pub fn jalali_is_leap(y: i32) -> bool {
    if NOT_LEAP_CORRECTIONS.contains(&y) {
        return false;
    }
    if NOT_LEAP_CORRECTIONS.contains(&(y - 1)) {
        return true;
    }
    (25 * y as i64 + 11).rem_euclid(33) < 8
}

/// Days in a Solar Hijri month.
pub fn jalali_month_len(y: i32, m: u32) -> u32 {
    match m {
        1..=6 => 31,
        7..=11 => 30,
        12 if jalali_is_leap(y) => 30,
        12 => 29,
        _ => 0,
    }
}

/// Day of 1 Farvardin 1178 SH (1799-03-21).
fn nowruz_of_min_year() -> i32 {
    from_gregorian(1799, 3, 21).expect("valid date").0
}

/// Nowruz (1 Farvardin) of every supported year, computed once.
fn nowruz_table() -> &'static [i32] {
    static TABLE: std::sync::OnceLock<Vec<i32>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Vec::with_capacity((JALALI_MAX_YEAR - JALALI_MIN_YEAR + 2) as usize);
        let mut day = nowruz_of_min_year();
        for y in JALALI_MIN_YEAR..=JALALI_MAX_YEAR + 1 {
            t.push(day);
            day += if jalali_is_leap(y) { 366 } else { 365 };
        }
        t
    })
}

fn nowruz(y: i32) -> Option<i32> {
    if !(JALALI_MIN_YEAR..=JALALI_MAX_YEAR).contains(&y) {
        return None;
    }
    Some(nowruz_table()[(y - JALALI_MIN_YEAR) as usize])
}

/// The day of a Solar Hijri date, or `None` if the date does not exist or
/// lies outside the supported years.
pub fn from_jalali(y: i32, m: u32, d: u32) -> Option<Day> {
    if !(1..=12).contains(&m) || d == 0 || d > jalali_month_len(y, m) {
        return None;
    }
    let before = if m <= 7 { 31 * (m - 1) } else { 30 * (m - 1) + 6 };
    Some(Day(nowruz(y)? + (before + d - 1) as i32))
}

/// The Solar Hijri date of a day, or `None` outside the supported years.
pub fn to_jalali(day: Day) -> Option<Ymd> {
    let table = nowruz_table();
    // Index of the last Nowruz on or before `day`.
    let i = table.partition_point(|&n| n <= day.0);
    if i == 0 || i == table.len() {
        return None;
    }
    let y = JALALI_MIN_YEAR + i as i32 - 1;
    let doy = (day.0 - table[i - 1]) as u32; // 0-based
    let (m, d) = if doy < 186 { (doy / 31 + 1, doy % 31 + 1) } else { ((doy - 186) / 30 + 7, (doy - 186) % 30 + 1) };
    Some(Ymd { y, m, d })
}

// ---------------------------------------------------------------- Lunar Hijri

/// Days between the Rata Die epoch (0001-01-01) and 1970-01-01.
const RD_UNIX: i64 = 719_163;

/// Tehran, where Iran's lunar months are fixed by the sighting of the new
/// crescent.
fn tehran() -> calendrical_calculations::islamic::Location {
    calendrical_calculations::islamic::Location::try_new(35.69, 51.39, 1190.0, 3.5 / 24.0).expect("valid location")
}

/// The first day of a lunar Hijri month as sighted from Tehran, computed
/// astronomically (the crescent visibility criterion of Calendrical
/// Calculations, via `calendrical_calculations`). Iran's official calendar
/// fixes months by actual sighting, so a rare month may start a day apart.
fn hijri_month_start(y: i32, m: u32) -> Option<Day> {
    if !(1..=2000).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    // The astronomy costs microseconds and a text names few months, often
    // again and again: each month's start is computed once per process.
    // Every thread computes the same value, so a race only repeats work.
    const UNSET: i32 = i32::MIN;
    static STARTS: [std::sync::atomic::AtomicI32; 2000 * 12] = [const { std::sync::atomic::AtomicI32::new(UNSET) }; 2000 * 12];
    let slot = &STARTS[(y as usize - 1) * 12 + (m as usize - 1)];
    let known = slot.load(std::sync::atomic::Ordering::Relaxed);
    if known != UNSET {
        return Some(Day(known));
    }
    let rd = calendrical_calculations::islamic::fixed_from_observational_islamic(y, m as u8, 1, tehran());
    let day = (rd.to_i64_date() - RD_UNIX) as i32;
    slot.store(day, std::sync::atomic::Ordering::Relaxed);
    Some(Day(day))
}

/// Days in a lunar Hijri month (29 or 30) as sighted from Tehran.
pub fn hijri_month_len(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    match (hijri_month_start(y, m), hijri_month_start(ny, nm)) {
        (Some(a), Some(b)) => (b.0 - a.0) as u32,
        _ => 0,
    }
}

/// The day of a lunar Hijri date, or `None` if it does not exist (or
/// lies outside years 1–2000).
pub fn from_hijri(y: i32, m: u32, d: u32) -> Option<Day> {
    if d == 0 || d > hijri_month_len(y, m) {
        return None;
    }
    Some(hijri_month_start(y, m)?.add(d as i32 - 1))
}

/// The lunar Hijri date of a day.
pub fn to_hijri(day: Day) -> Ymd {
    let rd = calendrical_calculations::rata_die::RataDie::new(day.0 as i64 + RD_UNIX);
    let (y, m, d) = calendrical_calculations::islamic::observational_islamic_from_fixed(rd, tehran());
    Ymd { y, m: m as u32, d: d as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gregorian_round_trip_and_epoch() {
        assert_eq!(from_gregorian(1970, 1, 1), Some(Day(0)));
        assert_eq!(from_gregorian(2000, 2, 29).map(to_gregorian), Some(Ymd { y: 2000, m: 2, d: 29 }));
        assert_eq!(from_gregorian(1900, 2, 29), None);
        for n in -200_000..200_000 {
            let g = to_gregorian(Day(n));
            assert_eq!(from_gregorian(g.y, g.m, g.d), Some(Day(n)));
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(from_gregorian(2023, 10, 4).unwrap().weekday(), Weekday::Wednesday);
        assert_eq!(from_gregorian(2024, 11, 28).unwrap().weekday(), Weekday::Thursday);
    }

    #[test]
    fn jalali_known_days() {
        let g = |y, m, d| from_gregorian(y, m, d).unwrap();
        assert_eq!(from_jalali(1404, 1, 1), Some(g(2025, 3, 21)));
        assert_eq!(from_jalali(1403, 12, 30), Some(g(2025, 3, 20)));
        assert_eq!(from_jalali(1402, 7, 12), Some(g(2023, 10, 4)));
        assert_eq!(from_jalali(1402, 12, 30), None);
        // The first correction year: 1502 has 29 days in Esfand, 1503 has 30.
        assert!(!jalali_is_leap(1502) && jalali_is_leap(1503));
        assert_eq!(to_jalali(g(1799, 3, 20)), None);
    }

    #[test]
    fn jalali_round_trip_over_the_whole_range() {
        let first = from_jalali(JALALI_MIN_YEAR, 1, 1).unwrap().0;
        let last = from_jalali(JALALI_MAX_YEAR, 12, jalali_month_len(JALALI_MAX_YEAR, 12)).unwrap().0;
        for n in first..=last {
            let j = to_jalali(Day(n)).unwrap();
            assert_eq!(from_jalali(j.y, j.m, j.d), Some(Day(n)), "{j}");
        }
    }

    #[test]
    fn hijri_known_days() {
        // Days Iran's calendar gave: 1 Ramadan 1444, 13 Rajab 1445, Eid al-Fitr 1444.
        let g = |y, m, d| Some(Ymd { y, m, d });
        assert_eq!(from_hijri(1444, 9, 1).map(to_gregorian), g(2023, 3, 23));
        assert_eq!(from_hijri(1445, 7, 13).map(to_gregorian), g(2024, 1, 25));
        assert_eq!(from_hijri(1444, 10, 1).map(to_gregorian), g(2023, 4, 22));
        assert_eq!(from_hijri(1444, 9, 31), None);
        for n in 19_000..20_000 {
            let h = to_hijri(Day(n));
            assert_eq!(from_hijri(h.y, h.m, h.d), Some(Day(n)), "{h}");
        }
    }
}
