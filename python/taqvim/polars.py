"""The ``jalali`` namespace on polars expressions and series.

Importing this module registers it::

    >>> import polars as pl
    >>> import taqvim.polars  # noqa: F401
    >>> df = pl.DataFrame({"text": ["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"]})
    >>> df.lazy().select(pl.col("text").jalali.parse()).collect().item()
    datetime.datetime(2021, 11, 17, 2, 39)

Each method hands the column to :mod:`taqvim.compute` through Arrow (no copy of the
values into Python objects; text comes back as Arrow string views, which polars keeps
as they are) and works in eager and lazy frames alike.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

import polars as pl

from taqvim import compute

__all__ = ["JalaliExpr", "JalaliSeries"]

_Kernel = Callable[[pl.Series], pl.Series]


def _kernel(function: Callable[..., Any], *args: Any, **kwargs: Any) -> _Kernel:
    def run(series: pl.Series) -> pl.Series:
        out = pl.from_arrow(function(series, *args, **kwargs))
        assert isinstance(out, pl.Series)
        return out.alias(series.name)

    return run


_EXTRACT = pl.List(
    pl.Struct(
        {
            "start": pl.Int32,
            "end": pl.Int32,
            "text": pl.String,
            "jalali": pl.String,
            "gregorian": pl.String,
        }
    )
)
_PARTS = pl.Struct({"year": pl.Int32, "month": pl.Int8, "day": pl.Int8})


@pl.api.register_expr_namespace("jalali")
class JalaliExpr:
    """``pl.col(...).jalali``: the :mod:`taqvim.compute` functions as expressions."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def _map(self, kernel: _Kernel, dtype: Optional[Any]) -> pl.Expr:
        return self._expr.map_batches(kernel, return_dtype=dtype)

    def to_jalali(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """Dates or datetimes as ISO Jalali text (:func:`taqvim.compute.to_jalali`)."""
        return self._map(
            _kernel(compute.to_jalali, errors=errors, rule=rule, string_view=True), pl.String
        )

    def parts(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """Jalali year, month and day as a struct (:func:`taqvim.compute.jalali_parts`)."""
        return self._map(_kernel(compute.jalali_parts, errors=errors, rule=rule), _PARTS)

    def to_gregorian(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """ISO Jalali text as ``Date`` (:func:`taqvim.compute.to_gregorian`); a time of
        day written in the text is dropped, read it with :meth:`parse` instead."""
        return self._map(
            _kernel(_gregorian_date, errors=errors, rule=rule), pl.Date
        )

    def parse(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """Dates as people write them, as ``Datetime("us")`` (:func:`taqvim.compute.parse`)."""
        return self._map(_kernel(compute.parse, errors=errors, rule=rule), pl.Datetime("us"))

    def parse_date(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """Dates as people write them, as ``Date`` (:func:`taqvim.compute.parse_date`)."""
        return self._map(_kernel(compute.parse_date, errors=errors, rule=rule), pl.Date)

    def extract(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Expr:
        """Every date in free text (:func:`taqvim.compute.extract`)."""
        return self._map(_kernel(compute.extract, errors=errors, rule=rule), _EXTRACT)

    def format(
        self,
        fmt: str,
        *,
        locale: str = "iranian",
        digits: Optional[str] = None,
        errors: str = "raise",
    ) -> pl.Expr:
        """Dates, datetimes or ISO Jalali text written by a pattern
        (:func:`taqvim.compute.format`)."""
        kernel = _kernel(
            compute.format, fmt, locale=locale, digits=digits, errors=errors, string_view=True
        )
        return self._map(kernel, pl.String)


def _gregorian_date(values: Any, *, errors: str, rule: str) -> Any:
    import pyarrow as pa

    out = compute.to_gregorian(values, errors=errors, rule=rule)
    return out if out.type == pa.date32() else out.cast(pa.date32())


@pl.api.register_series_namespace("jalali")
class JalaliSeries:
    """``series.jalali``: the same methods on an eager series."""

    def __init__(self, series: pl.Series) -> None:
        self._series = series

    def _run(self, expr: pl.Expr) -> pl.Series:
        return self._series.to_frame().select(expr).to_series()

    def _col(self) -> JalaliExpr:
        return JalaliExpr(pl.col(self._series.name))

    def to_jalali(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.to_jalali`."""
        return self._run(self._col().to_jalali(errors=errors, rule=rule))

    def parts(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.parts`."""
        return self._run(self._col().parts(errors=errors, rule=rule))

    def to_gregorian(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.to_gregorian`."""
        return self._run(self._col().to_gregorian(errors=errors, rule=rule))

    def parse(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.parse`."""
        return self._run(self._col().parse(errors=errors, rule=rule))

    def parse_date(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.parse_date`."""
        return self._run(self._col().parse_date(errors=errors, rule=rule))

    def extract(self, *, errors: str = "raise", rule: str = "astronomical") -> pl.Series:
        """See :meth:`JalaliExpr.extract`."""
        return self._run(self._col().extract(errors=errors, rule=rule))

    def format(
        self,
        fmt: str,
        *,
        locale: str = "iranian",
        digits: Optional[str] = None,
        errors: str = "raise",
    ) -> pl.Series:
        """See :meth:`JalaliExpr.format`."""
        expr = self._col().format(fmt, locale=locale, digits=digits, errors=errors)
        return self._run(expr)
