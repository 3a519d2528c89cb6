//! The pure calendar: day numbers (days since 1970-01-01) to and from Gregorian and
//! Jalali year/month/day, for the official calendar and the arithmetic rules other
//! software uses. No text, no allocation, no knowledge of the public types; every
//! other module builds on these functions.
//!
//! Every function here documents the range in which it is valid; the public types
//! check their inputs against those ranges before calling in, so nothing here needs
//! to report errors.

pub(crate) mod convert;
pub(crate) mod gregorian;
pub(crate) mod jalali;
pub(crate) mod rules;
#[rustfmt::skip]
mod table;
