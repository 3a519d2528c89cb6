//! Published pairs of Jalali and Gregorian dates, and the errors users meet first.

use taqvim::{ErrorKind, JalaliDate, JalaliDateTime, Month, ShortMonth, Weekday};

#[test]
fn known_pairs_convert_both_ways() {
    let pairs = [
        ((1400, 8, 26), (2021, 11, 17)),
        ((1403, 12, 30), (2025, 3, 20)),
        ((1404, 1, 1), (2025, 3, 21)),
        ((1399, 12, 30), (2021, 3, 20)),
        ((1, 1, 1), (622, 3, 22)),
        ((1503, 1, 1), (2124, 3, 20)),
        ((1348, 10, 11), (1970, 1, 1)),
        ((1357, 11, 22), (1979, 2, 11)),
        ((1304, 1, 1), (1925, 3, 21)),
    ];
    for ((jy, jm, jd), (gy, gm, gd)) in pairs {
        let j = JalaliDate::new(jy, jm, jd).unwrap();
        assert_eq!(j.to_gregorian(), (gy, gm, gd), "{j}");
        assert_eq!(JalaliDate::from_gregorian(gy, gm, gd).unwrap(), j);
    }
}

#[test]
fn invalid_dates_say_why() {
    let cases = [
        (
            (1400, 12, 30),
            ErrorKind::InvalidDay,
            "day 30 of Esfand does not exist in 1400: not a leap year",
        ),
        (
            (1400, 7, 31),
            ErrorKind::InvalidDay,
            "day 31 of Mehr does not exist: Mehr has 30 days",
        ),
        (
            (1400, 1, 32),
            ErrorKind::InvalidDay,
            "day 32 of Farvardin does not exist: Farvardin has 31 days",
        ),
        (
            (1400, 1, 0),
            ErrorKind::InvalidDay,
            "day 0 does not exist: days start at 1",
        ),
        (
            (1400, 0, 1),
            ErrorKind::InvalidMonth,
            "month 0 does not exist: months are 1..=12",
        ),
        (
            (1400, 13, 1),
            ErrorKind::InvalidMonth,
            "month 13 does not exist: months are 1..=12",
        ),
        (
            (i32::MAX, 1, 1),
            ErrorKind::YearOutOfRange,
            "Jalali year 2147483647 is out of range: supported years are -999999..=999999",
        ),
    ];
    for ((y, m, d), kind, message) in cases {
        let err = JalaliDate::new(y, m, d).unwrap_err();
        assert_eq!(err.kind(), kind);
        assert_eq!(err.to_string(), message);
    }
    let err = JalaliDate::from_gregorian(2023, 2, 29).unwrap_err();
    assert_eq!(
        err.to_string(),
        "29 February does not exist in Gregorian 2023: not a leap year"
    );
    let err = JalaliDate::from_gregorian(2023, 4, 31).unwrap_err();
    assert_eq!(
        err.to_string(),
        "day 31 of April does not exist: April has 30 days"
    );
    assert_eq!(
        JalaliDate::from_gregorian(i32::MIN, 1, 1)
            .unwrap_err()
            .kind(),
        ErrorKind::YearOutOfRange
    );
}

#[test]
fn calendar_facts_of_a_year() {
    let d = JalaliDate::new(1403, 12, 30).unwrap();
    assert_eq!(d.ordinal(), 366);
    assert_eq!(d.days_in_year(), 366);
    assert_eq!(d.month_of_year(), Month::Esfand);
    assert_eq!(d.weekday(), Weekday::Thursday);
    assert_eq!(
        d.first_day_of_month(),
        JalaliDate::new(1403, 12, 1).unwrap()
    );
    assert_eq!(d.first_day_of_year().to_gregorian(), (2024, 3, 20));
    assert_eq!(JalaliDate::from_ordinal(1403, 366).unwrap(), d);
    assert_eq!(
        JalaliDate::from_ordinal(1404, 0).unwrap_err().kind(),
        ErrorKind::InvalidOrdinal
    );
    for m in 1..=12u8 {
        let first = JalaliDate::new(1400, m, 1).unwrap();
        let expected = match m {
            1..=6 => 31,
            7..=11 => 30,
            _ => 29,
        };
        assert_eq!(first.days_in_month(), expected);
        assert_eq!(first.last_day_of_month().day(), expected);
    }
}

#[test]
fn month_and_year_arithmetic_policies() {
    let d = JalaliDate::new(1400, 6, 31).unwrap();
    assert_eq!(
        d.checked_add_months(1, ShortMonth::Clamp).unwrap(),
        JalaliDate::new(1400, 7, 30).unwrap()
    );
    assert_eq!(
        d.checked_add_months(1, ShortMonth::Reject)
            .unwrap_err()
            .to_string(),
        "day 31 of Mehr does not exist: Mehr has 30 days"
    );
    assert_eq!(
        d.checked_add_months(-6, ShortMonth::Clamp).unwrap(),
        JalaliDate::new(1399, 12, 30).unwrap()
    );
    assert_eq!(
        d.checked_add_months(-6, ShortMonth::Reject)
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidDay
    );
    assert_eq!(
        d.checked_add_months(12 * 5, ShortMonth::Reject).unwrap(),
        JalaliDate::new(1405, 6, 31).unwrap()
    );
    assert_eq!(
        d.checked_sub_months(18, ShortMonth::Clamp).unwrap(),
        JalaliDate::new(1398, 12, 29).unwrap()
    );
    assert_eq!(
        d.checked_add_months(i64::MAX, ShortMonth::Clamp)
            .unwrap_err()
            .kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        d.checked_sub_months(i64::MIN, ShortMonth::Clamp)
            .unwrap_err()
            .kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        d.checked_add_years(i64::MIN, ShortMonth::Clamp)
            .unwrap_err()
            .kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        d.checked_add_days(i64::MAX).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        d.checked_sub_days(i64::MIN).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    let leap_day = JalaliDate::new(1399, 12, 30).unwrap();
    assert_eq!(
        leap_day.checked_add_years(4, ShortMonth::Reject).unwrap(),
        JalaliDate::new(1403, 12, 30).unwrap()
    );
    assert_eq!(
        leap_day.checked_sub_years(1, ShortMonth::Clamp).unwrap(),
        JalaliDate::new(1398, 12, 29).unwrap()
    );
}

#[test]
fn extremes_are_errors_not_panics() {
    assert_eq!(
        JalaliDate::MIN.yesterday().unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        JalaliDate::MAX.tomorrow().unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        JalaliDate::MIN.checked_sub_days(1).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        JalaliDate::MIN
            .checked_add_days(JalaliDate::MAX.days_since(JalaliDate::MIN))
            .unwrap(),
        JalaliDate::MAX
    );
    assert!(JalaliDate::from_epoch_day(i32::MIN).is_err());
    assert!(JalaliDate::from_epoch_day(JalaliDate::MAX.to_epoch_day() + 1).is_err());
    assert_eq!(
        JalaliDate::from_epoch_day(JalaliDate::MIN.to_epoch_day()).unwrap(),
        JalaliDate::MIN
    );
    let (gy, gm, gd) = JalaliDate::MAX.to_gregorian();
    assert_eq!(
        JalaliDate::from_gregorian(gy, gm, gd).unwrap(),
        JalaliDate::MAX
    );
    let (gy, gm, gd) = JalaliDate::MIN.to_gregorian();
    assert_eq!(
        JalaliDate::from_gregorian(gy, gm, gd).unwrap(),
        JalaliDate::MIN
    );
    let before_min = JalaliDate::MIN.to_epoch_day() - 1;
    assert_eq!(
        JalaliDate::from_epoch_day(before_min).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert!(JalaliDateTime::from_epoch_seconds(i64::MAX).is_err());
    assert!(JalaliDate::MAX.iter_days().count() == 1);
    assert_eq!(JalaliDate::MIN.to_string(), "-999999-01-01");
}

#[test]
fn iteration_runs_both_ways() {
    let a = JalaliDate::new(1403, 12, 25).unwrap();
    let b = JalaliDate::new(1404, 1, 5).unwrap();
    let forward: Vec<_> = a.iter_through(b).collect();
    let mut backward: Vec<_> = a.iter_through(b).rev().collect();
    backward.reverse();
    assert_eq!(forward, backward);
    assert_eq!(forward.len(), 11);
    assert_eq!(a.iter_until(b).len(), 10);
    assert_eq!(b.iter_until(a).count(), 0);
    assert_eq!(
        a.iter_through(b).nth(6),
        Some(JalaliDate::new(1404, 1, 1).unwrap())
    );
    assert_eq!(a.iter_through(b).nth(usize::MAX), None);
    for pair in forward.windows(2) {
        assert_eq!(pair[0].tomorrow().unwrap(), pair[1]);
    }
}

#[test]
fn date_time_text_forms() {
    let dt: JalaliDateTime = "1400-08-26T02:39:00".parse().unwrap();
    assert_eq!(dt.to_string(), "1400-08-26T02:39:00");
    assert_eq!(format!("{dt:?}"), "1400-08-26T02:39:00");
    let frac: JalaliDateTime = "1400-08-26T02:39:00.25".parse().unwrap();
    assert_eq!(frac.time().nanosecond(), 250_000_000);
    assert_eq!(frac.to_string(), "1400-08-26T02:39:00.250");
    assert!(frac > dt);
    assert_eq!(
        "1400-12-30T00:00:00"
            .parse::<JalaliDateTime>()
            .unwrap_err()
            .to_string(),
        "day 30 of Esfand does not exist in 1400: not a leap year"
    );
    assert_eq!(
        "1400-08-26T25:00"
            .parse::<JalaliDateTime>()
            .unwrap_err()
            .to_string(),
        "hour 25 is out of range: hours are 0..=23"
    );
}
