//! `taqvim`: Jalali dates in shell pipelines. See `taqvim --help` and the README's
//! "Command line" section for the output contract.

#![forbid(unsafe_code)]

mod args;
mod cal;
mod commands;
mod lines;
mod render;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use args::Cli;

/// The exit status after standard output was closed by its reader: 128 + SIGPIPE (13),
/// what a shell reports for `yes | head -n 1`'s `yes`.
const BROKEN_PIPE: u8 = 141;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut err = io::BufWriter::new(stderr.lock());
    let result = commands::run(cli.command, &mut out, &mut err).and_then(|status| {
        out.flush()
            .map_err(|e| io::Error::new(e.kind(), format!("writing standard output: {e}")))?;
        // Standard error may be gone too; that alone changes nothing.
        let _ = err.flush();
        Ok(status)
    });
    match result {
        Ok(commands::Status::Success) => ExitCode::SUCCESS,
        Ok(commands::Status::SomeFailed) => ExitCode::from(1),
        Ok(commands::Status::Usage) => ExitCode::from(2),
        // A closed pipe (`taqvim … | head`) ends the run quietly, with the status a
        // shell reports for a process ended by SIGPIPE, as GNU tools end.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(BROKEN_PIPE),
        Err(e) => {
            // What was buffered cannot be written any more: drop it rather than try
            // again on the way out.
            let _ = out.into_parts();
            let _ = err.flush();
            let _ = writeln!(io::stderr(), "taqvim: {e}");
            ExitCode::from(1)
        }
    }
}
