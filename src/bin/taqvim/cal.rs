//! A month as a grid, like `cal`, with the Persian week: Saturday first.

use std::io::{self, Write};

use taqvim::JalaliDate;

use crate::args::Style;

/// Column headings, Saturday first: the first letter of each weekday's name in the
/// style's locale (two in English: `Sa`, `Su`), from the formatter's `%a`.
fn headings(style: &Style) -> Result<Vec<String>, taqvim::Error> {
    let letters = match taqvim::Locale::from(style.locale) {
        taqvim::Locale::English => 2,
        _ => 1,
    };
    let f = style.formatter("%a")?;
    // 4 Farvardin 1403 was a Saturday; the week from it.
    let saturday = JalaliDate::new(1403, 1, 4)?;
    (0..7)
        .map(|i| {
            let name = f.format(&saturday.checked_add_days(i)?)?.to_string();
            Ok(name.chars().take(letters).collect())
        })
        .collect()
}

/// Writes `text` centred in `width` columns (one column per char).
fn centred(out: &mut impl Write, text: &str, width: usize) -> io::Result<()> {
    let len = text.chars().count();
    let pad = width.saturating_sub(len) / 2;
    writeln!(out, "{:pad$}{text}", "")
}

/// Writes the month of `first` (its first day): a title, the weekday headings and the
/// weeks, each day in a cell of four columns; `today`, when in the month, between
/// brackets, or in reverse video on a terminal.
pub fn month(
    out: &mut impl Write,
    first: JalaliDate,
    today: JalaliDate,
    style: &Style,
    highlight: bool,
) -> io::Result<()> {
    let title = style
        .formatter("%B %Y")
        .and_then(|f| f.format(&first).map(|t| t.to_string()))
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let day_formatter = style
        .formatter("%e")
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    centred(out, &title, 28)?;
    let headings = headings(style).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    for heading in headings {
        write!(out, " {heading:>2} ")?;
    }
    out.write_all(b"\n")?;
    let lead = usize::from(first.weekday().days_since_saturday());
    for _ in 0..lead {
        out.write_all(b"    ")?;
    }
    let mut column = lead;
    let mut day = Some(first);
    while let Some(d) = day.filter(|d| d.month() == first.month()) {
        let digits = day_formatter
            .format(&d)
            .map(|t| t.to_string())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        // `%e` pads to two columns with a space, whatever the digits.
        if d == today && highlight {
            write!(out, " \x1b[7m{digits}\x1b[0m ")?;
        } else if d == today {
            write!(out, "[{digits}]")?;
        } else {
            write!(out, " {digits} ")?;
        }
        column += 1;
        if column == 7 {
            out.write_all(b"\n")?;
            column = 0;
        }
        day = d.checked_add_days(1).ok();
    }
    if column != 0 {
        out.write_all(b"\n")?;
    }
    Ok(())
}
