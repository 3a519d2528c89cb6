use std::hint::black_box;
use taqvim::JalaliDate;
fn main() {
    let which = std::env::args().nth(1).unwrap();
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
    let j: Vec<_> = v
        .iter()
        .map(|&d| {
            let x = JalaliDate::from_epoch_day(d).unwrap();
            (x.year(), x.month(), x.day())
        })
        .collect();
    let g: Vec<_> = v
        .iter()
        .map(|&d| JalaliDate::from_epoch_day(d).unwrap().to_gregorian())
        .collect();
    let mut acc = 0u64;
    match which.as_str() {
        "none" => {}
        "from_epoch" => {
            for &d in black_box(&v) {
                let x = JalaliDate::from_epoch_day(d).unwrap();
                acc = acc.wrapping_add(x.day() as u64);
            }
        }
        "to_greg" => {
            for &(y, m, d) in black_box(&j) {
                if let Ok(x) = JalaliDate::new(y, m, d) {
                    let (a, b, c) = x.to_gregorian();
                    acc = acc.wrapping_add(a as u64 + b as u64 + c as u64);
                }
            }
        }
        "new" => {
            for &(y, m, d) in black_box(&j) {
                if let Ok(x) = JalaliDate::new(y, m, d) {
                    acc = acc.wrapping_add(x.day() as u64);
                }
            }
        }
        "to_epoch" => {
            for &(y, m, d) in black_box(&j) {
                if let Ok(x) = JalaliDate::new(y, m, d) {
                    acc = acc.wrapping_add(x.to_epoch_day() as u64);
                }
            }
        }
        "from_greg" => {
            for &(y, m, d) in black_box(&g) {
                if let Ok(x) = JalaliDate::from_gregorian(y, m, d) {
                    acc = acc.wrapping_add(x.day() as u64 + x.year() as u64);
                }
            }
        }
        "fg" => {
            for &(y, m, d) in black_box(&g) {
                let (a, b, c) = zz_from_greg(y, m, d);
                acc = acc.wrapping_add(a as u64 + b as u64 + c as u64);
            }
        }
        "w" => {
            for &(y, m, d) in black_box(&j) {
                let (a, b, c) = zz_to_greg(y, m, d);
                acc = acc.wrapping_add(a as u64 + b as u64 + c as u64);
            }
        }
        _ => {}
    }
    println!("{acc}");
}
#[inline(never)]
#[unsafe(no_mangle)]
pub fn zz_to_greg(y: i32, m: u8, d: u8) -> (i32, u8, u8) {
    match JalaliDate::new(y, m, d) {
        Ok(x) => x.to_gregorian(),
        Err(_) => (0, 0, 0),
    }
}
#[inline(never)]
#[unsafe(no_mangle)]
pub fn zz_from_greg(y: i32, m: u8, d: u8) -> (i32, u8, u8) {
    match JalaliDate::from_gregorian(y, m, d) {
        Ok(x) => (x.year(), x.month(), x.day()),
        Err(_) => (0, 0, 0),
    }
}
