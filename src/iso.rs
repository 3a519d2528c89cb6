//! ISO 8601 text, read and written: the crate's one reader and one writer of the
//! fixed forms behind `Display` and `FromStr` (`1400-08-26`, `02:39:00`,
//! `1400-08-26T02:39:00+03:30`), which the command-line tool and the parser's ISO form
//! use too.
//!
//! - [`read_fields`] reads a date or date-time as numbers, before any calendar checks
//!   them: the command-line tool reads Jalali and Gregorian input with it.
//! - [`IsoBuffer`] writes one value on the stack, without allocating and without
//!   `write!`'s padding machinery, and hands it out as a `&str`.
//!
//! The reader takes ASCII digits only, as it writes them; human-written dates (any
//! digit script, month names, spaces) are the parser's business.
//!
//! ```
//! use taqvim::iso::{IsoBuffer, read_fields};
//!
//! let fields = read_fields("1400-08-26T02:39")?;
//! assert_eq!((fields.year, fields.month, fields.day), (1400, 8, 26));
//! assert!(!fields.seconds);
//!
//! let mut buffer = IsoBuffer::new();
//! buffer.push_date(1400, 8, 26);
//! buffer.push_time(fields.time.unwrap(), fields.seconds);
//! assert_eq!(buffer.as_str(), "1400-08-26T02:39");
//! # Ok::<(), taqvim::Error>(())
//! ```

use core::fmt;

use crate::error::{Detail, Error};
use crate::lexicon::digits::latin_pair;
use crate::{JalaliDate, JalaliDateTime, Time};

// ---------------------------------------------------------------------------------
// Writing.

/// `YYYY-MM-DD` for a year of four digits (0..=9999), as ten ASCII bytes.
#[inline(always)]
fn four_digit_date(year: i32, month: u8, day: u8) -> Option<[u8; 10]> {
    let year = u16::try_from(year).ok().filter(|y| *y < 10_000)?;
    let [y1, y2] = latin_pair((year / 100) as u8);
    let [y3, y4] = latin_pair((year % 100) as u8);
    let [m1, m2] = latin_pair(month);
    let [d1, d2] = latin_pair(day);
    Some([y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2])
}

/// Appends `YYYY-MM-DD` to a byte buffer, as [`IsoBuffer::push_date`] writes it: the
/// fastest way to write many dates into one buffer (a column of text, output lines).
/// A four-digit year goes from registers straight into place, as one 8-byte and one
/// 2-byte store, with nothing composed on the stack first and read back.
///
/// ```
/// use taqvim::iso::append_date;
///
/// let mut column = Vec::new();
/// append_date(&mut column, 1400, 8, 26);
/// append_date(&mut column, -12, 1, 1);
/// assert_eq!(column, b"1400-08-26-0012-01-01");
/// ```
#[cfg(feature = "std")]
#[inline]
pub fn append_date(out: &mut std::vec::Vec<u8>, year: i32, month: u8, day: u8) {
    match u16::try_from(year) {
        Ok(year @ 0..10_000) => {
            let pair = |n: u8| u64::from(u16::from_le_bytes(latin_pair(n)));
            let head = pair((year / 100) as u8)
                | pair((year % 100) as u8) << 16
                | u64::from(b'-') << 32
                | pair(month) << 40
                | u64::from(b'-') << 56;
            out.extend_from_slice(&head.to_le_bytes());
            out.extend_from_slice(&latin_pair(day));
        }
        _ => IsoBuffer::new().push_date(year, month, day).append_to(out),
    }
}

/// One ISO 8601 value composed on the stack: a date, a time, an offset, in the order
/// they are pushed. The longest value (a year of `i32`, nanoseconds and an offset with
/// seconds) is 45 bytes; the buffer holds 64.
///
/// ```
/// use taqvim::iso::IsoBuffer;
/// use taqvim::Time;
///
/// let mut buffer = IsoBuffer::new();
/// buffer.push_date(-12, 1, 1);
/// buffer.push_time(Time::from_hms_nano(2, 39, 0, 500_000_000)?, false);
/// buffer.push_offset(12_600);
/// assert_eq!(buffer.as_str(), "-0012-01-01T02:39:00.500+03:30");
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct IsoBuffer {
    bytes: [u8; 64],
    len: usize,
}

impl Default for IsoBuffer {
    fn default() -> IsoBuffer {
        IsoBuffer::new()
    }
}

impl IsoBuffer {
    /// An empty buffer.
    ///
    /// ```
    /// assert_eq!(taqvim::iso::IsoBuffer::new().as_str(), "");
    /// ```
    pub const fn new() -> IsoBuffer {
        IsoBuffer {
            bytes: [0; 64],
            len: 0,
        }
    }

    /// Appends bytes (always ASCII); what does not fit is dropped, which no value of
    /// the types pushed can cause.
    #[inline(always)]
    fn push(&mut self, bytes: &[u8]) {
        if let Some(room) = self.bytes.get_mut(self.len..self.len + bytes.len()) {
            room.copy_from_slice(bytes);
            self.len += bytes.len();
        }
    }

    /// `sep` and two digits of `n` (below 100).
    #[inline(always)]
    fn two(&mut self, sep: u8, n: u8) {
        let [tens, ones] = latin_pair(n);
        self.push(&[sep, tens, ones]);
    }

    /// `n` with at least `width` digits.
    fn number(&mut self, mut n: u32, width: usize) {
        let mut digits = [b'0'; 10];
        let mut start = digits.len();
        while n > 0 || digits.len() - start < width {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.push(&digits[start..]);
    }

    /// Appends `YYYY-MM-DD`: a year of at least four digits, `-` before years before 1.
    /// The numbers are written as given, in whatever calendar they are.
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_date(1400, 8, 26);
    /// assert_eq!(buffer.as_str(), "1400-08-26");
    /// ```
    #[inline]
    pub fn push_date(&mut self, year: i32, month: u8, day: u8) -> &mut IsoBuffer {
        match four_digit_date(year, month, day) {
            // Four digits, the date in one copy.
            Some(text) => self.push(&text),
            None => {
                if year < 0 {
                    self.push(b"-");
                }
                self.number(year.unsigned_abs(), 4);
                let [m1, m2] = latin_pair(month);
                let [d1, d2] = latin_pair(day);
                self.push(&[b'-', m1, m2, b'-', d1, d2]);
            }
        }
        self
    }

    /// Appends `THH:MM`, then `:SS` when `seconds` is set or the seconds are not zero,
    /// then the fraction of a second when it is not zero, to 3, 6 or 9 digits (the
    /// shortest that is exact). After a date, the `T` joins them; alone, write the
    /// time with [`push_clock`](Self::push_clock).
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_date(1400, 8, 26).push_time(taqvim::Time::from_hms(2, 39, 0)?, true);
    /// assert_eq!(buffer.as_str(), "1400-08-26T02:39:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub fn push_time(&mut self, time: Time, seconds: bool) -> &mut IsoBuffer {
        self.clock(b"T", time, seconds)
    }

    /// Appends the time of [`push_time`](Self::push_time) without the `T`:
    /// `HH:MM[:SS[.fff]]`.
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_clock(taqvim::Time::from_hms(14, 5, 0)?, false);
    /// assert_eq!(buffer.as_str(), "14:05");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub fn push_clock(&mut self, time: Time, seconds: bool) -> &mut IsoBuffer {
        self.clock(b"", time, seconds)
    }

    /// `before`, then the time of [`push_clock`](Self::push_clock).
    #[inline(always)]
    fn clock(&mut self, before: &[u8], time: Time, seconds: bool) -> &mut IsoBuffer {
        let [h1, h2] = latin_pair(time.hour());
        let [m1, m2] = latin_pair(time.minute());
        match before {
            [t] => self.push(&[*t, h1, h2, b':', m1, m2]),
            _ => self.push(&[h1, h2, b':', m1, m2]),
        }
        let nano = time.nanosecond();
        if seconds || time.second() != 0 || nano != 0 {
            self.two(b':', time.second());
            if nano != 0 {
                self.push(b".");
                if nano % 1_000_000 == 0 {
                    self.number(nano / 1_000_000, 3);
                } else if nano % 1_000 == 0 {
                    self.number(nano / 1_000, 6);
                } else {
                    self.number(nano, 9);
                }
            }
        }
        self
    }

    /// Appends a UTC offset of `seconds` east: `+03:30`, `-05:00`, and `:SS` when the
    /// offset has seconds (`+03:25:44`, a local mean time).
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_offset(-18_000);
    /// assert_eq!(buffer.as_str(), "-05:00");
    /// ```
    pub fn push_offset(&mut self, seconds: i32) -> &mut IsoBuffer {
        let sign = if seconds < 0 { b'-' } else { b'+' };
        let total = seconds.unsigned_abs();
        match u8::try_from(total / 3600) {
            Ok(hours) if hours < 100 => self.two(sign, hours),
            _ => {
                self.push(&[sign]);
                self.number(total / 3600, 2);
            }
        }
        self.two(b':', (total / 60 % 60) as u8);
        if total % 60 != 0 {
            self.two(b':', (total % 60) as u8);
        }
        self
    }

    /// What was pushed.
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_date(1, 1, 1);
    /// assert_eq!(buffer.as_str().len(), 10);
    /// ```
    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII is ever pushed.
        core::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// What was pushed, as bytes.
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_date(1400, 1, 1);
    /// assert_eq!(buffer.as_bytes(), b"1400-01-01");
    /// ```
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// Appends what was pushed to `out`, as a byte buffer of output lines wants it.
    /// Faster than `out.extend_from_slice(buffer.as_bytes())`: the copy has a constant
    /// size (a few moves, where a copy of the exact length is a call to `memcpy`), and
    /// the surplus is cut off after it.
    ///
    /// ```
    /// let mut out = b"date: ".to_vec();
    /// taqvim::iso::IsoBuffer::new().push_date(1400, 8, 26).append_to(&mut out);
    /// assert_eq!(out, b"date: 1400-08-26");
    /// ```
    #[cfg(feature = "std")]
    #[inline]
    pub fn append_to(&self, out: &mut std::vec::Vec<u8>) {
        let kept = out.len() + self.len;
        out.extend_from_slice(&self.bytes);
        out.truncate(kept);
    }

    /// Empties the buffer, to compose another value in it.
    ///
    /// ```
    /// let mut buffer = taqvim::iso::IsoBuffer::new();
    /// buffer.push_date(1400, 1, 1).clear();
    /// assert!(buffer.as_str().is_empty());
    /// ```
    pub fn clear(&mut self) -> &mut IsoBuffer {
        self.len = 0;
        self
    }
}

/// Writes `YYYY-MM-DD`.
#[inline]
pub(crate) fn write_date(f: &mut fmt::Formatter<'_>, date: JalaliDate) -> fmt::Result {
    match four_digit_date(date.year(), date.month(), date.day()) {
        // Ten bytes in registers, no buffer to fill and read back.
        Some(text) => f.write_str(core::str::from_utf8(&text).unwrap_or_default()),
        None => {
            let mut buffer = IsoBuffer::new();
            buffer.push_date(date.year(), date.month(), date.day());
            f.write_str(buffer.as_str())
        }
    }
}

/// Writes `HH:MM:SS`, then the fraction when it is not zero.
#[inline]
pub(crate) fn write_time(f: &mut fmt::Formatter<'_>, time: Time) -> fmt::Result {
    let mut buffer = IsoBuffer::new();
    buffer.push_clock(time, true);
    f.write_str(buffer.as_str())
}

/// Writes `YYYY-MM-DDTHH:MM:SS`, then the fraction when it is not zero.
#[inline]
pub(crate) fn write_date_time(f: &mut fmt::Formatter<'_>, value: JalaliDateTime) -> fmt::Result {
    let date = value.date();
    let mut buffer = IsoBuffer::new();
    buffer
        .push_date(date.year(), date.month(), date.day())
        .push_time(value.time(), true);
    f.write_str(buffer.as_str())
}

/// Writes the Gregorian date of `date` as `YYYY-MM-DD`.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn write_gregorian_date(f: &mut dyn fmt::Write, date: JalaliDate) -> fmt::Result {
    let (year, month, day) = date.to_gregorian();
    let mut buffer = IsoBuffer::new();
    buffer.push_date(year, month, day);
    f.write_str(buffer.as_str())
}

// ---------------------------------------------------------------------------------
// Reading.

/// The fields of an ISO 8601 date or date-time as written, before any calendar says
/// whether they name a day: what [`read_fields`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IsoFields {
    /// The year, negative before year 1 (year 0 is written `0000`).
    pub year: i32,
    /// The month number as written (not checked against any calendar).
    pub month: u8,
    /// The day number as written.
    pub day: u8,
    /// The time of day, if one was written (checked: hours below 24).
    pub time: Option<Time>,
    /// Whether the time had its seconds written.
    pub seconds: bool,
}

/// Reads `YYYY-MM-DD`, optionally followed by `T` (or a space) and
/// `HH:MM[:SS[.fffffffff]]`, and nothing else: the fields as written, in no calendar.
/// The error says what was expected at which byte.
///
/// ```
/// use taqvim::iso::read_fields;
///
/// let f = read_fields("2021-11-17 02:39:05")?;
/// assert_eq!((f.year, f.month, f.day, f.seconds), (2021, 11, 17, true));
/// assert_eq!(read_fields("2021-11-17T25:00").unwrap_err().to_string(), "hour 25 is out of range: hours are 0..=23");
/// assert_eq!(
///     read_fields("2021/11/17").unwrap_err().to_string(),
///     "expected '-' after the year at byte 4, found '/'",
/// );
/// # Ok::<(), taqvim::Error>(())
/// ```
pub fn read_fields(text: &str) -> Result<IsoFields, Error> {
    let mut c = Cursor::new(text, false);
    let fields = fields(&mut c, true)?;
    c.end()?;
    Ok(fields)
}

/// An ISO 8601 date-time (with its `T`) at the start of `text`, in digits of any
/// script, as the parser reads it in free text: the fields and the bytes they take.
#[cfg(feature = "parse")]
pub(crate) fn date_time_prefix(text: &str) -> Result<(IsoFields, usize), Error> {
    let mut c = Cursor::new(text, true);
    let fields = fields(&mut c, false)?;
    if fields.time.is_none() {
        return Err(c.error("'T' between the date and the time"));
    }
    Ok((fields, c.pos))
}

/// A date, then a time after `T` (or, when `spaced`, a space), if there is one.
fn fields(c: &mut Cursor<'_>, spaced: bool) -> Result<IsoFields, Error> {
    let (year, month, day) = year_month_day(c)?;
    let time = match c.peek() {
        Some(b'T' | b't') => Some(time(c.advance(1))?),
        Some(b' ') if spaced => Some(time(c.advance(1))?),
        _ => None,
    };
    Ok(IsoFields {
        year,
        month,
        day,
        time: time.map(|(t, _)| t),
        seconds: time.is_some_and(|(_, s)| s),
    })
}

/// A cursor over the bytes of the text being read.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    /// Whether digits of every script are read, or ASCII digits only.
    any_digits: bool,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, any_digits: bool) -> Cursor<'a> {
        Cursor {
            text,
            pos: 0,
            any_digits,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn advance(&mut self, bytes: usize) -> &mut Cursor<'a> {
        self.pos += bytes;
        self
    }

    fn error(&self, expected: &'static str) -> Error {
        let found = self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next());
        Error::new(Detail::Syntax {
            expected,
            at: self.pos,
            found,
        })
    }

    fn byte(&mut self, b: u8, expected: &'static str) -> Result<(), Error> {
        if self.peek() == Some(b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    /// The digit at the cursor and its length in bytes.
    fn digit(&self) -> Option<(u8, usize)> {
        match self.peek()? {
            b @ b'0'..=b'9' => Some((b - b'0', 1)),
            _ if self.any_digits => {
                let c = self.text.get(self.pos..)?.chars().next()?;
                Some((crate::lexicon::digit_value(c)?, c.len_utf8()))
            }
            _ => None,
        }
    }

    /// Between `min` and `max` digits, as a number.
    fn digits(
        &mut self,
        min: usize,
        max: usize,
        expected: &'static str,
    ) -> Result<(u64, usize), Error> {
        let start = self.pos;
        let mut value = 0u64;
        let mut count = 0;
        while count < max {
            match self.digit() {
                Some((d, len)) => {
                    value = value * 10 + u64::from(d);
                    self.pos += len;
                    count += 1;
                }
                None => break,
            }
        }
        if count < min {
            self.pos = start;
            return Err(self.error(expected));
        }
        Ok((value, count))
    }

    fn end(&self) -> Result<(), Error> {
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(Error::new(Detail::Trailing { at: self.pos }))
        }
    }
}

/// `YYYY-MM-DD` as numbers, before any calendar says whether they are a date.
fn year_month_day(c: &mut Cursor<'_>) -> Result<(i32, u8, u8), Error> {
    let negative = c.peek() == Some(b'-');
    if negative {
        c.pos += 1;
    }
    // Seven digits hold every supported year; a longer year is out of range anyway.
    let (year, _) = c.digits(4, 7, "a year of 4 or more digits")?;
    if c.digit().is_some() {
        return Err(c.error("'-' after a year of at most 7 digits"));
    }
    c.byte(b'-', "'-' after the year")?;
    let (month, _) = c.digits(2, 2, "a two-digit month")?;
    c.byte(b'-', "'-' after the month")?;
    let (day, _) = c.digits(2, 2, "a two-digit day")?;
    if negative && year == 0 {
        return Err(Error::new(Detail::Syntax {
            expected: "year 0 written without a sign",
            at: 0,
            found: Some('-'),
        }));
    }
    // `year` has at most 7 digits, so it fits an i32.
    let year = if negative {
        -(year as i32)
    } else {
        year as i32
    };
    Ok((year, month as u8, day as u8))
}

fn date(c: &mut Cursor<'_>) -> Result<JalaliDate, Error> {
    let (year, month, day) = year_month_day(c)?;
    JalaliDate::new(year, month, day)
}

/// Reads a Gregorian `YYYY-MM-DD` into the Jalali date of that day.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn parse_gregorian_date(text: &str) -> Result<JalaliDate, Error> {
    let mut c = Cursor::new(text, false);
    let (year, month, day) = year_month_day(&mut c)?;
    c.end()?;
    JalaliDate::from_gregorian(year, month, day)
}

/// `HH:MM[:SS[.f]]`, and whether the seconds were written.
fn time(c: &mut Cursor<'_>) -> Result<(Time, bool), Error> {
    let (hour, _) = c.digits(2, 2, "a two-digit hour")?;
    c.byte(b':', "':' after the hour")?;
    let (minute, _) = c.digits(2, 2, "two-digit minutes")?;
    let mut second = 0;
    let mut nano = 0;
    let seconds = c.peek() == Some(b':');
    if seconds {
        c.pos += 1;
        second = c.digits(2, 2, "two-digit seconds")?.0;
        if c.peek() == Some(b'.') {
            c.pos += 1;
            let (fraction, len) = c.digits(1, 9, "1 to 9 digits of a fraction of a second")?;
            nano = fraction * 10u64.pow(9 - len as u32);
            if c.digit().is_some() {
                return Err(c.error("at most 9 digits of a fraction of a second"));
            }
        }
    }
    let time = Time::from_hms_nano(hour as u8, minute as u8, second as u8, nano as u32)?;
    Ok((time, seconds))
}

pub(crate) fn parse_date(text: &str) -> Result<JalaliDate, Error> {
    let mut c = Cursor::new(text, false);
    let d = date(&mut c)?;
    c.end()?;
    Ok(d)
}

pub(crate) fn parse_time(text: &str) -> Result<Time, Error> {
    let mut c = Cursor::new(text, false);
    let (t, _) = time(&mut c)?;
    c.end()?;
    Ok(t)
}

/// `YYYY-MM-DDTHH:MM[:SS[.f]]`, a space allowed for the `T`.
fn date_time(c: &mut Cursor<'_>) -> Result<JalaliDateTime, Error> {
    let d = date(c)?;
    match c.peek() {
        Some(b'T' | b't' | b' ') => c.pos += 1,
        _ => return Err(c.error("'T' between the date and the time")),
    }
    Ok(JalaliDateTime::new(d, time(c)?.0))
}

pub(crate) fn parse_date_time(text: &str) -> Result<JalaliDateTime, Error> {
    let mut c = Cursor::new(text, false);
    let dt = date_time(&mut c)?;
    c.end()?;
    Ok(dt)
}

/// `Z`, `+03:30`, `+0330` or `+03:25:44`, as seconds east of UTC.
#[cfg(feature = "chrono")]
fn offset(c: &mut Cursor<'_>) -> Result<i32, Error> {
    // Where the field starts, its sign, for an error about the whole of it.
    let start = c.pos;
    let sign = match c.peek() {
        Some(b'Z' | b'z') => {
            c.pos += 1;
            return Ok(0);
        }
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return Err(c.error("a UTC offset (Z, +03:30)")),
    };
    c.pos += 1;
    let (hours, _) = c.digits(2, 2, "two-digit offset hours")?;
    if c.peek() == Some(b':') {
        c.pos += 1;
    }
    let (minutes, _) = c.digits(2, 2, "two-digit offset minutes")?;
    // Seconds, as local mean times before standard zones have them (+03:25:44).
    let mut seconds = 0;
    if c.peek() == Some(b':') {
        c.pos += 1;
        seconds = c.digits(2, 2, "two-digit offset seconds")?.0;
    }
    if hours > 23 || minutes > 59 || seconds > 59 {
        return Err(Error::new(Detail::Syntax {
            expected: "an offset within ±23:59",
            at: start,
            found: c.text.get(start..).and_then(|r| r.chars().next()),
        }));
    }
    Ok(sign * (hours * 3600 + minutes * 60 + seconds) as i32)
}

/// Reads `1400-08-26T02:39:00+03:30`, the offset optional, then optionally a zone name
/// in brackets (`[Asia/Tehran]`, as RFC 9557 writes it).
#[cfg(feature = "chrono")]
pub(crate) fn parse_zoned(
    text: &str,
) -> Result<(JalaliDateTime, Option<i32>, Option<&str>), Error> {
    let mut c = Cursor::new(text, false);
    let local = date_time(&mut c)?;
    let offset = match c.peek() {
        Some(b'[') | None => None,
        _ => Some(offset(&mut c)?),
    };
    let zone = if c.peek() == Some(b'[') {
        let start = c.pos + 1;
        let Some(len) = text[start..].find(']') else {
            return Err(c.error("a zone name closed by ']'"));
        };
        c.pos = start + len + 1;
        Some(&text[start..start + len])
    } else {
        None
    };
    c.end()?;
    Ok((local, offset, zone))
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn reads_fields_in_no_calendar() {
        let t = |h, m, s| Time::from_hms(h, m, s).unwrap();
        let read = |text| read_fields(text).map(|f| ((f.year, f.month, f.day), f.time, f.seconds));
        assert_eq!(read("2021-11-17"), Ok(((2021, 11, 17), None, false)));
        assert_eq!(
            read("2021-11-17T02:39"),
            Ok(((2021, 11, 17), Some(t(2, 39, 0)), false))
        );
        assert_eq!(
            read("2021-11-17 02:39:05"),
            Ok(((2021, 11, 17), Some(t(2, 39, 5)), true))
        );
        assert_eq!(read("-0001-01-01"), Ok(((-1, 1, 1), None, false)));
        // No calendar checks the numbers.
        assert_eq!(read("1403-12-30"), Ok(((1403, 12, 30), None, false)));
        for bad in [
            "",
            "2021-11",
            "2021-11-17T",
            "2021-11-17T2:39",
            "2021/11/17",
            "2021-11-17T02:39:05:01",
            "\u{6f2}\u{6f0}\u{6f2}\u{6f1}-\u{6f1}\u{6f1}-\u{6f1}\u{6f7}",
        ] {
            assert!(read_fields(bad).is_err(), "{bad}");
        }
        assert_eq!(
            read_fields("2021-11-17T24:00").unwrap_err().to_string(),
            "hour 24 is out of range: hours are 0..=23"
        );
    }

    #[test]
    fn writes_every_part_at_every_width() {
        let mut buffer = IsoBuffer::new();
        for (year, text) in [
            (0, "0000"),
            (7, "0007"),
            (9_999, "9999"),
            (10_000, "10000"),
            (-1, "-0001"),
            (i32::MIN, "-2147483648"),
        ] {
            buffer.clear().push_date(year, 1, 2);
            assert_eq!(buffer.as_str(), std::format!("{text}-01-02"));
        }
        let t = Time::from_hms_nano(23, 5, 0, 0).unwrap();
        assert_eq!(buffer.clear().push_clock(t, false).as_str(), "23:05");
        assert_eq!(buffer.clear().push_clock(t, true).as_str(), "23:05:00");
        for (nano, text) in [(1, "000000001"), (1_000, "000001"), (120_000_000, "120")] {
            let t = Time::from_hms_nano(0, 0, 0, nano).unwrap();
            assert_eq!(
                buffer.clear().push_clock(t, false).as_str(),
                std::format!("00:00:00.{text}")
            );
        }
        for (offset, text) in [
            (0, "+00:00"),
            (12_600, "+03:30"),
            (-12_344, "-03:25:44"),
            (-86_399, "-23:59:59"),
        ] {
            assert_eq!(buffer.clear().push_offset(offset).as_str(), text);
        }
        // The longest value fits.
        let longest = Time::from_hms_nano(23, 59, 59, 123_456_789).unwrap();
        buffer
            .clear()
            .push_date(i32::MIN, 12, 31)
            .push_time(longest, true)
            .push_offset(-86_399);
        assert_eq!(
            buffer.as_str(),
            "-2147483648-12-31T23:59:59.123456789-23:59:59"
        );
    }

    #[test]
    fn writes_and_reads_dates() {
        for (text, ymd) in [
            ("1400-08-26", (1400, 8, 26)),
            ("0001-01-01", (1, 1, 1)),
            ("0000-12-29", (0, 12, 29)),
            ("-0001-01-01", (-1, 1, 1)),
            ("-999999-01-01", (-999_999, 1, 1)),
            ("12345-06-07", (12_345, 6, 7)),
        ] {
            let date = JalaliDate::new(ymd.0, ymd.1, ymd.2).unwrap();
            assert_eq!(date.to_string(), text);
            assert_eq!(parse_date(text).unwrap(), date);
        }
    }

    #[test]
    fn rejects_other_forms_with_a_position() {
        for (text, message) in [
            (
                "1400-8-26",
                "expected a two-digit month at byte 5, found '8'",
            ),
            (
                "140-08-26",
                "expected a year of 4 or more digits at byte 0, found '1'",
            ),
            (
                "1400/08/26",
                "expected '-' after the year at byte 4, found '/'",
            ),
            ("1400-08-26 ", "unexpected text after the date at byte 10"),
            (
                "",
                "expected a year of 4 or more digits at byte 0, found the end of the text",
            ),
            (
                "12345678-01-01",
                "expected '-' after a year of at most 7 digits at byte 7, found '8'",
            ),
            (
                "1400-12-30",
                "day 30 of Esfand does not exist in 1400: not a leap year",
            ),
            ("1400-13-01", "month 13 does not exist: months are 1..=12"),
            (
                "1000000-01-01",
                "Jalali year 1000000 is out of range: supported years are -999999..=999999",
            ),
            (
                "۱۴۰۰-08-26",
                "expected a year of 4 or more digits at byte 0, found '۱'",
            ),
        ] {
            assert_eq!(
                parse_date(text).unwrap_err().to_string(),
                message,
                "{text:?}"
            );
        }
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn a_bad_offset_is_reported_at_its_sign_however_written() {
        let local = "1400-08-26T02:39:00";
        for offset in [
            "+2430",
            "+24:30",
            "+24:30:00",
            "-2430",
            "-24:30",
            "+0360",
            "+03:60",
            "+03:30:60",
            "-03:30:99",
        ] {
            let text = std::format!("{local}{offset}");
            let e = parse_zoned(&text).unwrap_err();
            let sign = offset.chars().next().unwrap();
            assert_eq!(
                e.to_string(),
                std::format!("expected an offset within ±23:59 at byte 19, found '{sign}'"),
                "{text}"
            );
        }
        for offset in ["+0330", "+03:30", "+03:30:00", "Z", "-23:59:59"] {
            assert!(
                parse_zoned(&std::format!("{local}{offset}")).is_ok(),
                "{offset}"
            );
        }
    }

    #[test]
    fn writes_and_reads_times() {
        for (text, hmsn, back) in [
            ("02:39:00", (2, 39, 0, 0), "02:39:00"),
            ("02:39", (2, 39, 0, 0), "02:39:00"),
            ("23:59:59.5", (23, 59, 59, 500_000_000), "23:59:59.500"),
            ("00:00:00.000001", (0, 0, 0, 1_000), "00:00:00.000001"),
            (
                "00:00:00.123456789",
                (0, 0, 0, 123_456_789),
                "00:00:00.123456789",
            ),
        ] {
            let t = Time::from_hms_nano(hmsn.0, hmsn.1, hmsn.2, hmsn.3).unwrap();
            assert_eq!(parse_time(text).unwrap(), t, "{text}");
            assert_eq!(t.to_string(), back);
        }
        assert!(parse_time("24:00").is_err());
        assert!(parse_time("12:00:00.1234567890").is_err());
        assert!(parse_time("12:00:").is_err());
    }

    #[test]
    fn reads_date_times() {
        let dt = parse_date_time("1400-08-26T02:39:00").unwrap();
        assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
        assert_eq!(parse_date_time("1400-08-26 02:39").unwrap(), dt);
        assert!(parse_date_time("1400-08-26").is_err());
        assert!(parse_date_time("1400-08-26T").is_err());
    }
}
