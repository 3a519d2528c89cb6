//! `taqvim::find_dates` on arbitrary text: matches lie on character boundaries, in
//! order, without overlapping, and each one parses on its own to the same date.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for m in taqvim::find_dates(text) {
        assert!(m.start() >= last_end, "{text:?}: overlapping matches");
        assert!(m.start() < m.end());
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        assert_eq!(&text[m.range()], m.as_str());
        let alone = taqvim::parse(m.as_str());
        assert_eq!(alone.map(|p| p.date()), Ok(m.value().date()), "{:?}", m.as_str());
        last_end = m.end();
    }
});
