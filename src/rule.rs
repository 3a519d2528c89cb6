//! [`LeapRule`]: the arithmetic calendars other software uses, for reading and writing
//! its dates.

use core::fmt;
use core::str::FromStr;

use crate::Month;
use crate::calendar::{jalali, rules};
use crate::error::{Detail, Error};

/// A way of laying out the Jalali calendar. [`JalaliDate`](crate::JalaliDate) always
/// follows [`LeapRule::Astronomical`], the official calendar; the other rules are here
/// to read and write the dates of software that uses them
/// ([`JalaliDate::from_rule`](crate::JalaliDate::from_rule),
/// [`JalaliDate::to_rule`](crate::JalaliDate::to_rule)).
///
/// Every rule lays out months alike (six of 31 days, five of 30, Esfand of 29 or 30);
/// they differ in which years are leap, and so in the day on which each year starts.
///
/// | rule | used by | agrees with the official calendar |
/// |---|---|---|
/// | `Astronomical` | the Calendar Center of Iran, .NET's `PersianCalendar` | always (it is the official calendar) |
/// | `Borkowski` | jalaali-js, moment-jalaali, jalaali-go | all of 1..=3177 but 8 years (5, 166, 752, 1503, 2060, 2192, 2225, 2588) |
/// | `ThirtyThreeYear` | jdatetime, date-fns-jalali, ICU 72 and earlier | exactly for 1178..=1501 |
/// | `Birashk2820` | khayyam, libjalali, ptime, Calendrical Calculations' "arithmetic Persian" | wrong in 456 years of 1..=3178, 1404 among them |
///
/// # Example
///
/// ```
/// use taqvim::LeapRule;
///
/// // The 2820-year cycle puts the leap day of 1403 into 1404.
/// assert!(LeapRule::Astronomical.is_leap_year(1403)?);
/// assert!(!LeapRule::Birashk2820.is_leap_year(1403)?);
/// assert!(LeapRule::Birashk2820.is_leap_year(1404)?);
/// assert_eq!("33-year".parse::<LeapRule>()?, LeapRule::ThirtyThreeYear);
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeapRule {
    /// The official calendar: 1 Farvardin is the day whose true noon at 52.5°E is the
    /// first after the March equinox. Exact for 1..=3178 from the embedded table,
    /// continued by the 33-year rule outside it.
    #[default]
    Astronomical,
    /// K. M. Borkowski's algorithm (1996): the 33-year rule with "break years" fitted to
    /// the astronomical calendar, for years −61..=3177 only.
    Borkowski,
    /// The plain 33-year rule: a year `y` is leap when `(25 y + 11) mod 33 < 8`.
    ThirtyThreeYear,
    /// A. Birashk's 2820-year cycle of 683 leap years, with year 0 before year 1.
    Birashk2820,
}

impl LeapRule {
    /// Every rule, the official one first.
    ///
    /// ```
    /// assert_eq!(taqvim::LeapRule::ALL.len(), 4);
    /// ```
    pub const ALL: [LeapRule; 4] = [
        LeapRule::Astronomical,
        LeapRule::Borkowski,
        LeapRule::ThirtyThreeYear,
        LeapRule::Birashk2820,
    ];

    /// The rule's name, as `FromStr` reads it: `astronomical`, `borkowski`, `33-year`,
    /// `2820-year`.
    ///
    /// ```
    /// assert_eq!(taqvim::LeapRule::Birashk2820.name(), "2820-year");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            LeapRule::Astronomical => "astronomical",
            LeapRule::Borkowski => "borkowski",
            LeapRule::ThirtyThreeYear => "33-year",
            LeapRule::Birashk2820 => "2820-year",
        }
    }

    /// The years this rule covers: −61..=3177 for Borkowski, the crate's years
    /// (−999 999..=999 999) for the others.
    ///
    /// ```
    /// use taqvim::LeapRule;
    ///
    /// assert_eq!(LeapRule::Borkowski.years(), -61..=3177);
    /// ```
    pub const fn years(self) -> core::ops::RangeInclusive<i32> {
        match self {
            LeapRule::Borkowski => rules::BORKOWSKI_YEARS,
            _ => jalali::MIN_YEAR..=jalali::MAX_YEAR,
        }
    }

    /// Whether `year` has 366 days under this rule.
    ///
    /// ```
    /// use taqvim::LeapRule;
    ///
    /// assert!(LeapRule::ThirtyThreeYear.is_leap_year(1403)?);
    /// assert!(LeapRule::Borkowski.is_leap_year(5000).is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn is_leap_year(self, year: i32) -> Result<bool, Error> {
        Ok(self.nowruz_and_leap(year)?.1)
    }

    /// Days in `month` of `year` under this rule.
    ///
    /// ```
    /// use taqvim::LeapRule;
    ///
    /// assert_eq!(LeapRule::Birashk2820.days_in_month(1404, 12)?, 30);
    /// assert_eq!(LeapRule::Astronomical.days_in_month(1404, 12)?, 29);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    pub fn days_in_month(self, year: i32, month: u8) -> Result<u8, Error> {
        Month::from_number(month)?;
        let (_, leap) = self.nowruz_and_leap(year)?;
        Ok(if month == 12 {
            29 + u8::from(leap)
        } else {
            jalali::days_in_month(year, month)
        })
    }

    fn year_error(self, year: i64) -> Error {
        let years = self.years();
        Error::new(Detail::RuleYear {
            rule: self.name(),
            year,
            min: *years.start(),
            max: *years.end(),
        })
    }

    /// 1 Farvardin of `year` as a day number and whether the year is leap.
    fn nowruz_and_leap(self, year: i32) -> Result<(i32, bool), Error> {
        if !self.years().contains(&year) {
            return Err(self.year_error(year.into()));
        }
        Ok(match self {
            LeapRule::Astronomical => (jalali::nowruz(year), jalali::is_leap_year(year)),
            LeapRule::ThirtyThreeYear => (
                jalali::nowruz_33(year),
                (25 * i64::from(year) + 11).rem_euclid(33) < 8,
            ),
            LeapRule::Birashk2820 => (rules::nowruz_2820(year), rules::is_leap_2820(year)),
            LeapRule::Borkowski => match rules::borkowski(year) {
                Some(found) => found,
                None => return Err(self.year_error(year.into())),
            },
        })
    }

    /// Day number of the label `year`-`month`-`day` under this rule, validated.
    pub(crate) fn epoch_day_of_label(self, year: i32, month: u8, day: u8) -> Result<i32, Error> {
        let (nowruz, leap) = self.nowruz_and_leap(year)?;
        let month_enum = Month::from_number(month)?;
        let len = if month == 12 {
            29 + u8::from(leap)
        } else {
            jalali::days_in_month(year, month)
        };
        if day == 0 || day > len {
            // Esfand's message names the leap year; the official flag may differ from
            // this rule's, so report the others with their plain lengths.
            return Err(Error::new(Detail::JalaliDay {
                year,
                month: month_enum,
                day,
            }));
        }
        Ok(nowruz + i32::from(jalali::days_before_month(month)) + i32::from(day) - 1)
    }

    /// The label of day number `day` under this rule.
    pub(crate) fn label_of_epoch_day(self, day: i32) -> Result<(i32, u8, u8), Error> {
        let year = match self {
            LeapRule::Astronomical => return Ok(jalali::from_day(day)),
            LeapRule::ThirtyThreeYear => jalali::year_33(day),
            LeapRule::Birashk2820 => rules::year_2820(day),
            LeapRule::Borkowski => rules::year_borkowski(day)
                .ok_or(Error::new(Detail::RuleDay { rule: self.name() }))?,
        };
        let (nowruz, _) = self.nowruz_and_leap(year)?;
        // `year` contains `day`, so the difference is 0..=365.
        let (month, day) = jalali::month_day((day - nowruz) as u32);
        Ok((year, month, day))
    }
}

impl fmt::Display for LeapRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for LeapRule {
    type Err = Error;

    /// Reads a rule's [`name`](LeapRule::name), in any letter case.
    fn from_str(s: &str) -> Result<LeapRule, Error> {
        LeapRule::ALL
            .into_iter()
            .find(|rule| rule.name().eq_ignore_ascii_case(s))
            .ok_or(Error::new(Detail::Syntax {
                expected: "one of astronomical, borkowski, 33-year, 2820-year",
                at: 0,
                found: s.chars().next(),
            }))
    }
}
