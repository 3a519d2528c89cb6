//! Converts dates between the Gregorian and the Jalali calendar.
//!
//! ```text
//! cargo run --example convert -- to-jalali 2021-11-17 2025-03-20
//! cargo run --example convert -- to-gregorian 1400-08-26 1403-12-30
//! printf '2025-03-21\n2023-02-29\n' | cargo run --example convert -- to-jalali
//! ```
//!
//! Dates come from the arguments, or, when there are none, from standard input, one
//! per line. Each gives one output line: the converted date, or an empty line and the
//! reason on standard error. The exit status is 1 when any date failed.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use taqvim::JalaliDate;

/// Reads `YYYY-MM-DD` (Gregorian) into its numbers.
fn gregorian_numbers(text: &str) -> Option<(i32, u8, u8)> {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let mut parts = rest.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Some((sign * year, month, day))
}

fn convert(to_jalali: bool, text: &str) -> Result<String, String> {
    let text = text.trim();
    if to_jalali {
        let (y, m, d) = gregorian_numbers(text)
            .ok_or_else(|| format!("{text:?} is not a Gregorian date of the form YYYY-MM-DD"))?;
        let date = JalaliDate::from_gregorian(y, m, d).map_err(|e| e.to_string())?;
        Ok(date.to_string())
    } else {
        let date: JalaliDate = text.parse().map_err(|e: taqvim::Error| e.to_string())?;
        let (y, m, d) = date.to_gregorian();
        let sign = if y < 0 { "-" } else { "" };
        Ok(format!("{sign}{:04}-{m:02}-{d:02}", y.unsigned_abs()))
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let to_jalali = match args.next().as_deref() {
        Some("to-jalali") => true,
        Some("to-gregorian") => false,
        _ => {
            eprintln!("usage: convert (to-jalali | to-gregorian) [DATE ...]");
            return ExitCode::from(2);
        }
    };
    let inputs: Vec<String> = args.collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut handle = |n: usize, line: &str, out: &mut BufWriter<io::StdoutLock<'_>>| match convert(
        to_jalali, line,
    ) {
        Ok(converted) => writeln!(out, "{converted}"),
        Err(reason) => {
            failed = true;
            eprintln!("line {n}: {reason}");
            writeln!(out)
        }
    };
    let result = if inputs.is_empty() {
        io::stdin()
            .lock()
            .lines()
            .enumerate()
            .try_for_each(|(i, line)| {
                let line = line.unwrap_or_default();
                handle(i + 1, &line, &mut out)
            })
    } else {
        inputs
            .iter()
            .enumerate()
            .try_for_each(|(i, line)| handle(i + 1, line, &mut out))
    };
    if result.and_then(|()| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
