//! Real text: every string of `tests/corpus/dates.tsv` read by `find_dates` against its
//! meaning, and every string of `tests/corpus/negatives.tsv`, none of which is a Jalali
//! date. See `tests/corpus/README.md`.

#![cfg(feature = "parse")]

use taqvim::{JalaliDate, ParsedDate, Time};

/// The share of rows that must be read exactly, in percent.
const FLOOR: f64 = 98.0;

/// Rows of a corpus file, as maps from column to value.
fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect()
}

/// A value as the corpus writes it: the date, the time to the minute (and the second
/// when written or not zero), a range as `start/end`.
fn corpus_value(v: &ParsedDate) -> String {
    let one = |date: JalaliDate, time: Option<Time>| match time {
        Some(t) if v.has_seconds() || t.second() != 0 => {
            format!("{date}T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
        }
        Some(t) => format!("{date}T{:02}:{:02}", t.hour(), t.minute()),
        None => date.to_string(),
    };
    let start = one(v.date(), v.time());
    match v.end_date() {
        Some(end) => format!("{start}/{}", one(end, v.end_time())),
        None => start,
    }
}

/// Whether the values found hold `expected`: one value, or a range as one interval
/// or as its two ends in order.
fn holds(found: &[String], expected: &str) -> bool {
    if found.iter().any(|v| v == expected) {
        return true;
    }
    match expected.split_once('/') {
        Some((a, b)) => found
            .iter()
            .position(|v| v == a)
            .is_some_and(|i| found[i + 1..].iter().any(|v| v == b)),
        None => false,
    }
}

#[test]
fn real_dates_are_read_exactly() {
    let tsv = include_str!("corpus/dates.tsv");
    let rows = rows(tsv);
    let mut failed = Vec::new();
    for row in &rows {
        let (id, text, expected) = (row[0], row[1], row[2]);
        let found: Vec<String> = taqvim::find_dates(text)
            .map(|m| corpus_value(&m.value()))
            .collect();
        if !expected.split(" ; ").all(|e| holds(&found, e.trim())) {
            failed.push(format!(
                "{id}: {text:?}: expected {expected}, found {found:?}"
            ));
        }
    }
    let passed = rows.len() - failed.len();
    let share = 100.0 * passed as f64 / rows.len() as f64;
    println!(
        "{passed} of {} real dates read exactly ({share:.1}%)",
        rows.len()
    );
    for f in &failed {
        println!("  {f}");
    }
    assert!(
        share >= FLOOR,
        "{share:.1}% of the corpus read, below the floor of {FLOOR}%"
    );
}

#[test]
fn real_non_dates_are_not_taken_for_dates() {
    let tsv = include_str!("corpus/negatives.tsv");
    let mut accepted = Vec::new();
    for row in rows(tsv) {
        let (id, text) = (row[0], row[1]);
        let found: Vec<String> = taqvim::find_dates(text)
            .map(|m| corpus_value(&m.value()))
            .collect();
        if !found.is_empty() {
            accepted.push(format!("{id}: {text:?}: {found:?}"));
        }
    }
    assert!(
        accepted.is_empty(),
        "negatives taken for dates:\n{}",
        accepted.join("\n")
    );
}
