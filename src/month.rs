//! The [`Month`], [`Weekday`] and [`Season`] enums.

use core::fmt;

use core::str::FromStr;

use crate::error::{Detail, Error};
use crate::{Locale, lexicon};

/// A month of the Jalali year. The first six have 31 days, the next five 30, and
/// Esfand 29 (30 in a leap year).
///
/// `Display` writes the English transliteration (`Aban`).
///
/// # Example
///
/// ```
/// use taqvim::Month;
///
/// let aban = Month::try_from(8).unwrap();
/// assert_eq!(aban, Month::Aban);
/// assert_eq!(aban.number(), 8);
/// assert_eq!(aban.to_string(), "Aban");
/// assert_eq!(Month::Esfand.succ(), Month::Farvardin);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Month {
    /// فروردین, month 1 (Dari: حمل).
    Farvardin = 1,
    /// اردیبهشت, month 2 (Dari: ثور).
    Ordibehesht = 2,
    /// خرداد, month 3 (Dari: جوزا).
    Khordad = 3,
    /// تیر, month 4 (Dari: سرطان).
    Tir = 4,
    /// مرداد, month 5 (Dari: اسد).
    Mordad = 5,
    /// شهریور, month 6 (Dari: سنبله).
    Shahrivar = 6,
    /// مهر, month 7 (Dari: میزان).
    Mehr = 7,
    /// آبان, month 8 (Dari: عقرب).
    Aban = 8,
    /// آذر, month 9 (Dari: قوس).
    Azar = 9,
    /// دی, month 10 (Dari: جدی).
    Dey = 10,
    /// بهمن, month 11 (Dari: دلو).
    Bahman = 11,
    /// اسفند, month 12 (Dari: حوت).
    Esfand = 12,
}

impl Month {
    /// All months in order, Farvardin first.
    ///
    /// ```
    /// use taqvim::Month;
    ///
    /// assert_eq!(Month::ALL.len(), 12);
    /// assert_eq!(Month::ALL[11], Month::Esfand);
    /// ```
    pub const ALL: [Month; 12] = [
        Month::Farvardin,
        Month::Ordibehesht,
        Month::Khordad,
        Month::Tir,
        Month::Mordad,
        Month::Shahrivar,
        Month::Mehr,
        Month::Aban,
        Month::Azar,
        Month::Dey,
        Month::Bahman,
        Month::Esfand,
    ];

    /// The month with number `number` (1..=12).
    ///
    /// ```
    /// use taqvim::Month;
    ///
    /// assert_eq!(Month::from_number(1).unwrap(), Month::Farvardin);
    /// assert!(Month::from_number(13).is_err());
    /// ```
    #[inline]
    pub const fn from_number(number: u8) -> Result<Month, Error> {
        match number {
            1..=12 => Ok(Month::ALL[number as usize - 1]),
            _ => Err(Error::new(Detail::Month { month: number })),
        }
    }

    /// The month's number, 1..=12.
    ///
    /// ```
    /// assert_eq!(taqvim::Month::Esfand.number(), 12);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The month's name in `locale`, as the formatter's `%B` writes it (`Display`
    /// writes the English one).
    ///
    /// ```
    /// use taqvim::{Locale, Month};
    ///
    /// assert_eq!(Month::Ordibehesht.name(Locale::English), "Ordibehesht");
    /// assert_eq!(Month::Aban.name(Locale::Iranian), "آبان");
    /// assert_eq!(Month::Aban.name(Locale::Dari), "عقرب");
    /// assert_eq!(Month::Aban.name(Locale::Pashto), "لړم");
    /// ```
    pub const fn name(self, locale: Locale) -> &'static str {
        locale.names().months[self as usize - 1]
    }

    /// The month's abbreviated name in `locale`, as `%b` writes it: three letters in
    /// English; Persian, Dari and Pashto write the whole name.
    ///
    /// ```
    /// use taqvim::{Locale, Month};
    ///
    /// assert_eq!(Month::Ordibehesht.abbreviation(Locale::English), "Ord");
    /// assert_eq!(Month::Aban.abbreviation(Locale::Iranian), "آبان");
    /// ```
    pub const fn abbreviation(self, locale: Locale) -> &'static str {
        locale.names().month_abbreviations[self as usize - 1]
    }

    /// The season the month is in: Farvardin to Khordad are spring.
    ///
    /// ```
    /// use taqvim::{Month, Season};
    ///
    /// assert_eq!(Month::Farvardin.season(), Season::Spring);
    /// assert_eq!(Month::Esfand.season(), Season::Winter);
    /// ```
    pub const fn season(self) -> Season {
        Season::ALL[(self as usize - 1) / 3]
    }

    /// The month after this one; Farvardin follows Esfand.
    ///
    /// ```
    /// use taqvim::Month;
    ///
    /// assert_eq!(Month::Mehr.succ(), Month::Aban);
    /// ```
    pub const fn succ(self) -> Month {
        Month::ALL[self as usize % 12]
    }

    /// The month before this one; Esfand precedes Farvardin.
    ///
    /// ```
    /// use taqvim::Month;
    ///
    /// assert_eq!(Month::Farvardin.pred(), Month::Esfand);
    /// ```
    pub const fn pred(self) -> Month {
        Month::ALL[(self as usize + 10) % 12]
    }
}

impl TryFrom<u8> for Month {
    type Error = Error;

    fn try_from(number: u8) -> Result<Month, Error> {
        Month::from_number(number)
    }
}

impl From<Month> for u8 {
    fn from(month: Month) -> u8 {
        month.number()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name(Locale::English))
    }
}

impl FromStr for Month {
    type Err = Error;

    /// Reads a month name in every spelling the parser knows: Iranian, Dari and Pashto
    /// names, transliterations, abbreviations, Arabic letters for Persian ones, with
    /// ماه after it or not; letter case and marks do not matter.
    ///
    /// ```
    /// use taqvim::Month;
    ///
    /// assert_eq!("Aban".parse::<Month>()?, Month::Aban);
    /// assert_eq!("آبان‌ماه".parse::<Month>()?, Month::Aban);
    /// assert_eq!("عقرب".parse::<Month>()?, Month::Aban);
    /// assert_eq!("ordibehesht".parse::<Month>()?, Month::Ordibehesht);
    /// assert_eq!(
    ///     "Abann".parse::<Month>().unwrap_err().to_string(),
    ///     "expected a month name at byte 0, found 'A'",
    /// );
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Month, Error> {
        match whole_name(s, &lexicon::MONTH_INDEX, lexicon::MONTH_SUFFIXES) {
            Some(n) => Month::from_number(n),
            None => Err(name_error(s, "a month name")),
        }
    }
}

/// The value of `index`'s name that is the whole of `text` (spaces around it aside).
fn whole_name<const N: usize>(
    text: &str,
    index: &lexicon::NameIndex<N>,
    suffixes: &[&str],
) -> Option<u8> {
    let text = text.trim();
    match index.longest(text, suffixes) {
        Some((value, len)) if len == text.len() => Some(value),
        _ => None,
    }
}

/// The error of a name that is not one.
fn name_error(text: &str, expected: &'static str) -> Error {
    Error::new(Detail::Syntax {
        expected,
        at: 0,
        found: text.chars().next(),
    })
}

/// A day of the week. The Persian week starts on Saturday (شنبه) and ends on Friday
/// (جمعه), the weekly holiday, so the variants and the numbering go Saturday first.
///
/// # Example
///
/// ```
/// use taqvim::{JalaliDate, Weekday};
///
/// // 26 Aban 1400 (2021-11-17) was a Wednesday, the fifth day of the Persian week.
/// let wd = JalaliDate::new(1400, 8, 26).unwrap().weekday();
/// assert_eq!(wd, Weekday::Wednesday);
/// assert_eq!(wd.days_since_saturday(), 4);
/// assert_eq!(wd.succ(), Weekday::Thursday);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Weekday {
    /// شنبه, the first day of the Persian week.
    Saturday = 0,
    /// یکشنبه.
    Sunday = 1,
    /// دوشنبه.
    Monday = 2,
    /// سه‌شنبه.
    Tuesday = 3,
    /// چهارشنبه.
    Wednesday = 4,
    /// پنجشنبه.
    Thursday = 5,
    /// جمعه, the weekly holiday.
    Friday = 6,
}

impl Weekday {
    /// The week in order, Saturday first.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// assert_eq!(Weekday::ALL[0], Weekday::Saturday);
    /// assert_eq!(Weekday::ALL[6], Weekday::Friday);
    /// ```
    pub const ALL: [Weekday; 7] = [
        Weekday::Saturday,
        Weekday::Sunday,
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    #[inline]
    pub(crate) const fn from_epoch_day(day: i32) -> Weekday {
        // 1970-01-01 is the sixth day (index 5) of the Persian week.
        Weekday::ALL[(day as i64 + 5).rem_euclid(7) as usize]
    }

    /// Position in the Persian week: 0 for Saturday up to 6 for Friday.
    ///
    /// ```
    /// assert_eq!(taqvim::Weekday::Friday.days_since_saturday(), 6);
    /// ```
    pub const fn days_since_saturday(self) -> u8 {
        self as u8
    }

    /// Position in the ISO week: 0 for Monday up to 6 for Sunday (as chrono's
    /// `num_days_from_monday`).
    ///
    /// ```
    /// assert_eq!(taqvim::Weekday::Saturday.days_since_monday(), 5);
    /// ```
    pub const fn days_since_monday(self) -> u8 {
        (self as u8 + 5) % 7
    }

    /// The weekday whose [`days_since_saturday`](Weekday::days_since_saturday) is
    /// `n % 7`.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// assert_eq!(Weekday::from_days_since_saturday(1), Weekday::Sunday);
    /// assert_eq!(Weekday::from_days_since_saturday(7), Weekday::Saturday);
    /// ```
    pub const fn from_days_since_saturday(n: u8) -> Weekday {
        Weekday::ALL[(n % 7) as usize]
    }

    /// The weekday's name in `locale`, as `%A` writes it (`Display` writes the English
    /// one).
    ///
    /// ```
    /// use taqvim::{Locale, Weekday};
    ///
    /// assert_eq!(Weekday::Tuesday.name(Locale::English), "Tuesday");
    /// assert_eq!(Weekday::Tuesday.name(Locale::Iranian), "سه‌شنبه");
    /// assert_eq!(Weekday::Sunday.name(Locale::Pashto), "اتوار");
    /// ```
    pub const fn name(self, locale: Locale) -> &'static str {
        locale.names().weekdays[self as usize]
    }

    /// The weekday's abbreviated name in `locale`, as `%a` writes it.
    ///
    /// ```
    /// use taqvim::{Locale, Weekday};
    ///
    /// assert_eq!(Weekday::Tuesday.abbreviation(Locale::English), "Tue");
    /// ```
    pub const fn abbreviation(self, locale: Locale) -> &'static str {
        locale.names().weekday_abbreviations[self as usize]
    }

    /// The next day of the week.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// assert_eq!(Weekday::Friday.succ(), Weekday::Saturday);
    /// ```
    pub const fn succ(self) -> Weekday {
        Weekday::from_days_since_saturday(self as u8 + 1)
    }

    /// The previous day of the week.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.pred(), Weekday::Friday);
    /// ```
    pub const fn pred(self) -> Weekday {
        Weekday::from_days_since_saturday(self as u8 + 6)
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name(Locale::English))
    }
}

impl FromStr for Weekday {
    type Err = Error;

    /// Reads a weekday name in every spelling the parser knows, in any letter case.
    ///
    /// ```
    /// use taqvim::Weekday;
    ///
    /// assert_eq!("سه‌شنبه".parse::<Weekday>()?, Weekday::Tuesday);
    /// assert_eq!("سه شنبه".parse::<Weekday>()?, Weekday::Tuesday);
    /// assert_eq!("tue".parse::<Weekday>()?, Weekday::Tuesday);
    /// assert!("Tuesdayy".parse::<Weekday>().is_err());
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Weekday, Error> {
        match whole_name(s, &lexicon::WEEKDAY_INDEX, &[]) {
            Some(n) => Ok(Weekday::from_days_since_saturday(n)),
            None => Err(name_error(s, "a weekday name")),
        }
    }
}

/// A season of the Jalali year, three months each: بهار (spring) is Farvardin to
/// Khordad, تابستان (summer) Tir to Shahrivar, پاییز (autumn) Mehr to Azar, زمستان
/// (winter) Dey to Esfand.
///
/// # Example
///
/// ```
/// use taqvim::{JalaliDate, Locale, Season};
///
/// let yalda = JalaliDate::new(1402, 9, 30)?;
/// assert_eq!(yalda.season(), Season::Autumn);
/// assert_eq!(yalda.season().name(Locale::Iranian), "پاییز");
/// assert_eq!(yalda.tomorrow()?.season(), Season::Winter);
/// # Ok::<(), taqvim::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Season {
    /// بهار: Farvardin, Ordibehesht, Khordad.
    Spring = 1,
    /// تابستان: Tir, Mordad, Shahrivar.
    Summer,
    /// پاییز: Mehr, Aban, Azar.
    Autumn,
    /// زمستان: Dey, Bahman, Esfand.
    Winter,
}

impl Season {
    /// The four seasons, spring first.
    pub const ALL: [Season; 4] = [
        Season::Spring,
        Season::Summer,
        Season::Autumn,
        Season::Winter,
    ];

    /// The season's number, 1 (spring) to 4 (winter): the year's quarter.
    ///
    /// ```
    /// assert_eq!(taqvim::Season::Autumn.number(), 3);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The season's name in `locale`, as `%K` writes it.
    ///
    /// ```
    /// use taqvim::{Locale, Season};
    ///
    /// assert_eq!(Season::Spring.name(Locale::Iranian), "بهار");
    /// assert_eq!(Season::Spring.name(Locale::English), "Spring");
    /// ```
    pub const fn name(self, locale: Locale) -> &'static str {
        locale.names().seasons[self as usize - 1]
    }

    /// The first month of the season.
    ///
    /// ```
    /// use taqvim::{Month, Season};
    ///
    /// assert_eq!(Season::Winter.first_month(), Month::Dey);
    /// ```
    pub const fn first_month(self) -> Month {
        Month::ALL[(self as usize - 1) * 3]
    }
}

impl fmt::Display for Season {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name(Locale::English))
    }
}

impl FromStr for Season {
    type Err = Error;

    /// Reads a season's name in Persian, Dari, Pashto or English.
    ///
    /// ```
    /// use taqvim::Season;
    ///
    /// assert_eq!("پاییز".parse::<Season>()?, Season::Autumn);
    /// assert_eq!("winter".parse::<Season>()?, Season::Winter);
    /// # Ok::<(), taqvim::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Season, Error> {
        match whole_name(s, &lexicon::SEASON_INDEX, &[]) {
            Some(n @ 0..=3) => Ok(Season::ALL[usize::from(n)]),
            _ => Err(name_error(s, "a season name")),
        }
    }
}
