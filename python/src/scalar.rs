//! `JalaliDate`, `JalaliDateTime`, `parse`, `find_dates` and the calendar functions, in
//! Python's idiom over the crate's types.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyType};
use taqvim::{DateParser, Formatter, ParsedDate, Time};

use crate::{digits, error, leap_rule, locale, parse_error};

/// Python's `datetime` holds Gregorian years 1..=9999 only.
const PYTHON_YEARS: core::ops::RangeInclusive<i32> = 1..=9999;

/// A Jalali day in the official (astronomical) calendar: immutable, hashable, ordered.
///
/// >>> import datetime, taqvim
/// >>> date = taqvim.JalaliDate(1400, 8, 26)
/// >>> date.to_gregorian()
/// datetime.date(2021, 11, 17)
/// >>> date.weekday()  # 0 is Saturday
/// 4
/// >>> str(date + datetime.timedelta(days=6))
/// '1400-09-02'
/// >>> taqvim.JalaliDate(1400, 12, 30)
/// Traceback (most recent call last):
/// ...
/// taqvim.Error: day 30 of Esfand does not exist in 1400: not a leap year
#[pyclass(module = "taqvim", name = "JalaliDate", frozen, eq, ord, hash)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub taqvim::JalaliDate);

/// A Jalali day and a time of day, with no time zone.
///
/// >>> import taqvim
/// >>> moment = taqvim.JalaliDateTime(1400, 8, 26, 2, 39)
/// >>> moment.to_datetime()
/// datetime.datetime(2021, 11, 17, 2, 39)
/// >>> str(moment)
/// '1400-08-26T02:39:00'
#[pyclass(module = "taqvim", name = "JalaliDateTime", frozen, eq, ord, hash)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub taqvim::JalaliDateTime);

/// The constructor's arguments of a `JalaliDateTime`, for pickling.
type DateTimeFields = (i32, u8, u8, u8, u8, u8, u32);

/// A date found in free text by `find_dates`.
///
/// >>> import taqvim
/// >>> text = "جلسه ۲۶ آبان ۱۴۰۰ برگزار شد"
/// >>> m = taqvim.find_dates(text)[0]
/// >>> text[m.start:m.end] == m.text, m.value
/// (True, taqvim.JalaliDate(1400, 8, 26))
#[pyclass(module = "taqvim", name = "Match", frozen)]
pub struct Match {
    /// Where the match starts, in code points (an index into the Python string).
    #[pyo3(get)]
    start: usize,
    /// Where the match ends, in code points.
    #[pyo3(get)]
    end: usize,
    /// The text matched: `text[start:end]` of the searched string.
    #[pyo3(get)]
    text: String,
    value: ParsedDate,
}

/// A field given as a Python int, checked into the crate's type with a message in the
/// crate's words.
fn field<T: TryFrom<i64>>(name: &str, value: &Bound<'_, PyInt>, range: &str) -> PyResult<T> {
    value
        .extract::<i64>()
        .ok()
        .and_then(|v| T::try_from(v).ok())
        .ok_or_else(|| {
            error(format_args!(
                "{name} {value} is out of range: {name}s are {range}"
            ))
        })
}

/// A field that defaults to 0.
fn optional<T: TryFrom<i64> + Default>(
    name: &str,
    value: Option<&Bound<'_, PyInt>>,
    range: &str,
) -> PyResult<T> {
    value.map_or(Ok(T::default()), |v| field(name, v, range))
}

fn checked_year(value: &Bound<'_, PyInt>) -> PyResult<i32> {
    value.extract::<i32>().map_err(|_| {
        error(format_args!(
            "year {value} leaves the supported range of dates ({}..={})",
            taqvim::JalaliDate::MIN,
            taqvim::JalaliDate::MAX
        ))
    })
}

/// The Gregorian date for Python, or an error when `datetime.date` cannot hold it.
fn python_date(date: taqvim::JalaliDate) -> PyResult<NaiveDate> {
    let (y, m, d) = date.to_gregorian();
    if !PYTHON_YEARS.contains(&y) {
        return Err(error(format_args!(
            "{date} is Gregorian {y:04}-{m:02}-{d:02}, outside Python's datetime range (years 1..=9999)"
        )));
    }
    NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
        .ok_or_else(|| error(format_args!("{date} has no chrono date")))
}

fn python_date_time(value: taqvim::JalaliDateTime) -> PyResult<NaiveDateTime> {
    let date = python_date(value.date())?;
    let t = value.time();
    date.and_hms_nano_opt(
        u32::from(t.hour()),
        u32::from(t.minute()),
        u32::from(t.second()),
        t.nanosecond(),
    )
    .ok_or_else(|| error(format_args!("{value} has no chrono date-time")))
}

/// `d` as Python holds it: `JalaliDate` when no time was written, else `JalaliDateTime`.
fn value_object(py: Python<'_>, parsed: &ParsedDate) -> PyResult<Py<PyAny>> {
    Ok(match parsed.time() {
        None => Py::new(py, Date(parsed.date()))?.into_any(),
        Some(_) => Py::new(py, DateTime(parsed.date_time()))?.into_any(),
    })
}

/// The whole days of a `datetime.timedelta`, as `date + timedelta` counts them.
fn timedelta_days(delta: &Bound<'_, PyAny>) -> PyResult<Option<i64>> {
    if delta.extract::<TimeDelta>().is_err() {
        return Ok(None);
    }
    Ok(Some(delta.getattr("days")?.extract()?))
}

fn format_with(
    value: &impl taqvim::Formattable,
    fmt: &str,
    locale_name: &str,
    digits_name: Option<&str>,
) -> PyResult<String> {
    let locale = locale(locale_name)?;
    let formatter = Formatter::new(fmt)
        .map_err(error)?
        .with_locale(locale)
        .with_digits(digits(digits_name, locale)?);
    Ok(formatter.format(value).map_err(error)?.to_string())
}

// Python calls methods on a reference: `to_*` cannot take `self` by value here.
#[allow(clippy::wrong_self_convention)]
#[pymethods]
impl Date {
    #[new]
    fn new(
        year: &Bound<'_, PyInt>,
        month: &Bound<'_, PyInt>,
        day: &Bound<'_, PyInt>,
    ) -> PyResult<Date> {
        let month = field("month", month, "1..=12")?;
        let day = field("day", day, "1..=31")?;
        taqvim::JalaliDate::new(checked_year(year)?, month, day)
            .map(Date)
            .map_err(error)
    }

    /// The year.
    #[getter]
    fn year(&self) -> i32 {
        self.0.year()
    }

    /// The month, 1 (Farvardin) to 12 (Esfand).
    #[getter]
    fn month(&self) -> u8 {
        self.0.month()
    }

    /// The day of the month.
    #[getter]
    fn day(&self) -> u8 {
        self.0.day()
    }

    /// The day of the week, 0 for Saturday (شنبه) to 6 for Friday (جمعه).
    fn weekday(&self) -> u8 {
        self.0.weekday().days_since_saturday()
    }

    /// The day of the year, 1..=366.
    fn ordinal(&self) -> u16 {
        self.0.ordinal()
    }

    /// Whether the date's year is leap in the official calendar.
    fn is_leap_year(&self) -> bool {
        self.0.is_leap_year()
    }

    /// The number of days of the date's month.
    fn days_in_month(&self) -> u8 {
        self.0.days_in_month()
    }

    /// The same day in the Gregorian calendar.
    fn to_gregorian(&self) -> PyResult<NaiveDate> {
        python_date(self.0)
    }

    /// The Jalali date of a `datetime.date`.
    #[classmethod]
    fn from_gregorian(_cls: &Bound<'_, PyType>, date: NaiveDate) -> Date {
        Date(date.into())
    }

    /// Reads `YYYY-MM-DD`, as `str()` writes it.
    #[classmethod]
    fn fromisoformat(_cls: &Bound<'_, PyType>, text: &str) -> PyResult<Date> {
        text.parse().map(Date).map_err(error)
    }

    /// The day that software using `rule` labels `year`-`month`-`day`.
    #[classmethod]
    fn from_rule(
        _cls: &Bound<'_, PyType>,
        year: &Bound<'_, PyInt>,
        month: &Bound<'_, PyInt>,
        day: &Bound<'_, PyInt>,
        rule: &str,
    ) -> PyResult<Date> {
        let month = field("month", month, "1..=12")?;
        let day = field("day", day, "1..=31")?;
        taqvim::JalaliDate::from_rule(leap_rule(rule)?, checked_year(year)?, month, day)
            .map(Date)
            .map_err(error)
    }

    /// This day as software using `rule` labels it: `(year, month, day)`.
    fn to_rule(&self, rule: &str) -> PyResult<(i32, u8, u8)> {
        self.0.to_rule(leap_rule(rule)?).map_err(error)
    }

    /// The date written by a strftime-style pattern in a locale's names and digits.
    #[pyo3(signature = (fmt, locale = "iranian", digits = None))]
    fn format(&self, fmt: &str, locale: &str, digits: Option<&str>) -> PyResult<String> {
        format_with(&self.0, fmt, locale, digits)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "taqvim.JalaliDate({}, {}, {})",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, (i32, u8, u8))> {
        let cls = py.get_type::<Date>().into_any().unbind();
        Ok((cls, (self.0.year(), self.0.month(), self.0.day())))
    }

    fn __add__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match timedelta_days(other)? {
            Some(days) => {
                Ok(Py::new(py, Date(self.0.checked_add_days(days).map_err(error)?))?.into_any())
            }
            None => Ok(py.NotImplemented()),
        }
    }

    fn __radd__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        self.__add__(py, other)
    }

    fn __sub__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if let Ok(earlier) = other.cast::<Date>() {
            let days = self.0.days_since(earlier.get().0);
            return Ok(TimeDelta::try_days(days)
                .ok_or_else(|| error("the difference does not fit in a timedelta"))?
                .into_pyobject(py)?
                .into_any()
                .unbind());
        }
        match timedelta_days(other)? {
            Some(days) => {
                Ok(Py::new(py, Date(self.0.checked_sub_days(days).map_err(error)?))?.into_any())
            }
            None => Ok(py.NotImplemented()),
        }
    }
}

#[allow(clippy::wrong_self_convention)]
#[pymethods]
impl DateTime {
    #[new]
    #[pyo3(signature = (year, month, day, hour = None, minute = None, second = None, microsecond = None))]
    fn new(
        year: &Bound<'_, PyInt>,
        month: &Bound<'_, PyInt>,
        day: &Bound<'_, PyInt>,
        hour: Option<&Bound<'_, PyInt>>,
        minute: Option<&Bound<'_, PyInt>>,
        second: Option<&Bound<'_, PyInt>>,
        microsecond: Option<&Bound<'_, PyInt>>,
    ) -> PyResult<DateTime> {
        let date = Date::new(year, month, day)?.0;
        let micro: u32 = optional("microsecond", microsecond, "0..=999999")?;
        if micro > 999_999 {
            return Err(error(format_args!(
                "microsecond {micro} is out of range: microseconds are 0..=999999"
            )));
        }
        let time = Time::from_hms_nano(
            optional("hour", hour, "0..=23")?,
            optional("minute", minute, "0..=59")?,
            optional("second", second, "0..=59")?,
            micro * 1000,
        )
        .map_err(error)?;
        Ok(DateTime(taqvim::JalaliDateTime::new(date, time)))
    }

    #[getter]
    fn year(&self) -> i32 {
        self.0.date().year()
    }

    #[getter]
    fn month(&self) -> u8 {
        self.0.date().month()
    }

    #[getter]
    fn day(&self) -> u8 {
        self.0.date().day()
    }

    #[getter]
    fn hour(&self) -> u8 {
        self.0.time().hour()
    }

    #[getter]
    fn minute(&self) -> u8 {
        self.0.time().minute()
    }

    #[getter]
    fn second(&self) -> u8 {
        self.0.time().second()
    }

    #[getter]
    fn microsecond(&self) -> u32 {
        self.0.time().nanosecond() / 1000
    }

    /// The day, without the time.
    fn date(&self) -> Date {
        Date(self.0.date())
    }

    /// The day of the week, 0 for Saturday to 6 for Friday.
    fn weekday(&self) -> u8 {
        self.0.date().weekday().days_since_saturday()
    }

    /// The same wall-clock moment as a naive `datetime.datetime`.
    fn to_datetime(&self) -> PyResult<NaiveDateTime> {
        python_date_time(self.0)
    }

    /// The Jalali date and time of a naive `datetime.datetime`.
    #[classmethod]
    fn from_datetime(_cls: &Bound<'_, PyType>, value: NaiveDateTime) -> DateTime {
        DateTime(value.into())
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS[.fff]]`, as `str()` writes it.
    #[classmethod]
    fn fromisoformat(_cls: &Bound<'_, PyType>, text: &str) -> PyResult<DateTime> {
        text.parse().map(DateTime).map_err(error)
    }

    /// The date and time written by a strftime-style pattern.
    #[pyo3(signature = (fmt, locale = "iranian", digits = None))]
    fn format(&self, fmt: &str, locale: &str, digits: Option<&str>) -> PyResult<String> {
        format_with(&self.0, fmt, locale, digits)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        let (d, t) = (self.0.date(), self.0.time());
        let mut text = format!(
            "taqvim.JalaliDateTime({}, {}, {}, {}, {}, {}",
            d.year(),
            d.month(),
            d.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        if t.nanosecond() >= 1000 {
            text.push_str(&format!(", {}", t.nanosecond() / 1000));
        }
        text.push(')');
        text
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, DateTimeFields)> {
        let cls = py.get_type::<DateTime>().into_any().unbind();
        let (d, t) = (self.0.date(), self.0.time());
        Ok((
            cls,
            (
                d.year(),
                d.month(),
                d.day(),
                t.hour(),
                t.minute(),
                t.second(),
                t.nanosecond() / 1000,
            ),
        ))
    }

    fn __add__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let Ok(delta) = other.extract::<TimeDelta>() else {
            return Ok(py.NotImplemented());
        };
        Ok(Py::new(py, self.shifted(delta)?)?.into_any())
    }

    fn __radd__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        self.__add__(py, other)
    }

    fn __sub__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if let Ok(earlier) = other.cast::<DateTime>() {
            let (a, b) = (self.0, earlier.get().0);
            let seconds = a.epoch_seconds() - b.epoch_seconds();
            let nanos = i64::from(a.time().nanosecond()) - i64::from(b.time().nanosecond());
            let delta = TimeDelta::try_seconds(seconds)
                .and_then(|d| d.checked_add(&TimeDelta::nanoseconds(nanos)))
                .ok_or_else(|| error("the difference does not fit in a timedelta"))?;
            return Ok(delta.into_pyobject(py)?.into_any().unbind());
        }
        let Ok(delta) = other.extract::<TimeDelta>() else {
            return Ok(py.NotImplemented());
        };
        Ok(Py::new(py, self.shifted(-delta)?)?.into_any())
    }
}

impl DateTime {
    /// This moment moved by `delta`, through the crate's day count and time of day.
    fn shifted(&self, delta: TimeDelta) -> PyResult<DateTime> {
        let t = self.0.time();
        let nanos = i128::from(self.0.epoch_seconds()) * 1_000_000_000
            + i128::from(t.nanosecond())
            + i128::from(delta.num_seconds()) * 1_000_000_000
            + i128::from(delta.subsec_nanos());
        let seconds = i64::try_from(nanos.div_euclid(1_000_000_000))
            .map_err(|_| error("the sum leaves the supported range of dates"))?;
        let sub = u32::try_from(nanos.rem_euclid(1_000_000_000)).unwrap_or(0);
        let whole = taqvim::JalaliDateTime::from_epoch_seconds(seconds).map_err(error)?;
        let w = whole.time();
        let time = Time::from_hms_nano(w.hour(), w.minute(), w.second(), sub).map_err(error)?;
        Ok(DateTime(whole.with_time(time)))
    }
}

#[pymethods]
impl Match {
    /// What was read: a `JalaliDate`, or a `JalaliDateTime` when a time was written.
    #[getter]
    fn value(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        value_object(py, &self.value)
    }

    /// The last day of a range (`۱۲ تا ۱۵ مهر`), or `None` for a single date.
    #[getter]
    fn range_end(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let Some(date) = self.value.end_date() else {
            return Ok(None);
        };
        Ok(Some(match self.value.end_time() {
            None => Py::new(py, Date(date))?.into_any(),
            Some(time) => {
                Py::new(py, DateTime(taqvim::JalaliDateTime::new(date, time)))?.into_any()
            }
        }))
    }

    fn __repr__(&self) -> String {
        format!(
            "taqvim.Match(start={}, end={}, text={:?})",
            self.start, self.end, self.text
        )
    }
}

fn parser(rule: &str) -> PyResult<DateParser> {
    Ok(DateParser::new().rule(leap_rule(rule)?))
}

/// Reads one date as people write it; a `JalaliDate`, or a `JalaliDateTime` when the
/// text has a time.
///
/// >>> import taqvim
/// >>> taqvim.parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")
/// taqvim.JalaliDateTime(1400, 8, 26, 2, 39, 0)
/// >>> taqvim.parse("26 Aban 1400")
/// taqvim.JalaliDate(1400, 8, 26)
#[pyfunction]
#[pyo3(signature = (text, *, rule = "astronomical"))]
fn parse(py: Python<'_>, text: &str, rule: &str) -> PyResult<Py<PyAny>> {
    let parsed = parser(rule)?.parse(text).map_err(|e| parse_error(&e))?;
    value_object(py, &parsed)
}

/// Every date in free text, in order, with its place in code points.
///
/// >>> import taqvim
/// >>> [m.text for m in taqvim.find_dates("جلسه ۱۴۰۰/۰۸/۲۶ و جلسه ۳ آذر ۱۴۰۰")]
/// ['۱۴۰۰/۰۸/۲۶', '۳ آذر ۱۴۰۰']
#[pyfunction]
#[pyo3(signature = (text, *, rule = "astronomical"))]
fn find_dates(text: &str, rule: &str) -> PyResult<Vec<Match>> {
    let mut counter = crate::compute::CodePoints::new(text);
    Ok(parser(rule)?
        .find_dates(text)
        .map(|m| {
            let (start, end) = counter.span(m.start(), m.end());
            Match {
                start,
                end,
                text: m.as_str().to_owned(),
                value: m.value(),
            }
        })
        .collect())
}

/// Whether `year` is leap under `rule`.
///
/// >>> import taqvim
/// >>> taqvim.is_leap_year(1403), taqvim.is_leap_year(1403, rule="2820-year")
/// (True, False)
#[pyfunction]
#[pyo3(signature = (year, rule = "astronomical"))]
fn is_leap_year(year: &Bound<'_, PyInt>, rule: &str) -> PyResult<bool> {
    leap_rule(rule)?
        .is_leap_year(checked_year(year)?)
        .map_err(error)
}

/// The number of days of `month` of `year` under `rule`.
#[pyfunction]
#[pyo3(signature = (year, month, rule = "astronomical"))]
fn days_in_month(year: &Bound<'_, PyInt>, month: &Bound<'_, PyInt>, rule: &str) -> PyResult<u8> {
    leap_rule(rule)?
        .days_in_month(checked_year(year)?, field("month", month, "1..=12")?)
        .map_err(error)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Date>()?;
    m.add_class::<DateTime>()?;
    m.add_class::<Match>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(is_leap_year, m)?)?;
    m.add_function(wrap_pyfunction!(days_in_month, m)?)?;
    Ok(())
}
