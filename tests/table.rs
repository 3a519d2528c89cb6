//! The embedded calendar table against its source, `data/nowruz.csv`, year by year.
//!
//! `src/calendar/table.rs` is generated from the CSV by this test: run
//! `TAQVIM_BLESS=1 cargo test --test main table` after changing the CSV to write it anew.

use taqvim::{JalaliDate, is_leap_year};

const CSV: &str = include_str!("../data/nowruz.csv");
const TABLE_RS: &str = include_str!("../src/calendar/table.rs");
const EQUINOX_RS: &str = include_str!("../src/calendar/equinox.rs");

/// 1 Farvardin of the plain 33-year rule, in days since 1970-01-01 (see
/// `src/calendar/jalali.rs`).
fn nowruz_33(y: i64) -> i64 {
    -492_268 + 365 * (y - 1) + (8 * y + 21).div_euclid(33)
}

struct Row {
    year: i32,
    nowruz: (i32, u8, u8),
    leap: bool,
    /// The March equinox, seconds since 1970-01-01T00:00:00Z.
    equinox: i64,
}

fn rows() -> Vec<Row> {
    let mut lines = CSV.lines();
    assert_eq!(
        lines.next(),
        Some(
            "jalali_year,gregorian_nowruz,leap,equinox_utc,margin_minutes,method_agreement,uncertain"
        )
    );
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            let date: Vec<&str> = fields[1].split('-').collect();
            Row {
                year: fields[0].parse().unwrap(),
                nowruz: (
                    date[0].parse().unwrap(),
                    date[1].parse().unwrap(),
                    date[2].parse().unwrap(),
                ),
                leap: match fields[2] {
                    "0" => false,
                    "1" => true,
                    other => panic!("bad leap flag {other:?}"),
                },
                equinox: utc_seconds(fields[3]),
            }
        })
        .collect()
}

/// `YYYY-MM-DDTHH:MM:SSZ` as seconds since 1970-01-01T00:00:00Z.
fn utc_seconds(text: &str) -> i64 {
    let n = |range: std::ops::Range<usize>| -> i64 { text[range].parse().unwrap() };
    assert_eq!(
        (text.len(), &text[10..11], &text[19..]),
        (20, "T", "Z"),
        "{text}"
    );
    let day = days_from_civil(n(0..4) as i32, n(5..7) as u8, n(8..10) as u8);
    day * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19)
}

fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The text of `src/calendar/table.rs` for the CSV's rows.
fn generate(rows: &[Row]) -> String {
    // Nowruz of every year in the table plus the year after the last (from its leap flag).
    let mut nowruz: Vec<i64> = rows
        .iter()
        .map(|r| days_from_civil(r.nowruz.0, r.nowruz.1, r.nowruz.2))
        .collect();
    let last = rows.last().unwrap();
    nowruz.push(nowruz.last().unwrap() + 365 + i64::from(last.leap));
    let first_year = rows[0].year;
    // The day of March of each Nowruz, less 20 (0..=2), for direct Gregorian conversion.
    let mut march = vec![0u8; rows.len().div_ceil(4)];
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.nowruz.1, 3, "Nowruz {} is in March", r.year);
        let offset = r.nowruz.2.checked_sub(20).filter(|o| *o <= 2);
        let offset = offset.unwrap_or_else(|| panic!("Nowruz {} is March 20..=22", r.year));
        march[i / 4] |= offset << ((i % 4) * 2);
    }
    let mut bytes = vec![0u8; nowruz.len().div_ceil(4)];
    for (i, n) in nowruz.iter().enumerate() {
        let correction = n - nowruz_33(i64::from(first_year) + i as i64);
        assert!(
            (-1..=1).contains(&correction),
            "year {}: correction {correction} does not fit two bits",
            i64::from(first_year) + i as i64
        );
        bytes[i / 4] |= ((correction + 1) as u8) << ((i % 4) * 2);
    }
    let mut out = String::new();
    out.push_str(
        "//! The official calendar's corrections to the 33-year rule, generated from\n\
         //! `data/nowruz.csv` by `TAQVIM_BLESS=1 cargo test --test main table`. Do not edit.\n\
         //!\n\
         //! Both tables hold two bits per year, at bit `2 * (i % 4)` of byte `i / 4` for year\n\
         //! `FIRST_YEAR + i`. `CORRECTIONS` holds `nowruz(y) - nowruz_33(y) + 1`, the\n\
         //! official Nowruz against the 33-year rule's, in 0..=2; `NOWRUZ_MARCH` the day of\n\
         //! March of the official Nowruz less 20, in 0..=2.\n\n",
    );
    out.push_str(&format!(
        "/// The first year of the table.\npub(crate) const FIRST_YEAR: i32 = {first_year};\n"
    ));
    out.push_str(&format!(
        "/// The last year whose 1 Farvardin the table fixes (the year after the CSV's last row).\n\
         pub(crate) const LAST_NOWRUZ_YEAR: i32 = {};\n",
        i64::from(first_year) + nowruz.len() as i64 - 1
    ));
    out.push_str(&format!(
        "/// Two-bit corrections, four years to a byte.\n\
         pub(crate) const CORRECTIONS: [u8; {}] = [\n",
        bytes.len()
    ));
    push_bytes(&mut out, &bytes);
    out.push_str(&format!(
        "/// The last year whose Gregorian March day of Nowruz `NOWRUZ_MARCH` holds.\n\
         pub(crate) const LAST_MARCH_YEAR: i32 = {};\n",
        rows.last().unwrap().year
    ));
    out.push_str(&format!(
        "/// The day of March of each year's 1 Farvardin, less 20 (0..=2), four years to a byte.\n\
         pub(crate) const NOWRUZ_MARCH: [u8; {}] = [\n",
        march.len()
    ));
    push_bytes(&mut out, &march);
    out
}

fn push_bytes(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(12) {
        out.push_str("   ");
        for b in chunk {
            out.push_str(&format!(" 0x{b:02x},"));
        }
        out.push('\n');
    }
    out.push_str("];\n");
}

/// The text of `src/calendar/equinox.rs`: each year's equinox as seconds after
/// 00:00 UTC two days before its Nowruz, in three bytes.
fn generate_equinoxes(rows: &[Row]) -> String {
    let mut bytes = Vec::with_capacity(rows.len() * 3);
    for r in rows {
        let base = (days_from_civil(r.nowruz.0, r.nowruz.1, r.nowruz.2) - 2) * 86_400;
        let offset = r.equinox - base;
        assert!(
            (0..1 << 24).contains(&offset),
            "year {}: the equinox is {offset} s after the base",
            r.year
        );
        bytes.extend_from_slice(&(offset as u32).to_le_bytes()[..3]);
    }
    let mut out = String::new();
    out.push_str(
        "//! The March equinox of every year of the table, generated from `data/nowruz.csv`\n\
         //! by `TAQVIM_BLESS=1 cargo test --test main table`. Do not edit.\n\
         //!\n\
         //! Three bytes per year, little-endian, for year `FIRST_YEAR + i` at byte `3 * i`:\n\
         //! the seconds from 00:00 UTC two days before the year's 1 Farvardin to the\n\
         //! equinox.\n\n",
    );
    out.push_str(&format!(
        "/// The last year of the table.\npub(crate) const LAST_YEAR: i32 = {};\n",
        rows.last().unwrap().year
    ));
    out.push_str(&format!(
        "/// Seconds after the base, three bytes per year.\n\
         pub(crate) const EQUINOX_SECONDS: [u8; {}] = [\n",
        bytes.len()
    ));
    push_bytes(&mut out, &bytes);
    out
}

#[test]
fn generated_equinoxes_match_the_csv() {
    let text = generate_equinoxes(&rows());
    if std::env::var_os("TAQVIM_BLESS").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/calendar/equinox.rs"),
            &text,
        )
        .unwrap();
        return;
    }
    assert!(
        text == EQUINOX_RS,
        "src/calendar/equinox.rs is stale: run TAQVIM_BLESS=1 cargo test --test main table"
    );
}

#[test]
fn every_equinox_of_the_csv_through_the_public_api() {
    for row in rows() {
        assert_eq!(
            taqvim::nowruz_instant(row.year),
            Ok(row.equinox),
            "{}",
            row.year
        );
    }
    assert!(taqvim::nowruz_instant(0).is_err());
    assert!(taqvim::nowruz_instant(3179).is_err());
}

#[test]
fn generated_table_matches_the_csv() {
    let rows = rows();
    let text = generate(&rows);
    if std::env::var_os("TAQVIM_BLESS").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/calendar/table.rs"),
            &text,
        )
        .unwrap();
        return;
    }
    assert!(
        text == TABLE_RS,
        "src/calendar/table.rs is stale: run TAQVIM_BLESS=1 cargo test --test main table"
    );
}

#[test]
fn every_year_of_the_csv_through_the_public_api() {
    let rows = rows();
    assert_eq!(rows.len(), 3178);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.year, i as i32 + 1, "rows are consecutive");
        let first = JalaliDate::new(row.year, 1, 1).unwrap();
        assert_eq!(first.to_gregorian(), row.nowruz, "Nowruz {}", row.year);
        let (gy, gm, gd) = row.nowruz;
        assert_eq!(JalaliDate::from_gregorian(gy, gm, gd).unwrap(), first);
        assert_eq!(
            is_leap_year(row.year),
            row.leap,
            "leap flag of {}",
            row.year
        );
        assert_eq!(JalaliDate::new(row.year, 12, 30).is_ok(), row.leap);
        // The day before Nowruz is the last day of the previous year.
        let eve = first.yesterday().unwrap();
        assert_eq!(eve.year(), row.year - 1);
        assert_eq!(
            (eve.month(), eve.day()),
            (12, if is_leap_year(row.year - 1) { 30 } else { 29 })
        );
    }
}

#[test]
fn the_33_year_extension_continues_both_ends_without_a_seam() {
    // Outside 1..=3178 every year follows (25y + 11) mod 33 < 8, and the lengths of the
    // years on either side of each end add up to the table's dates.
    for y in (-3_000..=0).chain(3_179..6_000) {
        let leap = (25 * i64::from(y) + 11).rem_euclid(33) < 8;
        assert_eq!(is_leap_year(y), leap, "year {y}");
    }
    let day = |y: i32| JalaliDate::new(y, 1, 1).unwrap().to_epoch_day();
    for y in -3_000..6_000 {
        let len = day(y + 1) - day(y);
        assert_eq!(len, if is_leap_year(y) { 366 } else { 365 }, "year {y}");
    }
}

/// The instants the Calendar Center of the University of Tehran announced for the
/// turn of these years, in Tehran standard time (UTC+03:30), as news agencies and the
/// Center's calendar printed them.
const ANNOUNCED: &[(i32, &str)] = &[
    (1391, "1391-01-01T08:44:27"),
    (1397, "1396-12-29T19:45:28"),
    (1398, "1398-01-01T01:28:27"),
    (1399, "1399-01-01T07:19:37"),
    (1400, "1399-12-30T13:07:28"),
    (1401, "1400-12-29T19:03:26"),
    (1402, "1402-01-01T00:54:28"),
    (1403, "1403-01-01T06:36:26"),
    (1404, "1403-12-30T12:31:30"),
];

#[test]
fn nowruz_instants_agree_with_the_announced_ones() {
    for &(year, local) in ANNOUNCED {
        let local: taqvim::JalaliDateTime = local.parse().unwrap();
        let t = local.time();
        let seconds = i64::from(local.date().to_epoch_day()) * 86_400
            + i64::from(t.hour()) * 3600
            + i64::from(t.minute()) * 60
            + i64::from(t.second())
            - 12_600;
        let ours = taqvim::nowruz_instant(year).unwrap();
        assert!(
            (ours - seconds).abs() <= 3,
            "{year}: {ours} against the announced {seconds} ({local})"
        );
    }
}
