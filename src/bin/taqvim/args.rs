//! The command line, as clap reads it.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Jalali (Solar Hijri) dates in pipelines: convert, read human-written dates, find
/// them in text, format them, show calendars.
///
/// Every command that takes inputs reads them from its arguments or, with none, from
/// standard input, one per line, and writes exactly one line per input line. A failed
/// line gives an empty output line and `line N: <reason>` on standard error. Exit
/// status: 0 when every line succeeded, 1 when any failed, 2 for a usage error.
#[derive(Debug, Parser)]
#[command(name = "taqvim", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Gregorian `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` to Jalali.
    ToJalali(Convert),
    /// Jalali `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` to Gregorian.
    ToGregorian(Convert),
    /// Each input is one human-written Jalali date or date-time
    /// (`۲۶ آبان ۱۴۰۰ - ۰۲:۳۹`, `1400/08/26`, `سه‌شنبه ۲۶ عقرب ۹۸` …).
    Parse(Read),
    /// Every Jalali date in each line of free text, tab-separated.
    Extract(Read),
    /// Jalali ISO dates or date-times, written in a strftime-style format.
    Format(FormatArgs),
    /// Today's Jalali date.
    Today(Today),
    /// A month (or a whole year) as a grid, Saturday first, today marked.
    Cal(Cal),
    /// The instant a Jalali year begins (تحویل سال), to the second, in Tehran time.
    Nowruz(Nowruz),
}

/// Options of every command that reads inputs.
#[derive(Debug, Args)]
pub struct Common {
    /// Inputs; with none, standard input is read line by line.
    pub inputs: Vec<String>,
    /// One JSON object per input line instead of plain text.
    #[arg(long)]
    pub json: bool,
    /// The calendar the Jalali side follows.
    #[arg(long, value_enum, default_value_t = Rule::Astronomical)]
    pub rule: Rule,
    /// Attach this IANA time zone (`Asia/Tehran`) to local times, and also print the
    /// UTC instant.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

#[derive(Debug, Args)]
pub struct Convert {
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct Read {
    #[command(flatten)]
    pub common: Common,
    /// A weekday that contradicts the date fails the line (by default the date wins
    /// and JSON output says `"weekday_mismatch": true`).
    #[arg(long)]
    pub strict_weekday: bool,
    /// Two-digit years below this are 14xx, the others 13xx.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub pivot: u8,
}

#[derive(Debug, Args)]
pub struct FormatArgs {
    /// Jalali ISO dates (`1400-08-26`) or date-times (`1400-08-26T02:39:00`); with
    /// none, standard input is read line by line.
    pub inputs: Vec<String>,
    /// The format, with chrono's directives (`%A %d %B %Y`).
    #[arg(long, short)]
    pub format: String,
    #[command(flatten)]
    pub style: Style,
    /// One JSON object per input line instead of plain text.
    #[arg(long)]
    pub json: bool,
}

/// Names and digits.
#[derive(Debug, Args)]
pub struct Style {
    /// Whose names to write.
    #[arg(long, value_enum, default_value_t = Locale::English)]
    pub locale: Locale,
    /// The digits to write; by default the locale's own.
    #[arg(long, value_enum)]
    pub digits: Option<Digits>,
}

#[derive(Debug, Args)]
pub struct Today {
    /// The time zone whose today it is (default: the system's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Write today in this format instead of `YYYY-MM-DD`.
    #[arg(long, short)]
    pub format: Option<String>,
    #[command(flatten)]
    pub style: Style,
    /// Write `{"jalali": …, "gregorian": …}`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct Nowruz {
    /// The Jalali year, 1..=3178 (default: the next year to begin).
    pub year: Option<i32>,
    /// The time zone to write the instant in.
    #[arg(long, value_name = "ZONE", default_value = "Asia/Tehran")]
    pub tz: String,
    /// Write `{"year": …, "jalali": …, "gregorian": …, "utc": …}`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct Cal {
    /// The Jalali year (default: this year's month).
    pub year: Option<i32>,
    /// The month, 1..=12 (default: the whole year when a year is given).
    #[arg(value_parser = clap::value_parser!(u8).range(1..=12))]
    pub month: Option<u8>,
    #[command(flatten)]
    pub style: Style,
    /// The time zone whose today is marked (default: the system's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Rule {
    /// The official calendar.
    Astronomical,
    /// jalaali-js, moment-jalaali.
    Borkowski,
    /// jdatetime, date-fns-jalali, ICU 72.
    #[value(name = "33-year")]
    ThirtyThreeYear,
    /// khayyam, libjalali.
    #[value(name = "2820-year")]
    Birashk2820,
}

impl From<Rule> for taqvim::LeapRule {
    fn from(rule: Rule) -> taqvim::LeapRule {
        match rule {
            Rule::Astronomical => taqvim::LeapRule::Astronomical,
            Rule::Borkowski => taqvim::LeapRule::Borkowski,
            Rule::ThirtyThreeYear => taqvim::LeapRule::ThirtyThreeYear,
            Rule::Birashk2820 => taqvim::LeapRule::Birashk2820,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Locale {
    /// Iranian Persian.
    #[value(alias = "fa", alias = "persian")]
    Iranian,
    /// Dari.
    #[value(alias = "fa-af", alias = "prs")]
    Dari,
    /// Pashto.
    #[value(alias = "ps")]
    Pashto,
    /// English transliteration.
    #[value(alias = "en")]
    English,
}

impl From<Locale> for taqvim::Locale {
    fn from(locale: Locale) -> taqvim::Locale {
        match locale {
            Locale::Iranian => taqvim::Locale::Iranian,
            Locale::Dari => taqvim::Locale::Dari,
            Locale::Pashto => taqvim::Locale::Pashto,
            Locale::English => taqvim::Locale::English,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Digits {
    /// ۰۱۲۳۴۵۶۷۸۹
    Persian,
    /// ٠١٢٣٤٥٦٧٨٩
    #[value(alias = "arabic-indic")]
    Arabic,
    /// 0123456789
    #[value(alias = "ascii")]
    Latin,
}

impl From<Digits> for taqvim::Digits {
    fn from(digits: Digits) -> taqvim::Digits {
        match digits {
            Digits::Persian => taqvim::Digits::Persian,
            Digits::Arabic => taqvim::Digits::ArabicIndic,
            Digits::Latin => taqvim::Digits::Latin,
        }
    }
}

impl Style {
    /// A formatter for `pattern` in this style.
    pub fn formatter<'p>(&self, pattern: &'p str) -> Result<taqvim::Formatter<'p>, taqvim::Error> {
        let f = taqvim::Formatter::new(pattern)?.with_locale(self.locale.into());
        Ok(match self.digits {
            Some(d) => f.with_digits(d.into()),
            None => f,
        })
    }
}
