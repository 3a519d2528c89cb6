//! The one model of strftime-style formats: a tokeniser that turns a pattern into
//! items (literal text, or a directive with its padding), which both the printer
//! ([`Formatter`](crate::Formatter)) and the reader (`parse_from_str`) consume. A
//! directive added here is written and read alike.

use crate::error::FormatProblem;
pub(crate) use crate::lexicon::digits::Pad;

/// What one directive writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Directive {
    Year,
    YearOfCentury,
    Month,
    Day,
    MonthName,
    MonthAbbreviation,
    WeekdayName,
    WeekdayAbbreviation,
    Ordinal,
    /// The week of the year, weeks from Saturday, week 1 holding 1 Farvardin.
    WeekOfYear,
    /// The season's name.
    Season,
    WeekdayFromMonday,
    WeekdayFromSunday,
    Hour,
    Hour12,
    Meridiem {
        lower: bool,
    },
    Minute,
    Second,
    /// The fraction to this many digits.
    Fraction(u8),
    /// A dot and the fraction to this many digits; 0 for the shortest exact one of
    /// 3, 6 or 9, and nothing when the fraction is zero.
    DotFraction(u8),
    IsoDate,
    IsoTime,
    HourMinute,
    Offset {
        colon: bool,
    },
    Zone,
    Literal(char),
    /// A directive that stands for a whole pattern of others: `%x`, `%X`, `%c`.
    Composite(Composite),
}

/// The directives that stand for a pattern, with the Iranian conventions: `%x`
/// `1400/08/26`, `%X` `14:39:00`, `%c` `چهارشنبه ۲۶ آبان ۱۴۰۰ ۱۴:۳۹:۰۰`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Composite {
    Date,
    Time,
    DateTime,
}

impl Composite {
    /// The pattern the directive stands for.
    pub(crate) const fn pattern(self) -> &'static str {
        match self {
            Composite::Date => "%Y/%m/%d",
            Composite::Time => "%H:%M:%S",
            Composite::DateTime => "%A %-d %B %Y %H:%M:%S",
        }
    }
}

impl Directive {
    /// The width the printer pads the number of this directive to, when it writes a
    /// number (and `None` when it writes a name, a marker or several fields).
    #[cfg(feature = "parse")]
    pub(crate) const fn number_width(self) -> Option<usize> {
        match self {
            Directive::Year => Some(4),
            Directive::Ordinal => Some(3),
            Directive::YearOfCentury
            | Directive::Month
            | Directive::WeekOfYear
            | Directive::Day
            | Directive::Hour
            | Directive::Hour12
            | Directive::Minute
            | Directive::Second => Some(2),
            Directive::WeekdayFromMonday | Directive::WeekdayFromSunday => Some(1),
            _ => None,
        }
    }

    /// Whether what the printer writes for this directive starts with a digit.
    #[cfg(feature = "parse")]
    pub(crate) const fn starts_with_digit(self) -> bool {
        matches!(
            self,
            Directive::Fraction(_)
                | Directive::IsoDate
                | Directive::IsoTime
                | Directive::HourMinute
                | Directive::Composite(Composite::Date | Composite::Time)
        ) || self.number_width().is_some()
    }
}

/// One piece of a format: text to copy, or a directive with its padding (`None` for
/// the directive's own) and its letter.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Item<'p> {
    Text(&'p str),
    Directive(Directive, Option<Pad>, char),
}

/// Reads the item at the start of `rest`, and its length in bytes; for a bad
/// directive, what is wrong and the character to name.
#[inline]
pub(crate) fn next_item(rest: &str) -> Result<(Item<'_>, usize), (FormatProblem, char)> {
    let bytes = rest.as_bytes();
    let Some(percent) = rest.find('%') else {
        return Ok((Item::Text(rest), rest.len()));
    };
    if percent > 0 {
        return Ok((Item::Text(rest.get(..percent).unwrap_or(rest)), percent));
    }
    // The character at byte `i`, to name it in an error.
    let char_at = |i: usize| rest.get(i..).and_then(|r| r.chars().next()).unwrap_or('%');
    let mut i = 1;
    let pad = match bytes.get(i) {
        None => return Err((FormatProblem::Incomplete, '%')),
        Some(b'-') => Some(Pad::None),
        Some(b'_') => Some(Pad::Space),
        Some(b'0') => Some(Pad::Zero),
        Some(_) => None,
    };
    if pad.is_some() {
        i += 1;
    }
    let Some(&c) = bytes.get(i) else {
        return Err((FormatProblem::Incomplete, char_at(i - 1)));
    };
    i += 1;
    let space = pad.or(Some(Pad::Space));
    let (directive, pad) = match c {
        b'Y' => (Directive::Year, pad),
        b'y' => (Directive::YearOfCentury, pad),
        b'm' => (Directive::Month, pad),
        b'd' => (Directive::Day, pad),
        b'e' => (Directive::Day, space),
        b'B' => (Directive::MonthName, pad),
        b'b' | b'h' => (Directive::MonthAbbreviation, pad),
        b'A' => (Directive::WeekdayName, pad),
        b'a' => (Directive::WeekdayAbbreviation, pad),
        b'j' => (Directive::Ordinal, pad),
        b'U' => (Directive::WeekOfYear, pad),
        b'K' => (Directive::Season, pad),
        b'u' => (Directive::WeekdayFromMonday, pad),
        b'w' => (Directive::WeekdayFromSunday, pad),
        b'H' => (Directive::Hour, pad),
        b'k' => (Directive::Hour, space),
        b'I' => (Directive::Hour12, pad),
        b'l' => (Directive::Hour12, space),
        b'p' => (Directive::Meridiem { lower: false }, pad),
        b'P' => (Directive::Meridiem { lower: true }, pad),
        b'M' => (Directive::Minute, pad),
        b'S' => (Directive::Second, pad),
        b'f' => (Directive::Fraction(9), pad),
        b'3' | b'6' | b'9' if bytes.get(i) == Some(&b'f') => {
            i += 1;
            (Directive::Fraction(c - b'0'), pad)
        }
        b'.' => match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b'f'), _) => {
                i += 1;
                (Directive::DotFraction(0), pad)
            }
            (Some(&w @ (b'3' | b'6' | b'9')), Some(b'f')) => {
                i += 2;
                (Directive::DotFraction(w - b'0'), pad)
            }
            _ => return Err((FormatProblem::Unknown, '.')),
        },
        b'x' => (Directive::Composite(Composite::Date), pad),
        b'X' => (Directive::Composite(Composite::Time), pad),
        b'c' => (Directive::Composite(Composite::DateTime), pad),
        b'F' => (Directive::IsoDate, pad),
        b'T' => (Directive::IsoTime, pad),
        b'R' => (Directive::HourMinute, pad),
        b'z' => (Directive::Offset { colon: false }, pad),
        b':' if bytes.get(i) == Some(&b'z') => {
            i += 1;
            (Directive::Offset { colon: true }, pad)
        }
        b'Z' => (Directive::Zone, pad),
        b'n' => (Directive::Literal('\n'), pad),
        b't' => (Directive::Literal('\t'), pad),
        b'%' => (Directive::Literal('%'), pad),
        _ => return Err((FormatProblem::Unknown, char_at(i - 1))),
    };
    Ok((Item::Directive(directive, pad, c as char), i))
}

/// The items of a format known to be valid.
pub(crate) struct Items<'p> {
    pub(crate) rest: &'p str,
}

impl<'p> Iterator for Items<'p> {
    type Item = Item<'p>;

    #[inline]
    fn next(&mut self) -> Option<Item<'p>> {
        if self.rest.is_empty() {
            return None;
        }
        // The format was checked by this same tokeniser when the formatter was made,
        // and a formatter's pattern never changes: neither arm below can be taken (the
        // `format` fuzz target writes every format `Formatter::new` accepts).
        let Ok((item, len)) = next_item(self.rest) else {
            unreachable!("a formatter's pattern was checked when it was made")
        };
        let Some(rest) = self.rest.get(len..) else {
            unreachable!("an item ends on a character boundary")
        };
        self.rest = rest;
        Some(item)
    }
}
