use std::hint::black_box;
use std::time::Instant;
use taqvim::JalaliDate;
fn main() {
    let lo = JalaliDate::new(1, 1, 1).unwrap().to_epoch_day();
    let hi = JalaliDate::new(3178, 1, 1).unwrap().to_epoch_day();
    let mut v = Vec::new();
    let mut s: u64 = 12345;
    for _ in 0..1_000_000 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        v.push(lo + ((s >> 33) % ((hi - lo) as u64)) as i32);
    }
    let g: Vec<_> = v
        .iter()
        .map(|&d| JalaliDate::from_epoch_day(d).unwrap().to_gregorian())
        .collect();
    let j: Vec<_> = v
        .iter()
        .map(|&d| {
            let x = JalaliDate::from_epoch_day(d).unwrap();
            (x.year(), x.month(), x.day())
        })
        .collect();
    for _ in 0..3 {
        let t = Instant::now();
        let mut acc = 0u64;
        for &(y, m, d) in black_box(&g) {
            if let Ok(x) = JalaliDate::from_gregorian(y, m, d) {
                acc = acc.wrapping_add(x.day() as u64 + x.year() as u64);
            }
        }
        println!(
            "from_gregorian {:?} ns/op {}",
            t.elapsed().as_nanos() as f64 / 1e6,
            acc
        );
        let t = Instant::now();
        let mut acc = 0u64;
        for &(y, m, d) in black_box(&j) {
            if let Ok(x) = JalaliDate::new(y, m, d) {
                let (a, b, c) = x.to_gregorian();
                acc = acc.wrapping_add(a as u64 + b as u64 + c as u64);
            }
        }
        println!(
            "to_gregorian {:?} ns/op {}",
            t.elapsed().as_nanos() as f64 / 1e6,
            acc
        );
        let t = Instant::now();
        let mut acc = 0u64;
        for &d in black_box(&v) {
            let x = zz_from_epoch(d);
            acc = acc.wrapping_add(x.2 as u64);
        }
        println!(
            "from_epoch_day {:?} ns/op {}",
            t.elapsed().as_nanos() as f64 / 1e6,
            acc
        );
        let t = Instant::now();
        let mut acc = 0u64;
        for &d in black_box(&v) {
            acc = acc.wrapping_add(black_box(d) as u64 * 3);
        }
        println!(
            "baseline {:?} ns/op {}",
            t.elapsed().as_nanos() as f64 / 1e6,
            acc
        );
    }
}
#[inline(never)]
#[unsafe(no_mangle)]
pub fn zz_from_epoch(d: i32) -> (i32, u8, u8) {
    let x = taqvim::JalaliDate::from_epoch_day(d).unwrap();
    (x.year(), x.month(), x.day())
}
