//! Every family of written dates the parser reads, with its exact value, and the
//! texts it must refuse.

use taqvim::{DateParser, JalaliDate, Weekday, find_dates, parse};

/// `(text, expected)`: the expected value is `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
const READ: &[(&str, &str)] = &[
    // The news line and its relatives.
    ("۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", "1400-08-26T02:39:00"),
    ("۲۶ آبان ۱۴۰۰، ۰۲:۳۹", "1400-08-26T02:39:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۰۲:۳۹", "1400-08-26T02:39:00"),
    ("۲۶ آبان ۱۴۰۰ ۰۲:۳۹", "1400-08-26T02:39:00"),
    ("۰۲:۳۹ - ۲۶ آبان ۱۴۰۰", "1400-08-26T02:39:00"),
    ("ساعت ۰۲:۳۹ ۲۶ آبان ۱۴۰۰", "1400-08-26T02:39:00"),
    // Digits.
    ("26 آبان 1400", "1400-08-26"),
    ("٢٦ آبان ١٤٠٠", "1400-08-26"),
    ("۲۶ آبان ۱۴٠0", "1400-08-26"),
    // Iranian month names and their spellings.
    ("۱ فروردین ۱۴۰۴", "1404-01-01"),
    ("۱۵ اردیبهشت ۱۴۰۲", "1402-02-15"),
    ("۱۵ ارديبهشت ۱۴۰۲", "1402-02-15"),
    ("۳ خرداد ۱۴۰۱", "1401-03-03"),
    ("۷ تیر ۱۴۰۱", "1401-04-07"),
    ("۷ مرداد ۱۴۰۱", "1401-05-07"),
    ("۷ امرداد ۱۴۰۱", "1401-05-07"),
    ("۳۱ شهریور ۱۴۰۱", "1401-06-31"),
    ("۱ مهر ۱۴۰۱", "1401-07-01"),
    ("۲۶ ابان ۱۴۰۰", "1400-08-26"),
    ("۲۶ آبان‌ماه ۱۴۰۰", "1400-08-26"),
    ("۲۶ آبان ماه ۱۴۰۰", "1400-08-26"),
    ("۳۰ آذر ۱۴۰۳", "1403-09-30"),
    ("۳۰ اذر ۱۴۰۳", "1403-09-30"),
    ("۱ دی ۱۴۰۳", "1403-10-01"),
    ("۱ دی‌ماه ۱۴۰۳", "1403-10-01"),
    ("۲۲ بهمن ۱۳۵۷", "1357-11-22"),
    ("۳۰ اسفند ۱۴۰۳", "1403-12-30"),
    // Dari.
    ("۱ حمل ۱۴۰۰", "1400-01-01"),
    ("۲ ثور ۱۴۰۰", "1400-02-02"),
    ("۳ جوزا ۱۴۰۰", "1400-03-03"),
    ("۴ سرطان ۱۴۰۰", "1400-04-04"),
    ("۵ اسد ۱۴۰۰", "1400-05-05"),
    ("۶ سنبله ۱۴۰۰", "1400-06-06"),
    ("۷ میزان ۱۴۰۰", "1400-07-07"),
    ("۲۶ عقرب ۱۴۰۰", "1400-08-26"),
    ("۹ قوس ۱۴۰۰", "1400-09-09"),
    ("۱۰ جدی ۱۴۰۰", "1400-10-10"),
    ("۱۱ دلو ۱۴۰۰", "1400-11-11"),
    ("۱۲ حوت ۱۴۰۰", "1400-12-12"),
    ("۲۳ عقرب ۹۸", "1398-08-23"),
    // Pashto.
    ("۱ وری ۱۴۰۰", "1400-01-01"),
    ("۲ غویی ۱۴۰۰", "1400-02-02"),
    ("۳ غبرګولی ۱۴۰۰", "1400-03-03"),
    ("۳ غبرگولی ۱۴۰۰", "1400-03-03"),
    ("۴ چنګاښ ۱۴۰۰", "1400-04-04"),
    ("۵ زمری ۱۴۰۰", "1400-05-05"),
    ("۶ وږی ۱۴۰۰", "1400-06-06"),
    ("۷ تله ۱۴۰۰", "1400-07-07"),
    ("۸ لړم ۱۴۰۰", "1400-08-08"),
    ("۹ لیندۍ ۱۴۰۰", "1400-09-09"),
    ("۱۰ مرغومی ۱۴۰۰", "1400-10-10"),
    ("۱۱ سلواغه ۱۴۰۰", "1400-11-11"),
    ("۱۲ کب ۱۴۰۰", "1400-12-12"),
    // Transliterations, any case.
    ("26 Aban 1400", "1400-08-26"),
    ("26 aban 1400", "1400-08-26"),
    ("26 ABAAN 1400", "1400-08-26"),
    ("1 Farvardin 1404", "1404-01-01"),
    ("2 Ordibehesht 1404", "1404-02-02"),
    ("3 Khordaad 1404", "1404-03-03"),
    ("4 Tir 1404", "1404-04-04"),
    ("5 Amordad 1404", "1404-05-05"),
    ("6 Shahrivar 1404", "1404-06-06"),
    ("7 Mehr 1404", "1404-07-07"),
    ("9 Aazar 1404", "1404-09-09"),
    ("10 Dei 1404", "1404-10-10"),
    ("11 Bahman 1404", "1404-11-11"),
    ("12 Isfand 1404", "1404-12-12"),
    ("Aban 26, 1400", "1400-08-26"),
    ("26 Aqrab 1400", "1400-08-26"),
    // Numeric orders and separators.
    ("1400/08/26", "1400-08-26"),
    ("۱۴۰۰/۰۸/۲۶", "1400-08-26"),
    ("۱۴۰۰-۸-۲۶", "1400-08-26"),
    ("1400.08.26", "1400-08-26"),
    ("۱۴۰۰٫۰۸٫۲۶", "1400-08-26"),
    ("۱۴۰۰،۰۸،۲۶", "1400-08-26"),
    ("1400 / 08 / 26", "1400-08-26"),
    ("26/08/1400", "1400-08-26"),
    ("۲۶-۰۸-۱۴۰۰", "1400-08-26"),
    ("۹۸/۸/۲۶", "1398-08-26"),
    ("02/1/1", "1402-01-01"),
    ("51/1/1", "1351-01-01"),
    ("1400 آبان 26", "1400-08-26"),
    // Weekdays, before or after, with or without a comma, joined three ways.
    ("چهارشنبه ۲۶ آبان ۱۴۰۰", "1400-08-26"),
    ("چهارشنبه، ۲۶ آبان ۱۴۰۰", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰، چهارشنبه", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰ چهارشنبه", "1400-08-26"),
    ("Wednesday, 26 Aban 1400", "1400-08-26"),
    ("سه‌شنبه ۲۵ آبان ۱۴۰۰", "1400-08-25"),
    ("سه شنبه ۲۵ آبان ۱۴۰۰", "1400-08-25"),
    ("سهشنبه ۲۵ آبان ۱۴۰۰", "1400-08-25"),
    // Times.
    ("1400/08/26 14:05", "1400-08-26T14:05:00"),
    ("1400/08/26 14:05:09", "1400-08-26T14:05:09"),
    ("1400/08/26 ۱۲:۱", "1400-08-26T12:01:00"),
    ("1400/08/26 2 : 39", "1400-08-26T02:39:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۲:۳۰ ب.ظ", "1400-08-26T14:30:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۲:۳۰ ب ظ", "1400-08-26T14:30:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۱۰:۳۰ ق.ظ", "1400-08-26T10:30:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۲:۳۰ بعدازظهر", "1400-08-26T14:30:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۱۰:۳۰ قبل‌ازظهر", "1400-08-26T10:30:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۸:۰۰ صبح", "1400-08-26T08:00:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۵:۰۰ عصر", "1400-08-26T17:00:00"),
    ("۲۶ آبان ۱۴۰۰ ساعت ۹:۰۰ شب", "1400-08-26T21:00:00"),
    ("1400/08/26 2:39 PM", "1400-08-26T14:39:00"),
    ("1400/08/26 12:39 AM", "1400-08-26T00:39:00"),
    // ISO 8601.
    ("1400-08-26T02:39:00", "1400-08-26T02:39:00"),
    ("1400-08-26T02:39:00+03:30", "1400-08-26T02:39:00"),
    ("1400-08-26T02:39:00.5Z", "1400-08-26T02:39:00.500"),
    // Eras.
    ("۲۶ آبان ۱۴۰۰ ه.ش", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰ هـ.ش", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰ هش", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰ هجری شمسی", "1400-08-26"),
    ("۲۶ آبان ۱۴۰۰ ش", "1400-08-26"),
    ("26 Aban 1400 AP", "1400-08-26"),
    ("26 Aban 1400 SH", "1400-08-26"),
    ("26 Aban 1400 AHS", "1400-08-26"),
    ("۱۴۰۰/۰۸/۲۶ ه.ش", "1400-08-26"),
    // Ordinal days.
    ("یکم فروردین ۱۴۰۴", "1404-01-01"),
    ("اول فروردین ۱۴۰۴", "1404-01-01"),
    ("بیست و ششم آبان ۱۴۰۰", "1400-08-26"),
    ("بیست‌وششم آبان ۱۴۰۰", "1400-08-26"),
    ("سی و یکم شهریور ۱۴۰۱", "1401-06-31"),
    ("سی‌ویکم شهریور ۱۴۰۱", "1401-06-31"),
    ("سیزدهم فروردین ۱۴۰۲", "1402-01-13"),
    ("۲۶ام آبان ۱۴۰۰", "1400-08-26"),
    ("۲۶‌ام آبان ۱۴۰۰", "1400-08-26"),
    ("۱۳م فروردین ۱۴۰۲", "1402-01-13"),
    // Text from PDFs and web pages.
    ("۲۶ \u{FE81}\u{FE91}\u{FE8E}\u{FEE5} ۱۴۰۰", "1400-08-26"),
    ("۲۶ آبـــان ۱۴۰۰", "1400-08-26"),
    ("\u{200F}۲۶ آبان ۱۴۰۰\u{200F}", "1400-08-26"),
    ("۲۶\u{00A0}آبان\u{00A0}۱۴۰۰", "1400-08-26"),
    ("۲۶ آبان\u{200E} ۱۴۰۰", "1400-08-26"),
    ("  ۲۶ آبان ۱۴۰۰\t", "1400-08-26"),
    // سال between month and year, ماه after the month, glued or spaced.
    ("۵ دی سال ۱۳۹۸", "1398-10-05"),
    ("دهم اسفندماه سال ۹۷", "1397-12-10"),
    ("۱۵ تیر ماه سال ۱۳۰۵", "1305-04-15"),
    ("۱۵خردادسال۴۲", "1342-03-15"),
    ("۲۲بهمن سال ۵۷", "1357-11-22"),
    // Digits glued to names, as PDFs give them.
    ("12آبان1398", "1398-08-12"),
    ("۲۲بهمن۱۳۵۷", "1357-11-22"),
    ("Khordad4,1400", "1400-03-04"),
    // Cardinal day words.
    ("سه مهر ۱۴۰۱", "1401-07-03"),
    ("بیست و یک آذر ۱۴۰۰", "1400-09-21"),
    ("یک تیر ۱۴۰۰", "1400-04-01"),
    ("سی آبان ۱۴۰۱", "1401-08-30"),
    // Three-letter abbreviations, in text and between numbers.
    ("۱ فرو ۱۳۹۱", "1391-01-01"),
    ("۱۲ اسف ۱۳۹۹", "1399-12-12"),
    ("1399-اسف-12", "1399-12-12"),
    ("01-Hamal-1403", "1403-01-01"),
    ("۰۱-وری-۱۴۰۳", "1403-01-01"),
    ("1400-دی-10", "1400-10-10"),
    ("26 Aba 1400", "1400-08-26"),
    // Two-digit years in every form.
    ("۱۲ خرداد ۹۹", "1399-03-12"),
    ("12 / 03 / 99", "1399-03-12"),
    ("1399 . 4 . 5", "1399-04-05"),
    ("۹۹ . ۴ . ۵", "1399-04-05"),
    ("21/10/89", "1389-10-21"),
    ("1-8-93", "1393-08-01"),
    ("1_8_1393", "1393-08-01"),
    // English ordinals and phrasing, other languages' joiners.
    ("3rd of Azar 1390", "1390-09-03"),
    ("1st of Farvardin, 1401", "1401-01-01"),
    ("Esfand 29th, 1400", "1400-12-29"),
    ("Shahrivar 6th, 1400", "1400-06-06"),
    ("18th Tir of year 1378", "1378-04-18"),
    ("24 of Aban 1401", "1401-08-24"),
    ("12. Farvardin 1358", "1358-01-12"),
    ("12 Farvardin del 1358", "1358-01-12"),
    ("first Farwardin 1338", "1338-01-01"),
    ("12th of Farvardin 1358 AH", "1358-01-12"),
    // Eras.
    ("۱۵ خرداد ۱۳۴۲ ه ش", "1342-03-15"),
    ("۱ مهر ۱۳۹۹ه.ش", "1399-07-01"),
    ("۱ مهر ۱۴۰۰ هـ ش", "1400-07-01"),
    ("1 Mehr 1398 هجری خورشیدی", "1398-07-01"),
    ("1 Mehr 1398 AHS", "1398-07-01"),
    ("1 Mehr 1398 SH", "1398-07-01"),
    ("1 Mehr 1398 H.Sh.", "1398-07-01"),
    // Pashto ordinal endings.
    ("سلواغه ۵مه ۱۴۰۱", "1401-11-05"),
    // Times in words, an hour alone after ساعت, dayparts.
    ("۵ مهر ۱۴۰۲ ساعت ۹ و ۱۵ دقیقه", "1402-07-05T09:15:00"),
    (
        "۵ مهر ۱۴۰۲ ساعت ۲۱ و ۴ دقیقه و ۱۲ ثانیه",
        "1402-07-05T21:04:12",
    ),
    ("۵ مهر ۱۴۰۲ ساعت ۸ صبح", "1402-07-05T08:00:00"),
    ("۵ مهر ۱۴۰۲ ساعت ۵ بعدازظهر", "1402-07-05T17:00:00"),
    ("۵ مهر ۱۴۰۲ ساعت ساعت ۱۰:۳۰", "1402-07-05T10:30:00"),
    ("۵ مهر ۱۴۰۲ ساعت ۱۲:۳۱:۳۰ ظهر", "1402-07-05T12:31:30"),
    ("۵ مهر ۱۴۰۲ از ساعت ۱۹ و ۵۷ دقیقه", "1402-07-05T19:57:00"),
    (
        "پنجم دی 1382 ساعت 5 و 26 دقیقه و 26 ثانیه",
        "1382-10-05T05:26:26",
    ),
    // The time before the date.
    ("۱۴:۰۵ - یکشنبه ۱۲ تیر ۱۴۰۱", "1401-04-12T14:05:00"),
    ("ساعت ۹ و ۱۵ دقیقه ۵ مهر ۱۴۰۲", "1402-07-05T09:15:00"),
    ("ساعت ۱۸ شنبه ۶ اردیبهشت ۱۴۰۴", "1404-02-06T18:00:00"),
    (
        "ساعت ۱۲:۳۷ دقیقه روز دوشنبه ۲ خرداد ۱۴۰۱",
        "1401-03-02T12:37:00",
    ),
    ("ساعت ۹ صبح ۹۶/۰۹/۲۲", "1396-09-22T09:00:00"),
    ("ساعت ۸:۰۰ روز ۲۵ آبان سال ۱۳۹۶", "1396-08-25T08:00:00"),
    ("از ساعت ۹ صبح ۲۶ آبان ۱۴۰۰", "1400-08-26T09:00:00"),
    // A place between a dateline's date and its time.
    ("دوشنبه ۳ مهر ۱۴۰۲ مشهد ۱۱:۲۰", "1402-07-03T11:20:00"),
    ("دوشنبه ۱۲ جدی ۱۴۰۱ هرات ۰۹:۴۵", "1401-10-12T09:45:00"),
    ("جمعه ۳۱ وری ۱۴۰۳ مزار شریف ۱۱:۰۶", "1403-01-31T11:06:00"),
    // Month name, year, day, as some libraries print them, with a time after.
    ("آبان ۱۴۰۰ ۲۶ ۱۴:۳۰", "1400-08-26T14:30:00"),
    ("اسف ۱۴۰۲ ۰۹   ۱۰:۰۵  ب ظ", "1402-12-09T22:05:00"),
    ("Mehr 1399 05 08:15", "1399-07-05T08:15:00"),
    // The year said first, then روز and the day and month.
    ("۱۴۰۲ در روز ۳۰ آذر", "1402-09-30"),
    ("۱۴۰۳ روز جمعه ۳۰ آذر", "1403-09-30"),
    ("1399 روز 1 فروردین", "1399-01-01"),
    // Minutes and seconds in words, with no hour, before the date.
    (
        "۵۴ دقیقه و ۲۸ ثانیه روز سه‌شنبه ۱ فروردین ۱۴۰۲",
        "1402-01-01T00:54:28",
    ),
    ("۳ دقیقه و ۱۰ ثانیه ۱ فروردین ۱۳۹۹", "1399-01-01T00:03:10"),
    // A colon moved onto the month name by a PDF's right-to-left extraction.
    ("4 :مرداد 1390", "1390-05-04"),
    ("۱۲ :آبان ۱۴۰۰", "1400-08-12"),
];

fn value(text: &str) -> String {
    let parsed = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    match parsed.time() {
        Some(_) => parsed.date_time().to_string(),
        None => parsed.date().to_string(),
    }
}

#[test]
fn every_family_is_read_exactly() {
    for &(text, expected) in READ {
        assert_eq!(value(text), expected, "{text:?}");
    }
}

#[test]
fn every_family_is_found_in_free_text() {
    for &(text, expected) in READ {
        let line = format!("به گزارش خبرگزاری، {text} اعلام شد.");
        let found: Vec<_> = find_dates(&line).collect();
        assert_eq!(found.len(), 1, "{line:?}: {found:?}");
        let m = found[0];
        assert_eq!(&line[m.range()], m.as_str());
        let v = m.value();
        let got = match v.time() {
            Some(_) => v.date_time().to_string(),
            None => v.date().to_string(),
        };
        assert_eq!(got, expected, "{line:?}");
    }
}

/// The dates `find_dates` reads in `line`, as ISO text.
fn found_in(line: &str) -> Vec<String> {
    find_dates(line)
        .map(|m| {
            let v = m.value();
            match v.time() {
                Some(_) => v.date_time().to_string(),
                None => v.date().to_string(),
            }
        })
        .collect()
}

#[test]
fn a_gregorian_date_glued_to_the_time_leaves_the_time_read() {
    for (line, expected) in [
        (
            "چهارشنبه، 16 اسفند 1402 ساعت 09:202024-03-06اقتصادی",
            "1402-12-16T09:20:00",
        ),
        (
            "۲ خرداد ۱۴۰۱ ساعت ۱۸:۰۵2022-05-23 خبر",
            "1401-03-02T18:05:00",
        ),
    ] {
        assert_eq!(found_in(line), [expected], "{line:?}");
    }
}

#[test]
fn the_newer_families_do_not_overreach() {
    for (line, expected) in [
        // A count after a month and its year is not its day.
        ("در آبان ۱۴۰۰ ۲۵ نفر ثبت نام کردند", &[][..]),
        ("آبان ۱۴۰۰ ۲۵", &["1400-08-25"][..]),
        // A year after the month is the date's.
        ("سال ۱۴۰۲ روز ۳۰ آذر ۱۴۰۳ بود", &["1403-09-30"][..]),
        // No روز: the year and the day are not joined.
        ("سال ۱۴۰۲ و ۳۰ آذر", &[][..]),
        // Minutes without seconds are a duration, not a time.
        ("۵ دقیقه ۲۶ آبان ۱۴۰۰", &["1400-08-26"][..]),
        // A colon after a number and before a word is a label's.
        ("ساعت ۱۰: آبان ۱۴۰۰", &[][..]),
    ] {
        assert_eq!(found_in(line), expected, "{line:?}");
    }
}

#[test]
fn weekday_mismatch_is_reported_and_strict_mode_rejects_it() {
    let parsed = parse("سه‌شنبه ۲۶ آبان ۱۴۰۰").unwrap();
    assert_eq!(parsed.written_weekday(), Some(Weekday::Tuesday));
    assert!(parsed.weekday_mismatch());
    assert_eq!(parsed.date(), JalaliDate::new(1400, 8, 26).unwrap());
    let strict = DateParser::new().strict_weekday(true);
    assert!(strict.parse("سه‌شنبه ۲۶ آبان ۱۴۰۰").is_err());
    assert!(strict.parse("چهارشنبه ۲۶ آبان ۱۴۰۰").is_ok());
    assert!(!parse("چهارشنبه ۲۶ آبان ۱۴۰۰").unwrap().weekday_mismatch());
}

#[test]
fn the_pivot_is_configurable() {
    assert_eq!(value("۹۸/۸/۲۶"), "1398-08-26");
    let p = DateParser::new().pivot(0);
    assert_eq!(p.parse("02/1/1").unwrap().date().year(), 1302);
}

/// `(text, message)`: what must be refused, and how.
const REFUSED: &[(&str, &str)] = &[
    (
        "26 Abann 1400",
        "expected a month name at byte 3, found 'Abann'",
    ),
    (
        "۳۰ اسفند ۱۴۰۰",
        "day 30 of Esfand does not exist in 1400: not a leap year",
    ),
    (
        "۳۱ مهر ۱۴۰۰",
        "day 31 of Mehr does not exist: Mehr has 30 days",
    ),
    ("1400/13/01", "month 13 does not exist: months are 1..=12"),
    (
        "1400/08/26 25:00",
        "hour 25 is out of range: hours are 0..=23",
    ),
    (
        "1400/08/26 foo",
        "expected the end of the date at byte 11, found 'foo'",
    ),
    ("", "expected a date at byte 0, found the end of the text"),
    (
        "۱۵ رمضان ۱۴۴۴",
        "found a lunar Hijri month name at byte 5, not a Jalali date",
    ),
    (
        "۱۴۴۴/۰۹/۱۵ ه.ق",
        "found a lunar Hijri date at byte 0, not a Jalali date",
    ),
    (
        "1400/08/26 میلادی",
        "found a Gregorian date at byte 0, not a Jalali date",
    ),
    (
        "2021/11/17",
        "found a Gregorian date (a numeric year past 1700) at byte 0, not a Jalali date",
    ),
    (
        "۱۲ آوریل ۲۰۲۳",
        "found a Gregorian month name at byte 5, not a Jalali date",
    ),
    ("1.2.3", "expected a year at byte 4, found '3'"),
];

#[test]
fn refusals_say_why() {
    for &(text, message) in REFUSED {
        let err = parse(text).expect_err(text);
        assert_eq!(err.to_string(), message, "{text:?}");
    }
}

/// Ranges, `(text, start/end)` as ISO 8601 intervals.
const RANGES: &[(&str, &str)] = &[
    ("۱۲ تا ۱۵ مهر ۱۴۰۱", "1401-07-12/1401-07-15"),
    ("۲۸ اسفند ۱۴۰۰ تا ۵ فروردین ۱۴۰۱", "1400-12-28/1401-01-05"),
    ("از ۲۰ اسفند تا ۵ فروردین ۱۴۰۲", "1401-12-20/1402-01-05"),
    ("۱۹ شهریور تا ۲۴ شهریور ۱۴۰۱", "1401-06-19/1401-06-24"),
    ("۱۰–۱۲ آبان ۹۸", "1398-08-10/1398-08-12"),
    ("۴ الی ۲۱ اسفند ۱۳۹۵", "1395-12-04/1395-12-21"),
    ("17/6/97 لغایت 23/6/97", "1397-06-17/1397-06-23"),
    (
        "۵ مهر ۱۴۰۲ از ساعت ۹ تا ۱۲",
        "1402-07-05T09:00:00/1402-07-05T12:00:00",
    ),
    ("18تا پنجشنبه ۲۴بهمنماه 1398", "1398-11-18/1398-11-24"),
    ("جمعه ۱- ۶ آبان ۱۴۰۰", "1400-08-01/1400-08-06"),
];

fn interval(v: &taqvim::ParsedDate) -> String {
    let one = |date: JalaliDate, time: Option<taqvim::Time>| match time {
        Some(t) => taqvim::JalaliDateTime::new(date, t).to_string(),
        None => date.to_string(),
    };
    let end = v.end_date().expect("a range");
    format!("{}/{}", one(v.date(), v.time()), one(end, v.end_time()))
}

#[test]
fn ranges_are_read_as_intervals() {
    for &(text, expected) in RANGES {
        let parsed = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(interval(&parsed), expected, "{text:?}");
        let line = format!("برنامه {text} برگزار می‌شود");
        let found: Vec<_> = find_dates(&line).collect();
        assert_eq!(found.len(), 1, "{line:?}: {found:?}");
        assert_eq!(interval(&found[0].value()), expected, "{line:?}");
    }
}

#[test]
fn a_range_that_ends_before_it_starts_is_no_range() {
    assert!(!parse("۱۵ مهر ۱۴۰۱").unwrap().is_range());
    assert!(parse("۱۵ تا ۱۲ مهر ۱۴۰۱").is_err());
    assert!(parse("۵ فروردین ۱۴۰۱ تا ۲۸ اسفند ۱۴۰۰").is_err());
    // In free text, the date is still found, without the backward range.
    let found: Vec<_> = find_dates("۵ فروردین ۱۴۰۱ تا ۲۸ اسفند ۱۴۰۰").collect();
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|m| !m.value().is_range()));
}

#[test]
fn days_listed_before_a_date_share_its_month() {
    for (text, expected) in [
        (
            "در روزهای سه‌شنبه و چهارشنبه ۴ و ۵ آذر ۱۴۰۴",
            ["1404-09-04", "1404-09-05"],
        ),
        (
            "برگزاری کنفرانس : 16 و 17 اسفند ماه 1395",
            ["1395-12-16", "1395-12-17"],
        ),
        (
            "پیش-بینی-هواشناسی-کشور-3-و-4-مهر-1402-هشدار",
            ["1402-07-03", "1402-07-04"],
        ),
    ] {
        let found: Vec<_> = find_dates(text)
            .map(|m| m.value().date().to_string())
            .collect();
        assert_eq!(found, expected, "{text:?}");
    }
    // Not a list: a larger number before, or a number glued to a word.
    for text in ["۵ و ۴ آذر ۱۴۰۴", "ماده۴ و ۵ آذر ۱۴۰۴", "۱۲۳ و ۵ آذر ۱۴۰۴"]
    {
        assert_eq!(find_dates(text).count(), 1, "{text:?}");
    }
}

#[test]
fn week_of_year_and_season_read_both_ways() {
    let read = |text, format| JalaliDate::parse_from_str(text, format).map(|d| d.to_string());
    assert_eq!(read("1403 02 Saturday", "%Y %U %A").unwrap(), "1403-01-04");
    assert_eq!(read("1403 01 Friday", "%Y %U %A").unwrap(), "1403-01-03");
    assert_eq!(read("1403 53 Thursday", "%Y %U %A").unwrap(), "1403-12-30");
    // Week 1 holds days of the year before: not of this year.
    assert_eq!(
        read("1403 01 Saturday", "%Y %U %A")
            .unwrap_err()
            .to_string(),
        "the week of the year (%U) contradicts the year"
    );
    assert_eq!(
        read("1403-01-04 03", "%F %U").unwrap_err().to_string(),
        "the week of the year (%U) contradicts the date"
    );
    assert_eq!(read("پاییز 1400-08-26", "%K %F").unwrap(), "1400-08-26");
    assert_eq!(read("خزان 1400-08-26", "%K %F").unwrap(), "1400-08-26");
    assert_eq!(
        read("بهار 1400-08-26", "%K %F").unwrap_err().to_string(),
        "the season (%K) contradicts the month"
    );
}
