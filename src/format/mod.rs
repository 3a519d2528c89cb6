//! Writing dates the way each audience reads them: strftime-style formats with
//! chrono's directive letters, in Iranian Persian, Dari, Pashto or English, with
//! Persian, Arabic-Indic or Latin digits.
//!
//! A [`Formatter`] checks its format once, when it is made; formatting a value then
//! cannot fail but for the writer it writes to, and it allocates nothing: it writes
//! into any [`fmt::Write`] (a `String`, a `fmt::Formatter`) or, with the `std`
//! feature, any `std::io::Write`.
//!
//! ```
//! use taqvim::{Digits, Formatter, JalaliDate, JalaliDateTime, Locale, Time};
//!
//! let date = JalaliDate::new(1400, 8, 26)?;
//! let dt = JalaliDateTime::new(date, Time::from_hms(2, 39, 0)?);
//!
//! let news = Formatter::new("%d %B %Y - %H:%M")?.with_locale(Locale::Iranian);
//! assert_eq!(news.format(&dt)?.to_string(), "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹");
//!
//! let kabul = Formatter::new("%A %-d %B %Y")?.with_locale(Locale::Dari);
//! assert_eq!(kabul.format(&date)?.to_string(), "چهارشنبه ۲۶ عقرب ۱۴۰۰");
//!
//! // Digits are chosen apart from the names.
//! let latin = kabul.with_digits(Digits::Latin);
//! assert_eq!(latin.format(&date)?.to_string(), "چهارشنبه 26 عقرب 1400");
//!
//! // English by default, as chrono writes.
//! assert_eq!(date.format("%a %e %b %Y")?.to_string(), "Wed 26 Aba 1400");
//! # Ok::<(), taqvim::Error>(())
//! ```
//!
//! # Directives
//!
//! | directive | writes | example (26 Aban 1400, 14:05:09.026) |
//! |---|---|---|
//! | `%Y` | year, at least 4 digits, `-` before years before 1 | `1400` |
//! | `%y` | year modulo 100, 2 digits | `00` |
//! | `%m` | month number, 2 digits | `08` |
//! | `%d` | day of the month, 2 digits | `26` |
//! | `%e` | day of the month, padded with a space to 2 | `26`, ` 3` |
//! | `%B` | month name | `آبان`, `عقرب`, `لړم`, `Aban` |
//! | `%b`, `%h` | abbreviated month name (English only abbreviates) | `Aba` |
//! | `%A` | weekday name | `چهارشنبه`, `شورو`, `Wednesday` |
//! | `%a` | abbreviated weekday name (English only abbreviates) | `Wed` |
//! | `%j` | day of the year, 3 digits | `242` |
//! | `%U` | week of the year, 2 digits: weeks run Saturday to Friday, week 1 holds 1 Farvardin ([`JalaliDate::week_of_year`](crate::JalaliDate::week_of_year)) | `35` |
//! | `%K` | season name | `پاییز`, `خزان`, `منی`, `Autumn` |
//! | `%u` | weekday, Monday = 1 … Sunday = 7 (as in chrono) | `3` |
//! | `%w` | weekday, Sunday = 0 … Saturday = 6 (as in chrono) | `3` |
//! | `%H` | hour, 00..=23 | `14` |
//! | `%k` | hour, padded with a space | `14` |
//! | `%I` | hour on a 12-hour clock, 01..=12 | `02` |
//! | `%l` | hour on a 12-hour clock, padded with a space | ` 2` |
//! | `%p` | before or after noon: ق.ظ/ب.ظ, غ.م/غ.و, AM/PM | `ب.ظ`, `PM` |
//! | `%P` | as `%p`, in lower case in English | `pm` |
//! | `%M` | minute, 2 digits | `05` |
//! | `%S` | second, 2 digits | `09` |
//! | `%f` | nanoseconds, 9 digits | `026000000` |
//! | `%3f`, `%6f`, `%9f` | the fraction to 3, 6 or 9 digits | `026` |
//! | `%.f` | `.` and the fraction to 3, 6 or 9 digits, nothing when zero | `.026` |
//! | `%.3f`, `%.6f`, `%.9f` | `.` and the fraction to 3, 6 or 9 digits | `.026` |
//! | `%F` | `%Y-%m-%d` | `1400-08-26` |
//! | `%x` | the date as Iranians write it, `%Y/%m/%d` | `1400/08/26` |
//! | `%X` | the time, `%H:%M:%S` | `14:05:09` |
//! | `%c` | date and time, `%A %-d %B %Y %H:%M:%S` | `چهارشنبه ۲۶ آبان ۱۴۰۰ ۱۴:۰۵:۰۹` |
//! | `%T` | `%H:%M:%S` | `14:05:09` |
//! | `%R` | `%H:%M` | `14:05` |
//! | `%z` | UTC offset | `+0330` |
//! | `%:z` | UTC offset with a colon | `+03:30` |
//! | `%Z` | the zone's abbreviation (the offset for fixed offsets) | `+0330` |
//! | `%n`, `%t`, `%%` | a line feed, a tab, `%` | |
//!
//! Numbers take chrono's padding modifiers: `%-d` no padding, `%_d` spaces, `%0e`
//! zeros. Digits of every number, offsets included, are written in the chosen
//! script. Time directives need a value with a time of day ([`JalaliDateTime`],
//! `Zoned`); offset and zone directives need a zoned value; asking for them from a
//! plain date is an error of [`Formatter::format`], never a panic or an empty field.

use core::fmt;

pub(crate) mod items;

use self::items::{Composite, Directive, Item, Items, next_item};
use crate::error::{Detail, FormatProblem};
pub use crate::lexicon::digits::Digits;
use crate::lexicon::digits::{Pad, write_number};
use crate::lexicon::{self, LocaleNames};
use crate::{Error, JalaliDate, JalaliDateTime, Time, Weekday};

/// Whose names (and, by default, whose digits) a [`Formatter`] writes.
///
/// ```
/// use taqvim::{Digits, Locale};
///
/// assert_eq!(Locale::Dari.default_digits(), Digits::Persian);
/// assert_eq!(Locale::English.default_digits(), Digits::Latin);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// Iranian Persian: فروردین … اسفند, شنبه … جمعه, ق.ظ/ب.ظ.
    Iranian,
    /// Dari, as written in Afghanistan: حمل … حوت, ق.ظ/ب.ظ.
    Dari,
    /// Pashto: وری … کب, اتوار … جمعه, غ.م/غ.و.
    Pashto,
    /// English transliteration of the Iranian names: Farvardin … Esfand, with English
    /// weekdays and AM/PM. The default, as chrono formats in English.
    #[default]
    English,
}

impl Locale {
    /// The digits a locale writes unless told otherwise: Persian digits for Persian,
    /// Dari and Pashto, Latin for English.
    ///
    /// ```
    /// assert_eq!(taqvim::Locale::Pashto.default_digits(), taqvim::Digits::Persian);
    /// ```
    pub const fn default_digits(self) -> Digits {
        match self {
            Locale::Iranian | Locale::Dari | Locale::Pashto => Digits::Persian,
            Locale::English => Digits::Latin,
        }
    }

    /// Every locale.
    ///
    /// ```
    /// assert_eq!(taqvim::Locale::ALL.len(), 4);
    /// ```
    pub const ALL: [Locale; 4] = [
        Locale::Iranian,
        Locale::Dari,
        Locale::Pashto,
        Locale::English,
    ];

    /// The locale's name, as `FromStr` reads it: `iranian`, `dari`, `pashto`, `english`.
    ///
    /// ```
    /// use taqvim::Locale;
    ///
    /// assert_eq!(Locale::Dari.name(), "dari");
    /// assert_eq!("Pashto".parse::<Locale>()?, Locale::Pashto);
    /// assert_eq!(
    ///     "farsi".parse::<Locale>().unwrap_err().to_string(),
    ///     "expected one of iranian, dari, pashto, english at byte 0, found 'f'",
    /// );
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Locale::Iranian => "iranian",
            Locale::Dari => "dari",
            Locale::Pashto => "pashto",
            Locale::English => "english",
        }
    }

    /// The names the locale writes.
    pub(crate) const fn names(self) -> &'static LocaleNames {
        match self {
            Locale::Iranian => &lexicon::IRANIAN,
            Locale::Dari => &lexicon::DARI,
            Locale::Pashto => &lexicon::PASHTO,
            Locale::English => &lexicon::ENGLISH,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl core::str::FromStr for Locale {
    type Err = Error;

    /// Reads a locale's [`name`](Locale::name), in any letter case.
    fn from_str(s: &str) -> Result<Locale, Error> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.name().eq_ignore_ascii_case(s))
            .ok_or(Error::new(Detail::Syntax {
                expected: "one of iranian, dari, pashto, english",
                at: 0,
                found: s.chars().next(),
            }))
    }
}

pub(crate) mod sealed {
    use core::fmt;

    use crate::{JalaliDate, Time};

    /// What a formatted value offers; sealed, so that its shape can change.
    pub trait Parts {
        /// The date.
        fn date(&self) -> JalaliDate;
        /// The time of day, if the value has one.
        fn time(&self) -> Option<Time>;
        /// Seconds east of UTC, if the value has an offset.
        fn offset_seconds(&self) -> Option<i32>;
        /// Writes the zone's abbreviation; only called when there is an offset.
        fn write_zone(&self, out: &mut dyn fmt::Write) -> fmt::Result;
    }
}

/// A value a [`Formatter`] can write: [`JalaliDate`], [`JalaliDateTime`] and, with the
/// `chrono` feature, `Zoned`. Sealed: other types cannot implement it.
pub trait Formattable: sealed::Parts {}

impl sealed::Parts for JalaliDate {
    fn date(&self) -> JalaliDate {
        *self
    }
    fn time(&self) -> Option<Time> {
        None
    }
    fn offset_seconds(&self) -> Option<i32> {
        None
    }
    fn write_zone(&self, _: &mut dyn fmt::Write) -> fmt::Result {
        Ok(())
    }
}
impl Formattable for JalaliDate {}

impl sealed::Parts for JalaliDateTime {
    fn date(&self) -> JalaliDate {
        JalaliDateTime::date(*self)
    }
    fn time(&self) -> Option<Time> {
        Some(JalaliDateTime::time(*self))
    }
    fn offset_seconds(&self) -> Option<i32> {
        None
    }
    fn write_zone(&self, _: &mut dyn fmt::Write) -> fmt::Result {
        Ok(())
    }
}
impl Formattable for JalaliDateTime {}

/// The first directive of a format that needs a time of day, and the first that needs
/// an offset, as `(byte, letter)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Needs {
    time: Option<(usize, char)>,
    offset: Option<(usize, char)>,
}

/// A checked strftime-style format with a locale and a digit script: writes dates and
/// date-times without allocating. See the [module docs](self) for the directives.
///
/// ```
/// use taqvim::{Formatter, JalaliDate, Locale};
///
/// let f = Formatter::new("%A، %-d %B %Y")?.with_locale(Locale::Iranian);
/// let date = JalaliDate::new(1403, 12, 30)?;
/// assert_eq!(f.format(&date)?.to_string(), "پنجشنبه، ۳۰ اسفند ۱۴۰۳");
///
/// // Into any fmt::Write, reusing the buffer.
/// let mut line = String::new();
/// f.format(&date)?.write_to(&mut line)?;
/// assert_eq!(line, "پنجشنبه، ۳۰ اسفند ۱۴۰۳");
///
/// assert!(Formatter::new("%Q").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Formatter<'p> {
    pattern: &'p str,
    locale: Locale,
    digits: Digits,
    needs: Needs,
}

impl<'p> Formatter<'p> {
    /// Checks `pattern`, for English names and Latin digits.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Format`](crate::ErrorKind::Format) error naming the byte of an
    /// unknown directive or of a `%` that ends the pattern.
    ///
    /// ```
    /// let err = taqvim::Formatter::new("%Y-%m-%").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "the format ends inside a directive at byte 6 (write %% for a literal %)"
    /// );
    /// ```
    pub fn new(pattern: &'p str) -> Result<Formatter<'p>, Error> {
        let mut needs = Needs {
            time: None,
            offset: None,
        };
        let mut at = 0;
        while let Some(rest) = pattern.get(at..).filter(|r| !r.is_empty()) {
            let (item, len) = next_item(rest).map_err(|(problem, directive)| {
                Error::new(Detail::Format {
                    problem,
                    at,
                    directive,
                })
            })?;
            if let Item::Directive(directive, _, letter) = item {
                let slot = match directive {
                    Directive::Hour
                    | Directive::Hour12
                    | Directive::Meridiem { .. }
                    | Directive::Minute
                    | Directive::Second
                    | Directive::Fraction(_)
                    | Directive::DotFraction(_)
                    | Directive::IsoTime
                    | Directive::HourMinute
                    | Directive::Composite(Composite::Time | Composite::DateTime) => {
                        &mut needs.time
                    }
                    Directive::Offset { .. } | Directive::Zone => &mut needs.offset,
                    _ => &mut None,
                };
                if slot.is_none() {
                    *slot = Some((at, letter));
                }
            }
            at += len;
        }
        Ok(Formatter {
            pattern,
            locale: Locale::English,
            digits: Digits::Latin,
            needs,
        })
    }

    /// The same format with `locale`'s names and its [default
    /// digits](Locale::default_digits); call [`with_digits`](Self::with_digits) after
    /// it for others.
    ///
    /// ```
    /// use taqvim::{Formatter, JalaliDate, Locale};
    ///
    /// let f = Formatter::new("%d %B")?.with_locale(Locale::Pashto);
    /// assert_eq!(f.format(&JalaliDate::new(1400, 8, 26)?)?.to_string(), "۲۶ لړم");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[must_use]
    pub const fn with_locale(self, locale: Locale) -> Formatter<'p> {
        Formatter {
            locale,
            digits: locale.default_digits(),
            ..self
        }
    }

    /// The same format with numbers in `digits`.
    ///
    /// ```
    /// use taqvim::{Digits, Formatter, JalaliDate};
    ///
    /// let f = Formatter::new("%F")?.with_digits(Digits::ArabicIndic);
    /// assert_eq!(f.format(&JalaliDate::new(1400, 8, 26)?)?.to_string(), "١٤٠٠-٠٨-٢٦");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[must_use]
    pub const fn with_digits(self, digits: Digits) -> Formatter<'p> {
        Formatter { digits, ..self }
    }

    /// The locale.
    ///
    /// ```
    /// assert_eq!(taqvim::Formatter::new("%F")?.locale(), taqvim::Locale::English);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn locale(&self) -> Locale {
        self.locale
    }

    /// The digit script.
    ///
    /// ```
    /// assert_eq!(taqvim::Formatter::new("%F")?.digits(), taqvim::Digits::Latin);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn digits(&self) -> Digits {
        self.digits
    }

    /// The format string.
    ///
    /// ```
    /// assert_eq!(taqvim::Formatter::new("%F")?.pattern(), "%F");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn pattern(&self) -> &'p str {
        self.pattern
    }

    /// `value` in this format: a [`Formatted`] that implements `Display` and writes
    /// into any writer.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Format`](crate::ErrorKind::Format) error when the format asks
    /// for a time of day the value does not have, or for an offset or zone of a value
    /// that has none.
    ///
    /// ```
    /// use taqvim::{Formatter, JalaliDate};
    ///
    /// let f = Formatter::new("%F %H:%M")?;
    /// let err = f.format(&JalaliDate::new(1400, 8, 26)?).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "the format asks for a time of day (%H at byte 3), but the value is a date without one"
    /// );
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn format<'v, T: Formattable>(&self, value: &'v T) -> Result<Formatted<'p, 'v, T>, Error> {
        let missing = if value.time().is_none() {
            self.needs.time.map(|need| (need, FormatProblem::NeedsTime))
        } else {
            None
        }
        .or(if value.offset_seconds().is_none() {
            self.needs
                .offset
                .map(|need| (need, FormatProblem::NeedsOffset))
        } else {
            None
        });
        if let Some(((at, directive), problem)) = missing {
            return Err(Error::new(Detail::Format {
                problem,
                at,
                directive,
            }));
        }
        Ok(Formatted {
            formatter: *self,
            value,
        })
    }

    /// Writes `value` into `out` (which `format` checked it can be).
    fn write<T: Formattable>(&self, value: &T, out: &mut dyn fmt::Write) -> fmt::Result {
        self.write_items(Items { rest: self.pattern }, value, out)
    }

    /// Writes the items of a pattern, and of the patterns of composite directives.
    fn write_items<T: Formattable>(
        &self,
        items: Items<'_>,
        value: &T,
        out: &mut dyn fmt::Write,
    ) -> fmt::Result {
        let date = value.date();
        let time = value.time().unwrap_or(Time::MIDNIGHT);
        let names = self.locale.names();
        let number = |out: &mut dyn fmt::Write, n: u32, width: usize, pad: Pad| {
            write_number(out, n, width, pad, self.digits)
        };
        for item in items {
            let (directive, pad) = match item {
                Item::Text(text) => {
                    out.write_str(text)?;
                    continue;
                }
                Item::Directive(directive, pad, _) => (directive, pad),
            };
            let zero = pad.unwrap_or(Pad::Zero);
            match directive {
                Directive::Year => {
                    let year = date.year();
                    if year < 0 {
                        out.write_char('-')?;
                    }
                    number(out, year.unsigned_abs(), 4, zero)?;
                }
                Directive::YearOfCentury => {
                    number(out, date.year().rem_euclid(100) as u32, 2, zero)?
                }
                Directive::Month => number(out, date.month().into(), 2, zero)?,
                Directive::Day => number(out, date.day().into(), 2, zero)?,
                Directive::MonthName => {
                    out.write_str(names.months[usize::from(date.month() - 1) % 12])?;
                }
                Directive::MonthAbbreviation => {
                    let names = &names.month_abbreviations;
                    out.write_str(names[usize::from(date.month() - 1) % 12])?;
                }
                Directive::WeekdayName => {
                    let names = &names.weekdays;
                    out.write_str(names[usize::from(date.weekday().days_since_saturday())])?;
                }
                Directive::WeekdayAbbreviation => {
                    let names = &names.weekday_abbreviations;
                    out.write_str(names[usize::from(date.weekday().days_since_saturday())])?;
                }
                Directive::Ordinal => number(out, date.ordinal().into(), 3, zero)?,
                Directive::WeekOfYear => number(out, date.week_of_year().into(), 2, zero)?,
                Directive::Season => {
                    out.write_str(names.seasons[usize::from(date.season().number() - 1) % 4])?;
                }
                Directive::WeekdayFromMonday => {
                    let n = date.weekday().days_since_monday() + 1;
                    number(out, n.into(), 1, zero)?;
                }
                Directive::WeekdayFromSunday => {
                    let n = match date.weekday() {
                        Weekday::Saturday => 6,
                        other => other.days_since_saturday() - 1,
                    };
                    number(out, n.into(), 1, zero)?;
                }
                Directive::Hour => number(out, time.hour().into(), 2, zero)?,
                Directive::Hour12 => {
                    let h = match time.hour() % 12 {
                        0 => 12,
                        h => h,
                    };
                    number(out, h.into(), 2, zero)?;
                }
                Directive::Meridiem { lower } => {
                    let name = names.meridiem[usize::from(time.hour() >= 12)];
                    if lower && self.locale == Locale::English {
                        out.write_str(if time.hour() >= 12 { "pm" } else { "am" })?;
                    } else {
                        out.write_str(name)?;
                    }
                }
                Directive::Minute => number(out, time.minute().into(), 2, zero)?,
                Directive::Second => number(out, time.second().into(), 2, zero)?,
                Directive::Fraction(width) => write_fraction(out, time, width, self.digits)?,
                Directive::DotFraction(width) => {
                    let nano = time.nanosecond();
                    let width = match width {
                        0 if nano == 0 => continue,
                        0 if nano % 1_000_000 == 0 => 3,
                        0 if nano % 1_000 == 0 => 6,
                        0 => 9,
                        w => w,
                    };
                    out.write_char('.')?;
                    write_fraction(out, time, width, self.digits)?;
                }
                Directive::IsoDate => {
                    let year = date.year();
                    if year < 0 {
                        out.write_char('-')?;
                    }
                    number(out, year.unsigned_abs(), 4, Pad::Zero)?;
                    out.write_char('-')?;
                    number(out, date.month().into(), 2, Pad::Zero)?;
                    out.write_char('-')?;
                    number(out, date.day().into(), 2, Pad::Zero)?;
                }
                Directive::IsoTime | Directive::HourMinute => {
                    number(out, time.hour().into(), 2, Pad::Zero)?;
                    out.write_char(':')?;
                    number(out, time.minute().into(), 2, Pad::Zero)?;
                    if directive == Directive::IsoTime {
                        out.write_char(':')?;
                        number(out, time.second().into(), 2, Pad::Zero)?;
                    }
                }
                Directive::Offset { colon } => {
                    let seconds = value.offset_seconds().unwrap_or(0);
                    out.write_char(if seconds < 0 { '-' } else { '+' })?;
                    let minutes = seconds.unsigned_abs() / 60;
                    number(out, minutes / 60, 2, Pad::Zero)?;
                    if colon {
                        out.write_char(':')?;
                    }
                    number(out, minutes % 60, 2, Pad::Zero)?;
                }
                Directive::Zone => value.write_zone(out)?,
                Directive::Composite(composite) => {
                    let rest = composite.pattern();
                    self.write_items(Items { rest }, value, out)?
                }
                Directive::Literal(c) => out.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// Writes the fraction of a second to `width` (3, 6 or 9) digits, truncated.
fn write_fraction(out: &mut dyn fmt::Write, time: Time, width: u8, digits: Digits) -> fmt::Result {
    let (value, width) = match width {
        3 => (time.nanosecond() / 1_000_000, 3),
        6 => (time.nanosecond() / 1_000, 6),
        _ => (time.nanosecond(), 9),
    };
    write_number(out, value, width, Pad::Zero, digits)
}

/// A value in a format, from [`Formatter::format`] or `format` on the value types:
/// `Display` writes it, and [`write_to`](Self::write_to) writes it into any
/// [`fmt::Write`] without allocating.
///
/// ```
/// use taqvim::{JalaliDate, Locale};
///
/// let date = JalaliDate::new(1400, 8, 26)?;
/// let shown = date.format("%-d %B %Y")?.with_locale(Locale::Iranian);
/// assert_eq!(format!("[{shown}]"), "[۲۶ آبان ۱۴۰۰]");
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Formatted<'p, 'v, T> {
    formatter: Formatter<'p>,
    value: &'v T,
}

impl<'p, 'v, T: Formattable> Formatted<'p, 'v, T> {
    /// The same value with `locale`'s names and default digits.
    ///
    /// ```
    /// let date = taqvim::JalaliDate::new(1400, 8, 26)?;
    /// let shown = date.format("%B")?.with_locale(taqvim::Locale::Dari);
    /// assert_eq!(shown.to_string(), "عقرب");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[must_use]
    pub const fn with_locale(self, locale: Locale) -> Formatted<'p, 'v, T> {
        Formatted {
            formatter: self.formatter.with_locale(locale),
            value: self.value,
        }
    }

    /// The same value with numbers in `digits`.
    ///
    /// ```
    /// let date = taqvim::JalaliDate::new(1400, 8, 26)?;
    /// let shown = date.format("%d")?.with_digits(taqvim::Digits::Persian);
    /// assert_eq!(shown.to_string(), "۲۶");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[must_use]
    pub const fn with_digits(self, digits: Digits) -> Formatted<'p, 'v, T> {
        Formatted {
            formatter: self.formatter.with_digits(digits),
            value: self.value,
        }
    }

    /// Writes the value into `out`; fails only when `out` does.
    ///
    /// ```
    /// let date = taqvim::JalaliDate::new(1400, 8, 26)?;
    /// let mut buffer = String::from("date: ");
    /// date.format("%Y/%m/%d")?.write_to(&mut buffer)?;
    /// assert_eq!(buffer, "date: 1400/08/26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_to<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        self.formatter.write(self.value, out)
    }

    /// Writes the value into an [`std::io::Write`] without allocating.
    ///
    /// ```
    /// let date = taqvim::JalaliDate::new(1400, 8, 26)?;
    /// let mut bytes = Vec::new();
    /// date.format("%F")?.write_io(&mut bytes)?;
    /// assert_eq!(bytes, b"1400-08-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn write_io<W: std::io::Write + ?Sized>(&self, out: &mut W) -> std::io::Result<()> {
        /// Carries the writer's own error out through `fmt::Write`.
        struct Adapter<'w, W: ?Sized> {
            inner: &'w mut W,
            error: Option<std::io::Error>,
        }
        impl<W: std::io::Write + ?Sized> fmt::Write for Adapter<'_, W> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.inner.write_all(s.as_bytes()).map_err(|e| {
                    self.error = Some(e);
                    fmt::Error
                })
            }
        }
        let mut adapter = Adapter {
            inner: out,
            error: None,
        };
        match self.formatter.write(self.value, &mut adapter) {
            Ok(()) => Ok(()),
            Err(fmt::Error) => Err(adapter
                .error
                .unwrap_or_else(|| std::io::Error::other("formatting failed"))),
        }
    }
}

impl<T: Formattable> fmt::Display for Formatted<'_, '_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.formatter.write(self.value, f)
    }
}

impl JalaliDate {
    /// This date in a strftime-style format, with English names and Latin digits
    /// (change them on the result); see [`Formatter`] for the directives.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Format`](crate::ErrorKind::Format) error for an unknown
    /// directive, or one that needs a time or an offset.
    ///
    /// ```
    /// let date = taqvim::JalaliDate::new(1400, 8, 26)?;
    /// assert_eq!(date.format("%A %-d %B %Y")?.to_string(), "Wednesday 26 Aban 1400");
    /// assert!(date.format("%H:%M").is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn format<'p>(&self, pattern: &'p str) -> Result<Formatted<'p, '_, JalaliDate>, Error> {
        Formatter::new(pattern)?.format(self)
    }
}

impl JalaliDateTime {
    /// This date-time in a strftime-style format, with English names and Latin digits
    /// (change them on the result); see [`Formatter`] for the directives.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Format`](crate::ErrorKind::Format) error for an unknown
    /// directive, or one that needs an offset.
    ///
    /// ```
    /// use taqvim::{JalaliDateTime, Locale};
    ///
    /// let dt: JalaliDateTime = "1400-08-26T14:39:00".parse()?;
    /// let shown = dt.format("%-d %B %Y، %-I:%M %p")?.with_locale(Locale::Iranian);
    /// assert_eq!(shown.to_string(), "۲۶ آبان ۱۴۰۰، ۲:۳۹ ب.ظ");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn format<'p>(&self, pattern: &'p str) -> Result<Formatted<'p, '_, JalaliDateTime>, Error> {
        Formatter::new(pattern)?.format(self)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::{String, ToString};

    use super::*;

    fn dt(y: i32, m: u8, d: u8, h: u8, mi: u8, s: u8, nano: u32) -> JalaliDateTime {
        JalaliDateTime::new(
            JalaliDate::new(y, m, d).unwrap(),
            Time::from_hms_nano(h, mi, s, nano).unwrap(),
        )
    }

    fn show(pattern: &str, value: &JalaliDateTime, locale: Locale) -> String {
        Formatter::new(pattern)
            .unwrap()
            .with_locale(locale)
            .format(value)
            .unwrap()
            .to_string()
    }

    #[test]
    fn every_directive() {
        let v = dt(1400, 8, 26, 14, 5, 9, 26_000_000);
        let cases = [
            ("%Y %y %m %d %e", "1400 00 08 26 26"),
            ("%B|%b|%h|%A|%a", "Aban|Aba|Aba|Wednesday|Wed"),
            ("%j %u %w", "242 3 3"),
            ("%H %k %I %l %p %P", "14 14 02  2 PM pm"),
            (
                "%M %S %f %3f %6f %9f",
                "05 09 026000000 026 026000 026000000",
            ),
            ("%.f %.3f %.6f %.9f", ".026 .026 .026000 .026000000"),
            ("%F %T %R", "1400-08-26 14:05:09 14:05"),
            ("%-m/%-d %_m/%_d %0e", "8/26  8/26 26"),
            ("a%nb%tc%%", "a\nb\tc%"),
        ];
        for (pattern, expected) in cases {
            assert_eq!(show(pattern, &v, Locale::English), expected, "{pattern}");
        }
        let early = dt(-5, 1, 3, 0, 0, 0, 0);
        assert_eq!(
            show("%Y %y %e %I %p %.f", &early, Locale::English),
            "-0005 95  3 12 AM "
        );
    }

    #[test]
    fn locales_and_digits() {
        let v = dt(1400, 8, 26, 2, 39, 0, 0);
        let pattern = "%A %d %B %Y - %H:%M %p";
        assert_eq!(
            show(pattern, &v, Locale::Iranian),
            "چهارشنبه ۲۶ آبان ۱۴۰۰ - ۰۲:۳۹ ق.ظ"
        );
        assert_eq!(
            show(pattern, &v, Locale::Dari),
            "چهارشنبه ۲۶ عقرب ۱۴۰۰ - ۰۲:۳۹ ق.ظ"
        );
        assert_eq!(
            show(pattern, &v, Locale::Pashto),
            "شورو ۲۶ لړم ۱۴۰۰ - ۰۲:۳۹ غ.م"
        );
        let arabic = Formatter::new("%Y/%m/%d %j")
            .unwrap()
            .with_locale(Locale::Iranian)
            .with_digits(Digits::ArabicIndic);
        assert_eq!(arabic.format(&v).unwrap().to_string(), "١٤٠٠/٠٨/٢٦ ٢٤٢");
        let padded = Formatter::new("%e|%_m|%-d")
            .unwrap()
            .with_digits(Digits::Persian);
        let early = dt(1400, 1, 3, 0, 0, 0, 0);
        assert_eq!(padded.format(&early).unwrap().to_string(), " ۳| ۱|۳");
    }

    #[test]
    fn bad_formats_and_missing_fields_are_errors() {
        for (pattern, message) in [
            (
                "%Q",
                "unknown directive %Q at byte 0 of the format (write %% for a literal %)",
            ),
            (
                "ab%",
                "the format ends inside a directive at byte 2 (write %% for a literal %)",
            ),
            (
                "%-",
                "the format ends inside a directive at byte 0 (write %% for a literal %)",
            ),
            (
                "%.4f",
                "unknown directive %. at byte 0 of the format (write %% for a literal %)",
            ),
            (
                "%:y",
                "unknown directive %: at byte 0 of the format (write %% for a literal %)",
            ),
        ] {
            assert_eq!(Formatter::new(pattern).unwrap_err().to_string(), message);
        }
        let date = JalaliDate::new(1400, 8, 26).unwrap();
        let err = date.format("%F %p").unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Format);
        let v = dt(1400, 8, 26, 2, 39, 0, 0);
        let err = v.format("%F %:z").unwrap_err();
        assert_eq!(
            err.to_string(),
            "the format asks for a UTC offset or zone (%: at byte 3), but the value has none: format a Zoned value"
        );
    }

    #[test]
    fn writes_into_any_writer_and_reports_its_failure() {
        struct Full;
        impl fmt::Write for Full {
            fn write_str(&mut self, _: &str) -> fmt::Result {
                Err(fmt::Error)
            }
        }
        let date = JalaliDate::new(1400, 8, 26).unwrap();
        assert!(date.format("%F").unwrap().write_to(&mut Full).is_err());
        let mut text = String::new();
        date.format("%F").unwrap().write_to(&mut text).unwrap();
        assert_eq!(text, "1400-08-26");
    }
}
