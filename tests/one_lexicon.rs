//! The lexicon is the only home of the crate's words and digits: no other source
//! file spells a letter of the Arabic script, a non-joiner, or the UTF-8 bytes of a
//! Persian or Arabic-Indic digit in its code (comments and unit tests may quote them).

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("the source directory is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of a source file: without its unit-test module (at the end of the file,
/// by the crate's habit) and without comment lines.
fn code(text: &str) -> Vec<(usize, &str)> {
    let end = ["#[cfg(test)]\nmod tests", "#[cfg(all(test"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()
        .unwrap_or(text.len());
    text[..end]
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(i, line)| (i + 1, line))
        .collect()
}

/// What in `line` belongs in the lexicon, if anything.
fn spelled(line: &str) -> Option<String> {
    // Code after a trailing comment is a comment too.
    let line = match line.find(" // ") {
        Some(at) => &line[..at],
        None => line,
    };
    if let Some(c) = line.chars().find(|&c| {
        matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
            || c == '\u{200C}'
    }) {
        return Some(format!("the letter {c:?}"));
    }
    let lower = line.to_ascii_lowercase();
    for escape in ["\\u{200c}", "\\u{6f", "\\u{06f", "\\u{66", "\\u{066"] {
        if lower.contains(escape) {
            return Some(format!("the escape {escape}"));
        }
    }
    for byte in ["0xdb", "0xd9"] {
        if lower
            .match_indices(byte)
            .any(|(at, _)| !lower[at + byte.len()..].starts_with(|c: char| c.is_ascii_hexdigit()))
        {
            return Some(format!("the digit lead byte {byte}"));
        }
    }
    None
}

#[test]
fn no_word_or_digit_is_spelled_outside_the_lexicon() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 20, "found only {} source files", files.len());
    let lexicon = root.join("lexicon");
    let mut found = Vec::new();
    let mut checked = 0;
    for path in files.iter().filter(|p| !p.starts_with(&lexicon)) {
        let text = fs::read_to_string(path).expect("a source file is UTF-8");
        // Generated tables of numbers (the calendar's) hold bytes that are no text.
        if text
            .lines()
            .take(3)
            .any(|line| line.contains("Do not edit"))
        {
            continue;
        }
        for (number, line) in code(&text) {
            checked += 1;
            if let Some(what) = spelled(line) {
                found.push(format!(
                    "{}:{number}: {what}: {}",
                    path.display(),
                    line.trim()
                ));
            }
        }
    }
    assert!(checked > 5_000, "checked only {checked} lines");
    assert!(
        found.is_empty(),
        "spelled outside the lexicon:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_what_it_looks_for() {
    assert!(spelled(r#"let w = "ساعت";"#).is_some());
    assert!(spelled(r"let z = '\u{06F0}';").is_some());
    assert!(spelled(r"let j = '\u{200C}';").is_some());
    assert!(spelled("if b == 0xDB {").is_some());
    assert!(spelled("let mask = 0xDBFF;").is_none());
    assert!(spelled(r#"let w = "Farvardin"; // فروردین"#).is_none());
}
