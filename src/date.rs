//! [`JalaliDate`], its arithmetic and its iteration.

use core::fmt;
use core::iter::FusedIterator;
use core::str::FromStr;

use crate::calendar::{convert, gregorian, jalali};
use crate::error::{Detail, Error};
use crate::{LeapRule, Month, Weekday};

/// A day of the official Jalali (Solar Hijri) calendar.
///
/// Years run from −999 999 to 999 999 ([`JalaliDate::MIN`]..=[`JalaliDate::MAX`]),
/// which holds every date chrono can represent. Years 1..=3178 follow the official
/// astronomical calendar exactly; earlier and later years continue it with the 33-year
/// rule (see the [crate docs](crate#the-calendar)). Year 0 precedes year 1.
///
/// The value is small (`Copy`, 4 bytes), ordered chronologically, and hashable.
/// `Display` and `FromStr` use the ISO-like form `1400-08-26`.
///
/// # Example
///
/// ```
/// use taqvim::{JalaliDate, Weekday};
///
/// let date = JalaliDate::new(1400, 8, 26)?;
/// assert_eq!(date.to_gregorian(), (2021, 11, 17));
/// assert_eq!(date.weekday(), Weekday::Wednesday);
/// assert_eq!(date.to_string(), "1400-08-26");
/// assert_eq!("1400-08-26".parse::<JalaliDate>()?, date);
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDate {
    // `year << 9 | month << 5 | day`, as chrono packs `NaiveDate`: one integer, built
    // and moved in a register (fields written one by one and read back as a whole
    // stall the processor's store forwarding), and ordered chronologically by the
    // derived `Ord`, negative years included.
    packed: i32,
}

/// What month arithmetic does when the day does not exist in the target month: day
/// 31 moved into a 30-day month, or 30 Esfand moved into a common year.
///
/// # Example
///
/// ```
/// use taqvim::{JalaliDate, ShortMonth};
///
/// let date = JalaliDate::new(1400, 6, 31)?;
/// assert_eq!(date.checked_add_months(1, ShortMonth::Clamp)?, JalaliDate::new(1400, 7, 30)?);
/// assert!(date.checked_add_months(1, ShortMonth::Reject).is_err());
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShortMonth {
    /// Use the last day of the target month instead (31 Shahrivar + 1 month = 30 Mehr;
    /// 30 Esfand 1403 + 1 year = 29 Esfand 1404). This is what chrono's `Months` and
    /// jiff do.
    Clamp,
    /// Return an [`ErrorKind::InvalidDay`](crate::ErrorKind::InvalidDay) error.
    Reject,
}

#[inline]
const fn year_in_range(year: i64) -> Result<i32, Error> {
    if year < jalali::MIN_YEAR as i64 || year > jalali::MAX_YEAR as i64 {
        Err(Error::new(Detail::JalaliYear {
            year,
            min: jalali::MIN_YEAR,
            max: jalali::MAX_YEAR,
        }))
    } else {
        Ok(year as i32)
    }
}

impl JalaliDate {
    /// The date of fields known to be valid.
    #[inline(always)]
    pub(crate) const fn from_fields(year: i32, month: u8, day: u8) -> JalaliDate {
        JalaliDate {
            packed: year << 9 | (month as i32) << 5 | day as i32,
        }
    }

    /// The earliest supported date, 1 Farvardin −999999.
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::MIN.to_string(), "-999999-01-01");
    /// ```
    pub const MIN: JalaliDate = JalaliDate::from_fields(jalali::MIN_YEAR, 1, 1);

    /// The latest supported date, the last day of 999999.
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::MAX.to_string(), "999999-12-29");
    /// ```
    pub const MAX: JalaliDate = JalaliDate::from_fields(
        jalali::MAX_YEAR,
        12,
        jalali::days_in_month(jalali::MAX_YEAR, 12),
    );

    /// The date `year`-`month`-`day`, validated: `month` is 1..=12 and `day` exists in
    /// that month of that year.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?; // 1403 is a leap year
    /// assert_eq!(date.to_gregorian(), (2025, 3, 20));
    ///
    /// let err = JalaliDate::new(1400, 7, 31).unwrap_err();
    /// assert_eq!(err.to_string(), "day 31 of Mehr does not exist: Mehr has 30 days");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn new(year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        if let Some(date) = JalaliDate::checked(year, month, day) {
            return Ok(date);
        }
        // Which part is wrong, for the message.
        if let Err(e) = year_in_range(year as i64) {
            return Err(e);
        }
        match Month::from_number(month) {
            Ok(month) => Err(Error::new(Detail::JalaliDay { year, month, day })),
            Err(e) => Err(e),
        }
    }

    /// [`JalaliDate::new`] without the error: `None` for a date that does not exist.
    #[inline]
    pub(crate) const fn checked(year: i32, month: u8, day: u8) -> Option<JalaliDate> {
        if year >= jalali::MIN_YEAR
            && year <= jalali::MAX_YEAR
            && jalali::is_valid_day(year, month, day)
        {
            Some(JalaliDate::from_fields(year, month, day))
        } else {
            None
        }
    }

    /// The `ordinal`-th day (1..=365, or 366 in a leap year) of `year`.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_ordinal(1400, 187)?, JalaliDate::new(1400, 7, 1)?);
    /// assert!(JalaliDate::from_ordinal(1400, 366).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn from_ordinal(year: i32, ordinal: u16) -> Result<JalaliDate, Error> {
        let year = match year_in_range(year as i64) {
            Ok(year) => year,
            Err(e) => return Err(e),
        };
        if ordinal == 0 || ordinal > 365 + jalali::is_leap_year(year) as u16 {
            return Err(Error::new(Detail::Ordinal { year, ordinal }));
        }
        let (month, day) = jalali::month_day(ordinal as u32 - 1);
        Ok(JalaliDate::from_fields(year, month, day))
    }

    /// The Jalali date of the proleptic Gregorian date `year`-`month`-`day`, which is
    /// validated first.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_gregorian(2025, 3, 21)?, JalaliDate::new(1404, 1, 1)?);
    /// assert!(JalaliDate::from_gregorian(2023, 2, 29).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn from_gregorian(year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        // The Gregorian years that contain supported Jalali days, rounded out by one.
        const MIN: i32 = jalali::MIN_YEAR + 621;
        const MAX: i32 = jalali::MAX_YEAR + 622;
        const _: () = assert!(MIN >= gregorian::MIN_YEAR && MAX <= gregorian::MAX_YEAR);
        let Some(n) = convert::march_ordinal(year, month, day) else {
            if month == 0 || month > 12 {
                return Err(Error::new(Detail::Month { month }));
            }
            return Err(Error::new(Detail::GregorianDay { year, month, day }));
        };
        // The common case: a year of the table, converted directly.
        if let Some((year, month, day)) = convert::from_gregorian_in_table(year, month, n) {
            return Ok(JalaliDate::from_fields(year, month, day));
        }
        if year < MIN || year > MAX {
            return Err(Error::new(Detail::GregorianYear {
                year,
                min: MIN,
                max: MAX,
            }));
        }
        let day_number = gregorian::to_day(year, month, day);
        // Only the first and last Gregorian years hold days outside the range.
        if day_number < jalali::MIN_DAY || day_number > jalali::MAX_DAY {
            return Err(Error::new(Detail::Overflow {
                what: "the Gregorian date",
            }));
        }
        Ok(JalaliDate::from_epoch_day_in_range(day_number))
    }

    /// The proleptic Gregorian date of this day, as `(year, month, day)`.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1, 1, 1)?.to_gregorian(), (622, 3, 22));
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn to_gregorian(self) -> (i32, u8, u8) {
        convert::to_gregorian(self.year(), self.month(), self.day())
    }

    /// The date `day` days after 1970-01-01 (11 Dey 1348); negative counts go back.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_epoch_day(0)?, JalaliDate::new(1348, 10, 11)?);
    /// assert!(JalaliDate::from_epoch_day(i32::MAX).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn from_epoch_day(day: i32) -> Result<JalaliDate, Error> {
        if day < jalali::MIN_DAY || day > jalali::MAX_DAY {
            return Err(Error::new(Detail::Overflow {
                what: "the day number",
            }));
        }
        let (year, month, day) = jalali::from_day(day);
        Ok(JalaliDate::from_fields(year, month, day))
    }

    /// The date of a day number known to be in the supported range.
    #[inline]
    pub(crate) const fn from_epoch_day_in_range(day: i32) -> JalaliDate {
        let (year, month, day) = jalali::from_day(day);
        JalaliDate::from_fields(year, month, day)
    }

    /// Days since 1970-01-01 (negative before it): the representation to use for fast
    /// interchange with other date libraries and databases.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1400, 8, 26)?.to_epoch_day(), 18_948);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn to_epoch_day(self) -> i32 {
        jalali::to_day(self.year(), self.month(), self.day())
    }

    /// Reads a date written by software that uses another leap rule: the label
    /// `year`-`month`-`day` as `rule` lays out the calendar, returned as the same day in
    /// the official calendar.
    ///
    /// ```
    /// use taqvim::{JalaliDate, LeapRule};
    ///
    /// // khayyam and libjalali (2820-year rule) know no 30 Esfand 1403, and call the
    /// // day after 29 Esfand 1403 "1 Farvardin 1404"; it was really 30 Esfand 1403.
    /// let date = JalaliDate::from_rule(LeapRule::Birashk2820, 1404, 1, 1)?;
    /// assert_eq!(date, JalaliDate::new(1403, 12, 30)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn from_rule(rule: LeapRule, year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        JalaliDate::from_epoch_day(rule.epoch_day_of_label(year, month, day)?)
    }

    /// This day as software using `rule` labels it, as `(year, month, day)`.
    ///
    /// ```
    /// use taqvim::{JalaliDate, LeapRule};
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.to_rule(LeapRule::Birashk2820)?, (1404, 1, 1));
    /// assert_eq!(date.to_rule(LeapRule::Borkowski)?, (1403, 12, 30));
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn to_rule(self, rule: LeapRule) -> Result<(i32, u8, u8), Error> {
        rule.label_of_epoch_day(self.to_epoch_day())
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::new(1400, 8, 26).unwrap().year(), 1400);
    /// ```
    #[inline]
    pub const fn year(self) -> i32 {
        self.packed >> 9
    }

    /// The month number, 1..=12.
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::new(1400, 8, 26).unwrap().month(), 8);
    /// ```
    #[inline]
    pub const fn month(self) -> u8 {
        ((self.packed >> 5) & 0xF) as u8
    }

    /// The month as a [`Month`].
    ///
    /// ```
    /// use taqvim::{JalaliDate, Month};
    ///
    /// assert_eq!(JalaliDate::new(1400, 8, 26)?.month_of_year(), Month::Aban);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn month_of_year(self) -> Month {
        Month::ALL[self.month() as usize - 1]
    }

    /// The day of the month, 1..=31.
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::new(1400, 8, 26).unwrap().day(), 26);
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        (self.packed & 0x1F) as u8
    }

    /// The day of the year, 1..=366.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1400, 1, 1)?.ordinal(), 1);
    /// assert_eq!(JalaliDate::new(1403, 12, 30)?.ordinal(), 366);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn ordinal(self) -> u16 {
        jalali::days_before_month(self.month()) + self.day() as u16
    }

    /// The day of the week.
    ///
    /// ```
    /// use taqvim::{JalaliDate, Weekday};
    ///
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.weekday(), Weekday::Friday);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        Weekday::from_epoch_day(self.to_epoch_day())
    }

    /// Whether this date's year has 366 days.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert!(JalaliDate::new(1403, 1, 1)?.is_leap_year());
    /// assert!(!JalaliDate::new(1404, 1, 1)?.is_leap_year());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self) -> bool {
        jalali::is_leap_year(self.year())
    }

    /// Days in this date's month: 31, 30, or for Esfand 29 or 30.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1403, 12, 1)?.days_in_month(), 30);
    /// assert_eq!(JalaliDate::new(1404, 12, 1)?.days_in_month(), 29);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn days_in_month(self) -> u8 {
        jalali::days_in_month(self.year(), self.month())
    }

    /// Days in this date's year: 365 or 366.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1399, 5, 5)?.days_in_year(), 366);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn days_in_year(self) -> u16 {
        365 + self.is_leap_year() as u16
    }

    /// The first day of this date's month.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1400, 8, 26)?.first_day_of_month(), JalaliDate::new(1400, 8, 1)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn first_day_of_month(self) -> JalaliDate {
        JalaliDate::from_fields(self.year(), self.month(), 1)
    }

    /// The last day of this date's month.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1399, 12, 1)?.last_day_of_month(), JalaliDate::new(1399, 12, 30)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn last_day_of_month(self) -> JalaliDate {
        JalaliDate::from_fields(self.year(), self.month(), self.days_in_month())
    }

    /// 1 Farvardin (Nowruz) of this date's year.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let nowruz = JalaliDate::new(1404, 5, 9)?.first_day_of_year();
    /// assert_eq!(nowruz.to_gregorian(), (2025, 3, 21));
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn first_day_of_year(self) -> JalaliDate {
        JalaliDate::from_fields(self.year(), 1, 1)
    }

    /// The last day of this date's year (29 or 30 Esfand).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1403, 1, 1)?.last_day_of_year(), JalaliDate::new(1403, 12, 30)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn last_day_of_year(self) -> JalaliDate {
        JalaliDate::from_fields(self.year(), 12, jalali::days_in_month(self.year(), 12))
    }

    /// The date `days` days later (earlier when negative), or an
    /// [`ErrorKind::Overflow`](crate::ErrorKind::Overflow) error past
    /// [`MIN`](JalaliDate::MIN)/[`MAX`](JalaliDate::MAX).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let date = JalaliDate::new(1403, 12, 29)?;
    /// assert_eq!(date.checked_add_days(1)?, JalaliDate::new(1403, 12, 30)?);
    /// assert_eq!(date.checked_add_days(2)?, JalaliDate::new(1404, 1, 1)?);
    /// assert!(JalaliDate::MAX.checked_add_days(1).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn checked_add_days(self, days: i64) -> Result<JalaliDate, Error> {
        let target = (self.to_epoch_day() as i64).saturating_add(days);
        if target < jalali::MIN_DAY as i64 || target > jalali::MAX_DAY as i64 {
            return Err(Error::new(Detail::Overflow {
                what: "adding days",
            }));
        }
        let (year, month, day) = jalali::from_day(target as i32);
        Ok(JalaliDate::from_fields(year, month, day))
    }

    /// The date `days` days earlier (later when negative).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let date = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(date.checked_sub_days(1)?, JalaliDate::new(1403, 12, 30)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn checked_sub_days(self, days: i64) -> Result<JalaliDate, Error> {
        match days.checked_neg() {
            Some(neg) => self.checked_add_days(neg),
            None => Err(Error::new(Detail::Overflow {
                what: "subtracting days",
            })),
        }
    }

    /// The next day.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1400, 6, 31)?.tomorrow()?, JalaliDate::new(1400, 7, 1)?);
    /// assert!(JalaliDate::MAX.tomorrow().is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn tomorrow(self) -> Result<JalaliDate, Error> {
        if self.day() < self.days_in_month() {
            Ok(JalaliDate::from_fields(
                self.year(),
                self.month(),
                self.day() + 1,
            ))
        } else if self.month() < 12 {
            Ok(JalaliDate::from_fields(self.year(), self.month() + 1, 1))
        } else if self.year() < jalali::MAX_YEAR {
            Ok(JalaliDate::from_fields(self.year() + 1, 1, 1))
        } else {
            Err(Error::new(Detail::Overflow {
                what: "the day after the last date",
            }))
        }
    }

    /// The previous day.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1400, 1, 1)?.yesterday()?, JalaliDate::new(1399, 12, 30)?);
    /// assert!(JalaliDate::MIN.yesterday().is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn yesterday(self) -> Result<JalaliDate, Error> {
        if self.day() > 1 {
            Ok(JalaliDate::from_fields(
                self.year(),
                self.month(),
                self.day() - 1,
            ))
        } else if self.month() > 1 {
            let month = self.month() - 1;
            Ok(JalaliDate::from_fields(
                self.year(),
                month,
                jalali::days_in_month(self.year(), month),
            ))
        } else if self.year() > jalali::MIN_YEAR {
            let year = self.year() - 1;
            Ok(JalaliDate::from_fields(
                year,
                12,
                jalali::days_in_month(year, 12),
            ))
        } else {
            Err(Error::new(Detail::Overflow {
                what: "the day before the first date",
            }))
        }
    }

    /// The same day `months` months later (earlier when negative); `short` says what
    /// happens when the target month is shorter than the day.
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.checked_add_months(12, ShortMonth::Clamp)?, JalaliDate::new(1404, 12, 29)?);
    /// assert_eq!(date.checked_add_months(-1, ShortMonth::Reject)?, JalaliDate::new(1403, 11, 30)?);
    /// let err = date.checked_add_months(12, ShortMonth::Reject).unwrap_err();
    /// assert_eq!(err.to_string(), "day 30 of Esfand does not exist in 1404: not a leap year");
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn checked_add_months(
        self,
        months: i64,
        short: ShortMonth,
    ) -> Result<JalaliDate, Error> {
        // Months since the start of year 0, in i128 so no count can overflow.
        let total = self.year() as i128 * 12 + (self.month() as i128 - 1) + months as i128;
        let year = total.div_euclid(12);
        if year < jalali::MIN_YEAR as i128 || year > jalali::MAX_YEAR as i128 {
            return Err(Error::new(Detail::Overflow {
                what: "adding months",
            }));
        }
        let month = (total.rem_euclid(12) + 1) as u8;
        self.with_year_month(year as i32, month, short)
    }

    /// The same day `months` months earlier (later when negative).
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1400, 1, 31)?;
    /// assert_eq!(date.checked_sub_months(1, ShortMonth::Clamp)?, JalaliDate::new(1399, 12, 30)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn checked_sub_months(
        self,
        months: i64,
        short: ShortMonth,
    ) -> Result<JalaliDate, Error> {
        match months.checked_neg() {
            Some(neg) => self.checked_add_months(neg, short),
            None => Err(Error::new(Detail::Overflow {
                what: "subtracting months",
            })),
        }
    }

    /// The same month and day `years` years later (earlier when negative); `short`
    /// decides for 30 Esfand when the target year is not leap.
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1399, 12, 30)?;
    /// assert_eq!(date.checked_add_years(4, ShortMonth::Reject)?, JalaliDate::new(1403, 12, 30)?);
    /// assert_eq!(date.checked_add_years(1, ShortMonth::Clamp)?, JalaliDate::new(1400, 12, 29)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn checked_add_years(
        self,
        years: i64,
        short: ShortMonth,
    ) -> Result<JalaliDate, Error> {
        let year = self.year() as i128 + years as i128;
        if year < jalali::MIN_YEAR as i128 || year > jalali::MAX_YEAR as i128 {
            return Err(Error::new(Detail::Overflow {
                what: "adding years",
            }));
        }
        self.with_year_month(year as i32, self.month(), short)
    }

    /// The same month and day `years` years earlier (later when negative).
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.checked_sub_years(1, ShortMonth::Clamp)?, JalaliDate::new(1402, 12, 29)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn checked_sub_years(
        self,
        years: i64,
        short: ShortMonth,
    ) -> Result<JalaliDate, Error> {
        match years.checked_neg() {
            Some(neg) => self.checked_add_years(neg, short),
            None => Err(Error::new(Detail::Overflow {
                what: "subtracting years",
            })),
        }
    }

    /// This day moved to `year` and `month` (both in range), applying `short`.
    const fn with_year_month(
        self,
        year: i32,
        month: u8,
        short: ShortMonth,
    ) -> Result<JalaliDate, Error> {
        let len = jalali::days_in_month(year, month);
        if self.day() <= len {
            return Ok(JalaliDate::from_fields(year, month, self.day()));
        }
        match short {
            ShortMonth::Clamp => Ok(JalaliDate::from_fields(year, month, len)),
            ShortMonth::Reject => Err(Error::new(Detail::JalaliDay {
                year,
                month: Month::ALL[month as usize - 1],
                day: self.day(),
            })),
        }
    }

    /// Days from `other` to `self`: positive when `self` is later.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let nowruz = JalaliDate::new(1404, 1, 1)?;
    /// let yalda = JalaliDate::new(1403, 9, 30)?;
    /// assert_eq!(nowruz.days_since(yalda), 91);
    /// assert_eq!(yalda.days_since(nowruz), -91);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    #[inline]
    pub const fn days_since(self, other: JalaliDate) -> i64 {
        self.to_epoch_day() as i64 - other.to_epoch_day() as i64
    }

    /// The same month and day in `year`; `short` says what 30 Esfand becomes in a
    /// year where Esfand has 29 days.
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.with_year(1399, ShortMonth::Reject)?, JalaliDate::new(1399, 12, 30)?);
    /// assert_eq!(date.with_year(1404, ShortMonth::Clamp)?, JalaliDate::new(1404, 12, 29)?);
    /// assert!(date.with_year(1404, ShortMonth::Reject).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_year(self, year: i32, short: ShortMonth) -> Result<JalaliDate, Error> {
        let year = match year_in_range(year as i64) {
            Ok(year) => year,
            Err(e) => return Err(e),
        };
        with_day_in(year, self.month(), self.day(), short)
    }

    /// The same year and day in `month`; `short` says what day 31 becomes in a 30-day
    /// month (and 30 in Esfand of a common year).
    ///
    /// ```
    /// use taqvim::{JalaliDate, ShortMonth};
    ///
    /// let date = JalaliDate::new(1400, 6, 31)?;
    /// assert_eq!(date.with_month(2, ShortMonth::Reject)?, JalaliDate::new(1400, 2, 31)?);
    /// assert_eq!(date.with_month(7, ShortMonth::Clamp)?, JalaliDate::new(1400, 7, 30)?);
    /// assert!(date.with_month(7, ShortMonth::Reject).is_err());
    /// assert!(date.with_month(13, ShortMonth::Clamp).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_month(self, month: u8, short: ShortMonth) -> Result<JalaliDate, Error> {
        if month < 1 || month > 12 {
            return Err(Error::new(Detail::Month { month }));
        }
        with_day_in(self.year(), month, self.day(), short)
    }

    /// The same year and month on `day`.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let date = JalaliDate::new(1400, 7, 12)?;
    /// assert_eq!(date.with_day(30)?, JalaliDate::new(1400, 7, 30)?);
    /// assert_eq!(
    ///     date.with_day(31).unwrap_err().to_string(),
    ///     "day 31 of Mehr does not exist: Mehr has 30 days",
    /// );
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn with_day(self, day: u8) -> Result<JalaliDate, Error> {
        JalaliDate::new(self.year(), self.month(), day)
    }

    /// The season the date is in.
    ///
    /// ```
    /// use taqvim::{JalaliDate, Season};
    ///
    /// assert_eq!(JalaliDate::new(1403, 4, 1)?.season(), Season::Summer);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn season(self) -> crate::Season {
        self.month_of_year().season()
    }

    /// The quarter of the year, 1 to 4: the season's number (Farvardin to Khordad is
    /// the first).
    ///
    /// ```
    /// assert_eq!(taqvim::JalaliDate::new(1403, 12, 30)?.quarter(), 4);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn quarter(self) -> u8 {
        (self.month() - 1) / 3 + 1
    }

    /// The week of the year, weeks running Saturday to Friday: week 1 is the week that
    /// holds 1 Farvardin (whatever weekday it falls on), as Iranian calendars number
    /// them. A year has 53 weeks, or 54 when a leap year starts on a Friday. The
    /// formatter's `%U` writes it.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// // 1 Farvardin 1403 was a Wednesday; the Saturday after it starts week 2.
    /// assert_eq!(JalaliDate::new(1403, 1, 3)?.week_of_year(), 1);
    /// assert_eq!(JalaliDate::new(1403, 1, 4)?.week_of_year(), 2);
    /// assert_eq!(JalaliDate::new(1403, 12, 30)?.week_of_year(), 53);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn week_of_year(self) -> u8 {
        let first = self.first_day_of_year().weekday().days_since_saturday() as u16;
        ((self.ordinal() - 1 + first) / 7 + 1) as u8
    }

    /// The Saturday that starts the date's week (the date itself on a Saturday).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let wednesday = JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(wednesday.first_day_of_week()?, JalaliDate::new(1402, 12, 26)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn first_day_of_week(self) -> Result<JalaliDate, Error> {
        self.checked_sub_days(self.weekday().days_since_saturday() as i64)
    }

    /// The Friday that ends the date's week (the date itself on a Friday).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let wednesday = JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(wednesday.last_day_of_week()?, JalaliDate::new(1403, 1, 3)?);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn last_day_of_week(self) -> Result<JalaliDate, Error> {
        self.checked_add_days(6 - self.weekday().days_since_saturday() as i64)
    }

    /// The days from this one up to, not including, `end` (none when `end` is not later).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let start = JalaliDate::new(1403, 12, 28)?;
    /// let end = JalaliDate::new(1404, 1, 2)?;
    /// let days: Vec<String> = start.iter_until(end).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1403-12-28", "1403-12-29", "1403-12-30", "1404-01-01"]);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn iter_until(self, end: JalaliDate) -> DateRange {
        DateRange {
            next: self.to_epoch_day(),
            end: end.to_epoch_day(),
        }
    }

    /// The days from this one through `last`, both included (none when `last` is
    /// earlier).
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let start = JalaliDate::new(1400, 1, 1)?;
    /// assert_eq!(start.iter_through(start.last_day_of_year()).count(), 365);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn iter_through(self, last: JalaliDate) -> DateRange {
        DateRange {
            next: self.to_epoch_day(),
            end: last.to_epoch_day() + 1,
        }
    }

    /// Every day from this one on, through [`JalaliDate::MAX`].
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let fridays = JalaliDate::new(1404, 1, 1)?
    ///     .iter_days()
    ///     .filter(|d| d.weekday() == taqvim::Weekday::Friday)
    ///     .take(3)
    ///     .map(|d| d.day())
    ///     .collect::<Vec<_>>();
    /// assert_eq!(fridays, [1, 8, 15]);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub const fn iter_days(self) -> DateRange {
        self.iter_through(JalaliDate::MAX)
    }
}

/// The date `year-month-day`, with a day past the month's end handled by `short`.
const fn with_day_in(
    year: i32,
    month: u8,
    day: u8,
    short: ShortMonth,
) -> Result<JalaliDate, Error> {
    let last = jalali::days_in_month(year, month);
    if day > last && matches!(short, ShortMonth::Clamp) {
        return JalaliDate::new(year, month, last);
    }
    JalaliDate::new(year, month, day)
}

/// A signed number of days: what `date + Days::new(n)` moves a date by, and what
/// `later - earlier` gives.
///
/// `+` and `-` with `Days` panic when the result is past [`JalaliDate::MAX`] or
/// before [`JalaliDate::MIN`], as chrono's `NaiveDate + Days` does; the checked forms
/// ([`JalaliDate::checked_add_days`]) return an error instead.
///
/// # Example
///
/// ```
/// use taqvim::{Days, JalaliDate};
///
/// let nowruz = JalaliDate::new(1404, 1, 1)?;
/// assert_eq!(nowruz + Days::new(13), JalaliDate::new(1404, 1, 14)?);
/// assert_eq!(nowruz - Days::new(1), JalaliDate::new(1403, 12, 30)?);
/// let yalda = JalaliDate::new(1403, 9, 30)?;
/// assert_eq!(nowruz - yalda, Days::new(91));
/// assert_eq!((yalda - nowruz).get(), -91);
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Days(i64);

impl Days {
    /// `n` days (negative for days back).
    ///
    /// ```
    /// assert_eq!(taqvim::Days::new(-3).get(), -3);
    /// ```
    pub const fn new(n: i64) -> Days {
        Days(n)
    }

    /// The number of days.
    ///
    /// ```
    /// assert_eq!(taqvim::Days::new(7).get(), 7);
    /// ```
    pub const fn get(self) -> i64 {
        self.0
    }
}

impl From<i64> for Days {
    fn from(n: i64) -> Days {
        Days(n)
    }
}

impl From<Days> for i64 {
    fn from(days: Days) -> i64 {
        days.0
    }
}

impl core::ops::Neg for Days {
    type Output = Days;

    fn neg(self) -> Days {
        Days(self.0.saturating_neg())
    }
}

impl core::ops::Add<Days> for JalaliDate {
    type Output = JalaliDate;

    /// # Panics
    ///
    /// When the result is out of range; see [`Days`].
    #[track_caller]
    fn add(self, days: Days) -> JalaliDate {
        match self.checked_add_days(days.0) {
            Ok(date) => date,
            Err(e) => panic!("{e}"),
        }
    }
}

impl core::ops::Sub<Days> for JalaliDate {
    type Output = JalaliDate;

    /// # Panics
    ///
    /// When the result is out of range; see [`Days`].
    #[track_caller]
    fn sub(self, days: Days) -> JalaliDate {
        match self.checked_sub_days(days.0) {
            Ok(date) => date,
            Err(e) => panic!("{e}"),
        }
    }
}

impl core::ops::AddAssign<Days> for JalaliDate {
    #[track_caller]
    fn add_assign(&mut self, days: Days) {
        *self = *self + days;
    }
}

impl core::ops::SubAssign<Days> for JalaliDate {
    #[track_caller]
    fn sub_assign(&mut self, days: Days) {
        *self = *self - days;
    }
}

impl core::ops::Sub for JalaliDate {
    type Output = Days;

    /// The days from `earlier` to `self`, as [`JalaliDate::days_since`]; never panics.
    fn sub(self, earlier: JalaliDate) -> Days {
        Days(self.days_since(earlier))
    }
}

/// An iterator over consecutive days, made by [`JalaliDate::iter_until`],
/// [`JalaliDate::iter_through`] or [`JalaliDate::iter_days`]. It runs both ways and
/// knows its length.
///
/// # Example
///
/// ```
/// use taqvim::JalaliDate;
///
/// let month = JalaliDate::new(1400, 7, 1)?;
/// let mut days = month.iter_through(month.last_day_of_month());
/// assert_eq!(days.len(), 30);
/// assert_eq!(days.next_back(), Some(JalaliDate::new(1400, 7, 30)?));
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// Day number of the next date to yield.
    next: i32,
    /// Day number one past the last date to yield.
    end: i32,
}

impl DateRange {
    fn date(day: i32) -> JalaliDate {
        let (year, month, day) = jalali::from_day(day);
        JalaliDate::from_fields(year, month, day)
    }
}

impl Iterator for DateRange {
    type Item = JalaliDate;

    fn next(&mut self) -> Option<JalaliDate> {
        if self.next >= self.end {
            return None;
        }
        let date = DateRange::date(self.next);
        self.next += 1;
        Some(date)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = (self.end as i64 - self.next as i64).max(0) as usize;
        (len, Some(len))
    }

    fn nth(&mut self, n: usize) -> Option<JalaliDate> {
        let target = self.next as i64 + n.min(i32::MAX as usize) as i64;
        if target >= self.end as i64 {
            self.next = self.end;
            return None;
        }
        self.next = target as i32;
        self.next()
    }
}

impl DoubleEndedIterator for DateRange {
    fn next_back(&mut self) -> Option<JalaliDate> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        Some(DateRange::date(self.end))
    }
}

impl ExactSizeIterator for DateRange {}

impl FusedIterator for DateRange {}

impl fmt::Display for JalaliDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::iso::write_date(f, *self)
    }
}

impl fmt::Debug for JalaliDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for JalaliDate {
    type Err = Error;

    /// Reads the form `Display` writes: `YYYY-MM-DD`, with at least four year digits
    /// and a `-` before negative years.
    fn from_str(s: &str) -> Result<JalaliDate, Error> {
        crate::iso::parse_date(s)
    }
}

impl Default for JalaliDate {
    /// 11 Dey 1348, the day of 1970-01-01 (as chrono's `NaiveDate::default`).
    fn default() -> JalaliDate {
        JalaliDate::from_fields(1348, 10, 11)
    }
}
