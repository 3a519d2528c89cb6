//! Properties of the parser: no input makes it panic or return an inconsistent match,
//! and dates rendered in the styles it reads come back unchanged.

use proptest::prelude::*;
use taqvim::{JalaliDate, JalaliDateTime, Time, find_dates, parse};

const PERSIAN_DIGITS: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
const ARABIC_DIGITS: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const IRANIAN: [&str; 12] = [
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
const DARI: [&str; 12] = [
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
const PASHTO: [&str; 12] = [
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
const ENGLISH: [&str; 12] = [
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
];
const WEEKDAYS: [&str; 7] = [
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
];

/// `n` zero-padded to `width`, in digit script 0 (ASCII), 1 (Persian) or 2 (Arabic-Indic).
fn digits(n: u32, width: usize, script: u8) -> String {
    let ascii = format!("{n:0width$}");
    match script {
        0 => ascii,
        1 => ascii
            .chars()
            .map(|c| PERSIAN_DIGITS[c as usize - '0' as usize])
            .collect(),
        _ => ascii
            .chars()
            .map(|c| ARABIC_DIGITS[c as usize - '0' as usize])
            .collect(),
    }
}

/// One way of writing a date.
#[derive(Debug, Clone)]
struct Style {
    script: u8,
    names: u8,
    order: u8,
    separator: char,
    weekday: u8,
    time: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (
        0u8..3,
        0u8..4,
        0u8..4,
        prop::sample::select(vec!['/', '-', '.', '٫']),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(|(script, names, order, separator, weekday, time)| Style {
            script,
            names,
            order,
            separator,
            weekday,
            time,
        })
}

fn render(date: JalaliDate, time: Time, s: &Style) -> String {
    let (y, m, d) = (
        date.year() as u32,
        u32::from(date.month()),
        u32::from(date.day()),
    );
    let month = [IRANIAN, DARI, PASHTO, ENGLISH][usize::from(s.names)][m as usize - 1];
    let sep = s.separator;
    let core = match s.order {
        0 => format!(
            "{} {} {}",
            digits(d, 1, s.script),
            month,
            digits(y, 4, s.script)
        ),
        1 => format!(
            "{} {} {}",
            digits(y, 4, s.script),
            month,
            digits(d, 1, s.script)
        ),
        2 => format!(
            "{}{sep}{}{sep}{}",
            digits(y, 4, s.script),
            digits(m, 2, s.script),
            digits(d, 2, s.script)
        ),
        _ => format!(
            "{}{sep}{}{sep}{}",
            digits(d, 2, s.script),
            digits(m, 2, s.script),
            digits(y, 4, s.script)
        ),
    };
    let weekday = WEEKDAYS[usize::from(date.weekday().days_since_saturday())];
    let with_weekday = match s.weekday {
        0 => core,
        1 => format!("{weekday}، {core}"),
        _ => format!("{core} {weekday}"),
    };
    if s.time {
        format!(
            "{with_weekday} - {}:{}",
            digits(u32::from(time.hour()), 2, s.script),
            digits(u32::from(time.minute()), 2, s.script)
        )
    } else {
        with_weekday
    }
}

fn modern_date() -> impl Strategy<Value = JalaliDate> {
    let lo = JalaliDate::new(1000, 1, 1).unwrap().to_epoch_day();
    let hi = JalaliDate::new(1700, 12, 29).unwrap().to_epoch_day();
    (lo..=hi).prop_map(|d| JalaliDate::from_epoch_day(d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn rendered_dates_read_back(date in modern_date(), minutes in 0u32..1440, s in style()) {
        let time = Time::from_hms((minutes / 60) as u8, (minutes % 60) as u8, 0).unwrap();
        let text = render(date, time, &s);
        let parsed = parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        prop_assert_eq!(parsed.date(), date, "{:?}", text);
        prop_assert!(!parsed.weekday_mismatch());
        if s.time {
            prop_assert_eq!(parsed.date_time(), JalaliDateTime::new(date, time));
        } else {
            prop_assert!(parsed.time().is_none());
        }
        let line = format!("خبر: {text} بود");
        let found: Vec<_> = find_dates(&line).collect();
        prop_assert_eq!(found.len(), 1, "{:?}", line);
        prop_assert_eq!(found[0].value().date(), date);
    }

    #[test]
    fn no_text_breaks_the_parser(text in "\\PC{0,60}") {
        let _ = parse(&text);
        let mut last_end = 0;
        for m in find_dates(&text) {
            prop_assert!(m.start() >= last_end);
            prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
            prop_assert_eq!(&text[m.range()], m.as_str());
            last_end = m.end();
        }
    }

    #[test]
    fn near_dates_never_break_it(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "۲۶", "آبان", "۱۴۰۰", "/", "-", ":", "۰۲", " ", "،", "سه‌شنبه", "ساعت", "ب.ظ",
                "99", "12", "1400", ".", "Aban", "بیست و ششم", "ه.ش", "+03:30", "T", "\u{200C}",
                "\u{FEFB}", "ـ", "ماه", "۳۰", "اسفند", "13",
            ]),
            0..16,
        )
    ) {
        let text: String = parts.concat();
        let parsed = parse(&text);
        if let Ok(p) = parsed {
            // Whatever was read is a real date that reads back from its ISO form.
            prop_assert_eq!(p.date().to_string().parse::<JalaliDate>().unwrap(), p.date());
        }
        let mut last_end = 0;
        for m in find_dates(&text) {
            prop_assert!(m.start() >= last_end);
            prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
            last_end = m.end();
        }
    }
}
