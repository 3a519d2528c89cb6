//! The format-driven parser: text laid out by a strftime-style format, with chrono's
//! directive letters. Names in `%B`/`%b`/`%A`/`%a` accept every spelling the lexicon
//! knows, and numbers may be written in any digit script.

use nom::Err;

use super::grammar::{self, GrammarError, PResult};
use super::{DateParser, ParseError, ParseErrorKind};
use crate::{JalaliDate, JalaliDateTime, Time, Weekday};

/// The fields a format has read so far.
#[derive(Default)]
struct Fields {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    ordinal: Option<u16>,
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

fn from_nom(text: &str, e: Err<GrammarError>) -> ParseError {
    match e {
        Err::Error(e) | Err::Failure(e) => ParseError::from_grammar(text, e),
        Err::Incomplete(_) => syntax(text, "", "more text"),
    }
}

/// A number of 1 to `max` digits of any script.
fn number<'a>(input: &'a str, max: usize, expected: &'static str) -> PResult<'a, u32> {
    let (rest, (value, _)) = grammar::digits(input, 1, max, expected)?;
    Ok((rest, value))
}

/// Reads `text` by `format` into fields.
fn read(text: &str, format: &str, parser: DateParser) -> Result<Fields, ParseError> {
    let mut fields = Fields::default();
    let mut input = text;
    let mut spec = format.char_indices();
    let mut before = input;
    while let Some((at, c)) = spec.next() {
        if fields.conflict {
            return Err(syntax(text, before, "the same value as read before"));
        }
        before = input;
        if c.is_whitespace() {
            // Whitespace in the format matches any run of spaces, or none.
            input = grammar::gap0(input).map_or(input, |(rest, ())| rest);
            continue;
        }
        if c != '%' {
            let trimmed = grammar::gap0(input).map_or(input, |(rest, ())| rest);
            match trimmed.strip_prefix(c) {
                Some(rest) => input = rest,
                None => return Err(syntax(text, input, "text of the format")),
            }
            continue;
        }
        let Some((_, mut directive)) = spec.next() else {
            return Err(format_error(at));
        };
        // chrono's padding modifiers: a number padded with spaces may start with them.
        if matches!(directive, '-' | '0' | '_') {
            if directive == '_' {
                input = grammar::gap0(input).map_or(input, |(rest, ())| rest);
            }
            match spec.next() {
                Some((_, d)) => directive = d,
                None => return Err(format_error(at)),
            }
        }
        if matches!(directive, '3' | '6' | '9') {
            // %3f, %6f, %9f: exactly that many digits of a fraction.
            if spec.next().map(|(_, f)| f) != Some('f') {
                return Err(format_error(at));
            }
            let width = directive as usize - '0' as usize;
            let (rest, (value, _)) = grammar::digits(input, width, width, "digits of a fraction")
                .map_err(|e| from_nom(text, e))?;
            put(
                &mut fields.conflict,
                &mut fields.nanosecond,
                value * 10u32.pow(9 - width as u32),
            );
            input = rest;
            continue;
        }
        if directive == ':' {
            // %:z
            if spec.next().map(|(_, z)| z) != Some('z') {
                return Err(format_error(at));
            }
        }
        if directive == '.' {
            // %.f (1 to 9 digits), %.3f, %.6f, %.9f (exactly that many): a fraction
            // with its dot, if the text has one.
            let mut next = spec.next();
            let mut width = None;
            if let Some((_, w @ ('3' | '6' | '9'))) = next {
                width = Some(w as usize - '0' as usize);
                next = spec.next();
            }
            if next.map(|(_, f)| f) != Some('f') {
                return Err(format_error(at));
            }
            if let Some(rest) = input.strip_prefix('.') {
                input = match width {
                    None => directive_at(text, rest, 'f', at, &mut fields, parser)?,
                    Some(width) => {
                        let (rest, (value, _)) =
                            grammar::digits(rest, width, width, "digits of a fraction")
                                .map_err(|e| from_nom(text, e))?;
                        put(
                            &mut fields.conflict,
                            &mut fields.nanosecond,
                            value * 10u32.pow(9 - width as u32),
                        );
                        rest
                    }
                };
            }
            continue;
        }
        input = directive_at(text, input, directive, at, &mut fields, parser)?;
    }
    if fields.conflict {
        return Err(syntax(text, before, "the same value as read before"));
    }
    let (rest, ()) = grammar::gap0(input).map_err(|e| from_nom(text, e))?;
    if !rest.is_empty() {
        return Err(syntax(text, rest, "the end of the text"));
    }
    Ok(fields)
}

fn format_error(at: usize) -> ParseError {
    ParseError {
        offset: at,
        kind: ParseErrorKind::Format,
    }
}

/// Reads one directive at `input`, returning what is left.
fn directive_at<'a>(
    text: &str,
    input: &'a str,
    directive: char,
    at: usize,
    f: &mut Fields,
    parser: DateParser,
) -> Result<&'a str, ParseError> {
    let nom = |e| from_nom(text, e);
    let (rest, ()) = if matches!(directive, 'e' | 'k' | 'l') {
        grammar::gap0(input).map_err(nom)?
    } else {
        (input, ())
    };
    let rest = match directive {
        'Y' => {
            let (rest, negative) = match rest.strip_prefix('-').or_else(|| rest.strip_prefix('−'))
            {
                Some(rest) => (rest, true),
                None => (rest, false),
            };
            let (rest, y) = number(rest, 7, "a year").map_err(nom)?;
            put(
                &mut f.conflict,
                &mut f.year,
                if negative { -(y as i32) } else { y as i32 },
            );
            rest
        }
        'y' => {
            let (rest, (yy, _)) = grammar::digits(rest, 2, 2, "a two-digit year").map_err(nom)?;
            let year = grammar::expand_two_digit_year(yy, parser.settings.pivot);
            put(&mut f.conflict, &mut f.year, year);
            rest
        }
        'm' => set(
            &mut f.conflict,
            &mut f.month,
            number(rest, 2, "a month").map_err(nom)?,
        ),
        'd' | 'e' => set(
            &mut f.conflict,
            &mut f.day,
            number(rest, 2, "a day").map_err(nom)?,
        ),
        'j' => {
            let (rest, n) = number(rest, 3, "a day of the year").map_err(nom)?;
            put(&mut f.conflict, &mut f.ordinal, n as u16);
            rest
        }
        'B' | 'b' | 'h' => {
            let (rest, m) = grammar::month_name(rest).map_err(nom)?;
            put(&mut f.conflict, &mut f.month, m);
            rest
        }
        'A' | 'a' => {
            let (rest, w) = grammar::weekday_name(rest).map_err(nom)?;
            put(&mut f.conflict, &mut f.weekday, w);
            rest
        }
        'H' | 'k' => set(
            &mut f.conflict,
            &mut f.hour,
            number(rest, 2, "an hour").map_err(nom)?,
        ),
        'I' | 'l' => set(
            &mut f.conflict,
            &mut f.hour12,
            number(rest, 2, "an hour").map_err(nom)?,
        ),
        'M' => set(
            &mut f.conflict,
            &mut f.minute,
            number(rest, 2, "minutes").map_err(nom)?,
        ),
        'S' => set(
            &mut f.conflict,
            &mut f.second,
            number(rest, 2, "seconds").map_err(nom)?,
        ),
        'p' | 'P' => {
            let (rest, half) = grammar::meridiem(rest).map_err(nom)?;
            put(&mut f.conflict, &mut f.pm, half);
            rest
        }
        'f' => {
            let (rest, (value, count)) =
                grammar::digits(rest, 1, 9, "digits of a fraction").map_err(nom)?;
            put(
                &mut f.conflict,
                &mut f.nanosecond,
                value * 10u32.pow(9 - count as u32),
            );
            rest
        }
        'u' | 'w' => {
            let (rest, n) = number(rest, 1, "a weekday number").map_err(nom)?;
            // %u: Monday = 1 … Sunday = 7; %w: Sunday = 0 … Saturday = 6.
            let days_since_saturday = match (directive, n) {
                ('u', 1..=7) => (n + 1) % 7,
                ('w', 0..=6) => (n + 1) % 7,
                _ => return Err(syntax(text, input, "a weekday number in range")),
            };
            let day = Weekday::from_days_since_saturday(days_since_saturday as u8);
            put(&mut f.conflict, &mut f.weekday, day);
            rest
        }
        'Z' => {
            // A zone abbreviation (IRST) or a numeric one (+0330): read and dropped.
            match grammar::utc_offset(rest) {
                Ok((rest, _)) => rest,
                Err(_) => {
                    let len = rest
                        .find(|c: char| !c.is_ascii_alphabetic())
                        .unwrap_or(rest.len());
                    if len == 0 {
                        return Err(syntax(text, rest, "a time zone abbreviation"));
                    }
                    &rest[len..]
                }
            }
        }
        'z' => grammar::utc_offset(rest).map_err(nom)?.0,
        ':' => grammar::utc_offset(rest).map_err(nom)?.0,
        'F' => {
            let rest = directive_at(text, rest, 'Y', at, f, parser)?;
            let rest = literal(text, rest, '-')?;
            let rest = directive_at(text, rest, 'm', at, f, parser)?;
            let rest = literal(text, rest, '-')?;
            directive_at(text, rest, 'd', at, f, parser)?
        }
        'T' | 'R' => {
            let rest = directive_at(text, rest, 'H', at, f, parser)?;
            let rest = literal(text, rest, ':')?;
            let rest = directive_at(text, rest, 'M', at, f, parser)?;
            if directive == 'T' {
                let rest = literal(text, rest, ':')?;
                directive_at(text, rest, 'S', at, f, parser)?
            } else {
                rest
            }
        }
        // Any whitespace, line breaks included.
        'n' | 't' => rest.trim_start_matches(char::is_whitespace),
        '%' => literal(text, rest, '%')?,
        _ => return Err(format_error(at)),
    };
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
            (Some(m), Some(d), _) => parser.settings.date(year, m, d).map_err(invalid)?,
            (_, _, Some(n)) => JalaliDate::from_ordinal(year, n).map_err(invalid)?,
            (None, _, None) => return Err(missing("month (%m or %B)")),
            (_, None, None) => return Err(missing("day (%d, %e or %j)")),
        };
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

    fn time(&self) -> Result<Time, ParseError> {
        let hour = match (self.hour, self.hour12, self.pm) {
            (Some(h), _, _) => h,
            (None, Some(h), Some(half)) => grammar::to_24_hour(u32::from(h), Some(half)).ok_or(
                invalid(crate::Error::new(crate::error::Detail::Time {
                    field: "hour",
                    value: u32::from(h),
                    max: 12,
                })),
            )?,
            (None, Some(_), None) => return Err(missing("AM or PM (%p) for %I")),
            (None, None, _) => return Err(missing("hour (%H or %I)")),
        };
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
        read(text, format, DateParser::new())?.date(DateParser::new())
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
        let fields = read(text, format, DateParser::new())?;
        Ok(JalaliDateTime::new(
            fields.date(DateParser::new())?,
            fields.time()?,
        ))
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
