"""Speed of the Python package against the libraries Python users would otherwise use.

    python/.venv/bin/python python/bench/bench.py [ROWS]

Over ROWS rows (default 1 000 000), in one run, so that the ratios compare like with
like on a noisy machine:

- ``compute.to_jalali`` on ``date32`` against loops of ``jdatetime.date.fromgregorian``
  and ``persiantools.jdatetime.JalaliDate``, and jalali-pandas' ``to_jalali``;
- ``compute.parse`` of news-style Persian lines against ``jdatetime.datetime.strptime``
  with the matching format, and against the Rust CLI's time per line on mixed news lines;
- the polars namespace against calling ``compute`` directly.

taqvim's own timings are the median of several runs; the pure-Python loops, which take
seconds, run once. scripts/bench-python installs the competitors and runs this.
"""

from __future__ import annotations

import datetime
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[2]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
DARI = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
WEEKDAYS = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split()


def timed(f: Callable[[], Any], runs: int) -> float:
    """The median wall time of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dateline(rng: random.Random) -> str:
    """The news form jdatetime can read with one format: ``۲۶ آبان ۱۴۰۰ - ۰۲:۳۹``."""
    d, m, y = rng.randint(1, 29), rng.randint(1, 12), rng.randint(1390, 1404)
    return f"{d} {MONTHS[m - 1]} {y} - {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}".translate(PERSIAN)


def news_line(i: int, rng: random.Random) -> str:
    """The mixed news forms of scripts/bench-cli: month names, Dari, weekdays, numeric."""
    d, m, y = rng.randint(1, 29), rng.randint(1, 12), rng.randint(1390, 1404)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    form = i % 10
    if form < 6:
        line = f"{d} {MONTHS[m - 1]} {y} - {h:02d}:{mi:02d}"
    elif form < 7:
        line = f"{d} {DARI[m - 1]} {y}"
    elif form < 8:
        line = f"{WEEKDAYS[rng.randint(0, 6)]} {d} {MONTHS[m - 1]} {y}"
    elif form < 9:
        return f"{y}/{m:02d}/{d:02d} {h:02d}:{mi:02d}"
    else:
        line = f"{d} {MONTHS[m - 1]}ماه {y} ساعت {h:02d}:{mi:02d}"
    return line.translate(PERSIAN)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(1)
    first = datetime.date(1990, 1, 1).toordinal()
    days = [datetime.date.fromordinal(first + rng.randrange(40 * 365)) for _ in range(rows)]
    date32 = pa.array(days, pa.date32())
    results: list[tuple[str, float]] = []

    def report(name: str, seconds: float) -> None:
        results.append((name, seconds))
        print(f"{name:58s} {seconds:8.3f} s  {seconds / rows * 1e9:9.1f} ns/row", flush=True)

    # Competitors first: jalali-pandas registers its own `Series.jalali`, which
    # taqvim.pandas replaces when imported afterwards.
    import jdatetime
    import pandas as pd
    from persiantools.jdatetime import JalaliDate as PersiantoolsDate

    import jalali_pandas  # noqa: F401

    print(f"rows: {rows}")
    report("to_jalali  jdatetime.date.fromgregorian loop", timed(lambda: [jdatetime.date.fromgregorian(date=d) for d in days], 1))
    report("to_jalali  persiantools JalaliDate loop", timed(lambda: [PersiantoolsDate(d) for d in days], 1))
    stamps = pd.Series(pd.to_datetime(days))
    report("to_jalali  jalali-pandas Series.jalali.to_jalali", timed(lambda: stamps.jalali.to_jalali(), 1))

    import polars as pl

    import taqvim.polars  # noqa: F401
    from taqvim import compute

    taqvim_to_jalali = timed(lambda: compute.to_jalali(date32), 9)
    report("to_jalali  taqvim compute.to_jalali (date32 -> string)", taqvim_to_jalali)

    lines = [dateline(rng) for _ in range(rows)]
    texts = pa.array(lines)
    jdatetime.set_locale(jdatetime.FA_LOCALE)
    strptime = jdatetime.datetime.strptime
    report("parse      jdatetime.datetime.strptime loop", timed(lambda: [strptime(t, "%d %B %Y - %H:%M") for t in lines], 1))
    taqvim_parse = timed(lambda: compute.parse(texts), 5)
    report("parse      taqvim compute.parse (same lines)", taqvim_parse)
    assert compute.parse(texts).null_count == 0

    news = [news_line(i, rng) for i in range(rows)]
    news_array = pa.array(news)
    taqvim_news = timed(lambda: compute.parse(news_array), 5)
    report("parse      taqvim compute.parse (mixed news lines)", taqvim_news)
    subprocess.run(
        ["cargo", "build", "--release", "--features", "cli", "--quiet"], cwd=ROOT, check=True
    )
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "news.txt"
        path.write_text("\n".join(news) + "\n", encoding="utf-8")
        cli = ROOT / "target" / "release" / "taqvim"

        def run_cli() -> None:
            with path.open("rb") as stdin:
                subprocess.run([cli, "parse"], stdin=stdin, stdout=subprocess.DEVNULL, check=True)

        report("parse      taqvim CLI `taqvim parse` (mixed news lines)", min(timed(run_cli, 1) for _ in range(3)))
    cli_news = results[-1][1]

    frame = pl.DataFrame({"day": date32, "news": news_array})
    direct = timed(lambda: compute.to_jalali(frame["day"]), 9)
    namespace = timed(lambda: frame.select(pl.col("day").jalali.to_jalali()), 9)
    report("polars     compute.to_jalali(series)", direct)
    report("polars     pl.col(...).jalali.to_jalali()", namespace)
    direct_parse = timed(lambda: compute.parse(frame["news"]), 5)
    namespace_parse = timed(lambda: frame.select(pl.col("news").jalali.parse()), 5)
    report("polars     compute.parse(series)", direct_parse)
    report("polars     pl.col(...).jalali.parse()", namespace_parse)

    seconds = dict(results)
    print()
    print("ratios (from this run):")
    print(f"  to_jalali vs jdatetime loop:      {seconds['to_jalali  jdatetime.date.fromgregorian loop'] / taqvim_to_jalali:8.0f}x faster")
    print(f"  to_jalali vs persiantools loop:   {seconds['to_jalali  persiantools JalaliDate loop'] / taqvim_to_jalali:8.0f}x faster")
    print(f"  to_jalali vs jalali-pandas:       {seconds['to_jalali  jalali-pandas Series.jalali.to_jalali'] / taqvim_to_jalali:8.0f}x faster")
    print(f"  to_jalali per row:                {taqvim_to_jalali / rows * 1e9:8.1f} ns")
    print(f"  parse vs jdatetime strptime:      {seconds['parse      jdatetime.datetime.strptime loop'] / taqvim_parse:8.0f}x faster")
    print(f"  compute.parse / CLI per line:     {taqvim_news / cli_news:8.2f}x")
    print(f"  polars namespace / compute:       {namespace / direct:8.2f}x (to_jalali), {namespace_parse / direct_parse:.2f}x (parse)")


if __name__ == "__main__":
    main()
