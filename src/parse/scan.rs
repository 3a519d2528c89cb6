//! Finding dates in free text.
//!
//! Every Jalali date holds digits (its year at least), so the scanner jumps from one
//! run of digits to the next, a byte search that skips ordinary text at memory speed,
//! and tries the grammar only there: at the digits themselves, or, when a month name
//! stands just before them, a few words earlier (for days written as words, بیست و
//! ششم آبان ۱۴۰۰). A match then takes in a weekday written before it. Each run of
//! digits costs a bounded amount of work, so the whole scan is linear in the text.

use core::ops::Range;

use super::grammar::{self, Any, Written};
use super::{DateParser, ParsedDate};
use crate::lexicon::digits::next_digit;
use crate::lexicon::{self, Folded, MONTH_INDEX, MONTH_SUFFIXES, WEEKDAY_INDEX, fold};

/// A date found in text by [`find_dates`](crate::find_dates).
///
/// # Example
///
/// ```
/// let text = "جلسه ۱۴۰۲/۰۵/۱۰ برگزار شد";
/// let m = taqvim::find_dates(text).next().unwrap();
/// assert_eq!(m.as_str(), "۱۴۰۲/۰۵/۱۰");
/// assert_eq!(m.range(), 9..27);
/// assert_eq!(m.value().date().to_string(), "1402-05-10");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateMatch<'t> {
    start: usize,
    text: &'t str,
    value: ParsedDate,
}

impl<'t> DateMatch<'t> {
    /// Byte offset of the start of the match in the searched text.
    ///
    /// ```
    /// assert_eq!(taqvim::find_dates("on 1400/08/26").next().unwrap().start(), 3);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the end of the match.
    ///
    /// ```
    /// assert_eq!(taqvim::find_dates("on 1400/08/26.").next().unwrap().end(), 13);
    /// ```
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The byte range of the match.
    ///
    /// ```
    /// assert_eq!(taqvim::find_dates("on 1400/08/26").next().unwrap().range(), 3..13);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end()
    }

    /// The matched text.
    ///
    /// ```
    /// assert_eq!(taqvim::find_dates("on 1400/08/26").next().unwrap().as_str(), "1400/08/26");
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The date read.
    ///
    /// ```
    /// let m = taqvim::find_dates("on 1400/08/26").next().unwrap();
    /// assert_eq!(m.value().date().month(), 8);
    /// ```
    pub fn value(&self) -> ParsedDate {
        self.value
    }
}

/// The iterator of [`find_dates`](crate::find_dates) and [`DateParser::find_dates`].
///
/// # Example
///
/// ```
/// let n = taqvim::find_dates("۱۴۰۰/۰۱/۰۱ و ۱۴۰۰/۰۱/۰۲").count();
/// assert_eq!(n, 2);
/// ```
#[derive(Clone, Debug)]
pub struct FindDates<'t> {
    parser: DateParser,
    text: &'t str,
    /// Where the search goes on.
    pos: usize,
    /// Where the last match ended: nothing before it is read again.
    last_end: usize,
    /// The next word for a thousand (a year in words), once searched for.
    thousand: NextAt,
    /// The next digit, once searched for.
    digit: NextAt,
    /// A match found together with the one returned before it.
    pending: Option<DateMatch<'t>>,
}

/// Where a search of the text last found what it looks for: remembered while the
/// position the scan has reached has not passed it, so that each kind of anchor is
/// searched for once over the text, not again after every anchor of the other kind.
#[derive(Clone, Copy, Debug, Default)]
struct NextAt {
    /// What the last search found, at or after where it went from; `None` after a
    /// search means there is none to the end of the text.
    found: Option<usize>,
    searched: bool,
}

impl NextAt {
    fn at_or_after(
        &mut self,
        pos: usize,
        search: impl FnOnce(usize) -> Option<usize>,
    ) -> Option<usize> {
        let stale = match self.found {
            Some(at) => at < pos,
            None => !self.searched,
        };
        if stale {
            self.found = search(pos);
            self.searched = true;
        }
        self.found
    }
}

/// How many words before a run of digits a date may start (a weekday of two words and
/// a day of three, بیست و ششم).
const LOOKBACK_WORDS: usize = 5;

/// How far before a date a time written first may start: in words
/// (`ساعت ۱۹ و ۴۵ دقیقه و ۲۸ ثانیه روز سه شنبه`), and in bytes.
const TIME_LOOKBACK_WORDS: usize = 14;
const TIME_LOOKBACK_BYTES: usize = 200;

impl<'t> FindDates<'t> {
    pub(super) fn new(parser: DateParser, text: &'t str) -> FindDates<'t> {
        FindDates {
            parser,
            text,
            pos: 0,
            last_end: 0,
            thousand: NextAt::default(),
            digit: NextAt::default(),
            pending: None,
        }
    }

    /// The date whose digits start at `anchor`, if there is one.
    fn match_at(&self, anchor: usize, run_end: usize) -> Option<(usize, usize, Written)> {
        let text = self.text;
        if glued_before(text, anchor, run_end) {
            return None;
        }
        let at_anchor = || {
            if may_follow_first_number(&text[run_end..]) {
                self.attempt(anchor)
            } else {
                None
            }
        };
        let found = at_anchor().or_else(|| {
            // Only a day (1 or 2 digits) or a year (2 or 4) follows a month name.
            let digits = text[anchor..run_end].chars().count();
            if digits == 3 || digits > 4 {
                return None;
            }
            self.date_with_month_before(anchor)
        })?;
        self.checked(found)
    }

    /// The date whose year is written in words around the word for a thousand at
    /// `thousand` (`چهارم اسفندماه یکهزار و سیصد و هشتاد و نه`): it starts a word
    /// (یکهزار) or follows یک.
    fn match_year_in_words(&self, thousand: usize) -> Option<(usize, usize, Written)> {
        let text = self.text;
        let floor = self.pos.min(thousand);
        let word_start = text[floor..thousand]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| !is_gapish(c))
            .last()
            .map_or(thousand, |(i, _)| floor + i);
        let year_start = match word_starts_before::<1>(text, word_start, floor)[0] {
            Some(before)
                if word_start == thousand
                    && lexicon::UNIT_INDEX
                        .longest(&text[before..], &[])
                        .is_some_and(|(n, len)| n == 1 && before + len <= word_start) =>
            {
                before
            }
            _ => word_start,
        };
        let found = self.date_with_month_before(year_start)?;
        self.checked(found)
    }

    /// A date whose month name stands just before `anchor` (the digits or words of
    /// its year or day), and whose day, in digits or words, before that.
    fn date_with_month_before(&self, anchor: usize) -> Option<(usize, usize, Written)> {
        let text = self.text;
        let floor = self.pos.min(anchor);
        let month_start = month_word_before(text, anchor, floor)?;
        // The farthest start first, so the whole day is taken in; the month name
        // itself last (Aban 26, 1400).
        word_starts_before::<LOOKBACK_WORDS>(text, month_start, floor)
            .into_iter()
            .rev()
            .flatten()
            .chain([month_start])
            .find_map(|start| self.attempt(start).filter(|&(_, end, _)| end > anchor))
    }

    /// What the grammar reads from `start`: the match's start, end and value.
    fn attempt(&self, start: usize) -> Option<(usize, usize, Written)> {
        let input = self.text.get(start..)?;
        let (rest, written) =
            grammar::written_expression::<Any>(input, self.parser.settings).ok()?;
        Some((start, self.text.len() - rest.len(), written))
    }

    /// A match found by the grammar, checked against what surrounds it, with the time
    /// and the weekday written before it taken in.
    fn checked(&self, found: (usize, usize, Written)) -> Option<(usize, usize, Written)> {
        let text = self.text;
        let settings = self.parser.settings;
        let (start, end, written) = found;
        if written.numeric && glued_after(text, end) {
            return None;
        }
        // Past the window of plausible years, a date in free text is another
        // calendar's, whatever its form (`۸ آذر ۲۳۳۶` is Syriac).
        let max = i32::from(settings.max_numeric_year);
        let last = written.end.map_or(written.date, |e| e.date);
        if written.date.year() > max || last.year() > max {
            return None;
        }
        if lunar_label_before(text, start, self.last_end) {
            return None;
        }
        if text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && !grammar::starts_with_iso_date(&text[end..])
        {
            return None;
        }
        let (start, end, written) = self.with_time_before(start, end, written);
        Some(self.with_weekday_before(start, end, written))
    }

    /// Takes in a time written before the date (`ساعت ۹ صبح ۹۶/۰۹/۲۲`, `ساعت ۱۸
    /// شنبه ۶ اردیبهشت ۱۴۰۴`): the grammar reads again from where a time may start, a
    /// few words back, and the longer reading is kept when it ends where the date did.
    fn with_time_before(
        &self,
        start: usize,
        end: usize,
        written: Written,
    ) -> (usize, usize, Written) {
        if written.time.is_some() {
            return (start, end, written);
        }
        // A time in words with its weekday is at most a dozen words and a few dozen
        // characters; looking no further keeps the scan linear.
        let mut floor = self.last_end.max(start.saturating_sub(TIME_LOOKBACK_BYTES));
        while !self.text.is_char_boundary(floor) {
            floor += 1;
        }
        // Most dates have no time before them: look for the joiner's spelling first
        // (a time written first without one starts at its digits, where the grammar
        // reads it from the anchor).
        let window = &self.text[floor.min(start)..start];
        let joiner_near = [lexicon::MINUTE_WORD, lexicon::SECOND_WORD]
            .iter()
            .any(|word| window.contains(word))
            || lexicon::TIME_JOINER_WORDS.iter().any(|&(word, _)| {
                window.contains(word)
                    || (word.is_ascii()
                        && window
                            .as_bytes()
                            .windows(word.len())
                            .any(|w| w.eq_ignore_ascii_case(word.as_bytes())))
            });
        if !joiner_near {
            return (start, end, written);
        }
        let starts = word_starts_before::<TIME_LOOKBACK_WORDS>(self.text, start, floor);
        for word_start in starts.iter().rev().flatten().copied() {
            let rest = &self.text[word_start..];
            let time_like = lexicon::TIME_JOINER_INDEX.longest(rest, &[]).is_some()
                || rest.starts_with(|c| lexicon::digit_value(c).is_some());
            if !time_like {
                continue;
            }
            let Ok((after, longer)) = grammar::written_date::<Any>(rest, self.parser.settings)
            else {
                continue;
            };
            let longer_end = self.text.len() - after.len();
            if longer.time.is_some() && longer_end == end && longer.date == written.date {
                return (word_start, end, longer);
            }
        }
        (start, end, written)
    }

    /// Takes in a weekday written just before the date (with a comma or not): where a
    /// weekday name starts one or two words back, the grammar reads again from it,
    /// and its reading is kept when it ends where the date did, on the same date.
    fn with_weekday_before(
        &self,
        start: usize,
        end: usize,
        written: Written,
    ) -> (usize, usize, Written) {
        if written.weekday.is_some() {
            return (start, end, written);
        }
        // A weekday is one word or two (سه شنبه); try the longer reading first.
        let starts = word_starts_before::<2>(self.text, start, self.pos.min(start));
        for word_start in starts.iter().rev().flatten().copied() {
            if WEEKDAY_INDEX
                .longest(&self.text[word_start..], &[])
                .is_none()
            {
                continue;
            }
            let Some((_, longer_end, longer)) = self.attempt(word_start) else {
                continue;
            };
            if longer_end == end && longer.date == written.date && longer.weekday.is_some() {
                return (word_start, end, longer);
            }
        }
        (start, end, written)
    }
}

impl<'t> Iterator for FindDates<'t> {
    type Item = DateMatch<'t>;

    fn next(&mut self) -> Option<DateMatch<'t>> {
        if let Some(m) = self.pending.take() {
            return Some(m);
        }
        while self.pos < self.text.len() {
            let digit = self.next_digit();
            let thousand = self.next_thousand();
            // A year in words holds no digit: the word for a thousand anchors it.
            if let Some(t) = thousand.filter(|&t| digit.is_none_or(|d| t < d)) {
                let found = self.match_year_in_words(t);
                if let Some(found) = found {
                    if let Some(m) = self.emit(found) {
                        return Some(m);
                    }
                    continue;
                }
                self.pos = t + lexicon::THOUSAND.len();
                continue;
            }
            let anchor = digit?;
            let run_end = digit_run_end(self.text, anchor);
            if let Some(found) = self.match_at(anchor, run_end) {
                if let Some(m) = self.emit(found) {
                    return Some(m);
                }
                continue;
            }
            self.pos = run_end;
        }
        None
    }
}

impl<'t> FindDates<'t> {
    /// The next word for a thousand at or after the search position; the search for
    /// it runs once over the text.
    /// The next digit at or after the search position.
    fn next_digit(&mut self) -> Option<usize> {
        let text = self.text;
        self.digit
            .at_or_after(self.pos, |from| next_digit(text, from))
    }

    /// The next word for a thousand at or after the search position.
    fn next_thousand(&mut self) -> Option<usize> {
        let text = self.text;
        self.thousand.at_or_after(self.pos, |from| {
            text[from..].find(lexicon::THOUSAND).map(|i| from + i)
        })
    }

    /// The match to return for what the grammar found: a day listed before it with
    /// the same month and year first (`۴ و ۵ آذر ۱۴۰۴`), and the match itself next.
    fn emit(&mut self, found: (usize, usize, Written)) -> Option<DateMatch<'t>> {
        let listed = self.listed_day_before(&found);
        let m = self.take(found)?;
        match listed {
            Some(day) => {
                self.pending = Some(m);
                Some(day)
            }
            None => Some(m),
        }
    }

    /// A day in digits listed before a date with a month name, joined by و (or
    /// `-و-` in a web address): `۴ و ۵ آذر ۱۴۰۴`, `3-و-4-مهر-1402`. Its match is the
    /// day alone; its value, that day of the date's month and year.
    fn listed_day_before(
        &self,
        (start, _, written): &(usize, usize, Written),
    ) -> Option<DateMatch<'t>> {
        if written.numeric || written.end.is_some() {
            return None;
        }
        let text = self.text;
        let floor = self.last_end.min(*start);
        let is_joint = |c: char| is_gapish(c) || c == '-';
        let before = text[floor..*start].trim_end_matches(is_joint);
        let before = before.strip_suffix(lexicon::AND_WORD)?;
        let digits_end = floor + before.trim_end_matches(is_joint).len();
        let digits_start = text[floor..digits_end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| lexicon::digit_value(c).is_some())
            .last()
            .map(|(i, _)| floor + i)?;
        // The day is a number of its own: no letter or digit glued before it.
        if text[floor..digits_start]
            .chars()
            .next_back()
            .is_some_and(|c| !is_joint(c))
        {
            return None;
        }
        let (_, day, _) = grammar::digit_run(&text[digits_start..digits_end], 1, 2)?;
        if day >= u32::from(written.date.day()) {
            return None;
        }
        let date = written.date;
        let first = self
            .parser
            .settings
            .valid_date(date.year(), date.month(), day as u8)?;
        let value = ParsedDate::from_written(Written {
            date: first,
            time: None,
            offset: None,
            weekday: None,
            seconds: false,
            numeric: false,
            end: None,
        });
        Some(DateMatch {
            start: digits_start,
            text: &text[digits_start..digits_end],
            value,
        })
    }

    /// Returns the match, moving the search past it (or, in strict mode, skips a
    /// match whose weekday contradicts its date).
    fn take(&mut self, (start, end, written): (usize, usize, Written)) -> Option<DateMatch<'t>> {
        let value = ParsedDate::from_written(written);
        self.pos = end;
        self.last_end = end;
        if self.parser.strict_weekday && value.weekday_mismatch() {
            return None;
        }
        Some(DateMatch {
            start,
            text: &self.text[start..end],
            value,
        })
    }
}

impl core::iter::FusedIterator for FindDates<'_> {}

/// Whether `rest`, what follows the first run of digits of a would-be date, can go on
/// as some form of the grammar does after its first number: a date separator, the
/// colon of a time, or (after spaces) a month name, or an ordinal ending. Text that
/// fails this, the case of most numbers in prose, is not handed to the grammar.
fn may_follow_first_number(rest: &str) -> bool {
    let after_gap = rest.trim_start_matches(|c: char| {
        c != '\n'
            && c != '\r'
            && matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable)
    });
    match after_gap.chars().next() {
        None => false,
        Some(c) if lexicon::is_date_separator(c) || lexicon::is_colon(c) => true,
        Some(_) => {
            MONTH_INDEX.longest(after_gap, MONTH_SUFFIXES).is_some()
                // An ordinal ending is written on the number (۲۶ام, ۹مه), not after a
                // space, where م starts most words after numbers (۱۲ میلیون).
                || {
                    let glued = rest.strip_prefix(lexicon::NON_JOINER).unwrap_or(rest);
                    lexicon::ORDINAL_ENDINGS.iter().any(|e| glued.starts_with(e))
                }
                || lexicon::ENGLISH_ORDINAL_ENDINGS.iter().any(|e| {
                    rest.get(..e.len())
                        .is_some_and(|r| r.eq_ignore_ascii_case(e))
                })
                || lexicon::DAY_JOINER_INDEX.longest(after_gap, &[]).is_some()
                || lexicon::RANGE_JOINER_INDEX
                    .longest(after_gap, &[])
                    .is_some()
                || after_gap.starts_with(lexicon::RANGE_DASHES)
                // `۱۴۰۲ در روز ۳۰ آذر`, `۵۴ دقیقه و ۲۸ ثانیه روز ...`
                || after_gap.starts_with(lexicon::DAY_WORD)
                || after_gap
                    .strip_prefix(lexicon::IN_WORD)
                    .is_some_and(|r| r.trim_start().starts_with(lexicon::DAY_WORD))
        }
    }
}

/// The end of the run of digits starting at `start`.
fn digit_run_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| lexicon::digit_value(c).is_none())
        .map_or(text.len(), |(i, _)| start + i)
}

/// Whether the digits at `anchor` (ending at `run_end`) continue something that is
/// not a date: a Latin word (`v10`), or a longer chain of numbers (`021-88-12-34`,
/// `1.2.3.4`).
fn glued_before(text: &str, anchor: usize, run_end: usize) -> bool {
    let mut before = text[..anchor].chars().rev();
    match before.next() {
        // A Latin month name glued to the day is text out of a PDF (`Khordad4,1400`).
        Some(c) if c.is_ascii_alphabetic() => {
            let word = text[..anchor].trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let word = &text[word.len()..anchor];
            MONTH_INDEX
                .longest(word, &[])
                .is_none_or(|(_, len)| len != word.len())
        }
        Some('_') => true,
        // A chain goes on with the same separator (`021-88-12-34`); another one starts
        // a date after a number (`شماره 21515-01/11/1397`).
        Some(c) if lexicon::is_date_separator(c) => {
            before
                .next()
                .is_some_and(|c| lexicon::digit_value(c).is_some())
                && text[run_end..].starts_with(c)
        }
        _ => false,
    }
}

/// Whether a lunar Hijri label stands just before `start` (`ه.ق1440/06/01`), glued or
/// after spaces, and not as the end of an earlier number (a lunar date's label).
fn lunar_label_before(text: &str, start: usize, floor: usize) -> bool {
    let floor = floor.min(start);
    let before = text[floor..start].trim_end_matches(is_gapish);
    let from = before.len().saturating_sub(24);
    let Some(window) = (from..before.len()).find(|&i| before.is_char_boundary(i)) else {
        return false;
    };
    let tail = &before[window..];
    tail.char_indices().any(|(i, _)| {
        let candidate = &tail[i..];
        let earlier = &before[..window + i];
        // The label is a word of its own, and no number ends just before it.
        let word_start = earlier.chars().next_back().is_none_or(is_gapish);
        word_start
            && earlier
                .trim_end_matches(is_gapish)
                .chars()
                .next_back()
                .is_none_or(|c| lexicon::digit_value(c).is_none())
            && lexicon::FOREIGN_ERA_INDEX
                .longest(candidate, &[])
                .is_some_and(|(kind, len)| kind == lexicon::LUNAR_HIJRI && len == candidate.len())
    })
}

/// Whether a numeric date ending at `end` is followed by more of a chain of numbers.
fn glued_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        Some(c) if lexicon::is_date_separator(c) || lexicon::is_colon(c) => after
            .next()
            .is_some_and(|c| lexicon::digit_value(c).is_some()),
        _ => false,
    }
}

/// If the word ending just before `anchor` (past spaces) is a month name, or ماه
/// after one, where that month name starts.
///
/// The search goes back no further than `floor`, where the previous run of digits or
/// date ended: no month name lies across it, and going further would make a text
/// without spaces quadratic.
fn month_word_before(text: &str, anchor: usize, floor: usize) -> Option<usize> {
    // The month name, then maybe ماه, سال or "of year" before the digits: up to four
    // words back (`تیر ماه سال ۱۳۰۵`, `Tir of year 1378`).
    let is_month = |start: usize| {
        let Some((_, len)) = MONTH_INDEX.longest(&text[start..], MONTH_SUFFIXES) else {
            return false;
        };
        // A name (with its ماه) that runs into the anchor's word is not before it.
        let Some(between) = text.get(start + len..anchor) else {
            return false;
        };
        let between = between.trim_start_matches(is_gapish);
        let between = match lexicon::YEAR_JOINER_INDEX.longest(between, &[]) {
            Some((_, joiner)) => &between[joiner..],
            None => between,
        };
        between.chars().all(|c| is_gapish(c) || c == '-')
    };
    // Only ماه, سال or the words of a joiner may stand between: at any other word, no
    // month further back can come before these digits, and the search stops (as it
    // does for most numbers in prose, at the first word).
    let may_stand_between = |start: usize| {
        let word = &text[start..];
        word.starts_with(|c: char| c.is_ascii_alphabetic())
            || lexicon::YEAR_JOINER_INDEX.longest(word, &[]).is_some()
            || lexicon::MONTH_SUFFIXES
                .iter()
                .any(|s| lexicon::match_name(word, s).is_some())
    };
    for start in word_starts_before::<4>(text, anchor, floor)
        .into_iter()
        .flatten()
    {
        if is_month(start) {
            return Some(start);
        }
        if !may_stand_between(start) {
            return None;
        }
    }
    None
}

/// Whether `c` separates words around a date: spaces, marks, commas, and the
/// brackets and quotes a date may stand in.
fn is_gapish(c: char) -> bool {
    matches!(fold(c), Folded::Space | Folded::Joiner | Folded::Ignorable)
        || lexicon::is_opening_mark(c)
}

/// The starts of the up to `N` words before `pos`, nearest first, not
/// going back past `floor` or a line break. Words are runs of characters between
/// spaces and non-joiners.
fn word_starts_before<const N: usize>(text: &str, pos: usize, floor: usize) -> [Option<usize>; N] {
    let mut starts = [None; N];
    let floor = floor.min(pos);
    let mut chars = text[floor..pos].char_indices().rev().peekable();
    for slot in &mut starts {
        // Skip the gap before the word.
        while let Some(&(_, c)) = chars.peek() {
            if c == '\n' || c == '\r' {
                return starts;
            }
            if is_gapish(c) {
                chars.next();
            } else {
                break;
            }
        }
        let mut start = None;
        while let Some(&(i, c)) = chars.peek() {
            if is_gapish(c) || c == '\n' || c == '\r' {
                break;
            }
            start = Some(floor + i);
            chars.next();
        }
        match start {
            Some(s) => *slot = Some(s),
            None => return starts,
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::vec::Vec;

    use super::*;

    #[test]
    fn next_digit_finds_the_first_digit_of_every_script() {
        let mut text = std::string::String::new();
        for filler in ["abcdefghijkl", "ابتثجحخدذرزس", "یکی ۰ نه", "آ٩", "x"] {
            for digit in ["5", "۵", "٥"] {
                for pad in 0..17 {
                    text.clear();
                    for _ in 0..pad {
                        text.push_str(filler);
                    }
                    let at = text.len();
                    text.push_str(digit);
                    text.push_str("آبان");
                    let expected = text
                        .char_indices()
                        .find(|&(_, c)| lexicon::digit_value(c).is_some())
                        .map(|(i, _)| i);
                    for from in (0..=at).filter(|&i| text.is_char_boundary(i)) {
                        let expected = text[from..]
                            .char_indices()
                            .find(|&(_, c)| lexicon::digit_value(c).is_some())
                            .map(|(i, _)| from + i);
                        assert_eq!(next_digit(&text, from), expected, "{text:?} from {from}");
                    }
                    if !filler.contains(['۰', '٩']) || pad == 0 {
                        assert_eq!(expected, Some(at));
                    }
                }
            }
        }
        // Letters whose second bytes look like digits' (ا is D8 A7).
        assert_eq!(next_digit("اااااااااااااااااا", 0), None);
    }

    fn found(text: &str) -> Vec<(&str, std::string::String)> {
        crate::find_dates(text)
            .map(|m| (m.as_str(), std::format!("{}", m.value().date())))
            .collect()
    }

    #[test]
    fn digits_of_every_script_are_anchors() {
        assert_eq!(next_digit("abc ۱", 0), Some(4));
        assert_eq!(next_digit("abc ٣", 0), Some(4));
        assert_eq!(next_digit("abc 7", 0), Some(4));
        assert_eq!(next_digit("ی ن", 0), None);
    }

    #[test]
    fn days_in_words_are_found() {
        assert_eq!(
            found("امروز بیست و ششم آبان ۱۴۰۰ است"),
            [("بیست و ششم آبان ۱۴۰۰", "1400-08-26".into())]
        );
        assert_eq!(
            found("در تاریخ سی و یکم شهریور ماه ۱۴۰۱ گفت"),
            [("سی و یکم شهریور ماه ۱۴۰۱", "1401-06-31".into())]
        );
    }

    #[test]
    fn a_weekday_the_grammar_would_not_join_is_not_taken_in() {
        // Found by fuzzing: the match must read alone as it reads in the text.
        for text in [
            "Thu\r00-08-26",
            "Thu\n00-08-26",
            "شنبه\r\n۱۴۰۰/۰۱/۰۱",
            "Thur,,ـ 1010/11/17",
        ] {
            let m = crate::find_dates(text).next().unwrap();
            assert_eq!(
                crate::parse(m.as_str()).unwrap().date(),
                m.value().date(),
                "{text:?}"
            );
            assert!(m.value().written_weekday().is_none(), "{text:?}");
        }
    }

    #[test]
    fn not_dates_are_skipped() {
        for text in [
            "نسخه 10.2.3 منتشر شد",
            "تلفن ۰۲۱-۸۸-۱۲-۳۴",
            "قیمت ۱۲٫۵۰۰ تومان",
            "۱۵ رمضان ۱۴۴۴",
            "۱۴۴۴/۰۹/۱۵ ه.ق",
            "2021/11/17",
            "۳۰ اسفند ۱۴۰۰",
            "۳۱ مهر ۱۴۰۰",
            "1400/13/01",
            "17 November 2021",
            "۱۲ آوریل ۲۰۲۳",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
