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

/// `Display` of dates and date-times (the ISO writer) against chrono's, and against
/// the Gregorian-to-Jalali conversion of the same days, over 1024 days spread across
/// 1300..=1500, into one reused buffer.
fn display(c: &mut Criterion) {
    let days: Vec<i32> = (0..1024).map(|i| -25_000 + i * 71).collect();
    let jalali: Vec<taqvim::JalaliDate> = days
        .iter()
        .map(|&d| taqvim::JalaliDate::from_epoch_day(d).unwrap())
        .collect();
    let gregorian: Vec<(i32, u8, u8)> = jalali.iter().map(|d| d.to_gregorian()).collect();
    let naive: Vec<chrono::NaiveDate> = jalali
        .iter()
        .map(|&d| chrono::NaiveDate::try_from(d).unwrap())
        .collect();
    let noon = taqvim::Time::from_hms(12, 34, 56).unwrap();
    let mut buffer = String::with_capacity(64 * 1024);
    let mut group = c.benchmark_group("display");
    group.bench_function("taqvim JalaliDate Display", |b| {
        b.iter(|| {
            buffer.clear();
            for d in black_box(&jalali) {
                write!(buffer, "{d}").unwrap();
            }
            black_box(buffer.len())
        })
    });
    group.bench_function("chrono NaiveDate Display", |b| {
        b.iter(|| {
            buffer.clear();
            for d in black_box(&naive) {
                write!(buffer, "{d}").unwrap();
            }
            black_box(buffer.len())
        })
    });
    group.bench_function("taqvim IsoBuffer (the writer alone)", |b| {
        let mut out = Vec::with_capacity(16 * 1024);
        b.iter(|| {
            out.clear();
            for d in black_box(&jalali) {
                let mut iso = taqvim::iso::IsoBuffer::new();
                iso.push_date(d.year(), d.month(), d.day());
                out.extend_from_slice(iso.as_bytes());
            }
            black_box(out.len())
        })
    });
    group.bench_function("core::fmt alone (write! of a constant 10-byte str)", |b| {
        b.iter(|| {
            buffer.clear();
            for _ in black_box(&jalali) {
                write!(buffer, "{}", black_box("1400-08-26")).unwrap();
            }
            black_box(buffer.len())
        })
    });
    group.bench_function("taqvim iso::append_date (the column writer)", |b| {
        let mut out = Vec::with_capacity(16 * 1024);
        b.iter(|| {
            out.clear();
            for d in black_box(&jalali) {
                taqvim::iso::append_date(&mut out, d.year(), d.month(), d.day());
            }
            black_box(out.len())
        })
    });
    group.bench_function("taqvim from_gregorian (the conversion)", |b| {
        b.iter(|| {
            let mut sum = 0i32;
            for &(y, m, d) in black_box(&gregorian) {
                sum += taqvim::JalaliDate::from_gregorian(y, m, d).unwrap().day() as i32;
            }
            black_box(sum)
        })
    });
    group.bench_function("taqvim JalaliDateTime Display", |b| {
        b.iter(|| {
            buffer.clear();
            for &d in black_box(&jalali) {
                write!(buffer, "{}", JalaliDateTime::new(d, noon)).unwrap();
            }
            black_box(buffer.len())
        })
    });
    group.bench_function("chrono NaiveDateTime Display", |b| {
        let noon = chrono::NaiveTime::from_hms_opt(12, 34, 56).unwrap();
        b.iter(|| {
            buffer.clear();
            for d in black_box(&naive) {
                write!(buffer, "{}", d.and_time(noon)).unwrap();
            }
            black_box(buffer.len())
        })
    });
    group.finish();
}

criterion_group!(benches, format_news_line, display);
criterion_main!(benches);
