//! The `nhiscan` binary: parse the command line, run it, map the outcome to an exit code.

use std::io::{self, BufWriter};
use std::process::ExitCode;

use clap::Parser;
use nhiscan::cli::Cli;
use nhiscan::commands;

fn main() -> ExitCode {
    // clap exits with 2 on usage errors and 0 for --help and --version.
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    match commands::run(cli, &mut out) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("{:?}", miette::Report::new(error));
            }
            ExitCode::from(2)
        }
    }
}
