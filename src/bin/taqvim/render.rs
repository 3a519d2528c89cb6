//! The output forms: ISO text at the precision the input was written, and JSON
//! strings.

use std::io::{self, Write};

use taqvim::iso::IsoBuffer;
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

/// Writes `date` with the time and offset of `v`, as precisely as it was written,
/// composed on the stack by the crate's ISO writer and appended in one copy.
fn date_and_time(out: &mut Vec<u8>, (year, month, day): (i32, u8, u8), v: &Value) {
    let mut iso = IsoBuffer::new();
    iso.push_date(year, month, day);
    if let Some(time) = v.time {
        iso.push_time(time, v.seconds);
    }
    if let Some(offset) = v.offset {
        iso.push_offset(offset);
    }
    iso.append_to(out);
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
