//! Jalali date-times attached to an instant: a fixed UTC offset or a time zone
//! (any `chrono::TimeZone`: `FixedOffset`, `Utc`, `Local` or, with the `tz` feature,
//! the IANA zones of `chrono-tz`).

use core::fmt;
use core::str::FromStr;

use chrono::{
    DateTime, FixedOffset, MappedLocalTime, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc,
};

use crate::error::{Detail, OffsetText};
use crate::format::{Formattable, Formatted, Formatter};
use crate::{Error, JalaliDate, JalaliDateTime, Time};

/// A Jalali date-time in a time zone: the local date and time, the zone, and the UTC
/// offset in force then; so also one instant.
///
/// Made from a local time with [`Zoned::from_local`], which reports a local time
/// that the zone passes twice or skips (Tehran's daylight-saving changes before 2023)
/// instead of guessing; from an instant with [`Zoned::from_utc`]; or from a
/// `chrono::DateTime`.
///
/// ```
/// use chrono::FixedOffset;
/// use taqvim::{JalaliDateTime, Zoned};
///
/// let tehran = FixedOffset::east_opt(12_600).unwrap();
/// let local: JalaliDateTime = "1400-08-26T02:39:00".parse()?;
/// let zoned = Zoned::from_local(local, &tehran)?;
/// assert_eq!(zoned.to_string(), "1400-08-26T02:39:00+03:30");
/// assert_eq!(zoned.to_utc().to_rfc3339(), "2021-11-16T23:09:00+00:00");
/// assert_eq!(zoned.timestamp(), 1_637_104_140);
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Zoned<Tz: TimeZone> {
    inner: DateTime<Tz>,
    local: JalaliDateTime,
}

impl<Tz: TimeZone> Copy for Zoned<Tz> where DateTime<Tz>: Copy {}

impl<Tz: TimeZone> PartialOrd for Zoned<Tz>
where
    Zoned<Tz>: Eq,
{
    fn partial_cmp(&self, other: &Zoned<Tz>) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<Tz: TimeZone> Ord for Zoned<Tz>
where
    Zoned<Tz>: Eq,
{
    /// Earlier instants first; at the same instant, the earlier wall-clock time (the
    /// offset further west) first, so that the order agrees with `==`, which tells
    /// offsets apart.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// use taqvim::Zoned;
    ///
    /// let tehran: Zoned<FixedOffset> = "1400-08-26T02:39:00+03:30".parse()?;
    /// let utc: Zoned<FixedOffset> = "1400-08-25T23:09:00+00:00".parse()?;
    /// let later: Zoned<FixedOffset> = "1400-08-26T00:00:00+00:00".parse()?;
    /// assert_ne!(tehran, utc);
    /// assert!(utc < tehran && tehran < later);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn cmp(&self, other: &Zoned<Tz>) -> core::cmp::Ordering {
        (self.inner.naive_utc(), self.local).cmp(&(other.inner.naive_utc(), other.local))
    }
}

/// The offset in force at `utc` in `tz`, in seconds east of UTC.
fn offset_at<Tz: TimeZone>(tz: &Tz, utc: NaiveDateTime) -> i32 {
    tz.offset_from_utc_datetime(&utc).fix().local_minus_utc()
}

/// The error for a local time that `tz` skips or passes twice: the offsets a day
/// either side, where no zone changes its clocks twice.
fn local_time_error<Tz: TimeZone>(
    tz: &Tz,
    local: JalaliDateTime,
    naive: NaiveDateTime,
    skipped: bool,
) -> Error {
    let day = TimeDelta::days(1);
    let before = naive
        .checked_sub_signed(day)
        .map_or(0, |t| offset_at(tz, t));
    let after = naive
        .checked_add_signed(day)
        .map_or(0, |t| offset_at(tz, t));
    Error::new(Detail::LocalTime {
        skipped,
        local,
        before,
        after,
    })
}

impl<Tz: TimeZone> Zoned<Tz> {
    /// The local date-time `local` in `tz`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::AmbiguousLocalTime`](crate::ErrorKind::AmbiguousLocalTime) when
    /// the zone's clocks pass `local` twice (use [`from_local_earlier`] or
    /// [`from_local_later`] to choose), [`ErrorKind::SkippedLocalTime`] when they skip
    /// it, and an overflow error outside chrono's range.
    ///
    /// [`from_local_earlier`]: Self::from_local_earlier
    /// [`from_local_later`]: Self::from_local_later
    /// [`ErrorKind::SkippedLocalTime`]: crate::ErrorKind::SkippedLocalTime
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// use taqvim::Zoned;
    ///
    /// let kabul = FixedOffset::east_opt(16_200).unwrap();
    /// let z = Zoned::from_local("1400-08-26T12:00:00".parse()?, &kabul)?;
    /// assert_eq!(z.offset_seconds(), 16_200);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn from_local(local: JalaliDateTime, tz: &Tz) -> Result<Zoned<Tz>, Error> {
        let naive = NaiveDateTime::try_from(local)?;
        match tz.from_local_datetime(&naive) {
            MappedLocalTime::Single(inner) => Ok(Zoned { inner, local }),
            MappedLocalTime::Ambiguous(..) => Err(local_time_error(tz, local, naive, false)),
            MappedLocalTime::None => Err(local_time_error(tz, local, naive, true)),
        }
    }

    /// As [`from_local`](Self::from_local), taking the earlier instant when the local
    /// time happens twice.
    ///
    /// # Errors
    ///
    /// For a skipped local time, and outside chrono's range.
    ///
    /// ```
    /// use chrono::Utc;
    /// use taqvim::Zoned;
    ///
    /// let z = Zoned::from_local_earlier("1400-08-26T12:00:00".parse()?, &Utc)?;
    /// assert_eq!(z.offset_seconds(), 0);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn from_local_earlier(local: JalaliDateTime, tz: &Tz) -> Result<Zoned<Tz>, Error> {
        Self::resolve(local, tz, true)
    }

    /// As [`from_local`](Self::from_local), taking the later instant when the local
    /// time happens twice.
    ///
    /// # Errors
    ///
    /// For a skipped local time, and outside chrono's range.
    ///
    /// ```
    /// use chrono::Utc;
    /// use taqvim::Zoned;
    ///
    /// let z = Zoned::from_local_later("1400-08-26T12:00:00".parse()?, &Utc)?;
    /// assert_eq!(z.local().to_string(), "1400-08-26T12:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn from_local_later(local: JalaliDateTime, tz: &Tz) -> Result<Zoned<Tz>, Error> {
        Self::resolve(local, tz, false)
    }

    fn resolve(local: JalaliDateTime, tz: &Tz, earlier: bool) -> Result<Zoned<Tz>, Error> {
        let naive = NaiveDateTime::try_from(local)?;
        match tz.from_local_datetime(&naive) {
            MappedLocalTime::Single(inner) => Ok(Zoned { inner, local }),
            MappedLocalTime::Ambiguous(first, second) => Ok(Zoned {
                inner: if earlier { first } else { second },
                local,
            }),
            MappedLocalTime::None => Err(local_time_error(tz, local, naive, true)),
        }
    }

    /// The instant `utc`, seen in `tz`.
    ///
    /// ```
    /// use chrono::{FixedOffset, TimeZone, Utc};
    /// use taqvim::Zoned;
    ///
    /// let utc = Utc.with_ymd_and_hms(2021, 11, 16, 23, 9, 0).unwrap();
    /// let z = Zoned::from_utc(utc, &FixedOffset::east_opt(12_600).unwrap());
    /// assert_eq!(z.to_string(), "1400-08-26T02:39:00+03:30");
    /// ```
    pub fn from_utc(utc: DateTime<Utc>, tz: &Tz) -> Zoned<Tz> {
        Zoned::from(utc.with_timezone(tz))
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z, seen in `tz`.
    ///
    /// # Errors
    ///
    /// Outside chrono's range of instants.
    ///
    /// ```
    /// use chrono::Utc;
    /// use taqvim::Zoned;
    ///
    /// assert_eq!(Zoned::from_timestamp(0, &Utc)?.to_string(), "1348-10-11T00:00:00+00:00");
    /// assert!(Zoned::from_timestamp(i64::MAX, &Utc).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn from_timestamp(seconds: i64, tz: &Tz) -> Result<Zoned<Tz>, Error> {
        match DateTime::from_timestamp(seconds, 0) {
            Some(utc) => Ok(Zoned::from_utc(utc, tz)),
            None => Err(Error::new(Detail::Overflow {
                what: "the timestamp",
            })),
        }
    }

    /// The local date and time.
    ///
    /// ```
    /// use chrono::Utc;
    /// let z = taqvim::Zoned::from_timestamp(0, &Utc)?;
    /// assert_eq!(z.local().to_string(), "1348-10-11T00:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn local(&self) -> JalaliDateTime {
        self.local
    }

    /// The local date.
    ///
    /// ```
    /// use chrono::Utc;
    /// let z = taqvim::Zoned::from_timestamp(0, &Utc)?;
    /// assert_eq!(z.date().to_string(), "1348-10-11");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn date(&self) -> JalaliDate {
        self.local.date()
    }

    /// The local time of day.
    ///
    /// ```
    /// use chrono::Utc;
    /// let z = taqvim::Zoned::from_timestamp(3_600, &Utc)?;
    /// assert_eq!(z.time().hour(), 1);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn time(&self) -> Time {
        self.local.time()
    }

    /// The UTC offset in force, in seconds east of UTC.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// let z = taqvim::Zoned::from_timestamp(0, &FixedOffset::west_opt(3_600).unwrap())?;
    /// assert_eq!(z.offset_seconds(), -3_600);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn offset_seconds(&self) -> i32 {
        self.inner.offset().fix().local_minus_utc()
    }

    /// The time zone.
    ///
    /// ```
    /// use chrono::Utc;
    /// assert_eq!(taqvim::Zoned::from_timestamp(0, &Utc)?.timezone(), Utc);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn timezone(&self) -> Tz {
        self.inner.timezone()
    }

    /// The same instant in UTC.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// let z = taqvim::Zoned::from_local(
    ///     "1400-08-26T02:39:00".parse()?,
    ///     &FixedOffset::east_opt(12_600).unwrap(),
    /// )?;
    /// assert_eq!(z.to_utc().to_string(), "2021-11-16 23:09:00 UTC");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.inner.to_utc()
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    ///
    /// ```
    /// use chrono::Utc;
    /// assert_eq!(taqvim::Zoned::from_timestamp(86_400, &Utc)?.timestamp(), 86_400);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn timestamp(&self) -> i64 {
        self.inner.timestamp()
    }

    /// The same instant in another zone.
    ///
    /// ```
    /// use chrono::{FixedOffset, Utc};
    /// let z = taqvim::Zoned::from_timestamp(0, &Utc)?;
    /// let tehran = z.with_timezone(&FixedOffset::east_opt(12_600).unwrap());
    /// assert_eq!(tehran.to_string(), "1348-10-11T03:30:00+03:30");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn with_timezone<Tz2: TimeZone>(&self, tz: &Tz2) -> Zoned<Tz2> {
        Zoned::from(self.inner.with_timezone(tz))
    }

    /// The chrono value.
    ///
    /// ```
    /// use chrono::Utc;
    /// let z = taqvim::Zoned::from_timestamp(0, &Utc)?;
    /// assert_eq!(z.as_chrono().timestamp(), 0);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn as_chrono(&self) -> &DateTime<Tz> {
        &self.inner
    }

    /// This value in a strftime-style format, with English names and Latin digits
    /// (change them on the result); see [`Formatter`].
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::Format`](crate::ErrorKind::Format) error for an unknown
    /// directive.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// use taqvim::{Locale, Zoned};
    ///
    /// let z = Zoned::from_local("1400-08-26T02:39:00".parse()?, &FixedOffset::east_opt(12_600).unwrap())?;
    /// let shown = z.format("%d %B %Y %H:%M %:z")?.with_locale(Locale::Iranian);
    /// assert_eq!(shown.to_string(), "۲۶ آبان ۱۴۰۰ ۰۲:۳۹ +۰۳:۳۰");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn format<'p>(&self, pattern: &'p str) -> Result<Formatted<'p, '_, Zoned<Tz>>, Error>
    where
        Tz::Offset: fmt::Display,
    {
        Formatter::new(pattern)?.format(self)
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for Zoned<Tz> {
    /// Every chrono date-time has a Jalali local date-time.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let z = taqvim::Zoned::from(Utc.with_ymd_and_hms(2025, 3, 20, 12, 0, 0).unwrap());
    /// assert_eq!(z.date().to_string(), "1403-12-30");
    /// ```
    fn from(inner: DateTime<Tz>) -> Zoned<Tz> {
        let local = JalaliDateTime::from(inner.naive_local());
        Zoned { inner, local }
    }
}

impl<Tz: TimeZone> From<Zoned<Tz>> for DateTime<Tz> {
    /// ```
    /// use chrono::{DateTime, Utc};
    /// let z = taqvim::Zoned::from_timestamp(0, &Utc)?;
    /// assert_eq!(DateTime::<Utc>::from(z).timestamp(), 0);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from(zoned: Zoned<Tz>) -> DateTime<Tz> {
        zoned.inner
    }
}

impl<Tz: TimeZone> fmt::Display for Zoned<Tz> {
    /// `1400-08-26T02:39:00+03:30`: the local date-time and the offset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.local, OffsetText(self.offset_seconds()))
    }
}

impl FromStr for Zoned<FixedOffset> {
    type Err = Error;

    /// Reads `1400-08-26T02:39:00+03:30` (or `Z`), the form `Display` writes.
    ///
    /// ```
    /// let z: taqvim::Zoned<chrono::FixedOffset> = "1400-08-26T02:39:00+03:30".parse()?;
    /// assert_eq!(z.offset_seconds(), 12_600);
    /// assert!("1400-08-26T02:39:00".parse::<taqvim::Zoned<chrono::FixedOffset>>().is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Zoned<FixedOffset>, Error> {
        let (local, offset, zone) = crate::iso::parse_zoned(s)?;
        let (Some(offset), None) = (offset, zone) else {
            return Err(Error::new(Detail::Syntax {
                expected: "a UTC offset (Z, +03:30) after the time",
                at: s.len(),
                found: None,
            }));
        };
        local.and_offset(offset)
    }
}

impl JalaliDateTime {
    /// This local date-time at the fixed UTC offset `seconds` east of UTC.
    ///
    /// # Errors
    ///
    /// For an offset outside ±24 hours, and outside chrono's range.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-08-26T02:39:00".parse()?;
    /// assert_eq!(dt.and_offset(12_600)?.to_string(), "1400-08-26T02:39:00+03:30");
    /// assert!(dt.and_offset(90_000).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn and_offset(self, seconds: i32) -> Result<Zoned<FixedOffset>, Error> {
        let Some(offset) = FixedOffset::east_opt(seconds) else {
            return Err(Error::new(Detail::Time {
                field: "offset second",
                value: seconds.unsigned_abs(),
                max: 86_399,
            }));
        };
        Zoned::from_local(self, &offset)
    }
}

impl<Tz: TimeZone> crate::format::sealed::Parts for Zoned<Tz>
where
    Tz::Offset: fmt::Display,
{
    fn date(&self) -> JalaliDate {
        self.local.date()
    }
    fn time(&self) -> Option<Time> {
        Some(self.local.time())
    }
    fn offset_seconds(&self) -> Option<i32> {
        Some(Zoned::offset_seconds(self))
    }
    fn write_zone(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{}", self.inner.offset())
    }
}

impl<Tz: TimeZone> Formattable for Zoned<Tz> where Tz::Offset: fmt::Display {}

/// The system clock (feature `clock`).
#[cfg(feature = "clock")]
mod clock {
    use chrono::{Local, TimeZone, Utc};

    use crate::{JalaliDate, JalaliDateTime, Zoned};

    impl JalaliDate {
        /// Today's date in the system's local time zone.
        ///
        /// ```
        /// let today = taqvim::JalaliDate::today();
        /// assert!(today.year() >= 1403);
        /// ```
        pub fn today() -> JalaliDate {
            JalaliDateTime::now().date()
        }
    }

    impl JalaliDateTime {
        /// The current wall-clock time in the system's local time zone.
        ///
        /// ```
        /// let now = taqvim::JalaliDateTime::now();
        /// assert_eq!(now.date(), taqvim::JalaliDate::today());
        /// ```
        pub fn now() -> JalaliDateTime {
            JalaliDateTime::from(Local::now().naive_local())
        }
    }

    impl<Tz: TimeZone> Zoned<Tz> {
        /// The current time in `tz`.
        ///
        /// ```
        /// # #[cfg(feature = "tz")] {
        /// let tehran = taqvim::Zoned::now(&chrono_tz::Asia::Tehran);
        /// assert_eq!(tehran.offset_seconds(), 12_600); // no daylight saving since 2022
        /// # }
        /// ```
        pub fn now(tz: &Tz) -> Zoned<Tz> {
            Zoned::from_utc(Utc::now(), tz)
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn fixed_offsets_round_trip_through_text() {
        for text in [
            "1400-08-26T02:39:00+03:30",
            "1400-08-26T02:39:00.5+04:30",
            "1348-10-11T00:00:00+00:00",
            "-0001-01-01T00:00:00-05:00",
            "1254-09-04T03:38:31+03:25:44",
        ] {
            let z: Zoned<FixedOffset> = text.parse().unwrap();
            assert_eq!(z.to_string(), text.replace(".5", ".500"));
        }
        let z: Zoned<FixedOffset> = "1400-08-26T02:39:00Z".parse().unwrap();
        assert_eq!(z.offset_seconds(), 0);
        for bad in [
            "1400-08-26T02:39:00+24:00",
            "1400-08-26T02:39:00+0330x",
            "1400-12-30T00:00:00Z",
        ] {
            assert!(bad.parse::<Zoned<FixedOffset>>().is_err(), "{bad}");
        }
    }

    #[test]
    fn formats_offsets_and_zones() {
        let z: Zoned<FixedOffset> = "1400-08-26T02:39:00-03:30".parse().unwrap();
        let shown = z.format("%z %:z %Z").unwrap().to_string();
        assert_eq!(shown, "-0330 -03:30 -03:30");
    }
}
