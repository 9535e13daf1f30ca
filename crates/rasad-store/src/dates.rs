//! Dates given by users, in either calendar: `2023-10-04` (Gregorian) or
//! `1402-07-12` (Solar Hijri, told apart by its year), with `-` or `/`,
//! Persian or Latin digits, and a month (`1402-07`) or a year (`2023`)
//! standing for all its days.

use rasad_time::calendar::{from_gregorian, from_jalali, gregorian_month_len, jalali_month_len, to_gregorian, to_jalali};
use rasad_time::Day;

/// Years below this are Solar Hijri; at or above it, Gregorian.
const FIRST_GREGORIAN_YEAR: i32 = 1700;

/// The first and last day a user's date stands for, or why it is not one.
pub fn parse_range(s: &str) -> Result<(Day, Day), String> {
    let latin: String = s.trim().chars().map(|c| rasad_text::chars::digit_value(c).map_or(c, rasad_text::chars::latin_digit)).collect();
    let parts: Vec<&str> = latin.split(['-', '/']).collect();
    let bad = || format!("{s:?} is not a date: write YYYY-MM-DD in the Gregorian (2023-10-04) or the Solar Hijri calendar (1402-07-12), or YYYY-MM, or YYYY");
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad());
    }
    let nums: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let y = nums[0];
    if parts[0].len() != 4 {
        return Err(bad());
    }
    let jalali = y < FIRST_GREGORIAN_YEAR;
    let (make, month_len): (fn(i32, u32, u32) -> Option<Day>, fn(i32, u32) -> u32) =
        if jalali { (from_jalali, jalali_month_len) } else { (from_gregorian, gregorian_month_len) };
    let out = match nums[1..] {
        [] => make(y, 1, 1).zip(make(y, 12, month_len(y, 12))),
        [m] if (1..=12).contains(&m) => make(y, m as u32, 1).zip(make(y, m as u32, month_len(y, m as u32))),
        [m, d] if (1..=12).contains(&m) => make(y, m as u32, d as u32).map(|x| (x, x)),
        _ => None,
    };
    out.ok_or_else(bad)
}

/// A day as `YYYY-MM-DD` (Gregorian).
pub fn iso(day: Day) -> String {
    to_gregorian(day).to_string()
}

/// A Gregorian `YYYY-MM-DD` as a day.
pub fn parse_iso(s: &str) -> Option<Day> {
    let mut it = s.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    from_gregorian(y, m, d)
}

/// A Gregorian `YYYY-MM-DD` in the Solar Hijri calendar, `YYYY-MM-DD`.
pub fn jalali_of(iso_day: &str) -> Option<String> {
    Some(to_jalali(parse_iso(iso_day)?)?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> (String, String) {
        let (a, b) = parse_range(s).unwrap();
        (iso(a), iso(b))
    }

    #[test]
    fn both_calendars_and_both_digit_scripts() {
        assert_eq!(r("2023-10-04"), ("2023-10-04".into(), "2023-10-04".into()));
        assert_eq!(r("1402-07-12"), ("2023-10-04".into(), "2023-10-04".into()));
        assert_eq!(r("۱۴۰۲/۰۷/۱۲"), ("2023-10-04".into(), "2023-10-04".into()));
        assert_eq!(r("1402-07"), ("2023-09-23".into(), "2023-10-22".into()));
        assert_eq!(r("2024"), ("2024-01-01".into(), "2024-12-31".into()));
        assert_eq!(jalali_of("2023-10-04").as_deref(), Some("1402-07-12"));
    }

    #[test]
    fn nonsense_is_an_error_that_says_what_to_write() {
        for bad in ["", "yesterday", "2023-13-01", "1402-07-32", "20231004", "2023-10-04-01", "99-1-1"] {
            let e = parse_range(bad).unwrap_err();
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }
}
