//! The format-driven parser with an arbitrary format and arbitrary text: no panic, and
//! a date it reads is valid.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (text, format) = input;
    if let Ok(date) = taqvim::JalaliDate::parse_from_str(text, format) {
        assert_eq!(taqvim::JalaliDate::new(date.year(), date.month(), date.day()), Ok(date));
    }
    if let Ok(dt) = taqvim::JalaliDateTime::parse_from_str(text, format) {
        assert_eq!(dt.to_string().parse::<taqvim::JalaliDateTime>(), Ok(dt));
    }
});
