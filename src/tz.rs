//! IANA time zones for [`Zoned`] (feature `tz`), from chrono-tz's copy of the tz
//! database: `Asia/Tehran` with its daylight saving until 2022 and none since,
//! `Asia/Kabul` at +04:30, and every other zone.
//!
//! ```
//! use chrono_tz::Asia::Tehran;
//! use taqvim::{ErrorKind, Zoned};
//!
//! // Summer 1401 still had daylight saving; summer 1402 did not.
//! let z = Zoned::from_local("1401-04-01T12:00:00".parse()?, &Tehran)?;
//! assert_eq!(z.to_string(), "1401-04-01T12:00:00+04:30");
//! let z = Zoned::from_local("1402-04-01T12:00:00".parse()?, &Tehran)?;
//! assert_eq!(z.to_string(), "1402-04-01T12:00:00+03:30");
//!
//! // Clocks went forward at the start of 2 Farvardin 1401: 00:30 never happened.
//! let err = Zoned::from_local("1401-01-02T00:30:00".parse()?, &Tehran).unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::SkippedLocalTime);
//!
//! // The zone name travels with the value in RFC 9557's form.
//! let z: Zoned<chrono_tz::Tz> = "1400-08-26T02:39:00+03:30[Asia/Tehran]".parse()?;
//! assert_eq!(z.annotated().to_string(), "1400-08-26T02:39:00+03:30[Asia/Tehran]");
//! # Ok::<(), taqvim::Error>(())
//! ```

use core::fmt;
use core::str::FromStr;

use chrono::{NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

use crate::error::{Detail, Error};
use crate::{JalaliDateTime, Zoned};

impl Zoned<Tz> {
    /// The IANA name of the zone.
    ///
    /// ```
    /// let z = taqvim::Zoned::from_timestamp(0, &chrono_tz::Asia::Kabul)?;
    /// assert_eq!(z.zone_name(), "Asia/Kabul");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn zone_name(&self) -> &'static str {
        self.timezone().name()
    }

    /// Displays as `1400-08-26T02:39:00+03:30[Asia/Tehran]` (RFC 9557): the offset
    /// and the zone, which `FromStr` reads back to the same instant and zone.
    ///
    /// ```
    /// let z = taqvim::Zoned::from_timestamp(0, &chrono_tz::Asia::Kabul)?;
    /// assert_eq!(z.annotated().to_string(), "1348-10-11T04:30:00+04:30[Asia/Kabul]");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn annotated(&self) -> Annotated<'_> {
        Annotated(self)
    }
}

/// A [`Zoned`] value shown with its zone's name; from [`Zoned::annotated`].
#[derive(Clone, Copy, Debug)]
pub struct Annotated<'a>(&'a Zoned<Tz>);

impl fmt::Display for Annotated<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.0.zone_name())
    }
}

impl FromStr for Zoned<Tz> {
    type Err = Error;

    /// Reads `1400-08-26T02:39:00+03:30[Asia/Tehran]`. The offset may be left out
    /// when the local time happens once in the zone; when written, it must be one the
    /// zone has at that local time, and it chooses between the two instants of a
    /// local time that happens twice.
    ///
    /// ```
    /// use taqvim::Zoned;
    ///
    /// let z: Zoned<chrono_tz::Tz> = "1400-08-26T02:39:00[Asia/Tehran]".parse()?;
    /// assert_eq!(z.offset_seconds(), 12_600);
    /// let wrong = "1400-08-26T02:39:00+04:30[Asia/Tehran]".parse::<Zoned<chrono_tz::Tz>>();
    /// assert_eq!(
    ///     wrong.unwrap_err().to_string(),
    ///     "the offset +04:30 is not one Asia/Tehran has at 1400-08-26T02:39:00 (it has +03:30)"
    /// );
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Zoned<Tz>, Error> {
        let (local, offset, zone) = crate::iso::parse_zoned(s)?;
        let Some(name) = zone else {
            return Err(Error::new(Detail::Syntax {
                expected: "a zone name in brackets ([Asia/Tehran]) after the time",
                at: s.len(),
                found: None,
            }));
        };
        let Ok(tz) = name.parse::<Tz>() else {
            let at = s.len() - name.len() - 1;
            return Err(Error::new(Detail::Syntax {
                expected: "an IANA time zone name (Asia/Tehran)",
                at,
                found: name.chars().next(),
            }));
        };
        let Some(offset) = offset else {
            return Zoned::from_local(local, &tz);
        };
        with_offset(local, tz, offset)
    }
}

/// `local` in `tz` at the written `offset`, which must be one of the zone's there.
fn with_offset(local: JalaliDateTime, tz: Tz, offset: i32) -> Result<Zoned<Tz>, Error> {
    let naive = NaiveDateTime::try_from(local)?;
    let candidates = tz.from_local_datetime(&naive);
    let mut actual = None;
    for candidate in [candidates.earliest(), candidates.latest()]
        .into_iter()
        .flatten()
    {
        let seconds = candidate.offset().fix().local_minus_utc();
        if seconds == offset {
            return Ok(Zoned::from(candidate));
        }
        actual = Some(seconds);
    }
    match actual {
        Some(actual) => Err(Error::new(Detail::ZoneOffset {
            zone: tz.name(),
            local,
            written: offset,
            actual,
        })),
        // A skipped local time: the same error as without an offset.
        None => Zoned::from_local(local, &tz),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use chrono_tz::Asia::{Kabul, Tehran};

    use super::*;
    use crate::{ErrorKind, JalaliDate, Time};

    fn local(y: i32, m: u8, d: u8, h: u8, mi: u8) -> JalaliDateTime {
        JalaliDateTime::new(
            JalaliDate::new(y, m, d).unwrap(),
            Time::from_hms(h, mi, 0).unwrap(),
        )
    }

    #[test]
    fn tehran_follows_its_history() {
        // 1401 (2022), the last year with daylight saving: from the start of
        // 2 Farvardin to the end of 30 Shahrivar.
        let offset = |dt| Zoned::from_local(dt, &Tehran).unwrap().offset_seconds();
        assert_eq!(offset(local(1401, 1, 1, 12, 0)), 12_600);
        assert_eq!(offset(local(1401, 1, 2, 12, 0)), 16_200);
        assert_eq!(offset(local(1401, 6, 30, 12, 0)), 16_200);
        assert_eq!(offset(local(1401, 6, 31, 12, 0)), 12_600);
        // None since.
        for year in [1402, 1403, 1404] {
            assert_eq!(offset(local(year, 1, 2, 12, 0)), 12_600);
            assert_eq!(offset(local(year, 4, 1, 12, 0)), 12_600);
        }
        // In 1357 (1978) Tehran ran on +04:00, with +05:00 in summer.
        assert_eq!(offset(local(1357, 4, 1, 12, 0)), 18_000);
    }

    #[test]
    fn tehran_transitions_are_reported() {
        let skipped = Zoned::from_local(local(1401, 1, 2, 0, 30), &Tehran).unwrap_err();
        assert_eq!(skipped.kind(), ErrorKind::SkippedLocalTime);
        assert_eq!(
            skipped.to_string(),
            "1401-01-02T00:30:00 does not exist in the time zone: the clocks skip it, going forward from +03:30 to +04:30"
        );
        let twice = local(1401, 6, 30, 23, 30);
        let ambiguous = Zoned::from_local(twice, &Tehran).unwrap_err();
        assert_eq!(ambiguous.kind(), ErrorKind::AmbiguousLocalTime);
        assert_eq!(
            ambiguous.to_string(),
            "1401-06-30T23:30:00 happens twice in the time zone, at +04:30 and again at +03:30 (the clocks go back): choose the earlier or the later instant"
        );
        let earlier = Zoned::from_local_earlier(twice, &Tehran).unwrap();
        let later = Zoned::from_local_later(twice, &Tehran).unwrap();
        assert_eq!(later.timestamp() - earlier.timestamp(), 3_600);
        assert_eq!(earlier.offset_seconds(), 16_200);
        // Both read back from their annotated text.
        for z in [earlier, later] {
            let text = z.annotated().to_string();
            assert_eq!(text.parse::<Zoned<Tz>>().unwrap(), z, "{text}");
        }
        assert!(Zoned::from_local_earlier(local(1401, 1, 2, 0, 30), &Tehran).is_err());
        // After 1401 the same night passes once.
        assert!(Zoned::from_local(local(1402, 6, 31, 23, 30), &Tehran).is_ok());
    }

    #[test]
    fn kabul_and_utc_instants() {
        let z = Zoned::from_local(local(1400, 8, 26, 2, 39), &Kabul).unwrap();
        assert_eq!(z.offset_seconds(), 16_200);
        assert_eq!(z.to_utc().to_rfc3339(), "2021-11-16T22:09:00+00:00");
        let tehran = z.with_timezone(&Tehran);
        assert_eq!(tehran.to_string(), "1400-08-26T01:39:00+03:30");
        assert_eq!(tehran.format("%Z").unwrap().to_string(), "+0330");
        let back: chrono::DateTime<Tz> = tehran.into();
        assert_eq!(back.timestamp(), z.timestamp());
    }

    #[test]
    fn bad_zone_text_is_an_error() {
        for (text, message) in [
            (
                "1400-08-26T02:39:00+03:30",
                "expected a zone name in brackets ([Asia/Tehran]) after the time at byte 25, found the end of the text",
            ),
            (
                "1400-08-26T02:39:00[Asia/Tehrn]",
                "expected an IANA time zone name (Asia/Tehran) at byte 20, found 'A'",
            ),
            (
                "1400-08-26T02:39:00[Asia/Tehran",
                "expected a zone name closed by ']' at byte 19, found '['",
            ),
        ] {
            let err = text.parse::<Zoned<Tz>>().unwrap_err();
            assert_eq!(err.to_string(), message, "{text}");
        }
    }
}
