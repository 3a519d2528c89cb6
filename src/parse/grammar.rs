//! The grammar of dates as people write them, as nom parsers named after what they
//! recognise. Names come from the lexicon; every primitive here reads digits of any
//! script and skips the marks that PDFs and web pages scatter through text.

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::{ErrorKind, ParseError};
use nom::sequence::preceded;
use nom::{Err, IResult, Parser};

pub(crate) use crate::lexicon::digits::{digit_run, leading_digits, starts_with_digit};
use crate::lexicon::{
    self, DAY_JOINER_INDEX, ERA_INDEX, FOREIGN_ERA_INDEX, FOREIGN_MONTH_INDEX, Folded,
    MERIDIEM_INDEX, MONTH_EXACT, MONTH_INDEX, MONTH_SUFFIXES, NameIndex, ORDINAL_INDEX,
    TIME_JOINER_INDEX, WEEKDAY_EXACT, WEEKDAY_INDEX, YEAR_JOINER_INDEX, fold,
};
use crate::{Error, JalaliDate, LeapRule, Time, Weekday};

/// What the grammar needs to know from the caller.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Settings {
    /// Two-digit years below this become 14xx, the others 13xx.
    pub pivot: u8,
    /// Four-digit years above this in numeric dates are taken for Gregorian.
    pub max_numeric_year: u16,
    /// The calendar the written dates follow.
    pub rule: LeapRule,
}

impl Settings {
    /// The day that year, month and day name in the configured calendar.
    pub(crate) fn date(&self, year: i32, month: u8, day: u8) -> Result<JalaliDate, Error> {
        match self.rule {
            LeapRule::Astronomical => JalaliDate::new(year, month, day),
            rule => JalaliDate::from_rule(rule, year, month, day),
        }
    }

    /// [`Settings::date`] without the error, for the fast path.
    #[inline]
    pub(crate) fn valid_date(&self, year: i32, month: u8, day: u8) -> Option<JalaliDate> {
        match self.rule {
            LeapRule::Astronomical => JalaliDate::checked(year, month, day),
            rule => JalaliDate::from_rule(rule, year, month, day).ok(),
        }
    }
}

/// Why a parse failed, at how many bytes from the end of the input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct GrammarError {
    /// Bytes of input left where the failure happened.
    pub rest_len: usize,
    /// What the grammar wanted there.
    pub expected: &'static str,
    /// The written fields were read, but they are not a valid date or time.
    pub invalid: Option<Error>,
    /// The date is labelled as belonging to another calendar.
    pub foreign: Option<&'static str>,
}

impl GrammarError {
    fn at(input: &str, expected: &'static str) -> GrammarError {
        GrammarError {
            rest_len: input.len(),
            expected,
            invalid: None,
            foreign: None,
        }
    }
}

impl ParseError<&str> for GrammarError {
    fn from_error_kind(input: &str, kind: ErrorKind) -> GrammarError {
        let expected = match kind {
            ErrorKind::Eof => "the end of the text",
            _ => "a date",
        };
        GrammarError::at(input, expected)
    }

    fn append(_: &str, _: ErrorKind, other: GrammarError) -> GrammarError {
        other
    }

    /// Keeps the error that got furthest into the input, as the one that tells the
    /// user most; at a tie, the more specific one.
    fn or(self, other: GrammarError) -> GrammarError {
        let self_specific = self.invalid.is_some() || self.foreign.is_some();
        if other.rest_len < self.rest_len || (other.rest_len == self.rest_len && !self_specific) {
            other
        } else {
            self
        }
    }
}

pub(crate) type PResult<'a, T> = IResult<&'a str, T, GrammarError>;

#[inline]
pub(crate) fn fail<'a, T>(input: &'a str, expected: &'static str) -> PResult<'a, T> {
    Err(Err::Error(GrammarError::at(input, expected)))
}

/// A date, maybe with a time, as written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Written {
    pub date: JalaliDate,
    pub time: Option<Time>,
    /// Seconds east of UTC.
    pub offset: Option<i32>,
    pub weekday: Option<Weekday>,
    /// Whether the time had seconds written.
    pub seconds: bool,
    /// Whether the date was all digits (Y/M/D or D/M/Y), as opposed to a month name.
    pub numeric: bool,
    /// The last day (and time) of a written range: `۱۲ تا ۱۵ مهر ۱۴۰۱`.
    pub end: Option<RangeEnd>,
}

/// The end of a written range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RangeEnd {
    pub date: JalaliDate,
    pub time: Option<Time>,
}

/// Year, month and day as read, before validation.
#[derive(Clone, Copy, Debug)]
struct Ymd {
    year: i32,
    month: u8,
    day: u8,
    numeric: bool,
}

impl Ymd {
    /// A date written in numbers alone.
    const fn numbers(year: i32, month: u8, day: u8) -> Ymd {
        Ymd {
            year,
            month,
            day,
            numeric: true,
        }
    }

    /// A date written with a month name.
    const fn named(year: i32, month: u8, day: u8) -> Ymd {
        Ymd {
            year,
            month,
            day,
            numeric: false,
        }
    }
}

// ---------------------------------------------------------------------------------
// Spellings.

/// How strictly the grammar's blocks read: the grammar is one set of forms, read
/// first with [`Exact`] blocks and then, where that fails, with [`Any`] blocks.
///
/// News sites, forms and databases write almost every date in a few shapes, spelled
/// exactly as the lexicon spells them (`۲۶ آبان ۱۴۰۰ - ۰۲:۳۹`, `1400/08/26`). With
/// [`Exact`] blocks, a form reads only those: words looked up whole in the exact
/// tables, one space between the parts, no era label, mark, range or time in words;
/// the rare parts of each form are skipped, so the common shapes read in one pass.
/// With [`Any`] blocks, the same forms read every spelling and every optional part,
/// and explain what failed. Whatever a form reads with [`Exact`] blocks, it reads the
/// same way with [`Any`] (a property test checks this).
pub(crate) trait Spelling {
    /// Whether only the exact spellings and the common parts are read.
    const EXACT: bool;
}

/// The exact spellings of the lexicon and the common parts of each form.
pub(crate) struct Exact;

/// Every spelling and every part.
pub(crate) struct Any;

impl Spelling for Exact {
    const EXACT: bool = true;
}

impl Spelling for Any {
    const EXACT: bool = false;
}

// ---------------------------------------------------------------------------------
// Characters and gaps.

/// Whether `c` may stand between the parts of a date: spaces of any width, marks
/// that fold to nothing, non-joiners; not line breaks.
fn is_gap(c: char) -> bool {
    c != '\n' && c != '\r' && matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable)
}

/// What follows the run of gap characters (possibly empty) at the start of `input`.
#[inline]
pub(crate) fn gap(input: &str) -> &str {
    &input[gap_len(input)..]
}

/// [`gap`] as the spelling reads it: with [`Exact`] blocks, one space at most.
#[inline]
fn gap_in<S: Spelling>(input: &str) -> &str {
    if S::EXACT {
        input.strip_prefix(' ').unwrap_or(input)
    } else {
        gap(input)
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

/// Bytes of gap at the start of `input`.
#[inline]
fn gap_len(input: &str) -> usize {
    let bytes = input.as_bytes();
    let mut i = 0;
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(&b) if !lexicon::may_start_gap(b) => return i,
            Some(_) => match input[i..].chars().next() {
                Some(c) if is_gap(c) => i += c.len_utf8(),
                _ => return i,
            },
            None => return i,
        }
    }
}

/// One character satisfying `accept`, after marks that fold to nothing.
fn symbol<'a>(
    input: &'a str,
    accept: impl Fn(char) -> bool,
    expected: &'static str,
) -> PResult<'a, char> {
    let trimmed = input.trim_start_matches(|c| fold(c) == Folded::Ignorable);
    match trimmed.chars().next() {
        Some(c) if accept(c) => Ok((&trimmed[c.len_utf8()..], c)),
        _ => fail(input, expected),
    }
}

/// Between `min` and `max` digits of any script (mixed scripts too), not followed by
/// another digit, as a number and a count of digits.
#[inline]
pub(crate) fn digits<'a>(
    input: &'a str,
    min: usize,
    max: usize,
    expected: &'static str,
) -> PResult<'a, (u32, usize)> {
    match digit_run(input, min, max) {
        Some((rest, value, count)) => Ok((rest, (value, count))),
        None => fail(input, expected),
    }
}

/// The longest name of `index` at the start of the input.
fn name<'a, const N: usize>(
    input: &'a str,
    index: &NameIndex<N>,
    suffixes: &[&str],
    expected: &'static str,
) -> PResult<'a, u8> {
    match index.longest(input, suffixes) {
        Some((value, len)) => Ok((&input[len..], value)),
        None => fail(input, expected),
    }
}

// ---------------------------------------------------------------------------------
// Date fields.

/// A month name in any language and spelling, with an optional ماه after it; with
/// [`Exact`] blocks, a whole word spelled as in the lexicon, maybe with ماه glued, after
/// a non-joiner or after a space (آبانماه, آبان‌ماه, آبان ماه).
pub(crate) fn month_name<S: Spelling>(input: &str) -> PResult<'_, u8> {
    if S::EXACT {
        return match exact_month(input) {
            Some(found) => Ok(found),
            None => fail(input, "a month name"),
        };
    }
    match name(input, &MONTH_INDEX, MONTH_SUFFIXES, "a month name") {
        Ok(found) => Ok(found),
        Err(e) => {
            // Say so when the word is a month of another calendar.
            if let Some((kind, _)) = FOREIGN_MONTH_INDEX.longest(input, &[]) {
                let mut err = GrammarError::at(input, "a Jalali month name");
                err.foreign = Some(if kind == 0 {
                    "a lunar Hijri month name"
                } else {
                    "a Gregorian month name"
                });
                return Err(Err::Error(err));
            }
            Err(e)
        }
    }
}

/// The month name of [`month_name`] with [`Exact`] blocks: the rest after it, and the
/// month.
#[inline]
fn exact_month(input: &str) -> Option<(&str, u8)> {
    let word_len = space_in(input.as_bytes());
    let (word, after) = input.split_at_checked(word_len)?;
    if let Some(month) = MONTH_EXACT.get(word.as_bytes()) {
        // آبان ماه, when a space follows.
        let rest = after
            .strip_prefix(' ')
            .and_then(|a| a.strip_prefix(lexicon::MONTH_SUFFIX))
            .filter(|a| a.starts_with(' '))
            .unwrap_or(after);
        return Some((rest, month));
    }
    // آبانماه, آبان‌ماه
    let name = word.strip_suffix(lexicon::MONTH_SUFFIX)?;
    let name = name.strip_suffix(lexicon::NON_JOINER).unwrap_or(name);
    Some((after, MONTH_EXACT.get(name.as_bytes())?))
}

/// A weekday name in any language and spelling; with [`Exact`] blocks, one or two
/// words spelled as in the lexicon (the longest such), before a space or a comma.
pub(crate) fn weekday_name<S: Spelling>(input: &str) -> PResult<'_, Weekday> {
    let (rest, n) = if S::EXACT {
        match exact_weekday(input) {
            Some(found) => found,
            None => return fail(input, "a weekday name"),
        }
    } else {
        name(input, &WEEKDAY_INDEX, &[], "a weekday name")?
    };
    Ok((rest, Weekday::from_days_since_saturday(n)))
}

/// The weekday of [`weekday_name`] with [`Exact`] blocks: the rest after it, and its
/// number of days since Saturday.
#[inline]
fn exact_weekday(input: &str) -> Option<(&str, u8)> {
    // A weekday starts with a letter.
    if starts_with_digit(input.as_bytes()) {
        return None;
    }
    let end_at = |from: usize| {
        input
            .get(from..)?
            .find(|c: char| c == ' ' || lexicon::is_comma(c))
            .map(|i| from + i)
    };
    let first = end_at(0).unwrap_or(input.len());
    // A second word, after a space within the name (سه شنبه).
    let second = match input.get(first..)?.starts_with(' ') {
        true => end_at(first + 1),
        false => None,
    };
    let lookup = |end: usize| {
        Some((
            input.get(end..)?,
            WEEKDAY_EXACT.get(input.get(..end)?.as_bytes())?,
        ))
    };
    second.and_then(lookup).or_else(|| lookup(first))
}

/// A season's name in any language: 0 for spring to 3 for winter.
pub(crate) fn season_name(input: &str) -> PResult<'_, u8> {
    name(input, &lexicon::SEASON_INDEX, &[], "a season name")
}

/// A day of the month in digits (1 or 2).
#[inline]
fn day_number(input: &str) -> PResult<'_, u8> {
    let (rest, (value, _)) = digits(input, 1, 2, "a day")?;
    Ok((rest, value as u8))
}

/// A day written as an ordinal word: یکم … سی و یکم.
fn day_ordinal_word(input: &str) -> PResult<'_, u8> {
    name(input, &ORDINAL_INDEX, &[], "a day")
}

/// A day in digits with an ordinal ending written on or not: ۲۶ام, ۲۶‌ام, ۹مه
/// (Pashto), 26th.
fn day_number_ordinal(input: &str) -> PResult<'_, u8> {
    let (rest, day) = day_number(input)?;
    Ok((ordinal_ending(rest), day))
}

/// What follows an ordinal ending at the start of `rest`, or `rest` when there is
/// none.
fn ordinal_ending(rest: &str) -> &str {
    let ending = rest.strip_prefix(lexicon::NON_JOINER).unwrap_or(rest);
    for suffix in lexicon::ORDINAL_ENDINGS {
        if let Some(after) = ending.strip_prefix(suffix) {
            if lexicon::at_boundary(after) {
                return after;
            }
        }
    }
    for suffix in lexicon::ENGLISH_ORDINAL_ENDINGS {
        let len = suffix.len();
        if rest
            .get(..len)
            .is_some_and(|e| e.eq_ignore_ascii_case(suffix))
        {
            let after = &rest[len..];
            if lexicon::at_boundary(after) {
                return after;
            }
        }
    }
    rest
}

/// A day written as a cardinal number word: سه, بیست و یک.
fn day_cardinal_word(input: &str) -> PResult<'_, u8> {
    match number_in_words(input) {
        Ok((rest, n @ 1..=31)) => Ok((rest, n as u8)),
        Ok(_) => fail(input, "a day"),
        Err(e) => Err(e),
    }
}

/// A number in words, below ten thousand: سه, بیست و یک, یکهزار و سیصد و هشتاد و نه.
/// Each part is smaller in scale than the one before it, and they are joined by و.
pub(crate) fn number_in_words(input: &str) -> PResult<'_, u32> {
    let (mut rest, (mut total, mut scale)) = number_part(input, u32::MAX)?;
    while let Ok((after, ())) = word(rest, lexicon::AND_WORD) {
        let after = gap(after);
        match number_part(after, scale) {
            Ok((after, (value, next_scale))) => {
                total += value;
                scale = next_scale;
                rest = after;
            }
            Err(_) => break,
        }
    }
    Ok((rest, total))
}

/// One part of a number in words and its scale (1000, 100, 10 or 1), of a smaller
/// scale than `below`.
fn number_part(input: &str, below: u32) -> PResult<'_, (u32, u32)> {
    if below > 1000 {
        if let Ok((rest, _)) = name(input, &lexicon::THOUSAND_INDEX, &[], lexicon::THOUSAND) {
            return Ok((rest, (1000, 1000)));
        }
        // دو هزار: a unit before the word for a thousand.
        if let Ok((rest, n)) = name(input, &lexicon::UNIT_INDEX, &[], "a number") {
            if let Ok((rest, _)) = name(gap(rest), &lexicon::THOUSAND_INDEX, &[], lexicon::THOUSAND)
            {
                return Ok((rest, (u32::from(n) * 1000, 1000)));
            }
        }
    }
    if below > 100 {
        if let Ok((rest, n)) = name(input, &lexicon::HUNDREDS_INDEX, &[], "a number") {
            return Ok((rest, (u32::from(n) * 100, 100)));
        }
    }
    if below > 10 {
        if let Ok((rest, n)) = name(input, &lexicon::TENS_INDEX, &[], "a number") {
            return Ok((rest, (u32::from(n) * 10, 10)));
        }
    }
    // A unit (below 20) may follow tens only if it is below ten (بیست و یک).
    match name(input, &lexicon::UNIT_INDEX, &[], "a number") {
        Ok((rest, n)) if below > 10 || n < 10 => Ok((rest, (u32::from(n), 1))),
        _ => fail(input, "a number"),
    }
}

/// A day in digits (with an ordinal ending or not) or words, ordinal or cardinal;
/// with [`Exact`] blocks, in digits only.
fn day_of_month<S: Spelling>(input: &str) -> PResult<'_, u8> {
    if S::EXACT {
        return day_number(input);
    }
    alt((day_number_ordinal, day_ordinal_word, day_cardinal_word)).parse(input)
}

/// A word joining a day to its month (`of`), with the spaces around it.
fn day_joiner(input: &str) -> PResult<'_, ()> {
    let rest = gap(input);
    let (rest, _) = name(rest, &DAY_JOINER_INDEX, &[], "of")?;
    Ok((rest, ()))
}

/// A word joining a month to its year (سال, `of`), with the spaces around it.
fn year_joiner(input: &str) -> PResult<'_, ()> {
    let rest = gap(input);
    let (rest, _) = name(rest, &YEAR_JOINER_INDEX, &[], lexicon::YEAR_WORD)?;
    let rest = gap(rest);
    Ok((rest, ()))
}

/// A month number (1 or 2 digits).
#[inline]
fn month_number(input: &str) -> PResult<'_, u8> {
    let (rest, (value, _)) = digits(input, 1, 2, "a month")?;
    Ok((rest, value as u8))
}

/// A year of 4 digits, or of 2 digits expanded with the pivot.
#[inline]
fn year(input: &str, settings: Settings) -> PResult<'_, (i32, usize)> {
    let (rest, (value, count)) = digits(input, 2, 4, "a year")?;
    match count {
        4 => Ok((rest, (value as i32, 4))),
        2 => Ok((rest, (expand_two_digit_year(value, settings.pivot), 2))),
        _ => fail(input, "a year of 2 or 4 digits"),
    }
}

/// 98 → 1398, 02 → 1402 with the default pivot of 20.
pub(crate) fn expand_two_digit_year(yy: u32, pivot: u8) -> i32 {
    let century = if yy < u32::from(pivot) { 1400 } else { 1300 };
    century + yy as i32
}

/// A four-digit year.
#[inline]
fn year4(input: &str) -> PResult<'_, i32> {
    let (rest, (value, _)) = digits(input, 4, 4, "a four-digit year")?;
    Ok((rest, value as i32))
}

/// A separator of numeric dates, with spaces around it allowed; with [`Exact`]
/// blocks, `/` or `-` alone.
fn date_separator<S: Spelling>(input: &str) -> PResult<'_, char> {
    if S::EXACT {
        return match input.as_bytes().first() {
            Some(&b @ (b'/' | b'-')) => Ok((&input[1..], char::from(b))),
            _ => fail(input, "a date separator (/ - .)"),
        };
    }
    let rest = gap(input);
    let (rest, c) = symbol(rest, lexicon::is_date_separator, "a date separator (/ - .)")?;
    let rest = gap(rest);
    // Full-width slash and backslash read as a slash.
    let c = if c == '／' || c == '\\' { '/' } else { c };
    Ok((rest, c))
}

/// An era label after a year: ه.ش، هجری شمسی, AP, SH …
fn era(input: &str) -> PResult<'_, ()> {
    let (rest, _) = name(gap(input), &ERA_INDEX, &[], "an era")?;
    Ok((rest, ()))
}

/// The era label after a date, if there is one. A Jalali label (ه.ش، هجری شمسی, AP,
/// SH …) is read; so is English `AH` after a Jalali month name, where it labels the
/// solar year loosely (`12th of Farvardin 1358 AH`). The label of another calendar
/// (ه.ق، قمری، میلادی, AD, and `AH` after a `numeric` date) is the error, naming that
/// calendar.
pub(crate) fn era_label(input: &str, numeric: bool) -> Result<&str, &'static str> {
    let rest = era(input).map_or(input, |(rest, ())| rest);
    let after = gap(rest);
    match FOREIGN_ERA_INDEX.longest(after, &[]) {
        Some((lexicon::HIJRI_EITHER, len)) if !numeric => Ok(&after[len..]),
        Some((lexicon::LUNAR_HIJRI | lexicon::HIJRI_EITHER, _)) => Err("a lunar Hijri date"),
        Some((lexicon::GREGORIAN, _)) => Err("a Gregorian date"),
        _ => Ok(rest),
    }
}

// ---------------------------------------------------------------------------------
// Date forms.

/// The second separator of a numeric date, which must be the first one again.
fn same_separator<S: Spelling>(input: &str, first: char) -> Result<&str, Err<GrammarError>> {
    let (rest, second) = date_separator::<S>(input)?;
    if second != first {
        return Err(Err::Error(GrammarError::at(
            rest,
            "the same separator twice",
        )));
    }
    Ok(rest)
}

/// A four-digit year of a numeric date (starting at `input`) past the configured limit
/// is taken for Gregorian: a definite failure, not another form to try.
fn check_numeric_year(input: &str, year: i32, settings: Settings) -> Result<(), Err<GrammarError>> {
    if year > i32::from(settings.max_numeric_year) {
        return Err(Err::Failure(GrammarError {
            foreign: Some("a Gregorian date (a numeric year past 1700)"),
            ..GrammarError::at(input, "a Jalali year")
        }));
    }
    Ok(())
}

/// Whether a two-digit year may stand in a date with `sep`: `10.2.3` is a version
/// number far more often than a date, unless it is written in Persian digits or with
/// spaces around the dots (`۹۹.۴.۵`, `99 . 4 . 5`).
fn two_digit_year_with(sep: char, digits: &str, spaced: bool) -> bool {
    sep != '.' || spaced || !digits.starts_with(|c: char| c.is_ascii_digit())
}

/// Year / month / day in digits: `1400/08/26`, `۱۴۰۰-۸-۲۶`, `98/8/26`, `1399 . 4 . 5`.
fn numeric_ymd<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, (year, year_digits)) = year(input, settings)?;
    let spaced = !S::EXACT && gap_len(rest) > 0;
    let (rest, sep) = date_separator::<S>(rest)?;
    if year_digits == 2 && !two_digit_year_with(sep, input, spaced) {
        return fail(input, "a four-digit year before '.'");
    }
    let (rest, month) = month_number(rest)?;
    let rest = same_separator::<S>(rest, sep)?;
    let (rest, day) = day_number(rest)?;
    if year_digits == 4 {
        check_numeric_year(input, year, settings)?;
    }
    Ok((rest, Ymd::numbers(year, month, day)))
}

/// [`numeric_ymd`] when it names a valid date; otherwise the text is tried as
/// day / month / year (`21/10/89`).
fn valid_numeric_ymd<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, ymd) = numeric_ymd::<S>(input, settings)?;
    match settings.valid_date(ymd.year, ymd.month, ymd.day) {
        Some(_) => Ok((rest, ymd)),
        None => fail(input, "a valid year / month / day"),
    }
}

/// Day / month / year in digits: `26/08/1400`, `21/10/89`, `1-8-93`.
fn numeric_dmy<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, day) = day_number(input)?;
    let spaced = gap_len(rest) > 0;
    let (rest, sep) = date_separator::<S>(rest)?;
    let (rest, month) = month_number(rest)?;
    let rest = same_separator::<S>(rest, sep)?;
    let (after, (year, year_digits)) = year(rest, settings)?;
    if year_digits == 4 {
        check_numeric_year(input, year, settings)?;
    } else if !two_digit_year_with(sep, input, spaced) {
        return fail(input, "a four-digit year after '.'");
    }
    Ok((after, Ymd::numbers(year, month, day)))
}

/// Year, month name, day or day, month name, year with the separators of a numeric
/// date: `1399-اسف-12`, `01-Hamal-1403`, `۰۱-وری-۱۴۰۳`.
fn numeric_with_name<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, (first, first_digits)) = digits(input, 1, 4, "a year or a day")?;
    let (rest, sep) = date_separator::<S>(rest)?;
    let (rest, month) = month_name::<S>(rest)?;
    let rest = same_separator::<S>(rest, sep)?;
    let (after, (last, last_digits)) = digits(rest, 1, 4, "a day or a year")?;
    let (year, day) = match (first_digits, last_digits) {
        (4, 1..=2) => (first as i32, last),
        (1..=2, 4) => (last as i32, first),
        (2, 2) => (expand_two_digit_year(last, settings.pivot), first),
        _ => return fail(input, "a year of 4 digits and a day"),
    };
    Ok((after, Ymd::named(year, month, day as u8)))
}

/// Day, month name, year: `۲۶ آبان ۱۴۰۰`, `بیست و ششم آبان‌ماه ۱۴۰۰`, `۲۳ عقرب ۹۸`.
fn textual_dmy<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, day) = day_of_month::<S>(input)?;
    if S::EXACT {
        return month_year_after_day::<S>(rest, day, settings);
    }
    // `12. Farvardin`, as German writes a day.
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (rest, _) = opt(day_joiner).parse(rest)?;
    let rest = gap(rest);
    // A colon glued to the month name, moved there from a label before the date when
    // a PDF's right-to-left text was extracted (`4 :مرداد 1390`).
    let rest = match rest.strip_prefix(lexicon::is_colon) {
        Some(after) if after.starts_with(char::is_alphabetic) => after,
        _ => rest,
    };
    let (rest, month) = month_name::<S>(rest)?;
    let (rest, _) = opt(season_aside).parse(rest)?;
    let (rest, separator) = opt(|i| {
        let i = gap(i);
        symbol(i, lexicon::is_month_year_mark, "a comma")
    })
    .parse(rest)?;
    let rest = gap(rest);
    let (rest, _) = opt(year_joiner).parse(rest)?;
    if let Ok((rest, year @ 1000..=1999)) = number_in_words(rest) {
        // A year in words, as laws and minutes write it.
        return Ok((rest, Ymd::named(year as i32, month, day)));
    }
    let (rest, year) = match year(rest, settings) {
        // Only a whole year stands in brackets after the month (`۱۵ خرداد (۱۳۴۲ ه ش)`);
        // a bracket of two digits is the other calendar's day (`۲۸ اسد(۱۹ اگست)`).
        Ok((_, (_, 2))) if separator == Some('(') => return fail(input, "a four-digit year"),
        Ok((rest, (year, _))) => (rest, year),
        Err(e) => {
            // A year of one to three digits, when an era label says it is one
            // (`۱۳ شهریور ۱۶۸ خورشیدی`).
            let Ok((after, (year, _))) = digits(rest, 1, 3, "a year") else {
                return Err(e);
            };
            if era(after).is_err() {
                return Err(e);
            }
            (after, year as i32)
        }
    };
    Ok((rest, Ymd::named(year, month, day)))
}

/// What follows the day in [`textual_dmy`] with [`Exact`] blocks: the month name and
/// the year, one space before each.
#[inline]
fn month_year_after_day<S: Spelling>(rest: &str, day: u8, settings: Settings) -> PResult<'_, Ymd> {
    let rest = gap_in::<S>(rest);
    let (rest, month) = month_name::<S>(rest)?;
    let rest = gap_in::<S>(rest);
    let (rest, (year, _)) = year(rest, settings)?;
    Ok((rest, Ymd::named(year, month, day)))
}

/// The season in brackets after a month name: `۰۲ مرداد (تابستان) ۱۴۰۳`.
fn season_aside(input: &str) -> PResult<'_, u8> {
    let rest = gap(input);
    let (rest, _) = symbol(rest, |c| c == '(', "'('")?;
    let rest = gap(rest);
    let (rest, season) = name(rest, &lexicon::SEASON_INDEX, &[], "a season")?;
    let rest = gap(rest);
    let (rest, _) = symbol(rest, |c| c == ')', "')'")?;
    Ok((rest, season))
}

/// Year, month name, day: `۱۴۰۰ آبان ۲۶`. A year past the numeric limit before a
/// month name is another calendar's (`2021 Tir 10` is July 2021, then 10 Tir).
fn textual_ymd<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, year) = year4(input)?;
    if year > i32::from(settings.max_numeric_year) {
        return fail(input, "a Jalali year");
    }
    let rest = gap_in::<S>(rest);
    let (rest, month) = month_name::<S>(rest)?;
    let rest = gap_in::<S>(rest);
    let (rest, day) = day_of_month::<S>(rest)?;
    Ok((rest, Ymd::named(year, month, day)))
}

/// Month name, day, year, as English writes it: `Aban 26, 1400`.
fn textual_mdy<S: Spelling>(input: &str) -> PResult<'_, Ymd> {
    let (rest, month) = month_name::<S>(input)?;
    let rest = gap(rest);
    let (rest, day) = day_number_ordinal(rest)?;
    let (rest, _) = opt(symbol_comma).parse(rest)?;
    let rest = gap(rest);
    let (rest, _) = opt(year_joiner).parse(rest)?;
    let (rest, year) = year4(rest)?;
    Ok((rest, Ymd::named(year, month, day)))
}

/// Month name, year, day, as some libraries write it (`فرو ۱۳۹۱ ۰۱   ۱:۰۱ ق ظ`): the day
/// in two digits and followed by a time or by the end of the text, so that a count
/// after a month and its year (`آبان ۱۴۰۰ ۲۵ نفر`) is not taken for its day.
fn textual_myd(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, month) = month_name::<Any>(input)?;
    let (rest, year) = year4(gap(rest))?;
    if year > i32::from(settings.max_numeric_year) {
        return fail(input, "a Jalali year");
    }
    let (rest, (day, _)) = digits(gap(rest), 2, 2, "a two-digit day")?;
    let after = gap(rest);
    if !(after.is_empty() || after.starts_with(['\n', '\r']) || time_of_day::<Any>(after).is_ok()) {
        return fail(input, "a time after month, year and day");
    }
    let day = day as u8;
    Ok((rest, Ymd::named(year, month, day)))
}

/// A year, then روز ("day"), the day and the month, as a sentence says the year
/// first: `سال ۱۴۰۲ در روز ۳۰ آذر`, `یلدای ۱۴۰۳ روز جمعه ۳۰ آذر`. No year may follow
/// the month, which would make that the date (`۱۴۰۲ روز ۳۰ آذر ۱۴۰۳`).
fn year_then_day_month(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    let (rest, year) = year4(input)?;
    if !(1000..=i32::from(settings.max_numeric_year)).contains(&year) {
        return fail(input, "a Jalali year");
    }
    let rest = word(rest, lexicon::IN_WORD).map_or(rest, |(rest, ())| rest);
    let (rest, ()) = word(rest, lexicon::DAY_WORD)?;
    let rest = gap(rest);
    let (rest, _) = opt(weekday_before::<Any>).parse(rest)?;
    let (rest, day) = day_of_month::<Any>(rest)?;
    let (rest, month) = month_name::<Any>(gap(rest))?;
    if digits(gap(rest), 1, 4, "a year").is_ok() {
        return fail(input, "a date without a year after its month");
    }
    Ok((rest, Ymd::named(year, month, day)))
}

/// Whether `text` starts with an ISO date (`2024-03-06`), as pages and PDFs glue the
/// Gregorian date to the time before it (`ساعت 09:202024-03-06`).
pub(crate) fn starts_with_iso_date(text: &str) -> bool {
    let field = |text, width| leading_digits(text, width).map(|(rest, _)| rest);
    field(text, 4)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| field(rest, 2))
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| field(rest, 2))
        .is_some()
}

/// A comma, Latin or Arabic, with spaces before it.
fn symbol_comma(input: &str) -> PResult<'_, char> {
    let rest = gap(input);
    symbol(rest, lexicon::is_comma, "a comma")
}

/// The date, in any of the forms, with an optional era label after it, validated.
fn date<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Ymd> {
    if S::EXACT {
        // The two shapes of nearly every date, told apart by their first number: a
        // year of four digits, or a day.
        return match digit_run(input, 1, 4) {
            Some((_, _, 4)) => valid_numeric_ymd::<S>(input, settings),
            // The day, read once.
            Some((rest, day, 1..=2)) => month_year_after_day::<S>(rest, day as u8, settings),
            _ => fail(input, "a date"),
        };
    }
    let (rest, ymd) = alt((
        |i| valid_numeric_ymd::<S>(i, settings),
        |i| numeric_dmy::<S>(i, settings),
        |i| numeric_ymd::<S>(i, settings),
        |i| numeric_with_name::<S>(i, settings),
        |i| textual_dmy::<S>(i, settings),
        |i| textual_ymd::<S>(i, settings),
        textual_mdy::<S>,
        |i| textual_myd(i, settings),
        |i| year_then_day_month(i, settings),
    ))
    .parse(input)?;
    match era_label(rest, ymd.numeric) {
        Ok(rest) => Ok((rest, ymd)),
        Err(calendar) => Err(Err::Failure(GrammarError {
            foreign: Some(calendar),
            ..GrammarError::at(input, "a Jalali date")
        })),
    }
}

// ---------------------------------------------------------------------------------
// Time of day.

/// 12-hour markers and times of day: ق.ظ، ب.ظ، صبح، عصر، شب، ظهر, AM, PM. Returns 0
/// for before noon, 1 for after, 2 for "night", 3 for "noon".
pub(crate) fn meridiem(input: &str) -> PResult<'_, u8> {
    let rest = gap(input);
    name(rest, &MERIDIEM_INDEX, &[], "AM or PM")
}

/// Hours, minutes and optional seconds (with a fraction), then an optional 12-hour
/// marker: `02:39`, `۱۲:۱`, `2 : 39 : 05`, `۲:۳۰ ب.ظ`.
/// Also says whether seconds were written.
///
/// With [`Exact`] blocks: `HH:MM` or `HH:MM:SS`, colons alone between the numbers, no
/// fraction, no marker.
pub(crate) fn time_of_day<'a, S: Spelling>(input: &'a str) -> PResult<'a, (Time, bool)> {
    let (rest, (hour, _)) = digits(input, 1, 2, "an hour")?;
    let colon = |i: &'a str| -> PResult<'a, char> {
        if S::EXACT {
            return match i.strip_prefix(':') {
                Some(i) => Ok((i, ':')),
                None => fail(i, "':'"),
            };
        }
        let i = gap(i);
        let (i, c) = symbol(i, lexicon::is_colon, "':'")?;
        let i = gap(i);
        Ok((i, c))
    };
    let (rest, _) = colon(rest)?;
    let (rest, (minute, _)) = match digits(rest, 1, 2, "minutes") {
        Ok(found) => found,
        // Two digits of minutes, then the Gregorian date glued to them.
        Err(e) if !S::EXACT => match leading_digits(rest, 2) {
            Some((after, minute)) if starts_with_iso_date(after) => (after, (minute, 2)),
            _ => return Err(e),
        },
        Err(e) => return Err(e),
    };
    let (rest, second) = if S::EXACT && !rest.starts_with(':') {
        (rest, None)
    } else {
        opt(preceded(colon, |i| digits(i, 1, 2, "seconds"))).parse(rest)?
    };
    let (rest, nano) = match second {
        // `.5`, or hundredths after a fourth colon as some systems log them
        // (`02:03:10:30`).
        Some(_) if !S::EXACT => opt(alt((fraction, preceded(colon, hundredths)))).parse(rest)?,
        _ => (rest, None),
    };
    let (rest, half) = match S::EXACT {
        true => (rest, None),
        false => opt(meridiem).parse(rest)?,
    };
    let hour = match to_24_hour(hour, half) {
        Some(h) => h,
        None => {
            return Err(Err::Failure(GrammarError {
                invalid: Time::from_hms(hour.min(255) as u8, 0, 0).err(),
                ..GrammarError::at(input, "an hour that agrees with its AM/PM marker")
            }));
        }
    };
    let written = second.is_some();
    let second = second.map_or(0, |(s, _)| s);
    match Time::from_hms_nano(hour, minute as u8, second as u8, nano.unwrap_or(0)) {
        Ok(time) => Ok((rest, (time, written))),
        Err(e) => Err(Err::Failure(GrammarError {
            invalid: Some(e),
            ..GrammarError::at(input, "a valid time")
        })),
    }
}

/// A word of the lexicon, with the spaces before it.
fn word<'a>(input: &'a str, word: &'static str) -> PResult<'a, ()> {
    let rest = gap(input);
    match lexicon::match_name(rest, word) {
        Some(len) if lexicon::at_boundary(&rest[len..]) => Ok((&rest[len..], ())),
        _ => fail(input, word),
    }
}

/// An hour in digits or, after ساعت, in words (`ساعت چهار بعدازظهر`).
fn hour_number(input: &str, words: bool) -> PResult<'_, u32> {
    if let Ok((rest, (h, _))) = digits(input, 1, 2, "an hour") {
        return Ok((rest, h));
    }
    if words {
        if let Ok((rest, h)) = day_cardinal_word(input) {
            if h <= 12 {
                return Ok((rest, u32::from(h)));
            }
        }
    }
    fail(input, "an hour")
}

/// A time in words: `۹ و ۱۵ دقیقه`, `۲۱ و ۴ دقیقه و ۱۲ ثانیه`, with a marker of the
/// half of the day or not.
fn time_in_words(input: &str, words: bool) -> PResult<'_, (Time, bool)> {
    let (rest, hour) = hour_number(input, words)?;
    let (rest, ()) = word(rest, lexicon::AND_WORD)?;
    let rest = gap(rest);
    let (rest, (minute, _)) = digits(rest, 1, 2, "minutes")?;
    let (rest, ()) = word(rest, lexicon::MINUTE_WORD)?;
    let seconds = |i| -> PResult<'_, u32> {
        let (i, ()) = word(i, lexicon::AND_WORD)?;
        let i = gap(i);
        let (i, (s, _)) = digits(i, 1, 2, "seconds")?;
        let (i, ()) = word(i, lexicon::SECOND_WORD)?;
        Ok((i, s))
    };
    let (rest, second) = opt(seconds).parse(rest)?;
    let (rest, half) = opt(meridiem).parse(rest)?;
    let time = checked_time(input, hour, half, minute, second.unwrap_or(0), 0)?;
    Ok((rest, (time, second.is_some())))
}

/// An hour alone, as written after ساعت: `ساعت ۸ صبح`, `ساعت ۱۸`.
fn hour_alone(input: &str) -> PResult<'_, (Time, bool)> {
    let (rest, hour) = hour_number(input, true)?;
    // An hour and a colon are a clock time that did not read (`09:202024`), not an
    // hour alone.
    if gap(rest).starts_with(lexicon::is_colon) {
        return fail(input, "a time");
    }
    let (rest, half) = opt(meridiem).parse(rest)?;
    if half.is_none() && !lexicon::at_boundary(rest) {
        return fail(input, "an hour");
    }
    let time = checked_time(input, hour, half, 0, 0, 0)?;
    Ok((rest, (time, false)))
}

/// A time of day as written in prose, after ساعت when `after_joiner`: with colons
/// (`۱۲:۳۷`, then maybe دقیقه), in words, or (after ساعت only) an hour alone.
fn clock_time<S: Spelling>(input: &str, after_joiner: bool) -> PResult<'_, (Time, bool)> {
    if S::EXACT {
        return time_of_day::<S>(input);
    }
    // A time that was read but is not valid (an hour against its marker) is a
    // definite failure, not another form to try.
    match time_of_day::<S>(input) {
        Ok((rest, time)) => {
            // `۱۲:۳۷ دقیقه`: the word for minutes after the time.
            let rest = word(rest, lexicon::MINUTE_WORD).map_or(rest, |(r, ())| r);
            return Ok((rest, time));
        }
        Err(Err::Failure(e)) => return Err(Err::Failure(e)),
        Err(_) => {}
    }
    match time_in_words(input, after_joiner) {
        Err(Err::Error(_)) if after_joiner => hour_alone(input),
        Err(Err::Error(_)) => match minutes_and_seconds(input) {
            Err(Err::Error(_)) => time_of_day::<S>(input),
            other => other,
        },
        other => other,
    }
}

/// Minutes and seconds in words with no hour, which is then 0: `۵۴ دقیقه و ۲۸ ثانیه`,
/// as the moment of Nowruz is announced when it falls in the hour after midnight.
fn minutes_and_seconds(input: &str) -> PResult<'_, (Time, bool)> {
    let (rest, (minute, _)) = digits(input, 1, 2, "minutes")?;
    let (rest, ()) = word(rest, lexicon::MINUTE_WORD)?;
    let (rest, ()) = word(rest, lexicon::AND_WORD)?;
    let (rest, (second, _)) = digits(gap(rest), 1, 2, "seconds")?;
    let (rest, ()) = word(rest, lexicon::SECOND_WORD)?;
    let time = checked_time(input, 0, None, minute, second, 0)?;
    Ok((rest, (time, true)))
}

/// ساعت (once, or twice as some sites print it) and the time after it, or a time
/// without it; with [`Exact`] blocks, ساعت once, as the lexicon spells it.
fn time_phrase<S: Spelling>(input: &str) -> PResult<'_, (Time, bool)> {
    if S::EXACT {
        // Most times follow their date directly, in digits.
        if starts_with_digit(input.as_bytes()) {
            return time_of_day::<S>(input);
        }
        let rest = lexicon::TIME_JOINER_WORDS
            .iter()
            .find_map(|&(word, _)| input.strip_prefix(word)?.strip_prefix(' '))
            .unwrap_or(input);
        return time_of_day::<S>(rest);
    }
    let joiner = |i| name(i, &TIME_JOINER_INDEX, &[], lexicon::HOUR_WORD);
    let (rest, first) = opt(joiner).parse(input)?;
    let rest = gap(rest);
    let rest = match first {
        // `ساعت ساعت ۱۰:۳۰`, `ساعت : ۱۰ صبح`.
        Some(_) => {
            let (rest, _) = opt(joiner).parse(rest)?;
            let rest = gap(rest);
            rest.strip_prefix(':').unwrap_or(rest)
        }
        None => rest,
    };
    let rest = gap(rest);
    clock_time::<S>(rest, first.is_some())
}

/// A valid time from its parts, the hour checked against its marker.
fn checked_time(
    input: &str,
    hour: u32,
    half: Option<u8>,
    minute: u32,
    second: u32,
    nano: u32,
) -> Result<Time, Err<GrammarError>> {
    let Some(hour) = to_24_hour(hour, half) else {
        return Err(Err::Failure(GrammarError {
            invalid: Time::from_hms(hour.min(255) as u8, 0, 0).err(),
            ..GrammarError::at(input, "an hour that agrees with its AM/PM marker")
        }));
    };
    let (minute, second) = (minute.min(255) as u8, second.min(255) as u8);
    Time::from_hms_nano(hour, minute, second, nano).map_err(|e| {
        Err::Failure(GrammarError {
            invalid: Some(e),
            ..GrammarError::at(input, "a valid time")
        })
    })
}

/// The hour on a 24-hour clock; `None` when the marker contradicts the hour.
pub(crate) fn to_24_hour(hour: u32, half: Option<u8>) -> Option<u8> {
    let h = u8::try_from(hour).ok()?;
    match half {
        None => Some(h),
        // Before noon: 12 is midnight.
        Some(0) => match h {
            12 => Some(0),
            0..=11 => Some(h),
            _ => None,
        },
        // After noon: 12 is noon; a 24-hour hour with a redundant marker is kept.
        Some(1) => match h {
            1..=11 => Some(h + 12),
            12..=23 => Some(h),
            _ => None,
        },
        // Noon: 11 and 12 as they are, 1..=5 in the early afternoon.
        Some(3) => match h {
            11..=17 => Some(h),
            1..=5 => Some(h + 12),
            _ => None,
        },
        // Night: 6..=11 in the evening, 12 at midnight, 1..=5 in the small hours.
        _ => match h {
            6..=11 => Some(h + 12),
            12 => Some(0),
            0..=5 | 18..=23 => Some(h),
            _ => None,
        },
    }
}

/// Hundredths (or thousandths) of a second after a fourth colon, as a fraction.
fn hundredths(input: &str) -> PResult<'_, u32> {
    let (rest, (value, count)) = digits(input, 1, 3, "hundredths of a second")?;
    Ok((rest, value * 10u32.pow(9 - count as u32)))
}

/// A fraction of a second: `.5`, `.123456789`.
fn fraction(input: &str) -> PResult<'_, u32> {
    let (rest, _) = symbol(input, lexicon::is_decimal_point, "'.'")?;
    let (rest, (value, count)) = digits(rest, 1, 9, "1 to 9 digits of a fraction")?;
    Ok((rest, value * 10u32.pow(9 - count as u32)))
}

/// A UTC offset: `Z`, `+03:30`, `+0330`, `-05`.
pub(crate) fn utc_offset(input: &str) -> PResult<'_, i32> {
    let rest = gap(input);
    if let Ok((rest, _)) = symbol(rest, |c| c == 'Z' || c == 'z', "Z") {
        return Ok((rest, 0));
    }
    let (rest, sign) = symbol(rest, |c| c == '+' || c == '-' || c == '−', "a UTC offset")?;
    let (rest, (value, count)) = digits(rest, 2, 4, "offset hours")?;
    let (rest, hours, minutes) = match count {
        // +0330
        4 => (rest, value / 100, value % 100),
        // +03:30 or +03
        2 => {
            let with_minutes = preceded(
                |i| symbol(i, |c| c == ':', "':'"),
                |i| digits(i, 2, 2, "offset minutes"),
            )
            .parse(rest);
            match with_minutes {
                Ok((rest, (m, _))) => (rest, value, m),
                Err(_) => (rest, value, 0),
            }
        }
        _ => return fail(input, "a UTC offset of the form +HH:MM"),
    };
    if hours > 23 || minutes > 59 {
        return Err(Err::Failure(GrammarError::at(
            input,
            "an offset within ±23:59",
        )));
    }
    let seconds = (hours * 3600 + minutes * 60) as i32;
    Ok((rest, if sign == '+' { seconds } else { -seconds }))
}

/// What may join a date and a time: `-`, `,`, `،`, ساعت, `at`, `T`, or only spaces;
/// with [`Exact`] blocks, one space at most on either side of a dash or a comma.
fn date_time_joiner<S: Spelling>(input: &str) -> &str {
    if S::EXACT {
        let rest = gap_in::<S>(input);
        let rest = rest.strip_prefix(['-', ',']).unwrap_or(rest);
        let rest = rest.strip_prefix(lexicon::is_comma).unwrap_or(rest);
        return gap_in::<S>(rest);
    }
    let rest = gap(input);
    // A blog's `[date] [time]`: the brackets between them.
    let rest = match rest.strip_prefix(']') {
        Some(after) => {
            let after = gap(after);
            after.strip_prefix('[').unwrap_or(after)
        }
        None => rest,
    };
    let rest = gap(rest);
    let rest = symbol(rest, lexicon::is_date_time_mark, "'-'").map_or(rest, |(after, _)| after);
    gap(rest)
}

// ---------------------------------------------------------------------------------
// Whole expressions.

/// A weekday with an optional comma after it, before a date.
fn weekday_before<S: Spelling>(input: &str) -> PResult<'_, Weekday> {
    let (rest, day) = weekday_name::<S>(input)?;
    let rest = comma_in::<S>(rest);
    Ok((gap_in::<S>(rest), day))
}

/// A weekday after a date, with an optional comma before it.
fn weekday_after(input: &str) -> PResult<'_, Weekday> {
    let rest = comma_in::<Any>(input);
    weekday_name::<Any>(gap(rest))
}

/// What follows a comma (Latin or Arabic, with spaces before it in [`Any`] spelling)
/// at the start of `input`, or `input` when there is none.
fn comma_in<S: Spelling>(input: &str) -> &str {
    if S::EXACT {
        return input.strip_prefix(lexicon::is_comma).unwrap_or(input);
    }
    symbol_comma(input).map_or(input, |(rest, _)| rest)
}

/// The ISO 8601 form: `1400-08-26T02:39:00+03:30`, as the crate's ISO reader reads
/// it (in any digit script), then an offset.
fn iso_date_time(input: &str, settings: Settings) -> PResult<'_, (Ymd, (Time, bool), Option<i32>)> {
    // A year before 1, written with a sign, is no date in text.
    if !input.starts_with(|c| lexicon::digit_value(c).is_some()) {
        return fail(input, "an ISO 8601 date-time");
    }
    let (fields, len) = match crate::iso::date_time_prefix(input) {
        Ok(found) => found,
        Err(e) if e.kind() == crate::ErrorKind::Syntax => {
            return fail(input, "an ISO 8601 date-time");
        }
        Err(e) => {
            return Err(Err::Failure(GrammarError {
                invalid: Some(e),
                ..GrammarError::at(input, "a valid time")
            }));
        }
    };
    check_numeric_year(input, fields.year, settings)?;
    let (rest, offset) = opt(utc_offset).parse(&input[len..])?;
    let ymd = Ymd::numbers(fields.year, fields.month, fields.day);
    let time = fields.time.unwrap_or(Time::MIDNIGHT);
    Ok((rest, (ymd, (time, fields.seconds), offset)))
}

/// A date, an optional weekday after it, and an optional time after those; with
/// [`Exact`] blocks, a date and maybe a time after it.
fn date_then_time<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Parts> {
    if S::EXACT {
        let (rest, ymd) = date::<S>(input, settings)?;
        if rest.is_empty() {
            return Ok((rest, (ymd, None, None, None)));
        }
        let (rest, time) = time_phrase::<S>(date_time_joiner::<S>(rest))?;
        return Ok((rest, (ymd, Some(time), None, None)));
    }
    if let Ok((rest, (ymd, time, offset))) = iso_date_time(input, settings) {
        return Ok((rest, (ymd, Some(time), offset, None)));
    }
    let (rest, ymd) = date::<S>(input, settings)?;
    let (rest, weekday) = opt(weekday_after).parse(rest)?;
    let (rest, time) = opt(alt((
        |i| time_phrase::<S>(date_time_joiner::<S>(i)),
        preceded(place, time_of_day::<S>),
    )))
    .parse(rest)?;
    let (rest, offset) = match time {
        Some(_) => opt(utc_offset).parse(rest)?,
        None => (rest, None),
    };
    if time.is_some() {
        // A lunar label after the time labels the whole date-time.
        if let Err(calendar) = era_label(rest, ymd.numeric) {
            return Err(Err::Failure(GrammarError {
                foreign: Some(calendar),
                ..GrammarError::at(input, "a Jalali date")
            }));
        }
    }
    Ok((rest, (ymd, time, offset, weekday)))
}

/// A short place name between a dateline's date and its time (`مشهد`, `مزار شریف`):
/// one or two words of letters, each of at most 20.
fn place(input: &str) -> PResult<'_, ()> {
    let (rest, ()) = place_word(input)?;
    let (rest, _) = opt(place_word).parse(rest)?;
    let rest = gap(rest);
    Ok((rest, ()))
}

/// One word of a place name: 2 to 20 letters, no digits.
fn place_word(input: &str) -> PResult<'_, ()> {
    let i = gap(input);
    let len = i
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() && lexicon::digit_value(c).is_none()))
        .map_or(i.len(), |(at, _)| at);
    let chars = i[..len].chars().count();
    if !(2..=20).contains(&chars) {
        return fail(i, "a place name");
    }
    Ok((&i[len..], ()))
}

/// A date with what was written around it: time, UTC offset, weekday.
type Parts = (Ymd, Option<(Time, bool)>, Option<i32>, Option<Weekday>);

/// A time, then a date: `۰۲:۳۹ - ۲۶ آبان ۱۴۰۰`, `ساعت ۰۲:۳۹ ۲۶ آبان ۱۴۰۰`.
fn time_then_date(input: &str, settings: Settings) -> PResult<'_, Parts> {
    let (rest, time) = time_phrase::<Any>(input)?;
    let rest = date_time_joiner::<Any>(rest);
    // `ساعت ۸ روز شنبه ۲۵ آبان`: "day", then a weekday, may stand between.
    let (rest, _) = opt(|i| word(i, lexicon::DAY_WORD)).parse(rest)?;
    let rest = gap(rest);
    let (rest, weekday) = opt(weekday_before::<Any>).parse(rest)?;
    // `… سه‌شنبه (۱۴۰۲/۱/۱)`: the date in brackets.
    let rest = match weekday {
        Some(_) => rest.strip_prefix('(').unwrap_or(rest),
        None => rest,
    };
    let (rest, ymd) = date::<Any>(rest, settings)?;
    Ok((rest, (ymd, Some(time), None, weekday)))
}

/// A date with everything that may surround it: weekday before or after, time before
/// or after, era, offset. The date is validated; the input need not end after it.
///
/// With [`Exact`] blocks, the weekday before the date and the time after it only.
pub(crate) fn written_date<S: Spelling>(input: &str, settings: Settings) -> PResult<'_, Written> {
    // Most dates start with their digits: no weekday to try.
    let (rest, before) = if S::EXACT && starts_with_digit(input.as_bytes()) {
        (input, None)
    } else {
        opt(weekday_before::<S>).parse(input)?
    };
    let (rest, (ymd, time, offset, between)) = if S::EXACT {
        date_then_time::<S>(rest, settings)?
    } else {
        alt((
            |i| time_then_date(i, settings),
            |i| date_then_time::<S>(i, settings),
        ))
        .parse(rest)?
    };
    let (rest, after) = if !S::EXACT && before.is_none() && between.is_none() {
        opt(weekday_after).parse(rest)?
    } else {
        (rest, between)
    };
    let date = if S::EXACT {
        // The other blocks say why, when the date is not valid.
        match settings.valid_date(ymd.year, ymd.month, ymd.day) {
            Some(date) => date,
            None => return fail(input, "a valid date"),
        }
    } else {
        valid_date(input, settings, ymd.year, ymd.month, ymd.day)?
    };
    Ok((
        rest,
        Written {
            date,
            time: time.map(|(t, _)| t),
            offset,
            weekday: before.or(after),
            seconds: time.is_some_and(|(_, s)| s),
            numeric: ymd.numeric,
            end: None,
        },
    ))
}

// ---------------------------------------------------------------------------------
// Ranges.

/// What joins the two ends of a range: تا, الی, لغایت, to, or a dash, with spaces.
fn range_joiner(input: &str) -> PResult<'_, ()> {
    let rest = gap(input);
    let rest = match name(rest, &lexicon::RANGE_JOINER_INDEX, &[], lexicon::UNTIL_WORD) {
        Ok((rest, _)) => rest,
        Err(e) => match rest.strip_prefix(lexicon::RANGE_DASHES) {
            Some(rest) => rest,
            None => return Err(e),
        },
    };
    let rest = gap(rest);
    Ok((rest, ()))
}

/// از or `from` before the first end of a range.
fn range_start(input: &str) -> PResult<'_, ()> {
    let (rest, _) = name(input, &lexicon::RANGE_START_INDEX, &[], lexicon::FROM_WORD)?;
    let rest = gap(rest);
    Ok((rest, ()))
}

/// A date, or a range of dates or times, with everything around it: what `parse`
/// reads and what `find_dates` finds.
///
/// - `۲۸ اسفند ۱۴۰۰ تا ۵ فروردین ۱۴۰۱`: two whole dates;
/// - `۱۹ شهریور تا ۲۴ شهریور ۱۴۰۱`, `از ۲۰ اسفند تا ۵ فروردین ۱۴۰۲`: the first
///   without its year, which is the second's, or the year before across Nowruz;
/// - `۱۲ تا ۱۵ مهر ۱۴۰۱`, `۱۰–۱۲ آبان ۹۸`: two days of one month;
/// - `۵ مهر ۱۴۰۲ از ساعت ۹ تا ۱۲`: two times of one day.
///
/// A range's end must come after its start; a text where it does not is read as
/// the single date it starts with, where it has one.
///
/// With [`Exact`] blocks, the single date of [`written_date`] only.
pub(crate) fn written_expression<S: Spelling>(
    input: &str,
    settings: Settings,
) -> PResult<'_, Written> {
    if S::EXACT {
        return written_date::<S>(input, settings);
    }
    let (body, from) = opt(range_start).parse(input)?;
    match written_date::<S>(body, settings) {
        Ok((rest, first)) => {
            if let Ok((rest, end)) = range_end(rest, settings, first) {
                return Ok((
                    rest,
                    Written {
                        end: Some(end),
                        ..first
                    },
                ));
            }
            if from.is_some() {
                // از before a single date is not part of it, unless it starts the
                // time's joiner (`از ساعت ۹ صبح ۲۶ آبان ۱۴۰۰`): read from it again.
                return match written_date::<S>(input, settings) {
                    Err(Err::Error(_)) => fail(input, "a range"),
                    other => other,
                };
            }
            Ok((rest, first))
        }
        Err(Err::Error(e)) => {
            let ranges = alt((
                |i| day_range(i, settings),
                |i| range_without_first_year(i, settings),
            ))
            .parse(body);
            match ranges {
                Ok(found) => Ok(found),
                Err(Err::Error(other)) => Err(Err::Error(e.or(other))),
                Err(other) => Err(other),
            }
        }
        Err(other) => Err(other),
    }
}

/// The date the fields read name, or a definite failure that says why there is none.
fn valid_date(
    input: &str,
    settings: Settings,
    year: i32,
    month: u8,
    day: u8,
) -> Result<JalaliDate, Err<GrammarError>> {
    settings.date(year, month, day).map_err(|e| {
        Err::Failure(GrammarError {
            invalid: Some(e),
            ..GrammarError::at(input, "a valid date")
        })
    })
}

/// The compact ISO 8601 forms, `14020231` and `14031230T010203` (or `T0102`): read by
/// `parse`, where the whole text is the date, never in free text, where eight digits
/// are far more often another number.
pub(crate) fn compact_date_time(input: &str, settings: Settings) -> PResult<'_, Written> {
    let field = |i, width, expected| match leading_digits(i, width) {
        Some(found) => Ok(found),
        None => fail(i, expected),
    };
    let (rest, year) = field(input, 4, "a four-digit year")?;
    let (rest, month) = field(rest, 2, "a two-digit month")?;
    let (rest, day) = field(rest, 2, "a two-digit day")?;
    let year = year as i32;
    check_numeric_year(input, year, settings)?;
    let (rest, time) = match rest.strip_prefix(['T', 't']) {
        Some(clock) => {
            let (clock, hour) = field(clock, 2, "a two-digit hour")?;
            let (clock, minute) = field(clock, 2, "two-digit minutes")?;
            let (clock, second) = opt(|i| field(i, 2, "two-digit seconds")).parse(clock)?;
            let time = checked_time(input, hour, None, minute, second.unwrap_or(0), 0)?;
            (clock, Some((time, second.is_some())))
        }
        None => (rest, None),
    };
    if rest.starts_with(|c| lexicon::digit_value(c).is_some()) {
        return fail(rest, "the end of a compact date");
    }
    let date = valid_date(input, settings, year, month as u8, day as u8)?;
    Ok((
        rest,
        Written {
            time: time.map(|(t, _)| t),
            seconds: time.is_some_and(|(_, s)| s),
            numeric: true,
            ..single(date, None)
        },
    ))
}

/// After a whole first date: a second date, or (after a time) a second time.
fn range_end(input: &str, settings: Settings, first: Written) -> PResult<'_, RangeEnd> {
    let (rest, ()) = range_joiner(input)?;
    if let Ok((rest, second)) = written_date::<Any>(rest, settings) {
        return ordered(
            input,
            rest,
            first.date,
            first.time,
            second.date,
            second.time,
        );
    }
    let Some(start) = first.time else {
        return fail(input, "a second date");
    };
    // A second time of the same day: `۵ مهر ۱۴۰۲ از ساعت ۹ تا ۱۲`.
    let rest = gap(rest);
    let (rest, (end, _)) = clock_time::<Any>(rest, true)?;
    if end <= start {
        return fail(input, "a later time");
    }
    Ok((
        rest,
        RangeEnd {
            date: first.date,
            time: Some(end),
        },
    ))
}

/// The end of a range when it comes after its start.
fn ordered<'a>(
    input: &'a str,
    rest: &'a str,
    start: JalaliDate,
    start_time: Option<Time>,
    end: JalaliDate,
    end_time: Option<Time>,
) -> PResult<'a, RangeEnd> {
    let start = (start, start_time.unwrap_or(Time::MIDNIGHT));
    if (end, end_time.unwrap_or(Time::MIDNIGHT)) <= start {
        return fail(input, "an end after the start");
    }
    Ok((
        rest,
        RangeEnd {
            date: end,
            time: end_time,
        },
    ))
}

/// Two days of one month: `۱۲ تا ۱۵ مهر ۱۴۰۱`, `۱۰–۱۲ آبان ۹۸`, `۱۸تا پنجشنبه ۲۴
/// بهمن ۱۳۹۸`.
fn day_range(input: &str, settings: Settings) -> PResult<'_, Written> {
    let (rest, weekday) = opt(weekday_before::<Any>).parse(input)?;
    let (rest, day) = day_number_ordinal(rest)?;
    let (rest, ()) = range_joiner(rest)?;
    let (rest, second) = written_date::<Any>(rest, settings)?;
    if second.numeric || day >= second.date.day() {
        return fail(input, "two days of one month");
    }
    let Some(first) = settings.valid_date(second.date.year(), second.date.month(), day) else {
        return fail(input, "a valid first day");
    };
    let end = RangeEnd {
        date: second.date,
        time: second.time,
    };
    Ok((
        rest,
        Written {
            weekday,
            ..single(first, Some(end))
        },
    ))
}

/// A first date without its year: `۱۹ شهریور تا ۲۴ شهریور ۱۴۰۱`, `۲۰ اسفند تا ۵
/// فروردین ۱۴۰۲` (the year before, across Nowruz).
fn range_without_first_year(input: &str, settings: Settings) -> PResult<'_, Written> {
    let (rest, weekday) = opt(weekday_before::<Any>).parse(input)?;
    let (rest, day) = day_of_month::<Any>(rest)?;
    let rest = gap(rest);
    let (rest, month) = month_name::<Any>(rest)?;
    let (rest, ()) = range_joiner(rest)?;
    let (rest, second) = written_date::<Any>(rest, settings)?;
    if second.numeric {
        return fail(input, "a second date with a month name");
    }
    let end = second.date;
    let year = if (month, day) > (end.month(), end.day()) {
        end.year() - 1
    } else {
        end.year()
    };
    let Some(first) = settings.valid_date(year, month, day) else {
        return fail(input, "a valid first day");
    };
    let (rest, end) = ordered(input, rest, first, None, end, second.time)?;
    Ok((
        rest,
        Written {
            weekday,
            ..single(first, Some(end))
        },
    ))
}

/// A date read without a time, a weekday or an offset.
fn single(date: JalaliDate, end: Option<RangeEnd>) -> Written {
    Written {
        date,
        time: None,
        offset: None,
        weekday: None,
        seconds: false,
        numeric: false,
        end,
    }
}

/// The settings the parser's unit tests read with.
#[cfg(test)]
pub(crate) const TEST_SETTINGS: Settings = Settings {
    pivot: 50,
    max_numeric_year: 1700,
    rule: LeapRule::Astronomical,
};

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::String;

    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    use super::*;
    use crate::lexicon::{MONTH_WORDS, WEEKDAY_WORDS};

    const SETTINGS: Settings = TEST_SETTINGS;

    fn read(text: &str) -> (JalaliDate, Option<Time>, &str) {
        let (rest, w) = written_date::<Any>(text, SETTINGS).unwrap();
        (w.date, w.time, rest)
    }

    #[test]
    fn primitives() {
        assert_eq!(digits("۱۴٠2x", 1, 4, "n").unwrap(), ("x", (1402, 4)));
        assert!(digits("12345", 1, 4, "n").is_err());
        assert_eq!(month_name::<Any>("آبان‌ماه ۱۴۰۰").unwrap(), (" ۱۴۰۰", 8));
        assert_eq!(expand_two_digit_year(98, 50), 1398);
        assert_eq!(expand_two_digit_year(2, 50), 1402);
        assert_eq!(expand_two_digit_year(51, 50), 1351);
        assert_eq!(utc_offset("+03:30").unwrap().1, 12_600);
        assert_eq!(utc_offset("-0500").unwrap().1, -18_000);
    }

    #[test]
    fn the_news_line() {
        let (date, time, rest) = read("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹");
        assert_eq!(date, JalaliDate::new(1400, 8, 26).unwrap());
        assert_eq!(time, Some(Time::from_hms(2, 39, 0).unwrap()));
        assert_eq!(rest, "");
    }

    #[test]
    fn times_with_markers() {
        let t = |s| time_of_day::<Any>(s).unwrap().1.0;
        assert_eq!(t("۲:۳۰ ب.ظ"), Time::from_hms(14, 30, 0).unwrap());
        assert_eq!(t("12:05 AM"), Time::from_hms(0, 5, 0).unwrap());
        assert_eq!(t("۹ : ۱۵ شب"), Time::from_hms(21, 15, 0).unwrap());
        assert_eq!(t("۱۲:۱"), Time::from_hms(12, 1, 0).unwrap());
        assert!(time_of_day::<Any>("25:00").is_err());
        assert!(time_of_day::<Any>("14:00 ق.ظ").is_err());
    }

    /// The whole of `text` as the forms read it with [`Exact`] blocks.
    fn exact_form(text: &str) -> Option<Written> {
        match written_expression::<Exact>(text, SETTINGS) {
            Ok(("", written)) => Some(written),
            _ => None,
        }
    }

    #[test]
    fn reads_the_common_forms_and_nothing_else() {
        let read = |s| {
            exact_form(s).map(|w| {
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

        /// Whatever the forms read with exact blocks, they read the same way with any.
        #[test]
        fn agrees_with_the_full_grammar(text in common_shape()) {
            if let Some(fast) = exact_form(&text) {
                let (rest, full) = written_expression::<Any>(&text, SETTINGS)
                    .unwrap_or_else(|e| panic!("{text:?}: the full grammar fails: {e:?}"));
                prop_assert_eq!(gap(rest), "", "{:?}", text);
                prop_assert_eq!(fast, full, "{:?}", text);
            }
        }
    }

    #[test]
    fn accepts_most_shapes_that_are_valid_dates() {
        // The agreement above must not hold by the exact blocks reading nothing.
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = common_shape();
        let (mut valid, mut accepted) = (0, 0);
        for _ in 0..2_000 {
            let text = strategy.new_tree(&mut runner).unwrap().current();
            if let Ok((rest, _)) = written_expression::<Any>(&text, SETTINGS) {
                if gap(rest).is_empty() {
                    valid += 1;
                    accepted += usize::from(exact_form(&text).is_some());
                }
            }
        }
        assert!(valid > 200, "{valid} valid shapes");
        assert!(accepted * 2 > valid, "{accepted} of {valid} accepted");
    }
}
