//! The forms written most often, read in one pass.
//!
//! News sites, forms and databases write almost every date in one of a few shapes:
//! `۲۶ آبان ۱۴۰۰`, `1400/08/26` or `1400-08-26`, maybe followed by a time,
//! `۲۶ آبان ۱۴۰۰ - ۰۲:۳۹`. The full grammar tries its forms one after the other, with
//! folding and alternative spellings at every step; this module recognises the common
//! shapes, spelled exactly as the lexicon spells them (with a weekday before them or
//! not), in one left-to-right pass over the bytes, without the combinators of the full
//! grammar: the shapes need no backtracking, so a cursor and a few literal checks do.
//! It answers only when the whole input is such a shape and the date is valid, and its
//! answer is then the one the full grammar gives (a property test checks this on every
//! form it accepts); anything else (another spelling, a mark, an era label, an
//! invalid date) goes to the full grammar, which also explains failures. Failing here
//! costs nothing: the readers carry no error, only the fact of failing.

use super::grammar::{Settings, Written, digits_at, expand_two_digit_year};
use crate::lexicon::{MONTH_EXACT, WEEKDAY_EXACT};
use crate::{Time, Weekday};

/// The word ماه ("month") that may follow a month name.
const MONTH_SUFFIX: &[u8] = "ماه".as_bytes();
/// The zero-width non-joiner, as in آبان‌ماه.
const ZWNJ: &[u8] = "\u{200C}".as_bytes();
/// The Arabic comma and a space.
const COMMA_SPACE: &[u8] = "، ".as_bytes();

/// A position in the input, moved forward by the readers below; each reader either
/// reads what it wants and moves past it, or answers `None`, after which the whole
/// form fails (nothing backtracks in these shapes).
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    /// What is left.
    #[inline]
    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or(&[])
    }

    /// Between `min` and `max` digits of any script: the number and the digit count.
    #[inline]
    fn number(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let (value, count, len) = digits_at(self.rest(), min, max)?;
        self.pos += len;
        Some((value, count))
    }

    /// Moves past `literal` if the rest starts with it.
    #[inline]
    fn eat(&mut self, literal: &[u8]) -> bool {
        let found = self.rest().starts_with(literal);
        if found {
            self.pos += literal.len();
        }
        found
    }

    /// Moves past the first of `literals` the rest starts with.
    #[inline]
    fn eat_any(&mut self, literals: &[&[u8]]) -> bool {
        literals.iter().any(|literal| self.eat(literal))
    }

    #[inline]
    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }
}

/// The position of the first space in `bytes` (their length if none), eight bytes
/// at a time: words are short, so this beats both a byte loop (one branch per
/// letter) and a vectorised search (set-up costs more than the word).
#[inline]
fn space_in(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // Spaces become zero bytes; the lowest flagged byte is always a true zero.
        let x = u64::from_le_bytes(word) ^ (u64::from(b' ') * ONES);
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return start + (zero.trailing_zeros() / 8) as usize;
        }
        start += 8;
    }
    let tail = chunks.remainder();
    start + tail.iter().position(|&b| b == b' ').unwrap_or(tail.len())
}

/// A month name spelled exactly as in the lexicon, as the first entry of the
/// lexicon's month table with that spelling (the one the full grammar takes), maybe
/// with the word ماه after it (آبان‌ماه, آبانماه, آبان ماه); the cursor stops before
/// the space that follows.
fn exact_month(at: &mut Cursor<'_>) -> Option<u8> {
    let rest = at.rest();
    let word_len = space_in(rest);
    let word = &rest[..word_len];
    at.pos += word_len;
    if let Some(month) = MONTH_EXACT.get(word) {
        // آبان ماه, when a space follows.
        let after = at.rest();
        if after.len() > MONTH_SUFFIX.len() + 1
            && after[0] == b' '
            && after[1..].starts_with(MONTH_SUFFIX)
            && after[MONTH_SUFFIX.len() + 1] == b' '
        {
            at.pos += MONTH_SUFFIX.len() + 1;
        }
        return Some(month);
    }
    // آبانماه, آبان‌ماه
    let name = word.strip_suffix(MONTH_SUFFIX)?;
    MONTH_EXACT.get(name.strip_suffix(ZWNJ).unwrap_or(name))
}

/// `۲۶ آبان ۱۴۰۰` after its day: a month name, a year of two or four digits.
fn month_year(at: &mut Cursor<'_>, settings: Settings) -> Option<(i32, u8)> {
    if !at.eat(b" ") {
        return None;
    }
    let month = exact_month(at)?;
    if !at.eat(b" ") {
        return None;
    }
    let year = match at.number(2, 4)? {
        (year, 4) => year as i32,
        (year, 2) => expand_two_digit_year(year, settings.pivot),
        _ => return None,
    };
    Some((year, month))
}

/// `1400/08/26` or `1400-08-26` after its year: month and day, after the same
/// separator twice.
fn month_day(at: &mut Cursor<'_>) -> Option<(u8, u8)> {
    let sep: &[u8] = match at.rest().first()? {
        b'/' => b"/",
        b'-' => b"-",
        _ => return None,
    };
    at.pos += 1;
    let (month, _) = at.number(1, 2)?;
    if !at.eat(sep) {
        return None;
    }
    let (day, _) = at.number(1, 2)?;
    Some((month as u8, day as u8))
}

/// A weekday spelled exactly as in the lexicon (the longest such, of one word or two),
/// then a space or a comma and a space: `سه‌شنبه `, `سه شنبه، `.
fn exact_weekday(at: &mut Cursor<'_>) -> Option<Weekday> {
    let rest = at.rest();
    // The end of a word: a space or a comma, Latin or Arabic; the length of the mark.
    let end_at = |from: usize| {
        (from..rest.len()).find_map(|i| match rest[i..] {
            [b' ' | b',', ..] => Some((i, 1)),
            [0xD8, 0x8C, ..] => Some((i, 2)),
            _ => None,
        })
    };
    let (first, mark) = end_at(0).unwrap_or((rest.len(), 0));
    // A second word, after a one-byte mark (a space, or a comma within the name).
    let second = if mark == 1 {
        end_at(first + 1).map(|(i, _)| i)
    } else {
        None
    };
    let (end, day) = second
        .and_then(|end| Some((end, WEEKDAY_EXACT.get(&rest[..end])?)))
        .or_else(|| Some((first, WEEKDAY_EXACT.get(&rest[..first])?)))?;
    at.pos += end;
    if at.eat_any(&[COMMA_SPACE, b", ", b" "]) {
        Some(Weekday::from_days_since_saturday(day))
    } else {
        None
    }
}

/// ` - ۰۲:۳۹`, ` ساعت ۰۲:۳۹:۰۵`: a time after a space, a spaced dash, a comma or
/// ساعت, and whether seconds were written.
fn time_after(at: &mut Cursor<'_>) -> Option<(Time, bool)> {
    const HOUR: &[u8] = " ساعت ".as_bytes();
    const COMMA_HOUR: &[u8] = "، ساعت ".as_bytes();
    if !at.eat_any(&[b" - ", HOUR, COMMA_HOUR, COMMA_SPACE, b" "]) {
        return None;
    }
    let (hour, _) = at.number(1, 2)?;
    if !at.eat(b":") {
        return None;
    }
    let (minute, _) = at.number(1, 2)?;
    let second = if at.eat(b":") {
        Some(at.number(1, 2)?.0)
    } else {
        None
    };
    match Time::from_hms(hour as u8, minute as u8, second.unwrap_or(0) as u8) {
        Ok(time) if hour < 24 => Some((time, second.is_some())),
        _ => None,
    }
}

/// The whole of `input` as one of the common forms with a valid date, or `None`.
#[inline(always)]
pub(crate) fn common_form(input: &str, settings: Settings) -> Option<Written> {
    let mut at = Cursor {
        bytes: input.as_bytes(),
        pos: 0,
    };
    // Only a letter may start a weekday.
    let starts_with_digit = matches!(
        at.bytes,
        [b'0'..=b'9', ..] | [0xDB, 0xB0..=0xB9, ..] | [0xD9, 0xA0..=0xA9, ..]
    );
    let weekday = if starts_with_digit {
        None
    } else {
        Some(exact_weekday(&mut at)?)
    };
    // The leading number's length tells the shapes apart: a day has one or two
    // digits, a year four.
    let (first, count) = at.number(1, 4)?;
    let (year, month, day, numeric) = match count {
        1 | 2 => {
            let (year, month) = month_year(&mut at, settings)?;
            (year, month, first as u8, false)
        }
        4 if first <= u32::from(settings.max_numeric_year) => {
            let (month, day) = month_day(&mut at)?;
            (first as i32, month, day, true)
        }
        _ => return None,
    };
    let time = if at.at_end() {
        None
    } else {
        let time = time_after(&mut at)?;
        if !at.at_end() {
            return None;
        }
        Some(time)
    };
    let date = settings.valid_date(year, month, day)?;
    Some(Written {
        date,
        time: time.map(|(t, _)| t),
        offset: None,
        weekday,
        seconds: time.is_some_and(|(_, s)| s),
        numeric,
        end: None,
    })
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::String;

    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    use super::super::grammar::{TEST_SETTINGS as SETTINGS, gap0, written_date};
    use super::*;
    use crate::lexicon::{MONTH_WORDS, WEEKDAY_WORDS};

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

    #[test]
    fn finds_the_first_space_in_every_position() {
        for n in 0..40 {
            let mut bytes = std::vec![b'a'; n];
            assert_eq!(space_in(&bytes), n);
            for i in (0..n).rev() {
                bytes[i] = b' ';
                assert_eq!(space_in(&bytes), i, "{n} {i}");
            }
        }
        // Bytes just above and below a space are not one.
        assert_eq!(space_in(&[0x21, 0x1F, 0xA0, 0x60, 0x20]), 4);
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
