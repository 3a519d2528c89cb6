//! The pure calendar: day numbers (days since 1970-01-01) to and from Gregorian and
//! Jalali year/month/day, for the official calendar and the arithmetic rules other
//! software uses. No text, no allocation, no knowledge of the public types; every
//! other module builds on these functions.
//!
//! Every function here documents the range in which it is valid; the public types
//! check their inputs against those ranges before calling in, so nothing here needs
//! to report errors.

pub(crate) mod convert;
#[rustfmt::skip]
mod equinox;
pub(crate) mod gregorian;
pub(crate) mod jalali;
pub(crate) mod rules;
#[rustfmt::skip]
mod table;

/// The March equinox that starts Jalali year `year` (1..=3178), in seconds since
/// 1970-01-01T00:00:00Z, from the embedded table; `None` outside it.
pub(crate) const fn equinox(year: i32) -> Option<i64> {
    if year < table::FIRST_YEAR || year > equinox::LAST_YEAR {
        return None;
    }
    let i = (year - table::FIRST_YEAR) as usize * 3;
    let bytes = &equinox::EQUINOX_SECONDS;
    let seconds = bytes[i] as i64 | (bytes[i + 1] as i64) << 8 | (bytes[i + 2] as i64) << 16;
    // 1 Farvardin as a day number (days since 1970-01-01).
    let base = (jalali::nowruz(year) as i64 - 2) * 86_400;
    Some(base + seconds)
}
