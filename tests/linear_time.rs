//! No input makes the parsers take super-linear time: 10 MB of adversarial text
//! (long digit runs, thousands of separators, repeated month names, near-dates, runs of
//! joiner words, ranges and number words) takes
//! about ten times as long as 1 MB of the same, for `parse` and `find_dates`.

#![cfg(feature = "parse")]

use std::time::{Duration, Instant};

/// Adversarial units, each repeated to the sizes measured.
const UNITS: &[(&str, &str)] = &[
    ("one digit run", "۱"),
    ("separators", "/-.٫،"),
    ("digits and separators", "1/"),
    ("month names", "آبان "),
    ("near dates", "۱۴۰۰/۰۸/ ۲۶ آبان ۱۲:۱۲: ۹۹-۹۹-"),
    ("weekdays and days", "سه‌شنبه، ۲۶ "),
    ("ordinal words", "بیست و ششم "),
    ("times", "۱۲:۱۲:"),
    ("range joiners", "تا "),
    ("ranges", "۱۲ تا ۱۵ "),
    ("dashed days", "۱۰–۱۲–"),
    ("doubled ساعت", "ساعت ساعت "),
    ("times in words", "ساعت ۹ و ۱۵ دقیقه و "),
    ("thousands", "هزار"),
    ("years in words", "آبان یکهزار و سیصد و "),
    ("number words", "بیست و "),
    ("lunar labels", "ه.ق "),
    ("years before روز", "۱۴۰۲ در روز "),
    ("month, year, day", "آبان ۱۴۰۰ ۲۶ "),
    ("minutes and seconds", "۵۴ دقیقه و ۲۸ ثانیه "),
    ("glued ISO dates", "09:202024-03-06"),
];

/// The time `f` takes over `text`, the best of two runs.
fn time(text: &str, f: impl Fn(&str)) -> Duration {
    (0..2)
        .map(|_| {
            let start = Instant::now();
            f(text);
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn check(name: &str, f: impl Fn(&str)) {
    for &(kind, unit) in UNITS {
        let small = unit.repeat(1_000_000 / unit.len());
        let large = unit.repeat(10_000_000 / unit.len());
        assert!(large.len() >= 9_900_000);
        let (t_small, t_large) = (time(&small, &f), time(&large, &f));
        // Ten times the text: linear is ~10x; allow noise up to 30x, far below the
        // 100x of a quadratic.
        assert!(
            t_large < t_small * 30 + Duration::from_millis(200),
            "{name} over {kind}: 1 MB in {t_small:?}, 10 MB in {t_large:?}"
        );
    }
}

#[test]
fn find_dates_is_linear() {
    check("find_dates", |text| {
        std::hint::black_box(taqvim::find_dates(text).count());
    });
}

#[test]
fn parse_is_linear() {
    check("parse", |text| {
        let _ = std::hint::black_box(taqvim::parse(text));
    });
}

#[test]
fn the_format_driven_parser_is_linear() {
    check("parse_from_str", |text| {
        let _ = std::hint::black_box(taqvim::JalaliDate::parse_from_str(text, "%d %B %Y"));
        let _ = std::hint::black_box(taqvim::JalaliDate::parse_from_str(text, text));
    });
}
