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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut err = io::BufWriter::new(stderr.lock());
    let result = commands::run(cli.command, &mut out, &mut err);
    let flushed = out.flush().and(err.flush());
    match flushed.and(result) {
        Ok(commands::Status::Success) => ExitCode::SUCCESS,
        Ok(commands::Status::SomeFailed) => ExitCode::from(1),
        Ok(commands::Status::Usage) => ExitCode::from(2),
        // A closed pipe (`taqvim … | head`) ends the run quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "taqvim: {e}");
            ExitCode::from(1)
        }
    }
}
