//! The fixed ISO-like text forms behind `Display` and `FromStr`: `1400-08-26`,
//! `02:39:00`, `1400-08-26T02:39:00`. Human-written dates are another matter (a
//! separate, lenient parser); this module reads only what it writes, strictly.

use core::fmt;

use crate::error::{Detail, Error};
use crate::{JalaliDate, JalaliDateTime, Time};

/// Writes `YYYY-MM-DD`: at least four year digits, `-` before negative years.
pub(crate) fn write_date(f: &mut dyn fmt::Write, date: JalaliDate) -> fmt::Result {
    let year = date.year();
    if year < 0 {
        f.write_char('-')?;
    }
    write!(
        f,
        "{:04}-{:02}-{:02}",
        year.unsigned_abs(),
        date.month(),
        date.day()
    )
}

/// Writes `HH:MM:SS`, then `.fff`, `.ffffff` or `.fffffffff` when the fraction is not
/// zero (the shortest of the three that is exact).
pub(crate) fn write_time(f: &mut dyn fmt::Write, time: Time) -> fmt::Result {
    write!(
        f,
        "{:02}:{:02}:{:02}",
        time.hour(),
        time.minute(),
        time.second()
    )?;
    let nano = time.nanosecond();
    if nano == 0 {
        Ok(())
    } else if nano % 1_000_000 == 0 {
        write!(f, ".{:03}", nano / 1_000_000)
    } else if nano % 1_000 == 0 {
        write!(f, ".{:06}", nano / 1_000)
    } else {
        write!(f, ".{nano:09}")
    }
}

/// A cursor over the bytes of the text being read.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor { text, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
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

    /// Between `min` and `max` ASCII digits, as a number.
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
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    value = value * 10 + u64::from(b - b'0');
                    self.pos += 1;
                    count += 1;
                }
                _ => break,
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
    if matches!(c.peek(), Some(b'0'..=b'9')) {
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
    let mut c = Cursor::new(text);
    let (year, month, day) = year_month_day(&mut c)?;
    c.end()?;
    JalaliDate::from_gregorian(year, month, day)
}

/// Writes the Gregorian date of `date` as `YYYY-MM-DD`, like [`write_date`].
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn write_gregorian_date(f: &mut dyn fmt::Write, date: JalaliDate) -> fmt::Result {
    let (year, month, day) = date.to_gregorian();
    if year < 0 {
        f.write_char('-')?;
    }
    write!(f, "{:04}-{:02}-{:02}", year.unsigned_abs(), month, day)
}

fn time(c: &mut Cursor<'_>) -> Result<Time, Error> {
    let (hour, _) = c.digits(2, 2, "a two-digit hour")?;
    c.byte(b':', "':' after the hour")?;
    let (minute, _) = c.digits(2, 2, "two-digit minutes")?;
    let mut second = 0;
    let mut nano = 0;
    if c.peek() == Some(b':') {
        c.pos += 1;
        second = c.digits(2, 2, "two-digit seconds")?.0;
        if c.peek() == Some(b'.') {
            c.pos += 1;
            let (fraction, len) = c.digits(1, 9, "1 to 9 digits of a fraction of a second")?;
            nano = fraction * 10u64.pow(9 - len as u32);
            if matches!(c.peek(), Some(b'0'..=b'9')) {
                return Err(c.error("at most 9 digits of a fraction of a second"));
            }
        }
    }
    Time::from_hms_nano(hour as u8, minute as u8, second as u8, nano as u32)
}

pub(crate) fn parse_date(text: &str) -> Result<JalaliDate, Error> {
    let mut c = Cursor::new(text);
    let d = date(&mut c)?;
    c.end()?;
    Ok(d)
}

pub(crate) fn parse_time(text: &str) -> Result<Time, Error> {
    let mut c = Cursor::new(text);
    let t = time(&mut c)?;
    c.end()?;
    Ok(t)
}

/// `YYYY-MM-DDTHH:MM[:SS[.f]]`, a space allowed for the `T`.
fn date_time(c: &mut Cursor<'_>) -> Result<JalaliDateTime, Error> {
    let d = date(c)?;
    match c.peek() {
        Some(b'T' | b' ') => c.pos += 1,
        _ => return Err(c.error("'T' between the date and the time")),
    }
    Ok(JalaliDateTime::new(d, time(c)?))
}

pub(crate) fn parse_date_time(text: &str) -> Result<JalaliDateTime, Error> {
    let mut c = Cursor::new(text);
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
    let mut c = Cursor::new(text);
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
