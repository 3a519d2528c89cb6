"""Type-checked by mypy (strict), not run: the stubs describe the API as users call it."""

from __future__ import annotations

import datetime

import pyarrow as pa

import taqvim
from taqvim import compute


def scalar_api() -> list[object]:
    date = taqvim.JalaliDate(1400, 8, 26)
    gregorian: datetime.date = date.to_gregorian()
    moment = taqvim.JalaliDateTime(1400, 8, 26, 2, 39)
    naive: datetime.datetime = moment.to_datetime()
    later: taqvim.JalaliDate = date + datetime.timedelta(days=3)
    text: str = date.format("%A %-d %B %Y", locale="dari", digits="latin")
    value = taqvim.parse("۲۶ آبان ۱۴۰۰")
    found: list[taqvim.Match] = taqvim.find_dates("۲۶ آبان ۱۴۰۰")
    spans = [(m.start, m.end, m.text, m.value) for m in found]
    leap: bool = taqvim.is_leap_year(1403, rule="33-year")
    return [gregorian, naive, later, text, value, spans, leap, date.weekday(), moment.microsecond]


def bulk_api() -> list[object]:
    dates = pa.array([datetime.date(2021, 11, 17)])
    return [
        compute.to_jalali(dates, errors="null"),
        compute.jalali_parts(dates),
        compute.to_gregorian(["1400-08-26"], rule="2820-year"),
        compute.parse(["۲۶ آبان ۱۴۰۰"]),
        compute.parse_date(["۲۶ آبان ۱۴۰۰"]),
        compute.extract(["۲۶ آبان ۱۴۰۰"]),
        compute.format(dates, "%Y/%m/%d", locale="english", digits="latin"),
    ]
