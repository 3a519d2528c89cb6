use std::hint::black_box;
use std::time::Instant;
use taqvim::JalaliDate;
#[inline(always)]
fn fold(acc: u64, (y, m, d): (i32, u32, u32)) -> u64 {
    acc.wrapping_add(((y as u64) << 9) ^ (u64::from(m) << 5) ^ u64::from(d))
}
fn main() {
    let lo = JalaliDate::new(1, 1, 1).unwrap().to_epoch_day();
    let hi = JalaliDate::new(3178, 1, 1).unwrap().to_epoch_day();
    let mut s: u64 = 12345;
    let mut j = Vec::new();
    let mut g = Vec::new();
    for _ in 0..1_000_000 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let d = lo + ((s >> 33) % ((hi - lo) as u64)) as i32;
        let x = JalaliDate::from_epoch_day(d).unwrap();
        j.push((x.year(), x.month(), x.day()));
        g.push(x.to_gregorian());
    }
    let mode = std::env::args().nth(1).unwrap_or_default();
    for _ in 0..5 {
        let t = Instant::now();
        let r = black_box(&j)
            .iter()
            .fold(0u64, |acc, &(y, m, d)| match JalaliDate::new(y, m, d) {
                Ok(date) => {
                    let (gy, gm, gd) = date.to_gregorian();
                    fold(acc, (gy, gm.into(), gd.into()))
                }
                Err(_) => acc,
            });
        let a = t.elapsed().as_nanos() as f64 / 1e6;
        let t = Instant::now();
        let r2 =
            black_box(&g).iter().fold(0u64, |acc, &(y, m, d)| {
                match JalaliDate::from_gregorian(y, m, d) {
                    Ok(x) => fold(acc, (x.year(), x.month().into(), x.day().into())),
                    Err(_) => acc,
                }
            });
        let b = t.elapsed().as_nanos() as f64 / 1e6;
        let t = Instant::now();
        let r3 = black_box(&j)
            .iter()
            .fold(0u64, |acc, &(y, m, d)| fold(acc, (y, m.into(), d.into())));
        let c = t.elapsed().as_nanos() as f64 / 1e6;
        println!("{mode} to_greg {a:.2} from_greg {b:.2} empty {c:.2} {r} {r2} {r3}");
    }
}
