//! The other leap rules against the official table: the differences the table's
//! README lists for each rule must appear, and no others.

use taqvim::{ErrorKind, JalaliDate, LeapRule};

const CSV: &str = include_str!("../data/nowruz.csv");

/// `(year, Gregorian Nowruz, uncertain)` for each row.
fn table() -> Vec<(i32, (i32, u8, u8), bool)> {
    CSV.lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            let g: Vec<&str> = f[1].split('-').collect();
            (
                f[0].parse().unwrap(),
                (
                    g[0].parse().unwrap(),
                    g[1].parse().unwrap(),
                    g[2].parse().unwrap(),
                ),
                f[6] == "1",
            )
        })
        .collect()
}

/// Years whose 1 Farvardin under `rule` is not the official one.
fn nowruz_differences(rule: LeapRule, years: std::ops::RangeInclusive<i32>) -> Vec<i32> {
    table()
        .into_iter()
        .filter(|(y, _, _)| years.contains(y))
        .filter(|&(y, nowruz, _)| {
            let d = JalaliDate::from_rule(rule, y, 1, 1).unwrap();
            d.to_gregorian() != nowruz
        })
        .map(|(y, _, _)| y)
        .collect()
}

#[test]
fn borkowski_differs_in_the_eight_listed_years() {
    assert_eq!(
        nowruz_differences(LeapRule::Borkowski, 1..=3177),
        [5, 166, 752, 1503, 2060, 2192, 2225, 2588]
    );
}

#[test]
fn thirty_three_year_rule_is_exact_for_1178_to_1501_only() {
    let diffs = nowruz_differences(LeapRule::ThirtyThreeYear, 1..=3178);
    assert!(diffs.iter().all(|y| !(1178..=1501).contains(y)));
    assert!(diffs.contains(&1503));
    assert!(diffs.contains(&1177));
}

#[test]
fn birashk_differs_in_456_years() {
    let diffs = nowruz_differences(LeapRule::Birashk2820, 1..=3178);
    assert_eq!(diffs.len(), 456);
    for y in [1404, 1437, 1470] {
        assert!(diffs.contains(&y), "{y}");
    }
}

#[test]
fn astronomical_rule_is_the_table() {
    assert!(nowruz_differences(LeapRule::Astronomical, 1..=3178).is_empty());
}

#[test]
fn labels_round_trip_under_every_rule() {
    let start = JalaliDate::new(1300, 1, 1).unwrap();
    for rule in LeapRule::ALL {
        for date in start
            .iter_through(JalaliDate::new(1600, 12, 29).unwrap())
            .step_by(13)
        {
            let (y, m, d) = date.to_rule(rule).unwrap();
            assert_eq!(
                JalaliDate::from_rule(rule, y, m, d).unwrap(),
                date,
                "{rule} {date}"
            );
        }
    }
}

#[test]
fn out_of_range_years_are_errors() {
    let err = JalaliDate::from_rule(LeapRule::Borkowski, 3178, 1, 1).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::YearOutOfRange);
    assert_eq!(
        err.to_string(),
        "year 3178 is outside the borkowski rule, which covers -61..=3177"
    );
    assert!(
        JalaliDate::new(5000, 1, 1)
            .unwrap()
            .to_rule(LeapRule::Borkowski)
            .is_err()
    );
    for rule in LeapRule::ALL {
        for (y, m, d) in [
            (i32::MAX, 1, 1),
            (i32::MIN, 12, 29),
            (1400, 13, 1),
            (1400, 7, 31),
            (999_999, 12, 29),
        ] {
            // Each either gives a date in range or an error; neither may panic.
            if let Ok(date) = JalaliDate::from_rule(rule, y, m, d) {
                assert_eq!(date.to_rule(rule).unwrap(), (y, m, d));
            }
        }
        for date in [JalaliDate::MIN, JalaliDate::MAX] {
            if let Ok((y, m, d)) = date.to_rule(rule) {
                assert_eq!(JalaliDate::from_rule(rule, y, m, d).unwrap(), date);
            }
        }
    }
}
