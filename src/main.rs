//! The `nhiscan` binary: parse the command line, run it, map the outcome to an exit code.

use std::io::{self, BufWriter, IsTerminal};
use std::process::ExitCode;

use clap::Parser;
use nhiscan::cli::Cli;
use nhiscan::commands;

fn main() -> ExitCode {
    // clap exits with 2 on usage errors and 0 for --help and --version.
    let cli = Cli::parse();
    install_error_renderer();
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

/// Errors render the same everywhere (a fixed width, Unicode frames), in colour only on a
/// terminal and never with `NO_COLOR` set.
fn install_error_renderer() {
    let color = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // Setting the hook fails only if it was set already, which leaves a working renderer.
    let _ = miette::set_hook(Box::new(move |_| {
        Box::new(
            miette::MietteHandlerOpts::new()
                .color(color)
                .unicode(true)
                .terminal_links(false)
                .width(100)
                .build(),
        )
    }));
}
