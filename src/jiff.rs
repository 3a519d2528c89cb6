//! Conversions with jiff's civil (zone-less) types (feature `jiff`).
//!
//! Every `jiff::civil::Date` (years −9999..=9999) has a Jalali date; Jalali dates
//! outside jiff's range do not convert back.

use jiff::civil;

use crate::error::{Detail, Error};
use crate::{JalaliDate, JalaliDateTime, Time};

impl From<civil::Date> for JalaliDate {
    /// ```
    /// let d = taqvim::JalaliDate::from(jiff::civil::date(2021, 11, 17));
    /// assert_eq!(d.to_string(), "1400-08-26");
    /// ```
    fn from(date: civil::Date) -> JalaliDate {
        let (year, month, day) = (date.year(), date.month(), date.day());
        // jiff's years, months and days are all valid Gregorian values well inside
        // the supported range, so the conversion cannot fail; stay total regardless.
        JalaliDate::from_gregorian(year.into(), month as u8, day as u8).unwrap_or(JalaliDate::MIN)
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
        let time = Time::from_hms_nano(
            dt.hour() as u8,
            dt.minute() as u8,
            dt.second() as u8,
            dt.subsec_nanosecond() as u32,
        )
        .unwrap_or(Time::MIDNIGHT);
        JalaliDateTime::new(JalaliDate::from(dt.date()), time)
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
        let t = dt.time();
        let time = civil::Time::new(
            t.hour() as i8,
            t.minute() as i8,
            t.second() as i8,
            t.nanosecond() as i32,
        )
        .map_err(|_| {
            Error::new(Detail::Overflow {
                what: "the time, as a jiff time,",
            })
        })?;
        Ok(civil::DateTime::from_parts(date, time))
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn every_jiff_date_round_trips() {
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
    fn date_times_keep_the_nanosecond() {
        let j = civil::date(2025, 3, 20).at(23, 59, 59, 999_999_999);
        let dt = JalaliDateTime::from(j);
        assert_eq!(dt.to_string(), "1403-12-30T23:59:59.999999999");
        assert_eq!(civil::DateTime::try_from(dt), Ok(j));
    }
}
