//! The batch path of `check`: read records (one thread), parse + validate + render them (`--jobs`
//! workers), write them in input order (the calling thread), with a progress bar on a terminal
//! and a summary line at the end.
//!
//! Channels are bounded, so a huge input never piles up in memory: the reader waits for the
//! workers, the workers for the writer. Each batch carries a sequence number and the writer puts
//! batches back in order, so the output does not depend on `--jobs`.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;
use tmt_validator::{validate, wire, JobAd, Options, Report};

use crate::args::Format;
use crate::input::{self, Body, Record, Source};
use crate::render::{self, Outcome, Style};
use crate::{Failure, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};

/// How to run a batch.
pub struct Settings {
    /// Output format.
    pub format: Format,
    /// Worker threads (1 = everything on the calling thread).
    pub jobs: usize,
    /// No summary line.
    pub quiet: bool,
    /// Show a progress bar (stderr is a terminal and it was not turned off).
    pub progress: bool,
    /// Fail when there are more warnings than this.
    pub max_warnings: Option<usize>,
}

/// Counts over a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Sources read.
    pub sources: usize,
    /// Sources that could not be read to their end.
    pub unreadable_sources: usize,
    /// Ads validated.
    pub ads: u64,
    /// Records that are not readable ads (bad JSON, not an object).
    pub unreadable_records: u64,
    /// Findings per severity.
    pub errors: u64,
    /// Warnings.
    pub warnings: u64,
    /// Tips.
    pub infos: u64,
}

impl Stats {
    /// Counts one validated ad.
    pub fn add_report(&mut self, report: &Report) {
        self.ads += 1;
        self.errors += report.counts.error as u64;
        self.warnings += report.counts.warning as u64;
        self.infos += report.counts.info as u64;
    }

    fn add(&mut self, other: &Stats) {
        self.ads += other.ads;
        self.unreadable_records += other.unreadable_records;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    /// 2 when an input could not be read, 1 when an ad has an error (or a record is not a
    /// readable ad, or there are too many warnings), else 0.
    pub fn exit_code(&self, max_warnings: Option<usize>) -> u8 {
        if self.unreadable_sources > 0 {
            EXIT_USAGE
        } else if self.errors > 0 || self.unreadable_records > 0 || max_warnings.is_some_and(|max| self.warnings > max as u64) {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        }
    }

    /// The summary object of `--format json`.
    pub fn summary_json(&self, elapsed: Duration) -> String {
        serde_json::json!({
            "sources": self.sources,
            "ads": self.ads,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "unreadableRecords": self.unreadable_records,
            "unreadableSources": self.unreadable_sources,
            "seconds": elapsed.as_secs_f64(),
        })
        .to_string()
    }

    /// Prints the summary line: on stdout after text output, on stderr after JSON output.
    pub fn finish(&self, style: &Style, quiet: bool, elapsed: Duration) -> std::io::Result<()> {
        if quiet {
            return Ok(());
        }
        match style.format {
            Format::Text => anstream::stdout().write_all(render::summary(style, self, elapsed.as_secs_f64()).as_bytes()),
            Format::Json | Format::Ndjson => {
                let color = anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never;
                let line = render::summary(&Style::with_color(Format::Text, color), self, elapsed.as_secs_f64());
                anstream::stderr().write_all(line.as_bytes())
            }
        }
    }
}

/// Parses, validates and renders one batch of records.
fn process(batch: Vec<Record>, options: &Options, style: &Style) -> (String, Stats) {
    let mut out = String::new();
    let mut stats = Stats::default();
    let mut first = true;
    for record in batch {
        let rendered = match record.body {
            Body::Error(message) => render::record(style, &record.source, record.at, Outcome::Unreadable(&message)),
            Body::Json(bytes) => match parse(bytes, record.at) {
                Ok(value) => match JobAd::from_json_value(&value) {
                    Ok(ad) => {
                        let report = validate(&ad, options);
                        stats.add_report(&report);
                        render::record(style, &record.source, record.at, Outcome::Ad(&value, &report))
                    }
                    Err(e) => {
                        stats.unreadable_records += 1;
                        render::record(style, &record.source, record.at, Outcome::Unreadable(&e.to_string()))
                    }
                },
                Err(message) => {
                    stats.unreadable_records += 1;
                    render::record(style, &record.source, record.at, Outcome::Unreadable(&message))
                }
            },
        };
        if style.format == Format::Json && !first && !rendered.is_empty() {
            out.push(',');
        }
        first &= rendered.is_empty();
        out.push_str(&rendered);
    }
    (out, stats)
}

/// JSON text to a value. Lone-surrogate escapes (which JavaScript's `JSON.stringify` writes)
/// are repaired as in the npm package, so that both read the same ads; the copy that needs is
/// made only when the text has a `\\uD…` escape at all.
fn parse(bytes: Vec<u8>, at: input::Position) -> Result<Value, String> {
    let has_surrogate_escape = bytes.windows(3).any(|w| w[0] == b'\\' && w[1] == b'u' && (w[2] | 0x20) == b'd');
    let parsed = if has_surrogate_escape {
        let text = String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))?;
        serde_json::from_str(&wire::repair_lone_surrogates(text))
    } else {
        serde_json::from_slice(&bytes)
    };
    parsed.map_err(|e| {
        // serde_json counts lines from the start of the record; an NDJSON record is one line of
        // its file (whose number the location already gives), so only the column is meaningful.
        let text = e.to_string();
        let what = text.rfind(" at line ").map_or(text.as_str(), |i| &text[..i]);
        match at.index.and(at.line) {
            Some(_) => format!("not valid JSON: {what} at column {}", e.column()),
            None => format!("not valid JSON: {what} at line {} column {}", e.line(), e.column()),
        }
    })
}

/// Writes rendered batches in order, keeps the counts, drives the progress bar.
struct Writer {
    out: Box<dyn Write>,
    format: Format,
    first: bool,
    stats: Stats,
    progress: Option<ProgressBar>,
    shown: bool,
    stdout_is_terminal: bool,
    started: Instant,
}

impl Writer {
    fn write(&mut self, chunk: &str, delta: &Stats) {
        self.stats.add(delta);
        if let Some(pb) = &self.progress {
            if !self.shown && self.started.elapsed() > Duration::from_millis(300) {
                pb.set_draw_target(ProgressDrawTarget::stderr());
                self.shown = true;
            }
            pb.set_message(format!("{} ads, {} errors", self.stats.ads, self.stats.errors));
        }
        if chunk.is_empty() {
            return;
        }
        let (out, format, first) = (&mut self.out, self.format, &mut self.first);
        let mut put = || -> std::io::Result<()> {
            if format == Format::Json && !*first {
                out.write_all(b",")?;
            }
            *first = false;
            out.write_all(chunk.as_bytes())
        };
        let result = match &self.progress {
            Some(pb) if self.shown && self.stdout_is_terminal => pb.suspend(put),
            _ => put(),
        };
        if let Err(e) = result {
            fail(e);
        }
    }
}

/// Output cannot be written: stop at once (the reader and workers have nowhere to go).
fn fail(e: std::io::Error) -> ! {
    if let Failure::Usage(message) = Failure::from_write(e) {
        let _ = writeln!(std::io::stderr(), "error: {message}");
    }
    std::process::exit(i32::from(EXIT_USAGE))
}

/// Checks every source; returns the exit status.
pub fn run(sources: Vec<Source>, options: &Options, settings: &Settings) -> Result<u8, Failure> {
    let started = Instant::now();
    let style = Style::new(settings.format);
    let out: Box<dyn Write> = match settings.format {
        // Text may carry colours: anstream strips them when stdout must not get them.
        Format::Text => Box::new(anstream::AutoStream::new(std::io::stdout().lock(), anstream::AutoStream::choice(&std::io::stdout()))),
        Format::Json | Format::Ndjson => Box::new(std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout().lock())),
    };
    let progress = settings.progress.then(|| progress_bar(&sources));
    let mut writer = Writer {
        out,
        format: settings.format,
        first: true,
        stats: Stats::default(),
        progress,
        shown: false,
        stdout_is_terminal: std::io::stdout().is_terminal(),
        started,
    };
    if settings.format == Format::Json {
        writer.out.write_all(b"{\"results\":[").map_err(Failure::from_write)?;
    }
    let pb = writer.progress.clone();
    let wrap = move |r: Box<dyn Read + Send>| -> Box<dyn Read + Send> {
        match &pb {
            Some(pb) => Box::new(pb.wrap_read(r)),
            None => r,
        }
    };

    let read_stats = if settings.jobs <= 1 {
        let mut sink = |batch: Vec<Record>| {
            let (chunk, delta) = process(batch, options, &style);
            writer.write(&chunk, &delta);
        };
        input::read_all(&sources, &wrap, &mut input::Batcher::new(&mut sink))
    } else {
        parallel(&sources, options, &style, settings.jobs, &wrap, &mut writer)
    };

    if let Some(pb) = &writer.progress {
        pb.finish_and_clear();
    }
    let mut stats = writer.stats;
    stats.sources = read_stats.sources;
    stats.unreadable_sources = read_stats.unreadable;
    let elapsed = started.elapsed();
    if settings.format == Format::Json {
        writeln!(writer.out, "],\"summary\":{}}}", stats.summary_json(elapsed)).map_err(Failure::from_write)?;
    }
    writer.out.flush().map_err(Failure::from_write)?;
    drop(writer);
    stats.finish(&style, settings.quiet, elapsed).map_err(Failure::from_write)?;
    Ok(stats.exit_code(settings.max_warnings))
}

/// Reader thread → `jobs` workers → this thread, with order restored by sequence number.
fn parallel(
    sources: &[Source],
    options: &Options,
    style: &Style,
    jobs: usize,
    wrap: &(dyn Fn(Box<dyn Read + Send>) -> Box<dyn Read + Send> + Sync),
    writer: &mut Writer,
) -> input::ReadStats {
    std::thread::scope(|scope| {
        let (work_tx, work_rx) = sync_channel::<(u64, Vec<Record>)>(jobs * 2);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = sync_channel::<(u64, String, Stats)>(jobs * 2);
        for _ in 0..jobs {
            let (work_rx, done_tx) = (Arc::clone(&work_rx), done_tx.clone());
            scope.spawn(move || loop {
                let next = work_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, batch))) = next else { break };
                let (chunk, stats) = process(batch, options, style);
                if done_tx.send((seq, chunk, stats)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        drop(work_rx);
        let reader = scope.spawn(move || {
            let mut seq = 0u64;
            let mut sink = |batch: Vec<Record>| {
                // A send fails only when every worker is gone, which happens only on exit.
                let _ = work_tx.send((seq, batch));
                seq += 1;
            };
            input::read_all(sources, wrap, &mut input::Batcher::new(&mut sink))
        });
        let mut pending: BTreeMap<u64, (String, Stats)> = BTreeMap::new();
        let mut next = 0u64;
        for (seq, chunk, stats) in done_rx {
            pending.insert(seq, (chunk, stats));
            while let Some((chunk, stats)) = pending.remove(&next) {
                writer.write(&chunk, &stats);
                next += 1;
            }
        }
        reader.join().unwrap_or_default()
    })
}

fn progress_bar(sources: &[Source]) -> ProgressBar {
    let sizes: Option<u64> = sources
        .iter()
        .map(|s| match s {
            Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Source::Stdin => None,
            Source::Unreadable(..) => Some(0),
        })
        .sum();
    let pb = match sizes {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden()).with_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {bytes}/{total_bytes} {msg} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {msg} ({elapsed})").unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.enable_steady_tick(Duration::from_millis(100));
    pb
}
