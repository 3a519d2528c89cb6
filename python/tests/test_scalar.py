"""The scalar API: JalaliDate, JalaliDateTime, parse, find_dates, the calendar functions."""

from __future__ import annotations

import datetime
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import taqvim
from taqvim import JalaliDate, JalaliDateTime

KNOWN = [
    ((1400, 8, 26), datetime.date(2021, 11, 17)),
    ((1403, 12, 30), datetime.date(2025, 3, 20)),
    ((1404, 1, 1), datetime.date(2025, 3, 21)),
    ((1503, 1, 1), datetime.date(2124, 3, 20)),
]


@pytest.mark.parametrize(("jalali", "gregorian"), KNOWN)
def test_known_pairs_both_ways(jalali: tuple[int, int, int], gregorian: datetime.date) -> None:
    date = JalaliDate(*jalali)
    assert (date.year, date.month, date.day) == jalali
    assert date.to_gregorian() == gregorian
    assert JalaliDate.from_gregorian(gregorian) == date
    assert JalaliDate.fromisoformat(str(date)) == date


def test_value_semantics() -> None:
    a, b = JalaliDate(1400, 8, 26), JalaliDate(1400, 8, 27)
    assert a < b and b > a and a != b and a == JalaliDate(1400, 8, 26)
    assert len({a, JalaliDate(1400, 8, 26), b}) == 2
    assert str(a) == "1400-08-26"
    assert repr(a) == "taqvim.JalaliDate(1400, 8, 26)"
    assert pickle.loads(pickle.dumps(a)) == a
    assert sorted([b, a]) == [a, b]
    with pytest.raises(AttributeError):
        a.year = 1401  # type: ignore[misc]
    assert (a == "1400-08-26") is False


def test_weekday_counts_from_saturday() -> None:
    # 26 Aban 1400 was a Wednesday (چهارشنبه): the fifth day after Saturday.
    assert JalaliDate(1400, 8, 26).weekday() == 4
    assert JalaliDate(1400, 8, 22).weekday() == 0
    assert JalaliDate(1400, 8, 28).weekday() == 6


def test_timedelta_arithmetic() -> None:
    date = JalaliDate(1403, 12, 30)
    assert date + datetime.timedelta(days=1) == JalaliDate(1404, 1, 1)
    assert datetime.timedelta(days=1) + date == JalaliDate(1404, 1, 1)
    assert date - datetime.timedelta(days=365) == JalaliDate(1403, 1, 1)
    assert JalaliDate(1404, 1, 1) - date == datetime.timedelta(days=1)
    # As datetime.date does, only whole days count.
    assert date + datetime.timedelta(hours=23) == date
    assert date + datetime.timedelta(hours=-1) == JalaliDate(1403, 12, 29)
    with pytest.raises(TypeError):
        date + 1  # type: ignore[operator]


def test_invalid_dates_raise_the_crates_message() -> None:
    with pytest.raises(taqvim.Error) as caught:
        JalaliDate(1400, 12, 30)
    assert str(caught.value) == "day 30 of Esfand does not exist in 1400: not a leap year"
    assert isinstance(caught.value, ValueError)
    with pytest.raises(taqvim.Error, match="month 13"):
        JalaliDate(1400, 13, 1)
    with pytest.raises(taqvim.Error, match="month 300 is out of range"):
        JalaliDate(1400, 300, 1)
    with pytest.raises(taqvim.Error, match="year 99999999999"):
        JalaliDate(99999999999, 1, 1)
    with pytest.raises(taqvim.Error, match="expected"):
        JalaliDate.fromisoformat("1400/08/26")


def test_gregorian_outside_python_datetime_is_an_error() -> None:
    with pytest.raises(taqvim.Error, match="outside Python's datetime range"):
        JalaliDate(-700, 1, 1).to_gregorian()


def test_format_in_each_locale() -> None:
    date = JalaliDate(1400, 8, 26)
    assert date.format("%A %-d %B %Y") == "چهارشنبه ۲۶ آبان ۱۴۰۰"
    assert date.format("%-d %B %Y", locale="dari") == "۲۶ عقرب ۱۴۰۰"
    assert date.format("%-d %B %Y", locale="english") == "26 Aban 1400"
    assert date.format("%Y/%m/%d", digits="latin") == "1400/08/26"
    assert date.format("%Y/%m/%d", digits="arabic-indic") == "١٤٠٠/٠٨/٢٦"
    with pytest.raises(taqvim.Error, match="locale"):
        date.format("%Y", locale="klingon")
    with pytest.raises(taqvim.Error, match="time of day"):
        date.format("%H")


def test_date_time() -> None:
    value = JalaliDateTime(1400, 8, 26, 2, 39)
    assert value.to_datetime() == datetime.datetime(2021, 11, 17, 2, 39)
    assert JalaliDateTime.from_datetime(datetime.datetime(2021, 11, 17, 2, 39)) == value
    assert str(value) == "1400-08-26T02:39:00"
    assert JalaliDateTime.fromisoformat("1400-08-26T02:39") == value
    assert repr(value) == "taqvim.JalaliDateTime(1400, 8, 26, 2, 39, 0)"
    assert value.date() == JalaliDate(1400, 8, 26)
    assert (value.hour, value.minute, value.second, value.microsecond) == (2, 39, 0, 0)
    later = value + datetime.timedelta(days=1, hours=22, microseconds=5)
    assert later == JalaliDateTime(1400, 8, 28, 0, 39, 0, 5)
    assert later - value == datetime.timedelta(days=1, hours=22, microseconds=5)
    assert value - datetime.timedelta(hours=3) == JalaliDateTime(1400, 8, 25, 23, 39)
    assert value.format("%H:%M", digits="latin") == "02:39"
    assert pickle.loads(pickle.dumps(later)) == later
    with pytest.raises(taqvim.Error, match="hour 24"):
        JalaliDateTime(1400, 8, 26, 24)


def test_parse_returns_what_was_written() -> None:
    assert taqvim.parse("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹") == JalaliDateTime(1400, 8, 26, 2, 39)
    assert taqvim.parse("26 Aban 1400") == JalaliDate(1400, 8, 26)
    assert taqvim.parse("۲۶ عقرب ۱۴۰۰") == JalaliDate(1400, 8, 26)
    with pytest.raises(taqvim.ParseError) as caught:
        taqvim.parse("no date here")
    assert isinstance(caught.value, taqvim.Error)
    assert "byte" in str(caught.value)


def test_find_dates_counts_code_points() -> None:
    text = "خبر: جلسه‌ی ۲۶ آبان ۱۴۰۰ و نشست ۱۴۰۳/۱۲/۳۰ 🎉 لغو شد؛ 2021-11-17"
    matches = taqvim.find_dates(text)
    assert [m.value for m in matches][:2] == [JalaliDate(1400, 8, 26), JalaliDate(1403, 12, 30)]
    for m in matches:
        assert text[m.start : m.end] == m.text
    assert taqvim.find_dates("") == []


def test_find_dates_ranges() -> None:
    (m,) = taqvim.find_dates("از ۱۲ تا ۱۵ مهر ۱۴۰۱")
    assert m.value == JalaliDate(1401, 7, 12)
    assert m.range_end == JalaliDate(1401, 7, 15)


def test_leap_rules() -> None:
    assert taqvim.is_leap_year(1403)
    assert not taqvim.is_leap_year(1404)
    # The 33-year rule and the official calendar part ways in 1503 / 1502.
    assert taqvim.is_leap_year(1502) != taqvim.is_leap_year(1502, rule="33-year")
    assert taqvim.is_leap_year(1403, rule="2820-year") is False
    assert taqvim.days_in_month(1403, 12) == 30
    assert taqvim.days_in_month(1403, 12, rule="2820-year") == 29
    with pytest.raises(taqvim.Error, match="rule"):
        taqvim.is_leap_year(1403, rule="gregorian")
    assert JalaliDate.from_rule(1404, 1, 1, "2820-year") == JalaliDate(1403, 12, 30)
    assert JalaliDate(1403, 12, 30).to_rule("2820-year") == (1404, 1, 1)
    assert taqvim.parse("1404/01/01", rule="2820-year") == JalaliDate(1403, 12, 30)


def test_every_nowruz_in_the_table(calendar: dict[int, object]) -> None:
    for year, row in calendar.items():
        date = JalaliDate(year, 1, 1)
        if date.to_gregorian().year > 9999:
            continue
        assert date.to_gregorian() == row.nowruz  # type: ignore[attr-defined]
        assert taqvim.is_leap_year(year) == row.leap  # type: ignore[attr-defined]


TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-:. آبانمهرفروردیناسفندساعتتا\u200c\u200fxZ+🎉")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_any_text_gives_a_value_or_a_parse_error(text: str) -> None:
    try:
        value = taqvim.parse(text)
    except taqvim.ParseError:
        pass
    else:
        assert isinstance(value, (JalaliDate, JalaliDateTime))
    for m in taqvim.find_dates(text):
        assert text[m.start : m.end] == m.text
        assert isinstance(m.value, (JalaliDate, JalaliDateTime))


@settings(max_examples=200, deadline=None)
@given(st.integers(), st.integers(), st.integers())
def test_any_integers_give_a_date_or_an_error(year: int, month: int, day: int) -> None:
    try:
        date = JalaliDate(year, month, day)
    except taqvim.Error:
        return
    assert JalaliDate.fromisoformat(str(date)) == date
    try:
        assert JalaliDate.from_gregorian(date.to_gregorian()) == date
    except taqvim.Error as e:
        assert "outside Python's datetime range" in str(e)
