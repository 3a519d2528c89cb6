//! End-to-end tests of the `taqvim` binary: every subcommand, plain and JSON output,
//! bad lines among good ones, invalid UTF-8, empty input and the exit statuses.

#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `taqvim args…` with `stdin` as standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taqvim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Feed standard input from a thread so a large input cannot deadlock the pipes.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    output
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).unwrap()
}

fn stderr(o: &Output) -> &str {
    std::str::from_utf8(&o.stderr).unwrap()
}

#[test]
fn the_readme_main_job() {
    let o = run(&["parse", "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹"], b"");
    assert_eq!(stdout(&o), "1400-08-26T02:39\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn to_jalali_and_back() {
    let o = run(
        &[
            "to-jalali",
            "2021-11-17",
            "2025-03-20T12:30",
            "2025-03-21T00:00:05",
        ],
        b"",
    );
    assert_eq!(
        stdout(&o),
        "1400-08-26\n1403-12-30T12:30\n1404-01-01T00:00:05\n"
    );
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["to-gregorian"], b"1400-08-26\n1403-12-30T12:30\n");
    assert_eq!(stdout(&o), "2021-11-17\n2025-03-20T12:30\n");
    // Another software's calendar.
    let o = run(&["to-gregorian", "--rule", "2820-year", "1404-12-30"], b"");
    assert_eq!(stdout(&o), "2026-03-20\n");
    let o = run(&["to-jalali", "--rule", "2820-year", "2026-03-20"], b"");
    assert_eq!(stdout(&o), "1404-12-30\n");
}

#[test]
fn bad_lines_among_good_ones() {
    let input = "2021-11-17\n2023-02-29\nnot a date\n\n2025-03-21\n";
    let o = run(&["to-jalali"], input.as_bytes());
    assert_eq!(stdout(&o), "1400-08-26\n\n\n\n1404-01-01\n");
    assert_eq!(
        stderr(&o),
        "line 2: 29 February does not exist in Gregorian 2023: not a leap year\n\
         line 3: not an ISO date (YYYY-MM-DD[THH:MM[:SS]]): expected a year of 4 or more digits at byte 0, found 'n'\n\
         line 4: not an ISO date (YYYY-MM-DD[THH:MM[:SS]]): expected a year of 4 or more digits at byte 0, found the end of the text\n"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn json_output() {
    let input =
        "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹\nسه‌شنبه ۲۶ آبان ۱۴۰۰\n۳۰ اسفند ۱۴۰۰\n1400-08-26T02:39:05+03:30\n";
    let o = run(&["parse", "--json"], input.as_bytes());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0],
        serde_json::json!({"line": 1, "input": "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", "jalali": "1400-08-26T02:39", "gregorian": "2021-11-17T02:39"})
    );
    assert_eq!(lines[1]["weekday_mismatch"], true);
    assert_eq!(
        lines[2]["error"],
        "day 30 of Esfand does not exist in 1400: not a leap year"
    );
    assert_eq!(lines[3]["jalali"], "1400-08-26T02:39:05+03:30");
    assert_eq!(o.status.code(), Some(1));

    let o = run(&["to-jalali", "--json", "2021-11-17"], b"");
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"line": 1, "input": "2021-11-17", "jalali": "1400-08-26", "gregorian": "2021-11-17"})
    );
}

#[test]
fn strict_weekday_and_pivot() {
    let o = run(&["parse", "--strict-weekday", "سه‌شنبه ۲۶ آبان ۱۴۰۰"], b"");
    assert_eq!(stdout(&o), "\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("the date is a Wednesday, but the text says Tuesday"));
    let o = run(&["parse", "--pivot", "99", "98/8/26"], b"");
    assert_eq!(stdout(&o), "1498-08-26\n");
}

#[test]
fn extract_finds_every_date_of_each_line() {
    let input = "خبر ۲۶ آبان ۱۴۰۰ - ۰۲:۳۹ و جلسه ۱۴۰۲/۰۵/۱۰ و تلفن ۰۲۱-۸۸۱۲-۳۴۵۶\nهیچ تاریخی\n";
    let o = run(&["extract"], input.as_bytes());
    assert_eq!(stdout(&o), "1400-08-26T02:39\t1402-05-10\n\n");
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["extract", "--json"], input.as_bytes());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let first = &lines[0]["matches"][0];
    let line = input.lines().next().unwrap();
    let (start, end) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&line[start..end], "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹");
    assert_eq!(first["text"], "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹");
    assert_eq!(first["gregorian"], "2021-11-17T02:39");
    assert_eq!(lines[1], serde_json::json!({"line": 2, "matches": []}));
}

#[test]
fn zones_attach_offsets_and_instants() {
    let o = run(
        &[
            "parse",
            "--tz",
            "Asia/Tehran",
            "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹",
            "1401/04/01 12:00",
        ],
        b"",
    );
    assert_eq!(
        stdout(&o),
        "1400-08-26T02:39+03:30\t2021-11-16T23:09:00Z\n1401-04-01T12:00+04:30\t2022-06-22T07:30:00Z\n"
    );
    // A local time that happened twice is a failed line, not a guess.
    let o = run(
        &["to-gregorian", "--tz", "Asia/Tehran", "1401-06-30T23:30"],
        b"",
    );
    assert_eq!(stdout(&o), "\n");
    assert!(stderr(&o).contains("happens twice"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["to-jalali", "--tz", "Mars/Olympus", "2021-11-17"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn format_writes_each_audience_s_form() {
    let o = run(
        &[
            "format",
            "--format",
            "%A %d %B %Y",
            "--locale",
            "iranian",
            "1400-08-26",
        ],
        b"",
    );
    assert_eq!(stdout(&o), "چهارشنبه ۲۶ آبان ۱۴۰۰\n");
    let o = run(
        &[
            "format",
            "-f",
            "%d %B %Y %H:%M",
            "--locale",
            "dari",
            "--digits",
            "latin",
        ],
        b"1400-08-26T14:05:00\n1400-08-26\n",
    );
    assert_eq!(stdout(&o), "26 عقرب 1400 14:05\n\n");
    assert!(stderr(&o).starts_with("line 2: the format asks for a time of day"));
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["format", "--format", "%Q", "1400-08-26"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn today_and_cal() {
    let o = run(&["today", "--tz", "Asia/Tehran"], b"");
    let today = stdout(&o).trim().to_string();
    let date: taqvim::JalaliDate = today.parse().unwrap();
    let o = run(&["cal", "--tz", "Asia/Tehran"], b"");
    let grid = stdout(&o);
    // Not a terminal: today is marked with brackets.
    assert!(grid.contains(&format!("[{:>2}]", date.day())), "{grid}");
    assert!(grid.lines().nth(1).unwrap().trim_start().starts_with("Sa"));
    let o = run(&["cal", "1400", "8"], b"");
    let grid = stdout(&o);
    assert_eq!(grid.lines().next().unwrap().trim(), "Aban 1400");
    // 1 Aban 1400 was a Saturday: the first week starts in the first column.
    assert!(grid.lines().nth(2).unwrap().starts_with("  1   2"));
    let o = run(&["cal", "1400", "--locale", "fa"], b"");
    assert!(stdout(&o).matches('ش').count() >= 12);
    assert_eq!(
        stdout(&o).lines().filter(|l| l.contains("۱۴۰۰")).count(),
        12
    );
}

#[test]
fn invalid_utf8_empty_input_and_usage() {
    let o = run(&["parse"], b"1400/08/26\n\xff\xfe\n1400/08/27");
    assert_eq!(stdout(&o), "1400-08-26\n\n1400-08-27\n");
    assert_eq!(stderr(&o), "line 2: the line is not valid UTF-8\n");
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["extract"], b"");
    assert_eq!(stdout(&o), "");
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["parse", "--bogus"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = run(&[], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn no_line_is_dropped_or_duplicated() {
    // Random bytes with line breaks, CRLF, long lines and dates among them.
    let mut state = 0x1234_5678_9ABC_DEF0u64;
    let mut input = Vec::new();
    let mut lines = 0;
    while lines < 20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        match state % 7 {
            0 => input.extend_from_slice("۲۶ آبان ۱۴۰۰".as_bytes()),
            1 => input.extend_from_slice(b"\r"),
            2 => input.extend_from_slice(&state.to_le_bytes()),
            3 => input.extend_from_slice("1400/08/26 12:00".as_bytes()),
            _ => {}
        }
        if state % 3 == 0 {
            input.push(b'\n');
            lines += 1;
        }
    }
    // Random bytes hold line breaks too: count the lines the input really has (a
    // last line without a break counts).
    let lines = input.iter().filter(|&&b| b == b'\n').count()
        + usize::from(input.last().is_some_and(|&b| b != b'\n'));
    for command in ["parse", "extract", "to-jalali", "to-gregorian"] {
        for json in [false, true] {
            let mut args = vec![command];
            if json {
                args.push("--json");
            }
            let o = run(&args, &input);
            assert_eq!(
                o.stdout.iter().filter(|&&b| b == b'\n').count(),
                lines,
                "{command}"
            );
            if json {
                for (i, line) in stdout(&o).lines().enumerate() {
                    let v: serde_json::Value = serde_json::from_str(line).unwrap();
                    assert_eq!(v["line"], i + 1);
                }
            }
        }
    }
}

#[test]
fn nowruz_prints_the_turn_of_the_year() {
    let o = run(&["nowruz", "1404"], b"");
    assert_eq!(stdout(&o), "1403-12-30T12:31:29+03:30\n");
    let o = run(&["nowruz", "1404", "--tz", "Asia/Kabul"], b"");
    assert_eq!(stdout(&o), "1403-12-30T13:31:29+04:30\n");
    let o = run(&["nowruz", "1401", "--json"], b"");
    assert_eq!(
        stdout(&o),
        "{\"year\":1401,\"jalali\":\"1400-12-29T19:03:25+03:30\",\
         \"gregorian\":\"2022-03-20T19:03:25+03:30\",\"utc\":\"2022-03-20T15:33:25Z\"}\n"
    );
    // With no year, the next turn: a year whose Nowruz is after today.
    let o = run(&["nowruz", "--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let next: serde_json::Value = serde_json::from_str(stdout(&o)).unwrap();
    let year = next["year"].as_i64().unwrap() as i32;
    let this = taqvim::JalaliDate::today().year();
    assert!(year == this || year == this + 1, "{year}");
    let o = run(&["nowruz", "3179"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "taqvim: nowruz 3179: Jalali year 3179 is out of range: supported years are 1..=3178\n"
    );
}
