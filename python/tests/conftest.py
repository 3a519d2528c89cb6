"""Shared fixtures: the repository's copy of the official calendar table."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path
from typing import NamedTuple

import pytest

NOWRUZ_CSV = Path(__file__).resolve().parents[2] / "data" / "nowruz.csv"


class Year(NamedTuple):
    year: int
    nowruz: datetime.date
    leap: bool


@pytest.fixture(scope="session")
def calendar() -> dict[int, Year]:
    """Every row of ``data/nowruz.csv``: 1 Farvardin's Gregorian date and the leap flag."""
    with NOWRUZ_CSV.open(newline="") as f:
        return {
            int(row["jalali_year"]): Year(
                int(row["jalali_year"]),
                datetime.date.fromisoformat(row["gregorian_nowruz"]),
                row["leap"] == "1",
            )
            for row in csv.DictReader(f)
        }
