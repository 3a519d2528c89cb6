//! [`Time`] of day and [`JalaliDateTime`].

use core::fmt;
use core::str::FromStr;

use crate::error::{Detail, Error};
use crate::{Days, JalaliDate, ShortMonth};

/// A time of day, to the nanosecond, with no time zone: 00:00:00 to
/// 23:59:59.999999999.
///
/// `Display` writes `HH:MM:SS`, with the fraction of a second when it is not zero
/// (3, 6 or 9 digits, as chrono does).
///
/// # Example
///
/// ```
/// use taqvim::Time;
///
/// let t = Time::from_hms(2, 39, 0)?;
/// assert_eq!(t.to_string(), "02:39:00");
/// assert_eq!(Time::from_hms_nano(2, 39, 0, 500_000_000)?.to_string(), "02:39:00.500");
/// assert!(Time::from_hms(24, 0, 0).is_err());
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
}

const fn check(field: &'static str, value: u32, max: u32) -> Result<(), Error> {
    if value > max {
        Err(Error::new(Detail::Time { field, value, max }))
    } else {
        Ok(())
    }
}

impl Time {
    /// 00:00:00.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::MIDNIGHT.to_string(), "00:00:00");
    /// ```
    pub const MIDNIGHT: Time = Time {
        hour: 0,
        minute: 0,
        second: 0,
        nanosecond: 0,
    };

    /// The time `hour`:`minute`:`second`.
    ///
    /// ```
    /// let err = taqvim::Time::from_hms(12, 60, 0).unwrap_err();
    /// assert_eq!(err.to_string(), "minute 60 is out of range: minutes are 0..=59");
    /// ```
    pub const fn from_hms(hour: u8, minute: u8, second: u8) -> Result<Time, Error> {
        Time::from_hms_nano(hour, minute, second, 0)
    }

    /// The time `hour`:`minute`:`second` plus `nanosecond` (0..=999 999 999).
    ///
    /// ```
    /// let t = taqvim::Time::from_hms_nano(23, 59, 59, 999_999_999)?;
    /// assert_eq!(t.nanosecond(), 999_999_999);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn from_hms_nano(
        hour: u8,
        minute: u8,
        second: u8,
        nanosecond: u32,
    ) -> Result<Time, Error> {
        if let Err(e) = check("hour", hour as u32, 23) {
            return Err(e);
        }
        if let Err(e) = check("minute", minute as u32, 59) {
            return Err(e);
        }
        if let Err(e) = check("second", second as u32, 59) {
            return Err(e);
        }
        if let Err(e) = check("nanosecond", nanosecond, 999_999_999) {
            return Err(e);
        }
        Ok(Time {
            hour,
            minute,
            second,
            nanosecond,
        })
    }

    /// A time from fields known to be in range.
    pub(crate) const fn from_fields_in_range(
        hour: u8,
        minute: u8,
        second: u8,
        nanosecond: u32,
    ) -> Time {
        Time {
            hour,
            minute,
            second,
            nanosecond,
        }
    }

    /// The hour, 0..=23.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::from_hms(14, 5, 0).unwrap().hour(), 14);
    /// ```
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0..=59.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::from_hms(14, 5, 0).unwrap().minute(), 5);
    /// ```
    pub const fn minute(self) -> u8 {
        self.minute
    }

    /// The second, 0..=59.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::from_hms(14, 5, 9).unwrap().second(), 9);
    /// ```
    pub const fn second(self) -> u8 {
        self.second
    }

    /// The fraction of the second in nanoseconds, 0..=999 999 999.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::from_hms(14, 5, 9).unwrap().nanosecond(), 0);
    /// ```
    pub const fn nanosecond(self) -> u32 {
        self.nanosecond
    }

    /// Seconds since midnight, 0..=86 399.
    ///
    /// ```
    /// assert_eq!(taqvim::Time::from_hms(1, 0, 1).unwrap().seconds_since_midnight(), 3_601);
    /// ```
    pub const fn seconds_since_midnight(self) -> u32 {
        self.hour as u32 * 3600 + self.minute as u32 * 60 + self.second as u32
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::iso::write_time(f, *self)
    }
}

impl fmt::Debug for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Time {
    type Err = Error;

    /// Reads `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fffffffff` (1 to 9 fraction digits).
    fn from_str(s: &str) -> Result<Time, Error> {
        crate::iso::parse_time(s)
    }
}

/// A Jalali date with a time of day, to the nanosecond, with no time zone.
///
/// `Display` and `FromStr` use `1400-08-26T02:39:00` (with a fraction of a second when
/// there is one).
///
/// # Example
///
/// ```
/// use taqvim::{JalaliDate, JalaliDateTime, Time};
///
/// let dt = JalaliDateTime::new(JalaliDate::new(1400, 8, 26)?, Time::from_hms(2, 39, 0)?);
/// assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
/// assert_eq!("1400-08-26T02:39:00".parse::<JalaliDateTime>()?, dt);
/// assert_eq!(dt.date().to_gregorian(), (2021, 11, 17));
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct JalaliDateTime {
    date: JalaliDate,
    time: Time,
}

impl JalaliDateTime {
    /// The earliest value: midnight at the start of [`JalaliDate::MIN`].
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDateTime::MIN.to_string(), "-999999-01-01T00:00:00");
    /// ```
    pub const MIN: JalaliDateTime = JalaliDateTime::new(JalaliDate::MIN, Time::MIDNIGHT);

    /// The latest value: the last nanosecond of [`JalaliDate::MAX`].
    ///
    /// ```
    /// assert_eq!(
    ///     taqvim::JalaliDateTime::MAX.to_string(),
    ///     "999999-12-29T23:59:59.999999999",
    /// );
    /// ```
    pub const MAX: JalaliDateTime = JalaliDateTime::new(
        JalaliDate::MAX,
        Time {
            hour: 23,
            minute: 59,
            second: 59,
            nanosecond: 999_999_999,
        },
    );

    /// The date-time of `date` at `time`.
    ///
    /// ```
    /// use taqvim::{JalaliDate, JalaliDateTime, Time};
    ///
    /// let dt = JalaliDateTime::new(JalaliDate::new(1404, 1, 1)?, Time::MIDNIGHT);
    /// assert_eq!(dt.time(), Time::MIDNIGHT);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn new(date: JalaliDate, time: Time) -> JalaliDateTime {
        JalaliDateTime { date, time }
    }

    /// The date.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-08-26T02:39:00".parse()?;
    /// assert_eq!(dt.date().day(), 26);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn date(self) -> JalaliDate {
        self.date
    }

    /// The time of day.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-08-26T02:39:00".parse()?;
    /// assert_eq!(dt.time().minute(), 39);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn time(self) -> Time {
        self.time
    }

    /// The same date-time in `year` (see [`JalaliDate::with_year`]).
    ///
    /// ```
    /// use taqvim::{JalaliDateTime, ShortMonth};
    ///
    /// let dt: JalaliDateTime = "1403-12-30T08:00:00".parse()?;
    /// assert_eq!(dt.with_year(1404, ShortMonth::Clamp)?.to_string(), "1404-12-29T08:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_year(self, year: i32, short: ShortMonth) -> Result<JalaliDateTime, Error> {
        match self.date.with_year(year, short) {
            Ok(date) => Ok(JalaliDateTime { date, ..self }),
            Err(e) => Err(e),
        }
    }

    /// The same date-time in `month` (see [`JalaliDate::with_month`]).
    ///
    /// ```
    /// use taqvim::{JalaliDateTime, ShortMonth};
    ///
    /// let dt: JalaliDateTime = "1400-06-31T08:00:00".parse()?;
    /// assert_eq!(dt.with_month(7, ShortMonth::Clamp)?.to_string(), "1400-07-30T08:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_month(self, month: u8, short: ShortMonth) -> Result<JalaliDateTime, Error> {
        match self.date.with_month(month, short) {
            Ok(date) => Ok(JalaliDateTime { date, ..self }),
            Err(e) => Err(e),
        }
    }

    /// The same date-time on `day` of its month.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-07-12T08:00:00".parse()?;
    /// assert_eq!(dt.with_day(1)?.to_string(), "1400-07-01T08:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_day(self, day: u8) -> Result<JalaliDateTime, Error> {
        match self.date.with_day(day) {
            Ok(date) => Ok(JalaliDateTime { date, ..self }),
            Err(e) => Err(e),
        }
    }

    /// The same date at `time`.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-07-12T08:00:00".parse()?;
    /// assert_eq!(dt.with_time(taqvim::Time::from_hms(12, 0, 0)?).to_string(), "1400-07-12T12:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_time(self, time: Time) -> JalaliDateTime {
        JalaliDateTime { time, ..self }
    }

    /// Seconds since 1970-01-01T00:00:00, counting this value as UTC (no zone is
    /// attached; the fraction of a second is left out).
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1348-10-11T00:01:00".parse()?;
    /// assert_eq!(dt.epoch_seconds(), 60);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn epoch_seconds(self) -> i64 {
        self.date.to_epoch_day() as i64 * 86_400 + self.time.seconds_since_midnight() as i64
    }

    /// The date-time `seconds` seconds after 1970-01-01T00:00:00 (negative: before).
    ///
    /// ```
    /// use taqvim::JalaliDateTime;
    ///
    /// let dt = JalaliDateTime::from_epoch_seconds(1_637_116_740)?;
    /// assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
    /// assert!(JalaliDateTime::from_epoch_seconds(i64::MIN).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn from_epoch_seconds(seconds: i64) -> Result<JalaliDateTime, Error> {
        let day = seconds.div_euclid(86_400);
        let secs = seconds.rem_euclid(86_400) as u32;
        if day < i32::MIN as i64 || day > i32::MAX as i64 {
            return Err(Error::new(Detail::Overflow {
                what: "the number of seconds",
            }));
        }
        let date = match JalaliDate::from_epoch_day(day as i32) {
            Ok(date) => date,
            Err(e) => return Err(e),
        };
        let time = Time::from_fields_in_range(
            (secs / 3600) as u8,
            (secs / 60 % 60) as u8,
            (secs % 60) as u8,
            0,
        );
        Ok(JalaliDateTime { date, time })
    }
}

impl fmt::Display for JalaliDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::iso::write_date_time(f, *self)
    }
}

impl fmt::Debug for JalaliDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for JalaliDateTime {
    type Err = Error;

    /// Reads `YYYY-MM-DDTHH:MM:SS` (seconds and a fraction of 1 to 9 digits optional;
    /// a space may stand for the `T`).
    fn from_str(s: &str) -> Result<JalaliDateTime, Error> {
        crate::iso::parse_date_time(s)
    }
}

impl core::ops::Add<Days> for JalaliDateTime {
    type Output = JalaliDateTime;

    /// The same time `days` later.
    ///
    /// # Panics
    ///
    /// When the date is out of range; see [`Days`].
    ///
    /// ```
    /// use taqvim::{Days, JalaliDateTime};
    ///
    /// let dt: JalaliDateTime = "1403-12-30T08:00:00".parse()?;
    /// assert_eq!((dt + Days::new(1)).to_string(), "1404-01-01T08:00:00");
    /// assert_eq!((dt - Days::new(30)).to_string(), "1403-11-30T08:00:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[track_caller]
    fn add(self, days: Days) -> JalaliDateTime {
        JalaliDateTime {
            date: self.date + days,
            ..self
        }
    }
}

impl core::ops::Sub<Days> for JalaliDateTime {
    type Output = JalaliDateTime;

    /// The same time `days` earlier.
    ///
    /// # Panics
    ///
    /// When the date is out of range; see [`Days`].
    #[track_caller]
    fn sub(self, days: Days) -> JalaliDateTime {
        JalaliDateTime {
            date: self.date - days,
            ..self
        }
    }
}
