"""The ``jalali`` accessor on pandas Series.

Importing this module registers it::

    >>> import pandas as pd
    >>> import taqvim.pandas  # noqa: F401
    >>> s = pd.Series(pd.to_datetime(["2021-11-17", "2025-03-20"]))
    >>> s.jalali.to_jalali().tolist()
    ['1400-08-26T00:00:00', '1403-12-30T00:00:00']

A Series with an Arrow dtype goes to :mod:`taqvim.compute` as it is; a NumPy-backed
one (``datetime64``, ``object``) is converted to Arrow once, as a whole, never element
by element. Results are Series with Arrow dtypes, on the same index and name.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

import pandas as pd
import pyarrow as pa

from taqvim import compute

__all__ = ["JalaliAccessor"]


def _arrow(series: pd.Series) -> Any:
    """The Series as Arrow, in one conversion: pandas 3 exports itself through the
    PyCapsule interface; before that, an Arrow-backed Series hands over its array and
    a NumPy-backed one is converted by pyarrow as a whole."""
    if hasattr(series, "__arrow_c_stream__"):
        return series
    if isinstance(series.dtype, pd.ArrowDtype):
        return pa.array(series.array)
    return pa.Array.from_pandas(series)


@pd.api.extensions.register_series_accessor("jalali")
class JalaliAccessor:
    """``series.jalali``: the :mod:`taqvim.compute` functions on a Series."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def _run(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> pd.Series:
        out = function(_arrow(self._series), *args, **kwargs)
        return pd.Series(
            pd.arrays.ArrowExtensionArray(out),
            index=self._series.index,
            name=self._series.name,
        )

    def to_jalali(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.Series:
        """Dates or timestamps as ISO Jalali text (:func:`taqvim.compute.to_jalali`)."""
        return self._run(compute.to_jalali, errors=errors, rule=rule)

    def parts(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.DataFrame:
        """Jalali ``year``, ``month`` and ``day`` columns (:func:`taqvim.compute.jalali_parts`)."""
        out = compute.jalali_parts(_arrow(self._series), errors=errors, rule=rule)
        parts = out if isinstance(out, pa.ChunkedArray) else pa.chunked_array([out])
        columns: list[Any] = parts.flatten()
        table = pa.table(dict(zip(("year", "month", "day"), columns)))
        frame = table.to_pandas(types_mapper=pd.ArrowDtype)
        frame.index = self._series.index
        return frame

    def to_gregorian(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.Series:
        """ISO Jalali text as dates, or timestamps when any has a time
        (:func:`taqvim.compute.to_gregorian`)."""
        return self._run(compute.to_gregorian, errors=errors, rule=rule)

    def parse(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.Series:
        """Dates as people write them, as timestamps (:func:`taqvim.compute.parse`)."""
        return self._run(compute.parse, errors=errors, rule=rule)

    def parse_date(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.Series:
        """Dates as people write them, as dates (:func:`taqvim.compute.parse_date`)."""
        return self._run(compute.parse_date, errors=errors, rule=rule)

    def extract(self, *, errors: str = "raise", rule: str = "astronomical") -> pd.Series:
        """Every date in free text (:func:`taqvim.compute.extract`)."""
        return self._run(compute.extract, errors=errors, rule=rule)

    def format(
        self,
        fmt: str,
        *,
        locale: str = "iranian",
        digits: Optional[str] = None,
        errors: str = "raise",
    ) -> pd.Series:
        """Values written by a strftime-style pattern (:func:`taqvim.compute.format`)."""
        return self._run(compute.format, fmt, locale=locale, digits=digits, errors=errors)
