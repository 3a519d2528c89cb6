//! The crate's public contract, one test binary of modules (as jiff keeps its
//! integration tests): tables, properties, the command-line tool and real text.
//! `linear_time` and `cli_shutdown`, which time what they run, are binaries of their
//! own, and so is `fuzz_corpus`, which reads the fuzz crate's files.

mod cli;
mod corpus;
mod format_round_trip;
mod idioms;
mod known_dates;
mod leap_rules;
mod one_lexicon;
#[cfg(feature = "parse")]
mod parse_properties;
#[cfg(feature = "parse")]
mod parse_table;
mod properties;
mod table;
