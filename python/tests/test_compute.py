"""taqvim.compute over Arrow arrays: known pairs, the whole table, nulls, chunks,
slices, both error modes, code-point offsets, and a round-trip property."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import taqvim
from taqvim import compute

EPOCH = datetime.date(1970, 1, 1)


def days(d: datetime.date) -> int:
    return (d - EPOCH).days


def test_known_pairs() -> None:
    dates = pa.array(
        [datetime.date(2021, 11, 17), datetime.date(2025, 3, 20), datetime.date(2025, 3, 21), datetime.date(2124, 3, 20)]
    )
    jalali = ["1400-08-26", "1403-12-30", "1404-01-01", "1503-01-01"]
    assert compute.to_jalali(dates).to_pylist() == jalali
    assert compute.to_gregorian(pa.array(jalali)).equals(dates)
    assert compute.jalali_parts(dates).to_pylist()[1] == {"year": 1403, "month": 12, "day": 30}


def test_every_day_of_1178_to_1502_against_the_table(calendar: dict[int, object]) -> None:
    first = calendar[1178].nowruz  # type: ignore[attr-defined]
    last = calendar[1503].nowruz  # type: ignore[attr-defined]
    gregorian = pa.array(range(days(first), days(last)), pa.int32()).cast(pa.date32())
    jalali = compute.to_jalali(gregorian)
    parts = compute.jalali_parts(gregorian)
    # Back again, exactly.
    assert compute.to_gregorian(jalali).equals(gregorian)
    # Each year starts on the table's Nowruz and has the table's length.
    years = parts.field("year").to_pylist()
    months = parts.field("month").to_pylist()
    day_numbers = parts.field("day").to_pylist()
    starts = {y: i for i, (y, m, d) in reversed(list(enumerate(zip(years, months, day_numbers))))}
    for year in range(1178, 1503):
        row = calendar[year]
        index = starts[year]
        assert (months[index], day_numbers[index]) == (1, 1)
        assert gregorian[index].as_py() == row.nowruz  # type: ignore[attr-defined]
        length = (starts[year + 1] if year < 1502 else len(years)) - index
        assert length == (366 if row.leap else 365), year  # type: ignore[attr-defined]
    # Days follow each other with no gap inside a month.
    for i in range(1, len(years)):
        if day_numbers[i] != 1:
            assert day_numbers[i] == day_numbers[i - 1] + 1


def test_nulls_empty_chunked_and_sliced() -> None:
    dates = pa.array([datetime.date(2021, 11, 17), None, datetime.date(2025, 3, 20)])
    assert compute.to_jalali(dates).to_pylist() == ["1400-08-26", None, "1403-12-30"]
    assert compute.to_jalali(pa.array([], pa.date32())).to_pylist() == []
    assert compute.to_jalali(pa.array([], pa.date32())).type == pa.string()
    assert compute.to_gregorian(pa.array([None, None], pa.string())).to_pylist() == [None, None]
    # A slice: a non-zero offset into the buffers.
    assert compute.to_jalali(dates.slice(1)).to_pylist() == [None, "1403-12-30"]
    assert compute.to_jalali(dates.slice(2, 1)).to_pylist() == ["1403-12-30"]
    texts = pa.array(["x", "1400-08-26", "1403-12-30"]).slice(1)
    assert compute.to_gregorian(texts).to_pylist() == [datetime.date(2021, 11, 17), datetime.date(2025, 3, 20)]
    # A chunked array keeps its chunks.
    chunked = pa.chunked_array([dates.slice(0, 2), dates.slice(2)])
    out = compute.to_jalali(chunked)
    assert isinstance(out, pa.ChunkedArray)
    assert out.num_chunks == 2
    assert out.to_pylist() == ["1400-08-26", None, "1403-12-30"]
    empty = compute.to_jalali(pa.chunked_array([], pa.date32()))
    assert isinstance(empty, pa.ChunkedArray) and len(empty) == 0
    assert compute.to_gregorian(pa.chunked_array([], pa.string())).type == pa.date32()
    with pytest.raises(TypeError, match="found Int64"):
        compute.to_jalali(pa.chunked_array([], pa.int64()))
    # A null-typed column is all nulls.
    assert compute.parse(pa.nulls(2)).to_pylist() == [None, None]


def test_timestamps_and_zones() -> None:
    naive = pa.array([datetime.datetime(2021, 11, 17, 2, 39)], pa.timestamp("s"))
    assert compute.to_jalali(naive).to_pylist() == ["1400-08-26T02:39:00"]
    fraction = pa.array([datetime.datetime(2021, 11, 17, 2, 39, 0, 250000)], pa.timestamp("us"))
    assert compute.to_jalali(fraction).to_pylist() == ["1400-08-26T02:39:00.250"]
    # A zoned column is read at its wall clock: 23:09 UTC is 02:39 the next day in Tehran.
    utc = datetime.datetime(2021, 11, 16, 23, 9, tzinfo=datetime.timezone.utc)
    tehran = pa.array([utc], pa.timestamp("ns", tz="Asia/Tehran"))
    assert compute.to_jalali(tehran).to_pylist() == ["1400-08-26T02:39:00"]
    fixed = pa.array([utc], pa.timestamp("ms", tz="+03:30"))
    assert compute.to_jalali(fixed).to_pylist() == ["1400-08-26T02:39:00"]
    assert compute.to_jalali(pa.array([1637117940000], pa.date64())).to_pylist() == ["1400-08-26"]
    with pytest.raises(TypeError, match="date32, date64 or timestamp"):
        compute.to_jalali(pa.array([1, 2]))


def test_errors_raise_names_the_row_and_value() -> None:
    texts = pa.array(["1400-08-26", None, "1400-12-30"])
    with pytest.raises(taqvim.Error) as caught:
        compute.to_gregorian(texts)
    assert str(caught.value) == 'row 2 ("1400-12-30"): day 30 of Esfand does not exist in 1400: not a leap year'
    # Row numbers count across chunks.
    chunked = pa.chunked_array([["1400-08-26"], ["1400-08-27", "oops"]])
    with pytest.raises(taqvim.Error, match=r'^row 2 \("oops"\)'):
        compute.to_gregorian(chunked)
    with pytest.raises(taqvim.Error, match="errors must be"):
        compute.parse(texts, errors="ignore")


def test_errors_null() -> None:
    texts = pa.array(["1400-08-26", None, "1400-12-30", "1400-08-26T02:39"])
    out = compute.to_gregorian(texts, errors="null")
    assert out.type == pa.timestamp("us")
    assert out.to_pylist() == [datetime.datetime(2021, 11, 17), None, None, datetime.datetime(2021, 11, 17, 2, 39)]
    parsed = compute.parse(pa.array(["۲۶ آبان ۱۴۰۰", "nonsense"]), errors="null")
    assert parsed.to_pylist() == [datetime.datetime(2021, 11, 17), None]
    far = pa.array([2**31 - 1], pa.date32())
    assert compute.to_jalali(far, errors="null").to_pylist() == [None]
    with pytest.raises(taqvim.Error, match="row 0"):
        compute.to_jalali(far)


def test_parse_and_parse_date() -> None:
    texts = pa.array(["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", "1403/12/30", "۱ فروردین ۱۵۰۳", None])
    assert compute.parse(texts).type == pa.timestamp("us")
    assert compute.parse(texts).to_pylist() == [
        datetime.datetime(2021, 11, 17, 2, 39),
        datetime.datetime(2025, 3, 20),
        datetime.datetime(2124, 3, 20),
        None,
    ]
    assert compute.parse_date(texts).to_pylist()[:3] == [
        datetime.date(2021, 11, 17),
        datetime.date(2025, 3, 20),
        datetime.date(2124, 3, 20),
    ]
    # Large and view strings, and dictionary-encoded ones, read alike.
    for typed in (texts.cast(pa.large_string()), texts.cast(pa.string_view()), texts.dictionary_encode()):
        assert compute.parse(typed).equals(compute.parse(texts))
    # The rule of the software that wrote the dates.
    khayyam = compute.parse_date(pa.array(["1404/01/01"]), rule="2820-year")
    assert khayyam.to_pylist() == [datetime.date(2025, 3, 20)]


def test_extract_offsets_are_code_points() -> None:
    texts = pa.array(
        [
            "🎉 خبر: نشست ۲۶ آبان ۱۴۰۰ - ۰۲:۳۹ و ۱۴۰۳/۱۲/۳۰ برگزار شد",
            None,
            "nothing here",
            "از ۱۲ تا ۱۵ مهر ۱۴۰۱",
        ]
    )
    rows = compute.extract(texts).to_pylist()
    first = rows[0]
    assert [m["jalali"] for m in first] == ["1400-08-26T02:39", "1403-12-30"]
    assert [m["gregorian"] for m in first] == ["2021-11-17T02:39", "2025-03-20"]
    for m in first:
        assert texts[0].as_py()[m["start"] : m["end"]] == m["text"]
    assert rows[1] is None
    assert rows[2] == []
    assert rows[3][0]["jalali"] == "1401-07-12/1401-07-15"
    assert compute.extract(texts).type == pa.list_(
        pa.field(
            "item",
            pa.struct(
                [
                    pa.field("start", pa.int32(), False),
                    pa.field("end", pa.int32(), False),
                    pa.field("text", pa.string(), False),
                    pa.field("jalali", pa.string(), False),
                    pa.field("gregorian", pa.string(), False),
                ]
            ),
            False,
        )
    )


def test_format() -> None:
    dates = pa.array([datetime.date(2021, 11, 17), None])
    assert compute.format(dates, "%A %-d %B %Y").to_pylist() == ["چهارشنبه ۲۶ آبان ۱۴۰۰", None]
    assert compute.format(dates, "%-d %B", locale="pashto").to_pylist()[0] == "۲۶ لړم"
    assert compute.format(dates, "%d/%m/%Y", digits="latin").to_pylist()[0] == "26/08/1400"
    stamps = pa.array([datetime.datetime(2021, 11, 17, 2, 39)])
    assert compute.format(stamps, "%H:%M", digits="latin").to_pylist() == ["02:39"]
    assert compute.format(pa.array(["1400-08-26"]), "%B", locale="english").to_pylist() == ["Aban"]
    with pytest.raises(taqvim.Error, match="unknown directive"):
        compute.format(dates, "%Q")
    with pytest.raises(taqvim.Error, match="row 0"):
        compute.format(dates, "%H")
    assert compute.format(dates, "%H", errors="null").to_pylist() == [None, None]


def test_plain_python_values_are_converted_once() -> None:
    assert compute.to_jalali([datetime.date(2021, 11, 17)]).to_pylist() == ["1400-08-26"]
    assert compute.parse_date(["26 Aban 1400"]).to_pylist() == [datetime.date(2021, 11, 17)]


# The supported range of Python's datetime.date that the calendar table covers.
FIRST = datetime.date(622, 3, 22)
LAST = datetime.date(9999, 12, 31)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dates(min_value=FIRST, max_value=LAST) | st.none(), max_size=50))
def test_round_trip_through_both_directions(values: list[datetime.date | None]) -> None:
    dates = pa.array(values, pa.date32())
    jalali = compute.to_jalali(dates)
    assert compute.to_gregorian(jalali).cast(pa.date32()).equals(dates)
    for value, text in zip(values, jalali.to_pylist()):
        if value is not None:
            assert text == str(taqvim.JalaliDate.from_gregorian(value))
            assert taqvim.JalaliDate.fromisoformat(text).to_gregorian() == value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=3178), st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=31))
def test_round_trip_from_the_jalali_side(year: int, month: int, day: int) -> None:
    try:
        date = taqvim.JalaliDate(year, month, day)
    except taqvim.Error:
        return
    text = pa.array([str(date)])
    back = compute.to_jalali(compute.to_gregorian(text))
    assert back.to_pylist() == [str(date)]


# The whole supported range of the crate, -999999-01-01 ..= 999999-12-29, as day numbers.
FIRST_DAY, LAST_DAY = -365_734_691, 364_749_790


def test_the_supported_range_ends() -> None:
    ends = pa.array(["-999999-01-01", "999999-12-29"])
    days = compute.to_gregorian(ends).cast(pa.int32()).to_pylist()
    assert days == [FIRST_DAY, LAST_DAY]
    outside = pa.array([FIRST_DAY - 1, LAST_DAY + 1], pa.int32()).cast(pa.date32())
    assert compute.to_jalali(outside, errors="null").to_pylist() == [None, None]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=FIRST_DAY, max_value=LAST_DAY), min_size=1, max_size=40))
def test_round_trip_over_the_whole_range(day_numbers: list[int]) -> None:
    dates = pa.array(day_numbers, pa.int32()).cast(pa.date32())
    jalali = compute.to_jalali(dates)
    assert compute.to_gregorian(jalali).equals(dates)
    parts = compute.jalali_parts(dates).to_pylist()
    for text, part in zip(jalali.to_pylist(), parts):
        year, month, day = text.rsplit("-", 2)
        assert (int(year), int(month), int(day)) == (part["year"], part["month"], part["day"])


def test_string_view_output() -> None:
    dates = pa.array([datetime.date(2021, 11, 17), None, datetime.date(2025, 3, 20)])
    view = compute.to_jalali(dates, string_view=True)
    assert view.type == pa.string_view()
    assert view.to_pylist() == compute.to_jalali(dates).to_pylist()
    stamps = pa.array([datetime.datetime(2021, 11, 17, 2, 39)])
    assert compute.to_jalali(stamps, string_view=True).to_pylist() == ["1400-08-26T02:39:00"]
    written = compute.format(dates, "%A %-d %B %Y", string_view=True)
    assert written.type == pa.string_view()
    assert written.to_pylist()[0] == "چهارشنبه ۲۶ آبان ۱۴۰۰"


def test_rules_on_the_jalali_side() -> None:
    day = pa.array([datetime.date(2025, 3, 20)])
    assert compute.to_jalali(day).to_pylist() == ["1403-12-30"]
    assert compute.to_jalali(day, rule="2820-year").to_pylist() == ["1404-01-01"]
    assert compute.jalali_parts(day, rule="2820-year").to_pylist() == [{"year": 1404, "month": 1, "day": 1}]
    assert compute.to_gregorian(pa.array(["1404-01-01"]), rule="2820-year").equals(day)
    with pytest.raises(taqvim.Error, match="rule"):
        compute.to_jalali(day, rule="julian")


def test_the_gil_is_released_while_a_kernel_works() -> None:
    import threading
    import time

    texts = pa.array(["۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"] * 2_000_000)
    window: list[float] = []
    done = threading.Event()

    def work() -> None:
        window.append(time.perf_counter())
        compute.parse(texts)
        window.append(time.perf_counter())
        done.set()

    worker = threading.Thread(target=work)
    ticks: list[float] = []
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
    worker.join()
    start, end = window
    # Python code ran on this thread all through the kernel's run on the other: no
    # long stretch of the call went without a tick here. With the GIL held through the
    # kernel, this thread would stand still for nearly the whole call.
    points = [start] + [t for t in ticks if start < t < end] + [end]
    longest_pause = max(b - a for a, b in zip(points, points[1:]))
    assert end - start > 0.02
    assert longest_pause < 0.5 * (end - start)
