use std::hint::black_box;
use std::time::Instant;
use taqvim::JalaliDate;
fn run(name: &str, v: &[i32]) {
    let t = Instant::now(); let mut acc = 0u64;
    for &d in black_box(v) { let x = JalaliDate::from_epoch_day(d).unwrap(); acc = acc.wrapping_add(x.day() as u64 + x.month() as u64); }
    println!("{name} {:.2} ns/op {}", t.elapsed().as_nanos() as f64 / v.len() as f64, acc);
}
fn main() {
    let lo = JalaliDate::new(1, 1, 1).unwrap().to_epoch_day();
    let hi = JalaliDate::new(3178, 1, 1).unwrap().to_epoch_day();
    let mut v = Vec::new();
    let mut s: u64 = 12345;
    for _ in 0..1_000_000 { s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); v.push(lo + ((s >> 33) % ((hi - lo) as u64)) as i32); }
    let seq: Vec<i32> = (0..1_000_000).map(|i| lo + i).collect();
    let mut sorted = v.clone(); sorted.sort();
    for _ in 0..3 { run("random", &v); run("sequential", &seq); run("sorted-random", &sorted); }
}
