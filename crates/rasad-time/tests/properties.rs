//! Calendar conversion round-trips, on random days of five centuries.

use proptest::prelude::*;
use rasad_time::calendar::{from_gregorian, from_jalali, to_gregorian, to_jalali};
use rasad_time::Day;

proptest! {
    #[test]
    fn gregorian_and_solar_hijri_round_trip(d in -25_000i32..50_000) {
        let day = Day(d);
        let g = to_gregorian(day);
        prop_assert_eq!(from_gregorian(g.y, g.m, g.d), Some(day));
        let j = to_jalali(day).unwrap();
        prop_assert_eq!(from_jalali(j.y, j.m, j.d), Some(day));
        // The next day is the next date in both calendars.
        let (g2, j2) = (to_gregorian(Day(d + 1)), to_jalali(Day(d + 1)).unwrap());
        prop_assert!(g2 > g && j2 > j);
    }
}
