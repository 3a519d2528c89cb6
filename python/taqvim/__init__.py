"""The exact Jalali (Solar Hijri) calendar, over the Rust crate ``taqvim``.

Scalars mirror the Rust API in Python's idiom::

    >>> import datetime, taqvim
    >>> taqvim.JalaliDate(1400, 8, 26).to_gregorian()
    datetime.date(2021, 11, 17)
    >>> taqvim.parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")
    taqvim.JalaliDateTime(1400, 8, 26, 2, 39, 0)

Bulk functions over Arrow arrays are in :mod:`taqvim.compute`; the engine layers are
:mod:`taqvim.pandas`, :mod:`taqvim.polars`, :mod:`taqvim.duckdb` and
:mod:`taqvim.spark`, each imported on its own.
"""

from taqvim._taqvim import (
    Error,
    JalaliDate,
    JalaliDateTime,
    Match,
    ParseError,
    days_in_month,
    find_dates,
    is_leap_year,
    parse,
)
from taqvim import compute

__all__ = [
    "Error",
    "JalaliDate",
    "JalaliDateTime",
    "Match",
    "ParseError",
    "compute",
    "days_in_month",
    "find_dates",
    "is_leap_year",
    "parse",
]
