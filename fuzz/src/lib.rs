//! The properties every fuzz target asserts, one function per target, each taking the
//! fuzzer's raw bytes. The targets in `fuzz_targets/` call these; the stable test
//! `tests/fuzz_corpus.rs` includes this file and replays every committed corpus and
//! crash input through the same functions.
//!
//! A failed property panics, which is what libFuzzer reports as a crash.

use arbitrary::{Arbitrary, Unstructured};
use chrono::{FixedOffset, NaiveDate};
use taqvim::{
    DateParser, Digits, Formatter, JalaliDate, JalaliDateTime, LeapRule, Locale, ShortMonth, Time,
    Zoned,
};

const LOCALES: [Locale; 4] = [
    Locale::Iranian,
    Locale::Dari,
    Locale::Pashto,
    Locale::English,
];
const DIGITS: [Digits; 3] = [Digits::Persian, Digits::ArabicIndic, Digits::Latin];
const RULES: [LeapRule; 4] = [
    LeapRule::Astronomical,
    LeapRule::Borkowski,
    LeapRule::ThirtyThreeYear,
    LeapRule::Birashk2820,
];

/// The text of a text target: the bytes when they are UTF-8.
fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// `taqvim::parse` (and with every option): a date it reads is valid, reads back from
/// its ISO form, and reads back from what the formatter writes of it.
pub fn parse(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let parsers = [
        DateParser::new(),
        DateParser::new().strict_weekday(true).pivot(99),
        DateParser::new()
            .rule(LeapRule::Birashk2820)
            .max_numeric_year(9999),
    ];
    for (i, parser) in parsers.into_iter().enumerate() {
        let Ok(parsed) = parser.parse(text) else {
            continue;
        };
        let date = parsed.date();
        assert_eq!(date.to_string().parse::<JalaliDate>(), Ok(date), "{text:?}");
        let dt = parsed.date_time();
        assert_eq!(dt.to_string().parse::<JalaliDateTime>(), Ok(dt), "{text:?}");
        if i == 0 && (1..=9999).contains(&date.year()) {
            // What it read, written in a form it reads, reads back the same.
            // (Numeric dates past year 1700 are taken for Gregorian; month names are not.)
            let f = Formatter::new("%d %B %Y %H:%M:%S%.f")
                .unwrap()
                .with_locale(Locale::Iranian);
            let written = f.format(&dt).unwrap().to_string();
            let again = taqvim::parse(&written).map(|p| p.date_time());
            assert_eq!(again, Ok(dt), "{text:?} -> {written:?}");
        }
        if parsed.weekday_mismatch() {
            assert_ne!(parsed.written_weekday(), Some(date.weekday()));
        }
    }
}

/// `taqvim::find_dates`: matches lie on character boundaries, in order, without
/// overlapping, and each reads on its own to the same value, but for a day listed
/// before a date of its month (`۴ و ۵ آذر ۱۴۰۴`): that match is the day's digits alone,
/// and its value that day of the next match's month and year, before it.
pub fn find_dates(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let mut last_end = 0;
    let matches: Vec<_> = taqvim::find_dates(text).collect();
    for (i, m) in matches.iter().enumerate() {
        assert!(m.start() >= last_end, "{text:?}: overlapping matches");
        assert!(m.start() < m.end(), "{text:?}: an empty match");
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        assert_eq!(&text[m.range()], m.as_str());
        let alone = taqvim::parse(m.as_str()).map(|p| p.date());
        let listed = m.as_str().chars().all(char::is_numeric);
        if listed {
            let next = matches
                .get(i + 1)
                .expect("a listed day comes before its date");
            let (day, date) = (m.value().date(), next.value().date());
            assert_eq!((day.year(), day.month()), (date.year(), date.month()));
            assert!(day < date, "{text:?}: a listed day after its date");
        } else {
            assert_eq!(alone, Ok(m.value().date()), "{text:?}: {:?}", m.as_str());
        }
        last_end = m.end();
    }
}

/// The format-driven parser with an arbitrary format and text (the input is the
/// format, a line break, then the text): what it reads is valid, and, written back
/// with the same format, reads back the same.
pub fn parse_from_str(data: &[u8]) {
    // The format, a line break, the text.
    let Some((format, text)) = text(data).and_then(|t| t.split_once('\n')) else {
        return;
    };
    if let Ok(date) = JalaliDate::parse_from_str(text, format) {
        assert_eq!(
            JalaliDate::new(date.year(), date.month(), date.day()),
            Ok(date)
        );
    }
    let Ok(dt) = JalaliDateTime::parse_from_str(text, format) else {
        return;
    };
    assert_eq!(dt.to_string().parse::<JalaliDateTime>(), Ok(dt));
    // Written back with the same format (when the formatter takes it and the value
    // needs no offset), in every locale and script, it reads back to the same value,
    // or fails where the written names, markers and literals run together so that
    // their ends cannot be found: it never reads back another value. A number the
    // writer pads is read at its width when a digit follows it, which makes `%Y1` and
    // `%Y%m%d` exact; the one text no reader can split is a year wider than four digits
    // with a digit after it, which this property leaves out; and a number padded with
    // spaces (`%_j`, `%e`, `%k`) between whitespace of the format, which matches any
    // run of spaces and so takes the padding in, and a digit.
    let Ok(formatter) = Formatter::new(format) else {
        return;
    };
    if dt.date().year().unsigned_abs() > 9999 && year_then_digit(format) {
        return;
    }
    if space_padded_between(format) {
        return;
    }
    for locale in LOCALES {
        for digits in DIGITS {
            let f = formatter.with_locale(locale).with_digits(digits);
            let Ok(shown) = f.format(&dt) else { return };
            let written = shown.to_string();
            if let Ok(again) = JalaliDateTime::parse_from_str(&written, format) {
                assert_eq!(again, dt, "{text:?} by {format:?} -> {written:?}");
            }
        }
    }
}

/// Whether `format` has a `%Y` (with any padding flag) that a digit or another
/// directive may follow.
fn year_then_digit(format: &str) -> bool {
    let mut rest = format;
    while let Some(i) = rest.find('%') {
        let after = &rest[i + 1..];
        let after = after.strip_prefix(['-', '_', '0']).unwrap_or(after);
        if let Some(next) = after.strip_prefix('Y') {
            if next.starts_with(|c: char| c == '%' || c.is_numeric()) {
                return true;
            }
        }
        // Skip the directive's letter, so `%%Y` is not taken for `%Y`.
        rest = after
            .get(after.chars().next().map_or(0, char::len_utf8)..)
            .unwrap_or("");
    }
    false
}

/// Whether `format` has a number padded with spaces (`%_X`, `%e`, `%k`, `%l`) right
/// after whitespace (a space, a tab, `%n`, `%t`) and right before a digit or another
/// directive.
fn space_padded_between(format: &str) -> bool {
    let mut previous_is_space = false;
    let mut rest = format;
    while let Some(c) = rest.chars().next() {
        if c != '%' {
            previous_is_space = c.is_whitespace();
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let after = &rest[1..];
        let (padded, body) = match after.strip_prefix('_') {
            Some(body) => (true, body),
            None => (false, after.strip_prefix(['-', '0']).unwrap_or(after)),
        };
        let Some(letter) = body.chars().next() else {
            return false;
        };
        let next = &body[letter.len_utf8()..];
        let space_padded = (padded && "YmdjHIMSyuw".contains(letter)) || "ekl".contains(letter);
        if space_padded
            && previous_is_space
            && next.starts_with(|c: char| c == '%' || c.is_numeric())
        {
            return true;
        }
        previous_is_space = matches!(letter, 'n' | 't');
        rest = next;
    }
    false
}

/// A date-time from structured input, over the whole supported range.
fn date_time(u: &mut Unstructured<'_>) -> arbitrary::Result<JalaliDateTime> {
    let day = u.int_in_range(JalaliDate::MIN.to_epoch_day()..=JalaliDate::MAX.to_epoch_day())?;
    let date = JalaliDate::from_epoch_day(day).expect("a day in range");
    let time = Time::from_hms_nano(
        u.int_in_range(0..=23)?,
        u.int_in_range(0..=59)?,
        u.int_in_range(0..=59)?,
        u.int_in_range(0..=999_999_999)?,
    )
    .expect("a valid time");
    Ok(JalaliDateTime::new(date, time))
}

/// Formatting with an arbitrary format (the input's first line; the rest makes the
/// value and the offset): no panic, in every locale and script, for
/// dates, date-times and zoned values; a failing writer is reported, not a panic;
/// the ISO directives read back.
pub fn format(data: &[u8]) {
    // The format, a line break, then the bytes the value is made from.
    let Some(newline) = data.iter().position(|&b| b == b'\n') else {
        return;
    };
    let Ok(format) = std::str::from_utf8(&data[..newline]) else {
        return;
    };
    let mut u = Unstructured::new(&data[newline + 1..]);
    let (Ok(dt), Ok(offset)) = (date_time(&mut u), u.int_in_range(-86_399..=86_399)) else {
        return;
    };
    let zoned = FixedOffset::east_opt(offset).and_then(|tz| Zoned::from_local(dt, &tz).ok());
    let Ok(formatter) = Formatter::new(format) else {
        return;
    };
    struct Full;
    impl std::fmt::Write for Full {
        fn write_str(&mut self, _: &str) -> std::fmt::Result {
            Err(std::fmt::Error)
        }
    }
    for locale in LOCALES {
        for digits in DIGITS {
            let f = formatter.with_locale(locale).with_digits(digits);
            if let Ok(shown) = f.format(&dt.date()) {
                let _ = shown.to_string();
                let _ = shown.write_to(&mut Full);
            }
            if let Ok(shown) = f.format(&dt) {
                let _ = shown.to_string();
            }
            if let Some(z) = &zoned {
                let shown = f.format(z).expect("a zoned value has every field");
                let _ = shown.to_string();
            }
        }
    }
    let iso = Formatter::new("%F %T%.f")
        .unwrap()
        .format(&dt)
        .unwrap()
        .to_string();
    assert_eq!(iso.replacen(' ', "T", 1).parse::<JalaliDateTime>(), Ok(dt));
}

/// Conversions from arbitrary integers, the extremes included: every accepted value
/// round-trips through Gregorian dates, day numbers, chrono and the other rules.
pub fn convert(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok((year, month, day, epoch, seconds)) = <(i32, u8, u8, i32, i64)>::arbitrary(&mut u)
    else {
        return;
    };
    for (y, m, d) in [(year, month, day), (year % 4000, month % 14, day % 33)] {
        if let Ok(date) = JalaliDate::new(y, m, d) {
            check_date(date);
        }
        if let Ok(date) = JalaliDate::from_gregorian(y, m, d) {
            assert_eq!(date.to_gregorian(), (y, m, d));
            check_date(date);
        }
        for rule in RULES {
            if let Ok(date) = JalaliDate::from_rule(rule, y, m, d) {
                assert_eq!(date.to_rule(rule), Ok((y, m, d)), "{rule:?}");
            }
        }
    }
    for day in [epoch, epoch % 1_000_000, i32::MIN, i32::MAX] {
        if let Ok(date) = JalaliDate::from_epoch_day(day) {
            assert_eq!(date.to_epoch_day(), day);
            check_date(date);
        }
    }
    // The ends of chrono's range, and of i32, every time.
    for naive in [NaiveDate::MIN, NaiveDate::MAX] {
        let date = JalaliDate::from(naive);
        assert_eq!(NaiveDate::try_from(date), Ok(naive));
        check_date(date);
    }
    for year in [i32::MIN, i32::MAX] {
        assert!(JalaliDate::new(year, 1, 1).is_err());
        assert!(JalaliDate::from_gregorian(year, 1, 1).is_err());
    }
    if let Ok(dt) = JalaliDateTime::from_epoch_seconds(seconds) {
        assert_eq!(dt.epoch_seconds(), seconds);
    }
    if let Ok(z) = Zoned::from_timestamp(seconds, &chrono_tz::Asia::Tehran) {
        assert_eq!(z.timestamp(), seconds);
        let text = z.annotated().to_string();
        assert_eq!(text.parse::<Zoned<chrono_tz::Tz>>(), Ok(z), "{text}");
    }
}

/// A valid date agrees with itself through every representation.
fn check_date(date: JalaliDate) {
    let (gy, gm, gd) = date.to_gregorian();
    assert_eq!(JalaliDate::from_gregorian(gy, gm, gd), Ok(date));
    assert_eq!(JalaliDate::from_epoch_day(date.to_epoch_day()), Ok(date));
    assert_eq!(
        JalaliDate::from_ordinal(date.year(), date.ordinal()),
        Ok(date)
    );
    if let Ok(naive) = NaiveDate::try_from(date) {
        assert_eq!(JalaliDate::from(naive), date);
    }
    assert_eq!(date.to_string().parse::<JalaliDate>(), Ok(date));
}

/// Arithmetic from arbitrary values: no panic; what succeeds undoes and agrees with
/// day counts.
pub fn arithmetic(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let (Ok(dt), Ok((days, months, years))) =
        (date_time(&mut u), <(i64, i64, i64)>::arbitrary(&mut u))
    else {
        return;
    };
    let date = dt.date();
    for n in [days, days % 100_000] {
        if let Ok(later) = date.checked_add_days(n) {
            assert_eq!(later.days_since(date), n);
            assert_eq!(later.checked_sub_days(n), Ok(date));
        }
    }
    for policy in [ShortMonth::Clamp, ShortMonth::Reject] {
        for n in [months, months % 10_000] {
            if let Ok(moved) = date.checked_add_months(n, policy) {
                assert!(moved.day() <= date.day());
                if moved.day() == date.day() {
                    assert_eq!(moved.checked_sub_months(n, ShortMonth::Reject), Ok(date));
                }
            }
        }
        for n in [years, years % 10_000] {
            if let Ok(moved) = date.checked_add_years(n, policy) {
                assert_eq!(i64::from(moved.year()), i64::from(date.year()) + n);
            }
        }
    }
    // A short range iterates in order, one day at a time.
    if let Ok(end) = date.checked_add_days(days.rem_euclid(40)) {
        let mut previous = None;
        for day in date.iter_through(end).take(64) {
            if let Some(p) = previous {
                assert_eq!(JalaliDate::days_since(day, p), 1);
            }
            previous = Some(day);
        }
        assert_eq!(previous, Some(end));
    }
    assert_eq!(
        date.weekday(),
        date.checked_add_days(7)
            .map_or(date.weekday(), |d| d.weekday())
    );
}

/// serde: arbitrary JSON for every type and helper: no panic, and what is accepted
/// serialises back to text that reads to the same value.
pub fn serde(data: &[u8]) {
    let Some(json) = text(data) else { return };
    fn again<T>(value: &T)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let written = serde_json::to_string(value).expect("serialises");
        assert_eq!(
            serde_json::from_str::<T>(&written).ok().as_ref(),
            Some(value),
            "{written}"
        );
    }
    if let Ok(v) = serde_json::from_str::<JalaliDate>(json) {
        again(&v);
    }
    if let Ok(v) = serde_json::from_str::<JalaliDateTime>(json) {
        again(&v);
    }
    if let Ok(v) = serde_json::from_str::<Time>(json) {
        again(&v);
    }
    if let Ok(v) = serde_json::from_str::<Zoned<FixedOffset>>(json) {
        again(&v);
    }
    if let Ok(v) = serde_json::from_str::<Zoned<chrono_tz::Tz>>(json) {
        again(&v);
    }
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Helpers {
        #[serde(with = "taqvim::serde::gregorian")]
        gregorian: JalaliDate,
        #[serde(with = "taqvim::serde::epoch_days")]
        days: JalaliDate,
    }
    if let Ok(v) = serde_json::from_str::<Helpers>(json) {
        again(&v);
    }
}
