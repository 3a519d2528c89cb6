//! The moment the year turns (تحویل سال).

use crate::calendar;
use crate::error::{Detail, Error};

/// The instant Jalali year `year` begins: the March equinox (تحویل سال) before its
/// 1 Farvardin, in seconds since 1970-01-01T00:00:00Z, to the second, for years
/// 1..=3178.
///
/// The instants come from the ephemeris computation behind the crate's calendar table
/// (`data/nowruz.csv`, described in `data/README.md`), embedded at build time. For
/// recent years they agree with the instants the Calendar Center of the University of
/// Tehran announced to within 2 seconds (1391 and 1397 to 1404 are checked by the
/// tests). Far from the present they are only as good as the model of the Earth's
/// rotation (ΔT) behind the conversion to Universal Time: within seconds for the 20th
/// and 21st centuries, but uncertain by minutes in the early centuries of the era and
/// by more, growing with the distance, in the coming ones. The instant of the
/// equinox itself, in Terrestrial Time, is far better known than that.
///
/// Iranian calendars print the instant in Tehran time; with the `tz` feature,
/// `Zoned::from_timestamp` gives it:
///
/// ```
/// // Year 1404 began on 1403-12-30 at 12:31:30 Tehran time, as the Calendar Center
/// // announced it (the table's instant is within 2 seconds of it).
/// let seconds = taqvim::nowruz_instant(1404)?;
/// assert_eq!(seconds, 1_742_461_289); // 2025-03-20T09:01:29Z
/// # #[cfg(feature = "tz")] {
/// let tehran = taqvim::Zoned::from_timestamp(seconds, &chrono_tz::Asia::Tehran)?;
/// assert_eq!(tehran.to_string(), "1403-12-30T12:31:29+03:30");
/// # }
/// assert!(taqvim::nowruz_instant(3179).is_err());
/// # Ok::<(), taqvim::Error>(())
/// ```
///
/// # Errors
///
/// For years outside 1..=3178, where the table has no equinox.
pub const fn nowruz_instant(year: i32) -> Result<i64, Error> {
    match calendar::equinox(year) {
        Some(seconds) => Ok(seconds),
        None => Err(Error::new(Detail::JalaliYear {
            year: year as i64,
            min: 1,
            max: 3178,
        })),
    }
}
