//! Input: which sources to read, and reading them record by record without holding a whole
//! file in memory.
//!
//! - `*.ndjson` / `*.jsonl`: one ad a line, read line by line; a blank line is skipped; a line
//!   that is not JSON becomes its own error record and the next line is read as usual.
//! - `*.json`: one ad, or an array of ads; the array is streamed element by element (each
//!   element is captured as raw JSON text and parsed by a worker).
//! - standard input and other names: an array when the first character is `[`; otherwise NDJSON,
//!   unless the first line is an incomplete JSON value, in which case the whole input is one
//!   (pretty-printed) ad.
//!
//! A record carries raw bytes; parsing into an ad happens in [`crate::batch`], in parallel.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// One input: a file, or standard input.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
    /// A path that cannot be read as a source (missing, or a directory that cannot be listed).
    Unreadable(PathBuf, String),
}

/// The sources named on the command line, directories expanded (recursively, sorted by name,
/// symbolic links to directories not followed). No path means standard input.
pub fn expand(paths: &[PathBuf]) -> Vec<Source> {
    if paths.is_empty() {
        return vec![Source::Stdin];
    }
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            let before = out.len();
            walk(path, &mut out);
            if out.len() == before {
                crate::warn(&format!("no *.json, *.ndjson or *.jsonl files in {}", path.display()));
            }
        } else if path.exists() {
            out.push(Source::File(path.clone()));
        } else {
            out.push(Source::Unreadable(path.clone(), "no such file or directory".into()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return out.push(Source::Unreadable(dir.to_path_buf(), e.to_string())),
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            walk(&path, out);
        } else if matches!(Kind::of(&path), Some(Kind::Json | Kind::Ndjson)) && path.is_file() {
            out.push(Source::File(path));
        }
    }
}

/// How a source is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One JSON document: an ad or an array of ads.
    Json,
    /// One ad a line.
    Ndjson,
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Some(Kind::Json),
            Some("ndjson" | "jsonl") => Some(Kind::Ndjson),
            _ => None,
        }
    }
}

/// Where a record sits in its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// 0-based ordinal of the ad in its source: the array index, or the number of the record
    /// among the NDJSON lines; `None` for a file that holds one ad.
    pub index: Option<u64>,
    /// 1-based line where the record starts (NDJSON; 1 for a one-ad document; `None` for
    /// array elements, whose lines the streaming parser does not report).
    pub line: Option<u64>,
}

/// What a record holds.
#[derive(Debug)]
pub enum Body {
    /// JSON text to parse into an ad.
    Json(Vec<u8>),
    /// The record could not be read (message).
    Error(String),
}

/// One ad (or one unreadable record) with its origin.
#[derive(Debug)]
pub struct Record {
    /// The source's display name (path, or `-`).
    pub source: Arc<str>,
    /// Where in the source.
    pub at: Position,
    /// The content.
    pub body: Body,
}

/// What the reader saw, besides the records.
#[derive(Debug, Default, Clone, Copy)]
pub struct ReadStats {
    /// Sources read.
    pub sources: usize,
    /// Sources that could not be read to their end (missing, I/O error, broken JSON document).
    pub unreadable: usize,
}

/// Records are handed over in batches, to keep the cost of passing them between threads low.
const BATCH_RECORDS: usize = 128;
const BATCH_BYTES: usize = 1 << 20;

/// Collects records into batches and hands full batches to `sink`.
pub struct Batcher<'a> {
    batch: Vec<Record>,
    bytes: usize,
    sink: &'a mut dyn FnMut(Vec<Record>),
}

impl<'a> Batcher<'a> {
    /// A batcher over `sink`.
    pub fn new(sink: &'a mut dyn FnMut(Vec<Record>)) -> Self {
        Batcher { batch: Vec::with_capacity(BATCH_RECORDS), bytes: 0, sink }
    }

    fn push(&mut self, record: Record) {
        if let Body::Json(b) = &record.body {
            self.bytes += b.len();
        }
        self.batch.push(record);
        if self.batch.len() >= BATCH_RECORDS || self.bytes >= BATCH_BYTES {
            self.flush();
        }
    }

    /// Hands over what is collected.
    pub fn flush(&mut self) {
        if !self.batch.is_empty() {
            (self.sink)(std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH_RECORDS)));
            self.bytes = 0;
        }
    }
}

/// Reads every source in order into `out`. `wrap` lets the caller count the bytes read (the
/// progress bar). Unreadable sources become error records.
pub fn read_all(sources: &[Source], wrap: &dyn Fn(Box<dyn Read + Send>) -> Box<dyn Read + Send>, out: &mut Batcher<'_>) -> ReadStats {
    let mut stats = ReadStats::default();
    for source in sources {
        stats.sources += 1;
        let (name, kind, reader): (Arc<str>, Option<Kind>, io::Result<Box<dyn Read + Send>>) = match source {
            Source::Stdin => ("-".into(), None, Ok(Box::new(io::stdin()))),
            Source::File(path) => {
                (path.display().to_string().into(), Kind::of(path), File::open(path).map(|f| Box::new(f) as Box<dyn Read + Send>))
            }
            Source::Unreadable(path, why) => {
                stats.unreadable += 1;
                out.push(Record { source: path.display().to_string().into(), at: Position::default(), body: Body::Error(why.clone()) });
                continue;
            }
        };
        let reader = match reader {
            Ok(r) => r,
            Err(e) => {
                stats.unreadable += 1;
                out.push(Record { source: name, at: Position::default(), body: Body::Error(format!("cannot open: {e}")) });
                continue;
            }
        };
        let mut reader = BufReader::with_capacity(256 * 1024, wrap(reader));
        if let Err(message) = read_source(&name, kind, &mut reader, out) {
            stats.unreadable += 1;
            out.push(Record { source: name, at: Position::default(), body: Body::Error(message) });
        }
    }
    out.flush();
    stats
}

/// Reads one source. `Err` = the source could not be read to its end (the records before the
/// problem have been handed over).
fn read_source(name: &Arc<str>, kind: Option<Kind>, reader: &mut impl BufRead, out: &mut Batcher<'_>) -> Result<(), String> {
    let first = skip_bom_and_space(reader).map_err(|e| format!("cannot read: {e}"))?;
    match (kind, first) {
        (_, None) => Ok(()), // empty source: no ads
        (Some(Kind::Ndjson), _) => ndjson(name, reader, Vec::new(), out),
        (_, Some(b'[')) => array(name, reader, out),
        (Some(Kind::Json), _) => {
            let mut doc = Vec::new();
            reader.read_to_end(&mut doc).map_err(|e| format!("cannot read: {e}"))?;
            out.push(Record { source: name.clone(), at: Position { index: None, line: Some(1) }, body: Body::Json(doc) });
            Ok(())
        }
        (None, Some(_)) => {
            // Standard input or an unknown extension: NDJSON, or one pretty-printed ad.
            let mut line = Vec::new();
            reader.read_until(b'\n', &mut line).map_err(|e| format!("cannot read: {e}"))?;
            match serde_json::from_slice::<serde::de::IgnoredAny>(&line) {
                Err(e) if e.is_eof() => {
                    reader.read_to_end(&mut line).map_err(|e| format!("cannot read: {e}"))?;
                    out.push(Record { source: name.clone(), at: Position { index: None, line: Some(1) }, body: Body::Json(line) });
                    Ok(())
                }
                _ => ndjson(name, reader, line, out),
            }
        }
    }
}

/// Skips a UTF-8 byte-order mark and leading whitespace; returns the first byte after them.
fn skip_bom_and_space(reader: &mut impl BufRead) -> io::Result<Option<u8>> {
    let buf = reader.fill_buf()?;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if n < buf.len() {
            let first = buf[n];
            reader.consume(n);
            return Ok(Some(first));
        }
        let len = buf.len();
        reader.consume(len);
    }
}

/// NDJSON: `first` is the first line when it was already read.
fn ndjson(name: &Arc<str>, reader: &mut impl BufRead, first: Vec<u8>, out: &mut Batcher<'_>) -> Result<(), String> {
    let mut line_no = 0u64;
    let mut index = 0u64;
    let mut line = first;
    let mut pending = !line.is_empty();
    loop {
        if !pending {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) => return Err(format!("cannot read after line {line_no}: {e}")),
            }
        }
        pending = false;
        line_no += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let at = Position { index: Some(index), line: Some(line_no) };
        index += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        // The next read reuses a fresh buffer; the record keeps this one.
        let body = std::mem::take(&mut line);
        out.push(Record { source: name.clone(), at, body: Body::Json(body) });
    }
}

/// A top-level array, streamed: each element is captured as raw JSON and handed over at once.
fn array(name: &Arc<str>, reader: &mut impl BufRead, out: &mut Batcher<'_>) -> Result<(), String> {
    struct Elements<'a, 'b> {
        name: &'a Arc<str>,
        out: &'a mut Batcher<'b>,
    }
    impl<'de> DeserializeSeed<'de> for Elements<'_, '_> {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de> Visitor<'de> for Elements<'_, '_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array of job ads")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut index = 0u64;
            while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
                let body = Body::Json(String::from(Box::<str>::from(raw)).into_bytes());
                self.out.push(Record { source: self.name.clone(), at: Position { index: Some(index), line: None }, body });
                index += 1;
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let result = Elements { name, out }.deserialize(&mut de).and_then(|()| de.end());
    result.map_err(|e| format!("not valid JSON ({e}); the ads after this point were not read"))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Read = (Vec<(Position, Result<String, String>)>, Result<(), String>);

    fn read(kind: Option<Kind>, text: &str) -> Read {
        let mut records = Vec::new();
        let mut sink = |batch: Vec<Record>| records.extend(batch);
        let mut batcher = Batcher::new(&mut sink);
        let result = read_source(&Arc::from("t"), kind, &mut io::Cursor::new(text.as_bytes()), &mut batcher);
        batcher.flush();
        drop(batcher);
        let out = records
            .into_iter()
            .map(|r| {
                let body = match r.body {
                    Body::Json(b) => Ok(String::from_utf8(b).unwrap().trim().to_owned()),
                    Body::Error(e) => Err(e),
                };
                (r.at, body)
            })
            .collect();
        (out, result)
    }

    fn at(index: Option<u64>, line: Option<u64>) -> Position {
        Position { index, line }
    }

    #[test]
    fn ndjson_keeps_bad_lines_as_records_and_skips_blank_ones() {
        let (records, result) = read(Some(Kind::Ndjson), "{\"a\":1}\n\n{oops\n  \n[1]\n{\"b\":2}");
        assert_eq!(result, Ok(()));
        let got: Vec<_> = records.iter().map(|(p, b)| (*p, b.clone().unwrap())).collect();
        assert_eq!(
            got,
            vec![
                (at(Some(0), Some(1)), "{\"a\":1}".to_owned()),
                (at(Some(1), Some(3)), "{oops".to_owned()),
                (at(Some(2), Some(5)), "[1]".to_owned()),
                (at(Some(3), Some(6)), "{\"b\":2}".to_owned()),
            ]
        );
    }

    #[test]
    fn arrays_are_streamed_element_by_element() {
        let (records, result) = read(Some(Kind::Json), "\u{feff} [{\"a\":1}, 7 ,\n {\"b\":[1,2]}]");
        assert_eq!(result, Ok(()));
        let got: Vec<_> = records.iter().map(|(p, b)| (*p, b.clone().unwrap())).collect();
        assert_eq!(
            got,
            vec![
                (at(Some(0), None), "{\"a\":1}".to_owned()),
                (at(Some(1), None), "7".to_owned()),
                (at(Some(2), None), "{\"b\":[1,2]}".to_owned()),
            ]
        );
    }

    #[test]
    fn a_broken_array_keeps_the_elements_before_the_break() {
        let (records, result) = read(None, "[{\"a\":1}, {\"b\": ]");
        assert_eq!(records.len(), 1);
        assert!(result.unwrap_err().contains("line 1"));
        let (_, result) = read(Some(Kind::Json), "[{\"a\":1}] trailing");
        assert!(result.is_err());
    }

    #[test]
    fn unknown_layout_is_ndjson_or_one_pretty_printed_ad() {
        let (records, _) = read(None, "{\n  \"a\": 1\n}\n");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].0, at(None, Some(1)));
        let (records, _) = read(None, "{\"a\":1}\n{\"b\":2}\n");
        assert_eq!(records.len(), 2);
        let (records, _) = read(Some(Kind::Json), "{\n  \"a\": 1\n}\n");
        assert_eq!(records.len(), 1);
        let (records, result) = read(None, "");
        assert!(records.is_empty() && result.is_ok());
    }
}
