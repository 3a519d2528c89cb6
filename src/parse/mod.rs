//! Reading dates as people write them (feature `parse`, on by default).
//!
//! - [`parse`] reads one date or date-time that makes up the whole text.
//! - [`find_dates`] finds every Jalali date in free text.
//! - [`JalaliDate::parse_from_str`] and [`JalaliDateTime::parse_from_str`] read text
//!   laid out by a strftime-style format, as chrono's functions of the same name do.
//!
//! [`DateParser`] holds the options (the pivot for two-digit years, strict weekday
//! checking); the free functions use its defaults.
//!
//! # What is read
//!
//! | part | forms |
//! |---|---|
//! | digits | Persian `۰-۹`, Arabic-Indic `٠-٩`, ASCII, mixed within a number; glued to words as PDFs give them (`12آبان1398`) |
//! | numeric dates | `Y/M/D` with `/ - . ٫ ، _` (spaces around allowed); `D/M/Y` (`21/10/89`, `1-8-93`) when `Y/M/D` is no valid date; two-digit years (`۹۸/۸/۲۶`, `۹۹ . ۴ . ۵`); a month name between the numbers (`1399-اسف-12`, `01-Hamal-1403`) |
//! | compact | `14020231`, `14031230T010203`: in [`parse`] only, never in free text |
//! | month names | Iranian (`فروردین` … `اسفند`, with `ي`/`ك`, without madda, with `ماه`), Dari (`حمل` … `حوت`), Pashto (`وری` … `کب`), English transliterations in any case, three-letter abbreviations (`فرو` … `اسف`, `Far` … `Esf`) |
//! | textual dates | day month year (`۲۶ آبان ۱۴۰۰`, `بیست و ششم آبان‌ماه ۱۴۰۰`, `سه مهر ۱۴۰۱`, `۵ دی سال ۱۳۹۸`, `۱۵خردادسال۴۲`), year month day, `Aban 26, 1400`, `3rd of Azar 1390`, `Esfand 29th, 1400`, `12. Farvardin 1358`; a season in brackets after the month; years in words (`یکهزار و سیصد و هشتاد و نه`), and of one to three digits before an era label |
//! | weekdays | Persian, Dari, Pashto, English; before or after the date, with or without a comma; `سه‌شنبه` / `سه شنبه` / `سهشنبه` |
//! | times | `HH:MM[:SS[.f]]`, one-digit parts, spaces around `:`, `ق.ظ`/`ب.ظ`, `قبل‌ازظهر`/`بعدازظهر`, `صبح`/`عصر`/`شب`/`ظهر`, AM/PM; in words (`ساعت ۹ و ۱۵ دقیقه و ۲۰ ثانیه`); an hour alone after `ساعت` (`ساعت ۸ صبح`); before or after the date, joined by `-`, `,`, `ساعت` (once or twice), `از ساعت`, a space, or a place name of one or two words (`دوشنبه ۳ مهر ۱۴۰۲ مشهد ۱۱:۲۰`) |
//! | ranges | `۱۲ تا ۱۵ مهر ۱۴۰۱`, `۲۸ اسفند ۱۴۰۰ تا ۵ فروردین ۱۴۰۱`, `از ۲۰ اسفند تا ۵ فروردین ۱۴۰۲` (the first year inferred, across Nowruz too), `۱۰–۱۲ آبان ۹۸`, `۵ مهر ۱۴۰۲ از ساعت ۹ تا ۱۲`; see [`ParsedDate::is_range`] |
//! | ISO 8601 | `1400-08-26T02:39:00+03:30` |
//! | eras | `ه.ش`، `هـ.ش`، `هش`، `هجری شمسی`، `هجری خورشیدی`، `ش`, AP, SH, AHS, H.Sh., glued or spaced |
//! | text from PDFs and the web | presentation forms, tatweel, directional marks, no-break spaces, brackets and quotes |
//!
//! What is not read as a Jalali date: a date labelled lunar Hijri (`ه.ق`, `قمری`)
//! after the date or its time, or before it; a date with a Gregorian month name or
//! `میلادی`; a time that contradicts its marker (`۱۴:۰۵ ق.ظ`). In free text,
//! [`find_dates`] also skips every date whose year is past the numeric limit (1700 by
//! default, [`DateParser::max_numeric_year`]), whatever its form.
//!
//! Two-digit years below the pivot (20 by default) are 14xx, the others 13xx: 98 →
//! 1398, 42 → 1342, 02 → 1402. The default window, 1320..=1419, holds the years that
//! text written today names with two digits: the recent ones, and the 1330s to 1350s
//! of history (۱۵ خرداد ۴۲, ۲۲ بهمن ۵۷). Numeric dates whose four-digit year is above 1700 are
//! taken for Gregorian dates and not read as Jalali.

mod grammar;
mod scan;
mod strptime;

pub use scan::{DateMatch, FindDates};

use core::fmt;

use nom::Finish;

use crate::error::Detail;
use crate::{Error, ErrorKind, JalaliDate, JalaliDateTime, LeapRule, Time, Weekday};
use grammar::{Any, Exact, GrammarError, RangeEnd, Settings, Written};

/// A date (and maybe a time) read from text.
///
/// # Example
///
/// ```
/// let parsed = taqvim::parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")?;
/// assert_eq!(parsed.date().to_string(), "1400-08-26");
/// assert_eq!(parsed.time().unwrap().to_string(), "02:39:00");
/// assert_eq!(parsed.date().to_gregorian(), (2021, 11, 17));
/// # Ok::<(), taqvim::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParsedDate {
    date: JalaliDate,
    time: Option<Time>,
    offset: Option<i32>,
    weekday: Option<Weekday>,
    seconds: bool,
    end: Option<RangeEnd>,
}

impl ParsedDate {
    #[inline]
    fn from_written(w: Written) -> ParsedDate {
        ParsedDate {
            date: w.date,
            time: w.time,
            offset: w.offset,
            weekday: w.weekday,
            seconds: w.seconds,
            end: w.end,
        }
    }

    /// Whether the text was a range (`۱۲ تا ۱۵ مهر ۱۴۰۱`): then [`date`](Self::date)
    /// and [`time`](Self::time) are its start, and [`end_date`](Self::end_date) and
    /// [`end_time`](Self::end_time) its end.
    ///
    /// ```
    /// assert!(taqvim::parse("۱۲ تا ۱۵ مهر ۱۴۰۱")?.is_range());
    /// assert!(!taqvim::parse("۱۵ مهر ۱۴۰۱")?.is_range());
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    /// The last day of a range; `None` for a single date.
    ///
    /// ```
    /// let range = taqvim::parse("۲۸ اسفند ۱۴۰۰ تا ۵ فروردین ۱۴۰۱")?;
    /// assert_eq!(range.date().to_string(), "1400-12-28");
    /// assert_eq!(range.end_date().unwrap().to_string(), "1401-01-05");
    /// // The first year is inferred, across Nowruz too.
    /// let range = taqvim::parse("از ۲۰ اسفند تا ۵ فروردین ۱۴۰۲")?;
    /// assert_eq!(range.date().to_string(), "1401-12-20");
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn end_date(&self) -> Option<JalaliDate> {
        self.end.map(|e| e.date)
    }

    /// The time the range ends at, when one was written.
    ///
    /// ```
    /// let range = taqvim::parse("۵ مهر ۱۴۰۲ از ساعت ۹ تا ۱۲")?;
    /// assert_eq!(range.time().unwrap().hour(), 9);
    /// assert_eq!(range.end_time().unwrap().hour(), 12);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn end_time(&self) -> Option<Time> {
        self.end.and_then(|e| e.time)
    }

    /// Whether the written time had seconds (`02:39:05`), as opposed to hours and
    /// minutes only (`02:39`) or no time at all: what a program needs to write the
    /// value back at the precision it was written.
    ///
    /// ```
    /// assert!(taqvim::parse("1400/08/26 02:39:05")?.has_seconds());
    /// assert!(!taqvim::parse("1400/08/26 02:39")?.has_seconds());
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn has_seconds(&self) -> bool {
        self.seconds
    }

    /// The date.
    ///
    /// ```
    /// assert_eq!(taqvim::parse("1400/08/26")?.date().day(), 26);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn date(&self) -> JalaliDate {
        self.date
    }

    /// The time of day, when one was written.
    ///
    /// ```
    /// assert!(taqvim::parse("1400/08/26")?.time().is_none());
    /// assert_eq!(taqvim::parse("1400/08/26 14:05")?.time().unwrap().hour(), 14);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn time(&self) -> Option<Time> {
        self.time
    }

    /// The date with its time, or with midnight when no time was written.
    ///
    /// ```
    /// let dt = taqvim::parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")?.date_time();
    /// assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn date_time(&self) -> JalaliDateTime {
        JalaliDateTime::new(self.date, self.time.unwrap_or(Time::MIDNIGHT))
    }

    /// The UTC offset written after the time, in seconds east of UTC.
    ///
    /// ```
    /// let parsed = taqvim::parse("1400-08-26T02:39:00+03:30")?;
    /// assert_eq!(parsed.offset_seconds(), Some(12_600));
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn offset_seconds(&self) -> Option<i32> {
        self.offset
    }

    /// The weekday written with the date, if any.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// let parsed = taqvim::parse("چهارشنبه ۲۶ آبان ۱۴۰۰")?;
    /// assert_eq!(parsed.written_weekday(), Some(Weekday::Wednesday));
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn written_weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// Whether the written weekday contradicts the date. The date as written wins;
    /// [`DateParser::strict_weekday`] makes this an error instead.
    ///
    /// ```
    /// // 26 Aban 1400 was a Wednesday, not a Tuesday.
    /// let parsed = taqvim::parse("سه‌شنبه ۲۶ آبان ۱۴۰۰")?;
    /// assert!(parsed.weekday_mismatch());
    /// assert_eq!(parsed.date().to_string(), "1400-08-26");
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn weekday_mismatch(&self) -> bool {
        self.weekday.is_some_and(|w| w != self.date.weekday())
    }
}

/// Why text could not be read as a date: where, what was expected there and what was
/// found, or which field of the date is wrong.
///
/// `Display` writes one line, e.g. `expected a month name at byte 3, found 'Abann'` or
/// `day 30 of Esfand does not exist in 1400: not a leap year`.
///
/// # Example
///
/// ```
/// let err = taqvim::parse("26 Abann 1400").unwrap_err();
/// assert_eq!(err.to_string(), "expected a month name at byte 3, found 'Abann'");
/// assert_eq!(err.offset(), 3);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseError {
    offset: usize,
    kind: ParseErrorKind,
}

/// The ways reading a date can fail; see [`ParseError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is not in a form the parser reads.
    Syntax {
        /// What was expected at the offset.
        expected: &'static str,
        /// The word found there, cut to its first 32 bytes.
        found: Snippet,
    },
    /// The fields were read, but are not a valid date or time.
    Invalid(Error),
    /// The date belongs to another calendar: what was found ("a lunar Hijri date",
    /// "a Gregorian month name" …).
    ForeignCalendar(&'static str),
    /// The format string has a directive the parser does not read, or ends in `%`.
    Format,
    /// The format reads no value for a field the result needs (a year, a month …).
    Missing(&'static str),
    /// Two fields the format read contradict each other: an hour read by `%H` on the
    /// other half of the day than `%p` says, a `%j` that is not the day `%m %d` name.
    Contradiction {
        /// The first field, with its directives.
        first: &'static str,
        /// The field it contradicts.
        second: &'static str,
    },
    /// The written weekday contradicts the date, with strict weekday checking on.
    WeekdayMismatch {
        /// The weekday written.
        written: Weekday,
        /// The date's real weekday.
        actual: Weekday,
    },
}

/// A short piece of the input kept inside an error without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Snippet {
    bytes: [u8; 32],
    len: u8,
}

impl Snippet {
    /// The word at the start of `text`: up to the next space or punctuation, at most
    /// 32 bytes, cut on a character boundary.
    fn word_at(text: &str) -> Snippet {
        let end = text
            .char_indices()
            .find(|&(i, c)| i > 0 && crate::lexicon::is_word_end(c))
            .map_or(text.len(), |(i, _)| i);
        let mut cut = end.min(32);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut bytes = [0u8; 32];
        bytes[..cut].copy_from_slice(&text.as_bytes()[..cut]);
        Snippet {
            bytes,
            len: cut as u8,
        }
    }

    /// The text kept.
    ///
    /// ```
    /// let err = taqvim::parse("26 Abann 1400").unwrap_err();
    /// match err.kind() {
    ///     taqvim::ParseErrorKind::Syntax { found, .. } => assert_eq!(found.as_str(), "Abann"),
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn as_str(&self) -> &str {
        // `word_at` cuts on a character boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Debug for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl ParseError {
    fn from_grammar(text: &str, e: GrammarError) -> ParseError {
        let offset = text.len().saturating_sub(e.rest_len);
        let kind = if let Some(invalid) = e.invalid {
            ParseErrorKind::Invalid(invalid)
        } else if let Some(calendar) = e.foreign {
            ParseErrorKind::ForeignCalendar(calendar)
        } else {
            ParseErrorKind::Syntax {
                expected: e.expected,
                found: Snippet::word_at(text.get(offset..).unwrap_or("")),
            }
        };
        ParseError { offset, kind }
    }

    /// The byte offset in the input where the problem was found.
    ///
    /// ```
    /// assert_eq!(taqvim::parse("1400/08/26 x").unwrap_err().offset(), 11);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What went wrong.
    ///
    /// ```
    /// use taqvim::ParseErrorKind;
    ///
    /// let err = taqvim::parse("۳۰ اسفند ۱۴۰۰").unwrap_err();
    /// assert!(matches!(err.kind(), ParseErrorKind::Invalid(_)));
    /// ```
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Error::from(*self), f)
    }
}

impl From<ParseError> for Error {
    /// The same error, with its message and offset, so that `?` works on a parse in a
    /// function that returns [`Error`]. When the text was read but its fields make no
    /// valid value, the value's own error is kept, with the offset.
    ///
    /// ```
    /// use taqvim::{Error, ErrorKind, JalaliDate};
    ///
    /// fn published(line: &str) -> Result<JalaliDate, Error> {
    ///     let date = taqvim::parse(line)?.date();
    ///     Ok(date.checked_add_days(1)?)
    /// }
    ///
    /// assert_eq!(published("۲۶ آبان ۱۴۰۰")?.to_string(), "1400-08-27");
    /// let err = published("26 Abann 1400").unwrap_err();
    /// assert_eq!(err.to_string(), "expected a month name at byte 3, found 'Abann'");
    /// assert_eq!((err.kind(), err.offset()), (ErrorKind::Syntax, Some(3)));
    /// let err = published("۳۰ اسفند ۱۴۰۰").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidDay);
    /// assert_eq!(err.offset(), Some(0));
    /// # Ok::<(), Error>(())
    /// ```
    fn from(e: ParseError) -> Error {
        let what = match e.kind {
            ParseErrorKind::Invalid(invalid) => return invalid.at(e.offset),
            ParseErrorKind::Syntax { expected, found } => ParseFailure::Syntax { expected, found },
            ParseErrorKind::ForeignCalendar(what) => ParseFailure::Foreign(what),
            ParseErrorKind::Format => ParseFailure::Format,
            ParseErrorKind::Missing(what) => ParseFailure::Missing(what),
            ParseErrorKind::Contradiction { first, second } => {
                ParseFailure::Contradiction { first, second }
            }
            ParseErrorKind::WeekdayMismatch { written, actual } => {
                ParseFailure::WeekdayMismatch { written, actual }
            }
        };
        Error::new(Detail::Parse {
            offset: e.offset,
            what,
        })
    }
}

/// A [`ParseErrorKind`] other than `Invalid`, as an [`Error`] keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ParseFailure {
    Syntax {
        expected: &'static str,
        found: Snippet,
    },
    Foreign(&'static str),
    Format,
    Missing(&'static str),
    Contradiction {
        first: &'static str,
        second: &'static str,
    },
    WeekdayMismatch {
        written: Weekday,
        actual: Weekday,
    },
}

impl ParseFailure {
    /// The error's kind.
    pub(crate) const fn kind(self) -> ErrorKind {
        match self {
            ParseFailure::Syntax { .. } | ParseFailure::Format | ParseFailure::Missing(_) => {
                ErrorKind::Syntax
            }
            ParseFailure::Foreign(_) => ErrorKind::ForeignCalendar,
            ParseFailure::Contradiction { .. } | ParseFailure::WeekdayMismatch { .. } => {
                ErrorKind::Contradiction
            }
        }
    }

    /// The message, the failure found at `offset`.
    pub(crate) fn write(self, f: &mut fmt::Formatter<'_>, offset: usize) -> fmt::Result {
        match self {
            ParseFailure::Syntax { expected, found } if found.as_str().is_empty() => write!(
                f,
                "expected {expected} at byte {offset}, found the end of the text"
            ),
            ParseFailure::Syntax { expected, found } => write!(
                f,
                "expected {expected} at byte {offset}, found '{}'",
                found.as_str()
            ),
            ParseFailure::Foreign(what) => {
                write!(f, "found {what} at byte {offset}, not a Jalali date")
            }
            ParseFailure::Format => write!(
                f,
                "the format has a directive this parser does not read at byte {offset}"
            ),
            ParseFailure::Missing(what) => write!(f, "the format reads no {what}"),
            ParseFailure::Contradiction { first, second } => {
                write!(f, "{first} contradicts {second}")
            }
            ParseFailure::WeekdayMismatch { written, actual } => {
                write!(f, "the date is a {actual}, but the text says {written}")
            }
        }
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ParseError({self})")
    }
}

impl core::error::Error for ParseError {}

/// Options for reading dates; [`parse`] and [`find_dates`] use the defaults.
///
/// # Example
///
/// ```
/// use taqvim::DateParser;
///
/// let parser = DateParser::new().pivot(30).strict_weekday(true);
/// assert_eq!(parser.parse("45/1/1")?.date().year(), 1345);
/// assert!(parser.parse("سه‌شنبه ۲۶ آبان ۱۴۰۰").is_err());
/// # Ok::<(), taqvim::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct DateParser {
    settings: Settings,
    strict_weekday: bool,
}

impl Default for DateParser {
    fn default() -> DateParser {
        DateParser::new()
    }
}

impl DateParser {
    /// The defaults: pivot 20, numeric years up to 1700, weekday mismatches reported
    /// on the result but not errors.
    ///
    /// ```
    /// let parsed = taqvim::DateParser::new().parse("98/8/26")?;
    /// assert_eq!(parsed.date().year(), 1398);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub const fn new() -> DateParser {
        DateParser {
            settings: Settings {
                pivot: 20,
                max_numeric_year: 1700,
                rule: LeapRule::Astronomical,
            },
            strict_weekday: false,
        }
    }

    /// Two-digit years below `pivot` (0..=100) are read as 14xx, the others as 13xx.
    ///
    /// ```
    /// let parser = taqvim::DateParser::new().pivot(99);
    /// assert_eq!(parser.parse("98/8/26")?.date().year(), 1498);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub const fn pivot(mut self, pivot: u8) -> DateParser {
        self.settings.pivot = if pivot > 100 { 100 } else { pivot };
        self
    }

    /// The largest four-digit year read in numeric dates (1700 by default); larger
    /// ones are taken for Gregorian years.
    ///
    /// ```
    /// let parser = taqvim::DateParser::new().max_numeric_year(9999);
    /// assert_eq!(parser.parse("2021/11/17")?.date().year(), 2021);
    /// assert!(taqvim::parse("2021/11/17").is_err());
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub const fn max_numeric_year(mut self, year: u16) -> DateParser {
        self.settings.max_numeric_year = year;
        self
    }

    /// The calendar the text's dates follow: the official one by default, or the
    /// arithmetic rule of the software that wrote them. The value read is the day
    /// that date names under that rule (see [`JalaliDate::from_rule`]); use
    /// [`JalaliDate::to_rule`] to write it back in the same calendar.
    ///
    /// ```
    /// use taqvim::{DateParser, LeapRule};
    ///
    /// // Software on the 2820-year rule puts a 30 Esfand in 1404, not in 1403.
    /// assert!(taqvim::parse("1404/12/30").is_err());
    /// let khayyam = DateParser::new().rule(LeapRule::Birashk2820);
    /// let read = khayyam.parse("1404/12/30")?;
    /// assert_eq!(read.date().to_string(), "1404-12-29");
    /// assert_eq!(read.date().to_rule(LeapRule::Birashk2820)?, (1404, 12, 30));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rule(mut self, rule: LeapRule) -> DateParser {
        self.settings.rule = rule;
        self
    }

    /// Whether a weekday that contradicts the date is an error (`false` by default:
    /// the date wins and [`ParsedDate::weekday_mismatch`] says so).
    ///
    /// ```
    /// let strict = taqvim::DateParser::new().strict_weekday(true);
    /// let err = strict.parse("سه‌شنبه ۲۶ آبان ۱۴۰۰").unwrap_err();
    /// assert_eq!(err.to_string(), "the date is a Wednesday, but the text says Tuesday");
    /// ```
    pub const fn strict_weekday(mut self, strict: bool) -> DateParser {
        self.strict_weekday = strict;
        self
    }

    /// Reads `text`, which must hold one date or date-time and nothing else but
    /// surrounding spaces.
    ///
    /// ```
    /// let parsed = taqvim::DateParser::new().parse("  ۱۴۰۰/۰۸/۲۶  ")?;
    /// assert_eq!(parsed.date().to_string(), "1400-08-26");
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    #[inline]
    pub fn parse(&self, text: &str) -> Result<ParsedDate, ParseError> {
        // Most texts start with the date itself.
        let start = match text.as_bytes().first() {
            Some(&b) if !crate::lexicon::may_start_gap(b) => text,
            _ => grammar::gap(text),
        };
        let offset = text.len() - start.len();
        // Most inputs are a common form, spelled exactly as the lexicon spells it.
        if let Ok((rest, written)) = grammar::written_expression::<Exact>(start, self.settings) {
            if rest.is_empty() || grammar::gap(rest).is_empty() {
                return self.check_weekday(offset, ParsedDate::from_written(written));
            }
        }
        // The compact forms, read only where the whole text is the date.
        match grammar::compact_date_time(start, self.settings).finish() {
            Ok((rest, written)) if grammar::gap(rest).is_empty() => {
                return self.check_weekday(offset, ParsedDate::from_written(written));
            }
            // Eight digits that are no valid date (a month 13, a Gregorian year).
            Err(e) if e.invalid.is_some() || e.foreign.is_some() => {
                return Err(ParseError::from_grammar(text, e));
            }
            _ => {}
        }
        let written = match grammar::written_expression::<Any>(start, self.settings).finish() {
            Ok((rest, written)) => {
                let rest = grammar::gap(rest);
                if !rest.is_empty() {
                    let e = GrammarError {
                        rest_len: rest.len(),
                        expected: "the end of the date",
                        invalid: None,
                        foreign: None,
                    };
                    return Err(ParseError::from_grammar(text, e));
                }
                written
            }
            Err(mut e) => {
                // Nothing got past the first character: no form fits at all.
                if e.rest_len == start.len() && e.invalid.is_none() && e.foreign.is_none() {
                    e.expected = "a date";
                }
                return Err(ParseError::from_grammar(text, e));
            }
        };
        self.check_weekday(text.len() - start.len(), ParsedDate::from_written(written))
    }

    /// Applies strict weekday checking to a parsed date that starts at `offset`.
    #[inline]
    fn check_weekday(&self, offset: usize, parsed: ParsedDate) -> Result<ParsedDate, ParseError> {
        match parsed.weekday {
            Some(written) if self.strict_weekday && parsed.weekday_mismatch() => Err(ParseError {
                offset,
                kind: ParseErrorKind::WeekdayMismatch {
                    written,
                    actual: parsed.date.weekday(),
                },
            }),
            _ => Ok(parsed),
        }
    }

    /// Every Jalali date in `text`, in order; see [`find_dates`].
    ///
    /// ```
    /// let parser = taqvim::DateParser::new().pivot(99);
    /// let found: Vec<_> = parser.find_dates("تاریخ ۹۸/۸/۲۶").map(|m| m.value().date().year()).collect();
    /// assert_eq!(found, [1498]);
    /// ```
    pub fn find_dates<'t>(&self, text: &'t str) -> FindDates<'t> {
        FindDates::new(*self, text)
    }
}

/// Reads `text` as one date or date-time, with [`DateParser`]'s defaults.
///
/// # Example
///
/// ```
/// use taqvim::{parse, JalaliDate};
///
/// let expected = JalaliDate::new(1400, 8, 26)?;
/// for text in [
///     "۲۶ آبان ۱۴۰۰",
///     "1400/08/26",
///     "۱۴۰۰-۸-۲۶",
///     "26/08/1400",
///     "بیست و ششم آبان‌ماه ۱۴۰۰ ه.ش",
///     "چهارشنبه، ۲۶ عقرب ۱۴۰۰",
///     "26 Aban 1400",
///     "Aban 26, 1400",
///     "۱۴۰۰ آبان ۲۶",
/// ] {
///     assert_eq!(parse(text).unwrap().date(), expected, "{text}");
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str) -> Result<ParsedDate, ParseError> {
    DateParser::new().parse(text)
}

/// Every Jalali date (or date-time) in free text, in order, with its byte range, with
/// [`DateParser`]'s defaults.
///
/// Gregorian dates, lunar Hijri dates, phone numbers, prices, version numbers and
/// invalid dates are skipped.
///
/// # Example
///
/// ```
/// let text = "به گزارش ایسنا، سه‌شنبه ۲۶ آبان ۱۴۰۰ - ۰۲:۳۹ جلسه‌ای با حضور ۱۲ نفر برگزار شد \
///             و نشست بعدی ۱۴۰۰/۰۹/۰۳ است؛ تلفن ۰۲۱-۸۸۱۲-۳۴۵۶.";
/// let dates: Vec<String> = taqvim::find_dates(text).map(|m| m.value().date_time().to_string()).collect();
/// assert_eq!(dates, ["1400-08-26T02:39:00", "1400-09-03T00:00:00"]);
/// let first = taqvim::find_dates(text).next().unwrap();
/// assert_eq!(first.as_str(), "سه‌شنبه ۲۶ آبان ۱۴۰۰ - ۰۲:۳۹");
/// assert_eq!(&text[first.range()], first.as_str());
/// ```
pub fn find_dates(text: &str) -> FindDates<'_> {
    DateParser::new().find_dates(text)
}
