//! Inputs, one line at a time, and the order of the output.
//!
//! Inputs come from the command's arguments or from standard input. Standard input is
//! read in blocks of whole lines by one thread, the blocks are processed by a worker
//! per core, and the results are written in input order by the main thread; the
//! channels between them are bounded, so memory stays flat whatever the input's size.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

/// The longest line kept whole; a longer one is a failed line (and only its first
/// `MAX_LINE` bytes are ever held), so no input can make memory grow.
pub const MAX_LINE: usize = 1 << 20;

/// The size of the blocks standard input is read in.
const BLOCK: usize = 128 * 1024;

/// One input line.
pub enum Line<'a> {
    /// Valid UTF-8, without its line ending.
    Text(&'a str),
    /// Not valid UTF-8, or longer than [`MAX_LINE`]: the reason, and the bytes kept.
    Bad(&'static str, &'a [u8]),
}

/// Where a line's results go: its output and its messages, and whether it failed.
#[derive(Default)]
pub struct Sink {
    pub out: Vec<u8>,
    pub err: Vec<u8>,
    pub failed: bool,
}

/// Handles one line (numbered from 1), writing into the sink.
pub trait Handler: Fn(&mut Sink, u64, Line<'_>) -> io::Result<()> + Sync {}
impl<F: Fn(&mut Sink, u64, Line<'_>) -> io::Result<()> + Sync> Handler for F {}

/// Runs `handle` over every input, writing the results to `out` and `err` in input
/// order. Returns whether any line failed.
pub fn process(
    arguments: &[String],
    out: &mut impl Write,
    err: &mut impl Write,
    handle: impl Handler,
) -> io::Result<bool> {
    if !arguments.is_empty() {
        let mut sink = Sink::default();
        for (i, argument) in arguments.iter().enumerate() {
            handle(&mut sink, i as u64 + 1, Line::Text(argument))?;
        }
        out.write_all(&sink.out)
            .map_err(|e| on("writing standard output", e))?;
        err.write_all(&sink.err)
            .map_err(|e| on("writing standard error", e))?;
        return Ok(sink.failed);
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    pipeline(io::stdin(), workers, out, err, &handle)
}

/// A run of whole lines of standard input.
struct Block {
    /// Its place among the blocks.
    sequence: u64,
    /// The number of its first line.
    first_line: u64,
    bytes: Vec<u8>,
    /// The block is the first `MAX_LINE` bytes of one longer line.
    too_long: bool,
}

/// A processed block.
struct Done {
    sequence: u64,
    sink: Sink,
}

/// Runs the reader, the workers and the writer until the input ends or one of them
/// stops.
///
/// Every queue closes when the side that feeds it or drains it stops, so no thread
/// waits forever on a peer that is gone:
/// - the writer (this thread) returns on a write error, dropping the receiver of
///   processed blocks;
/// - each worker then stops at its next send and drops its share of the receiver of
///   input blocks, which closes that queue when the last worker is gone;
/// - the reader then stops at its next send.
///
/// What was written before the fault stays written, once and in order.
fn pipeline<R: io::Read + Send>(
    input: R,
    workers: usize,
    out: &mut impl Write,
    err: &mut impl Write,
    handle: &impl Handler,
) -> io::Result<bool> {
    let (block_tx, block_rx) = sync_channel::<Block>(workers * 2);
    let block_rx = Arc::new(Mutex::new(block_rx));
    let (done_tx, done_rx) = sync_channel::<io::Result<Done>>(workers * 2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_blocks(input, block_tx));
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let block_rx = Arc::clone(&block_rx);
            scope.spawn(move || work(&block_rx, done_tx, handle));
        }
        // The workers hold the only handles left: when the last of them stops, the
        // queues close behind it.
        drop(done_tx);
        drop(block_rx);
        let written = write_in_order(done_rx, out, err);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the reader of standard input failed")));
        let failed = written?;
        read.map(|()| failed)
    })
}

/// Gives an I/O error the name of the stream it happened on, keeping its kind (a
/// closed pipe stays [`io::ErrorKind::BrokenPipe`]).
fn on(stream: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{stream}: {e}"))
}

/// Reads the input into blocks of whole lines, until it ends or nobody takes them.
fn read_blocks(input: impl io::Read, blocks: SyncSender<Block>) -> io::Result<()> {
    let mut input = io::BufReader::with_capacity(BLOCK, input);
    let mut buffer: Vec<u8> = Vec::with_capacity(2 * BLOCK);
    let mut sequence = 0;
    let mut line = 1;
    // Inside a line already reported as too long: skip to its end.
    let mut skipping = false;
    let mut send = |bytes: Vec<u8>, too_long: bool, line: &mut u64| {
        let lines = if too_long {
            1
        } else {
            memchr::memchr_iter(b'\n', &bytes).count() as u64
                + u64::from(bytes.last().is_some_and(|&b| b != b'\n'))
        };
        let block = Block {
            sequence,
            first_line: *line,
            bytes,
            too_long,
        };
        sequence += 1;
        *line += lines;
        // The receiver is gone only when every worker stopped, after the writer did.
        blocks.send(block).is_ok()
    };
    loop {
        // What one read gives, copied after what is left of the last one.
        let n = match input.fill_buf() {
            Ok(available) => {
                buffer.extend_from_slice(available);
                available.len()
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(on("reading standard input", e)),
        };
        input.consume(n);
        if skipping {
            match memchr::memchr(b'\n', &buffer) {
                Some(i) => {
                    buffer.drain(..=i);
                    skipping = false;
                }
                None => {
                    buffer.clear();
                    if n == 0 {
                        return Ok(());
                    }
                    continue;
                }
            }
        }
        if n == 0 {
            if !buffer.is_empty() {
                // Whether anyone took it, this is the end.
                let _ = send(std::mem::take(&mut buffer), false, &mut line);
            }
            return Ok(());
        }
        match memchr::memrchr(b'\n', &buffer) {
            Some(last) => {
                let rest = buffer.split_off(last + 1);
                let block = std::mem::replace(&mut buffer, rest);
                if !send(block, false, &mut line) {
                    return Ok(());
                }
                buffer.reserve(2 * BLOCK);
            }
            None if buffer.len() > MAX_LINE => {
                buffer.truncate(MAX_LINE);
                if !send(std::mem::take(&mut buffer), true, &mut line) {
                    return Ok(());
                }
                skipping = true;
            }
            _ => {}
        }
    }
}

/// Processes blocks until there are none or nobody takes the results.
fn work(
    blocks: &Mutex<Receiver<Block>>,
    done: SyncSender<io::Result<Done>>,
    handle: &impl Handler,
) {
    loop {
        let block = match blocks.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(block) = block else { return };
        let mut sink = Sink {
            out: Vec::with_capacity(block.bytes.len()),
            err: Vec::new(),
            failed: false,
        };
        let result = process_block(&block, &mut sink, handle).map(|()| Done {
            sequence: block.sequence,
            sink,
        });
        if done.send(result).is_err() {
            return;
        }
    }
}

/// Runs `handle` on every line of a block.
fn process_block(block: &Block, sink: &mut Sink, handle: &impl Handler) -> io::Result<()> {
    if block.too_long {
        return handle(
            sink,
            block.first_line,
            Line::Bad("the line is longer than 1 MiB", &block.bytes),
        );
    }
    // The common case, a block that is all UTF-8, is validated at once; its lines
    // are then text already.
    if let Ok(text) = simdutf8::basic::from_utf8(&block.bytes) {
        let mut ends = memchr::memchr_iter(b'\n', &block.bytes);
        let mut start = 0;
        let mut number = block.first_line;
        while start < text.len() {
            let end = ends.next().unwrap_or(text.len());
            // `\n` is ASCII, so both ends are character boundaries.
            let line = &text[start..end];
            start = end + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line = if line.len() > MAX_LINE {
                Line::Bad(
                    "the line is longer than 1 MiB",
                    &line.as_bytes()[..MAX_LINE],
                )
            } else {
                Line::Text(line)
            };
            handle(sink, number, line)?;
            number += 1;
        }
        return Ok(());
    }
    let mut bytes = &block.bytes[..];
    let mut number = block.first_line;
    while !bytes.is_empty() {
        let (mut line, rest) = match memchr::memchr(b'\n', bytes) {
            Some(i) => (&bytes[..i], &bytes[i + 1..]),
            None => (bytes, &bytes[bytes.len()..]),
        };
        bytes = rest;
        if let Some(without) = line.strip_suffix(b"\r") {
            line = without;
        }
        let line = if line.len() > MAX_LINE {
            Line::Bad("the line is longer than 1 MiB", &line[..MAX_LINE])
        } else {
            match simdutf8::basic::from_utf8(line) {
                Ok(text) => Line::Text(text),
                Err(_) => Line::Bad("the line is not valid UTF-8", line),
            }
        };
        handle(sink, number, line)?;
        number += 1;
    }
    Ok(())
}

/// Writes processed blocks in their input order.
fn write_in_order(
    done: Receiver<io::Result<Done>>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    let mut failed = false;
    for result in done {
        let block = result?;
        waiting.insert(block.sequence, block.sink);
        while let Some(sink) = waiting.remove(&next) {
            out.write_all(&sink.out)
                .map_err(|e| on("writing standard output", e))?;
            err.write_all(&sink.err)
                .map_err(|e| on("writing standard error", e))?;
            failed |= sink.failed;
            next += 1;
        }
    }
    Ok(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(bytes: &[u8]) -> Vec<(u64, String)> {
        let block = Block {
            sequence: 0,
            first_line: 7,
            bytes: bytes.to_vec(),
            too_long: false,
        };
        let mut sink = Sink::default();
        let handle = |sink: &mut Sink, n: u64, line: Line<'_>| {
            let text = match line {
                Line::Text(t) => t.to_string(),
                Line::Bad(reason, _) => format!("<{reason}>"),
            };
            writeln!(sink.out, "{n}:{text}")
        };
        process_block(&block, &mut sink, &handle).unwrap();
        String::from_utf8(sink.out)
            .unwrap()
            .lines()
            .map(|l| {
                let (n, t) = l.split_once(':').unwrap();
                (n.parse().unwrap(), t.to_string())
            })
            .collect()
    }

    /// A standard output that takes `room` bytes, then fails with `kind`.
    struct Failing {
        written: Vec<u8>,
        room: usize,
        kind: io::ErrorKind,
    }

    impl Write for Failing {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            if self.written.len() >= self.room {
                return Err(self.kind.into());
            }
            let n = bytes.len().min(self.room - self.written.len());
            self.written.extend_from_slice(&bytes[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Runs the pipeline on `input` in a thread, failing the test if it has not ended
    /// within a minute.
    fn run_bounded(input: Vec<u8>, workers: usize, room: usize) -> (io::Result<bool>, Vec<u8>) {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut out = Failing {
                written: Vec::new(),
                room,
                kind: io::ErrorKind::BrokenPipe,
            };
            let handle = |sink: &mut Sink, n: u64, line: Line<'_>| match line {
                Line::Text(t) => writeln!(sink.out, "{n} {t}"),
                Line::Bad(..) => writeln!(sink.out, "{n} bad"),
            };
            let result = pipeline(&input[..], workers, &mut out, &mut io::sink(), &handle);
            let _ = tx.send((result, out.written));
        });
        rx.recv_timeout(std::time::Duration::from_secs(60))
            .expect("the pipeline ended")
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// Whenever standard output fails, every thread stops and what was written
        /// before the fault is the output's exact beginning: no line lost, repeated
        /// or out of order.
        #[test]
        fn a_failing_output_stops_every_thread(
            lines in 0usize..60_000,
            workers in 1usize..5,
            room in 0usize..2_000_000,
        ) {
            let mut input = Vec::new();
            let mut expected = Vec::new();
            for n in 1..=lines {
                writeln!(input, "line {}", n * 7).unwrap();
                writeln!(expected, "{n} line {}", n * 7).unwrap();
            }
            let (result, written) = run_bounded(input, workers, room);
            proptest::prop_assert_eq!(&written[..], &expected[..written.len()]);
            if room < expected.len() {
                let e = result.unwrap_err();
                proptest::prop_assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
                proptest::prop_assert!(e.to_string().starts_with("writing standard output"));
                proptest::prop_assert_eq!(written.len(), room);
            } else {
                proptest::prop_assert!(!result.unwrap());
                proptest::prop_assert_eq!(written.len(), expected.len());
            }
        }
    }

    /// An input that gives `good` lines, then fails.
    struct Broken {
        good: std::io::Cursor<Vec<u8>>,
    }

    impl io::Read for Broken {
        fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
            match self.good.read(buffer)? {
                0 => Err(io::Error::other("device gone")),
                n => Ok(n),
            }
        }
    }

    #[test]
    fn a_read_error_ends_the_run_after_the_lines_before_it() {
        let good: Vec<u8> = (1..=100_000)
            .flat_map(|n| format!("{n}\n").into_bytes())
            .collect();
        let mut out = Vec::new();
        let handle = |sink: &mut Sink, _: u64, line: Line<'_>| match line {
            Line::Text(t) => writeln!(sink.out, "{t}"),
            Line::Bad(..) => writeln!(sink.out, "bad"),
        };
        let input = Broken {
            good: io::Cursor::new(good.clone()),
        };
        let e = pipeline(input, 2, &mut out, &mut io::sink(), &handle).unwrap_err();
        assert_eq!(e.to_string(), "reading standard input: device gone");
        assert!(good.starts_with(&out), "only whole lines, in order");
    }

    #[test]
    fn every_line_once_whatever_the_endings() {
        assert!(lines_of(b"").is_empty());
        assert_eq!(lines_of(b"\n"), [(7, String::new())]);
        assert_eq!(
            lines_of(b"a\r\n\nb\xff\nlast"),
            [
                (7, "a".to_string()),
                (8, String::new()),
                (9, "<the line is not valid UTF-8>".to_string()),
                (10, "last".to_string()),
            ]
        );
    }
}
