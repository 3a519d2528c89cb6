"""Bulk functions over Arrow arrays, named after :mod:`pyarrow.compute`.

Each takes any Arrow array or chunked array through the Arrow PyCapsule interface
(pyarrow, polars, pandas with Arrow dtypes, DuckDB, nanoarrow), or anything
``pyarrow.array`` accepts (a list, a NumPy array, a pandas Series), and returns a
``pyarrow.Array`` (a ``pyarrow.ChunkedArray`` for chunked input). Nulls stay null. The
work happens in Rust with the GIL released.

``errors="raise"`` (the default) raises :class:`taqvim.Error` naming the first row that
failed and its value; ``errors="null"`` makes failed rows null. ``rule=`` names the
leap rule of the Jalali side: ``"astronomical"`` (the official calendar),
``"borkowski"``, ``"33-year"`` or ``"2820-year"``.

    >>> import datetime, pyarrow as pa
    >>> from taqvim import compute
    >>> compute.to_jalali(pa.array([datetime.date(2021, 11, 17), None])).to_pylist()
    ['1400-08-26', None]
    >>> compute.parse(pa.array(["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"])).to_pylist()
    [datetime.datetime(2021, 11, 17, 2, 39)]
"""

from __future__ import annotations

from typing import Any, Optional, Union

import pyarrow as pa

from taqvim import _taqvim

_native: Any = _taqvim.compute

ArrowResult = Union["pa.Array[Any]", "pa.ChunkedArray[Any]"]

__all__ = [
    "extract",
    "format",
    "jalali_parts",
    "parse",
    "parse_date",
    "to_gregorian",
    "to_jalali",
]


def _arrow(values: Any) -> Any:
    """``values`` itself when it speaks the Arrow PyCapsule interface, else one
    conversion by ``pyarrow.array`` (never a loop over the elements here)."""
    if hasattr(values, "__arrow_c_array__") or hasattr(values, "__arrow_c_stream__"):
        return values
    return pa.array(values)


def to_jalali(
    dates: Any,
    *,
    errors: str = "raise",
    rule: str = "astronomical",
    string_view: bool = False,
) -> ArrowResult:
    """``date32``, ``date64`` or ``timestamp`` values as ISO Jalali text: ``1400-08-26``,
    or ``1400-08-26T02:39:00`` for timestamps (the wall clock of the column's time zone
    when it has one).

    ``string_view=True`` returns Arrow's ``string_view`` instead of ``string``: a date
    is held in its 16-byte view, and polars (whose strings are views) takes the column
    as it is, with no copy.

    >>> import datetime, pyarrow as pa
    >>> to_jalali(pa.array([datetime.date(2025, 3, 20)])).to_pylist()
    ['1403-12-30']
    """
    result: ArrowResult = _native.to_jalali(
        _arrow(dates), errors=errors, rule=rule, string_view=string_view
    )
    return result


def jalali_parts(dates: Any, *, errors: str = "raise", rule: str = "astronomical") -> ArrowResult:
    """The Jalali year, month and day of dates, timestamps or ISO Jalali text, as
    ``struct<year: int32, month: int8, day: int8>``.

    >>> import datetime, pyarrow as pa
    >>> jalali_parts(pa.array([datetime.date(2021, 11, 17)])).to_pylist()
    [{'year': 1400, 'month': 8, 'day': 26}]
    """
    result: ArrowResult = _native.jalali_parts(_arrow(dates), errors=errors, rule=rule)
    return result


def to_gregorian(jalali: Any, *, errors: str = "raise", rule: str = "astronomical") -> ArrowResult:
    """ISO Jalali text (``1400-08-26``, ``1400-08-26T02:39``) as ``date32``, or as
    ``timestamp[us]`` when any value has a time of day.

    >>> import pyarrow as pa
    >>> to_gregorian(pa.array(["1403-12-30", "1404-01-01"])).to_pylist()
    [datetime.date(2025, 3, 20), datetime.date(2025, 3, 21)]
    """
    result: ArrowResult = _native.to_gregorian(_arrow(jalali), errors=errors, rule=rule)
    return result


def parse(texts: Any, *, errors: str = "raise", rule: str = "astronomical") -> ArrowResult:
    """Dates as people write them, read into ``timestamp[us]``: the wall-clock
    Gregorian instant of what was written (a date alone is its midnight).

    >>> import pyarrow as pa
    >>> parse(pa.array(["26 Aban 1400"])).to_pylist()
    [datetime.datetime(2021, 11, 17, 0, 0)]
    """
    result: ArrowResult = _native.parse(_arrow(texts), errors=errors, rule=rule)
    return result


def parse_date(texts: Any, *, errors: str = "raise", rule: str = "astronomical") -> ArrowResult:
    """Dates as people write them, read into ``date32`` (a time written is dropped).

    >>> import pyarrow as pa
    >>> parse_date(pa.array(["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", None])).to_pylist()
    [datetime.date(2021, 11, 17), None]
    """
    result: ArrowResult = _native.parse_date(_arrow(texts), errors=errors, rule=rule)
    return result


def extract(texts: Any, *, errors: str = "raise", rule: str = "astronomical") -> ArrowResult:
    """Every date in free text, as
    ``list<struct<start: int32, end: int32, text: string, jalali: string, gregorian: string>>``;
    ``start`` and ``end`` count code points, so ``text[start:end]`` is the match.

    >>> import pyarrow as pa
    >>> extract(pa.array(["جلسه ۲۶ آبان ۱۴۰۰ برگزار شد"])).to_pylist()[0]
    [{'start': 5, 'end': 17, 'text': '۲۶ آبان ۱۴۰۰', 'jalali': '1400-08-26', 'gregorian': '2021-11-17'}]
    """
    result: ArrowResult = _native.extract(_arrow(texts), errors=errors, rule=rule)
    return result


def format(
    values: Any,
    fmt: str,
    *,
    locale: str = "iranian",
    digits: Optional[str] = None,
    errors: str = "raise",
    string_view: bool = False,
) -> ArrowResult:
    """Dates, timestamps or ISO Jalali text written by a strftime-style pattern in a
    locale's names (``iranian``, ``dari``, ``pashto``, ``english``) and digits
    (``persian``, ``arabic-indic``, ``latin``; the locale's own by default).
    ``string_view`` is as in :func:`to_jalali`.

    >>> import datetime, pyarrow as pa
    >>> format(pa.array([datetime.date(2021, 11, 17)]), "%A %-d %B %Y").to_pylist()
    ['چهارشنبه ۲۶ آبان ۱۴۰۰']
    """
    result: ArrowResult = _native.format(
        _arrow(values), fmt, locale=locale, digits=digits, errors=errors, string_view=string_view
    )
    return result
