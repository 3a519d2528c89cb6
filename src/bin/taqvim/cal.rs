//! A month as a grid, like `cal`, with the Persian week: Saturday first.

use std::io::{self, Write};

use taqvim::JalaliDate;

use crate::args::Style;

/// Column headings, Saturday first, per locale.
fn headings(locale: taqvim::Locale) -> [&'static str; 7] {
    match locale {
        taqvim::Locale::Pashto => ["ش", "ا", "ګ", "ن", "ش", "ز", "ج"],
        taqvim::Locale::English => ["Sa", "Su", "Mo", "Tu", "We", "Th", "Fr"],
        _ => ["ش", "ی", "د", "س", "چ", "پ", "ج"],
    }
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
    let locale: taqvim::Locale = style.locale.into();
    centred(out, &title, 28)?;
    for heading in headings(locale) {
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
