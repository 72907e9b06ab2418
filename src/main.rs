//! The `nhiscan` binary: parse the command line, run it, map the outcome to an exit code.

use std::io::{self, BufWriter, IsTerminal};
use std::process::ExitCode;

use clap::Parser;
use nhiscan::cli::Cli;
use nhiscan::commands;

fn main() -> ExitCode {
    // clap exits with 2 on usage errors and 0 for --help and --version.
    let cli = Cli::parse();
    return_freed_memory_promptly();
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

/// Makes glibc hand freed memory back to the system. Its default mmap threshold rises after
/// each large free, so the lazy-DFA caches that the search-cache budget drops and rebuilds
/// (`secret::search_caches`) came back from the heap, which kept the freed space: a fixed
/// 128 KiB threshold and trimming on every free took the 1 GB corpus's peak RSS from about
/// 98 to 87–94 MiB, with no measurable time (docs/benchmarks.md).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn return_freed_memory_promptly() {
    // SAFETY: mallopt only sets allocator parameters; it runs before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 0);
    }
}

/// Other allocators keep their own policy.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory_promptly() {}

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
