//! serde deserialisation from arbitrary JSON. The properties are in `src/lib.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| taqvim_fuzz::serde(data));
