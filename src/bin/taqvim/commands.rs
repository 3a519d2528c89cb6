//! The subcommands: each reads its inputs line by line and writes one line (or one
//! JSON object) per input line.

use std::borrow::Cow;
use std::io::{self, Write};

use chrono_tz::Tz;
use taqvim::{DateParser, JalaliDate, JalaliDateTime, LeapRule, Time, Zoned};

use crate::args::{Cal, Command, Common, Convert, FormatArgs, Nowruz, Read, Today};
use crate::lines::{self, Line, Sink};
use crate::render::{self, Value};
use taqvim::iso::IsoBuffer;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Success,
    SomeFailed,
    Usage,
}

/// Runs `command`, writing results to `out` and failures to `err`.
pub fn run(command: Command, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    match command {
        Command::ToJalali(c) => convert(c, Direction::ToJalali, out, err),
        Command::ToGregorian(c) => convert(c, Direction::ToGregorian, out, err),
        Command::Parse(r) => read(r, false, out, err),
        Command::Extract(r) => read(r, true, out, err),
        Command::Format(f) => format(f, out, err),
        Command::Today(t) => today(t, out, err),
        Command::Cal(c) => calendar(c, out, err),
        Command::Nowruz(n) => nowruz(n, out, err),
    }
}

/// Reads `--tz`; `None` (after telling the user) for an unknown zone.
fn zone(name: Option<&str>, err: &mut impl Write) -> io::Result<Result<Option<Tz>, ()>> {
    let Some(name) = name else {
        return Ok(Ok(None));
    };
    match name.parse::<Tz>() {
        Ok(tz) => Ok(Ok(Some(tz))),
        Err(_) => {
            writeln!(
                err,
                "taqvim: unknown time zone {name:?}: give an IANA name such as Asia/Tehran"
            )?;
            Ok(Err(()))
        }
    }
}

/// Records a failed line: an empty output line (or a JSON error object) and
/// `line N: reason` on standard error.
fn fail(
    sink: &mut Sink,
    json: bool,
    number: u64,
    input: &str,
    reason: &dyn std::fmt::Display,
) -> io::Result<()> {
    sink.failed = true;
    writeln!(sink.err, "line {number}: {reason}")?;
    if json {
        write!(sink.out, "{{\"line\":{number},\"input\":")?;
        render::json_string(&mut sink.out, input)?;
        write!(sink.out, ",\"error\":")?;
        render::json_string(&mut sink.out, &reason.to_string())?;
        sink.out.write_all(b"}\n")
    } else {
        sink.out.write_all(b"\n")
    }
}

/// The exit status of a run whose lines did (or did not) all succeed.
fn status(failed: bool) -> Status {
    if failed {
        Status::SomeFailed
    } else {
        Status::Success
    }
}

/// The text of a bad line, for JSON.
fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Fixes the instant of `value`: from its written offset, or by placing its local time
/// in `tz` (which also gives it an offset). Without either it has no instant.
fn place(value: &mut Value, tz: Option<&Tz>) -> Result<(), taqvim::Error> {
    let local = JalaliDateTime::new(value.date, value.time.unwrap_or(Time::MIDNIGHT));
    if let Some(offset) = value.offset {
        let zoned = local.and_offset(offset)?;
        value.instant = Some(zoned.timestamp());
    } else if let Some(tz) = tz {
        // A date alone stands for the start of its day.
        let zoned = Zoned::from_local(local, tz)?;
        value.time = Some(local.time());
        value.offset = Some(zoned.offset_seconds());
        value.instant = Some(zoned.timestamp());
    }
    Ok(())
}

/// Writes one successful value: ISO text (with the UTC instant when a zone was
/// given), or a JSON object.
#[allow(clippy::too_many_arguments)]
fn write_value(
    sink: &mut Sink,
    json: bool,
    number: u64,
    input: &str,
    value: &Value,
    rule: LeapRule,
    zoned: bool,
    weekday_mismatch: bool,
) -> io::Result<()> {
    let line = &mut sink.out;
    if json {
        write!(line, "{{\"line\":{number},\"input\":")?;
        render::json_string(line, input)?;
        render::json_field(line, "jalali", |b| render::jalali(b, value, rule))?;
        render::json_field(line, "gregorian", |b| render::gregorian(b, value))?;
        if let (true, Some(instant)) = (zoned, value.instant) {
            render::json_field(line, "utc", |b| render::instant(b, instant))?;
        }
        if weekday_mismatch {
            line.extend_from_slice(b",\"weekday_mismatch\":true");
        }
        line.extend_from_slice(b"}\n");
    } else {
        render::jalali(line, value, rule)?;
        if let (true, Some(instant)) = (zoned, value.instant) {
            line.push(b'\t');
            render::instant(line, instant)?;
        }
        line.push(b'\n');
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    ToJalali,
    ToGregorian,
}

fn convert(
    c: Convert,
    direction: Direction,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<Status> {
    let Common {
        inputs,
        json,
        rule,
        tz,
    } = c.common;
    let rule = LeapRule::from(rule);
    let Ok(tz) = zone(tz.as_deref(), err)? else {
        return Ok(Status::Usage);
    };
    let failed = lines::process(&inputs, out, err, |sink: &mut Sink, number, line| {
        let text = match line {
            Line::Text(text) => text,
            Line::Bad(reason, bytes) => return fail(sink, json, number, &lossy(bytes), &reason),
        };
        let converted = taqvim::iso::read_fields(text.trim()).and_then(|fields| {
            let (y, m, d) = (fields.year, fields.month, fields.day);
            let date = match direction {
                Direction::ToJalali => JalaliDate::from_gregorian(y, m, d),
                Direction::ToGregorian if rule == LeapRule::Astronomical => {
                    JalaliDate::new(y, m, d)
                }
                Direction::ToGregorian => JalaliDate::from_rule(rule, y, m, d),
            }?;
            let mut value = Value {
                date,
                time: fields.time,
                seconds: fields.seconds,
                offset: None,
                instant: None,
                end: None,
            };
            place(&mut value, tz.as_ref())?;
            Ok(value)
        });
        match converted {
            Ok(value) if json => {
                write_value(sink, json, number, text, &value, rule, tz.is_some(), false)
            }
            Ok(value) => {
                // Plain output is the other calendar's side.
                let out = &mut sink.out;
                match direction {
                    Direction::ToJalali => render::jalali(out, &value, rule)?,
                    Direction::ToGregorian => render::gregorian(out, &value)?,
                }
                if let (Some(_), Some(instant)) = (&tz, value.instant) {
                    out.push(b'\t');
                    render::instant(out, instant)?;
                }
                out.push(b'\n');
                Ok(())
            }
            Err(e) if e.kind() == taqvim::ErrorKind::Syntax => {
                let reason = format!("not an ISO date (YYYY-MM-DD[THH:MM[:SS]]): {e}");
                fail(sink, json, number, text, &reason)
            }
            Err(e) => fail(sink, json, number, text, &e),
        }
    })?;
    Ok(status(failed))
}

fn read(r: Read, extract: bool, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    let Common {
        inputs,
        json,
        rule,
        tz,
    } = r.common;
    let rule = LeapRule::from(rule);
    let Ok(tz) = zone(tz.as_deref(), err)? else {
        return Ok(Status::Usage);
    };
    let parser = DateParser::new()
        .pivot(r.pivot)
        .strict_weekday(r.strict_weekday)
        .rule(rule);
    let value_of = |p: &taqvim::ParsedDate| -> Result<Value, taqvim::Error> {
        let mut value = Value {
            date: p.date(),
            time: p.time(),
            seconds: p.has_seconds(),
            offset: p.offset_seconds(),
            instant: None,
            end: p.end_date().map(|d| (d, p.end_time())),
        };
        place(&mut value, tz.as_ref())?;
        Ok(value)
    };
    let failed = lines::process(&inputs, out, err, |sink: &mut Sink, number, line| {
        let text = match line {
            Line::Text(text) => text,
            Line::Bad(reason, bytes) => return fail(sink, json, number, &lossy(bytes), &reason),
        };
        if extract {
            let zoned = tz.is_some();
            return extract_line(sink, json, number, text, parser, rule, zoned, &value_of);
        }
        let parsed = parser.parse(text);
        if let (false, None, Ok(p)) = (json, &tz, &parsed) {
            // The common case, plain output of a value with no instant to fix, written
            // directly.
            if p.offset_seconds().is_none() {
                let value = Value {
                    date: p.date(),
                    time: p.time(),
                    seconds: p.has_seconds(),
                    offset: None,
                    instant: None,
                    end: p.end_date().map(|d| (d, p.end_time())),
                };
                render::jalali(&mut sink.out, &value, rule)?;
                sink.out.push(b'\n');
                return Ok(());
            }
        }
        match parsed {
            Ok(parsed) => match value_of(&parsed) {
                Ok(value) => {
                    let mismatch = parsed.weekday_mismatch();
                    let zoned = tz.is_some();
                    write_value(sink, json, number, text, &value, rule, zoned, mismatch)
                }
                Err(reason) => fail(sink, json, number, text, &reason),
            },
            Err(reason) => fail(sink, json, number, text, &reason),
        }
    })?;
    Ok(status(failed))
}

/// Writes the dates of one line of free text.
#[allow(clippy::too_many_arguments)]
fn extract_line(
    sink: &mut Sink,
    json: bool,
    number: u64,
    text: &str,
    parser: DateParser,
    rule: LeapRule,
    zoned: bool,
    value_of: &dyn Fn(&taqvim::ParsedDate) -> Result<Value, taqvim::Error>,
) -> io::Result<()> {
    // Values first: a match that cannot be placed in the zone fails the line.
    let mut found = Vec::new();
    for m in parser.find_dates(text) {
        match value_of(&m.value()) {
            Ok(value) => found.push((m, value)),
            Err(e) => return fail(sink, json, number, text, &e),
        }
    }
    let out = &mut sink.out;
    if json {
        write!(out, "{{\"line\":{number},\"matches\":[")?;
        for (i, (m, value)) in found.iter().enumerate() {
            let range = m.range();
            if i > 0 {
                out.write_all(b",")?;
            }
            write!(
                out,
                "{{\"start\":{},\"end\":{},\"text\":",
                range.start, range.end
            )?;
            render::json_string(out, m.as_str())?;
            // `json_field` writes a leading comma.
            render::json_field(out, "jalali", |b| render::jalali(b, value, rule))?;
            render::json_field(out, "gregorian", |b| render::gregorian(b, value))?;
            if let (true, Some(instant)) = (zoned, value.instant) {
                render::json_field(out, "utc", |b| render::instant(b, instant))?;
            }
            if m.value().weekday_mismatch() {
                out.write_all(b",\"weekday_mismatch\":true")?;
            }
            out.write_all(b"}")?;
        }
        out.write_all(b"]}\n")
    } else {
        for (i, (_, value)) in found.iter().enumerate() {
            if i > 0 {
                out.write_all(b"\t")?;
            }
            render::jalali(out, value, rule)?;
            if let (true, Some(instant)) = (zoned, value.instant) {
                out.write_all(b" ")?;
                render::instant(out, instant)?;
            }
        }
        out.write_all(b"\n")
    }
}

fn format(f: FormatArgs, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    let formatter = match f.style.formatter(&f.format) {
        Ok(formatter) => formatter,
        Err(e) => {
            writeln!(err, "taqvim: --format: {e}")?;
            return Ok(Status::Usage);
        }
    };
    let json = f.json;
    let failed = lines::process(&f.inputs, out, err, |sink: &mut Sink, number, line| {
        let text = match line {
            Line::Text(text) => text,
            Line::Bad(reason, bytes) => return fail(sink, json, number, &lossy(bytes), &reason),
        };
        let input = text.trim();
        let mut shown = String::with_capacity(64);
        let written = if input.contains(['T', ' ']) {
            input
                .parse::<JalaliDateTime>()
                .and_then(|dt| formatter.format(&dt).map(|f| f.write_to(&mut shown)))
        } else {
            input
                .parse::<JalaliDate>()
                .and_then(|d| formatter.format(&d).map(|f| f.write_to(&mut shown)))
        };
        match written {
            Ok(Ok(())) => {
                let out = &mut sink.out;
                if json {
                    write!(out, "{{\"line\":{number},\"input\":")?;
                    render::json_string(out, text)?;
                    out.write_all(b",\"formatted\":")?;
                    render::json_string(out, &shown)?;
                    out.write_all(b"}\n")
                } else {
                    out.write_all(shown.as_bytes())?;
                    out.write_all(b"\n")
                }
            }
            Ok(Err(_)) => fail(sink, json, number, text, &"formatting failed"),
            Err(e) => fail(sink, json, number, text, &e),
        }
    })?;
    Ok(status(failed))
}

/// Now, as a local Jalali date-time in `tz` or in the system's zone.
fn now(tz: Option<&Tz>) -> JalaliDateTime {
    match tz {
        Some(tz) => Zoned::now(tz).local(),
        None => JalaliDateTime::now(),
    }
}

fn today(t: Today, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    let Ok(tz) = zone(t.tz.as_deref(), err)? else {
        return Ok(Status::Usage);
    };
    let date = now(tz.as_ref()).date();
    if t.json {
        write!(out, "{{\"jalali\":\"{date}\"")?;
        render::json_field(out, "gregorian", |b| {
            let (y, m, d) = date.to_gregorian();
            b.extend_from_slice(IsoBuffer::new().push_date(y, m, d).as_bytes());
            Ok(())
        })?;
        out.write_all(b"}\n")?;
        return Ok(Status::Success);
    }
    match t.format.as_deref() {
        None => writeln!(out, "{date}")?,
        Some(pattern) => match t
            .style
            .formatter(pattern)
            .and_then(|f| f.format(&date).map(|s| s.to_string()))
        {
            Ok(text) => writeln!(out, "{text}")?,
            Err(e) => {
                writeln!(err, "taqvim: --format: {e}")?;
                return Ok(Status::Usage);
            }
        },
    }
    Ok(Status::Success)
}

fn nowruz(n: Nowruz, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    let Ok(Some(tz)) = zone(Some(&n.tz), err)? else {
        return Ok(Status::Usage);
    };
    let year = match n.year {
        Some(year) => year,
        // The next turn of the year from now.
        None => {
            let now = chrono::Utc::now().timestamp();
            let this = JalaliDateTime::now().date().year();
            match taqvim::nowruz_instant(this + 1) {
                Ok(_) if taqvim::nowruz_instant(this).is_ok_and(|t| t > now) => this,
                _ => this + 1,
            }
        }
    };
    let zoned = taqvim::nowruz_instant(year).and_then(|seconds| {
        let zoned = Zoned::from_timestamp(seconds, &tz)?;
        Ok((seconds, zoned))
    });
    let (seconds, zoned) = match zoned {
        Ok(found) => found,
        Err(e) => {
            writeln!(err, "taqvim: nowruz {year}: {e}")?;
            return Ok(Status::Usage);
        }
    };
    let local = zoned.local();
    let mut jalali = IsoBuffer::new();
    let date = local.date();
    jalali
        .push_date(date.year(), date.month(), date.day())
        .push_time(local.time(), true)
        .push_offset(zoned.offset_seconds());
    if !n.json {
        out.write_all(jalali.as_bytes())?;
        out.write_all(b"\n")?;
        return Ok(Status::Success);
    }
    let (y, m, d) = date.to_gregorian();
    let mut gregorian = IsoBuffer::new();
    gregorian
        .push_date(y, m, d)
        .push_time(local.time(), true)
        .push_offset(zoned.offset_seconds());
    write!(
        out,
        "{{\"year\":{year},\"jalali\":\"{}\",\"gregorian\":\"{}\",\"utc\":\"",
        jalali.as_str(),
        gregorian.as_str()
    )?;
    render::instant(out, seconds)?;
    out.write_all(b"\"}\n")?;
    Ok(Status::Success)
}

fn calendar(c: Cal, out: &mut impl Write, err: &mut impl Write) -> io::Result<Status> {
    let Ok(tz) = zone(c.tz.as_deref(), err)? else {
        return Ok(Status::Usage);
    };
    let today = now(tz.as_ref()).date();
    let months: Vec<(i32, u8)> = match (c.year, c.month) {
        (None, _) => vec![(today.year(), today.month())],
        (Some(year), Some(month)) => vec![(year, month)],
        (Some(year), None) => (1..=12).map(|m| (year, m)).collect(),
    };
    let highlight = std::io::IsTerminal::is_terminal(&std::io::stdout());
    for (i, (year, month)) in months.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        let first = match JalaliDate::new(year, month, 1) {
            Ok(first) => first,
            Err(e) => {
                writeln!(err, "taqvim: {e}")?;
                return Ok(Status::Usage);
            }
        };
        crate::cal::month(out, first, today, &c.style, highlight)?;
    }
    Ok(Status::Success)
}
