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
    /// The end of a range, written after a `/` as an ISO 8601 interval.
    pub end: Option<(JalaliDate, Option<Time>)>,
}

impl Value {
    /// The end of a range as a value of its own, written as precisely as the start.
    fn end_value(&self) -> Option<Value> {
        let (date, time) = self.end?;
        Some(Value {
            date,
            time,
            end: None,
            instant: None,
            ..*self
        })
    }
}

/// One ISO value composed on the stack and written in one call: the output of a
/// line is a few short fields, and one write per field costs more than the digits.
struct Iso {
    bytes: [u8; 64],
    len: usize,
}

impl Iso {
    fn new() -> Iso {
        Iso {
            bytes: [0; 64],
            len: 0,
        }
    }

    /// Appends bytes; the longest value (an `i32` year, nanoseconds and an offset) is
    /// 42 bytes, so they always fit.
    #[inline(always)]
    fn push(&mut self, bytes: &[u8]) {
        if let Some(room) = self.bytes.get_mut(self.len..self.len + bytes.len()) {
            room.copy_from_slice(bytes);
            self.len += bytes.len();
        }
    }

    /// `sep` and a two-digit field.
    fn two(&mut self, sep: u8, n: u8) {
        let [tens, ones] = PAIRS[usize::from(n % 100)];
        self.push(&[sep, tens, ones]);
    }

    /// `n` with at least `width` digits.
    fn digits(&mut self, mut n: u32, width: usize) {
        let mut digits = [b'0'; 10];
        let mut start = digits.len();
        while n > 0 || digits.len() - start < width {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.push(&digits[start..]);
    }

    /// `y-m-d`: a year of at least four digits, `-` before years before 1.
    fn ymd(&mut self, (y, m, d): (i32, u8, u8)) {
        if y < 0 {
            self.push(b"-");
        }
        self.digits(y.unsigned_abs(), 4);
        self.two(b'-', m);
        self.two(b'-', d);
    }

    /// `THH:MM[:SS[.fff]]` and the offset, as the value was written.
    fn time_and_offset(&mut self, v: &Value) {
        if let Some(t) = v.time {
            self.two(b'T', t.hour());
            self.two(b':', t.minute());
            if v.seconds || t.second() != 0 || t.nanosecond() != 0 {
                self.two(b':', t.second());
                let nano = t.nanosecond();
                if nano != 0 {
                    self.push(b".");
                    if nano % 1_000_000 == 0 {
                        self.digits(nano / 1_000_000, 3);
                    } else if nano % 1_000 == 0 {
                        self.digits(nano / 1_000, 6);
                    } else {
                        self.digits(nano, 9);
                    }
                }
            }
        }
        if let Some(offset) = v.offset {
            let minutes = offset.unsigned_abs() / 60;
            match u8::try_from(minutes / 60) {
                Ok(hours) if hours < 100 => self.two(if offset < 0 { b'-' } else { b'+' }, hours),
                _ => {
                    self.push(if offset < 0 { b"-" } else { b"+" });
                    self.digits(minutes / 60, 2);
                }
            }
            self.two(b':', (minutes % 60) as u8);
        }
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.bytes[..self.len]);
    }
}

/// Writes `y-m-d`.
pub fn ymd(out: &mut Vec<u8>, date: (i32, u8, u8)) -> io::Result<()> {
    let mut iso = Iso::new();
    iso.ymd(date);
    iso.write(out);
    Ok(())
}

/// The two digits of every number below 100.
const PAIRS: [[u8; 2]; 100] = {
    let mut pairs = [[0; 2]; 100];
    let mut n = 0;
    while n < 100 {
        pairs[n] = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
        n += 1;
    }
    pairs
};

/// Writes `date` with the time and offset of `v`: the common values (a year of four
/// digits, whole seconds, no offset) at fixed places in one copy, the others through
/// [`Iso`].
fn date_and_time(out: &mut Vec<u8>, date: (i32, u8, u8), v: &Value) {
    let (year, month, day) = date;
    let whole_seconds = v.time.is_none_or(|t| t.nanosecond() == 0);
    let Ok(year @ 0..10_000) = u16::try_from(year) else {
        return general(out, date, v);
    };
    if v.offset.is_some() || !whole_seconds {
        return general(out, date, v);
    }
    let two = |n: u8| PAIRS[usize::from(n.min(99))];
    let (century, rest) = ((year / 100) as u8, (year % 100) as u8);
    let mut line = [0u8; 32];
    line[..2].copy_from_slice(&two(century));
    line[2..4].copy_from_slice(&two(rest));
    line[4] = b'-';
    line[5..7].copy_from_slice(&two(month));
    line[7] = b'-';
    line[8..10].copy_from_slice(&two(day));
    let mut len = 10;
    if let Some(t) = v.time {
        line[10] = b'T';
        line[11..13].copy_from_slice(&two(t.hour()));
        line[13] = b':';
        line[14..16].copy_from_slice(&two(t.minute()));
        len = 16;
        if v.seconds || t.second() != 0 {
            line[16] = b':';
            line[17..19].copy_from_slice(&two(t.second()));
            len = 19;
        }
    }
    // A copy of a constant size is a few moves where one of the exact size is a call
    // to `memcpy`.
    let kept = out.len() + len;
    out.extend_from_slice(&line);
    out.truncate(kept);
}

/// [`date_and_time`] for any value.
#[cold]
fn general(out: &mut Vec<u8>, date: (i32, u8, u8), v: &Value) {
    let mut iso = Iso::new();
    iso.ymd(date);
    iso.time_and_offset(v);
    iso.write(out);
}

/// Writes the Jalali side: the date under `rule`, the time and the offset.
pub fn jalali(out: &mut Vec<u8>, v: &Value, rule: LeapRule) -> io::Result<()> {
    let date = if rule == LeapRule::Astronomical {
        (v.date.year(), v.date.month(), v.date.day())
    } else {
        // Dates read under a rule came from it, so they go back into it.
        v.date
            .to_rule(rule)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?
    };
    date_and_time(out, date, v);
    if let Some(end) = v.end_value() {
        out.push(b'/');
        jalali(out, &end, rule)?;
    }
    Ok(())
}

/// Writes the Gregorian side: the same day, time and offset.
pub fn gregorian(out: &mut Vec<u8>, v: &Value) -> io::Result<()> {
    date_and_time(out, v.date.to_gregorian(), v);
    if let Some(end) = v.end_value() {
        out.push(b'/');
        gregorian(out, &end)?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(
        date: (i32, u8, u8),
        time: Option<Time>,
        seconds: bool,
        offset: Option<i32>,
    ) -> String {
        let value = Value {
            date: JalaliDate::new(1400, 8, 26).unwrap(),
            time,
            seconds,
            offset,
            instant: None,
            end: None,
        };
        let mut out = b"before ".to_vec();
        date_and_time(&mut out, date, &value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn iso_text_at_the_precision_written() {
        let t = |h, m, s| Some(Time::from_hms(h, m, s).unwrap());
        let nano = |n| Some(Time::from_hms_nano(2, 39, 5, n).unwrap());
        let d = (1400, 8, 26);
        assert_eq!(shown(d, None, false, None), "before 1400-08-26");
        assert_eq!(
            shown(d, t(2, 39, 0), false, None),
            "before 1400-08-26T02:39"
        );
        assert_eq!(
            shown(d, t(2, 39, 0), true, None),
            "before 1400-08-26T02:39:00"
        );
        assert_eq!(
            shown(d, t(23, 9, 5), false, None),
            "before 1400-08-26T23:09:05"
        );
        // The general path: fractions, offsets, years outside 0..=9999.
        assert_eq!(
            shown(d, nano(5_000_000), true, None),
            "before 1400-08-26T02:39:05.005"
        );
        assert_eq!(
            shown(d, nano(5_000), true, None),
            "before 1400-08-26T02:39:05.000005"
        );
        assert_eq!(
            shown(d, nano(5), true, None),
            "before 1400-08-26T02:39:05.000000005"
        );
        assert_eq!(
            shown(d, t(2, 39, 0), false, Some(12_600)),
            "before 1400-08-26T02:39+03:30"
        );
        assert_eq!(
            shown(d, None, false, Some(-16_200)),
            "before 1400-08-26-04:30"
        );
        assert_eq!(
            shown((12_345, 1, 2), None, false, None),
            "before 12345-01-02"
        );
        assert_eq!(shown((-7, 1, 2), None, false, None), "before -0007-01-02");
        assert_eq!(shown((7, 1, 2), None, false, None), "before 0007-01-02");
    }
}
