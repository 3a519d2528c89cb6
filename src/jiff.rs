//! Conversions with jiff's civil (zone-less) types (feature `jiff`).
//!
//! Every `jiff::civil::Date` (years −9999..=9999) has a Jalali date; Jalali dates
//! outside jiff's range do not convert back.

use jiff::civil;

use crate::calendar::gregorian;
use crate::error::{Detail, Error};
use crate::{JalaliDate, JalaliDateTime, Time, Weekday};

impl From<civil::Date> for JalaliDate {
    /// ```
    /// let d = taqvim::JalaliDate::from(jiff::civil::date(2021, 11, 17));
    /// assert_eq!(d.to_string(), "1400-08-26");
    /// ```
    fn from(date: civil::Date) -> JalaliDate {
        // jiff's dates (years −9999..=9999) are valid Gregorian dates, and their day
        // numbers lie well inside the supported range: total through the day number,
        // as `every_jiff_date_converts` checks at both ends of jiff's range.
        let day = gregorian::to_day(date.year().into(), date.month() as u8, date.day() as u8);
        JalaliDate::from_epoch_day_in_range(day)
    }
}

impl TryFrom<JalaliDate> for civil::Date {
    type Error = Error;

    /// # Errors
    ///
    /// For dates outside jiff's years −9999..=9999.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let d = jiff::civil::Date::try_from(JalaliDate::new(1403, 12, 30)?)?;
    /// assert_eq!(d, jiff::civil::date(2025, 3, 20));
    /// assert!(jiff::civil::Date::try_from(JalaliDate::MAX).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn try_from(date: JalaliDate) -> Result<civil::Date, Error> {
        let (year, month, day) = date.to_gregorian();
        let overflow = || {
            Error::new(Detail::Overflow {
                what: "the date, as a jiff date,",
            })
        };
        let year = i16::try_from(year).map_err(|_| overflow())?;
        civil::Date::new(year, month as i8, day as i8).map_err(|_| overflow())
    }
}

impl From<civil::DateTime> for JalaliDateTime {
    /// ```
    /// let dt = taqvim::JalaliDateTime::from(jiff::civil::date(2021, 11, 17).at(2, 39, 0, 0));
    /// assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
    /// ```
    fn from(dt: civil::DateTime) -> JalaliDateTime {
        JalaliDateTime::new(JalaliDate::from(dt.date()), Time::from(dt.time()))
    }
}

impl TryFrom<JalaliDateTime> for civil::DateTime {
    type Error = Error;

    /// # Errors
    ///
    /// For dates outside jiff's years −9999..=9999.
    ///
    /// ```
    /// let dt: taqvim::JalaliDateTime = "1400-08-26T02:39:00.25".parse()?;
    /// let j = jiff::civil::DateTime::try_from(dt)?;
    /// assert_eq!(j, jiff::civil::date(2021, 11, 17).at(2, 39, 0, 250_000_000));
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn try_from(dt: JalaliDateTime) -> Result<civil::DateTime, Error> {
        let date = civil::Date::try_from(dt.date())?;
        let time = civil::Time::from(dt.time());
        Ok(civil::DateTime::from_parts(date, time))
    }
}

impl From<civil::Time> for Time {
    /// ```
    /// let t = taqvim::Time::from(jiff::civil::time(2, 39, 5, 250));
    /// assert_eq!(t.to_string(), "02:39:05.000000250");
    /// ```
    fn from(t: civil::Time) -> Time {
        // jiff's fields lie inside the same ranges (jiff has no leap second).
        Time::from_fields_in_range(
            t.hour() as u8,
            t.minute() as u8,
            t.second() as u8,
            t.subsec_nanosecond() as u32,
        )
    }
}

impl From<Time> for civil::Time {
    /// ```
    /// let t = taqvim::Time::from_hms(2, 39, 5)?;
    /// assert_eq!(jiff::civil::Time::from(t), jiff::civil::time(2, 39, 5, 0));
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from(t: Time) -> civil::Time {
        // `Time`'s fields lie inside jiff's ranges, so `constant` cannot fail.
        civil::Time::constant(
            t.hour() as i8,
            t.minute() as i8,
            t.second() as i8,
            t.nanosecond() as i32,
        )
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn every_jiff_date_converts() {
        let mut date = civil::Date::MIN;
        let mut count = 0;
        loop {
            let jalali = JalaliDate::from(date);
            assert_eq!(civil::Date::try_from(jalali), Ok(date));
            let (y, m, d) = jalali.to_gregorian();
            assert_eq!(
                (y, m, d),
                (date.year().into(), date.month() as u8, date.day() as u8)
            );
            count += 1;
            match date.checked_add(jiff::Span::new().days(97)) {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
        assert!(count > 70_000);
        assert_eq!(
            JalaliDate::from(civil::Date::MAX).to_gregorian(),
            (9999, 12, 31)
        );
        assert_eq!(
            civil::Date::try_from(JalaliDate::from(civil::Date::MAX)),
            Ok(civil::Date::MAX)
        );
    }

    #[test]
    fn every_time_converts_both_ways() {
        for (h, m, s, n) in [(0, 0, 0, 0), (23, 59, 59, 999_999_999), (12, 30, 1, 7)] {
            let j = civil::time(h, m, s, n);
            let t = Time::from(j);
            assert_eq!(
                (t.hour(), t.minute(), t.second(), t.nanosecond()),
                (h as u8, m as u8, s as u8, n as u32)
            );
            assert_eq!(civil::Time::from(t), j);
        }
    }

    #[test]
    fn date_times_keep_the_nanosecond() {
        let j = civil::date(2025, 3, 20).at(23, 59, 59, 999_999_999);
        let dt = JalaliDateTime::from(j);
        assert_eq!(dt.to_string(), "1403-12-30T23:59:59.999999999");
        assert_eq!(civil::DateTime::try_from(dt), Ok(j));
    }
}

impl From<civil::Weekday> for Weekday {
    /// ```
    /// assert_eq!(taqvim::Weekday::from(jiff::civil::Weekday::Saturday), taqvim::Weekday::Saturday);
    /// ```
    fn from(day: civil::Weekday) -> Weekday {
        // jiff counts from Sunday (0); the Persian week from Saturday.
        Weekday::from_days_since_saturday((day.to_sunday_zero_offset() as u8 + 1) % 7)
    }
}

impl From<Weekday> for civil::Weekday {
    /// ```
    /// assert_eq!(jiff::civil::Weekday::from(taqvim::Weekday::Friday), jiff::civil::Weekday::Friday);
    /// ```
    fn from(day: Weekday) -> civil::Weekday {
        let sunday_zero = (day.days_since_saturday() + 6) % 7;
        // 0..=6 is every weekday of jiff's.
        civil::Weekday::from_sunday_zero_offset(sunday_zero as i8).unwrap_or(civil::Weekday::Sunday)
    }
}

/// Instants: jiff's `Timestamp` and `Zoned` against [`Zoned`](crate::Zoned) at a fixed
/// offset (with the `chrono` feature, which `Zoned` is built on).
#[cfg(feature = "chrono")]
mod instants {
    use chrono::{FixedOffset, TimeZone};

    use super::*;
    use crate::Zoned;

    /// The UTC offset of `seconds` east as chrono's.
    fn fixed(seconds: i32) -> Result<FixedOffset, Error> {
        FixedOffset::east_opt(seconds).ok_or(Error::new(Detail::Overflow {
            what: "the UTC offset, as a chrono offset,",
        }))
    }

    impl TryFrom<jiff::Timestamp> for Zoned<FixedOffset> {
        type Error = Error;

        /// The instant in UTC.
        ///
        /// # Errors
        ///
        /// Never for jiff's range, which lies inside the crate's; kept for symmetry.
        ///
        /// ```
        /// let t: jiff::Timestamp = "2021-11-16T23:09:00Z".parse().unwrap();
        /// let z = taqvim::Zoned::try_from(t)?;
        /// assert_eq!(z.to_string(), "1400-08-25T23:09:00+00:00");
        /// # Ok::<(), taqvim::Error>(())
        /// ```
        fn try_from(t: jiff::Timestamp) -> Result<Zoned<FixedOffset>, Error> {
            let utc = fixed(0)?;
            let local =
                JalaliDateTime::from(t.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime());
            Zoned::from_local(local, &utc)
        }
    }

    impl<Tz: TimeZone> TryFrom<Zoned<Tz>> for jiff::Timestamp {
        type Error = Error;

        /// The same instant.
        ///
        /// # Errors
        ///
        /// For instants outside jiff's years −9999..=9999.
        ///
        /// ```
        /// let z: taqvim::Zoned<chrono::FixedOffset> = "1400-08-26T02:39:00+03:30".parse()?;
        /// let t = jiff::Timestamp::try_from(z)?;
        /// assert_eq!(t.to_string(), "2021-11-16T23:09:00Z");
        /// # Ok::<(), taqvim::Error>(())
        /// ```
        fn try_from(z: Zoned<Tz>) -> Result<jiff::Timestamp, Error> {
            let utc = z.to_utc();
            jiff::Timestamp::new(utc.timestamp(), utc.timestamp_subsec_nanos() as i32).map_err(
                |_| {
                    Error::new(Detail::Overflow {
                        what: "the instant, as a jiff timestamp,",
                    })
                },
            )
        }
    }

    impl TryFrom<&jiff::ZonedDateTime> for Zoned<FixedOffset> {
        type Error = Error;

        /// The same wall-clock time and offset (jiff's zone is kept as its offset at
        /// that instant).
        ///
        /// # Errors
        ///
        /// Never for jiff's values; kept for symmetry.
        ///
        /// ```
        /// use jiff::tz::{Offset, TimeZone};
        ///
        /// let tehran = TimeZone::fixed(Offset::from_seconds(12_600).unwrap());
        /// let j = jiff::civil::date(2021, 11, 17).at(2, 39, 0, 0).to_zoned_datetime(tehran).unwrap();
        /// let z = taqvim::Zoned::try_from(&j)?;
        /// assert_eq!(z.to_string(), "1400-08-26T02:39:00+03:30");
        /// # Ok::<(), taqvim::Error>(())
        /// ```
        fn try_from(z: &jiff::ZonedDateTime) -> Result<Zoned<FixedOffset>, Error> {
            let offset = fixed(z.offset().seconds())?;
            Zoned::from_local(JalaliDateTime::from(z.datetime()), &offset)
        }
    }

    impl<Tz: TimeZone> TryFrom<Zoned<Tz>> for jiff::ZonedDateTime {
        type Error = Error;

        /// The same instant at the same UTC offset (a fixed-offset jiff zone: chrono's
        /// zones do not carry over).
        ///
        /// # Errors
        ///
        /// For instants outside jiff's years −9999..=9999.
        ///
        /// ```
        /// let z: taqvim::Zoned<chrono::FixedOffset> = "1400-08-26T02:39:00+03:30".parse()?;
        /// let j = jiff::ZonedDateTime::try_from(z)?;
        /// assert_eq!(j.datetime(), jiff::civil::date(2021, 11, 17).at(2, 39, 0, 0));
        /// assert_eq!(j.offset().seconds(), 12_600);
        /// # Ok::<(), taqvim::Error>(())
        /// ```
        fn try_from(z: Zoned<Tz>) -> Result<jiff::ZonedDateTime, Error> {
            let seconds = z.offset_seconds();
            let timestamp = jiff::Timestamp::try_from(z)?;
            let offset = jiff::tz::Offset::from_seconds(seconds).map_err(|_| {
                Error::new(Detail::Overflow {
                    what: "the UTC offset, as a jiff offset,",
                })
            })?;
            Ok(timestamp.to_zoned_datetime(jiff::tz::TimeZone::fixed(offset)))
        }
    }
}
