//! Every day of 1178..=1501 AP, where the official calendar is certain and ICU4X's
//! Persian calendar is exact, against `icu_calendar`.

use icu_calendar::Date;
use icu_calendar::cal::Persian;
use taqvim::JalaliDate;

#[test]
fn every_day_of_1178_to_1501_agrees_with_icu() {
    let first = JalaliDate::new(1178, 1, 1).unwrap();
    let last = JalaliDate::new(1501, 1, 1).unwrap().last_day_of_year();
    let mut count = 0;
    for date in first.iter_through(last) {
        let (gy, gm, gd) = date.to_gregorian();
        let iso = Date::try_new_iso(gy, gm, gd).unwrap();
        let persian = iso.to_calendar(Persian::new());
        let icu = (
            persian.year().extended_year(),
            persian.month().ordinal,
            persian.day_of_month().0,
        );
        assert_eq!(
            icu,
            (date.year(), date.month(), date.day()),
            "Gregorian {gy}-{gm}-{gd}"
        );
        let back = Date::try_new_persian(date.year(), date.month(), date.day())
            .unwrap()
            .to_calendar(icu_calendar::Iso);
        assert_eq!(
            (
                back.year().extended_year(),
                back.month().ordinal,
                back.day_of_month().0
            ),
            (gy, gm, gd)
        );
        count += 1;
    }
    // 324 years of 365 or 366 days.
    assert_eq!(count, last.days_since(first) + 1);
    assert!(count > 324 * 365);
}
