//! # taqvim: the exact Jalali calendar
//!
//! `taqvim` (تقویم, "calendar") converts dates between the Jalali (Solar Hijri)
//! calendar, the civil calendar of Iran and Afghanistan, and the Gregorian calendar,
//! exactly as the official astronomical calendar does, in a few nanoseconds, and
//! without ever panicking.
//!
//! ## Quick start
//!
//! ```
//! use taqvim::{JalaliDate, Month, ShortMonth, Weekday};
//!
//! // Build a date (validated) and convert it.
//! let date = JalaliDate::new(1400, 8, 26)?;
//! assert_eq!(date.to_gregorian(), (2021, 11, 17));
//! assert_eq!(date.month_of_year(), Month::Aban);
//! assert_eq!(date.weekday(), Weekday::Wednesday);
//!
//! // And the other way.
//! let nowruz = JalaliDate::from_gregorian(2025, 3, 21)?;
//! assert_eq!(nowruz.to_string(), "1404-01-01");
//!
//! // 1403 was a leap year: 30 Esfand 1403 existed, 30 Esfand 1404 does not.
//! assert!(taqvim::is_leap_year(1403));
//! let err = JalaliDate::new(1404, 12, 30).unwrap_err();
//! assert_eq!(err.to_string(), "day 30 of Esfand does not exist in 1404: not a leap year");
//!
//! // Arithmetic says what to do with days that the target month lacks.
//! let last = JalaliDate::new(1403, 12, 30)?;
//! assert_eq!(last.checked_add_years(1, ShortMonth::Clamp)?.to_string(), "1404-12-29");
//! assert_eq!(nowruz.days_since(last), 1);
//! # Ok::<(), taqvim::Error>(())
//! ```
//!
//! With the `chrono` feature (on by default) dates convert to and from chrono:
//!
//! ```
//! # #[cfg(feature = "chrono")] {
//! use chrono::NaiveDate;
//! use taqvim::JalaliDate;
//!
//! let g = NaiveDate::from_ymd_opt(2021, 11, 17).unwrap();
//! let j = JalaliDate::from(g);
//! assert_eq!(j.to_string(), "1400-08-26");
//! assert_eq!(NaiveDate::try_from(j).unwrap(), g);
//! # }
//! ```
//!
//! ## Reading and writing dates as people do
//!
//! With the `parse` feature (on by default), [`parse`] reads one human-written date,
//! [`find_dates`] finds every date in free text, and `parse_from_str` reads a layout
//! given with chrono's directives. [`Formatter`] writes dates back in Iranian
//! Persian, Dari, Pashto or English, with Persian, Arabic-Indic or Latin digits:
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! use taqvim::{Formatter, Locale};
//!
//! let read = taqvim::parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")?;
//! let dt = read.date_time();
//! assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
//!
//! let dari = Formatter::new("%A %-d %B %Y، %H:%M")?.with_locale(Locale::Dari);
//! assert_eq!(dari.format(&dt)?.to_string(), "چهارشنبه ۲۶ عقرب ۱۴۰۰، ۰۲:۳۹");
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Instants and time zones
//!
//! [`Zoned`] (feature `chrono`) is a Jalali date-time at a UTC offset or in a time
//! zone; with `tz`, the IANA zones, Tehran's daylight saving until 2022 included.
//! Local times that a zone skips or passes twice are errors that say so.
//!
//! ```
//! # #[cfg(feature = "tz")] {
//! use taqvim::Zoned;
//!
//! let z = Zoned::from_local("1401-03-01T09:00:00".parse()?, &chrono_tz::Asia::Tehran)?;
//! assert_eq!(z.to_string(), "1401-03-01T09:00:00+04:30");
//! assert_eq!(z.to_utc().to_rfc3339(), "2022-05-22T04:30:00+00:00");
//! # }
//! # Ok::<(), taqvim::Error>(())
//! ```
//!
//! ## The calendar
//!
//! 1 Farvardin (Nowruz) is the Iranian civil day (UTC+03:30) whose true solar noon at
//! the official meridian, 52.5°E, is the first noon after the March equinox; an
//! equinox exactly at noon belongs to the next day. This is the rule of the Calendar
//! Center of the Institute of Geophysics of the University of Tehran, which fixes the
//! official calendar.
//!
//! For years 1..=3178 (Gregorian 622..=3799) `taqvim` follows a table of every year's
//! Nowruz computed from the JPL ephemeris (`data/nowruz.csv` in the repository),
//! embedded as a two-bit correction per year to the 33-year rule (795 bytes). Outside
//! those years it continues with the 33-year rule, under which a year `y` is leap when
//! `(25 y + 11) mod 33 < 8`, anchored to the table's first and last years so that no
//! year is skipped or doubled at the seams. Supported years run from −999 999 to
//! 999 999; year 0 precedes year 1.
//!
//! Other software uses arithmetic rules that drift from the official calendar; the
//! [`LeapRule`] type reads and writes dates under those rules.
//!
//! ## Errors, not panics
//!
//! Every fallible operation returns [`Result<_, Error>`](Error): an invalid day, a year
//! outside the range, arithmetic that would leave it. [`Error`]'s `Display` says which
//! value was wrong and why; [`Error::kind`] lets a program match on it. No input makes
//! the public API panic (only `+` and `-` with [`Days`] do, past the last date, as
//! chrono's do; their checked forms return an error).
//!
//! The parser's own error, `ParseError`, also says where in the text it failed and
//! what it found there; it converts into [`Error`] with its message and offset
//! ([`Error::offset`]), so one `?` serves both in a function that returns [`Error`]:
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! use taqvim::{Error, ErrorKind, JalaliDate};
//!
//! fn deadline(text: &str) -> Result<JalaliDate, Error> {
//!     let start = taqvim::parse(text)?.date();
//!     let end = start.checked_add_months(1, taqvim::ShortMonth::Clamp)?;
//!     Ok(end)
//! }
//!
//! assert_eq!(deadline("۳۱ شهریور ۱۴۰۰").unwrap().to_string(), "1400-07-30");
//! let err = deadline("۳۱ مهر ۱۴۰۰").unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::InvalidDay);
//! assert_eq!(err.to_string(), "day 31 of Mehr does not exist: Mehr has 30 days");
//! # }
//! ```
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `std` | yes | `Formatted::write_io` into `std::io::Write`, and the `std` support of the optional dependencies. |
//! | `chrono` | yes | `From`/`TryFrom` with `chrono::NaiveDate`, `NaiveDateTime`, `NaiveTime`, `Weekday`; [`Zoned`]. |
//! | `parse` | yes | [`parse`], [`find_dates`], [`DateParser`], `parse_from_str` (with nom). |
//! | `tz` | no | IANA time zones for [`Zoned`], from chrono-tz. |
//! | `serde` | no | `Serialize`/`Deserialize` as ISO strings, validated; `taqvim::serde` helpers for Gregorian strings and day numbers. |
//! | `jiff` | no | `From`/`TryFrom` with jiff's civil `Date`, `DateTime`, `Time`, `Weekday`, and (with `chrono`) `Timestamp` and `ZonedDateTime`. |
//! | `clock` | no | The system clock: `JalaliDate::today`, `JalaliDateTime::now`, `Zoned::now`. |
//!
//! [`Formatter`] and the calendar need no feature.
//! Without default features the crate is `no_std` and allocation-free.

// Links to items of optional features point at docs.rs when the feature is off, so
// that the docs build without broken links in every configuration.
#![doc = ""]
#![cfg_attr(feature = "parse", doc = "[`parse`]: crate::parse()")]
#![cfg_attr(feature = "parse", doc = "[`find_dates`]: crate::find_dates()")]
#![cfg_attr(feature = "parse", doc = "[`DateParser`]: crate::DateParser")]
#![cfg_attr(feature = "chrono", doc = "[`Zoned`]: crate::Zoned")]
#![cfg_attr(
    not(feature = "parse"),
    doc = "[`parse`]: https://docs.rs/taqvim/latest/taqvim/fn.parse.html"
)]
#![cfg_attr(
    not(feature = "parse"),
    doc = "[`find_dates`]: https://docs.rs/taqvim/latest/taqvim/fn.find_dates.html"
)]
#![cfg_attr(
    not(feature = "parse"),
    doc = "[`DateParser`]: https://docs.rs/taqvim/latest/taqvim/struct.DateParser.html"
)]
#![cfg_attr(
    not(feature = "chrono"),
    doc = "[`Zoned`]: https://docs.rs/taqvim/latest/taqvim/struct.Zoned.html"
)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

mod calendar;
#[cfg(feature = "chrono")]
mod chrono;
mod date;
mod error;
pub mod format;
pub mod iso;
#[cfg(feature = "jiff")]
mod jiff;
mod lexicon;
mod month;
mod nowruz;
#[cfg(feature = "parse")]
mod parse;
mod rule;
#[cfg(feature = "serde")]
pub mod serde;
mod time;
#[cfg(feature = "tz")]
mod tz;
#[cfg(feature = "chrono")]
mod zoned;

pub use date::{DateRange, Days, JalaliDate, ShortMonth};
pub use error::{Error, ErrorKind};
pub use format::{Digits, Formattable, Formatted, Formatter, Locale};
pub use month::{Month, Season, Weekday};
pub use nowruz::nowruz_instant;
#[cfg(feature = "parse")]
pub use parse::{
    DateMatch, DateParser, FindDates, ParseError, ParseErrorKind, ParsedDate, Snippet, find_dates,
    parse,
};
pub use rule::LeapRule;
pub use time::{JalaliDateTime, Time};
#[cfg(feature = "tz")]
pub use tz::Annotated;
#[cfg(feature = "chrono")]
pub use zoned::Zoned;

/// Whether the Jalali year `year` has 366 days (a 30th of Esfand) in the official
/// calendar. Defined for every `i32`: outside 1..=3178 the 33-year rule decides.
///
/// # Example
///
/// ```
/// assert!(taqvim::is_leap_year(1399));
/// assert!(taqvim::is_leap_year(1403));
/// assert!(!taqvim::is_leap_year(1404));
/// // The 33-year rule would make 1502 leap; the sky does not.
/// assert!(!taqvim::is_leap_year(1502));
/// assert!(taqvim::is_leap_year(1503));
/// ```
#[inline]
pub const fn is_leap_year(year: i32) -> bool {
    calendar::jalali::is_leap_year(year)
}

// The README's examples run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
