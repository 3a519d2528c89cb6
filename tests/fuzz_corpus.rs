//! Replays the fuzz corpora and every input a fuzzer once broke the crate with
//! (`fuzz/corpus/<target>/`, `fuzz/regressions/<target>/`) through the properties the
//! fuzz targets assert (`fuzz/src/lib.rs`, included here), on the stable compiler, on
//! every test run.

#![cfg(all(feature = "parse", feature = "serde", feature = "tz"))]

use std::fs;
use std::path::Path;

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

/// Every committed input of `target`, by file name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for dir in ["corpus", "regressions"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join(dir)
            .join(target);
        let Ok(entries) = fs::read_dir(&path) else {
            continue;
        };
        for entry in entries {
            let entry = entry.unwrap();
            found.push((
                entry.path().display().to_string(),
                fs::read(entry.path()).unwrap(),
            ));
        }
    }
    found.sort();
    found
}

/// Runs `check` on every input of `target`, naming the one that fails.
fn replay(target: &str, check: fn(&[u8])) {
    let all = inputs(target);
    assert!(!all.is_empty(), "no corpus for {target}");
    for (name, bytes) in all {
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{target}: {name} fails");
    }
}

#[test]
fn parse() {
    replay("parse", checks::parse);
}

#[test]
fn find_dates() {
    replay("find_dates", checks::find_dates);
}

#[test]
fn parse_from_str() {
    replay("parse_from_str", checks::parse_from_str);
}

#[test]
fn format() {
    replay("format", checks::format);
}

#[test]
fn convert() {
    replay("convert", checks::convert);
}

#[test]
fn arithmetic() {
    replay("arithmetic", checks::arithmetic);
}

#[test]
fn serde() {
    replay("serde", checks::serde);
}
