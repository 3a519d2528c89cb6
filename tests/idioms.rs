//! The idioms a chrono or jiff user reaches for in the first hour, written as a
//! dependent crate would write them: through the public API only.

use std::collections::HashSet;

use taqvim::{
    Days, Error, ErrorKind, JalaliDate, JalaliDateTime, LeapRule, Locale, Month, Season,
    ShortMonth, Time, Weekday,
};

fn date(y: i32, m: u8, d: u8) -> JalaliDate {
    JalaliDate::new(y, m, d).unwrap()
}

#[cfg(feature = "parse")]
#[test]
fn question_mark_on_a_parse_error_in_a_function_returning_error() {
    fn next_day(text: &str) -> Result<JalaliDate, Error> {
        let parsed = taqvim::parse(text)?;
        let next = parsed.date().checked_add_days(1)?;
        Ok(next)
    }
    assert_eq!(next_day("۲۶ آبان ۱۴۰۰").unwrap(), date(1400, 8, 27));
    let syntax = next_day("۲۶ آبانن ۱۴۰۰").unwrap_err();
    let original = taqvim::parse("۲۶ آبانن ۱۴۰۰").unwrap_err();
    assert_eq!(syntax.to_string(), original.to_string());
    assert_eq!(syntax.offset(), Some(original.offset()));
    assert_eq!(syntax.kind(), ErrorKind::Syntax);
    let invalid = next_day("  ۳۱ مهر ۱۴۰۰").unwrap_err();
    assert_eq!(invalid.kind(), ErrorKind::InvalidDay);
    assert_eq!(invalid.offset(), Some(2));
    assert_eq!(
        next_day("۱۵ رمضان ۱۴۴۴").unwrap_err().kind(),
        ErrorKind::ForeignCalendar
    );
    let strict = taqvim::DateParser::new().strict_weekday(true);
    let mismatch: Error = strict.parse("سه‌شنبه ۲۶ آبان ۱۴۰۰").unwrap_err().into();
    assert_eq!(mismatch.kind(), ErrorKind::Contradiction);
}

#[test]
fn with_year_month_day_on_dates_and_date_times() {
    let leap = date(1403, 12, 30);
    assert_eq!(
        leap.with_year(1408, ShortMonth::Reject).unwrap(),
        date(1408, 12, 30)
    );
    assert_eq!(
        leap.with_year(1404, ShortMonth::Clamp).unwrap(),
        date(1404, 12, 29)
    );
    assert_eq!(
        leap.with_year(1404, ShortMonth::Reject).unwrap_err().kind(),
        ErrorKind::InvalidDay
    );
    assert_eq!(
        leap.with_year(1_000_000, ShortMonth::Clamp)
            .unwrap_err()
            .kind(),
        ErrorKind::YearOutOfRange
    );
    let last = date(1400, 1, 31);
    assert_eq!(
        last.with_month(12, ShortMonth::Clamp).unwrap(),
        date(1400, 12, 29)
    );
    assert_eq!(
        last.with_month(0, ShortMonth::Clamp).unwrap_err().kind(),
        ErrorKind::InvalidMonth
    );
    assert_eq!(last.with_day(1).unwrap(), date(1400, 1, 1));
    assert_eq!(last.with_day(32).unwrap_err().kind(), ErrorKind::InvalidDay);
    let dt = JalaliDateTime::new(leap, Time::from_hms(8, 30, 0).unwrap());
    let moved = dt.with_year(1404, ShortMonth::Clamp).unwrap();
    assert_eq!(
        (moved.date(), moved.time()),
        (date(1404, 12, 29), dt.time())
    );
    assert_eq!(
        dt.with_month(1, ShortMonth::Clamp).unwrap().date(),
        date(1403, 1, 30)
    );
    assert_eq!(dt.with_day(1).unwrap().date(), date(1403, 12, 1));
}

#[test]
fn days_add_subtract_and_differ() {
    let mut d = date(1403, 12, 29);
    d += Days::new(2);
    assert_eq!(d, date(1404, 1, 1));
    d -= Days::new(2);
    assert_eq!(d, date(1403, 12, 29));
    assert_eq!(d + Days::new(-29), date(1403, 11, 30));
    assert_eq!(date(1404, 1, 1) - date(1403, 1, 1), Days::new(366));
    assert_eq!((date(1403, 1, 1) - date(1404, 1, 1)).get(), -366);
    assert_eq!(-Days::new(3), Days::new(-3));
    let dt: JalaliDateTime = "1403-12-30T23:59:59".parse().unwrap();
    assert_eq!((dt + Days::new(1)).to_string(), "1404-01-01T23:59:59");
    assert_eq!((dt - Days::new(366)).to_string(), "1402-12-29T23:59:59");
}

#[test]
#[should_panic(expected = "leaves the supported range")]
fn adding_days_past_the_end_panics_as_chrono_does() {
    let _ = JalaliDate::MAX + Days::new(1);
}

#[test]
fn month_weekday_and_season_names_both_ways() {
    for month in Month::ALL {
        for locale in [
            Locale::Iranian,
            Locale::Dari,
            Locale::Pashto,
            Locale::English,
        ] {
            assert_eq!(month.name(locale).parse::<Month>().unwrap(), month);
            assert_eq!(month.abbreviation(locale).parse::<Month>().unwrap(), month);
        }
    }
    for weekday in Weekday::ALL {
        for locale in [
            Locale::Iranian,
            Locale::Dari,
            Locale::Pashto,
            Locale::English,
        ] {
            assert_eq!(weekday.name(locale).parse::<Weekday>().unwrap(), weekday);
            assert_eq!(
                weekday.abbreviation(locale).parse::<Weekday>().unwrap(),
                weekday
            );
        }
    }
    for season in Season::ALL {
        for locale in [
            Locale::Iranian,
            Locale::Dari,
            Locale::Pashto,
            Locale::English,
        ] {
            assert_eq!(season.name(locale).parse::<Season>().unwrap(), season);
        }
        assert_eq!(season.first_month().season(), season);
    }
    assert_eq!("Aban".parse::<Month>().unwrap(), Month::Aban);
    assert_eq!("آبان ماه".parse::<Month>().unwrap(), Month::Aban);
    assert_eq!("Hamal".parse::<Month>().unwrap(), Month::Farvardin);
    assert_eq!("سه‌شنبه".parse::<Weekday>().unwrap(), Weekday::Tuesday);
    assert_eq!("سه شنبه".parse::<Weekday>().unwrap(), Weekday::Tuesday);
    assert_eq!(
        "Abann".parse::<Month>().unwrap_err().kind(),
        ErrorKind::Syntax
    );
    assert_eq!("".parse::<Weekday>().unwrap_err().kind(), ErrorKind::Syntax);
}

#[test]
fn calendar_facts() {
    // 1 Farvardin 1404 was a Friday: week 1 is that one day.
    let nowruz = date(1404, 1, 1);
    assert_eq!(nowruz.weekday(), Weekday::Friday);
    assert_eq!(nowruz.week_of_year(), 1);
    assert_eq!(date(1404, 1, 2).week_of_year(), 2);
    assert_eq!(nowruz.first_day_of_week().unwrap(), date(1403, 12, 25));
    assert_eq!(nowruz.last_day_of_week().unwrap(), nowruz);
    // Every week holds seven days from Saturday, and weeks count up by one.
    let mut previous = (date(1399, 1, 1).week_of_year(), date(1399, 1, 1));
    for d in date(1399, 1, 2).iter_through(date(1410, 12, 29)) {
        let week = d.week_of_year();
        if d.year() != previous.1.year() {
            assert_eq!(week, 1, "{d}");
        } else if d.weekday() == Weekday::Saturday {
            assert_eq!(week, previous.0 + 1, "{d}");
        } else {
            assert_eq!(week, previous.0, "{d}");
        }
        assert!((1..=54).contains(&week));
        assert_eq!(d.quarter(), d.season().number());
        assert_eq!(d.first_day_of_week().unwrap().weekday(), Weekday::Saturday);
        assert_eq!(d.last_day_of_week().unwrap().weekday(), Weekday::Friday);
        previous = (week, d);
    }
}

#[cfg(feature = "chrono")]
#[test]
fn zoned_values_are_ordered_and_hashed() {
    use chrono::FixedOffset;
    use taqvim::Zoned;

    let a: Zoned<FixedOffset> = "1400-08-26T02:39:00+03:30".parse().unwrap();
    let b: Zoned<FixedOffset> = "1400-08-25T23:09:00+00:00".parse().unwrap();
    let c: Zoned<FixedOffset> = "1400-08-26T02:40:00+03:30".parse().unwrap();
    let mut sorted = vec![c, a, b];
    sorted.sort();
    assert_eq!(sorted, [b, a, c]);
    let set: HashSet<Zoned<FixedOffset>> = [a, b, c, a].into_iter().collect();
    assert_eq!(set.len(), 3);
}

#[test]
fn nowruz_instants() {
    let at = taqvim::nowruz_instant(1403).unwrap();
    assert_eq!(at, 1_710_903_984); // 2024-03-20T03:06:24Z
    assert!(taqvim::nowruz_instant(1404).unwrap() - at > 365 * 86_400);
    assert_eq!(
        taqvim::nowruz_instant(0).unwrap_err().kind(),
        ErrorKind::YearOutOfRange
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_for_names_rules_and_options() {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Row {
        month: Month,
        weekday: Weekday,
        season: Season,
        rule: LeapRule,
        #[serde(default, with = "taqvim::serde::gregorian::option")]
        gregorian: Option<JalaliDate>,
        #[serde(default, with = "taqvim::serde::epoch_days::option")]
        day: Option<JalaliDate>,
        #[serde(default, with = "taqvim::serde::gregorian_date_time::option")]
        at: Option<JalaliDateTime>,
        plain: Option<JalaliDateTime>,
    }
    let row = Row {
        month: Month::Aban,
        weekday: Weekday::Wednesday,
        season: Season::Autumn,
        rule: LeapRule::Birashk2820,
        gregorian: Some(date(1400, 8, 26)),
        day: None,
        at: Some("1400-08-26T02:39:00".parse().unwrap()),
        plain: None,
    };
    let json = serde_json::to_string(&row).unwrap();
    assert_eq!(
        json,
        r#"{"month":"Aban","weekday":"Wednesday","season":"Autumn","rule":"2820-year","gregorian":"2021-11-17","day":null,"at":"2021-11-17T02:39:00","plain":null}"#
    );
    assert_eq!(serde_json::from_str::<Row>(&json).unwrap(), row);
    let read: Row = serde_json::from_str(
        r#"{"month":"عقرب","weekday":"سه شنبه","season":"خزان","rule":"33-year","plain":null}"#,
    )
    .unwrap();
    assert_eq!(
        (read.month, read.weekday, read.season),
        (Month::Aban, Weekday::Tuesday, Season::Autumn)
    );
    assert_eq!((read.gregorian, read.day, read.at), (None, None, None));
    assert!(serde_json::from_str::<Row>(r#"{"month":"Abann"}"#).is_err());
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_weekdays_times_and_instants() {
    for weekday in Weekday::ALL {
        assert_eq!(Weekday::from(jiff::civil::Weekday::from(weekday)), weekday);
    }
    let d = date(1400, 8, 26);
    let j = jiff::civil::Date::try_from(d).unwrap();
    assert_eq!(Weekday::from(j.weekday()), d.weekday());
    let t = Time::from_hms_nano(2, 39, 5, 7).unwrap();
    assert_eq!(Time::from(jiff::civil::Time::from(t)), t);
    #[cfg(feature = "chrono")]
    {
        use chrono::FixedOffset;
        use taqvim::Zoned;
        let z: Zoned<FixedOffset> = "1400-08-26T02:39:00+03:30".parse().unwrap();
        let ts = jiff::Timestamp::try_from(z).unwrap();
        assert_eq!(ts.as_second(), z.timestamp());
        let back = Zoned::try_from(ts).unwrap();
        assert_eq!(back.timestamp(), z.timestamp());
        let zdt = jiff::ZonedDateTime::try_from(z).unwrap();
        assert_eq!(Zoned::try_from(&zdt).unwrap(), z);
    }
}

#[cfg(feature = "clock")]
#[test]
fn the_clock() {
    let today = JalaliDate::today();
    let now = JalaliDateTime::now();
    // Unless midnight passed between the two calls.
    assert!(now.date() == today || now.date() == today + Days::new(1));
    assert!(today.year() >= 1405);
    #[cfg(feature = "tz")]
    {
        let tehran = taqvim::Zoned::now(&chrono_tz::Asia::Tehran);
        assert_eq!(tehran.offset_seconds(), 12_600);
    }
}

#[test]
fn a_date_is_four_bytes_and_orders_chronologically_across_year_zero() {
    use taqvim::JalaliDate;
    assert_eq!(core::mem::size_of::<JalaliDate>(), 4);
    let days = [-800_000, -1, 0, 1, 12_345];
    let dates: Vec<JalaliDate> = days
        .iter()
        .map(|&d| JalaliDate::from_epoch_day(d).unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] < w[1]));
    let min = JalaliDate::MIN;
    let max = JalaliDate::MAX;
    assert!(min < JalaliDate::new(-1, 12, 29).unwrap());
    assert!(JalaliDate::new(-1, 12, 29).unwrap() < JalaliDate::new(0, 1, 1).unwrap());
    assert!(JalaliDate::new(0, 12, 1).unwrap() < JalaliDate::new(1, 1, 1).unwrap());
    assert!(JalaliDate::new(1403, 12, 30).unwrap() < max);
    assert_eq!((max.year(), max.month(), max.day()), (999_999, 12, 29));
    assert_eq!((min.year(), min.month(), min.day()), (-999_999, 1, 1));
}
