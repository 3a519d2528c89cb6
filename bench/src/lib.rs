//! Nothing to use: this crate holds taqvim's benchmarks (`benches/`) and its
//! differential test against ICU4X (`tests/`), with the crates they compare against.
//!
//! ```sh
//! cd bench && cargo bench            # every benchmark
//! cd bench && cargo bench --bench parse
//! cd bench && cargo test             # every day of 1178..=1501 against icu_calendar
//! ```

#![forbid(unsafe_code)]
