//! The arithmetic rules that other software uses for the Jalali calendar, as day
//! numbers (days since 1970-01-01). Each gives 1 Farvardin of a year and the year that
//! contains a day; months are laid out the same way in every rule.

use super::{gregorian, jalali};

/// 1 Farvardin 1 in the 2820-year rule: 0622-03-22 (Julian 0622-03-19).
const EPOCH_2820: i32 = -492_267;
/// Days in one 2820-year cycle.
const CYCLE_2820: i64 = 1_029_983;

/// 1 Farvardin of `y` under the 2820-year cycle of A. Birashk (as in Reingold and
/// Dershowitz, *Calendrical Calculations*, "arithmetic Persian"), with astronomical
/// year numbering (year 0 precedes year 1). Valid for `jalali::MIN_YEAR..=MAX_YEAR + 1`.
pub(crate) const fn nowruz_2820(y: i32) -> i32 {
    let shifted = y as i64 - 474;
    let cycles = shifted.div_euclid(2820);
    let year = shifted.rem_euclid(2820) + 474;
    (EPOCH_2820 as i64 + CYCLE_2820 * cycles + 365 * (year - 1) + (31 * year - 5).div_euclid(128))
        as i32
}

/// Whether `y` has 366 days under the 2820-year cycle, for any `i32` year.
pub(crate) const fn is_leap_2820(y: i32) -> bool {
    let year = (y as i64 - 474).rem_euclid(2820) + 474;
    ((year + 38) * 31).rem_euclid(128) < 31
}

/// The 2820-year-rule year containing `day` (any day of the crate's range).
pub(crate) const fn year_2820(day: i32) -> i32 {
    let since = day as i64 - nowruz_2820(475) as i64;
    let cycles = since.div_euclid(CYCLE_2820);
    let in_cycle = since.rem_euclid(CYCLE_2820);
    let year_in_cycle = if in_cycle == CYCLE_2820 - 1 {
        2820
    } else {
        (128 * in_cycle + 46_878).div_euclid(46_751)
    };
    (474 + 2820 * cycles + year_in_cycle) as i32
}

/// The years Borkowski's algorithm accepts (those of jalaali-js).
pub(crate) const BORKOWSKI_YEARS: core::ops::RangeInclusive<i32> = -61..=3177;

/// Years in which the length of the 33-year pattern changes ("break years"), from
/// K. M. Borkowski, *The Persian calendar for 3000 years*, Earth, Moon and Planets 74
/// (1996) 223–230, as used by jalaali-js.
const BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];

/// 1 Farvardin of `y` and whether `y` is leap under Borkowski's algorithm; `None`
/// outside [`BORKOWSKI_YEARS`].
pub(crate) const fn borkowski(y: i32) -> Option<(i32, bool)> {
    if y < *BORKOWSKI_YEARS.start() || y > *BORKOWSKI_YEARS.end() {
        return None;
    }
    // Leap years counted from 621 CE up to the break period that holds `y`.
    let mut leaps = -14;
    let mut previous = BREAKS[0];
    let mut jump = 0;
    let mut i = 1;
    while i < BREAKS.len() {
        let next = BREAKS[i];
        jump = next - previous;
        if y < next {
            break;
        }
        leaps += jump / 33 * 8 + jump % 33 / 4;
        previous = next;
        i += 1;
    }
    // ... and within it, where every 33-year run holds 8 leap years, one each 4 years.
    let mut n = y - previous;
    leaps += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leaps += 1;
    }
    // Gregorian leap days up to the Gregorian year in which `y` starts.
    let gy = y + 621;
    let gregorian_leaps = gy.div_euclid(4) - (gy.div_euclid(100) + 1) * 3 / 4 - 150;
    let march = 20 + leaps - gregorian_leaps;
    // `march` is a day of March (it may exceed 31 or fall below 1 in principle; the
    // day number arithmetic below does not mind).
    let nowruz = gregorian::to_day(gy, 3, 1) + march - 1;
    // Years since the last leap year decide this one.
    if jump - n < 6 {
        n = n - jump + (jump + 4) / 33 * 33;
    }
    let mut phase = ((n + 1) % 33 - 1) % 4;
    if phase == -1 {
        phase = 4;
    }
    Some((nowruz, phase == 0))
}

/// The Borkowski year containing `day`, or `None` outside the algorithm's years.
pub(crate) const fn year_borkowski(day: i32) -> Option<i32> {
    // Borkowski's calendar never strays more than a day or two from the 33-year rule.
    let mut y = jalali::year_33(day);
    let mut steps = 0;
    while steps < 4 {
        let Some((start, leap)) = borkowski(y) else {
            return None;
        };
        if day < start {
            y -= 1;
        } else if day >= start + 365 + leap as i32 {
            y += 1;
        } else {
            return Some(y);
        }
        steps += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birashk_leap_flags_match_its_year_lengths() {
        for y in (-3_000..5_000).chain([jalali::MIN_YEAR, jalali::MAX_YEAR - 1]) {
            let len = nowruz_2820(y + 1) - nowruz_2820(y);
            assert_eq!(len, 365 + is_leap_2820(y) as i32, "year {y}");
            let n = nowruz_2820(y);
            assert_eq!(year_2820(n), y);
            assert_eq!(year_2820(n - 1), y - 1);
        }
        assert_eq!(nowruz_2820(1), gregorian::to_day(622, 3, 22));
        // The rule's well-known slip: it makes 1404 leap, not 1403.
        assert!(is_leap_2820(1404));
        assert!(!is_leap_2820(1403));
    }

    #[test]
    fn borkowski_leap_flags_match_its_year_lengths() {
        for y in -61..3177 {
            let (a, leap) = borkowski(y).unwrap();
            let (b, _) = borkowski(y + 1).unwrap();
            assert_eq!(b - a, 365 + leap as i32, "year {y}");
            assert_eq!(year_borkowski(a), Some(y));
            assert_eq!(year_borkowski(b - 1), Some(y));
        }
        assert_eq!(borkowski(-62), None);
        assert_eq!(borkowski(3178), None);
        // jalaali-js: 1 Farvardin 1400 = 2021-03-21, 1403 is leap.
        assert_eq!(borkowski(1400).unwrap().0, gregorian::to_day(2021, 3, 21));
        assert!(borkowski(1403).unwrap().1);
    }
}
