//! Replays the fuzz corpora and every input a fuzzer once broke the crate with
//! (`fuzz/corpus/<target>/`, `fuzz/regressions/<target>/`) through the checks of the
//! fuzz targets, on the stable compiler, on every test run.

use std::fs;
use std::path::Path;

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
    found
}

#[test]
fn parse_corpus() {
    let all = inputs("parse");
    assert!(!all.is_empty());
    for (name, bytes) in all {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(parsed) = taqvim::parse(text) {
            let date = parsed.date();
            assert_eq!(
                date.to_string().parse::<taqvim::JalaliDate>(),
                Ok(date),
                "{name}"
            );
        }
    }
}

#[test]
fn find_dates_corpus() {
    let all = inputs("find_dates");
    assert!(!all.is_empty());
    for (name, bytes) in all {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let mut last_end = 0;
        for m in taqvim::find_dates(text) {
            assert!(m.start() >= last_end, "{name}");
            assert!(
                text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()),
                "{name}"
            );
            let alone = taqvim::parse(m.as_str()).map(|p| p.date());
            assert_eq!(alone, Ok(m.value().date()), "{name}: {:?}", m.as_str());
            last_end = m.end();
        }
    }
}
