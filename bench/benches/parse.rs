//! Reading dates: `taqvim::parse` against chrono's `parse_from_str` on the same line
//! in English, and `find_dates` over Persian news text.
//!
//! Run with `cargo bench --bench parse`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About 1 MB of Persian news prose with numbers that are not dates (counts,
/// percentages, prices, phone numbers, times) and a date every ~3 KB, in the forms
/// news sites use.
fn news_text() -> String {
    const PARAGRAPH: &str = "به گزارش خبرگزاری، رئیس سازمان برنامه و بودجه در نشست خبری امروز \
        اعلام کرد که بودجه سال آینده با رشد ۲۰ درصدی نسبت به سال گذشته تنظیم شده است و \
        بیش از ۱۲ میلیون نفر از یارانه‌ها بهره‌مند خواهند شد. وی افزود: قیمت هر لیتر بنزین \
        ۳٬۰۰۰ تومان باقی می‌ماند و برای اطلاعات بیشتر با شماره ۰۲۱-۸۸۱۲-۳۴۵۶ تماس بگیرید. \
        این جلسه از ساعت ۱۰ صبح آغاز شد و حدود ۳ ساعت به طول انجامید. کارشناسان معتقدند \
        که تورم در ماه‌های آینده کاهش خواهد یافت و نرخ ارز در بازار آزاد ثابت می‌ماند. ";
    const DATES: [&str; 4] = [
        "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹",
        "سه‌شنبه ۱۴۰۲/۰۵/۱۰",
        "بیست و ششم آبان‌ماه ۱۴۰۰",
        "۱۴ اسفند ۱۴۰۱ ساعت ۱۸:۳۰",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1_000_000 {
        for _ in 0..3 {
            text.push_str(PARAGRAPH);
        }
        text.push_str("تاریخ انتشار: ");
        text.push_str(DATES[i % DATES.len()]);
        text.push_str(". ");
        i += 1;
    }
    text
}

fn parse_one_line(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_news_line");
    group.bench_function("taqvim::parse", |b| {
        b.iter(|| taqvim::parse(black_box("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹")))
    });
    group.bench_function("taqvim::JalaliDateTime::parse_from_str", |b| {
        b.iter(|| {
            taqvim::JalaliDateTime::parse_from_str(
                black_box("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"),
                black_box("%d %B %Y - %H:%M"),
            )
        })
    });
    group.bench_function("chrono::NaiveDateTime::parse_from_str", |b| {
        b.iter(|| {
            chrono::NaiveDateTime::parse_from_str(
                black_box("17 November 2021 - 02:39"),
                black_box("%d %B %Y - %H:%M"),
            )
        })
    });
    group.finish();
}

fn find_in_news(c: &mut Criterion) {
    let text = news_text();
    let expected = taqvim::find_dates(&text).count();
    assert!(expected > 300, "the text holds {expected} dates");
    let mut group = c.benchmark_group("find_dates");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("persian_news_1MB", |b| {
        b.iter(|| taqvim::find_dates(black_box(&text)).count())
    });
    group.finish();
}

criterion_group!(benches, parse_one_line, find_in_news);
criterion_main!(benches);
