//! The crate's error type.

use core::fmt;

use crate::Month;

/// What went wrong, in a form a program can match on; [`Error`]'s `Display` gives the
/// details (which value, which limit).
///
/// # Example
///
/// ```
/// use taqvim::{ErrorKind, JalaliDate};
///
/// let err = JalaliDate::new(1400, 7, 31).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidDay);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A year outside the range the crate (or the chosen leap rule) supports.
    YearOutOfRange,
    /// A month number outside 1..=12.
    InvalidMonth,
    /// A day that the month does not have in that year.
    InvalidDay,
    /// A day of the year outside 1..=365 (or 366).
    InvalidOrdinal,
    /// An hour, minute, second or nanosecond outside its range.
    InvalidTime,
    /// Arithmetic that would leave the supported range of dates.
    Overflow,
    /// Text that is not in the expected form.
    Syntax,
    /// A format string with an unknown directive, or asking for a field (a time of
    /// day, a UTC offset) that the formatted value does not have.
    Format,
    /// A local time that a time zone passes twice (clocks turned back); the caller
    /// must choose the earlier or the later instant.
    AmbiguousLocalTime,
    /// A date labelled as another calendar's (a lunar Hijri or Gregorian date, or
    /// month name), read by the parser.
    ForeignCalendar,
    /// Two fields of a text contradict each other (`14:05 AM`; a weekday that is not
    /// the date's, with strict weekday checking).
    Contradiction,
    /// A local time that a time zone skips (clocks turned forward).
    SkippedLocalTime,
}

/// The error of every fallible operation in this crate.
///
/// It says what was wrong with which value; `Display` writes one line meant for the
/// person who supplied the value.
///
/// # Example
///
/// ```
/// use taqvim::JalaliDate;
///
/// let err = JalaliDate::new(1400, 12, 30).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "day 30 of Esfand does not exist in 1400: not a leap year",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Error {
    detail: Detail,
    /// Where in a text the error was found, when the detail does not say
    /// ([`NO_OFFSET`] when nowhere: a `u32` keeps the error small).
    offset: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Detail {
    JalaliYear {
        year: i64,
        min: i32,
        max: i32,
    },
    GregorianYear {
        year: i32,
        min: i32,
        max: i32,
    },
    RuleYear {
        rule: &'static str,
        year: i64,
        min: i32,
        max: i32,
    },
    RuleDay {
        rule: &'static str,
    },
    Month {
        month: u8,
    },
    JalaliDay {
        year: i32,
        month: Month,
        day: u8,
    },
    GregorianDay {
        year: i32,
        month: u8,
        day: u8,
    },
    Ordinal {
        year: i32,
        ordinal: u16,
    },
    Time {
        field: &'static str,
        value: u32,
        max: u32,
    },
    Overflow {
        what: &'static str,
    },
    Syntax {
        expected: &'static str,
        at: usize,
        found: Option<char>,
    },
    Trailing {
        at: usize,
    },
    Format {
        problem: FormatProblem,
        at: usize,
        directive: char,
    },
    #[cfg_attr(not(feature = "tz"), allow(dead_code))]
    ZoneOffset {
        zone: &'static str,
        local: crate::JalaliDateTime,
        written: i32,
        actual: i32,
    },
    #[cfg_attr(not(feature = "chrono"), allow(dead_code))]
    LocalTime {
        skipped: bool,
        local: crate::JalaliDateTime,
        /// Seconds east of UTC before the clocks changed.
        before: i32,
        /// Seconds east of UTC after the clocks changed.
        after: i32,
    },
    /// A [`ParseError`](crate::ParseError) turned into an `Error` (when its fields were
    /// read but make no valid value, the value's own detail is kept instead, with the
    /// offset).
    #[cfg(feature = "parse")]
    Parse {
        offset: usize,
        what: crate::parse::ParseFailure,
    },
}

/// What is wrong with a format string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FormatProblem {
    /// `%` followed by a letter that is not a directive.
    Unknown,
    /// `%` (or a modifier) at the end of the format.
    Incomplete,
    /// A time directive, for a value without a time of day.
    NeedsTime,
    /// An offset or zone directive, for a value without an offset.
    NeedsOffset,
}

/// [`Error`]'s offset when it has none.
const NO_OFFSET: u32 = u32::MAX;

impl Error {
    pub(crate) const fn new(detail: Detail) -> Error {
        Error {
            detail,
            offset: NO_OFFSET,
        }
    }

    /// The category of the error.
    ///
    /// ```
    /// use taqvim::{ErrorKind, JalaliDate};
    ///
    /// assert_eq!(JalaliDate::new(1400, 13, 1).unwrap_err().kind(), ErrorKind::InvalidMonth);
    /// ```
    pub const fn kind(&self) -> ErrorKind {
        match self.detail {
            Detail::JalaliYear { .. } | Detail::GregorianYear { .. } | Detail::RuleYear { .. } => {
                ErrorKind::YearOutOfRange
            }
            Detail::RuleDay { .. } | Detail::Overflow { .. } => ErrorKind::Overflow,
            Detail::Month { .. } => ErrorKind::InvalidMonth,
            Detail::JalaliDay { .. } | Detail::GregorianDay { .. } => ErrorKind::InvalidDay,
            Detail::Ordinal { .. } => ErrorKind::InvalidOrdinal,
            Detail::Time { .. } => ErrorKind::InvalidTime,
            Detail::Syntax { .. } | Detail::Trailing { .. } => ErrorKind::Syntax,
            Detail::Format { .. } => ErrorKind::Format,
            Detail::ZoneOffset { .. } => ErrorKind::Syntax,
            Detail::LocalTime { skipped: false, .. } => ErrorKind::AmbiguousLocalTime,
            Detail::LocalTime { skipped: true, .. } => ErrorKind::SkippedLocalTime,
            #[cfg(feature = "parse")]
            Detail::Parse { what, .. } => what.kind(),
        }
    }

    /// The byte offset in the text where reading failed, for errors of reading text
    /// (ISO strings, formats, and the parser's errors turned into this type).
    ///
    /// ```
    /// let err = "1400-13-01".parse::<taqvim::JalaliDate>().unwrap_err();
    /// assert_eq!(err.offset(), None); // The text was read; the month is invalid.
    /// let err = "1400/08/26".parse::<taqvim::JalaliDate>().unwrap_err();
    /// assert_eq!(err.offset(), Some(4));
    /// ```
    pub const fn offset(&self) -> Option<usize> {
        match self.detail {
            Detail::Syntax { at, .. } | Detail::Trailing { at } | Detail::Format { at, .. } => {
                Some(at)
            }
            #[cfg(feature = "parse")]
            Detail::Parse { offset, .. } => Some(offset),
            _ if self.offset == NO_OFFSET => None,
            _ => Some(self.offset as usize),
        }
    }

    /// The same error, found at `offset` in a text.
    #[cfg(feature = "parse")]
    pub(crate) const fn at(self, offset: usize) -> Error {
        // Offsets past `u32` (texts over 4 GiB) are not kept.
        let offset = if offset < NO_OFFSET as usize {
            offset as u32
        } else {
            NO_OFFSET
        };
        Error { offset, ..self }
    }
}

const GREGORIAN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.detail {
            Detail::JalaliYear { year, min, max } => write!(
                f,
                "Jalali year {year} is out of range: supported years are {min}..={max}"
            ),
            Detail::GregorianYear { year, min, max } => write!(
                f,
                "Gregorian year {year} is out of range: supported years are {min}..={max}"
            ),
            Detail::RuleYear {
                rule,
                year,
                min,
                max,
            } => write!(
                f,
                "year {year} is outside the {rule} rule, which covers {min}..={max}"
            ),
            Detail::RuleDay { rule } => {
                write!(f, "the date is outside the years the {rule} rule covers")
            }
            Detail::Month { month } => {
                write!(f, "month {month} does not exist: months are 1..=12")
            }
            Detail::JalaliDay { year, month, day } => {
                let len = crate::calendar::jalali::days_in_month(year, month.number());
                if day == 0 {
                    write!(f, "day 0 does not exist: days start at 1")
                } else if month == Month::Esfand && day == 30 {
                    write!(
                        f,
                        "day 30 of Esfand does not exist in {year}: not a leap year"
                    )
                } else {
                    write!(
                        f,
                        "day {day} of {month} does not exist: {month} has {len} days"
                    )
                }
            }
            Detail::GregorianDay { year, month, day } => {
                let name = GREGORIAN_MONTHS
                    .get(usize::from(month).wrapping_sub(1))
                    .copied()
                    .unwrap_or("?");
                let len = crate::calendar::gregorian::days_in_month(year, month);
                if day == 0 {
                    write!(f, "day 0 does not exist: days start at 1")
                } else if month == 2 && day == 29 {
                    write!(
                        f,
                        "29 February does not exist in Gregorian {year}: not a leap year"
                    )
                } else {
                    write!(
                        f,
                        "day {day} of {name} does not exist: {name} has {len} days"
                    )
                }
            }
            Detail::Ordinal { year, ordinal } => {
                let len = 365 + u16::from(crate::is_leap_year(year));
                write!(
                    f,
                    "day {ordinal} of year {year} does not exist: the year has {len} days"
                )
            }
            Detail::Time { field, value, max } => {
                write!(f, "{field} {value} is out of range: {field}s are 0..={max}")
            }
            Detail::Overflow { what } => write!(
                f,
                "{what} leaves the supported range of dates ({}..={})",
                crate::JalaliDate::MIN,
                crate::JalaliDate::MAX
            ),
            #[cfg(feature = "parse")]
            Detail::Parse { offset, what } => what.write(f, offset),
            Detail::Syntax {
                expected,
                at,
                found,
            } => match found {
                Some(c) => write!(f, "expected {expected} at byte {at}, found {c:?}"),
                None => write!(
                    f,
                    "expected {expected} at byte {at}, found the end of the text"
                ),
            },
            Detail::Trailing { at } => {
                write!(f, "unexpected text after the date at byte {at}")
            }
            Detail::Format {
                problem,
                at,
                directive,
            } => match problem {
                FormatProblem::Unknown => write!(
                    f,
                    "unknown directive %{directive} at byte {at} of the format (write %% for a literal %)"
                ),
                FormatProblem::Incomplete => write!(
                    f,
                    "the format ends inside a directive at byte {at} (write %% for a literal %)"
                ),
                FormatProblem::NeedsTime => write!(
                    f,
                    "the format asks for a time of day (%{directive} at byte {at}), but the value is a date without one"
                ),
                FormatProblem::NeedsOffset => write!(
                    f,
                    "the format asks for a UTC offset or zone (%{directive} at byte {at}), but the value has none: format a Zoned value"
                ),
            },
            Detail::ZoneOffset {
                zone,
                local,
                written,
                actual,
            } => write!(
                f,
                "the offset {} is not one {zone} has at {local} (it has {})",
                OffsetText(written),
                OffsetText(actual)
            ),
            Detail::LocalTime {
                skipped,
                local,
                before,
                after,
            } => {
                let (before, after) = (OffsetText(before), OffsetText(after));
                if skipped {
                    write!(
                        f,
                        "{local} does not exist in the time zone: the clocks skip it, going forward from {before} to {after}"
                    )
                } else {
                    write!(
                        f,
                        "{local} happens twice in the time zone, at {before} and again at {after} (the clocks go back): choose the earlier or the later instant"
                    )
                }
            }
        }
    }
}

impl core::error::Error for Error {}

/// A UTC offset in seconds, written `+03:30`.
pub(crate) struct OffsetText(pub(crate) i32);

impl fmt::Display for OffsetText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let minutes = self.0.unsigned_abs() / 60;
        write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)?;
        match self.0.unsigned_abs() % 60 {
            0 => Ok(()),
            seconds => write!(f, ":{seconds:02}"),
        }
    }
}
