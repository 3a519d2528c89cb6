//! The output forms: ISO text at the precision the input was written, and JSON
//! strings.

use std::io::{self, Write};

use taqvim::{JalaliDate, LeapRule, Time};

/// A result to print: a day, maybe a time of day (with or without seconds), maybe a
/// UTC offset, and the UTC instant when a zone or an offset fixes one.
#[derive(Clone, Copy, Debug)]
pub struct Value {
    pub date: JalaliDate,
    pub time: Option<Time>,
    pub seconds: bool,
    pub offset: Option<i32>,
    /// Seconds since 1970-01-01T00:00:00Z.
    pub instant: Option<i64>,
}

/// Writes a year of at least four digits, `-` before years before 1.
fn year(out: &mut impl Write, year: i32) -> io::Result<()> {
    if year < 0 {
        out.write_all(b"-")?;
    }
    let y = year.unsigned_abs();
    if y < 10_000 {
        out.write_all(&[
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
        ])
    } else {
        write!(out, "{y}")
    }
}

/// Writes `-MM` style two-digit fields after `sep`.
fn two(out: &mut impl Write, sep: u8, n: u8) -> io::Result<()> {
    out.write_all(&[sep, b'0' + n / 10 % 10, b'0' + n % 10])
}

/// Writes `y-m-d`.
pub fn ymd(out: &mut impl Write, (y, m, d): (i32, u8, u8)) -> io::Result<()> {
    year(out, y)?;
    two(out, b'-', m)?;
    two(out, b'-', d)
}

/// Writes `THH:MM[:SS[.fff]]` and the offset, as the value was written.
fn time_and_offset(out: &mut impl Write, v: &Value) -> io::Result<()> {
    if let Some(t) = v.time {
        two(out, b'T', t.hour())?;
        two(out, b':', t.minute())?;
        if v.seconds || t.second() != 0 || t.nanosecond() != 0 {
            two(out, b':', t.second())?;
            let nano = t.nanosecond();
            if nano != 0 {
                if nano % 1_000_000 == 0 {
                    write!(out, ".{:03}", nano / 1_000_000)?;
                } else if nano % 1_000 == 0 {
                    write!(out, ".{:06}", nano / 1_000)?;
                } else {
                    write!(out, ".{nano:09}")?;
                }
            }
        }
    }
    if let Some(offset) = v.offset {
        let sign = if offset < 0 { b'-' } else { b'+' };
        let minutes = offset.unsigned_abs() / 60;
        out.write_all(&[sign])?;
        out.write_all(&[
            b'0' + (minutes / 600) as u8,
            b'0' + (minutes / 60 % 10) as u8,
        ])?;
        two(out, b':', (minutes % 60) as u8)?;
    }
    Ok(())
}

/// Writes the Jalali side: the date under `rule`, the time and the offset.
pub fn jalali(out: &mut impl Write, v: &Value, rule: LeapRule) -> io::Result<()> {
    let date = if rule == LeapRule::Astronomical {
        (v.date.year(), v.date.month(), v.date.day())
    } else {
        // Dates read under a rule came from it, so they go back into it.
        v.date
            .to_rule(rule)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?
    };
    ymd(out, date)?;
    time_and_offset(out, v)
}

/// Writes the Gregorian side: the same day, time and offset.
pub fn gregorian(out: &mut impl Write, v: &Value) -> io::Result<()> {
    ymd(out, v.date.to_gregorian())?;
    time_and_offset(out, v)
}

/// Writes the UTC instant, `2021-11-16T23:09:00Z`.
pub fn instant(out: &mut impl Write, seconds: i64) -> io::Result<()> {
    match chrono::DateTime::from_timestamp(seconds, 0) {
        Some(utc) => write!(out, "{}", utc.format("%Y-%m-%dT%H:%M:%SZ")),
        None => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the instant is outside chrono's range",
        )),
    }
}

/// Writes `text` as a JSON string.
pub fn json_string(out: &mut impl Write, text: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *out, text).map_err(io::Error::other)
}

/// Writes `"key":"value"` with the value produced by `write` (already ISO text, which
/// needs no escaping).
pub fn json_field(
    out: &mut impl Write,
    key: &str,
    write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let mut value = Vec::with_capacity(40);
    write(&mut value)?;
    write!(out, ",\"{key}\":\"")?;
    out.write_all(&value)?;
    out.write_all(b"\"")
}
