//! Writing dates: taqvim in Persian (names and digits) against chrono in English, the
//! same pattern, into the same reused buffer, in one run.
//!
//! Run with `cargo bench --bench format`.

use std::fmt::Write;
use std::hint::black_box;

use chrono::format::StrftimeItems;
use criterion::{Criterion, criterion_group, criterion_main};
use taqvim::{Formatter, JalaliDateTime, Locale};

const PATTERN: &str = "%d %B %Y - %H:%M";

fn format_news_line(c: &mut Criterion) {
    let jalali: JalaliDateTime = "1400-08-26T02:39:00".parse().unwrap();
    let naive = chrono::NaiveDateTime::try_from(jalali).unwrap();
    let mut buffer = String::with_capacity(64);
    let mut group = c.benchmark_group("format_news_line");

    // The pattern read on every call, as `format(pattern)` does in both crates.
    group.bench_function("taqvim Persian", |b| {
        b.iter(|| {
            buffer.clear();
            let f = Formatter::new(black_box(PATTERN))
                .unwrap()
                .with_locale(Locale::Iranian);
            write!(buffer, "{}", f.format(black_box(&jalali)).unwrap()).unwrap();
            black_box(buffer.len())
        })
    });
    group.bench_function("chrono English", |b| {
        b.iter(|| {
            buffer.clear();
            write!(buffer, "{}", black_box(&naive).format(black_box(PATTERN))).unwrap();
            black_box(buffer.len())
        })
    });

    // The pattern prepared once.
    let formatter = Formatter::new(PATTERN)
        .unwrap()
        .with_locale(Locale::Iranian);
    group.bench_function("taqvim Persian, prepared", |b| {
        b.iter(|| {
            buffer.clear();
            formatter
                .format(black_box(&jalali))
                .unwrap()
                .write_to(&mut buffer)
                .unwrap();
            black_box(buffer.len())
        })
    });
    let items: Vec<_> = StrftimeItems::new(PATTERN).collect();
    group.bench_function("chrono English, prepared", |b| {
        b.iter(|| {
            buffer.clear();
            let shown = black_box(&naive).format_with_items(items.iter());
            write!(buffer, "{shown}").unwrap();
            black_box(buffer.len())
        })
    });
    group.finish();
}

criterion_group!(benches, format_news_line);
criterion_main!(benches);
