//! Properties over the whole supported range, checked with proptest.

use proptest::prelude::*;
use taqvim::{JalaliDate, JalaliDateTime, ShortMonth, Time};

fn epoch_day() -> impl Strategy<Value = i32> {
    JalaliDate::MIN.to_epoch_day()..=JalaliDate::MAX.to_epoch_day()
}

/// Days from the whole range, and often from years near the table's edges, where
/// mistakes in the seams would show.
fn any_date() -> impl Strategy<Value = JalaliDate> {
    let near = |year: i32| {
        let lo = JalaliDate::new(year - 40, 1, 1).unwrap().to_epoch_day();
        let hi = JalaliDate::new(year + 40, 1, 1).unwrap().to_epoch_day();
        lo..hi
    };
    prop_oneof![
        epoch_day(),
        near(1),
        near(1178),
        near(1403),
        near(1502),
        near(3178),
        near(0),
        JalaliDate::MIN.to_epoch_day()..JalaliDate::MIN.to_epoch_day() + 800,
        JalaliDate::MAX.to_epoch_day() - 800..=JalaliDate::MAX.to_epoch_day(),
    ]
    .prop_map(|day| JalaliDate::from_epoch_day(day).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn epoch_days_round_trip(day in epoch_day()) {
        let date = JalaliDate::from_epoch_day(day).unwrap();
        prop_assert_eq!(date.to_epoch_day(), day);
        prop_assert_eq!(JalaliDate::new(date.year(), date.month(), date.day()).unwrap(), date);
    }

    #[test]
    fn gregorian_round_trips(date in any_date()) {
        let (y, m, d) = date.to_gregorian();
        prop_assert_eq!(JalaliDate::from_gregorian(y, m, d).unwrap(), date);
    }

    #[test]
    fn text_round_trips(date in any_date(), secs in 0u32..86_400, nano in 0u32..1_000_000_000) {
        prop_assert_eq!(date.to_string().parse::<JalaliDate>().unwrap(), date);
        let time = Time::from_hms_nano((secs / 3600) as u8, (secs / 60 % 60) as u8, (secs % 60) as u8, nano).unwrap();
        let dt = JalaliDateTime::new(date, time);
        prop_assert_eq!(dt.to_string().parse::<JalaliDateTime>().unwrap(), dt);
    }

    #[test]
    fn successor_and_predecessor_agree(date in any_date()) {
        if let Ok(next) = date.tomorrow() {
            prop_assert_eq!(next.to_epoch_day(), date.to_epoch_day() + 1);
            prop_assert_eq!(next.yesterday().unwrap(), date);
            prop_assert_eq!(date.checked_add_days(1).unwrap(), next);
            prop_assert_eq!(next.weekday(), date.weekday().succ());
            prop_assert!(next > date);
            prop_assert_eq!(next.days_since(date), 1);
        } else {
            prop_assert_eq!(date, JalaliDate::MAX);
        }
        if let Ok(prev) = date.yesterday() {
            prop_assert_eq!(prev.tomorrow().unwrap(), date);
            prop_assert_eq!(prev.weekday(), date.weekday().pred());
        } else {
            prop_assert_eq!(date, JalaliDate::MIN);
        }
    }

    #[test]
    fn ordering_is_chronological(a in any_date(), b in any_date()) {
        prop_assert_eq!(a.cmp(&b), a.to_epoch_day().cmp(&b.to_epoch_day()));
        prop_assert_eq!(a.cmp(&b), a.to_gregorian().cmp(&b.to_gregorian()));
        prop_assert_eq!(a.days_since(b), -b.days_since(a));
        prop_assert_eq!(a.checked_add_days(b.days_since(a)).unwrap(), b);
    }

    #[test]
    fn month_lengths_sum_to_the_year(date in any_date()) {
        let first = date.first_day_of_year();
        let months: u16 = (1..=12)
            .map(|m| u16::from(JalaliDate::new(date.year(), m, 1).unwrap().days_in_month()))
            .sum();
        prop_assert_eq!(months, date.days_in_year());
        prop_assert_eq!(u16::from(date.is_leap_year()) + 365, date.days_in_year());
        prop_assert_eq!(date.is_leap_year(), taqvim::is_leap_year(date.year()));
        let last = date.last_day_of_year();
        prop_assert_eq!(last.days_since(first) + 1, i64::from(date.days_in_year()));
        prop_assert_eq!(last.ordinal(), date.days_in_year());
        prop_assert_eq!(JalaliDate::from_ordinal(date.year(), date.ordinal()).unwrap(), date);
        prop_assert_eq!(date.days_since(first) + 1, i64::from(date.ordinal()));
    }

    #[test]
    fn month_arithmetic_keeps_its_policy(date in any_date(), months in -30_000i64..30_000) {
        match date.checked_add_months(months, ShortMonth::Clamp) {
            Ok(moved) => {
                let total = |d: JalaliDate| i64::from(d.year()) * 12 + i64::from(d.month()) - 1;
                prop_assert_eq!(total(moved) - total(date), months);
                prop_assert_eq!(moved.day(), date.day().min(moved.days_in_month()));
                match date.checked_add_months(months, ShortMonth::Reject) {
                    Ok(exact) => prop_assert_eq!(exact, moved),
                    Err(_) => prop_assert!(moved.day() < date.day()),
                }
                if moved.day() == date.day() {
                    prop_assert_eq!(moved.checked_sub_months(months, ShortMonth::Reject).unwrap(), date);
                }
            }
            Err(e) => prop_assert_eq!(e.kind(), taqvim::ErrorKind::Overflow),
        }
    }

    #[test]
    fn construction_never_panics(y in any::<i32>(), m in any::<u8>(), d in any::<u8>()) {
        if let Ok(date) = JalaliDate::new(y, m, d) {
            prop_assert_eq!((date.year(), date.month(), date.day()), (y, m, d));
        }
        if let Ok(date) = JalaliDate::from_gregorian(y, m, d) {
            prop_assert_eq!(date.to_gregorian(), (y, m, d));
        }
        for rule in taqvim::LeapRule::ALL {
            if let Ok(date) = JalaliDate::from_rule(rule, y, m, d) {
                prop_assert_eq!(date.to_rule(rule).unwrap(), (y, m, d));
            }
        }
    }

    #[test]
    fn arithmetic_never_panics(date in any_date(), n in any::<i64>()) {
        let results = [
            date.checked_add_days(n),
            date.checked_sub_days(n),
            date.checked_add_months(n, ShortMonth::Clamp),
            date.checked_sub_years(n, ShortMonth::Reject),
        ];
        for moved in results.into_iter().flatten() {
            prop_assert!(moved >= JalaliDate::MIN && moved <= JalaliDate::MAX);
        }
    }
}

#[cfg(feature = "chrono")]
mod with_chrono {
    use chrono::{Datelike, NaiveDate};
    use proptest::prelude::*;
    use taqvim::JalaliDate;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn every_chrono_date_round_trips(day in NaiveDate::MIN.to_epoch_days()..=NaiveDate::MAX.to_epoch_days()) {
            let g = NaiveDate::from_epoch_days(day).unwrap();
            let j = JalaliDate::from(g);
            prop_assert_eq!(NaiveDate::try_from(j).unwrap(), g);
            let (y, m, d) = j.to_gregorian();
            prop_assert_eq!((y, u32::from(m), u32::from(d)), (g.year(), g.month(), g.day()));
            prop_assert_eq!(chrono::Weekday::from(j.weekday()), g.weekday());
        }
    }
}
