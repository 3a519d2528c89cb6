//! Direct Jalali <-> Gregorian conversion for the tabulated years, without going
//! through day numbers.
//!
//! 1 Farvardin always falls on 20, 21 or 22 March (in years 1..=3178), so a Jalali
//! date is "N days after 1 March" of Gregorian year `y + 621`, N being its day of the
//! year plus the day of March of its Nowruz, less one. Counting Gregorian years from 1
//! March, as C. Neri and L. Schneider do (see [`super::gregorian`]), puts February's
//! leap day at the end of that "computational" year, so turning N into a month and a
//! day takes one multiplication and no knowledge of centuries. Dates outside the table
//! go through day numbers instead.

use super::table::{FIRST_YEAR, LAST_MARCH_YEAR, NOWRUZ_MARCH};
use super::{gregorian, jalali};

/// The day of March (20..=22) of 1 Farvardin of `y`, for `FIRST_YEAR..=LAST_MARCH_YEAR`.
#[inline]
const fn nowruz_march_day(y: i32) -> u32 {
    // The mask keeps every index in bounds; the callers pass only tabulated years.
    NOWRUZ_MARCH_DAY[(y - FIRST_YEAR) as usize & (NOWRUZ_MARCH_DAY.len() - 1)] as u32
}

/// [`NOWRUZ_MARCH`] unpacked to one byte per year (the day of March itself) and padded
/// to a power of two: 4 KiB, in which a lookup is one load with no shifts and no
/// bounds branch, which the conversions in both directions take on every call.
const NOWRUZ_MARCH_DAY: [u8; 4096] = {
    let mut table = [0u8; 4096];
    let mut i = 0;
    while i < NOWRUZ_MARCH.len() * 4 {
        table[i] = 20 + ((NOWRUZ_MARCH[i / 4] >> ((i % 4) * 2)) & 3);
        i += 1;
    }
    table
};
const _: () = assert!((LAST_MARCH_YEAR - FIRST_YEAR) < 4096);

/// For each day of a March-based Gregorian year (0 = 1 March, 365 = 29 February of
/// a leap year): `carry << 12 | month << 8 | day`, `carry` being 1 for January and
/// February, which belong to the next January-based year.
///
/// The table is padded to a power of two so that masking the index keeps every
/// lookup in bounds at the cost of one instruction.
const MARCH_YEAR_DAYS: [u16; 512] = {
    const LENGTHS: [u16; 12] = [31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29];
    let mut table = [0u16; 512];
    let mut n = 0;
    let mut i = 0;
    while i < 12 {
        let month = (i as u16 + 2) % 12 + 1;
        let carry = (i >= 10) as u16;
        let mut day = 1;
        while day <= LENGTHS[i] {
            table[n] = carry << 12 | month << 8 | day;
            n += 1;
            day += 1;
        }
        i += 1;
    }
    table
};

/// Marks a `month << 5 | day` that is not a Gregorian date in [`MARCH_ORDINAL`].
const NOT_A_DATE: u16 = u16::MAX;

/// For each `month << 5 | day`: the day's 0-based place in its March-based year
/// (0 = 1 March, 365 = 29 February), or [`NOT_A_DATE`]. One load both validates a
/// Gregorian month and day and places the day, for every `u8` month below 16.
const MARCH_ORDINAL: [u16; 512] = {
    let mut table = [NOT_A_DATE; 512];
    let mut n = 0;
    while n < 366 {
        let packed = MARCH_YEAR_DAYS[n];
        let month = (packed >> 8 & 15) as usize;
        let day = (packed & 255) as usize;
        table[month << 5 | day] = n as u16;
        n += 1;
    }
    table
};

/// The 0-based day of the March-based year of a Gregorian date (0 = 1 March,
/// 365 = 29 February), or `None` when `month`-`day` is not a date of `year`.
#[inline]
pub const fn march_ordinal(year: i32, month: u8, day: u8) -> Option<u32> {
    let index = (month as usize) << 5 | day as usize;
    if day >= 32 || index >= MARCH_ORDINAL.len() {
        return None;
    }
    let n = MARCH_ORDINAL[index];
    // Only 29 February, a rare case, needs the leap flag.
    if n == NOT_A_DATE || (n == 365 && !gregorian::is_leap_year(year)) {
        return None;
    }
    Some(n as u32)
}

/// Gregorian date of a valid Jalali date in the supported range.
#[inline]
pub const fn to_gregorian(year: i32, month: u8, day: u8) -> (i32, u8, u8) {
    if year < FIRST_YEAR || year > LAST_MARCH_YEAR {
        return gregorian::from_day(jalali::to_day(year, month, day));
    }
    let ordinal0 = jalali::days_before_month(month) as u32 + day as u32 - 1;
    // Days since 1 March of the year of Nowruz: 19..=386.
    let mut n = nowruz_march_day(year) - 1 + ordinal0;
    let mut gy = year + 621;
    // Past the end of the next February (only in the last days of Esfand) the date is
    // in March again.
    if n >= 365 {
        let march_year = 365 + gregorian::is_leap_year(gy + 1) as u32;
        if n >= march_year {
            n -= march_year;
            gy += 1;
        }
    }
    let packed = MARCH_YEAR_DAYS[n as usize & 511];
    (
        gy + (packed >> 12) as i32,
        (packed >> 8 & 15) as u8,
        packed as u8,
    )
}

/// Jalali date of the Gregorian date of `year` and `month` whose
/// [`march_ordinal`] is `n`, when its Jalali year is in the table (but for the first
/// year); `None` otherwise.
#[inline]
pub const fn from_gregorian_in_table(year: i32, month: u8, n: u32) -> Option<(i32, u8, u8)> {
    // The Jalali year whose Nowruz falls in the March that begins the day's
    // March-based year.
    let march_year = year.wrapping_sub((month < 3) as i32);
    let mut jy = march_year.wrapping_sub(621);
    if jy <= FIRST_YEAR || jy > LAST_MARCH_YEAR {
        return None;
    }
    let nowruz = nowruz_march_day(jy) - 1;
    let ordinal0 = if n >= nowruz {
        n - nowruz
    } else {
        // The first days of March before Nowruz end the previous Jalali year, which
        // began in the previous March.
        jy -= 1;
        let previous_len = 365 + gregorian::is_leap_year(march_year) as u32;
        n + previous_len - (nowruz_march_day(jy) - 1)
    };
    let (month, day) = jalali::month_day(ordinal0);
    Some((jy, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn march_ordinal_validates_like_the_calendar() {
        for year in [1900, 2000, 2023, 2024, -4, -100] {
            let mut expected = 0;
            for month in (3..=12).chain(1..=2) {
                for day in 0..=255u8 {
                    let valid = day >= 1 && day <= gregorian::days_in_month(year, month);
                    let got = march_ordinal(year, month, day);
                    assert_eq!(got.is_some(), valid, "{year}-{month}-{day}");
                    if valid {
                        assert_eq!(got, Some(expected), "{year}-{month}-{day}");
                        expected += 1;
                    }
                }
            }
            for month in (0..=255u8).filter(|m| !(1..=12).contains(m)) {
                for day in 0..=255u8 {
                    assert_eq!(march_ordinal(year, month, day), None);
                }
            }
        }
    }

    #[test]
    fn agrees_with_day_numbers_on_every_day_of_the_table_and_beyond() {
        let first = jalali::nowruz(-3);
        let last = jalali::nowruz(LAST_MARCH_YEAR + 4) - 1;
        for day in first..=last {
            let (jy, jm, jd) = jalali::from_day(day);
            let (gy, gm, gd) = gregorian::from_day(day);
            assert_eq!(
                to_gregorian(jy, jm, jd),
                (gy, gm, gd),
                "Jalali {jy}-{jm}-{jd}"
            );
            let n = march_ordinal(gy, gm, gd).expect("a Gregorian date");
            let direct = from_gregorian_in_table(gy, gm, n);
            if (FIRST_YEAR + 1..=LAST_MARCH_YEAR).contains(&(gy - i32::from(gm < 3) - 621)) {
                assert_eq!(direct, Some((jy, jm, jd)), "Gregorian {gy}-{gm}-{gd}");
            } else {
                assert_eq!(direct, None, "Gregorian {gy}-{gm}-{gd}");
            }
        }
    }
}
