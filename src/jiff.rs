//! Conversions with jiff's civil (zone-less) types (feature `jiff`).
//!
//! Every `jiff::civil::Date` (years −9999..=9999) has a Jalali date; Jalali dates
//! outside jiff's range do not convert back.

use jiff::civil;

use crate::calendar::gregorian;
use crate::error::{Detail, Error};
use crate::{JalaliDate, JalaliDateTime, Time};

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
