//! `taqvim::parse` on arbitrary text. The properties are in `src/lib.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| taqvim_fuzz::parse(data));
