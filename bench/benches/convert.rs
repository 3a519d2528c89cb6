//! Jalali <-> Gregorian conversion: taqvim against the Rust crates users would
//! otherwise pick, over the same one million random dates in one run.
//!
//! Anchors: `calendrical_calculations` 0.2.4 (ICU4X's calendar arithmetic, the
//! fastest correct one), `icu_calendar` 2.x (through its public `Date` API) and
//! `parsidate`. Each conversion includes the validation its API performs.
//!
//! Run with `cargo bench --bench convert`; criterion reports the time for the whole
//! batch, so nanoseconds per conversion are that time divided by 1 000 000.

use std::hint::black_box;

use calendrical_calculations::{gregorian as cc_gregorian, persian as cc_persian};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use icu_calendar::Date;
use icu_calendar::cal::Persian;
use taqvim::JalaliDate;

const N: usize = 1_000_000;

/// The same dates as Jalali and as Gregorian triples: uniformly random days of
/// 1..=3178 AP (Gregorian 622..=3799), from a fixed-seed generator.
/// A date as `(year, month, day)`.
type Ymd = (i32, u8, u8);

fn dates() -> (Vec<Ymd>, Vec<Ymd>) {
    let lo = i64::from(JalaliDate::new(1, 1, 1).unwrap().to_epoch_day());
    let hi = i64::from(JalaliDate::new(3178, 12, 29).unwrap().to_epoch_day());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut jalali = Vec::with_capacity(N);
    let mut gregorian = Vec::with_capacity(N);
    for _ in 0..N {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        let day = lo + (r % (hi - lo + 1) as u64) as i64;
        let date = JalaliDate::from_epoch_day(day as i32).unwrap();
        jalali.push((date.year(), date.month(), date.day()));
        gregorian.push(date.to_gregorian());
    }
    (jalali, gregorian)
}

/// Folds a converted date into a checksum, so no conversion can be optimised away.
/// The running sum is the only dependency between iterations, one addition long, so
/// the fold does not hide the conversions' own cost.
#[inline(always)]
fn fold(acc: u64, (y, m, d): (i32, u32, u32)) -> u64 {
    acc.wrapping_add(((y as u64) << 9) ^ (u64::from(m) << 5) ^ u64::from(d))
}

fn to_gregorian(c: &mut Criterion) {
    let (jalali, _) = dates();
    let mut group = c.benchmark_group("jalali_to_gregorian");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(10);
    group.bench_function("taqvim", |b| {
        b.iter(|| {
            black_box(&jalali)
                .iter()
                .fold(0u64, |acc, &(y, m, d)| match JalaliDate::new(y, m, d) {
                    Ok(date) => {
                        let (gy, gm, gd) = date.to_gregorian();
                        fold(acc, (gy, gm.into(), gd.into()))
                    }
                    Err(_) => acc,
                })
        })
    });
    group.bench_function("calendrical_calculations", |b| {
        b.iter(|| {
            black_box(&jalali).iter().fold(0u64, |acc, &(y, m, d)| {
                let rd = cc_persian::fixed_from_fast_persian(y, m, d);
                match cc_gregorian::gregorian_from_fixed(rd) {
                    Ok((gy, gm, gd)) => fold(acc, (gy, gm.into(), gd.into())),
                    Err(_) => acc,
                }
            })
        })
    });
    group.bench_function("icu_calendar", |b| {
        b.iter(|| {
            black_box(&jalali).iter().fold(0u64, |acc, &(y, m, d)| {
                match Date::try_new_persian(y, m, d) {
                    Ok(date) => {
                        let iso = date.to_calendar(icu_calendar::Iso);
                        fold(
                            acc,
                            (
                                iso.year().extended_year(),
                                iso.month().ordinal.into(),
                                iso.day_of_month().0.into(),
                            ),
                        )
                    }
                    Err(_) => acc,
                }
            })
        })
    });
    group.bench_function("parsidate", |b| {
        use chrono::Datelike;
        b.iter(|| {
            black_box(&jalali)
                .iter()
                .fold(0u64, |acc, &(y, m, d)| {
                    match parsidate::ParsiDate::new(y, m.into(), d.into())
                        .and_then(|p| p.to_gregorian())
                    {
                        Ok(g) => fold(acc, (g.year(), g.month(), g.day())),
                        Err(_) => acc,
                    }
                })
        })
    });
    group.finish();
}

fn from_gregorian(c: &mut Criterion) {
    let (_, gregorian) = dates();
    let mut group = c.benchmark_group("gregorian_to_jalali");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(10);
    group.bench_function("taqvim", |b| {
        b.iter(|| {
            black_box(&gregorian).iter().fold(0u64, |acc, &(y, m, d)| {
                match JalaliDate::from_gregorian(y, m, d) {
                    Ok(j) => fold(acc, (j.year(), j.month().into(), j.day().into())),
                    Err(_) => acc,
                }
            })
        })
    });
    group.bench_function("calendrical_calculations", |b| {
        b.iter(|| {
            black_box(&gregorian).iter().fold(0u64, |acc, &(y, m, d)| {
                let rd = cc_gregorian::fixed_from_gregorian(y, m, d);
                match cc_persian::fast_persian_from_fixed(rd) {
                    Ok((jy, jm, jd)) => fold(acc, (jy, jm.into(), jd.into())),
                    Err(_) => acc,
                }
            })
        })
    });
    group.bench_function("icu_calendar", |b| {
        b.iter(|| {
            black_box(&gregorian).iter().fold(0u64, |acc, &(y, m, d)| {
                match Date::try_new_iso(y, m, d) {
                    Ok(iso) => {
                        let p = iso.to_calendar(Persian::new());
                        fold(
                            acc,
                            (
                                p.year().extended_year(),
                                p.month().ordinal.into(),
                                p.day_of_month().0.into(),
                            ),
                        )
                    }
                    Err(_) => acc,
                }
            })
        })
    });
    group.bench_function("parsidate", |b| {
        b.iter(|| {
            black_box(&gregorian).iter().fold(0u64, |acc, &(y, m, d)| {
                match chrono::NaiveDate::from_ymd_opt(y, m.into(), d.into())
                    .ok_or(parsidate::DateError::InvalidDate)
                    .and_then(parsidate::ParsiDate::from_gregorian)
                {
                    Ok(p) => fold(acc, (p.year(), p.month(), p.day())),
                    Err(_) => acc,
                }
            })
        })
    });
    group.finish();
}

criterion_group!(benches, to_gregorian, from_gregorian);
criterion_main!(benches);
