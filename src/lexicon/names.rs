//! The one spelling of each name the formatter writes, per locale, indexed by the
//! locale's position in [`Locale`](crate::Locale) (Iranian, Dari, Pashto, English).
//! Every one of them is also in the parser's tables, so what is written reads back
//! (checked by the tests below).

/// Month names, Farvardin first.
pub(crate) const MONTH_NAMES: [[&str; 12]; 4] = [
    [
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
    ],
    [
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
    ],
    [
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
    ],
    [
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
];

/// Abbreviated month names (`%b`): the three letters CLDR uses in English; Persian,
/// Dari and Pashto do not abbreviate month names, so they repeat the full names.
pub(crate) const MONTH_ABBREVIATIONS: [[&str; 12]; 4] = [
    MONTH_NAMES[0],
    MONTH_NAMES[1],
    MONTH_NAMES[2],
    [
        "Far", "Ord", "Kho", "Tir", "Mor", "Sha", "Meh", "Aba", "Aza", "Dey", "Bah", "Esf",
    ],
];

/// Weekday names, Saturday first.
pub(crate) const WEEKDAY_NAMES: [[&str; 7]; 4] = [
    [
        "شنبه",
        "یکشنبه",
        "دوشنبه",
        "سه‌شنبه",
        "چهارشنبه",
        "پنجشنبه",
        "جمعه",
    ],
    [
        "شنبه",
        "یکشنبه",
        "دوشنبه",
        "سه‌شنبه",
        "چهارشنبه",
        "پنجشنبه",
        "جمعه",
    ],
    ["شنبه", "اتوار", "ګل", "نهه", "شورو", "زیارت", "جمعه"],
    [
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ],
];

/// Abbreviated weekday names (`%a`); as for months, only English abbreviates.
pub(crate) const WEEKDAY_ABBREVIATIONS: [[&str; 7]; 4] = [
    WEEKDAY_NAMES[0],
    WEEKDAY_NAMES[1],
    WEEKDAY_NAMES[2],
    ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"],
];

/// Before and after noon (`%p`).
pub(crate) const MERIDIEM_NAMES: [[&str; 2]; 4] =
    [["ق.ظ", "ب.ظ"], ["ق.ظ", "ب.ظ"], ["غ.م", "غ.و"], ["AM", "PM"]];

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::super::{MERIDIEM_INDEX, MONTH_INDEX, WEEKDAY_INDEX};
    use super::*;

    #[test]
    fn every_written_name_reads_back() {
        for locale in 0..4 {
            for (i, (full, short)) in MONTH_NAMES[locale]
                .iter()
                .zip(MONTH_ABBREVIATIONS[locale])
                .enumerate()
            {
                for name in [*full, short] {
                    let read = MONTH_INDEX.longest(name, &[]);
                    assert_eq!(read, Some((i as u8 + 1, name.len())), "{name}");
                }
            }
            for (i, (full, short)) in WEEKDAY_NAMES[locale]
                .iter()
                .zip(WEEKDAY_ABBREVIATIONS[locale])
                .enumerate()
            {
                for name in [*full, short] {
                    let read = WEEKDAY_INDEX.longest(name, &[]);
                    assert_eq!(read, Some((i as u8, name.len())), "{name}");
                }
            }
            for (i, name) in MERIDIEM_NAMES[locale].iter().enumerate() {
                let read = MERIDIEM_INDEX.longest(name, &[]);
                assert_eq!(read, Some((i as u8, name.len())), "{name}");
            }
        }
    }
}
