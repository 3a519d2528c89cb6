//! The format-driven parser: text laid out by a strftime-style format, with chrono's
//! directive letters. Names in `%B`/`%b`/`%A`/`%a` accept every spelling the lexicon
//! knows, and numbers may be written in any digit script.

use nom::Finish;

use super::grammar::{self, Any, GrammarError, PResult};
use super::{DateParser, ParseError, ParseErrorKind};
use crate::format::items::{self, Item, Pad, next_item};
use crate::lexicon;
use crate::{JalaliDate, JalaliDateTime, Time, Weekday};

/// The fields a format has read so far.
#[derive(Default)]
struct Fields {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    ordinal: Option<u16>,
    /// The week of the year (`%U`).
    week: Option<u8>,
    /// The season (`%K`), 0 for spring to 3 for winter.
    season: Option<u8>,
    weekday: Option<Weekday>,
    hour: Option<u8>,
    hour12: Option<u8>,
    pm: Option<u8>,
    minute: Option<u8>,
    second: Option<u8>,
    nanosecond: Option<u32>,
    /// A field was read twice with different values (`%d` and `%e` disagreeing).
    conflict: bool,
}

/// Fills `slot` with `value`, noting a conflict with a value read before.
fn put<T: PartialEq>(conflict: &mut bool, slot: &mut Option<T>, value: T) {
    match slot {
        Some(old) if *old != value => *conflict = true,
        _ => *slot = Some(value),
    }
}

fn syntax(text: &str, rest: &str, expected: &'static str) -> ParseError {
    ParseError::from_grammar(
        text,
        GrammarError {
            rest_len: rest.len(),
            expected,
            invalid: None,
            foreign: None,
        },
    )
}

/// A grammar block's result, its failure placed in `text`.
fn read_in<'a, T>(text: &str, read: PResult<'a, T>) -> Result<(&'a str, T), ParseError> {
    read.finish().map_err(|e| ParseError::from_grammar(text, e))
}

/// A number of 1 to `max` digits of any script.
fn number<'a>(input: &'a str, max: usize, expected: &'static str) -> PResult<'a, u32> {
    let (rest, (value, _)) = grammar::digits(input, 1, max, expected)?;
    Ok((rest, value))
}

/// Reads `text` by `format` into fields.
///
/// The format is read by the same tokeniser as the printer's, so every directive reads
/// what the printer writes. A number the printer pads (`%Y` to 4 digits, `%m` to 2 …)
/// is read greedily, up to the field's largest width, unless the format puts a digit
/// right after it (a literal digit or another number, as in `%Y%m%d`): then it is read
/// at the printer's width, so that `%Y%m%d` reads `14020231` and `%Y1` reads `00071`
/// as the year 7 (and, where the text has fewer digits there, as many as it has). A
/// number wider than its width (a year past 9999) cannot be told apart from a digit
/// after it; nor can one written without padding (`%-d`), though there the reading
/// fails rather than giving another value; nor a number padded with spaces (`%_j`,
/// `%e`) right after whitespace of the format, which matches any run of spaces and so
/// takes the padding in.
fn read(text: &str, format: &str, parser: DateParser) -> Result<Fields, ParseError> {
    let mut fields = Fields::default();
    let input = read_items(text, text, format, &mut fields, parser)?;
    let rest = grammar::gap(input);
    if !rest.is_empty() {
        return Err(syntax(text, rest, "the end of the text"));
    }
    Ok(fields)
}

/// Reads `input` (a part of `text`) by the items of `format` into `fields`, returning
/// what is left.
fn read_items<'a>(
    text: &str,
    mut input: &'a str,
    format: &str,
    fields: &mut Fields,
    parser: DateParser,
) -> Result<&'a str, ParseError> {
    let mut before = input;
    let mut at = 0;
    let mut next = next_of(format, at)?;
    // The format's last space matched none in the text: a `-` there is a separator
    // glued to what stands before it (`01 فروردین-1400`), not a year's sign.
    let mut glued = false;
    while let Some((item, len)) = next {
        if fields.conflict {
            return Err(syntax(text, before, "the same value as read before"));
        }
        before = input;
        at += len;
        next = next_of(format, at)?;
        let directive = match item {
            Item::Text(literal) => {
                let after = literal_text(text, input, literal)?;
                let matched = input.get(..input.len() - after.len()).unwrap_or("");
                glued = literal.ends_with(char::is_whitespace)
                    && !matched.ends_with(char::is_whitespace);
                input = after;
                continue;
            }
            Item::Directive(directive, pad, letter) => Directive {
                directive,
                pad,
                letter,
                digit_follows: next.is_some_and(|(item, _)| starts_with_digit(item)),
                signed: !glued,
            },
        };
        glued = false;
        input = directive.read(text, input, fields, parser)?;
    }
    if fields.conflict {
        return Err(syntax(text, before, "the same value as read before"));
    }
    Ok(input)
}

/// The item of `format` at byte `at`, and its length; `None` at the end.
fn next_of(format: &str, at: usize) -> Result<Option<(Item<'_>, usize)>, ParseError> {
    match format.get(at..) {
        None | Some("") => Ok(None),
        Some(rest) => next_item(rest).map(Some).map_err(|_| format_error(at)),
    }
}

/// Whether what an item matches starts with a digit.
fn starts_with_digit(item: Item<'_>) -> bool {
    match item {
        Item::Text(t) => t.chars().next().and_then(lexicon::digit_value).is_some(),
        // A number padded with spaces may start with a digit too (`%_d` of 13).
        Item::Directive(d, _, _) => d.starts_with_digit(),
    }
}

/// Matches the literal text of a format: whitespace in the format matches any run of
/// spaces, or none; any other character matches itself, after optional spaces.
fn literal_text<'a>(text: &str, mut input: &'a str, literal: &str) -> Result<&'a str, ParseError> {
    for c in literal.chars() {
        if c.is_whitespace() {
            input = grammar::gap(input);
            continue;
        }
        let trimmed = grammar::gap(input);
        match trimmed.strip_prefix(c) {
            Some(rest) => input = rest,
            None => return Err(syntax(text, input, "text of the format")),
        }
    }
    Ok(input)
}

fn format_error(at: usize) -> ParseError {
    ParseError {
        offset: at,
        kind: ParseErrorKind::Format,
    }
}

/// One directive of the format, where it stands in it, and whether a digit follows it.
#[derive(Clone, Copy)]
struct Directive {
    directive: items::Directive,
    pad: Option<Pad>,
    letter: char,
    digit_follows: bool,
    /// A year may have a sign here.
    signed: bool,
}

impl Directive {
    /// The same directive, as one of the fields of a composite (`%F`, `%T`), itself
    /// followed by a separator.
    fn part(self, directive: items::Directive) -> Directive {
        Directive {
            directive,
            pad: None,
            digit_follows: false,
            ..self
        }
    }

    /// A number of this directive: at the printer's width when a digit follows and
    /// the text has that many digits there, otherwise 1 to `max` digits.
    fn number<'a>(
        self,
        text: &str,
        input: &'a str,
        max: usize,
        expected: &'static str,
    ) -> Result<(&'a str, u32), ParseError> {
        let fixed = match (self.directive.number_width(), self.pad) {
            (Some(width), Some(Pad::Zero) | None) if self.digit_follows => {
                grammar::leading_digits(input, width)
            }
            (Some(width), Some(Pad::Space)) if self.digit_follows => {
                let spaces = input.len() - input.trim_start_matches(' ').len();
                let spaces = spaces.min(width - 1);
                let rest = input.get(spaces..).unwrap_or(input);
                grammar::leading_digits(rest, width - spaces)
            }
            _ => None,
        };
        if let Some(read) = fixed {
            return Ok(read);
        }
        let rest = match self.pad {
            Some(Pad::Space) => grammar::gap(input),
            _ => input,
        };
        read_in(text, number(rest, max, expected))
    }

    /// Reads this directive at `input`, returning what is left.
    fn read<'a>(
        self,
        text: &str,
        input: &'a str,
        f: &mut Fields,
        parser: DateParser,
    ) -> Result<&'a str, ParseError> {
        use items::Directive as D;
        let rest = match self.directive {
            D::Year => {
                let sign = match self.signed {
                    true => input.strip_prefix('-').or_else(|| input.strip_prefix('−')),
                    false => None,
                };
                let (rest, negative) = match sign {
                    Some(rest) => (rest, true),
                    None => (input, false),
                };
                let (rest, y) = self.number(text, rest, 7, "a year")?;
                put(
                    &mut f.conflict,
                    &mut f.year,
                    if negative { -(y as i32) } else { y as i32 },
                );
                rest
            }
            D::YearOfCentury => {
                let (rest, yy) = match self.digit_follows {
                    true => self.number(text, input, 2, "a two-digit year")?,
                    false => {
                        let (rest, (yy, _)) =
                            read_in(text, grammar::digits(input, 2, 2, "a two-digit year"))?;
                        (rest, yy)
                    }
                };
                let year = grammar::expand_two_digit_year(yy, parser.settings.pivot);
                put(&mut f.conflict, &mut f.year, year);
                rest
            }
            D::Month => set(
                &mut f.conflict,
                &mut f.month,
                self.number(text, input, 2, "a month")?,
            ),
            D::Day => set(
                &mut f.conflict,
                &mut f.day,
                self.number(text, input, 2, "a day")?,
            ),
            D::Ordinal => {
                let (rest, n) = self.number(text, input, 3, "a day of the year")?;
                put(&mut f.conflict, &mut f.ordinal, n as u16);
                rest
            }
            D::WeekOfYear => set(
                &mut f.conflict,
                &mut f.week,
                self.number(text, input, 2, "a week of the year")?,
            ),
            D::Season => {
                let (rest, season) = read_in(text, grammar::season_name(input))?;
                put(&mut f.conflict, &mut f.season, season);
                rest
            }
            D::MonthName | D::MonthAbbreviation => {
                let (rest, m) = read_in(text, grammar::month_name::<Any>(input))?;
                put(&mut f.conflict, &mut f.month, m);
                rest
            }
            D::WeekdayName | D::WeekdayAbbreviation => {
                let (rest, w) = read_in(text, grammar::weekday_name::<Any>(input))?;
                put(&mut f.conflict, &mut f.weekday, w);
                rest
            }
            D::Hour => set(
                &mut f.conflict,
                &mut f.hour,
                self.number(text, input, 2, "an hour")?,
            ),
            D::Hour12 => set(
                &mut f.conflict,
                &mut f.hour12,
                self.number(text, input, 2, "an hour")?,
            ),
            D::Minute => set(
                &mut f.conflict,
                &mut f.minute,
                self.number(text, input, 2, "minutes")?,
            ),
            D::Second => set(
                &mut f.conflict,
                &mut f.second,
                self.number(text, input, 2, "seconds")?,
            ),
            D::Meridiem { .. } => {
                let (rest, half) = read_in(text, grammar::meridiem(input))?;
                put(&mut f.conflict, &mut f.pm, half);
                rest
            }
            D::Fraction(width) => {
                // %f reads 1 to 9 digits; %3f, %6f, %9f exactly that many.
                let (min, max) = match self.letter {
                    'f' => (1, 9),
                    _ => (usize::from(width), usize::from(width)),
                };
                fraction(text, input, min, max, f)?
            }
            D::DotFraction(width) => match input.strip_prefix('.') {
                // The dot and the fraction, if the text has them.
                Some(rest) => match width {
                    0 => fraction(text, rest, 1, 9, f)?,
                    w => fraction(text, rest, usize::from(w), usize::from(w), f)?,
                },
                None => input,
            },
            D::WeekdayFromMonday | D::WeekdayFromSunday => {
                let (rest, n) = self.number(text, input, 1, "a weekday number")?;
                // %u: Monday = 1 … Sunday = 7; %w: Sunday = 0 … Saturday = 6.
                let days_since_saturday = match (self.directive, n) {
                    (D::WeekdayFromMonday, 1..=7) | (D::WeekdayFromSunday, 0..=6) => (n + 1) % 7,
                    _ => return Err(syntax(text, input, "a weekday number in range")),
                };
                let day = Weekday::from_days_since_saturday(days_since_saturday as u8);
                put(&mut f.conflict, &mut f.weekday, day);
                rest
            }
            D::Zone => {
                // A zone abbreviation (IRST) or a numeric one (+0330): read and dropped.
                match grammar::utc_offset(input) {
                    Ok((rest, _)) => rest,
                    Err(_) => {
                        let len = input
                            .find(|c: char| !c.is_ascii_alphabetic())
                            .unwrap_or(input.len());
                        if len == 0 {
                            return Err(syntax(text, input, "a time zone abbreviation"));
                        }
                        &input[len..]
                    }
                }
            }
            D::Offset { .. } => read_in(text, grammar::utc_offset(input))?.0,
            D::IsoDate => {
                let rest = self.part(D::Year).read(text, input, f, parser)?;
                let rest = literal(text, rest, '-')?;
                let rest = self.part(D::Month).read(text, rest, f, parser)?;
                let rest = literal(text, rest, '-')?;
                self.part(D::Day).read(text, rest, f, parser)?
            }
            D::IsoTime | D::HourMinute => {
                let rest = self.part(D::Hour).read(text, input, f, parser)?;
                let rest = literal(text, rest, ':')?;
                let rest = self.part(D::Minute).read(text, rest, f, parser)?;
                if self.directive == D::IsoTime {
                    let rest = literal(text, rest, ':')?;
                    self.part(D::Second).read(text, rest, f, parser)?
                } else {
                    rest
                }
            }
            // %x, %X, %c: the items of their patterns (a pattern of directives known to
            // be valid, so its offsets in errors are the composite's own).
            D::Composite(composite) => {
                let pattern = composite.pattern();
                read_items(text, input, pattern, f, parser).map_err(|e| match e.kind {
                    ParseErrorKind::Format => format_error(0),
                    _ => e,
                })?
            }
            // %n and %t: any whitespace, line breaks included.
            D::Literal('\n' | '\t') => input.trim_start_matches(char::is_whitespace),
            D::Literal(c) => literal(text, input, c)?,
        };
        Ok(rest)
    }
}

/// `min` to `max` digits of a fraction of a second.
fn fraction<'a>(
    text: &str,
    input: &'a str,
    min: usize,
    max: usize,
    f: &mut Fields,
) -> Result<&'a str, ParseError> {
    let (rest, (value, count)) = read_in(
        text,
        grammar::digits(input, min, max, "digits of a fraction"),
    )?;
    put(
        &mut f.conflict,
        &mut f.nanosecond,
        value * 10u32.pow(9 - count as u32),
    );
    Ok(rest)
}

fn set<'a, T: TryFrom<u32> + PartialEq>(
    conflict: &mut bool,
    slot: &mut Option<T>,
    (rest, value): (&'a str, u32),
) -> &'a str {
    match T::try_from(value) {
        Ok(value) => put(conflict, slot, value),
        // Out of the field's type: invalid, as a missing field would be.
        Err(_) => *slot = None,
    }
    rest
}

fn literal<'a>(text: &str, input: &'a str, c: char) -> Result<&'a str, ParseError> {
    input
        .strip_prefix(c)
        .ok_or_else(|| syntax(text, input, "a character of the format"))
}

fn invalid(e: crate::Error) -> ParseError {
    ParseError {
        offset: 0,
        kind: ParseErrorKind::Invalid(e),
    }
}

fn missing(what: &'static str) -> ParseError {
    ParseError {
        offset: 0,
        kind: ParseErrorKind::Missing(what),
    }
}

impl Fields {
    fn date(&self, parser: DateParser) -> Result<JalaliDate, ParseError> {
        let year = self.year.ok_or(missing("year (%Y or %y)"))?;
        let date = match (self.month, self.day, self.ordinal) {
            (Some(m), Some(d), Some(n)) => {
                let date = parser.settings.date(year, m, d).map_err(invalid)?;
                if date.ordinal() != n {
                    return Err(contradiction(
                        "the day of the year (%j)",
                        "the month and day (%m, %d)",
                    ));
                }
                date
            }
            (Some(m), Some(d), None) => parser.settings.date(year, m, d).map_err(invalid)?,
            (_, _, Some(n)) => JalaliDate::from_ordinal(year, n).map_err(invalid)?,
            // A week of the year and a weekday in it.
            (None, None, None) if self.week.is_some() && self.weekday.is_some() => {
                self.date_in_week(year)?
            }
            (None, _, None) => return Err(missing("month (%m or %B)")),
            (_, None, None) => return Err(missing("day (%d, %e or %j)")),
        };
        if self.week.is_some_and(|week| week != date.week_of_year()) {
            return Err(contradiction("the week of the year (%U)", "the date"));
        }
        if self
            .season
            .is_some_and(|season| season + 1 != date.season().number())
        {
            return Err(contradiction("the season (%K)", "the month"));
        }
        if let Some(written) = self.weekday {
            if written != date.weekday() {
                return Err(ParseError {
                    offset: 0,
                    kind: ParseErrorKind::WeekdayMismatch {
                        written,
                        actual: date.weekday(),
                    },
                });
            }
        }
        Ok(date)
    }

    /// The day of `year` that the week of the year and the weekday read name.
    fn date_in_week(&self, year: i32) -> Result<JalaliDate, ParseError> {
        let (Some(week), Some(weekday)) = (self.week, self.weekday) else {
            return Err(missing("day (%d, %e or %j)"));
        };
        let first = JalaliDate::new(year, 1, 1).map_err(invalid)?;
        // Days from 1 Farvardin: week 1 starts on the Saturday on or before it.
        let days = (i64::from(week) - 1) * 7 + i64::from(weekday.days_since_saturday())
            - i64::from(first.weekday().days_since_saturday());
        let date = first.checked_add_days(days).map_err(invalid)?;
        if date.year() != year || days < 0 {
            return Err(contradiction("the week of the year (%U)", "the year"));
        }
        Ok(date)
    }

    /// The hour on a 24-hour clock from what the format read, every hour field and
    /// marker checked against the others: `%H` (or `%k`) must be on the half of the
    /// day `%p` says, and `%I` must name the same hour; `None` when no hour was read.
    fn hour(&self) -> Result<Option<u8>, ParseError> {
        let out_of_range = |value: u8, max: u32| {
            invalid(crate::Error::new(crate::error::Detail::Time {
                field: "hour",
                value: u32::from(value),
                max,
            }))
        };
        let from_12 = match self.hour12 {
            Some(h) if !(1..=12).contains(&h) => return Err(out_of_range(h, 12)),
            Some(h) => Some((
                h,
                self.pm
                    .and_then(|half| grammar::to_24_hour(h.into(), Some(half))),
            )),
            None => None,
        };
        match (self.hour, from_12, self.pm) {
            (Some(h), _, _) if h > 23 => Err(out_of_range(h, 23)),
            (Some(h), Some((h12, _)), _) if h12 % 12 != h % 12 => Err(contradiction(
                "the hour (%H or %k)",
                "the 12-hour hour (%I or %l)",
            )),
            (Some(h), _, Some(half)) if grammar::to_24_hour(h.into(), Some(half)) != Some(h) => {
                Err(contradiction(
                    "the hour (%H or %k)",
                    "the AM/PM marker (%p or %P)",
                ))
            }
            (Some(h), _, _) => Ok(Some(h)),
            (None, Some((_, Some(h))), _) => Ok(Some(h)),
            (None, Some((h, None)), Some(_)) => Err(out_of_range(h, 12)),
            (None, Some(_), None) => Err(missing("AM or PM (%p) for %I")),
            (None, None, _) => Ok(None),
        }
    }

    /// Checks every time field that was read, for a date whose time is dropped.
    fn check_time(&self) -> Result<(), ParseError> {
        self.hour()?;
        Time::from_hms_nano(
            0,
            self.minute.unwrap_or(0),
            self.second.unwrap_or(0),
            self.nanosecond.unwrap_or(0),
        )
        .map(|_| ())
        .map_err(invalid)
    }

    fn time(&self) -> Result<Time, ParseError> {
        let hour = self.hour()?.ok_or(missing("hour (%H or %I)"))?;
        let minute = self.minute.ok_or(missing("minutes (%M)"))?;
        Time::from_hms_nano(
            hour,
            minute,
            self.second.unwrap_or(0),
            self.nanosecond.unwrap_or(0),
        )
        .map_err(invalid)
    }
}

/// Two fields the format read that cannot both be true.
fn contradiction(first: &'static str, second: &'static str) -> ParseError {
    ParseError {
        offset: 0,
        kind: ParseErrorKind::Contradiction { first, second },
    }
}

impl JalaliDate {
    /// Reads a date from `text` laid out by `format`, with chrono's directives:
    /// `%Y %y %m %d %e %j %B %b %h %A %a %u %w %F %n %t %%`, plus the time directives
    /// (read and checked, then dropped): everything [`Formatter`](crate::Formatter)
    /// writes reads back. Month and weekday names may be in any language and
    /// spelling the parser knows, digits in any script; spaces in the format match any
    /// run of spaces. A written weekday must agree with the date.
    ///
    /// ```
    /// use taqvim::JalaliDate;
    ///
    /// let d = JalaliDate::parse_from_str("۲۶ آبان ۱۴۰۰", "%d %B %Y")?;
    /// assert_eq!(d, JalaliDate::new(1400, 8, 26).unwrap());
    /// let d = JalaliDate::parse_from_str("Wednesday 26 Aban 1400", "%A %d %B %Y")?;
    /// assert_eq!(d.to_gregorian(), (2021, 11, 17));
    /// assert!(JalaliDate::parse_from_str("1400/12/30", "%Y/%m/%d").is_err());
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn parse_from_str(text: &str, format: &str) -> Result<JalaliDate, ParseError> {
        DateParser::new().parse_date_from_str(text, format)
    }
}

impl JalaliDateTime {
    /// Reads a date and time from `text` laid out by `format`: the directives of
    /// [`JalaliDate::parse_from_str`] and `%H %k %I %l %M %S %f %3f %6f %9f %.f %p %P
    /// %T %R %z %:z %Z` (offsets and zones are read and dropped).
    /// Seconds default to 0; `%I` needs `%p`, which reads ق.ظ/ب.ظ, AM/PM and the other
    /// markers the parser knows.
    ///
    /// ```
    /// use taqvim::JalaliDateTime;
    ///
    /// let dt = JalaliDateTime::parse_from_str("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", "%d %B %Y - %H:%M")?;
    /// assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
    /// let dt = JalaliDateTime::parse_from_str("1400/08/26 2:39 ب.ظ", "%Y/%m/%d %I:%M %p")?;
    /// assert_eq!(dt.time().hour(), 14);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn parse_from_str(text: &str, format: &str) -> Result<JalaliDateTime, ParseError> {
        DateParser::new().parse_from_str(text, format)
    }
}

impl DateParser {
    /// [`JalaliDateTime::parse_from_str`] with this parser's options: its pivot for
    /// `%y` and its calendar.
    ///
    /// ```
    /// let parser = taqvim::DateParser::new().pivot(50);
    /// let dt = parser.parse_from_str("42/03/15 10:00", "%y/%m/%d %H:%M")?;
    /// assert_eq!(dt.date().year(), 1442);
    /// // The default pivot, 20, reads it as 1342.
    /// let dt = taqvim::JalaliDateTime::parse_from_str("42/03/15 10:00", "%y/%m/%d %H:%M")?;
    /// assert_eq!(dt.date().year(), 1342);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn parse_from_str(&self, text: &str, format: &str) -> Result<JalaliDateTime, ParseError> {
        let fields = read(text, format, *self)?;
        Ok(JalaliDateTime::new(fields.date(*self)?, fields.time()?))
    }

    /// [`JalaliDate::parse_from_str`] with this parser's options.
    ///
    /// ```
    /// let parser = taqvim::DateParser::new().pivot(99);
    /// assert_eq!(parser.parse_date_from_str("98/8/26", "%y/%m/%d")?.year(), 1498);
    /// # Ok::<(), taqvim::ParseError>(())
    /// ```
    pub fn parse_date_from_str(&self, text: &str, format: &str) -> Result<JalaliDate, ParseError> {
        let fields = read(text, format, *self)?;
        fields.check_time()?;
        fields.date(*self)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn a_field_read_twice_must_agree() {
        let err = JalaliDate::parse_from_str("1400 08 26 27", "%Y %m %d %d").unwrap_err();
        assert_eq!(
            err.to_string(),
            "expected the same value as read before at byte 11, found '27'"
        );
        assert!(JalaliDate::parse_from_str("1400 08 26 26", "%Y %m %d %e").is_ok());
        let odd = "1400-08-26 00:05:02.0871213";
        assert!(JalaliDateTime::parse_from_str(odd, "%F %T%.f%.3f").is_ok());
        let twice = "1400-08-26 00:05:02.087121300.087";
        assert!(JalaliDateTime::parse_from_str(twice, "%F %T%.f%.3f").is_err());
    }

    /// Found by the `parse_from_str` fuzz target: a padded year followed by a literal
    /// digit, and an hour of `%k` read against its `%P`.
    #[test]
    fn the_fuzzed_round_trip_reads_back() {
        let format = "%e-%b-%Y1 %k:%M %P ";
        let dt = JalaliDateTime::parse_from_str("3-Far-7 1 14:05 pm", format).unwrap();
        assert_eq!(dt.to_string(), "0007-01-03T14:05:00");
        let written = crate::Formatter::new(format)
            .unwrap()
            .with_locale(crate::Locale::Iranian)
            .format(&dt)
            .unwrap()
            .to_string();
        assert_eq!(written, " ۳-فروردین-۰۰۰۷1 ۱۴:۰۵ ب.ظ ");
        assert_eq!(JalaliDateTime::parse_from_str(&written, format), Ok(dt));
    }

    #[test]
    fn a_24_hour_field_must_agree_with_its_marker() {
        let t = |s: &str, f: &str| JalaliDateTime::parse_from_str(s, f).map(|dt| dt.to_string());
        let e = |s: &str, f: &str| t(s, f).unwrap_err().to_string();
        let f = "%Y/%m/%d %H:%M %p";
        let both = "the hour (%H or %k) contradicts the AM/PM marker (%p or %P)";
        assert_eq!(e("1400/01/03 04:05 PM", f), both);
        assert_eq!(e("1400/01/03 14:05 AM", f), both);
        assert_eq!(e("1400/01/03 12:05 AM", f), both);
        assert_eq!(e("1400/01/03 00:05 PM", f), both);
        assert_eq!(e("1400/01/03 ۱۴:۰۵ ق.ظ", f), both);
        assert_eq!(t("1400/01/03 14:05 PM", f).unwrap(), "1400-01-03T14:05:00");
        assert_eq!(t("1400/01/03 12:05 PM", f).unwrap(), "1400-01-03T12:05:00");
        assert_eq!(t("1400/01/03 00:05 AM", f).unwrap(), "1400-01-03T00:05:00");
        assert_eq!(t("1400/01/03 ۱۳:۳۰ ب.ظ", f).unwrap(), "1400-01-03T13:30:00");
        // %k and %P alike.
        assert_eq!(e("1400/01/03  4:05 pm", "%Y/%m/%d %k:%M %P"), both);
        // %I with %p stays on the 12-hour clock.
        let f12 = "%Y/%m/%d %I:%M %p";
        assert_eq!(
            t("1400/01/03 04:05 PM", f12).unwrap(),
            "1400-01-03T16:05:00"
        );
        assert_eq!(
            t("1400/01/03 12:05 AM", f12).unwrap(),
            "1400-01-03T00:05:00"
        );
        assert!(t("1400/01/03 14:05 PM", f12).is_err());
        assert!(t("1400/01/03 00:05 AM", f12).is_err());
        // %H and %I read together must name the same hour.
        let fboth = "%Y/%m/%d %H %I:%M %p";
        assert_eq!(
            t("1400/01/03 16 04:05 PM", fboth).unwrap(),
            "1400-01-03T16:05:00"
        );
        assert_eq!(
            e("1400/01/03 16 05:05 PM", fboth),
            "the hour (%H or %k) contradicts the 12-hour hour (%I or %l)"
        );
    }

    #[test]
    fn a_number_before_a_digit_is_read_at_the_printers_width() {
        let d = |s, f| JalaliDate::parse_from_str(s, f).map(|d| d.to_string());
        assert_eq!(d("14020231", "%Y%m%d").unwrap(), "1402-02-31");
        assert_eq!(d("۱۴۰۲۰۲۳۱", "%Y%m%d").unwrap(), "1402-02-31");
        assert_eq!(d("1402 2 31", "%Y%_m%_d").unwrap(), "1402-02-31");
        assert_eq!(d("1402 231", "%Y%_m%d").unwrap(), "1402-02-31");
        assert_eq!(d("00071-01-03", "%Y1-%m-%d").unwrap(), "0007-01-03");
        assert_eq!(d("1400123", "%Y%j").unwrap(), "1400-04-30");
        let t = |s, f| JalaliDateTime::parse_from_str(s, f).map(|d| d.to_string());
        assert_eq!(
            t("14031230T010203", "%Y%m%dT%H%M%S").unwrap(),
            "1403-12-30T01:02:03"
        );
        // Not followed by a digit, a number is read whole, up to the field's width.
        assert_eq!(d("12345-01-01", "%Y-%m-%d").unwrap(), "12345-01-01");
        assert_eq!(d("1400-8-6", "%Y-%m-%d").unwrap(), "1400-08-06");
        // Fewer digits than the width where a literal digit follows: as many as stand.
        assert_eq!(d("7 1-01-03", "%Y1-%m-%d").unwrap(), "0007-01-03");
        assert!(d("1402231", "%Y%m%d").is_err());
    }

    #[test]
    fn a_hyphen_glued_to_a_name_is_no_sign() {
        let d = |s, f| JalaliDate::parse_from_str(s, f).map(|d| d.to_string());
        assert!(d("01 فروردین-1400", "%d %B %Y").is_err());
        assert_eq!(d("01 فروردین -0005", "%d %B %Y").unwrap(), "-0005-01-01");
        assert_eq!(d("01 فروردین-0005", "%d %B-%Y").unwrap(), "0005-01-01");
        assert_eq!(d("-0005/01/01", "%Y/%m/%d").unwrap(), "-0005-01-01");
    }

    #[test]
    fn an_ordinal_must_agree_with_the_month_and_day() {
        let d = |s, f| JalaliDate::parse_from_str(s, f).map(|d| d.to_string());
        assert_eq!(d("1400 08 26 242", "%Y %m %d %j").unwrap(), "1400-08-26");
        assert_eq!(
            d("1400 08 26 243", "%Y %m %d %j").unwrap_err().to_string(),
            "the day of the year (%j) contradicts the month and day (%m, %d)"
        );
    }

    #[test]
    fn a_date_checks_the_time_fields_it_reads() {
        let d = |s, f| JalaliDate::parse_from_str(s, f).map(|d| d.to_string());
        let f = "%Y-%m-%d %H:%M:%S";
        assert_eq!(d("1400-08-26 23:59:59", f).unwrap(), "1400-08-26");
        assert!(d("1400-08-26 24:00:00", f).is_err());
        assert!(d("1400-08-26 99:99:99", f).is_err());
        assert!(d("1400-08-26 12:60:00", f).is_err());
        assert!(d("1400-08-26 14:00 AM", "%Y-%m-%d %H:%M %p").is_err());
        assert!(d("1400-08-26 13:00 PM", "%Y-%m-%d %I:%M %p").is_err());
    }

    #[test]
    fn the_locale_composites_both_ways() {
        let dt = JalaliDateTime::parse_from_str("1400/08/26 14:39:00", "%x %X").unwrap();
        assert_eq!(dt.to_string(), "1400-08-26T14:39:00");
        let iranian = crate::Formatter::new("%c")
            .unwrap()
            .with_locale(crate::Locale::Iranian);
        let written = iranian.format(&dt).unwrap().to_string();
        assert_eq!(written, "چهارشنبه ۲۶ آبان ۱۴۰۰ ۱۴:۳۹:۰۰");
        assert_eq!(JalaliDateTime::parse_from_str(&written, "%c"), Ok(dt));
        let x = crate::Formatter::new("%x").unwrap();
        assert_eq!(x.format(&dt.date()).unwrap().to_string(), "1400/08/26");
        assert!(
            crate::Formatter::new("%X")
                .unwrap()
                .format(&dt.date())
                .is_err()
        );
        assert_eq!(
            JalaliDate::parse_from_str("1400/08/26", "%x")
                .unwrap()
                .to_string(),
            "1400-08-26"
        );
    }

    #[test]
    fn directives() {
        let d = |s, f| JalaliDate::parse_from_str(s, f).unwrap().to_string();
        assert_eq!(d("1400-08-26", "%F"), "1400-08-26");
        assert_eq!(d("۱۴۰۰/۸/۲۶", "%Y/%m/%d"), "1400-08-26");
        assert_eq!(d("98/8/26", "%y/%m/%d"), "1398-08-26");
        assert_eq!(d("1400 330", "%Y %j"), "1400-11-24");
        assert_eq!(d("26 عقرب 1400", "%e %b %Y"), "1400-08-26");
        assert_eq!(d("26 aban 1400", "%-d %B %Y"), "1400-08-26");
        assert_eq!(d("1400% 08 26", "%Y%% %m %d"), "1400-08-26");
        let t = |s, f| JalaliDateTime::parse_from_str(s, f).unwrap().to_string();
        assert_eq!(
            t("1400-08-26 02:39:05.25", "%F %T%.f"),
            "1400-08-26T02:39:05.250"
        );
        assert_eq!(t("1400-08-26 02:39:05", "%F %T%.f"), "1400-08-26T02:39:05");
        assert_eq!(
            t("1400-08-26T02:39+03:30", "%FT%R%:z"),
            "1400-08-26T02:39:00"
        );
        assert_eq!(
            t("26/8/1400 12:05 ق.ظ", "%d/%m/%Y %I:%M %p"),
            "1400-08-26T00:05:00"
        );
    }

    #[test]
    fn errors_say_what_is_missing() {
        let e = |s, f| JalaliDate::parse_from_str(s, f).unwrap_err().to_string();
        assert_eq!(
            e("1400/08", "%Y/%m"),
            "the format reads no day (%d, %e or %j)"
        );
        assert_eq!(
            e("1400/08/26", "%Y/%m/%q"),
            "the format has a directive this parser does not read at byte 6"
        );
        assert_eq!(
            e("1400/08/26", "%Y/%m/%d %A"),
            "expected a weekday name at byte 10, found the end of the text"
        );
        assert_eq!(
            e("1400/12/30", "%Y/%m/%d"),
            "day 30 of Esfand does not exist in 1400: not a leap year"
        );
        assert_eq!(
            e("1400-08-26", "%Y/%m/%d"),
            "expected text of the format at byte 4, found '-08-26'"
        );
    }
}
