//! Names as data: months, weekdays, eras, times of day and ordinal days, in every
//! spelling the parser reads and the forms the formatter writes. Parsing and
//! formatting share these tables; nothing else in the crate spells a name.

// Without the parser only the display names below are used.
#![cfg_attr(not(feature = "parse"), allow(dead_code, unused_imports))]

pub(crate) mod digits;
mod fold;
mod index;
mod names;

pub(crate) use digits::digit_value;

pub(crate) use fold::{Folded, fold, may_start_gap};
pub(crate) use index::{ExactIndex, NameIndex, at_boundary, match_name};
pub(crate) use names::{DARI, ENGLISH, IRANIAN, LocaleNames, PASHTO};

/// Every spelling of every month the parser reads, with the month's number. Spaces
/// and zero-width non-joiners inside a name match any run of either, or none; letters
/// match through [`fold`] (so `ي`/`ی`, `ك`/`ک`, `آ`/`ا` and presentation forms agree)
/// and Latin letters in any case.
pub(crate) const MONTH_WORDS: &[(&str, u8)] = &[
    // Iranian Persian, with common variants.
    ("فروردین", 1),
    ("اردیبهشت", 2),
    ("خرداد", 3),
    ("تیر", 4),
    ("مرداد", 5),
    ("امرداد", 5),
    ("شهریور", 6),
    ("مهر", 7),
    ("آبان", 8),
    ("آذر", 9),
    ("دی", 10),
    ("بهمن", 11),
    ("اسفند", 12),
    // Dari.
    ("حمل", 1),
    ("ثور", 2),
    ("جوزا", 3),
    ("جوزاء", 3),
    ("سرطان", 4),
    ("اسد", 5),
    ("سنبله", 6),
    ("میزان", 7),
    ("عقرب", 8),
    ("قوس", 9),
    ("جدی", 10),
    ("دلو", 11),
    ("حوت", 12),
    // Pashto, with the spellings found in print and on the web.
    ("وری", 1),
    ("غویی", 2),
    ("غوایی", 2),
    ("غویې", 2),
    ("غبرګولی", 3),
    ("غبرگولی", 3),
    ("چنګاښ", 4),
    ("چنگاښ", 4),
    ("زمری", 5),
    ("وږی", 6),
    ("تله", 7),
    ("لړم", 8),
    ("لیندۍ", 9),
    ("مرغومی", 10),
    ("سلواغه", 11),
    ("کب", 12),
    // English transliterations (Iranian names).
    ("Farvardin", 1),
    ("Farvardeen", 1),
    ("Ordibehesht", 2),
    ("Khordad", 3),
    ("Khordaad", 3),
    ("Khurdad", 3),
    ("Tir", 4),
    ("Teer", 4),
    ("Mordad", 5),
    ("Amordad", 5),
    ("Mordaad", 5),
    ("Shahrivar", 6),
    ("Shahrewar", 6),
    ("Mehr", 7),
    ("Mihr", 7),
    ("Aban", 8),
    ("Aabaan", 8),
    ("Abaan", 8),
    ("Azar", 9),
    ("Aazar", 9),
    ("Azer", 9),
    ("Dey", 10),
    ("Dei", 10),
    ("Bahman", 11),
    ("Esfand", 12),
    ("Isfand", 12),
    ("Farwardin", 1),
    ("Farwardeen", 1),
    // Three-letter abbreviations, as other date libraries write them: Persian, and
    // the Latin ones ICU and CLDR use.
    ("فرو", 1),
    ("ارد", 2),
    ("خرد", 3),
    ("مرد", 5),
    ("شهر", 6),
    ("آبا", 8),
    ("بهم", 11),
    ("اسف", 12),
    ("Far", 1),
    ("Amo", 5),
    ("Ord", 2),
    ("Kho", 3),
    ("Mor", 5),
    ("Sha", 6),
    ("Meh", 7),
    ("Aba", 8),
    ("Aza", 9),
    ("Bah", 11),
    ("Esf", 12),
    // English transliterations (Dari names).
    ("Hamal", 1),
    ("Sawr", 2),
    ("Saur", 2),
    ("Jawza", 3),
    ("Jauza", 3),
    ("Saratan", 4),
    ("Asad", 5),
    ("Sunbula", 6),
    ("Sonbola", 6),
    ("Mizan", 7),
    ("Meezan", 7),
    ("Aqrab", 8),
    ("Qaws", 9),
    ("Qaus", 9),
    ("Jadi", 10),
    ("Jadey", 10),
    ("Dalw", 11),
    ("Dalwa", 11),
    ("Hut", 12),
    ("Hoot", 12),
];

/// The word that may follow a month name: ماه, "month" (آبان‌ماه, آبان ماه).
pub(crate) const MONTH_SUFFIX: &str = "ماه";

/// "Year": سال.
pub(crate) const YEAR_WORD: &str = "سال";
/// "Hour", "o'clock": ساعت.
pub(crate) const HOUR_WORD: &str = "ساعت";
/// "Until": تا.
pub(crate) const UNTIL_WORD: &str = "تا";
/// "From": از.
pub(crate) const FROM_WORD: &str = "از";
/// "In", "on": در (`در روز ۳۰ آذر`).
pub(crate) const IN_WORD: &str = "در";

/// The words that may follow a month name as part of it, even glued to it: ماه, and
/// سال ("year") before the year (`۱۵خردادسال۴۲`).
pub(crate) const MONTH_SUFFIXES: &[&str] = &[MONTH_SUFFIX, YEAR_WORD];

/// Words that may stand between a month name and its year: سال ("year"), and the
/// English, Italian and Spanish "of" (`Tir of year 1378`, `Farvardin del 1358`).
pub(crate) const YEAR_JOINER_WORDS: &[(&str, u8)] = &[
    (YEAR_WORD, 0),
    ("of year", 0),
    ("of the year", 0),
    ("of", 0),
    ("del", 0),
    ("de", 0),
];

/// Words that may stand between a day and its month name: "of" (`24 of Aban`).
pub(crate) const DAY_JOINER_WORDS: &[(&str, u8)] = &[("of", 0), ("de", 0)];

/// English ordinal endings written on a day in digits: `1st`, `2nd`, `3rd`, `26th`.
pub(crate) const ENGLISH_ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th"];

/// Persian ordinal endings written on a day in digits: `۲۶ام`, `۹مه` (Pashto), `۲۶م`.
pub(crate) const ORDINAL_ENDINGS: &[&str] = &["ام", "مه", "م"];

/// Every spelling of every weekday, with its position from Saturday (0..=6).
pub(crate) const WEEKDAY_WORDS: &[(&str, u8)] = &[
    ("شنبه", 0),
    ("یکشنبه", 1),
    ("یک شنبه", 1),
    ("دوشنبه", 2),
    ("دو شنبه", 2),
    ("سه شنبه", 3),
    ("سه‌شنبه", 3),
    ("چهارشنبه", 4),
    ("چهار شنبه", 4),
    ("چارشنبه", 4),
    ("پنجشنبه", 5),
    ("پنج شنبه", 5),
    ("جمعه", 6),
    ("آدینه", 6),
    // Pashto.
    ("اتوار", 1),
    ("ګل", 2),
    ("نهه", 3),
    ("شورو", 4),
    ("زیارت", 5),
    // English, full and abbreviated.
    ("Saturday", 0),
    ("Sunday", 1),
    ("Monday", 2),
    ("Tuesday", 3),
    ("Wednesday", 4),
    ("Thursday", 5),
    ("Friday", 6),
    ("Sat", 0),
    ("Sun", 1),
    ("Mon", 2),
    ("Tue", 3),
    ("Tues", 3),
    ("Wed", 4),
    ("Thu", 5),
    ("Thur", 5),
    ("Thurs", 5),
    ("Fri", 6),
    // Transliterated Persian.
    ("Shanbe", 0),
    ("Shanbeh", 0),
    ("Yekshanbe", 1),
    ("Yekshanbeh", 1),
    ("Doshanbe", 2),
    ("Doshanbeh", 2),
    ("Seshanbe", 3),
    ("Seshanbeh", 3),
    ("Chaharshanbe", 4),
    ("Chaharshanbeh", 4),
    ("Panjshanbe", 5),
    ("Panjshanbeh", 5),
    ("Jome", 6),
    ("Jomeh", 6),
    ("Jumah", 6),
];

/// Labels that mark a year as Solar Hijri.
pub(crate) const ERA_WORDS: &[(&str, u8)] = &[
    ("هجری شمسی", 0),
    ("هجری خورشیدی", 0),
    ("ه.ش.", 0),
    ("ه.ش", 0),
    ("ه. ش.", 0),
    ("ه. ش", 0),
    ("هـ.ش.", 0),
    ("هـ.ش", 0),
    ("هـ ش", 0),
    ("ه ش", 0),
    ("هش", 0),
    ("شمسی", 0),
    ("خورشیدی", 0),
    ("ش", 0),
    ("AP", 0),
    ("A.P.", 0),
    ("SH", 0),
    ("S.H.", 0),
    ("AHS", 0),
    ("HS", 0),
    ("H.Sh.", 0),
    ("H.Sh", 0),
    ("SH.", 0),
    ("solar hijri", 0),
    ("solar", 0),
];

/// The calendar of a [`FOREIGN_ERA_WORDS`] label: the lunar Hijri calendar.
pub(crate) const LUNAR_HIJRI: u8 = 0;
/// The Gregorian calendar.
pub(crate) const GREGORIAN: u8 = 1;
/// Either Hijri calendar: English `AH`.
pub(crate) const HIJRI_EITHER: u8 = 2;

/// Labels that mark a date as lunar Hijri or Gregorian: a date carrying one is not
/// Jalali, whatever its numbers.
pub(crate) const FOREIGN_ERA_WORDS: &[(&str, u8)] = &[
    ("هجری قمری", LUNAR_HIJRI),
    ("ه.ق.", LUNAR_HIJRI),
    ("ه.ق", LUNAR_HIJRI),
    ("ه. ق", LUNAR_HIJRI),
    ("هـ.ق", LUNAR_HIJRI),
    ("هـ ق", LUNAR_HIJRI),
    ("ه ق", LUNAR_HIJRI),
    ("هق", LUNAR_HIJRI),
    ("قمری", LUNAR_HIJRI),
    ("ق", LUNAR_HIJRI),
    // English writes AH for both Hijri calendars: foreign after a numeric date, not
    // after a Jalali month name (`12th of Farvardin 1358 AH`).
    ("AH", HIJRI_EITHER),
    ("A.H.", HIJRI_EITHER),
    ("میلادی", GREGORIAN),
    ("م", GREGORIAN),
    ("AD", GREGORIAN),
    ("A.D.", GREGORIAN),
    ("CE", GREGORIAN),
    ("BC", GREGORIAN),
];

/// Lunar Hijri and Gregorian month names: a date written with one is not Jalali.
pub(crate) const FOREIGN_MONTH_WORDS: &[(&str, u8)] = &[
    ("محرم", 0),
    ("صفر", 0),
    ("ربیع الاول", 0),
    ("ربیع الثانی", 0),
    ("ربیع الآخر", 0),
    ("جمادی الاول", 0),
    ("جمادی الاولی", 0),
    ("جمادی الثانی", 0),
    ("جمادی الثانیه", 0),
    ("جمادی الآخر", 0),
    ("رجب", 0),
    ("شعبان", 0),
    ("رمضان", 0),
    ("شوال", 0),
    ("ذی القعده", 0),
    ("ذیقعده", 0),
    ("ذی الحجه", 0),
    ("ذیحجه", 0),
    ("ژانویه", 1),
    ("فوریه", 1),
    ("مارس", 1),
    ("آوریل", 1),
    ("مه", 1),
    ("ژوئن", 1),
    ("ژوئیه", 1),
    ("جولای", 1),
    ("اوت", 1),
    ("آگوست", 1),
    ("سپتامبر", 1),
    ("اکتبر", 1),
    ("نوامبر", 1),
    ("دسامبر", 1),
    ("جنوری", 1),
    ("فبروری", 1),
    ("مارچ", 1),
    ("اپریل", 1),
    ("می", 1),
    ("جون", 1),
    ("جولائی", 1),
    ("اگست", 1),
    ("سپتمبر", 1),
    ("اکتوبر", 1),
    ("نومبر", 1),
    ("دسمبر", 1),
    ("January", 1),
    ("February", 1),
    ("March", 1),
    ("April", 1),
    ("May", 1),
    ("June", 1),
    ("July", 1),
    ("August", 1),
    ("September", 1),
    ("October", 1),
    ("November", 1),
    ("December", 1),
    ("Jan", 1),
    ("Feb", 1),
    ("Mar", 1),
    ("Apr", 1),
    ("Jun", 1),
    ("Jul", 1),
    ("Aug", 1),
    ("Sep", 1),
    ("Sept", 1),
    ("Oct", 1),
    ("Nov", 1),
    ("Dec", 1),
];

/// Markers of the half of the day, with 0 for before noon and 1 for after, and the
/// broad times of day that say the same: صبح (morning), عصر (afternoon); 2 for شب
/// (night: evening hours and small hours), 3 for ظهر (noon: 11 to 17 o'clock).
pub(crate) const MERIDIEM_WORDS: &[(&str, u8)] = &[
    ("ق.ظ.", 0),
    ("ق.ظ", 0),
    ("ق ظ", 0),
    ("قظ", 0),
    ("قبل از ظهر", 0),
    ("قبل‌ازظهر", 0),
    ("صبح", 0),
    ("بامداد", 0),
    ("ب.ظ.", 1),
    ("ب.ظ", 1),
    ("ب ظ", 1),
    ("بظ", 1),
    ("بعد از ظهر", 1),
    ("بعدازظهر", 1),
    ("عصر", 1),
    ("شب", 2),
    ("ظهر", 3),
    // Pashto: غ.م. (before noon), غ.و. (after noon).
    ("غ.م.", 0),
    ("غ.م", 0),
    ("غ.و.", 1),
    ("غ.و", 1),
    ("AM", 0),
    ("A.M.", 0),
    ("a.m.", 0),
    ("PM", 1),
    ("P.M.", 1),
    ("p.m.", 1),
];

/// The words that may join a date and a time: ساعت ("hour", "at"), with از ("from")
/// or در ("at") before it.
pub(crate) const TIME_JOINER_WORDS: &[(&str, u8)] =
    &[(HOUR_WORD, 0), ("از ساعت", 0), ("در ساعت", 0), ("at", 0)];

/// "And", which joins the parts of a time in words (`ساعت ۹ و ۱۵ دقیقه`) and the
/// parts of a number word (`بیست و یک`).
pub(crate) const AND_WORD: &str = "و";

/// "Minute" and "second", after their numbers in a time in words.
pub(crate) const MINUTE_WORD: &str = "دقیقه";
pub(crate) const SECOND_WORD: &str = "ثانیه";

/// The seasons, with their number (0 for spring, from 1 Farvardin): بهار, تابستان,
/// پاییز, زمستان, and the Dari and English names.
pub(crate) const SEASON_WORDS: &[(&str, u8)] = &[
    ("بهار", 0),
    ("تابستان", 1),
    ("پاییز", 2),
    ("پائیز", 2),
    ("خزان", 2),
    ("زمستان", 3),
    ("پسرلی", 0),
    ("اوړی", 1),
    ("منی", 2),
    ("ژمی", 3),
    ("spring", 0),
    ("summer", 1),
    ("autumn", 2),
    ("fall", 2),
    ("winter", 3),
];

/// Words that join the two ends of a range: تا, الی, لغایت ("until"), to.
pub(crate) const RANGE_JOINER_WORDS: &[(&str, u8)] = &[
    (UNTIL_WORD, 0),
    ("الی", 0),
    ("لغایت", 0),
    ("to", 0),
    ("until", 0),
    ("till", 0),
];

/// Dashes that join the two ends of a range of days (`۱۰–۱۲ آبان`).
pub(crate) const RANGE_DASHES: &[char] = &['-', '–', '—'];

/// Words that may open a range: از ("from"), from.
pub(crate) const RANGE_START_WORDS: &[(&str, u8)] = &[(FROM_WORD, 0), ("from", 0)];

/// "Day", which may stand before a weekday or a date after a time (`ساعت ۸ روز
/// شنبه ۲۵ آبان`).
pub(crate) const DAY_WORD: &str = "روز";

// ---------------------------------------------------------------------------------
// Punctuation and gaps.

/// The zero-width non-joiner, which may join ماه to a month name (آبان‌ماه) or an
/// ordinal ending to its number (۲۶‌ام).
pub(crate) const NON_JOINER: char = '\u{200C}';

/// Whether `c` is a comma, Latin or Arabic.
#[inline]
pub(crate) const fn is_comma(c: char) -> bool {
    matches!(c, ',' | '،')
}

/// Whether `c` separates the numbers of a numeric date: `/ - .`, the Arabic decimal
/// separator and comma, a backslash, a full-width slash, an underscore.
#[inline]
pub(crate) const fn is_date_separator(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '٫' | '،' | '\\' | '／' | '_')
}

/// Whether `c` is a colon between hours and minutes (ASCII or full-width).
#[inline]
pub(crate) const fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：')
}

/// Whether `c` is a decimal point before a fraction of a second (ASCII or Arabic).
#[inline]
pub(crate) const fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '٫')
}

/// Whether `c` may stand between a date and its time: a dash, a comma, a bar, a slash
/// or an opening bracket.
#[inline]
pub(crate) const fn is_date_time_mark(c: char) -> bool {
    matches!(c, '-' | '–' | '|' | '/' | '(') || is_comma(c)
}

/// Whether `c` may stand between a month name and its year besides spaces: a comma, a
/// dash, an opening bracket.
#[inline]
pub(crate) const fn is_month_year_mark(c: char) -> bool {
    matches!(c, '-' | '(') || is_comma(c)
}

/// Whether `c` may open the text a date stands in, or separate it from the words
/// before: a comma, a bracket, a quote.
#[inline]
pub(crate) const fn is_opening_mark(c: char) -> bool {
    matches!(c, '(' | '«' | '[' | '"' | '“') || is_comma(c)
}

/// Whether `c` ends a word in an error message's quote of the text: a space or a
/// mark of punctuation between words.
#[inline]
pub(crate) fn is_word_end(c: char) -> bool {
    c.is_whitespace() || matches!(c, ';' | ':' | '/') || is_comma(c)
}

/// Ordinal day words, with the day they name.
pub(crate) const ORDINAL_WORDS: &[(&str, u8)] = &[
    ("یکم", 1),
    ("اول", 1),
    ("دوم", 2),
    ("سوم", 3),
    ("چهارم", 4),
    ("پنجم", 5),
    ("ششم", 6),
    ("هفتم", 7),
    ("هشتم", 8),
    ("نهم", 9),
    ("دهم", 10),
    ("یازدهم", 11),
    ("دوازدهم", 12),
    ("سیزدهم", 13),
    ("چهاردهم", 14),
    ("پانزدهم", 15),
    ("شانزدهم", 16),
    ("هفدهم", 17),
    ("هجدهم", 18),
    ("هیجدهم", 18),
    ("نوزدهم", 19),
    ("بیستم", 20),
    ("بیست و یکم", 21),
    ("بیست و دوم", 22),
    ("بیست و سوم", 23),
    ("بیست و چهارم", 24),
    ("بیست و پنجم", 25),
    ("بیست و ششم", 26),
    ("بیست و هفتم", 27),
    ("بیست و هشتم", 28),
    ("بیست و نهم", 29),
    ("سی ام", 30),
    ("سیام", 30),
    ("سی و یکم", 31),
    // English.
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("primo", 1),
];

/// Number words below twenty, with their value: یک … نوزده. With [`TENS_WORDS`],
/// [`HUNDREDS_WORDS`] and [`THOUSAND_WORDS`], joined by [`AND_WORD`], they spell the
/// cardinal days (سه مهر, بیست و یک آذر) and years in words (یکهزار و سیصد و
/// هشتاد و نه).
pub(crate) const UNIT_WORDS: &[(&str, u8)] = &[
    ("یک", 1),
    ("دو", 2),
    ("سه", 3),
    ("چهار", 4),
    ("پنج", 5),
    ("شش", 6),
    ("شیش", 6),
    ("هفت", 7),
    ("هشت", 8),
    ("نه", 9),
    ("ده", 10),
    ("یازده", 11),
    ("دوازده", 12),
    ("سیزده", 13),
    ("چهارده", 14),
    ("پانزده", 15),
    ("پونزده", 15),
    ("شانزده", 16),
    ("هفده", 17),
    ("هجده", 18),
    ("هیجده", 18),
    ("نوزده", 19),
];

/// Tens, by their digit: بیست (2) … نود (9).
pub(crate) const TENS_WORDS: &[(&str, u8)] = &[
    ("بیست", 2),
    ("سی", 3),
    ("چهل", 4),
    ("پنجاه", 5),
    ("شصت", 6),
    ("هفتاد", 7),
    ("هشتاد", 8),
    ("نود", 9),
];

/// Hundreds, by their digit: صد, یکصد (1) … نهصد (9).
pub(crate) const HUNDREDS_WORDS: &[(&str, u8)] = &[
    ("صد", 1),
    ("یکصد", 1),
    ("یک صد", 1),
    ("دویست", 2),
    ("سیصد", 3),
    ("چهارصد", 4),
    ("پانصد", 5),
    ("ششصد", 6),
    ("هفتصد", 7),
    ("هشتصد", 8),
    ("نهصد", 9),
];

/// The word for a thousand, which a year in words holds (and nothing in it is a
/// digit): what `find_dates` looks for besides digits.
pub(crate) const THOUSAND: &str = "هزار";

/// A thousand: هزار, یکهزار, یک هزار.
pub(crate) const THOUSAND_WORDS: &[(&str, u8)] = &[(THOUSAND, 1), ("یکهزار", 1), ("یک هزار", 1)];

/// The index of every name table the parser uses, built at compile time.
pub(crate) static MONTH_INDEX: NameIndex<{ MONTH_WORDS.len() }> = NameIndex::new(MONTH_WORDS);
pub(crate) static WEEKDAY_INDEX: NameIndex<{ WEEKDAY_WORDS.len() }> = NameIndex::new(WEEKDAY_WORDS);
pub(crate) static ERA_INDEX: NameIndex<{ ERA_WORDS.len() }> = NameIndex::new(ERA_WORDS);
pub(crate) static FOREIGN_ERA_INDEX: NameIndex<{ FOREIGN_ERA_WORDS.len() }> =
    NameIndex::new(FOREIGN_ERA_WORDS);
pub(crate) static FOREIGN_MONTH_INDEX: NameIndex<{ FOREIGN_MONTH_WORDS.len() }> =
    NameIndex::new(FOREIGN_MONTH_WORDS);
pub(crate) static MERIDIEM_INDEX: NameIndex<{ MERIDIEM_WORDS.len() }> =
    NameIndex::new(MERIDIEM_WORDS);
pub(crate) static TIME_JOINER_INDEX: NameIndex<{ TIME_JOINER_WORDS.len() }> =
    NameIndex::new(TIME_JOINER_WORDS);
/// Month and weekday names by their exact spelling, for the parser's fast path.
pub(crate) static MONTH_EXACT: ExactIndex<256> = ExactIndex::new(MONTH_WORDS);
pub(crate) static WEEKDAY_EXACT: ExactIndex<128> = ExactIndex::new(WEEKDAY_WORDS);
pub(crate) static ORDINAL_INDEX: NameIndex<{ ORDINAL_WORDS.len() }> = NameIndex::new(ORDINAL_WORDS);
pub(crate) static SEASON_INDEX: NameIndex<{ SEASON_WORDS.len() }> = NameIndex::new(SEASON_WORDS);
pub(crate) static RANGE_JOINER_INDEX: NameIndex<{ RANGE_JOINER_WORDS.len() }> =
    NameIndex::new(RANGE_JOINER_WORDS);
pub(crate) static RANGE_START_INDEX: NameIndex<{ RANGE_START_WORDS.len() }> =
    NameIndex::new(RANGE_START_WORDS);
pub(crate) static UNIT_INDEX: NameIndex<{ UNIT_WORDS.len() }> = NameIndex::new(UNIT_WORDS);
pub(crate) static TENS_INDEX: NameIndex<{ TENS_WORDS.len() }> = NameIndex::new(TENS_WORDS);
pub(crate) static HUNDREDS_INDEX: NameIndex<{ HUNDREDS_WORDS.len() }> =
    NameIndex::new(HUNDREDS_WORDS);
pub(crate) static THOUSAND_INDEX: NameIndex<{ THOUSAND_WORDS.len() }> =
    NameIndex::new(THOUSAND_WORDS);
pub(crate) static YEAR_JOINER_INDEX: NameIndex<{ YEAR_JOINER_WORDS.len() }> =
    NameIndex::new(YEAR_JOINER_WORDS);
pub(crate) static DAY_JOINER_INDEX: NameIndex<{ DAY_JOINER_WORDS.len() }> =
    NameIndex::new(DAY_JOINER_WORDS);
