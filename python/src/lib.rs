//! The Python module `taqvim._taqvim`: the scalar types and functions of the `taqvim`
//! crate in Python's idiom, and `compute`, its bulk functions over Arrow arrays.
//!
//! Every date computation happens in the `taqvim` crate; this crate only moves values
//! between Python, Arrow and Rust, and turns the crate's errors into `taqvim.Error`.

#![forbid(unsafe_code)]

mod compute;
mod scalar;

use core::fmt::Display;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use taqvim::{Digits, LeapRule, Locale};

create_exception!(
    taqvim,
    Error,
    PyValueError,
    "A date that does not exist, a value out of range, or text that is not a date. \
     The message is the Rust crate's, word for word."
);
create_exception!(
    taqvim,
    ParseError,
    Error,
    "Text that could not be read as a date: the message says what was expected where."
);

/// `taqvim.Error` carrying `e`'s message.
pub(crate) fn error(e: impl Display) -> PyErr {
    Error::new_err(e.to_string())
}

/// `taqvim.ParseError` carrying `e`'s message.
pub(crate) fn parse_error(e: &taqvim::ParseError) -> PyErr {
    ParseError::new_err(e.to_string())
}

/// The leap rule named `name` (`astronomical`, `borkowski`, `33-year`, `2820-year`).
pub(crate) fn leap_rule(name: &str) -> PyResult<LeapRule> {
    name.parse()
        .map_err(|e| error(format_args!("rule {name:?}: {e}")))
}

/// The locale named `name` (`iranian`, `dari`, `pashto`, `english`).
pub(crate) fn locale(name: &str) -> PyResult<Locale> {
    name.parse()
        .map_err(|e| error(format_args!("locale {name:?}: {e}")))
}

/// The digits named `name`, or the locale's own when `None`.
pub(crate) fn digits(name: Option<&str>, locale: Locale) -> PyResult<Digits> {
    match name {
        None => Ok(locale.default_digits()),
        Some(name) => name
            .parse()
            .map_err(|e| error(format_args!("digits {name:?}: {e}"))),
    }
}

/// Python's `_taqvim` extension module.
#[pymodule]
fn _taqvim(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<Error>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    scalar::register(m)?;
    let compute = PyModule::new(py, "compute")?;
    compute::register(&compute)?;
    m.add_submodule(&compute)?;
    Ok(())
}
