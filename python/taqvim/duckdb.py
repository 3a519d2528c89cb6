"""Jalali SQL functions for DuckDB, vectorised through Arrow.

    >>> import duckdb
    >>> import taqvim.duckdb
    >>> con = duckdb.connect()
    >>> taqvim.duckdb.register(con)
    >>> con.sql("SELECT to_jalali(DATE '2021-11-17') AS j").fetchall()
    [('1400-08-26',)]

:func:`register` adds:

- ``jalali_parse(VARCHAR) -> TIMESTAMP``: dates as people write them;
- ``to_jalali(DATE) -> VARCHAR``: ISO Jalali text;
- ``timestamp_to_jalali(TIMESTAMP) -> VARCHAR``: ISO Jalali text with the time;
- ``jalali_to_gregorian(VARCHAR) -> DATE``: ISO Jalali text back to a date;
- ``jalali_format(DATE, VARCHAR) -> VARCHAR``: a date written by a pattern;
- ``jalali_format_timestamp(TIMESTAMP, VARCHAR) -> VARCHAR``: a date and time written
  by a pattern.

(DuckDB's Python functions take one signature per name, hence the two names for dates
and timestamps.)

DuckDB hands each function a whole vector as an Arrow array, and
:mod:`taqvim.compute` maps it in Rust.
"""

from __future__ import annotations

from typing import Any, Optional

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from duckdb.sqltypes import DATE, TIMESTAMP, VARCHAR

from taqvim import compute

__all__ = ["register"]


def register(
    con: duckdb.DuckDBPyConnection,
    *,
    errors: str = "raise",
    rule: str = "astronomical",
    locale: str = "iranian",
    digits: Optional[str] = None,
) -> None:
    """Adds the Jalali functions to ``con``.

    ``errors="raise"`` makes a value that cannot be read fail the query with
    :class:`taqvim.Error` naming it; ``errors="null"`` gives NULL instead, as
    ``TRY_CAST`` does. ``rule``, ``locale`` and ``digits`` are as in
    :mod:`taqvim.compute`.
    """

    def parse(texts: Any) -> Any:
        return compute.parse(texts, errors=errors, rule=rule)

    def to_jalali(dates: Any) -> Any:
        return compute.to_jalali(dates, errors=errors, rule=rule)

    def to_gregorian(jalali: Any) -> Any:
        out = compute.to_gregorian(jalali, errors=errors, rule=rule)
        return out if out.type == pa.date32() else out.cast(pa.date32())

    def jalali_format(dates: Any, fmt: Any) -> Any:
        # The pattern is nearly always one constant: format once per distinct pattern.
        patterns = pc.unique(fmt).to_pylist()
        if len(patterns) == 1 and patterns[0] is not None:
            return compute.format(dates, patterns[0], locale=locale, digits=digits, errors=errors)
        out = pa.nulls(len(dates), pa.string())
        for pattern in patterns:
            if pattern is None:
                continue
            chosen = pc.equal(fmt, pattern)
            written = compute.format(dates, pattern, locale=locale, digits=digits, errors="null")
            out = pc.if_else(chosen, written, out)
        return out

    options: dict[str, Any] = {"type": "arrow", "null_handling": "special"}
    con.create_function("jalali_parse", parse, [VARCHAR], TIMESTAMP, **options)
    con.create_function("to_jalali", to_jalali, [DATE], VARCHAR, **options)
    con.create_function("jalali_to_gregorian", to_gregorian, [VARCHAR], DATE, **options)
    con.create_function("jalali_format", jalali_format, [DATE, VARCHAR], VARCHAR, **options)
    con.create_function("timestamp_to_jalali", to_jalali, [TIMESTAMP], VARCHAR, **options)
    con.create_function(
        "jalali_format_timestamp", jalali_format, [TIMESTAMP, VARCHAR], VARCHAR, **options
    )
