//! The one spelling of each name the formatter writes, per locale: one named
//! [`LocaleNames`] for each [`Locale`](crate::Locale). Every one of them is also in
//! the parser's tables, so what is written reads back (checked by the tests below).

/// The names a locale writes.
#[derive(Debug)]
pub(crate) struct LocaleNames {
    /// Month names (`%B`), Farvardin first.
    pub months: [&'static str; 12],
    /// Abbreviated month names (`%b`): the three letters CLDR uses in English; Persian,
    /// Dari and Pashto do not abbreviate month names, so they repeat the full names.
    pub month_abbreviations: [&'static str; 12],
    /// Weekday names (`%A`), Saturday first.
    pub weekdays: [&'static str; 7],
    /// Abbreviated weekday names (`%a`); as for months, only English abbreviates.
    pub weekday_abbreviations: [&'static str; 7],
    /// Before and after noon (`%p`).
    pub meridiem: [&'static str; 2],
    /// Seasons (`%K`), spring first.
    pub seasons: [&'static str; 4],
}

const IRANIAN_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];
const IRANIAN_WEEKDAYS: [&str; 7] = [
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
];
const DARI_MONTHS: [&str; 12] = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];
const PASHTO_MONTHS: [&str; 12] = [
    "وری",
    "غویی",
    "غبرګولی",
    "چنګاښ",
    "زمری",
    "وږی",
    "تله",
    "لړم",
    "لیندۍ",
    "مرغومی",
    "سلواغه",
    "کب",
];
const PASHTO_WEEKDAYS: [&str; 7] = ["شنبه", "اتوار", "ګل", "نهه", "شورو", "زیارت", "جمعه"];

/// Iranian Persian.
pub(crate) const IRANIAN: LocaleNames = LocaleNames {
    months: IRANIAN_MONTHS,
    month_abbreviations: IRANIAN_MONTHS,
    weekdays: IRANIAN_WEEKDAYS,
    weekday_abbreviations: IRANIAN_WEEKDAYS,
    meridiem: ["ق.ظ", "ب.ظ"],
    seasons: ["بهار", "تابستان", "پاییز", "زمستان"],
};

/// Dari, as written in Afghanistan: the Iranian weekdays.
pub(crate) const DARI: LocaleNames = LocaleNames {
    months: DARI_MONTHS,
    month_abbreviations: DARI_MONTHS,
    weekdays: IRANIAN_WEEKDAYS,
    weekday_abbreviations: IRANIAN_WEEKDAYS,
    meridiem: ["ق.ظ", "ب.ظ"],
    seasons: ["بهار", "تابستان", "خزان", "زمستان"],
};

/// Pashto.
pub(crate) const PASHTO: LocaleNames = LocaleNames {
    months: PASHTO_MONTHS,
    month_abbreviations: PASHTO_MONTHS,
    weekdays: PASHTO_WEEKDAYS,
    weekday_abbreviations: PASHTO_WEEKDAYS,
    meridiem: ["غ.م", "غ.و"],
    seasons: ["پسرلی", "اوړی", "منی", "ژمی"],
};

/// English transliteration of the Iranian names, with English weekdays.
pub(crate) const ENGLISH: LocaleNames = LocaleNames {
    months: [
        "Farvardin",
        "Ordibehesht",
        "Khordad",
        "Tir",
        "Mordad",
        "Shahrivar",
        "Mehr",
        "Aban",
        "Azar",
        "Dey",
        "Bahman",
        "Esfand",
    ],
    month_abbreviations: [
        "Far", "Ord", "Kho", "Tir", "Mor", "Sha", "Meh", "Aba", "Aza", "Dey", "Bah", "Esf",
    ],
    weekdays: [
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ],
    weekday_abbreviations: ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"],
    meridiem: ["AM", "PM"],
    seasons: ["Spring", "Summer", "Autumn", "Winter"],
};

/// Every locale's names.
#[cfg(all(test, feature = "parse"))]
const ALL: [&LocaleNames; 4] = [&IRANIAN, &DARI, &PASHTO, &ENGLISH];

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::super::{MERIDIEM_INDEX, MONTH_INDEX, WEEKDAY_INDEX};
    use super::*;

    #[test]
    fn every_written_name_reads_back() {
        for names in ALL {
            for (i, (full, short)) in names
                .months
                .iter()
                .zip(names.month_abbreviations)
                .enumerate()
            {
                for name in [*full, short] {
                    let read = MONTH_INDEX.longest(name, &[]);
                    assert_eq!(read, Some((i as u8 + 1, name.len())), "{name}");
                }
            }
            for (i, (full, short)) in names
                .weekdays
                .iter()
                .zip(names.weekday_abbreviations)
                .enumerate()
            {
                for name in [*full, short] {
                    let read = WEEKDAY_INDEX.longest(name, &[]);
                    assert_eq!(read, Some((i as u8, name.len())), "{name}");
                }
            }
            for (i, name) in names.seasons.iter().enumerate() {
                let read = super::super::SEASON_INDEX.longest(name, &[]);
                assert_eq!(read, Some((i as u8, name.len())), "{name}");
            }
            for (i, name) in names.meridiem.iter().enumerate() {
                let read = MERIDIEM_INDEX.longest(name, &[]);
                assert_eq!(read, Some((i as u8, name.len())), "{name}");
            }
        }
    }
}
