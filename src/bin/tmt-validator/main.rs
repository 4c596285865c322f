//! `tmt-validator`: the command-line face of the engine, for ATS backends and CI pipelines.
//!
//! Same engine, same Report as the library and the npm package. This binary is compiled only
//! with the `cli` feature, so none of its dependencies reach the library or the wasm build.
//!
//! Modules: [`args`] (clap), [`config`] (options and `tmt-validator.toml`), [`input`]
//! (sources, streamed record by record), [`render`] (text / json / ndjson), [`batch`]
//! (validation across threads, in order, with progress and summary).

mod args;
mod batch;
mod config;
mod input;
mod render;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command, Format};

/// Exit status: no ad has an error.
pub const EXIT_OK: u8 = 0;
/// Exit status: some ad has an error (or too many warnings, or an unreadable record).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: usage error or unreadable input.
pub const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    cli.color.write_global();
    let result = match &cli.command {
        Command::Check(check) => run_check(check),
        Command::Text(text) => run_text(text),
        Command::Rules(rules) => run_rules(rules),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Usage(message)) => {
            let mut err = anstream::stderr();
            let _ = writeln!(err, "{}error:{} {message}", render::ERROR_STYLE.render(), render::ERROR_STYLE.render_reset());
            ExitCode::from(EXIT_USAGE)
        }
        Err(Failure::Quiet) => ExitCode::from(EXIT_USAGE),
    }
}

/// Prints a warning on stderr (coloured when stderr takes colours).
pub fn warn(message: &str) {
    let style = render::WARNING_STYLE;
    let _ = writeln!(anstream::stderr(), "{}warning:{} {}", style.render(), style.render_reset(), render::clean(message));
}

/// Why a command stopped early.
#[derive(Debug)]
pub enum Failure {
    /// A usage error, an unreadable config, or output that could not be written: message, exit 2.
    Usage(String),
    /// Exit 2 without a message (the reader of our output went away).
    Quiet,
}

impl Failure {
    /// A write to stdout failed: quietly when the pipe was closed (`| head`), else say so.
    pub fn from_write(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::Quiet
        } else {
            Failure::Usage(format!("cannot write the output: {e}"))
        }
    }
}

fn run_check(check: &args::Check) -> Result<u8, Failure> {
    let options = config::options(&check.common)?;
    let sources = input::expand(&check.paths);
    let settings = batch::Settings {
        format: check.common.format,
        jobs: check.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1),
        quiet: check.common.quiet,
        progress: !check.common.quiet && !check.no_progress && std::io::stderr().is_terminal(),
        max_warnings: check.common.max_warnings,
    };
    batch::run(sources, &options, &settings)
}

fn run_text(text: &args::TextCmd) -> Result<u8, Failure> {
    let mut options = config::options(&text.common)?;
    if let Some(field) = &text.field {
        options.field = Some(field.clone());
    }
    if let Some(ct) = text.content_type {
        options.content_type = Some(ct.into());
    }
    let (name, bytes) = match text.path.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin().lock().read_to_end(&mut buf).map_err(|e| Failure::Usage(format!("cannot read standard input: {e}")))?;
            ("-".to_owned(), buf)
        }
        Some(path) => (path.to_owned(), std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {path}: {e}")))?),
    };
    let body = String::from_utf8(bytes).map_err(|e| Failure::Usage(format!("{name} is not UTF-8 text: {e}")))?;
    let started = std::time::Instant::now();
    let report = tmt_validator::validate_text(&body, &options);
    let style = render::Style::new(text.common.format);
    let out = render::text_report(&style, &name, options.field.as_deref(), &body, &report);
    let mut stats = batch::Stats::default();
    stats.add_report(&report);
    stats.sources = 1;
    let mut stdout = anstream::stdout();
    let write = |w: &mut dyn Write| -> std::io::Result<()> {
        match text.common.format {
            Format::Json => {
                w.write_all(b"{\"results\":[")?;
                w.write_all(out.as_bytes())?;
                writeln!(w, "],\"summary\":{}}}", stats.summary_json(started.elapsed()))
            }
            Format::Ndjson | Format::Text => w.write_all(out.as_bytes()),
        }
    };
    write(&mut stdout).map_err(Failure::from_write)?;
    stats.finish(&style, text.common.quiet, started.elapsed()).map_err(Failure::from_write)?;
    Ok(stats.exit_code(text.common.max_warnings))
}

fn run_rules(cmd: &args::RulesCmd) -> Result<u8, Failure> {
    let lang = cmd.lang.map(Into::into).unwrap_or_default();
    let mut out = anstream::stdout();
    let text = render::rules(lang, cmd.format);
    out.write_all(text.as_bytes()).map_err(Failure::from_write)?;
    Ok(EXIT_OK)
}
