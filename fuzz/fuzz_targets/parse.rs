//! `taqvim::parse` on arbitrary text: no panic, and whatever it reads is a valid date
//! that survives its own ISO form.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(parsed) = taqvim::parse(text) {
        let date = parsed.date();
        let iso = date.to_string();
        assert_eq!(iso.parse::<taqvim::JalaliDate>(), Ok(date), "{text:?}");
        let (y, m, d) = date.to_gregorian();
        assert_eq!(taqvim::JalaliDate::from_gregorian(y, m, d), Ok(date));
        if let Some(time) = parsed.time() {
            assert_eq!(time.to_string().parse::<taqvim::Time>(), Ok(time));
        }
    }
});
