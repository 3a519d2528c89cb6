//! Inputs, one line at a time: the command's arguments, or standard input read in
//! place through one reused buffer, so memory stays flat whatever the input's size.

use std::io::{self, BufRead};

/// The longest line kept whole; a longer one is a failed line (and its bytes are
/// skipped without being stored), so no input can make memory grow.
pub const MAX_LINE: usize = 1 << 20;

/// One input line.
pub enum Line<'a> {
    /// Valid UTF-8, without its line ending.
    Text(&'a str),
    /// Not valid UTF-8, or longer than [`MAX_LINE`]: the reason, and the bytes kept.
    Bad(&'static str, &'a [u8]),
}

/// Calls `each` with the number (from 1) and text of every input: the arguments
/// when there are any, else the lines of standard input. Stops at the first error
/// `each` returns.
pub fn for_each_line(
    arguments: &[String],
    mut each: impl FnMut(u64, Line<'_>) -> io::Result<()>,
) -> io::Result<()> {
    if !arguments.is_empty() {
        for (i, argument) in arguments.iter().enumerate() {
            each(i as u64 + 1, Line::Text(argument))?;
        }
        return Ok(());
    }
    let stdin = io::stdin();
    let mut input = io::BufReader::with_capacity(64 * 1024, stdin.lock());
    let mut buffer = Vec::with_capacity(4096);
    let mut number = 0;
    while let Some(too_long) = read_line(&mut input, &mut buffer)? {
        number += 1;
        let mut bytes = &buffer[..];
        if let Some(rest) = bytes.strip_suffix(b"\n") {
            bytes = rest;
        }
        if let Some(rest) = bytes.strip_suffix(b"\r") {
            bytes = rest;
        }
        let line = if too_long {
            Line::Bad("the line is longer than 1 MiB", bytes)
        } else {
            match std::str::from_utf8(bytes) {
                Ok(text) => Line::Text(text),
                Err(_) => Line::Bad("the line is not valid UTF-8", bytes),
            }
        };
        each(number, line)?;
    }
    Ok(())
}

/// Reads one line, its `\n` included, into `buffer` (cleared first), keeping at most
/// [`MAX_LINE`] bytes of it. `None` at the end of the input; otherwise whether the
/// line was cut.
fn read_line(input: &mut impl BufRead, buffer: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buffer.clear();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(read_any.then_some(too_long));
        }
        read_any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = MAX_LINE.saturating_sub(buffer.len());
        if chunk.len() > room {
            too_long = true;
        }
        buffer.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        input.consume(used);
        if done {
            return Ok(Some(too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<(Vec<u8>, bool)> {
        let mut reader = io::BufReader::with_capacity(7, input);
        let mut buffer = Vec::new();
        let mut all = Vec::new();
        while let Some(too_long) = read_line(&mut reader, &mut buffer).unwrap() {
            all.push((buffer.clone(), too_long));
        }
        all
    }

    #[test]
    fn every_line_once_whatever_the_endings() {
        assert!(lines(b"").is_empty());
        assert_eq!(lines(b"\n"), [(b"\n".to_vec(), false)]);
        assert_eq!(
            lines(b"a\n\nbcdefghijklmnop\nlast"),
            [
                (b"a\n".to_vec(), false),
                (b"\n".to_vec(), false),
                (b"bcdefghijklmnop\n".to_vec(), false),
                (b"last".to_vec(), false),
            ]
        );
    }

    #[test]
    fn long_lines_are_cut_not_stored() {
        let mut input = vec![b'x'; MAX_LINE + 10];
        input.extend_from_slice(b"\nnext\n");
        let all = lines(&input);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].0.len(), MAX_LINE);
        assert!(all[0].1);
        assert_eq!(all[1], (b"next\n".to_vec(), false));
    }
}
