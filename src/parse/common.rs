//! The forms written most often, read in one pass.
//!
//! News sites, forms and databases write almost every date in one of a few shapes:
//! `۲۶ آبان ۱۴۰۰`, `1400/08/26` or `1400-08-26`, maybe followed by a time,
//! `۲۶ آبان ۱۴۰۰ - ۰۲:۳۹`. The full grammar tries its forms one after the other, with
//! folding and alternative spellings at every step; this module recognises the common
//! shapes, spelled exactly as the lexicon spells them (with a weekday before them or
//! not), in one left-to-right pass. It
//! answers only when the whole input is such a shape and the date is valid, and its
//! answer is then the one the full grammar gives (a property test checks this on every
//! form it accepts); anything else (another spelling, a mark, an era label, an
//! invalid date) goes to the full grammar, which also explains failures. Failing here
//! costs nothing: the parsers carry no error, only the fact of failing.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{eof, opt};
use nom::sequence::preceded;

use nom::IResult;

use super::grammar::{Settings, Written, digit_run, expand_two_digit_year};
use crate::lexicon::{MONTH_EXACT, WEEKDAY_EXACT};
use crate::{Time, Weekday};

/// A parser result with no error to build.
type Fast<'a, T> = IResult<&'a str, T, ()>;

/// Fails without saying why: the full grammar will.
fn no<T>() -> Fast<'static, T> {
    Err(nom::Err::Error(()))
}

/// Between `min` and `max` digits of any script, as a number and a digit count.
fn number(input: &str, min: usize, max: usize) -> Fast<'_, (u32, usize)> {
    match digit_run(input, min, max) {
        Some((rest, value, count)) => Ok((rest, (value, count))),
        None => no(),
    }
}

/// A month name spelled exactly as in the lexicon, as the first entry of the
/// lexicon's month table with that spelling (the one the full grammar takes), maybe
/// with the word ماه after it (آبان‌ماه, آبانماه, آبان ماه), and followed by a space.
fn exact_month(input: &str) -> Fast<'_, u8> {
    const SUFFIX: &str = "ماه";
    // Words are short: a plain loop beats a vectorised search here.
    let bytes = input.as_bytes();
    let word_len = bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len());
    let word = &bytes[..word_len];
    let rest = input.get(word_len..).unwrap_or("");
    if let Some(month) = MONTH_EXACT.get(word) {
        // آبان ماه
        let rest = rest
            .strip_prefix(" ماه")
            .filter(|r| r.starts_with(' '))
            .unwrap_or(rest);
        return Ok((rest, month));
    }
    // آبانماه, آبان‌ماه
    let name = word
        .strip_suffix(SUFFIX.as_bytes())
        .map(|w| w.strip_suffix("\u{200C}".as_bytes()).unwrap_or(w));
    match name.and_then(|name| MONTH_EXACT.get(name)) {
        Some(month) => Ok((rest, month)),
        None => no(),
    }
}

/// `۲۶ آبان ۱۴۰۰`: a day of one or two digits, a month name, a year of two or four.
fn day_month_year(input: &str, settings: Settings) -> Fast<'_, (i32, u8, u8)> {
    let (rest, (day, _)) = number(input, 1, 2)?;
    let (rest, month) = preceded(tag(" "), exact_month).parse(rest)?;
    let (rest, (year, count)) = preceded(tag(" "), |i| number(i, 2, 4)).parse(rest)?;
    let year = match count {
        4 => year as i32,
        2 => expand_two_digit_year(year, settings.pivot),
        _ => return no(),
    };
    Ok((rest, (year, month, day as u8)))
}

/// `1400/08/26` or `1400-08-26`: a four-digit year within the numeric limit, then
/// month and day, with the same separator twice.
fn year_month_day(input: &str, settings: Settings) -> Fast<'_, (i32, u8, u8)> {
    let (rest, (year, _)) = number(input, 4, 4)?;
    if year > u32::from(settings.max_numeric_year) {
        return no();
    }
    let (rest, sep) = alt((tag("/"), tag("-"))).parse(rest)?;
    let (rest, (month, _)) = number(rest, 1, 2)?;
    let (rest, _) = tag(sep).parse(rest)?;
    let (rest, (day, _)) = number(rest, 1, 2)?;
    Ok((rest, (year as i32, month as u8, day as u8)))
}

/// A weekday spelled exactly as in the lexicon (the longest such, of one word or two),
/// then a space or a comma and a space: `سه‌شنبه `, `سه شنبه، `.
fn exact_weekday(input: &str) -> Fast<'_, Weekday> {
    let is_end = |c: char| c == ' ' || c == '،' || c == ',';
    let first = input.find(is_end).unwrap_or(input.len());
    let second = input
        .get(first + 1..)
        .and_then(|rest| rest.find(is_end))
        .map(|i| first + 1 + i);
    let found = second
        .and_then(|end| Some((end, WEEKDAY_EXACT.get(&input.as_bytes()[..end])?)))
        .or_else(|| Some((first, WEEKDAY_EXACT.get(&input.as_bytes()[..first])?)));
    let Some((end, day)) = found else {
        return no();
    };
    let (rest, _) = alt((tag("، "), tag(", "), tag(" "))).parse(&input[end..])?;
    Ok((rest, Weekday::from_days_since_saturday(day)))
}

/// ` - ۰۲:۳۹`, ` ساعت ۰۲:۳۹:۰۵`: a time after a space, a spaced dash, a comma or
/// ساعت, and whether seconds were written.
fn time_after(input: &str) -> Fast<'_, (Time, bool)> {
    let (rest, _) = alt((
        tag(" - "),
        tag(" ساعت "),
        tag("، ساعت "),
        tag("، "),
        tag(" "),
    ))
    .parse(input)?;
    let (rest, (hour, _)) = number(rest, 1, 2)?;
    let (rest, (minute, _)) = preceded(tag(":"), |i| number(i, 1, 2)).parse(rest)?;
    let (rest, second) = opt(preceded(tag(":"), |i| number(i, 1, 2))).parse(rest)?;
    let written = second.is_some();
    let second = second.map_or(0, |(s, _)| s);
    match Time::from_hms(hour as u8, minute as u8, second as u8) {
        Ok(time) if hour < 24 => Ok((rest, (time, written))),
        _ => no(),
    }
}

/// The whole of `input` as one of the common forms with a valid date, or `None`.
pub(crate) fn common_form(input: &str, settings: Settings) -> Option<Written> {
    // Only a letter may start a weekday.
    let starts_with_digit = matches!(
        input.as_bytes(),
        [b'0'..=b'9', ..] | [0xDB, 0xB0..=0xB9, ..] | [0xD9, 0xA0..=0xA9, ..]
    );
    let (rest, weekday) = if starts_with_digit {
        (input, None)
    } else {
        opt(exact_weekday).parse(input).ok()?
    };
    let textual = |i| day_month_year(i, settings).map(|(r, d)| (r, (d, false)));
    let numeric = |i| year_month_day(i, settings).map(|(r, d)| (r, (d, true)));
    let (rest, ((year, month, day), numeric)) = alt((textual, numeric)).parse(rest).ok()?;
    let (rest, time) = opt(time_after).parse(rest).ok()?;
    eof::<_, ()>.parse(rest).ok()?;
    let date = settings.date(year, month, day).ok()?;
    Some(Written {
        date,
        time: time.map(|(t, _)| t),
        offset: None,
        weekday,
        seconds: time.is_some_and(|(_, s)| s),
        numeric,
    })
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::String;

    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    use super::super::grammar::{gap0, written_date};
    use super::*;
    use crate::lexicon::{MONTH_WORDS, WEEKDAY_WORDS};

    const SETTINGS: Settings = Settings {
        pivot: 50,
        max_numeric_year: 1700,
        rule: crate::LeapRule::Astronomical,
    };

    #[test]
    fn reads_the_common_forms_and_nothing_else() {
        let read = |s| {
            common_form(s, SETTINGS).map(|w| {
                let d = w.date;
                (format!("{d}"), w.time)
            })
        };
        let at = |h, m, s| Some(Time::from_hms(h, m, s).unwrap());
        assert_eq!(
            read("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"),
            Some(("1400-08-26".into(), at(2, 39, 0)))
        );
        assert_eq!(read("1400/08/26"), Some(("1400-08-26".into(), None)));
        assert_eq!(
            read("۱۴۰۰-۸-۲۶ ۱۲:۱:۰۵"),
            Some(("1400-08-26".into(), at(12, 1, 5)))
        );
        assert_eq!(read("23 عقرب 98"), Some(("1398-08-23".into(), None)));
        assert_eq!(
            read("۲۶ آبان‌ماه ۱۴۰۰ ساعت ۱۰:۳۰"),
            Some(("1400-08-26".into(), at(10, 30, 0)))
        );
        // Left to the full grammar.
        for text in [
            "۳۰ اسفند ۱۴۰۰",
            "۲۶ آبان ۱۴۰۰ ه.ش",
            "1400/08-26",
            "2021/11/17",
            "۲۶ آبان ۱۴۰۰ - ۲۴:۰۰",
            "۲۶ آبان ۱۴۰۰ ",
            "1400-08-26T02:39",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    /// Writes `n` with at least `width` digits in the script `script` (0 Latin,
    /// 1 Persian, 2 Arabic-Indic).
    fn write_number(n: u32, width: usize, script: u8) -> String {
        format!("{n:0width$}")
            .chars()
            .map(|c| {
                let d = c.to_digit(10).unwrap();
                match script {
                    0 => c,
                    1 => char::from_u32(0x06F0 + d).unwrap(),
                    _ => char::from_u32(0x0660 + d).unwrap(),
                }
            })
            .collect()
    }

    /// A string in one of the common shapes, or a near miss of one.
    fn common_shape() -> impl Strategy<Value = String> {
        let number = |max: u32| (0..=max, 1usize..=2, 0u8..3);
        (
            (
                any::<bool>(),
                proptest::option::of((0..WEEKDAY_WORDS.len(), 0..3usize)),
            ),
            number(40),
            (0..MONTH_WORDS.len(), 0..4usize),
            (0u32..=1800, prop_oneof![Just(2usize), Just(4)], 0u8..3),
            number(14),
            prop_oneof![Just("/"), Just("-"), Just(" ")],
            proptest::option::of((number(25), number(61), proptest::option::of(number(61)))),
            prop_oneof![
                Just(" - "),
                Just(" "),
                Just("  "),
                Just(" ساعت "),
                Just("، ساعت "),
                Just("، ")
            ],
        )
            .prop_map(
                |((textual, weekday), day, month, year, month_number, sep, time, joiner)| {
                    let n = |(v, w, s): (u32, usize, u8)| write_number(v, w, s);
                    let mut text = String::new();
                    if let Some((w, comma)) = weekday {
                        text.push_str(WEEKDAY_WORDS[w].0);
                        text.push_str(["، ", ", ", " "][comma]);
                    }
                    text += &if textual {
                        let (month, suffix) = month;
                        let suffix = ["", "ماه", "\u{200C}ماه", " ماه"][suffix];
                        format!("{} {}{suffix} {}", n(day), MONTH_WORDS[month].0, n(year))
                    } else {
                        format!("{}{sep}{}{sep}{}", n(year), n(month_number), n(day))
                    };
                    if let Some((h, m, s)) = time {
                        text.push_str(joiner);
                        text.push_str(&n(h));
                        text.push(':');
                        text.push_str(&n(m));
                        if let Some(s) = s {
                            text.push(':');
                            text.push_str(&n(s));
                        }
                    }
                    text
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Whatever the common forms accept, the full grammar reads the same way.
        #[test]
        fn agrees_with_the_full_grammar(text in common_shape()) {
            if let Some(fast) = common_form(&text, SETTINGS) {
                let (rest, full) = written_date(&text, SETTINGS)
                    .unwrap_or_else(|e| panic!("{text:?}: the full grammar fails: {e:?}"));
                let (rest, ()) = gap0(rest).unwrap();
                prop_assert_eq!(rest, "", "{:?}", text);
                prop_assert_eq!(fast, full, "{:?}", text);
            }
        }
    }

    #[test]
    fn accepts_most_shapes_that_are_valid_dates() {
        // The agreement above must not hold by accepting nothing.
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = common_shape();
        let (mut valid, mut accepted) = (0, 0);
        for _ in 0..2_000 {
            let text = strategy.new_tree(&mut runner).unwrap().current();
            if let Ok((rest, _)) = written_date(&text, SETTINGS) {
                if gap0(rest).unwrap().0.is_empty() {
                    valid += 1;
                    accepted += usize::from(common_form(&text, SETTINGS).is_some());
                }
            }
        }
        assert!(valid > 200, "{valid} valid shapes");
        assert!(accepted * 2 > valid, "{accepted} of {valid} accepted");
    }
}
