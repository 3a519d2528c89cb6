//! Conversions with chrono (feature `chrono`, on by default).
//!
//! Every `chrono::NaiveDate` has a Jalali date, so that direction is `From`; Jalali
//! dates run further than chrono's years (±262 142), so the way back is `TryFrom`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::error::{Detail, Error};
use crate::{JalaliDate, JalaliDateTime, Time, Weekday};

impl From<NaiveDate> for JalaliDate {
    /// ```
    /// use chrono::NaiveDate;
    /// use taqvim::JalaliDate;
    ///
    /// let g = NaiveDate::from_ymd_opt(2021, 11, 17).unwrap();
    /// assert_eq!(JalaliDate::from(g), JalaliDate::new(1400, 8, 26).unwrap());
    /// ```
    #[inline]
    fn from(date: NaiveDate) -> JalaliDate {
        // chrono's years (±262 142) lie well inside the supported range, as
        // `every_chrono_date_converts` checks at both ends of chrono's range.
        JalaliDate::from_epoch_day_in_range(date.to_epoch_days())
    }
}

impl TryFrom<JalaliDate> for NaiveDate {
    type Error = Error;

    /// ```
    /// use chrono::NaiveDate;
    /// use taqvim::JalaliDate;
    ///
    /// let g = NaiveDate::try_from(JalaliDate::new(1404, 1, 1)?)?;
    /// assert_eq!(g, NaiveDate::from_ymd_opt(2025, 3, 21).unwrap());
    /// assert!(NaiveDate::try_from(JalaliDate::MAX).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    fn try_from(date: JalaliDate) -> Result<NaiveDate, Error> {
        NaiveDate::from_epoch_days(date.to_epoch_day()).ok_or(Error::new(Detail::Overflow {
            what: "converting to chrono::NaiveDate",
        }))
    }
}

impl From<NaiveTime> for Time {
    /// chrono's leap second (a nanosecond count of 1 000 000 000 or more) becomes the
    /// last nanosecond of its second.
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use taqvim::Time;
    ///
    /// let t = Time::from(NaiveTime::from_hms_opt(2, 39, 0).unwrap());
    /// assert_eq!(t, Time::from_hms(2, 39, 0).unwrap());
    /// ```
    fn from(time: NaiveTime) -> Time {
        let nano = time.nanosecond().min(999_999_999);
        Time::from_fields_in_range(
            time.hour() as u8,
            time.minute() as u8,
            time.second() as u8,
            nano,
        )
    }
}

impl From<Time> for NaiveTime {
    /// ```
    /// use chrono::NaiveTime;
    /// use taqvim::Time;
    ///
    /// let t = NaiveTime::from(Time::from_hms(2, 39, 0).unwrap());
    /// assert_eq!(t, NaiveTime::from_hms_opt(2, 39, 0).unwrap());
    /// ```
    fn from(time: Time) -> NaiveTime {
        // Total through the seconds of the day: `Time`'s fields are always inside
        // chrono's ranges, so neither `checked` can fail; `every_time_converts` walks
        // every second of the day and the last nanosecond.
        let seconds = u32::from(time.hour()) * 3600
            + u32::from(time.minute()) * 60
            + u32::from(time.second());
        match NaiveTime::from_num_seconds_from_midnight_opt(seconds, time.nanosecond()) {
            Some(t) => t,
            None => unreachable!("a Time is always a valid chrono time"),
        }
    }
}

impl From<NaiveDateTime> for JalaliDateTime {
    /// ```
    /// use chrono::NaiveDate;
    /// use taqvim::JalaliDateTime;
    ///
    /// let g = NaiveDate::from_ymd_opt(2021, 11, 17).unwrap().and_hms_opt(2, 39, 0).unwrap();
    /// assert_eq!(JalaliDateTime::from(g).to_string(), "1400-08-26T02:39:00");
    /// ```
    fn from(dt: NaiveDateTime) -> JalaliDateTime {
        JalaliDateTime::new(dt.date().into(), dt.time().into())
    }
}

impl TryFrom<JalaliDateTime> for NaiveDateTime {
    type Error = Error;

    /// ```
    /// use chrono::NaiveDateTime;
    /// use taqvim::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1400-08-26T02:39:00".parse()?;
    /// let g = NaiveDateTime::try_from(dt)?;
    /// assert_eq!(g.to_string(), "2021-11-17 02:39:00");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn try_from(dt: JalaliDateTime) -> Result<NaiveDateTime, Error> {
        Ok(NaiveDate::try_from(dt.date())?.and_time(dt.time().into()))
    }
}

impl From<Weekday> for chrono::Weekday {
    /// ```
    /// assert_eq!(chrono::Weekday::from(taqvim::Weekday::Saturday), chrono::Weekday::Sat);
    /// ```
    fn from(day: Weekday) -> chrono::Weekday {
        match day {
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
        }
    }
}

impl From<chrono::Weekday> for Weekday {
    /// ```
    /// assert_eq!(taqvim::Weekday::from(chrono::Weekday::Fri), taqvim::Weekday::Friday);
    /// ```
    fn from(day: chrono::Weekday) -> Weekday {
        Weekday::from_days_since_saturday((day.num_days_from_monday() + 2) as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn every_chrono_date_converts() {
        for g in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::default()] {
            let j = JalaliDate::from(g);
            assert_eq!(NaiveDate::try_from(j).unwrap(), g);
            let (y, m, d) = j.to_gregorian();
            assert_eq!(
                (y, u32::from(m), u32::from(d)),
                (g.year(), g.month(), g.day())
            );
        }
    }

    #[test]
    fn every_time_converts() {
        for second in 0..86_400u32 {
            for nano in [0, 1, 999_999_999] {
                let (h, m, s) = (second / 3600, second / 60 % 60, second % 60);
                let t = Time::from_hms_nano(h as u8, m as u8, s as u8, nano).unwrap();
                let c = NaiveTime::from(t);
                assert_eq!(
                    (c.hour(), c.minute(), c.second(), c.nanosecond()),
                    (h, m, s, nano)
                );
                assert_eq!(Time::from(c), t);
            }
        }
    }

    #[test]
    fn weekdays_agree_with_chrono() {
        let mut g = NaiveDate::from_ymd_opt(2025, 3, 15).unwrap();
        for _ in 0..14 {
            let j = JalaliDate::from(g);
            assert_eq!(chrono::Weekday::from(j.weekday()), g.weekday());
            assert_eq!(Weekday::from(g.weekday()), j.weekday());
            g = g.succ_opt().unwrap();
        }
    }

    #[test]
    fn leap_second_is_clamped() {
        let t = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap();
        assert_eq!(Time::from(t).nanosecond(), 999_999_999);
    }
}
