//! What the formatter writes, the format-driven parser reads back to the same value:
//! over dates and times, every locale, every digit script and a set of formats.

#![cfg(feature = "parse")]

use proptest::prelude::*;
use taqvim::{Digits, Formatter, JalaliDate, JalaliDateTime, Locale, Time};

/// How much of a date-time a format keeps.
#[derive(Clone, Copy, Debug)]
enum Keeps {
    Date,
    Minutes,
    Seconds,
    Everything,
}

/// Formats, with what each keeps and whether it writes a two-digit year (which reads
/// back only inside the pivot's century window).
const FORMATS: &[(&str, Keeps, bool)] = &[
    ("%Y-%m-%d", Keeps::Date, false),
    ("%d %B %Y", Keeps::Date, false),
    ("%A %-d %B %Y", Keeps::Date, false),
    ("%a, %e %b %Y", Keeps::Date, false),
    ("%j/%Y %A", Keeps::Date, false),
    ("%u %F", Keeps::Date, false),
    ("%w %F", Keeps::Date, false),
    ("%_m/%_d/%Y", Keeps::Date, false),
    ("%y/%m/%d", Keeps::Date, true),
    ("%d %B %Y - %H:%M", Keeps::Minutes, false),
    ("%A %d %B %Y ساعت %H:%M:%S", Keeps::Seconds, false),
    ("%Y/%m/%d %I:%M:%S %p", Keeps::Seconds, false),
    ("%-I:%M %P %-d %B %Y", Keeps::Minutes, false),
    ("%k:%M %F", Keeps::Minutes, false),
    ("%l:%M %p, %e %b %y", Keeps::Minutes, true),
    ("%FT%T%.f", Keeps::Everything, false),
    ("%F %T.%f", Keeps::Everything, false),
    ("%F %R:%S.%9f", Keeps::Everything, false),
    ("%F %H:%M:%S%.9f", Keeps::Everything, false),
    ("%Y%%%m%n%d%t%T", Keeps::Seconds, false),
    ("%Y%m%d", Keeps::Date, false),
    ("%Y%m%dT%H%M%S", Keeps::Seconds, false),
    ("%x", Keeps::Date, false),
    ("%x %X", Keeps::Seconds, false),
    ("%c", Keeps::Seconds, false),
    ("%Y %U %A", Keeps::Date, false),
    ("%K %d %B %Y، هفته %U", Keeps::Date, false),
];

const LOCALES: [Locale; 4] = [
    Locale::Iranian,
    Locale::Dari,
    Locale::Pashto,
    Locale::English,
];
const DIGITS: [Digits; 3] = [Digits::Persian, Digits::ArabicIndic, Digits::Latin];

fn value() -> impl Strategy<Value = JalaliDateTime> {
    let first = JalaliDate::new(1, 1, 1).unwrap().to_epoch_day();
    let last = JalaliDate::new(3178, 12, 29).unwrap().to_epoch_day();
    (
        first..=last,
        0u8..24,
        0u8..60,
        0u8..60,
        0u32..1_000_000_000,
        0u8..3,
    )
        .prop_map(|(day, h, m, s, nano, precision)| {
            // Fractions of every precision, and none.
            let nano = match precision {
                0 => 0,
                1 => nano / 1_000_000 * 1_000_000,
                _ => nano,
            };
            JalaliDateTime::new(
                JalaliDate::from_epoch_day(day).unwrap(),
                Time::from_hms_nano(h, m, s, nano).unwrap(),
            )
        })
}

/// `value` with only what `keeps` keeps.
fn kept(value: JalaliDateTime, keeps: Keeps) -> JalaliDateTime {
    let t = value.time();
    let time = match keeps {
        Keeps::Date => Time::MIDNIGHT,
        Keeps::Minutes => Time::from_hms(t.hour(), t.minute(), 0).unwrap(),
        Keeps::Seconds => Time::from_hms(t.hour(), t.minute(), t.second()).unwrap(),
        Keeps::Everything => t,
    };
    JalaliDateTime::new(value.date(), time)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn what_is_written_reads_back(
        value in value(),
        format in 0..FORMATS.len(),
        locale in 0..LOCALES.len(),
        digits in 0..DIGITS.len(),
    ) {
        let (pattern, keeps, two_digit_year) = FORMATS[format];
        // Two-digit years expand into 1320..=1419 with the default pivot: move the
        // date into that window (30 Esfand to 29 Esfand where the year is not leap).
        let value = if two_digit_year {
            let d = value.date();
            let year = 1320 + d.year().rem_euclid(100);
            let date = JalaliDate::new(year, d.month(), d.day())
                .or_else(|_| JalaliDate::new(year, d.month(), 29))
                .unwrap();
            JalaliDateTime::new(date, value.time())
        } else {
            value
        };
        let formatter = Formatter::new(pattern)
            .unwrap()
            .with_locale(LOCALES[locale])
            .with_digits(DIGITS[digits]);
        let text = formatter.format(&value).unwrap().to_string();
        let expected = kept(value, keeps);
        match keeps {
            Keeps::Date => {
                let read = JalaliDate::parse_from_str(&text, pattern);
                prop_assert_eq!(read, Ok(expected.date()), "{:?} from {:?}", text, pattern);
            }
            _ => {
                let read = JalaliDateTime::parse_from_str(&text, pattern);
                prop_assert_eq!(read, Ok(expected), "{:?} from {:?}", text, pattern);
            }
        }
    }
}

#[test]
fn the_news_line_both_ways() {
    let pattern = "%d %B %Y - %H:%M";
    let formatter = Formatter::new(pattern)
        .unwrap()
        .with_locale(Locale::Iranian);
    let value = JalaliDateTime::parse_from_str("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", pattern).unwrap();
    assert_eq!(
        formatter.format(&value).unwrap().to_string(),
        "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"
    );
}
