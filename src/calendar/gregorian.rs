//! The proleptic Gregorian calendar as day numbers (days since 1970-01-01).
//!
//! The two conversions are the "Euclidean affine function" algorithms of
//! C. Neri and L. Schneider, *Euclidean affine functions and their application to
//! calendar algorithms*, Software: Practice and Experience 53 (2023), 937–970. They
//! count in a "computational" calendar whose years start on 1 March, so that the leap
//! day is the last day of the year, and they replace every division by a constant with
//! a multiplication and a shift. All arithmetic is in `u32` after shifting the origin
//! back by [`SHIFT_CYCLES`] whole 400-year cycles, which keeps every intermediate value
//! non-negative (no floor-division corrections) for every day the crate supports.

/// Whole 400-year Gregorian cycles by which the origin is moved back, so that every
/// supported year (down to about −1 000 000) becomes non-negative.
const SHIFT_CYCLES: u32 = 2_500;
/// The year shift, `400 * SHIFT_CYCLES`.
const YEAR_SHIFT: u32 = 400 * SHIFT_CYCLES;
/// Days from 0000-03-01 to 1970-01-01 plus the shift, `719_468 + 146_097 * SHIFT_CYCLES`.
const DAY_SHIFT: u32 = 719_468 + 146_097 * SHIFT_CYCLES;

/// The smallest Gregorian year these functions accept.
pub const MIN_YEAR: i32 = -(YEAR_SHIFT as i32) + 1;
/// The largest Gregorian year these functions accept.
pub const MAX_YEAR: i32 = 1_900_000;

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
#[inline]
pub const fn is_leap_year(year: i32) -> bool {
    // Divisible by 4, and by 16 when also divisible by 25 (i.e. by 400 when by 100).
    // Divisibility tests hold for negative years too; bit tests replace two divisions.
    let by_25 = year % 25 == 0;
    (year & if by_25 { 15 } else { 3 }) == 0
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
#[inline]
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 => 28 + is_leap_year(year) as u8,
        // 31 days in odd months up to July and even months from August.
        1..=12 => 30 | ((month ^ (month >> 3)) & 1),
        _ => 0,
    }
}

/// Day number of a Gregorian date. The caller guarantees a valid date with
/// `MIN_YEAR <= year <= MAX_YEAR`.
#[inline]
pub const fn to_day(year: i32, month: u8, day: u8) -> i32 {
    let jan_feb = (month < 3) as u32;
    let y = (year as u32).wrapping_add(YEAR_SHIFT).wrapping_sub(jan_feb);
    let m = month as u32 + 12 * jan_feb;
    let century = y / 100;
    let year_days = 1461 * y / 4 - century + century / 4;
    let month_days = (979 * m - 2919) / 32;
    (year_days + month_days + day as u32 - 1).wrapping_sub(DAY_SHIFT) as i32
}

/// Gregorian date of a day number. The caller guarantees that the day lies in
/// `to_day(MIN_YEAR, 3, 1)..=to_day(MAX_YEAR, 12, 31)`.
#[inline]
pub const fn from_day(day: i32) -> (i32, u8, u8) {
    let n = (day as u32).wrapping_add(DAY_SHIFT);
    // Century and day of the century.
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let n2 = (n1 % 146_097) | 3;
    // Year of the century and day of the (March-based) year.
    let p2 = 2_939_745_u64 * n2 as u64;
    let year_of_century = (p2 >> 32) as u32;
    let day_of_year = (p2 as u32) / 2_939_745 / 4;
    // Month and day: a linear map of the day of the year, split by a shift.
    let p3 = 2_141 * day_of_year + 197_913;
    let month = p3 >> 16;
    let day = (p3 & 0xFFFF) / 2_141;
    // Back to January-based years.
    let jan_feb = (day_of_year >= 306) as u32;
    let year = (100 * century + year_of_century + jan_feb).wrapping_sub(YEAR_SHIFT) as i32;
    let month = month - 12 * jan_feb;
    (year, month as u8, day as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Days since 1970-01-01 by plain, obviously-correct counting in `i64`
    /// (H. Hinnant's `days_from_civil`), for comparison.
    fn reference_to_day(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(to_day(1970, 1, 1), 0);
        assert_eq!(from_day(0), (1970, 1, 1));
        assert_eq!(to_day(2000, 3, 1), 11_017);
        assert_eq!(from_day(-1), (1969, 12, 31));
        assert_eq!(from_day(to_day(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(2023));
        assert!(is_leap_year(0));
        assert!(is_leap_year(-4));
        assert!(!is_leap_year(-100));
        assert!(is_leap_year(-400));
    }

    #[test]
    fn agrees_with_reference_near_the_extremes_and_around_zero() {
        let windows = [
            (MIN_YEAR, MIN_YEAR + 5),
            (-3, 3),
            (1899, 1905),
            (MAX_YEAR - 5, MAX_YEAR),
        ];
        for (lo, hi) in windows {
            for y in lo..=hi {
                for m in 1..=12u8 {
                    for d in 1..=days_in_month(y, m) {
                        if y == MIN_YEAR && m < 3 {
                            continue;
                        }
                        let n = to_day(y, m, d);
                        assert_eq!(
                            i64::from(n),
                            reference_to_day(y.into(), m.into(), d.into()),
                            "{y}-{m}-{d}"
                        );
                        assert_eq!(from_day(n), (y, m, d));
                    }
                }
            }
        }
    }

    #[test]
    fn every_day_of_a_full_cycle_round_trips() {
        let start = to_day(1600, 3, 1);
        let mut expect = (1600, 3, 1);
        for n in start..start + 146_097 {
            assert_eq!(from_day(n), expect);
            assert_eq!(to_day(expect.0, expect.1, expect.2), n);
            let (y, m, d) = expect;
            expect = if d < days_in_month(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }
}
