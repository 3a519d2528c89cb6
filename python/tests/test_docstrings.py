"""The examples in the native module's docstrings (written in the Rust sources) run."""

from __future__ import annotations

import doctest

import pytest

import taqvim

DOCUMENTED = [taqvim.JalaliDate, taqvim.JalaliDateTime, taqvim.Match, taqvim.parse, taqvim.find_dates, taqvim.is_leap_year]


@pytest.mark.parametrize("item", DOCUMENTED, ids=lambda item: item.__name__)
def test_docstring_examples_run(item: object) -> None:
    text = item.__doc__ or ""
    assert ">>>" in text
    test = doctest.DocTestParser().get_doctest(text, {}, getattr(item, "__name__", "item"), None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
