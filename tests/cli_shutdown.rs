//! End-to-end tests of how the `taqvim` binary ends when its output goes away: a reader
//! that closes standard output early, a full device, and a reader that starts late.
//!
//! Each input has more lines than every queue between the reader, the workers and the
//! writer can hold, and every run is bounded by a timeout, so a hang fails the test
//! instead of CI.

#![cfg(feature = "cli")]

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use taqvim::{Formatter, JalaliDate, Locale};

/// Lines in each generated input: far more than the queues hold.
const LINES: usize = 2_000_000;

/// The longest a run may take before it counts as hung.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The status of a run ended by a closed standard output (the README's exit statuses).
const BROKEN_PIPE: i32 = 141;

/// The generated inputs, one file each, and what `to-jalali` must write for the
/// Gregorian one.
struct Inputs {
    gregorian: PathBuf,
    jalali: PathBuf,
    news: PathBuf,
    to_jalali_expected: Vec<u8>,
}

fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli_shutdown");
        std::fs::create_dir_all(&dir).unwrap();
        let mut gregorian = Vec::new();
        let mut jalali = Vec::new();
        let mut news = Vec::new();
        let mut expected = Vec::new();
        let styles = [
            Locale::Iranian,
            Locale::Dari,
            Locale::Pashto,
            Locale::English,
        ]
        .map(|l| Formatter::new("%-d %B %Y - ۰۲:۳۹").unwrap().with_locale(l));
        let first = JalaliDate::new(1200, 1, 1).unwrap();
        let span = 365 * 600;
        for i in 0..LINES {
            let date = first.checked_add_days((i % span) as i64).unwrap();
            let (y, m, d) = date.to_gregorian();
            writeln!(gregorian, "{y:04}-{m:02}-{d:02}").unwrap();
            writeln!(expected, "{date}").unwrap();
            writeln!(jalali, "{date}").unwrap();
            let style = &styles[i % styles.len()];
            writeln!(news, "{}", style.format(&date).unwrap()).unwrap();
        }
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        };
        Inputs {
            gregorian: write("gregorian.txt", &gregorian),
            jalali: write("jalali.txt", &jalali),
            news: write("news.txt", &news),
            to_jalali_expected: expected,
        }
    })
}

/// Every subcommand that streams, with the input it reads.
fn streaming() -> Vec<(Vec<&'static str>, &'static PathBuf)> {
    let i = inputs();
    vec![
        (vec!["parse"], &i.news),
        (vec!["extract"], &i.news),
        (vec!["extract", "--json"], &i.news),
        (vec!["to-jalali"], &i.gregorian),
        (vec!["to-gregorian"], &i.jalali),
        (vec!["format", "--format", "%A %d %B %Y"], &i.jalali),
    ]
}

fn taqvim(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_taqvim"));
    command.args(args).stderr(Stdio::piped());
    command
}

/// A running `taqvim` whose standard error is read as it comes, so that it never
/// waits on it.
struct Run {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
}

fn start(command: &mut Command) -> Run {
    let mut child = command.spawn().unwrap();
    let mut e = child.stderr.take().unwrap();
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        e.read_to_string(&mut text).unwrap();
        text
    });
    Run { child, stderr }
}

/// Waits for the run at most [`TIMEOUT`]; a run still going then is killed and fails
/// the test.
fn wait(run: Run, what: &str) -> (ExitStatus, String) {
    let Run { mut child, stderr } = run;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status, stderr.join().unwrap());
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`taqvim {what}` still ran after {TIMEOUT:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Reads one line of the child's output, then closes it, as `head -n 1` does.
fn read_one_line_and_close(run: &mut Run) -> String {
    let mut first = String::new();
    let mut out = BufReader::new(run.child.stdout.take().unwrap());
    out.read_line(&mut first).unwrap();
    drop(out);
    first
}

#[test]
fn early_close_from_a_file() {
    for (args, input) in streaming() {
        let what = format!("{} < {}", args.join(" "), input.display());
        let mut child = start(
            taqvim(&args)
                .stdin(File::open(input).unwrap())
                .stdout(Stdio::piped()),
        );
        let first = read_one_line_and_close(&mut child);
        assert!(!first.is_empty(), "{what}: no first line");
        let (status, stderr) = wait(child, &what);
        assert_eq!(status.code(), Some(BROKEN_PIPE), "{what}: {stderr}");
        assert_eq!(stderr, "", "{what}: a closed pipe ends the run quietly");
    }
}

#[test]
fn early_close_from_a_pipe() {
    for (args, input) in streaming() {
        let what = format!("{} from a pipe", args.join(" "));
        let bytes = std::fs::read(input).unwrap();
        let mut child = start(taqvim(&args).stdin(Stdio::piped()).stdout(Stdio::piped()));
        let mut stdin = child.child.stdin.take().unwrap();
        // The writer upstream, as `cat` is: it stops when taqvim is gone.
        let feeder = std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
        let first = read_one_line_and_close(&mut child);
        assert!(!first.is_empty(), "{what}: no first line");
        let (status, stderr) = wait(child, &what);
        assert_eq!(status.code(), Some(BROKEN_PIPE), "{what}: {stderr}");
        assert_eq!(stderr, "", "{what}: a closed pipe ends the run quietly");
        // The upstream writer ends too, instead of waiting on a pipe nobody reads.
        feeder.join().unwrap();
    }
}

#[test]
fn full_device() {
    let Ok(full) = File::options().write(true).open("/dev/full") else {
        eprintln!("no /dev/full on this system: skipped");
        return;
    };
    for (args, input) in streaming() {
        let what = format!("{} > /dev/full", args.join(" "));
        let child = start(
            taqvim(&args)
                .stdin(File::open(input).unwrap())
                .stdout(full.try_clone().unwrap()),
        );
        let (status, stderr) = wait(child, &what);
        assert_eq!(status.code(), Some(1), "{what}: {stderr}");
        assert_eq!(
            stderr, "taqvim: writing standard output: No space left on device (os error 28)\n",
            "{what}: one message naming the error"
        );
    }
}

#[test]
fn a_reader_that_starts_late_gets_every_line_in_order() {
    let i = inputs();
    let mut child = start(
        taqvim(&["to-jalali"])
            .stdin(File::open(&i.gregorian).unwrap())
            .stdout(Stdio::piped()),
    );
    let mut out = child.child.stdout.take().unwrap();
    // Every queue fills while nobody reads.
    std::thread::sleep(Duration::from_millis(1500));
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        out.read_to_end(&mut all).unwrap();
        all
    });
    let (status, stderr) = wait(child, "to-jalali, read late");
    let all = reader.join().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(all.len(), i.to_jalali_expected.len());
    assert!(
        all == i.to_jalali_expected,
        "the output differs from the input's order"
    );
}
