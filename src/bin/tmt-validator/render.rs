//! Output: the three formats.
//!
//! - `text`: rustc/ruff-style diagnostics (annotate-snippets) grouped by ad, the offending excerpt
//!   underlined. Byte spans are exactly what annotate-snippets takes; a long text is cut to a
//!   window around the span. User text is untrusted: control and bidi characters are replaced
//!   before they reach the terminal.
//! - `json` / `ndjson`: one entry per ad, `{source, index, line, externalId, report, error}`, with
//!   `report` exactly the library's wire form ([`tmt_validator::wire`]: UTF-16 spans, the
//!   contract of the npm package).

use std::borrow::Cow;
use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use anstyle::{AnsiColor, Effects};
use serde::Serialize;
use serde_json::Value;
use tmt_validator::{wire, Lang, Report, Severity};

use crate::args::Format;
use crate::input::Position;

/// Errors.
pub const ERROR_STYLE: anstyle::Style = AnsiColor::BrightRed.on_default().effects(Effects::BOLD);
/// Warnings.
pub const WARNING_STYLE: anstyle::Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
/// Ad headers and rule ids.
pub const HEADER_STYLE: anstyle::Style = anstyle::Style::new().effects(Effects::BOLD.insert(Effects::UNDERLINE));
const BOLD: anstyle::Style = anstyle::Style::new().effects(Effects::BOLD);
const GOOD_STYLE: anstyle::Style = AnsiColor::BrightGreen.on_default().effects(Effects::BOLD);

/// Bytes of a long line kept on each side of a span. annotate-snippets then trims what is shown
/// to the terminal width around the span (with `...`); this bound only keeps a megabyte line
/// from being handed to it whole. Columns are exact unless a line is cut here.
const CONTEXT: usize = 1000;
/// The longest excerpt underlined; a longer span is cut (and the cut is shown with `…`).
const MAX_SPAN: usize = 240;

/// How to render: format, colours, message language.
pub struct Style {
    /// The output format.
    pub format: Format,
    /// Whether to emit ANSI styles (the stream strips them anyway when it must).
    pub color: bool,
    renderer: Renderer,
}

impl Style {
    /// The style for stdout under the global colour choice (`--color`, NO_COLOR, terminal or not).
    pub fn new(format: Format) -> Style {
        let color = format == Format::Text && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
        Style::with_color(format, color)
    }

    /// A style with colours on or off.
    pub fn with_color(format: Format, color: bool) -> Style {
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        Style { format, color, renderer }
    }

    /// `text` wrapped in `style` when colours are on.
    pub fn paint(&self, style: anstyle::Style, text: &str) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }
}

/// The ad's `metadata.externalId`, when it is a string or a number.
pub fn external_id(value: &Value) -> Option<&Value> {
    value.get("metadata")?.get("externalId").filter(|v| v.is_string() || v.is_number())
}

/// `ads.ndjson:3`, `ads.json[2]` or `ad.json`.
pub fn location(source: &str, at: Position) -> String {
    match (at.index, at.line) {
        (Some(_), Some(line)) => format!("{source}:{line}"),
        (Some(index), None) => format!("{source}[{index}]"),
        (None, _) => source.to_owned(),
    }
}

/// One ad's entry in the JSON formats.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    source: &'a str,
    index: Option<u64>,
    line: Option<u64>,
    external_id: Option<&'a Value>,
    report: Option<wire::Report<'a>>,
    error: Option<&'a str>,
}

/// What one record came to.
pub enum Outcome<'a> {
    /// A validated ad and the JSON it was read from.
    Ad(&'a Value, &'a Report),
    /// A record that is not a readable ad.
    Unreadable(&'a str),
}

/// Renders one record in the style's format (for `json`, without the separating comma).
pub fn record(style: &Style, source: &str, at: Position, outcome: Outcome<'_>) -> String {
    match style.format {
        Format::Json | Format::Ndjson => {
            let entry = match outcome {
                Outcome::Ad(value, report) => Entry {
                    source,
                    index: at.index,
                    line: at.line,
                    external_id: external_id(value),
                    report: Some(wire::report(report, |f| wire::text_at(value, f?))),
                    error: None,
                },
                Outcome::Unreadable(error) => {
                    Entry { source, index: at.index, line: at.line, external_id: None, report: None, error: Some(error) }
                }
            };
            let mut out = serde_json::to_string(&entry).unwrap_or_default();
            if style.format == Format::Ndjson {
                out.push('\n');
            }
            out
        }
        Format::Text => match outcome {
            Outcome::Ad(value, report) => {
                if report.diagnostics.is_empty() {
                    return String::new();
                }
                let mut header = location(source, at);
                if let Some(id) = external_id(value) {
                    let id = match id {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    let _ = write!(header, " (externalId {id})");
                }
                text_diagnostics(style, &header, report, &|f| wire::text_at(value, f?))
            }
            Outcome::Unreadable(error) => {
                let error = clean(error);
                let origin = clean(&location(source, at)).into_owned();
                let group = Level::ERROR.primary_title(error.as_ref()).id("input").element(Origin::path(origin));
                let mut out = style.renderer.render(&[group]);
                out.push_str("\n\n");
                out
            }
        },
    }
}

/// The `text` command's output: the report on one text.
pub fn text_report(style: &Style, source: &str, field: Option<&str>, text: &str, report: &Report) -> String {
    match style.format {
        Format::Json | Format::Ndjson => {
            let entry = Entry {
                source,
                index: None,
                line: None,
                external_id: None,
                report: Some(wire::report(report, |_| Some(text))),
                error: None,
            };
            let mut out = serde_json::to_string(&entry).unwrap_or_default();
            if style.format == Format::Ndjson {
                out.push('\n');
            }
            out
        }
        Format::Text => {
            if report.diagnostics.is_empty() {
                return String::new();
            }
            let header = match field {
                Some(f) => format!("{source} ({f})"),
                None => source.to_owned(),
            };
            text_diagnostics(style, &header, report, &|_| Some(text))
        }
    }
}

/// Line bookkeeping over one field's text, moving forward only, so that a report
/// with many findings in a long text costs one pass over the text (findings are sorted by
/// field, then span).
#[derive(Default)]
struct Cursor {
    pos: usize,
    /// 0-based line at `pos`.
    line: usize,
    /// Byte where the line of `pos` begins.
    line_begin: usize,
}

impl Cursor {
    fn advance(&mut self, text: &str, target: usize) {
        if target < self.pos {
            *self = Cursor::default();
        }
        for (i, b) in text.as_bytes()[self.pos..target].iter().enumerate() {
            if *b == b'\n' {
                self.line += 1;
                self.line_begin = self.pos + i + 1;
            }
        }
        self.pos = target;
    }
}

/// An excerpt of a text around a span, cleaned for the terminal, with the span in its bytes.
struct Excerpt {
    source: String,
    span: std::ops::Range<usize>,
    /// 1-based line of the excerpt's first line.
    line: usize,
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn excerpt(text: &str, span: tmt_validator::Span, cursor: &mut Cursor) -> Excerpt {
    let start = floor(text, span.start);
    let end = floor(text, span.end.max(start));
    cursor.advance(text, start);
    let (line, line_begin) = (cursor.line + 1, cursor.line_begin);
    let shown_end = floor(text, end.min(start + MAX_SPAN));
    let from = if start - line_begin > CONTEXT { ceil(text, start - CONTEXT) } else { line_begin };
    let cut = shown_end < end;
    // The end of the line, looked for only within reach (a megabyte line is not scanned again
    // for every finding on it).
    let reach = (shown_end + CONTEXT + 1).min(text.len());
    let to = match text.as_bytes()[shown_end..reach].iter().position(|&b| b == b'\n') {
        _ if cut => shown_end,
        Some(i) => shown_end + i,
        None => floor(text, shown_end + CONTEXT),
    };
    let mut source = String::with_capacity(to - from + 8);
    let (mut s, mut e) = (source.len(), source.len());
    for (i, c) in text[from..to].char_indices() {
        if from + i == start {
            s = source.len();
        }
        if from + i == shown_end {
            e = source.len();
        }
        source.push(if is_unsafe(c) { '\u{fffd}' } else { c });
    }
    if start == to {
        s = source.len();
    }
    if shown_end == to {
        e = source.len();
    }
    if cut {
        // The span goes on beyond what is shown: the underline ends with `…`.
        source.push('…');
        e = source.len();
    }
    Excerpt { source, span: s..e.max(s), line }
}

/// C1 control characters (which some terminals obey) are not replaced by annotate-snippets.
fn is_unsafe(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

/// User text made safe for a terminal: control and bidi characters replaced.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| c.is_control() || is_unsafe(c) || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c))
    {
        let s: String = s.chars().map(|c| if is_unsafe(c) { '\u{fffd}' } else { c }).collect();
        Cow::Owned(annotate_snippets::normalize_untrusted_str(&s))
    } else {
        Cow::Borrowed(s)
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One ad's (or text's) findings as rustc-style diagnostics under a header.
fn text_diagnostics<'v>(style: &Style, header: &str, report: &Report, text_of: &dyn Fn(Option<&str>) -> Option<&'v str>) -> String {
    let mut out = style.paint(HEADER_STYLE, &clean(header));
    out.push('\n');
    let mut cursor = Cursor::default();
    let mut cursor_field: Option<&str> = None;
    for d in &report.diagnostics {
        let field = d.field.as_deref();
        if field != cursor_field {
            cursor = Cursor::default();
            cursor_field = field;
        }
        let message = clean(&d.message);
        let field_name = clean(field.unwrap_or("(the whole ad)"));
        let title = level(d.severity).primary_title(message.as_ref()).id(d.rule);
        let text = d.span.and_then(|_| text_of(field));
        let mut group: Group<'_> = match (d.span, text) {
            (Some(span), Some(text)) => {
                let ex = excerpt(text, span, &mut cursor);
                title.element(
                    Snippet::source(ex.source)
                        .path(field_name.clone().into_owned())
                        .line_start(ex.line)
                        .annotation(AnnotationKind::Primary.span(ex.span)),
                )
            }
            _ => title.element(Origin::path(field_name.clone().into_owned())),
        };
        if let Some(s) = &d.suggestion {
            group = group.element(Level::HELP.message(format!("suggestion: {}", clean(s))));
        }
        if let Some(r) = d.reference {
            group = group.element(Level::NOTE.message(r));
        }
        if let Some(why) = &d.explain {
            group = group.element(Level::NOTE.message(format!("why: {}", clean(why))));
        }
        out.push_str(&style.renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}

/// The summary line.
pub fn summary(style: &Style, stats: &crate::batch::Stats, seconds: f64) -> String {
    let plural = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts =
        vec![plural(stats.errors, "error", "errors"), plural(stats.warnings, "warning", "warnings"), plural(stats.infos, "info", "infos")];
    if stats.unreadable_records > 0 {
        parts.push(plural(stats.unreadable_records, "unreadable record", "unreadable records"));
    }
    if stats.unreadable_sources > 0 {
        parts.push(plural(stats.unreadable_sources as u64, "unreadable input", "unreadable inputs"));
    }
    let verdict = if stats.errors > 0 || stats.unreadable_records > 0 || stats.unreadable_sources > 0 {
        style.paint(ERROR_STYLE, "✗")
    } else if stats.warnings > 0 {
        style.paint(WARNING_STYLE, "!")
    } else {
        style.paint(GOOD_STYLE, "✓")
    };
    format!("{verdict} {} checked: {} ({seconds:.2} s)\n", plural(stats.ads, "ad", "ads"), parts.join(", "))
}

/// The rule catalogue.
pub fn rules(lang: Lang, format: Format) -> String {
    let entries: Vec<_> = tmt_validator::rules().into_iter().map(|r| wire::rule_entry(r, lang)).collect();
    match format {
        Format::Json => serde_json::to_string_pretty(&entries).unwrap_or_default() + "\n",
        Format::Ndjson => entries.iter().map(|e| serde_json::to_string(e).unwrap_or_default() + "\n").collect(),
        Format::Text => {
            let style = Style::with_color(Format::Text, anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never);
            let width = entries.iter().map(|e| e.id.len()).max().unwrap_or(0);
            let mut out = String::new();
            for e in &entries {
                let sev = match e.severity {
                    Severity::Error => style.paint(ERROR_STYLE, "error  "),
                    Severity::Warning => style.paint(WARNING_STYLE, "warning"),
                    Severity::Info => "info   ".to_owned(),
                };
                let scope = serde_json::to_value(e.scope).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
                let _ = writeln!(out, "{} {sev} {scope:<4} {}", style.paint(BOLD, &format!("{:<width$}", e.id)), e.title);
                let _ = writeln!(out, "    {}", e.description);
                if let Some(r) = e.reference {
                    let _ = writeln!(out, "    {r}");
                }
                out.push('\n');
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tmt_validator::Span;

    /// The excerpt's underlined part, for a span given by the substring it covers.
    fn underlined(text: &str, start: usize, end: usize) -> (String, usize) {
        let ex = excerpt(text, Span::new(start, end), &mut Cursor::default());
        (ex.source[ex.span.clone()].to_owned(), ex.line)
    }

    #[test]
    fn excerpts_underline_exactly_the_span_with_line_and_column() {
        let text = "Otsikko\nHaemme 20–30-vuotiasta myyjää.\nKiitos";
        let start = text.find("20–30").unwrap();
        let end = start + "20–30-vuotiasta".len();
        assert_eq!(underlined(text, start, end), ("20–30-vuotiasta".to_owned(), 2));
        // Empty span at the very end, and a span past the end (clamped): no panic, on boundaries.
        assert_eq!(underlined(text, text.len(), text.len()).0, "");
        // Offsets inside a character round down to it, as in the wire form.
        assert_eq!(underlined("ä", 1, 99).0, "ä");
    }

    #[test]
    fn long_lines_show_a_window_and_long_spans_are_cut() {
        let text = format!("{}ikä 20–40 v{}", "ä".repeat(500_000), "ö".repeat(500_000));
        let start = text.find("ikä").unwrap();
        let ex = excerpt(&text, Span::new(start, start + "ikä 20–40 v".len()), &mut Cursor::default());
        assert!(ex.source.len() <= 2 * CONTEXT + 20, "{}", ex.source.len());
        assert_eq!(&ex.source[ex.span.clone()], "ikä 20–40 v");
        let ex = excerpt(&text, Span::new(0, text.len()), &mut Cursor::default());
        assert!(ex.source.len() < MAX_SPAN + 8);
        assert!(ex.source[ex.span.clone()].ends_with('…'));
    }

    #[test]
    fn control_and_bidi_characters_never_reach_the_terminal() {
        let text = "a\u{1b}[31mred\u{9b}x\u{202e}b";
        let ex = excerpt(text, Span::new(0, text.len()), &mut Cursor::default());
        let style = Style::with_color(Format::Text, false);
        let group = Level::ERROR.primary_title("t").element(Snippet::source(ex.source).annotation(AnnotationKind::Primary.span(ex.span)));
        let out = style.renderer.render(&[group]);
        assert!(!out.chars().any(|c| c == '\u{1b}' || c == '\u{9b}' || c == '\u{202e}'), "{out:?}");
        assert!(!clean(text).chars().any(|c| c == '\u{1b}' || c == '\u{9b}' || c == '\u{202e}'));
        assert_eq!(clean("plain ä"), "plain ä");
    }
}
