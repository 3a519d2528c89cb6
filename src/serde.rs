//! serde support (feature `serde`).
//!
//! [`JalaliDate`] is the string `"1400-08-26"`, [`JalaliDateTime`] the string
//! `"1400-08-26T02:39:00"`, [`Time`] `"02:39:00"`, and with the `chrono` feature
//! `Zoned<FixedOffset>` `"1400-08-26T02:39:00+03:30"` (with `tz`, `Zoned<Tz>`
//! `"1400-08-26T02:39:00+03:30[Asia/Tehran]"`): the forms of `Display` and
//! `FromStr`. Deserialisation validates, so `"1400-12-30"` is an error that says why,
//! and it never panics. No allocation either way.
//!
//! The modules [`gregorian`] and [`epoch_days`] store a [`JalaliDate`] otherwise, with
//! `#[serde(with = "…")]`.
//!
//! ```
//! use taqvim::JalaliDate;
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Article {
//!     published: JalaliDate,
//!     #[serde(with = "taqvim::serde::gregorian")]
//!     published_gregorian: JalaliDate,
//!     #[serde(with = "taqvim::serde::epoch_days")]
//!     day: JalaliDate,
//! }
//!
//! let date = JalaliDate::new(1400, 8, 26)?;
//! let json = serde_json::to_string(&Article { published: date, published_gregorian: date, day: date })?;
//! assert_eq!(
//!     json,
//!     r#"{"published":"1400-08-26","published_gregorian":"2021-11-17","day":18948}"#
//! );
//! let back: Article = serde_json::from_str(&json)?;
//! assert_eq!(back.published, date);
//!
//! let err = serde_json::from_str::<JalaliDate>(r#""1400-12-30""#).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "day 30 of Esfand does not exist in 1400: not a leap year at line 1 column 12"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use ::serde::de::{self, Visitor};
use ::serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{JalaliDate, JalaliDateTime, Time};

/// Reads a string through `T`'s `FromStr`, turning its error into the format's.
struct FromStrVisitor<T>(&'static str, PhantomData<T>);

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<T, E> {
        match core::str::from_utf8(v) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }
}

/// A module `option` inside a `with` module, for `Option`s of its type: `null` (or a
/// missing field, with `#[serde(default)]`) is `None`.
macro_rules! option_of {
    ($type:ty, $example:literal) => {
        /// The same for an `Option`, as chrono's `ts_seconds_option` is for its
        /// timestamps.
        ///
        /// ```
        #[doc = $example]
        /// ```
        pub mod option {
            use super::*;

            /// The value, written as the enclosing module writes it.
            struct Outer($type);

            impl Serialize for Outer {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    super::serialize(&self.0, serializer)
                }
            }

            impl<'de> Deserialize<'de> for Outer {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Outer, D::Error> {
                    super::deserialize(deserializer).map(Outer)
                }
            }

            /// Writes `Some` as the enclosing module does, `None` as the format's none.
            ///
            /// # Errors
            ///
            /// Only the serializer's.
            pub fn serialize<S: Serializer>(
                value: &Option<$type>,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                match value {
                    Some(v) => serializer.serialize_some(&Outer(*v)),
                    None => serializer.serialize_none(),
                }
            }

            /// Reads a none as `None`, anything else as the enclosing module does.
            ///
            /// # Errors
            ///
            /// The enclosing module's.
            pub fn deserialize<'de, D: Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Option<$type>, D::Error> {
                Ok(Option::<Outer>::deserialize(deserializer)?.map(|o| o.0))
            }
        }
    };
}

/// `Serialize` and `Deserialize` through `Display` and `FromStr`.
macro_rules! as_string {
    ($type:ty, $expecting:literal $(, $bound:ident)?) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                deserializer.deserialize_str(FromStrVisitor($expecting, PhantomData))
            }
        }
    };
}

as_string!(JalaliDate, "a Jalali date such as \"1400-08-26\"");
as_string!(
    JalaliDateTime,
    "a Jalali date-time such as \"1400-08-26T02:39:00\""
);
as_string!(Time, "a time of day such as \"02:39:00\"");
as_string!(crate::Month, "a Jalali month name such as \"Aban\"");
as_string!(crate::Weekday, "a weekday name such as \"Wednesday\"");
as_string!(crate::Season, "a season name such as \"Autumn\"");
as_string!(
    crate::LeapRule,
    "a leap rule: astronomical, borkowski, 33-year or 2820-year"
);
#[cfg(feature = "chrono")]
as_string!(
    crate::Zoned<chrono::FixedOffset>,
    "a Jalali date-time with its offset, such as \"1400-08-26T02:39:00+03:30\""
);

#[cfg(feature = "tz")]
impl Serialize for crate::Zoned<chrono_tz::Tz> {
    /// `"1400-08-26T02:39:00+03:30[Asia/Tehran]"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.annotated())
    }
}

#[cfg(feature = "tz")]
impl<'de> Deserialize<'de> for crate::Zoned<chrono_tz::Tz> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(FromStrVisitor(
            "a Jalali date-time with its zone, such as \"1400-08-26T02:39:00+03:30[Asia/Tehran]\"",
            PhantomData,
        ))
    }
}

/// A [`JalaliDate`] stored as its Gregorian ISO date, `"2021-11-17"`, for
/// `#[serde(with = "taqvim::serde::gregorian")]`.
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Row {
///     #[serde(with = "taqvim::serde::gregorian")]
///     date: taqvim::JalaliDate,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"date":"2025-03-20"}"#)?;
/// assert_eq!(row.date.to_string(), "1403-12-30");
/// assert_eq!(serde_json::to_string(&row)?, r#"{"date":"2025-03-20"}"#);
/// assert!(serde_json::from_str::<Row>(r#"{"date":"2023-02-29"}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod gregorian {
    use core::fmt;

    use super::*;

    /// The Gregorian date, written by [`crate::iso`].
    struct Iso(JalaliDate);

    impl fmt::Display for Iso {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            crate::iso::write_gregorian_date(f, self.0)
        }
    }

    /// A Gregorian date string holding a Jalali date.
    struct GregorianText(JalaliDate);

    impl FromStr for GregorianText {
        type Err = crate::Error;

        fn from_str(s: &str) -> Result<GregorianText, crate::Error> {
            crate::iso::parse_gregorian_date(s).map(GregorianText)
        }
    }

    /// Writes the Gregorian date of `date` as `"YYYY-MM-DD"`.
    ///
    /// # Errors
    ///
    /// Only the serializer's.
    pub fn serialize<S: Serializer>(date: &JalaliDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Iso(*date))
    }

    /// Reads a Gregorian `"YYYY-MM-DD"` into the Jalali date of that day.
    ///
    /// # Errors
    ///
    /// For text that is not a valid Gregorian date in that form.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<JalaliDate, D::Error> {
        let visitor =
            FromStrVisitor::<GregorianText>("a Gregorian date such as \"2021-11-17\"", PhantomData);
        deserializer.deserialize_str(visitor).map(|g| g.0)
    }

    option_of!(
        JalaliDate,
        r##"#[derive(serde::Serialize, serde::Deserialize)]
struct Row {
    #[serde(default, with = "taqvim::serde::gregorian::option")]
    date: Option<taqvim::JalaliDate>,
}

let row: Row = serde_json::from_str(r#"{"date":"2021-11-17"}"#)?;
assert_eq!(row.date.unwrap().to_string(), "1400-08-26");
assert_eq!(serde_json::to_string(&row)?, r#"{"date":"2021-11-17"}"#);
let none: Row = serde_json::from_str("{}")?;
assert_eq!(none.date, None);
assert_eq!(serde_json::to_string(&none)?, r#"{"date":null}"#);
# Ok::<(), serde_json::Error>(())"##
    );
}

/// A [`JalaliDateTime`] stored as the Gregorian date-time of that moment,
/// `"YYYY-MM-DDTHH:MM:SS"`, for
/// `#[serde(with = "taqvim::serde::gregorian_date_time")]`.
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Row {
///     #[serde(with = "taqvim::serde::gregorian_date_time")]
///     at: taqvim::JalaliDateTime,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"at":"2021-11-17T02:39:00"}"#)?;
/// assert_eq!(row.at.to_string(), "1400-08-26T02:39:00");
/// assert_eq!(serde_json::to_string(&row)?, r#"{"at":"2021-11-17T02:39:00"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod gregorian_date_time {
    use core::fmt;

    use super::*;

    /// The Gregorian date-time, written by [`crate::iso::IsoBuffer`].
    struct Iso(JalaliDateTime);

    impl fmt::Display for Iso {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let (y, m, d) = self.0.date().to_gregorian();
            let mut buffer = crate::iso::IsoBuffer::new();
            buffer.push_date(y, m, d).push_time(self.0.time(), true);
            f.write_str(buffer.as_str())
        }
    }

    /// A Gregorian date-time string holding a Jalali date-time.
    struct GregorianText(JalaliDateTime);

    impl FromStr for GregorianText {
        type Err = crate::Error;

        fn from_str(s: &str) -> Result<GregorianText, crate::Error> {
            let fields = crate::iso::read_fields(s)?;
            let date = JalaliDate::from_gregorian(fields.year, fields.month, fields.day)?;
            let time = fields.time.unwrap_or(Time::MIDNIGHT);
            Ok(GregorianText(JalaliDateTime::new(date, time)))
        }
    }

    /// Writes the Gregorian date-time of `value` as `"YYYY-MM-DDTHH:MM:SS"`.
    ///
    /// # Errors
    ///
    /// Only the serializer's.
    pub fn serialize<S: Serializer>(
        value: &JalaliDateTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Iso(*value))
    }

    /// Reads a Gregorian `"YYYY-MM-DDTHH:MM[:SS]"` (or a date alone, at midnight) into
    /// the Jalali date-time of that moment.
    ///
    /// # Errors
    ///
    /// For text that is not a valid Gregorian date-time in that form.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<JalaliDateTime, D::Error> {
        let visitor = FromStrVisitor::<GregorianText>(
            "a Gregorian date-time such as \"2021-11-17T02:39:00\"",
            PhantomData,
        );
        deserializer.deserialize_str(visitor).map(|g| g.0)
    }

    option_of!(
        JalaliDateTime,
        r##"#[derive(serde::Serialize, serde::Deserialize)]
struct Row {
    #[serde(with = "taqvim::serde::gregorian_date_time::option")]
    at: Option<taqvim::JalaliDateTime>,
}

let row: Row = serde_json::from_str(r#"{"at":null}"#)?;
assert_eq!(row.at, None);
let row: Row = serde_json::from_str(r#"{"at":"2021-11-17T02:39"}"#)?;
assert_eq!(row.at.unwrap().to_string(), "1400-08-26T02:39:00");
# Ok::<(), serde_json::Error>(())"##
    );
}

/// A [`JalaliDate`] stored as its day number, days since 1970-01-01, for
/// `#[serde(with = "taqvim::serde::epoch_days")]`.
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Row {
///     #[serde(with = "taqvim::serde::epoch_days")]
///     date: taqvim::JalaliDate,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"date":0}"#)?;
/// assert_eq!(row.date.to_string(), "1348-10-11");
/// assert!(serde_json::from_str::<Row>(r#"{"date":9999999999}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod epoch_days {
    use super::*;

    /// Writes the day number of `date`.
    ///
    /// # Errors
    ///
    /// Only the serializer's.
    pub fn serialize<S: Serializer>(date: &JalaliDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(date.to_epoch_day())
    }

    /// Reads a day number into its date.
    ///
    /// # Errors
    ///
    /// For numbers that are not integers, and days outside the supported range.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<JalaliDate, D::Error> {
        let day = i64::deserialize(deserializer)?;
        let day = i32::try_from(day).map_err(|_| {
            de::Error::invalid_value(de::Unexpected::Signed(day), &"a day number within i32")
        })?;
        JalaliDate::from_epoch_day(day).map_err(de::Error::custom)
    }

    option_of!(
        JalaliDate,
        r##"#[derive(serde::Serialize, serde::Deserialize)]
struct Row {
    #[serde(with = "taqvim::serde::epoch_days::option")]
    day: Option<taqvim::JalaliDate>,
}

let row: Row = serde_json::from_str(r#"{"day":18948}"#)?;
assert_eq!(row.day.unwrap().to_string(), "1400-08-26");
assert_eq!(serde_json::to_string(&Row { day: None })?, r#"{"day":null}"#);
# Ok::<(), serde_json::Error>(())"##
    );
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn values_are_their_iso_strings() {
        let date = JalaliDate::new(1400, 8, 26).unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), r#""1400-08-26""#);
        let dt: JalaliDateTime = "1400-08-26T02:39:00.5".parse().unwrap();
        let json = serde_json::to_string(&dt).unwrap();
        assert_eq!(json, r#""1400-08-26T02:39:00.500""#);
        assert_eq!(serde_json::from_str::<JalaliDateTime>(&json).unwrap(), dt);
        let time: Time = serde_json::from_str(r#""23:59:59""#).unwrap();
        assert_eq!(time.to_string(), "23:59:59");
    }

    #[test]
    fn bad_values_are_errors_that_say_why() {
        for (json, message) in [
            (
                r#""1400-07-31""#,
                "day 31 of Mehr does not exist: Mehr has 30 days",
            ),
            (
                r#""1400-13-01""#,
                "month 13 does not exist: months are 1..=12",
            ),
            (
                r#""1400/08/26""#,
                "expected '-' after the year at byte 4, found '/'",
            ),
            (
                "26",
                "invalid type: integer `26`, expected a Jalali date such as \"1400-08-26\"",
            ),
            (
                "null",
                "invalid type: null, expected a Jalali date such as \"1400-08-26\"",
            ),
        ] {
            let err = serde_json::from_str::<JalaliDate>(json)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(message), "{json}: {err}");
        }
        assert!(serde_json::from_str::<JalaliDateTime>(r#""1400-08-26T24:00:00""#).is_err());
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn zoned_values_keep_their_offset() {
        use chrono::FixedOffset;
        let z: crate::Zoned<FixedOffset> = "1400-08-26T02:39:00+03:30".parse().unwrap();
        let json = serde_json::to_string(&z).unwrap();
        assert_eq!(json, r#""1400-08-26T02:39:00+03:30""#);
        assert_eq!(
            serde_json::from_str::<crate::Zoned<FixedOffset>>(&json).unwrap(),
            z
        );
        assert!(
            serde_json::from_str::<crate::Zoned<FixedOffset>>(r#""1400-08-26T02:39:00""#).is_err()
        );
    }

    #[cfg(feature = "tz")]
    #[test]
    fn zoned_values_keep_their_zone() {
        let text = r#""1401-06-30T23:30:00+03:30[Asia/Tehran]""#;
        let z: crate::Zoned<chrono_tz::Tz> = serde_json::from_str(text).unwrap();
        assert_eq!(z.zone_name(), "Asia/Tehran");
        assert_eq!(serde_json::to_string(&z).unwrap(), text);
        // The same local time an hour earlier in instants, before the clocks went back.
        let earlier = r#""1401-06-30T23:30:00+04:30[Asia/Tehran]""#;
        let e: crate::Zoned<chrono_tz::Tz> = serde_json::from_str(earlier).unwrap();
        assert_eq!(z.timestamp() - e.timestamp(), 3_600);
    }
}
