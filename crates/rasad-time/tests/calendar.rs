//! The Solar Hijri conversion against an independent implementation: every
//! day of 1300–1500 SH as converted by Python's jdatetime
//! (`scripts/gen-jalali-vectors.py`, committed as `tests/data/`).

use rasad_time::calendar::{from_gregorian, from_jalali, to_gregorian, to_jalali, Ymd};

fn parse(s: &str) -> Ymd {
    let mut it = s.split('-').map(|p| p.parse::<i64>().unwrap());
    Ymd { y: it.next().unwrap() as i32, m: it.next().unwrap() as u32, d: it.next().unwrap() as u32 }
}

#[test]
fn every_day_of_1300_to_1500_matches_jdatetime() {
    let data = include_str!("data/jalali-1300-1500.tsv");
    let mut n = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let (j, g, w) = (parse(f.next().unwrap()), parse(f.next().unwrap()), f.next().unwrap());
        let day = from_jalali(j.y, j.m, j.d).unwrap_or_else(|| panic!("{j} rejected"));
        assert_eq!(to_gregorian(day), g, "{j}");
        assert_eq!(from_gregorian(g.y, g.m, g.d), Some(day));
        assert_eq!(to_jalali(day), Some(j), "{g}");
        assert_eq!((day.weekday() as u32).to_string(), w, "{j}");
        n += 1;
    }
    // 201 years, 49 of them leap.
    assert_eq!(n, 201 * 365 + 49);
}
