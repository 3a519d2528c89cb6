//! `taqvim.compute`: the crate's conversions, reader and formatter over Arrow arrays.
//!
//! Input arrives through the Arrow PyCapsule interface (one array, or a stream of
//! chunks); each chunk is mapped with the GIL released, nulls stay null, and a row that
//! fails either raises `taqvim.Error` naming its index and value or becomes null.

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Date64Type, TimestampMicrosecondType};
use arrow_array::{
    Array, ArrayRef, Date32Array, Int8Array, Int32Array, ListArray, PrimitiveArray, StringArray,
    StringViewArray, StructArray,
};
use arrow_buffer::{BooleanBufferBuilder, NullBuffer, OffsetBuffer};
use arrow_schema::{DataType, Field, Fields, TimeUnit};
use chrono::{FixedOffset, Offset, TimeZone};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::{PyArray, PyChunkedArray};
use taqvim::iso::{IsoBuffer, append_date, read_fields};
use taqvim::{DateParser, Formatter, JalaliDate, JalaliDateTime, LeapRule, ParsedDate, Time};

use crate::{error, leap_rule};

const NANOS_PER_DAY: i64 = 86_400_000_000_000;

/// What to do with a row that fails: `errors="raise"` or `errors="null"`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Null,
}

fn on_error(mode: &str) -> PyResult<OnError> {
    match mode {
        "raise" => Ok(OnError::Raise),
        "null" => Ok(OnError::Null),
        _ => Err(error(format_args!(
            "errors must be \"raise\" or \"null\", not {mode:?}"
        ))),
    }
}

/// A row that failed: its index in the whole input, its value as text, the message.
struct RowError {
    row: usize,
    value: String,
    message: String,
}

/// Why a chunk could not be mapped: a failed row, or a column of the wrong type.
enum Failure {
    Row(RowError),
    Type(String),
}

impl Failure {
    fn into_py(self) -> PyErr {
        match self {
            Failure::Row(e) => error(format_args!("row {} ({}): {}", e.row, e.value, e.message)),
            Failure::Type(message) => PyTypeError::new_err(message),
        }
    }
}

/// Records the outcome of one row: `Some(v)`, or `None` after a failure in null mode.
struct Rows {
    mode: OnError,
    base: usize,
}

impl Rows {
    #[inline(always)]
    fn check<T, E: core::fmt::Display>(
        &self,
        index: usize,
        value: &dyn core::fmt::Display,
        result: Result<T, E>,
    ) -> Result<Option<T>, Failure> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(_) if self.mode == OnError::Null => Ok(None),
            Err(e) => Err(Failure::Row(RowError {
                row: self.base + index,
                value: value.to_string(),
                message: e.to_string(),
            })),
        }
    }
}

/// Maps every chunk of `input` with `kernel`, the GIL released; one array in, one
/// `pyarrow.Array` out; a stream in, a `pyarrow.ChunkedArray` out.
fn map_input<'py, K>(
    py: Python<'py>,
    input: AnyArray,
    mode: OnError,
    kernel: K,
) -> PyResult<Bound<'py, PyAny>>
where
    K: Fn(&dyn Array, &Rows) -> Result<ArrayRef, Failure> + Send + Sync,
{
    match input {
        AnyArray::Array(array) => {
            let (array, _) = array.into_inner();
            let out = py
                .detach(|| kernel(array.as_ref(), &Rows { mode, base: 0 }))
                .map_err(Failure::into_py)?;
            to_pyarrow(py, out)
        }
        AnyArray::Stream(stream) => {
            let chunked = AnyArray::Stream(stream).into_chunked_array()?;
            let (chunks, field) = chunked.into_inner();
            let out = py
                .detach(|| {
                    let mut base = 0;
                    chunks
                        .iter()
                        .map(|chunk| {
                            let rows = Rows { mode, base };
                            base += chunk.len();
                            kernel(chunk.as_ref(), &rows)
                        })
                        .collect::<Result<Vec<_>, _>>()
                })
                .map_err(Failure::into_py)?;
            match out.first() {
                Some(first) => {
                    let field = Arc::new(Field::new("", first.data_type().clone(), true));
                    PyChunkedArray::try_new(out, field)?.into_pyarrow(py)
                }
                // An empty stream still has a type: map an empty chunk of it, which
                // also rejects a column of the wrong type.
                None => {
                    let empty = arrow_array::new_empty_array(field.data_type());
                    let typed = kernel(empty.as_ref(), &Rows { mode, base: 0 })
                        .map_err(Failure::into_py)?;
                    let field = Arc::new(Field::new("", typed.data_type().clone(), true));
                    PyChunkedArray::try_new(vec![], field)?.into_pyarrow(py)
                }
            }
        }
    }
}

/// A `pyarrow.Array` of `array`, through the C data interface.
fn to_pyarrow(py: Python<'_>, array: ArrayRef) -> PyResult<Bound<'_, PyAny>> {
    let exported = PyArray::from_array_ref(array).into_pyobject(py)?;
    py.import("pyarrow")?.getattr("array")?.call1((exported,))
}

// ---------------------------------------------------------------------------------
// Reading the input columns.

/// A wall-clock reading: days since 1970-01-01, and the nanoseconds into the day when
/// the column holds times.
#[derive(Clone, Copy)]
struct WallClock {
    day: i64,
    nanos: Option<i64>,
}

impl WallClock {
    fn from_nanos(nanos: i128) -> WallClock {
        let day = nanos.div_euclid(i128::from(NANOS_PER_DAY));
        let rest = nanos.rem_euclid(i128::from(NANOS_PER_DAY));
        WallClock {
            day: i64::try_from(day).unwrap_or(i64::MAX),
            nanos: Some(i64::try_from(rest).unwrap_or(0)),
        }
    }

    #[inline(always)]
    fn date(self) -> Result<JalaliDate, taqvim::Error> {
        let day = i32::try_from(self.day).unwrap_or(i32::MAX);
        JalaliDate::from_epoch_day(day)
    }

    #[inline]
    fn time(self) -> Option<Time> {
        let n = self.nanos?;
        let seconds = n / 1_000_000_000;
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        let sub = u32::try_from(n % 1_000_000_000).unwrap_or(0);
        Time::from_hms_nano(h as u8, m as u8, s as u8, sub).ok()
    }
}

impl core::fmt::Display for WallClock {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.nanos {
            None => write!(f, "day {} after 1970-01-01", self.day),
            Some(n) => write!(f, "day {} after 1970-01-01, {n} ns into it", self.day),
        }
    }
}

/// The time zone of a timestamp column: its wall clock is what the values mean there.
enum Zone {
    Naive,
    Named(chrono_tz::Tz),
    Fixed(FixedOffset),
}

impl Zone {
    fn of(tz: Option<&str>) -> Result<Zone, Failure> {
        let Some(tz) = tz else { return Ok(Zone::Naive) };
        if let Ok(fixed) = tz.parse::<FixedOffset>() {
            return Ok(Zone::Fixed(fixed));
        }
        tz.parse::<chrono_tz::Tz>()
            .map(Zone::Named)
            .map_err(|_| Failure::Type(format!("unknown time zone {tz:?} in the timestamp type")))
    }

    /// Seconds to add to a UTC instant for the local wall clock.
    fn offset(&self, utc_seconds: i64) -> i64 {
        let at = || chrono::DateTime::from_timestamp(utc_seconds, 0).map(|t| t.naive_utc());
        match self {
            Zone::Naive => 0,
            Zone::Fixed(f) => i64::from(f.local_minus_utc()),
            Zone::Named(tz) => at().map_or(0, |t| {
                i64::from(tz.offset_from_utc_datetime(&t).fix().local_minus_utc())
            }),
        }
    }
}

/// The values of a date or timestamp column, read row by row.
enum Instants<'a> {
    Date32(&'a [i32]),
    Date64(&'a [i64]),
    Timestamp {
        values: &'a [i64],
        per_second: i64,
        zone: Zone,
    },
    Null,
}

impl Instants<'_> {
    /// The wall clock of row `i` (a valid row: nulls are handled by the caller).
    #[inline(always)]
    fn get(&self, i: usize) -> WallClock {
        match self {
            Instants::Date32(days) => WallClock {
                day: days.get(i).map_or(0, |d| i64::from(*d)),
                nanos: None,
            },
            Instants::Date64(ms) => WallClock {
                day: ms.get(i).map_or(0, |ms| ms.div_euclid(86_400_000)),
                nanos: None,
            },
            Instants::Timestamp {
                values,
                per_second,
                zone,
            } => {
                let v = values.get(i).copied().unwrap_or(0);
                let offset = match zone {
                    Zone::Naive => 0,
                    _ => zone.offset(v.div_euclid(*per_second)),
                };
                let nanos = (i128::from(v) + i128::from(offset) * i128::from(*per_second))
                    * i128::from(1_000_000_000 / per_second);
                WallClock::from_nanos(nanos)
            }
            Instants::Null => WallClock {
                day: 0,
                nanos: None,
            },
        }
    }
}

/// Calls `f` with every row of a date or timestamp column as a wall clock. One loop
/// with one call of `f` whatever the column's type, so that `f` is inlined into it.
#[inline(always)]
fn each_instant(
    array: &dyn Array,
    mut f: impl FnMut(usize, Option<WallClock>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let nulls = array.logical_nulls();
    let source = match array.data_type() {
        DataType::Date32 => Instants::Date32(array.as_primitive::<Date32Type>().values()),
        DataType::Date64 => Instants::Date64(array.as_primitive::<Date64Type>().values()),
        DataType::Timestamp(unit, tz) => Instants::Timestamp {
            values: timestamp_values(array),
            per_second: match unit {
                TimeUnit::Second => 1,
                TimeUnit::Millisecond => 1_000,
                TimeUnit::Microsecond => 1_000_000,
                TimeUnit::Nanosecond => 1_000_000_000,
            },
            zone: Zone::of(tz.as_deref())?,
        },
        DataType::Null => Instants::Null,
        other => {
            return Err(Failure::Type(format!(
                "expected a date32, date64 or timestamp column, found {other}"
            )));
        }
    };
    let all_null = matches!(source, Instants::Null);
    for i in 0..array.len() {
        let valid = !all_null && nulls.as_ref().is_none_or(|n| n.is_valid(i));
        f(i, valid.then(|| source.get(i)))?;
    }
    Ok(())
}

fn timestamp_values(array: &dyn Array) -> &[i64] {
    use arrow_array::types::*;
    match array.data_type() {
        DataType::Timestamp(TimeUnit::Second, _) => {
            array.as_primitive::<TimestampSecondType>().values()
        }
        DataType::Timestamp(TimeUnit::Millisecond, _) => {
            array.as_primitive::<TimestampMillisecondType>().values()
        }
        DataType::Timestamp(TimeUnit::Microsecond, _) => {
            array.as_primitive::<TimestampMicrosecondType>().values()
        }
        _ => array.as_primitive::<TimestampNanosecondType>().values(),
    }
}

/// Calls `f` with every row of a string column.
fn each_text(
    array: &dyn Array,
    mut f: impl FnMut(usize, Option<&str>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    fn run<'a>(
        texts: impl Iterator<Item = Option<&'a str>>,
        f: &mut impl FnMut(usize, Option<&str>) -> Result<(), Failure>,
    ) -> Result<(), Failure> {
        texts.enumerate().try_for_each(|(i, t)| f(i, t))
    }
    match array.data_type() {
        DataType::Utf8 => run(array.as_string::<i32>().iter(), &mut f),
        DataType::LargeUtf8 => run(array.as_string::<i64>().iter(), &mut f),
        DataType::Utf8View => run(array.as_string_view().iter(), &mut f),
        DataType::Null => run((0..array.len()).map(|_| None), &mut f),
        other => {
            // Dictionary-encoded and other string-like columns (a pandas categorical,
            // a DuckDB enum) are cast once.
            let cast = arrow_cast::cast(array, &DataType::Utf8)
                .map_err(|_| Failure::Type(format!("expected a string column, found {other}")))?;
            run(cast.as_string::<i32>().iter(), &mut f)
        }
    }
}

fn is_text(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View | DataType::Dictionary(..)
    )
}

/// A Jalali value from a temporal column, or from ISO Jalali text.
#[inline(always)]
fn each_jalali(
    array: &dyn Array,
    rows: &Rows,
    rule: LeapRule,
    mut f: impl FnMut(usize, Option<JalaliDateTime>, bool) -> Result<(), Failure>,
) -> Result<(), Failure> {
    if is_text(array.data_type()) {
        each_text(array, |i, text| match text {
            None => f(i, None, false),
            Some(text) => match rows.check(i, &Quoted(text), read_jalali(text, rule))? {
                Some((value, has_time)) => f(i, Some(value), has_time),
                None => f(i, None, false),
            },
        })
    } else {
        each_instant(array, |i, clock| match clock {
            None => f(i, None, false),
            Some(c) => match rows.check(i, &c, c.date())? {
                Some(date) => {
                    let time = c.time();
                    f(
                        i,
                        Some(JalaliDateTime::new(date, time.unwrap_or(Time::MIDNIGHT))),
                        time.is_some(),
                    )
                }
                None => f(i, None, false),
            },
        })
    }
}

/// Reads ISO Jalali text, the date labelled under `rule`; whether it had a time.
fn read_jalali(text: &str, rule: LeapRule) -> Result<(JalaliDateTime, bool), taqvim::Error> {
    let fields = read_fields(text)?;
    let date = match rule {
        LeapRule::Astronomical => JalaliDate::new(fields.year, fields.month, fields.day)?,
        rule => JalaliDate::from_rule(rule, fields.year, fields.month, fields.day)?,
    };
    Ok((
        JalaliDateTime::new(date, fields.time.unwrap_or(Time::MIDNIGHT)),
        fields.time.is_some(),
    ))
}

/// A text value as the error message shows it.
struct Quoted<'a>(&'a str);

impl core::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// The label of `date` under `rule`.
#[inline(always)]
fn labelled(date: JalaliDate, rule: LeapRule) -> Result<(i32, u8, u8), taqvim::Error> {
    match rule {
        LeapRule::Astronomical => Ok((date.year(), date.month(), date.day())),
        rule => date.to_rule(rule),
    }
}

fn microseconds(value: JalaliDateTime) -> i64 {
    value.epoch_seconds() * 1_000_000 + i64::from(value.time().nanosecond() / 1000)
}

// ---------------------------------------------------------------------------------
// The kernels.

fn to_jalali_kernel(
    array: &dyn Array,
    rows: &Rows,
    rule: LeapRule,
    view: bool,
) -> Result<ArrayRef, Failure> {
    if let (DataType::Date32, LeapRule::Astronomical) = (array.data_type(), rule) {
        return dates_to_jalali(array.as_primitive::<Date32Type>(), rows, view);
    }
    let mut out = IsoColumn::with_capacity(array.len(), view);
    let mut iso = IsoBuffer::new();
    each_instant(array, |i, clock| {
        let Some(c) = clock else {
            out.push_null();
            return Ok(());
        };
        let Some(date) = rows.check(i, &c, c.date())? else {
            out.push_null();
            return Ok(());
        };
        // The official calendar's label is the date's own fields, read one by one.
        let (y, m, d) = if rule == LeapRule::Astronomical {
            (date.year(), date.month(), date.day())
        } else {
            match rows.check(i, &c, date.to_rule(rule))? {
                Some(label) => label,
                None => {
                    out.push_null();
                    return Ok(());
                }
            }
        };
        match c.time() {
            // The common case, straight into the column.
            None => out.push_with(|values| append_date(values, y, m, d)),
            Some(time) => {
                iso.clear().push_date(y, m, d).push_time(time, true);
                out.push_with(|values| iso.append_to(values));
            }
        }
        Ok(())
    })?;
    out.finish()
}

/// `to_jalali` of a `date32` column in the official calendar, the common case, as one
/// tight loop over the day numbers.
fn dates_to_jalali(days: &Date32Array, rows: &Rows, view: bool) -> Result<ArrayRef, Failure> {
    let mut out = IsoColumn::with_capacity(days.len(), view);
    let nulls = days.nulls();
    for (i, &day) in days.values().iter().enumerate() {
        if nulls.is_some_and(|n| n.is_null(i)) {
            out.push_null();
            continue;
        }
        match JalaliDate::from_epoch_day(day) {
            Ok(date) => {
                out.push_with(|values| append_date(values, date.year(), date.month(), date.day()))
            }
            Err(e) => {
                let clock = WallClock {
                    day: i64::from(day),
                    nanos: None,
                };
                rows.check::<(), _>(i, &clock, Err(e))?;
                out.push_null();
            }
        }
    }
    out.finish()
}

/// A string column of text written row by row (only ASCII or text the crate wrote, so
/// the whole buffer is checked once, not each row), with a validity bitmap only once a
/// row is null. Laid out as Arrow's `string`, or as `string_view` (whose views point
/// into the same buffer), which polars keeps as it is, with no copy.
struct IsoColumn {
    view: bool,
    offsets: Vec<i32>,
    values: Vec<u8>,
    valid: Option<BooleanBufferBuilder>,
}

impl IsoColumn {
    fn with_capacity(rows: usize, view: bool) -> IsoColumn {
        let mut offsets = Vec::with_capacity(rows + 1);
        offsets.push(0);
        IsoColumn {
            view,
            offsets,
            values: Vec::with_capacity(rows * 10),
            valid: None,
        }
    }

    /// A row written by `write`, which appends its text to the buffer it is given.
    #[inline(always)]
    fn push_with(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        write(&mut self.values);
        self.end_row(true);
    }

    /// A row written by `write`, which may fail: then nothing is kept of it.
    #[inline(always)]
    fn try_push_with<E>(
        &mut self,
        write: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
    ) -> Result<(), E> {
        let start = self.values.len();
        if let Err(e) = write(&mut self.values) {
            self.values.truncate(start);
            return Err(e);
        }
        self.end_row(true);
        Ok(())
    }

    fn push_null(&mut self) {
        self.end_row(false);
    }

    #[inline(always)]
    fn end_row(&mut self, valid: bool) {
        let rows = self.offsets.len() - 1;
        self.offsets
            .push(i32::try_from(self.values.len()).unwrap_or(i32::MAX));
        match &mut self.valid {
            Some(bits) => bits.append(valid),
            None if valid => {}
            None => {
                let mut bits = BooleanBufferBuilder::new(self.offsets.capacity());
                bits.append_n(rows, true);
                bits.append(false);
                self.valid = Some(bits);
            }
        }
    }

    fn finish(self) -> Result<ArrayRef, Failure> {
        if i32::try_from(self.values.len()).is_err() {
            return Err(Failure::Type(
                "more than 2 GiB of text in one chunk: split the input into smaller chunks".into(),
            ));
        }
        let nulls = self.valid.map(|mut v| NullBuffer::new(v.finish()));
        let offsets = OffsetBuffer::new(self.offsets.into());
        let text = StringArray::try_new(offsets, self.values.into(), nulls)
            .map_err(|e| Failure::Type(e.to_string()))?;
        Ok(if self.view {
            Arc::new(StringViewArray::from(&text))
        } else {
            Arc::new(text)
        })
    }
}

fn parts_kernel(array: &dyn Array, rows: &Rows, rule: LeapRule) -> Result<ArrayRef, Failure> {
    let n = array.len();
    let (mut years, mut months, mut days) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut valid = Vec::with_capacity(n);
    each_jalali(array, rows, LeapRule::Astronomical, |i, value, _| {
        let label = match value {
            None => None,
            Some(v) => rows.check(i, &v, labelled(v.date(), rule))?,
        };
        valid.push(label.is_some());
        let (y, m, d) = label.unwrap_or((0, 0, 0));
        years.push(y);
        months.push(m as i8);
        days.push(d as i8);
        Ok(())
    })?;
    let fields = Fields::from(vec![
        Field::new("year", DataType::Int32, true),
        Field::new("month", DataType::Int8, true),
        Field::new("day", DataType::Int8, true),
    ]);
    let nulls = NullBuffer::from(valid);
    let nulls = (nulls.null_count() > 0).then_some(nulls);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int32Array::new(years.into(), nulls.clone())),
        Arc::new(Int8Array::new(months.into(), nulls.clone())),
        Arc::new(Int8Array::new(days.into(), nulls.clone())),
    ];
    Ok(Arc::new(StructArray::new(fields, columns, nulls)))
}

/// Dates as `date32`, or as `timestamp[us]` when any has a time of day.
fn gregorian_column(values: Vec<Option<(JalaliDateTime, bool)>>) -> ArrayRef {
    if values.iter().flatten().any(|(_, time)| *time) {
        let micros = values.into_iter().map(|v| v.map(|(v, _)| microseconds(v)));
        Arc::new(PrimitiveArray::<TimestampMicrosecondType>::from_iter(
            micros,
        ))
    } else {
        Arc::new(Date32Array::from_iter(
            values
                .into_iter()
                .map(|v| v.map(|(v, _)| v.date().to_epoch_day())),
        ))
    }
}

fn to_gregorian_kernel(
    array: &dyn Array,
    rows: &Rows,
    rule: LeapRule,
) -> Result<ArrayRef, Failure> {
    if !is_text(array.data_type()) && array.data_type() != &DataType::Null {
        return Err(Failure::Type(format!(
            "expected a string column of ISO Jalali dates, found {}",
            array.data_type()
        )));
    }
    let mut values = Vec::with_capacity(array.len());
    each_jalali(array, rows, rule, |_, value, time| {
        values.push(value.map(|v| (v, time)));
        Ok(())
    })?;
    Ok(gregorian_column(values))
}

fn parse_kernel(
    array: &dyn Array,
    rows: &Rows,
    parser: &DateParser,
    date_only: bool,
) -> Result<ArrayRef, Failure> {
    let n = array.len();
    let mut days = Vec::with_capacity(if date_only { n } else { 0 });
    let mut micros = Vec::with_capacity(if date_only { 0 } else { n });
    each_text(array, |i, text| {
        let parsed = match text {
            None => None,
            Some(t) => rows.check(i, &Quoted(t), parser.parse(t))?,
        };
        if date_only {
            days.push(parsed.map(|p| p.date().to_epoch_day()));
        } else {
            micros.push(parsed.map(|p| microseconds(p.date_time())));
        }
        Ok(())
    })?;
    Ok(if date_only {
        Arc::new(Date32Array::from(days))
    } else {
        Arc::new(PrimitiveArray::<TimestampMicrosecondType>::from(micros))
    })
}

/// Counts code points of a text up to byte offsets that only move forward.
pub(crate) struct CodePoints<'t> {
    text: &'t str,
    byte: usize,
    point: usize,
}

impl<'t> CodePoints<'t> {
    pub(crate) fn new(text: &'t str) -> CodePoints<'t> {
        CodePoints {
            text,
            byte: 0,
            point: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.point += self
                .text
                .get(self.byte..byte)
                .map_or(0, |s| s.chars().count());
        } else {
            self.point -= self
                .text
                .get(byte..self.byte)
                .map_or(0, |s| s.chars().count());
        }
        self.byte = byte;
        self.point
    }

    /// The code-point span of the byte span `start..end`.
    pub(crate) fn span(&mut self, start: usize, end: usize) -> (usize, usize) {
        (self.at(start), self.at(end))
    }
}

/// One end of what was read as ISO text: the Jalali label under `rule`, or the
/// Gregorian date; the time with seconds when they were written; the offset.
fn push_iso(
    out: &mut String,
    parsed: &ParsedDate,
    (date, time): (JalaliDate, Option<Time>),
    gregorian: bool,
    rule: LeapRule,
) -> Result<(), taqvim::Error> {
    let (y, m, d) = if gregorian {
        date.to_gregorian()
    } else {
        labelled(date, rule)?
    };
    let mut iso = IsoBuffer::new();
    iso.push_date(y, m, d);
    if let Some(time) = time {
        iso.push_time(time, parsed.has_seconds());
    }
    if let Some(offset) = parsed.offset_seconds() {
        iso.push_offset(offset);
    }
    out.push_str(iso.as_str());
    Ok(())
}

/// ISO text of what was read, as precisely as it was written; a range as an interval.
fn written_iso(
    out: &mut String,
    parsed: &ParsedDate,
    gregorian: bool,
    rule: LeapRule,
) -> Result<(), taqvim::Error> {
    push_iso(out, parsed, (parsed.date(), parsed.time()), gregorian, rule)?;
    if let Some(end) = parsed.end_date() {
        out.push('/');
        push_iso(out, parsed, (end, parsed.end_time()), gregorian, rule)?;
    }
    Ok(())
}

fn extract_kernel(
    array: &dyn Array,
    rows: &Rows,
    parser: &DateParser,
    rule: LeapRule,
) -> Result<ArrayRef, Failure> {
    let mut offsets = vec![0i32];
    let mut valid = Vec::with_capacity(array.len());
    let (mut starts, mut ends) = (Vec::new(), Vec::new());
    let (mut texts, mut jalali, mut gregorian) = (
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
    );
    let mut scratch = String::new();
    let mut count = 0i32;
    each_text(array, |i, text| {
        valid.push(text.is_some());
        let text = text.unwrap_or("");
        let mut points = CodePoints::new(text);
        for m in parser.find_dates(text) {
            let value = m.value();
            let (start, end) = points.span(m.start(), m.end());
            let Some(label) = rows.check(i, &Quoted(text), {
                scratch.clear();
                written_iso(&mut scratch, &value, false, rule)
            })?
            else {
                continue;
            };
            let () = label;
            jalali.append_value(&scratch);
            scratch.clear();
            let _ = written_iso(&mut scratch, &value, true, rule);
            gregorian.append_value(&scratch);
            texts.append_value(m.as_str());
            starts.push(i32::try_from(start).unwrap_or(i32::MAX));
            ends.push(i32::try_from(end).unwrap_or(i32::MAX));
            count += 1;
        }
        offsets.push(count);
        Ok(())
    })?;
    let fields = Fields::from(vec![
        Field::new("start", DataType::Int32, false),
        Field::new("end", DataType::Int32, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("jalali", DataType::Utf8, false),
        Field::new("gregorian", DataType::Utf8, false),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(arrow_array::Int32Array::from(starts)),
        Arc::new(arrow_array::Int32Array::from(ends)),
        Arc::new(texts.finish()),
        Arc::new(jalali.finish()),
        Arc::new(gregorian.finish()),
    ];
    let matches = StructArray::new(fields.clone(), columns, None);
    let item = Arc::new(Field::new("item", DataType::Struct(fields), false));
    let nulls = NullBuffer::from(valid);
    let nulls = (nulls.null_count() > 0).then_some(nulls);
    let list = ListArray::new(
        item,
        OffsetBuffer::new(offsets.into()),
        Arc::new(matches),
        nulls,
    );
    Ok(Arc::new(list))
}

fn format_kernel(
    array: &dyn Array,
    rows: &Rows,
    formatter: &Formatter<'_>,
    view: bool,
) -> Result<ArrayRef, Failure> {
    let mut out = IsoColumn::with_capacity(array.len(), view);
    each_jalali(array, rows, LeapRule::Astronomical, |i, value, has_time| {
        let Some(v) = value else {
            out.push_null();
            return Ok(());
        };
        let written = out.try_push_with(|values| {
            let date = v.date();
            let formatted = if has_time {
                formatter.format(&v).map(|f| f.write_io(values))
            } else {
                formatter.format(&date).map(|f| f.write_io(values))
            };
            match formatted {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e.to_string()),
                Err(e) => Err(e.to_string()),
            }
        });
        if rows.check(i, &v, written)?.is_none() {
            out.push_null();
        }
        Ok(())
    })?;
    out.finish()
}

// ---------------------------------------------------------------------------------
// The Python functions.

#[pyfunction]
#[pyo3(signature = (dates, *, errors = "raise", rule = "astronomical", string_view = false))]
fn to_jalali<'py>(
    py: Python<'py>,
    dates: AnyArray,
    errors: &str,
    rule: &str,
    string_view: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (mode, rule) = (on_error(errors)?, leap_rule(rule)?);
    map_input(py, dates, mode, |a, rows| {
        to_jalali_kernel(a, rows, rule, string_view)
    })
}

#[pyfunction]
#[pyo3(signature = (dates, *, errors = "raise", rule = "astronomical"))]
fn jalali_parts<'py>(
    py: Python<'py>,
    dates: AnyArray,
    errors: &str,
    rule: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let (mode, rule) = (on_error(errors)?, leap_rule(rule)?);
    map_input(py, dates, mode, |a, rows| parts_kernel(a, rows, rule))
}

#[pyfunction]
#[pyo3(signature = (jalali, *, errors = "raise", rule = "astronomical"))]
fn to_gregorian<'py>(
    py: Python<'py>,
    jalali: AnyArray,
    errors: &str,
    rule: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let (mode, rule) = (on_error(errors)?, leap_rule(rule)?);
    map_input(py, jalali, mode, |a, rows| {
        to_gregorian_kernel(a, rows, rule)
    })
}

#[pyfunction]
#[pyo3(signature = (texts, *, errors = "raise", rule = "astronomical"))]
fn parse<'py>(
    py: Python<'py>,
    texts: AnyArray,
    errors: &str,
    rule: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let (mode, parser) = (on_error(errors)?, DateParser::new().rule(leap_rule(rule)?));
    map_input(py, texts, mode, |a, rows| {
        parse_kernel(a, rows, &parser, false)
    })
}

#[pyfunction]
#[pyo3(signature = (texts, *, errors = "raise", rule = "astronomical"))]
fn parse_date<'py>(
    py: Python<'py>,
    texts: AnyArray,
    errors: &str,
    rule: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let (mode, parser) = (on_error(errors)?, DateParser::new().rule(leap_rule(rule)?));
    map_input(py, texts, mode, |a, rows| {
        parse_kernel(a, rows, &parser, true)
    })
}

#[pyfunction]
#[pyo3(signature = (texts, *, errors = "raise", rule = "astronomical"))]
fn extract<'py>(
    py: Python<'py>,
    texts: AnyArray,
    errors: &str,
    rule: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let mode = on_error(errors)?;
    let rule = leap_rule(rule)?;
    let parser = DateParser::new().rule(rule);
    map_input(py, texts, mode, |a, rows| {
        extract_kernel(a, rows, &parser, rule)
    })
}

#[pyfunction]
#[pyo3(signature = (values, fmt, *, locale = "iranian", digits = None, errors = "raise", string_view = false))]
fn format<'py>(
    py: Python<'py>,
    values: AnyArray,
    fmt: &str,
    locale: &str,
    digits: Option<&str>,
    errors: &str,
    string_view: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let mode = on_error(errors)?;
    let locale = crate::locale(locale)?;
    let formatter = Formatter::new(fmt)
        .map_err(error)?
        .with_locale(locale)
        .with_digits(crate::digits(digits, locale)?);
    map_input(py, values, mode, |a, rows| {
        format_kernel(a, rows, &formatter, string_view)
    })
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(to_jalali, m)?)?;
    m.add_function(wrap_pyfunction!(jalali_parts, m)?)?;
    m.add_function(wrap_pyfunction!(to_gregorian, m)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(format, m)?)?;
    Ok(())
}
