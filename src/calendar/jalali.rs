//! The official (astronomical) Jalali calendar as day numbers (days since 1970-01-01).
//!
//! 1 Farvardin of year `y` is written as the 33-year arithmetic rule plus a correction
//! of −1, 0 or +1 day:
//!
//! ```text
//! nowruz(y) = EPOCH_33 + 365 (y − 1) + ⌊(8y + 21) / 33⌋ + correction(y)
//! ```
//!
//! `EPOCH_33 + 365 (y − 1) + ⌊(8y + 21) / 33⌋` is the 33-year rule, whose leap years are
//! those with `(25y + 11) mod 33 < 8` (the form ICU and Calendrical Calculations use).
//! The corrections for years 1..=3179 come from the official calendar table
//! (`data/nowruz.csv`, see [`super::table`]); each fits in two bits. Outside that range
//! the correction of the nearest end is kept, so that the calendar continues with the
//! 33-year rule without a seam: every year keeps 365 or 366 days and the last tabulated
//! year's length is the table's own.

use super::table::{CORRECTIONS, FIRST_YEAR, LAST_NOWRUZ_YEAR};

/// Day number of 1 Farvardin 1 under the plain 33-year rule (0622-03-21).
pub(crate) const EPOCH_33: i32 = -492_268;

/// The smallest supported Jalali year.
pub const MIN_YEAR: i32 = -999_999;
/// The largest supported Jalali year.
pub const MAX_YEAR: i32 = 999_999;

/// A whole number of 33-year cycles larger than any supported year, so that floor
/// divisions can be done on non-negative numbers.
const SHIFT_CYCLES: i32 = 31_000;

/// Number of leap years of the 33-year rule before year `y`, plus a constant:
/// `⌊(8y + 21) / 33⌋`. Valid for `|y| < 33 * SHIFT_CYCLES`.
#[inline]
const fn leaps_33(y: i32) -> i32 {
    let shifted = (8 * (y + 33 * SHIFT_CYCLES) + 21) as u32;
    (shifted / 33) as i32 - 8 * SHIFT_CYCLES
}

/// 1 Farvardin of `y` under the plain 33-year rule. Valid for `MIN_YEAR..=MAX_YEAR + 1`.
#[inline]
pub(crate) const fn nowruz_33(y: i32) -> i32 {
    EPOCH_33 + 365 * (y - 1) + leaps_33(y)
}

/// The 33-year rule year that contains `day`: the largest `y` with `nowruz_33(y) <= day`.
/// Valid for the days of years `MIN_YEAR - 1..=MAX_YEAR + 1`.
#[inline]
pub(crate) const fn year_33(day: i32) -> i32 {
    const DAY_SHIFT: i64 = 12_053 * 33_000;
    let since_epoch = (day - EPOCH_33) as i64 + DAY_SHIFT;
    let q = (33 * since_epoch as u64 + 3) / 12_053;
    1 + q as i32 - 33 * 33_000
}

/// The correction of year `y` in days: −1, 0 or +1.
#[inline]
const fn correction(y: i32) -> i32 {
    let i = y.wrapping_sub(FIRST_YEAR) as u32 as usize;
    if i / 4 < CORRECTIONS.len() && y <= LAST_NOWRUZ_YEAR {
        ((CORRECTIONS[i / 4] >> ((i % 4) * 2)) & 3) as i32 - 1
    } else if y < FIRST_YEAR {
        // Before the table, the first year's correction holds; after it, the last's.
        FIRST_CORRECTION
    } else {
        LAST_CORRECTION
    }
}

/// The correction of the table's first year.
const FIRST_CORRECTION: i32 = (CORRECTIONS[0] & 3) as i32 - 1;
/// The correction of the table's last year.
const LAST_CORRECTION: i32 = {
    let i = (LAST_NOWRUZ_YEAR - FIRST_YEAR) as usize;
    ((CORRECTIONS[i / 4] >> ((i % 4) * 2)) & 3) as i32 - 1
};

/// Day number of 1 Farvardin of `y`. Valid for `MIN_YEAR..=MAX_YEAR + 1`.
#[inline]
pub const fn nowruz(y: i32) -> i32 {
    nowruz_33(y) + correction(y)
}

/// Whether `y` has 366 days, for any `i32` year.
#[inline]
pub const fn is_leap_year(y: i32) -> bool {
    // The 33-year rule's own leap flag, moved by the change of correction between
    // this year and the next (the two differ only inside the table).
    let leap_33 = (25 * y as i64 + 11).rem_euclid(33) < 8;
    let y = if y < MIN_YEAR {
        MIN_YEAR
    } else if y > MAX_YEAR {
        MAX_YEAR
    } else {
        y
    };
    leap_33 as i32 + correction(y + 1) - correction(y) == 1
}

/// Days in `month` (1..=12) of `year`; the caller guarantees `1 <= month <= 12`.
#[inline]
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    if month < 12 {
        30 + (month <= 6) as u8
    } else {
        29 + is_leap_year(year) as u8
    }
}

/// Days from 1 Farvardin to the first of `month` (1..=12).
#[inline]
pub const fn days_before_month(month: u8) -> u16 {
    // Six months of 31 days, then months of 30.
    // Padded to 16 entries so that a mask keeps the lookup in bounds.
    const DAYS_BEFORE: [u16; 16] = [
        0, 0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336, 0, 0, 0,
    ];
    DAYS_BEFORE[month as usize & 15]
}

/// Day number of a valid Jalali date with `MIN_YEAR <= year <= MAX_YEAR`.
#[inline]
pub const fn to_day(year: i32, month: u8, day: u8) -> i32 {
    nowruz(year) + days_before_month(month) as i32 + day as i32 - 1
}

/// Month (1..=12) and day (1..=31) of the 0-based day of the year `ordinal0` (0..=365).
#[inline]
pub const fn month_day(ordinal0: u32) -> (u8, u8) {
    // One load from a 732-byte table: cheaper than the arithmetic, and free of the
    // branch at day 186 that random dates would mispredict half the time.
    let packed = MONTH_DAY[ordinal0 as usize & 511];
    ((packed >> 8) as u8, packed as u8)
}

/// `month << 8 | day` for each 0-based day of the year, padded to a power of two so
/// that a mask keeps every lookup in bounds.
const MONTH_DAY: [u16; 512] = {
    let mut table = [0u16; 512];
    let mut ordinal = 0;
    let mut month = 1;
    while month <= 12 {
        let len = if month <= 6 { 31 } else { 30 };
        let mut day = 1;
        while day <= len && ordinal < 366 {
            table[ordinal] = (month << 8) | day;
            ordinal += 1;
            day += 1;
        }
        month += 1;
    }
    table
};

/// Whether `month` is 1..=12 and `day` a day of it in `year`.
#[inline]
pub const fn is_valid_day(year: i32, month: u8, day: u8) -> bool {
    // One lookup checks month and day together (months outside 1..=12 have no days);
    // only 30 Esfand, a rare case, needs the leap flag.
    day.wrapping_sub(1) < MAX_DAYS[month as usize]
        && !(month == 12 && day == 30 && !is_leap_year(year))
}

/// The most days each month can have, for every `u8` month number (0 for those that
/// are not months).
const MAX_DAYS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut month = 1;
    while month <= 12 {
        table[month] = if month <= 6 { 31 } else { 30 };
        month += 1;
    }
    table
};

/// The year containing `day` and `day`'s 0-based position in it. The caller
/// guarantees `to_day(MIN_YEAR, 1, 1) <= day <= to_day(MAX_YEAR, 12, last)`.
#[inline]
pub const fn year_ordinal(day: i32) -> (i32, u32) {
    // The 33-year rule as a Euclidean affine function (Neri and Schneider): with
    // `D` the days since its epoch, `33 D + 3` divided by 12 053 (the days of 33 years)
    // gives the year, and the remainder divided by 33 the day of that year. `D` is
    // shifted by 33 000 whole cycles so that everything stays unsigned.
    const SHIFT_DAYS: i64 = 12_053 * 33_000;
    let n = 33 * ((day - EPOCH_33) as i64 + SHIFT_DAYS) as u64 + 3;
    let year = (n / 12_053) as i32 + 1 - 33 * 33_000;
    let ordinal_33 = ((n % 12_053) / 33) as i32;
    // The official year starts `correction(year)` days later; this lands inside the
    // year on all but the few days around a corrected Nowruz.
    let ordinal = ordinal_33 - correction(year);
    if ordinal >= 0 && ordinal < 365 {
        return (year, ordinal as u32);
    }
    if ordinal < 0 {
        // Before a late Nowruz: the last day of the previous year.
        return (year - 1, (day - nowruz(year - 1)) as u32);
    }
    // Day 366 of this year if it is leap, else the first day of the next one.
    let next = nowruz(year + 1);
    if day >= next {
        (year + 1, (day - next) as u32)
    } else {
        (year, ordinal as u32)
    }
}

/// Jalali date of a day number in the supported range.
#[inline]
pub const fn from_day(day: i32) -> (i32, u8, u8) {
    let (y, ordinal0) = year_ordinal(day);
    let (m, d) = month_day(ordinal0);
    (y, m, d)
}

/// Day number of the first supported day (1 Farvardin of `MIN_YEAR`).
pub const MIN_DAY: i32 = nowruz(MIN_YEAR);
/// Day number of the last supported day (the last day of `MAX_YEAR`).
pub const MAX_DAY: i32 = nowruz(MAX_YEAR + 1) - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_three_year_rule_closed_form_matches_leap_flags() {
        for y in -2_000..4_000 {
            let len = nowruz_33(y + 1) - nowruz_33(y);
            let leap = (25 * i64::from(y) + 11).rem_euclid(33) < 8;
            assert_eq!(len, 365 + i32::from(leap), "year {y}");
        }
    }

    #[test]
    fn year_33_inverts_nowruz_33() {
        for y in [
            MIN_YEAR - 1,
            -5_000,
            -1,
            0,
            1,
            2,
            1_403,
            3_178,
            500_000,
            MAX_YEAR,
        ] {
            let n = nowruz_33(y);
            assert_eq!(year_33(n), y);
            assert_eq!(year_33(n - 1), y - 1);
            assert_eq!(year_33(nowruz_33(y + 1) - 1), y);
        }
        for day in -800_000..200_000 {
            let y = year_33(day);
            assert!(nowruz_33(y) <= day && day < nowruz_33(y + 1), "day {day}");
        }
    }

    #[test]
    fn month_day_covers_the_year() {
        let mut ordinal = 0;
        for m in 1..=12u8 {
            assert_eq!(u32::from(days_before_month(m)), ordinal);
            let len = if m <= 6 { 31 } else { 30 };
            for d in 1..=len {
                assert_eq!(month_day(ordinal), (m, d));
                ordinal += 1;
            }
        }
        // 30 Esfand of a leap year.
        assert_eq!(month_day(365), (12, 30));
    }

    #[test]
    fn valid_days_are_those_of_the_month() {
        for year in [1399, 1400, 1403, 1404] {
            for month in 1..=12 {
                for day in 0..=255u8 {
                    let valid = day >= 1 && day <= days_in_month(year, month);
                    assert_eq!(
                        is_valid_day(year, month, day),
                        valid,
                        "{year}-{month}-{day}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_day_of_the_supported_extremes_round_trips() {
        for (lo, hi) in [
            (MIN_DAY, MIN_DAY + 40_000),
            (-600_000, 1_000_000),
            (MAX_DAY - 40_000, MAX_DAY),
        ] {
            let mut expect = from_day(lo);
            for day in lo..=hi {
                let (y, m, d) = from_day(day);
                assert_eq!((y, m, d), expect, "day {day}");
                assert_eq!(to_day(y, m, d), day);
                expect = if d < days_in_month(y, m) {
                    (y, m, d + 1)
                } else if m < 12 {
                    (y, m + 1, 1)
                } else {
                    (y + 1, 1, 1)
                };
            }
        }
        assert_eq!(from_day(MIN_DAY), (MIN_YEAR, 1, 1));
        assert_eq!(from_day(MAX_DAY).0, MAX_YEAR);
        assert_eq!(from_day(MAX_DAY).1, 12);
    }

    #[test]
    fn is_leap_year_is_total() {
        for y in [i32::MIN, i32::MIN + 1, -1_000_000, 0, 1_000_000, i32::MAX] {
            // Any answer is fine at the far ends; what matters is no overflow panic.
            let _ = is_leap_year(y);
        }
        for y in MIN_YEAR..=MAX_YEAR {
            if y % 997 == 0 || (-40..3_300).contains(&y) {
                assert_eq!(
                    is_leap_year(y),
                    nowruz(y + 1) - nowruz(y) == 366,
                    "year {y}"
                );
            }
        }
    }
}
