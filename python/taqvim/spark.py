"""Jalali columns for Spark, as Arrow-backed pandas UDFs.

    >>> from pyspark.sql import SparkSession, functions as F
    >>> import taqvim.spark as jalali
    >>> spark = SparkSession.builder.master("local[2]").getOrCreate()
    >>> df = spark.createDataFrame([("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹",)], ["text"])
    >>> df.select(jalali.parse("text").alias("at")).first().at
    datetime.datetime(2021, 11, 17, 2, 39)

Each function returns a Column for ``select`` or ``withColumn``. Spark sends each
partition to the workers in Arrow batches, and :mod:`taqvim.compute` maps them in
Rust; the same job runs unchanged on ``local[2]`` and on a cluster whose Python has
``taqvim`` installed.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Union

import pandas as pd
import pyarrow as pa
from pyspark.sql import Column
from pyspark.sql.pandas.functions import pandas_udf
from pyspark.sql.types import DataType, DateType, StringType, TimestampNTZType

from taqvim import compute

__all__ = ["format", "parse", "parse_date", "to_gregorian", "to_jalali"]

ColumnOrName = Union[Column, str]


def _udf(kernel: Callable[[Any], Any], returns: DataType) -> Callable[[ColumnOrName], Column]:
    def run(values: pd.Series) -> pd.Series:
        out: pd.Series = kernel(pa.Array.from_pandas(values)).to_pandas()
        return out

    udf: Callable[[ColumnOrName], Column] = pandas_udf(run, returns)  # type: ignore[call-overload]
    return udf


def _date(values: Any) -> Any:
    return values if values.type == pa.date32() else values.cast(pa.date32())


def parse(col: ColumnOrName, *, errors: str = "raise", rule: str = "astronomical") -> Column:
    """Dates as people write them, as ``TimestampNTZType`` (the wall clock written)."""
    return _udf(lambda v: compute.parse(v, errors=errors, rule=rule), TimestampNTZType())(col)


def parse_date(col: ColumnOrName, *, errors: str = "raise", rule: str = "astronomical") -> Column:
    """Dates as people write them, as ``DateType``."""
    return _udf(lambda v: compute.parse_date(v, errors=errors, rule=rule), DateType())(col)


def to_jalali(col: ColumnOrName, *, errors: str = "raise", rule: str = "astronomical") -> Column:
    """A ``DateType`` or timestamp column as ISO Jalali text."""
    return _udf(lambda v: compute.to_jalali(v, errors=errors, rule=rule), StringType())(col)


def to_gregorian(col: ColumnOrName, *, errors: str = "raise", rule: str = "astronomical") -> Column:
    """ISO Jalali text as ``DateType`` (a time of day in the text is dropped)."""
    kernel = lambda v: _date(compute.to_gregorian(v, errors=errors, rule=rule))  # noqa: E731
    return _udf(kernel, DateType())(col)


def format(
    col: ColumnOrName,
    fmt: str,
    *,
    locale: str = "iranian",
    digits: Optional[str] = None,
    errors: str = "raise",
) -> Column:
    """A date, timestamp or ISO Jalali text column written by a strftime-style pattern."""
    kernel = lambda v: compute.format(v, fmt, locale=locale, digits=digits, errors=errors)  # noqa: E731
    return _udf(kernel, StringType())(col)
