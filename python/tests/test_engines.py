"""Each engine layer end to end: pandas, polars (lazy), DuckDB SQL, Spark local."""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pytest

import taqvim

NEWS = ["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", None, "سه‌شنبه ۳۰ اسفند ۱۴۰۳", "nonsense"]
PARSED = [datetime.datetime(2021, 11, 17, 2, 39), None, datetime.datetime(2025, 3, 20), None]
DATES = [datetime.date(2021, 11, 17), None, datetime.date(2025, 3, 20), datetime.date(2124, 3, 20)]
JALALI = ["1400-08-26", None, "1403-12-30", "1503-01-01"]


def test_pandas() -> None:
    import pandas as pd

    import taqvim.pandas  # noqa: F401

    # A NumPy-backed datetime64 Series, converted once.
    stamps = pd.Series(pd.to_datetime(["2021-11-17 02:39", None]), index=["a", "b"], name="at")
    out = stamps.jalali.to_jalali()
    assert out.tolist()[0] == "1400-08-26T02:39:00" and pd.isna(out.tolist()[1])
    assert list(out.index) == ["a", "b"] and out.name == "at"
    # An object Series of dates, and a Series with an Arrow dtype.
    objects = pd.Series(DATES, dtype=object)
    assert objects.jalali.to_jalali().tolist()[::2] == JALALI[::2]
    arrow = pd.Series(NEWS, dtype=pd.ArrowDtype(pa.string()))
    parsed = arrow.jalali.parse(errors="null")
    assert isinstance(parsed.dtype, pd.ArrowDtype)
    assert [None if pd.isna(v) else v.to_pydatetime() for v in parsed] == PARSED
    with pytest.raises(taqvim.Error, match=r'row 3 \("nonsense"\)'):
        arrow.jalali.parse()
    parts = objects.jalali.parts()
    assert list(parts.columns) == ["year", "month", "day"]
    assert parts["year"].tolist()[0] == 1400
    back = pd.Series(JALALI, dtype="string").jalali.to_gregorian()
    assert [None if pd.isna(v) else v for v in back] == DATES
    assert objects.jalali.format("%d %B", locale="english").tolist()[0] == "26 Aban"
    found = arrow.jalali.extract()
    assert found.tolist()[0][0]["text"] == NEWS[0]


def test_polars_lazy() -> None:
    import polars as pl

    import taqvim.polars  # noqa: F401

    frame = pl.LazyFrame({"text": NEWS, "day": DATES, "jalali": JALALI})
    out = frame.select(
        pl.col("text").jalali.parse(errors="null").alias("parsed"),
        pl.col("text").jalali.parse_date(errors="null").alias("parsed_date"),
        pl.col("day").jalali.to_jalali().alias("to_jalali"),
        pl.col("jalali").jalali.to_gregorian().alias("gregorian"),
        pl.col("day").jalali.format("%-d %B %Y", locale="dari").alias("dari"),
        pl.col("text").jalali.extract().alias("found"),
        pl.col("day").jalali.parts().alias("parts"),
    )
    schema = out.collect_schema()
    assert schema["parsed"] == pl.Datetime("us")
    assert schema["to_jalali"] == pl.String
    got = out.collect()
    assert got.schema == schema
    assert got["parsed"].to_list() == PARSED
    assert got["to_jalali"].to_list() == JALALI
    assert got["gregorian"].to_list() == DATES
    assert got["dari"].to_list()[0] == "۲۶ عقرب ۱۴۰۰"
    assert got["found"].to_list()[0][0]["jalali"] == "1400-08-26T02:39"
    assert got["parts"].to_list()[2] == {"year": 1403, "month": 12, "day": 30}
    # Filters and groupings over the new columns work as over any other.
    leap_days = frame.filter(pl.col("day").jalali.to_jalali().str.ends_with("12-30")).collect()
    assert leap_days.height == 1
    # The series namespace.
    assert pl.Series("d", DATES).jalali.to_jalali().to_list() == JALALI
    with pytest.raises(Exception, match="nonsense"):
        frame.select(pl.col("text").jalali.parse()).collect()


def test_duckdb_sql() -> None:
    import duckdb

    import taqvim.duckdb

    con = duckdb.connect()
    taqvim.duckdb.register(con)
    con.execute("CREATE TABLE news(line VARCHAR, day DATE)")
    con.executemany("INSERT INTO news VALUES (?, ?)", list(zip(NEWS, DATES)))
    rows = con.sql(
        "SELECT to_jalali(day), jalali_format(day, '%Y/%m/%d'), jalali_to_gregorian(to_jalali(day)) = day "
        "FROM news ORDER BY rowid"
    ).fetchall()
    assert [r[0] for r in rows] == JALALI
    assert rows[0][1] == "۱۴۰۰/۰۸/۲۶"
    assert [r[2] for r in rows] == [True, None, True, True]
    with pytest.raises(duckdb.Error, match="nonsense"):
        con.sql("SELECT jalali_parse(line) FROM news").fetchall()
    stamped = con.sql(
        "SELECT timestamp_to_jalali(TIMESTAMP '2021-11-17 02:39'), "
        "jalali_format_timestamp(TIMESTAMP '2021-11-17 02:39', '%H:%M %d %B')"
    ).fetchall()
    assert stamped == [("1400-08-26T02:39:00", "۰۲:۳۹ ۲۶ آبان")]
    lenient = duckdb.connect()
    taqvim.duckdb.register(lenient, errors="null")
    lenient.execute("CREATE TABLE news AS SELECT * FROM (VALUES ('۲۶ آبان ۱۴۰۰ - ۰۲:۳۹'), ('nonsense'), (NULL)) t(line)")
    parsed = lenient.sql("SELECT jalali_parse(line) FROM news").fetchall()
    assert [r[0] for r in parsed] == [PARSED[0], None, None]
    # A vector of many rows goes through in one call per batch.
    count = con.sql(
        "SELECT count(DISTINCT to_jalali(CAST(DATE '1900-01-01' + INTERVAL (i) DAY AS DATE))) FROM range(80000) t(i)"
    ).fetchall()
    assert count == [(80000,)]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pyspark_sql = pytest.importorskip("pyspark.sql")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("taqvim-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_local(spark: Any) -> None:
    import taqvim.spark as jalali

    frame = spark.createDataFrame(list(zip(NEWS, DATES, JALALI)), "text string, day date, jalali string")
    rows = (
        frame.withColumn("parsed", jalali.parse("text", errors="null"))
        .withColumn("parsed_date", jalali.parse_date(frame.text, errors="null"))
        .withColumn("to_jalali", jalali.to_jalali("day"))
        .withColumn("gregorian", jalali.to_gregorian("jalali"))
        .withColumn("written", jalali.format("day", "%A %-d %B %Y"))
        .orderBy("day")
        .collect()
    )
    by_day = {r.day: r for r in rows}
    first = by_day[datetime.date(2021, 11, 17)]
    assert first.parsed == PARSED[0]
    assert first.parsed_date == datetime.date(2021, 11, 17)
    assert first.to_jalali == "1400-08-26"
    assert first.gregorian == datetime.date(2021, 11, 17)
    assert first.written == "چهارشنبه ۲۶ آبان ۱۴۰۰"
    assert [r.to_jalali for r in rows if r.day is not None] == sorted(j for j in JALALI if j)
    assert by_day[datetime.date(2124, 3, 20)].parsed is None
    with pytest.raises(Exception, match="nonsense"):
        frame.select(jalali.parse("text")).collect()


def test_pandas_before_3_converts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """pandas before 3.0 has no ``__arrow_c_stream__`` on Series: the accessor then
    hands over an Arrow-backed Series' array, or converts a NumPy-backed one whole."""
    import pandas as pd

    import taqvim.pandas  # noqa: F401

    if hasattr(pd.Series, "__arrow_c_stream__"):
        monkeypatch.delattr(pd.Series, "__arrow_c_stream__")
    stamps = pd.Series(pd.to_datetime(["2021-11-17 02:39", None]))
    assert stamps.jalali.to_jalali().tolist()[0] == "1400-08-26T02:39:00"
    arrow = pd.Series(NEWS[:1], dtype=pd.ArrowDtype(pa.string()))
    assert arrow.jalali.parse().tolist()[0].to_pydatetime() == PARSED[0]
    objects = pd.Series(DATES, dtype=object)
    assert objects.jalali.to_jalali().tolist()[0] == JALALI[0]


def test_polars_chunks_stay_chunks() -> None:
    import polars as pl

    import taqvim.polars  # noqa: F401

    first = pl.Series("d", DATES[:2])
    second = pl.Series("d", DATES[2:])
    chunked = first.append(second)
    assert chunked.n_chunks() == 2
    out = chunked.jalali.to_jalali()
    assert out.to_list() == JALALI
    direct = taqvim.compute.to_jalali(chunked)
    assert isinstance(direct, pa.ChunkedArray) and direct.num_chunks == 2
