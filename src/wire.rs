//! The Report as JavaScript and JSON consumers see it (the contract of the npm package and of
//! the CLI's JSON output): camelCase, `null` for absent values, and spans in **UTF-16 code
//! units** (JavaScript string indexes) instead of bytes.
//!
//! The conversion happens here, once, at the boundary: the engine works in bytes.

use serde::Serialize;
use serde_json::Value;

use crate::report::{self, Counts, Severity};
use crate::rule::{floor_char_boundary, parse_u64, sub, RuleInfo, Scope};
use crate::Lang;

/// A half-open range of UTF-16 code units (`text.slice(start, end)` in JavaScript).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Utf16Span {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
}

/// One finding, as serialized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic<'a> {
    /// Rule id (the engine's are `'static`; the form widget's `options.check` brings its own).
    pub rule: &'a str,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// Dotted path into the ad, `null` = the whole ad.
    pub field: Option<&'a str>,
    /// UTF-16 span into that field's text.
    pub span: Option<Utf16Span>,
    /// Message.
    pub message: &'a str,
    /// Replacement for the span.
    pub suggestion: Option<&'a str>,
    /// Reference.
    pub reference: Option<&'a str>,
    /// Why the finding was made (only with `options.explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<&'a str>,
}

/// The Report, as serialized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report<'a> {
    /// No error.
    pub ok: bool,
    /// Counts per severity.
    pub counts: Counts,
    /// Findings, in the report's order.
    pub diagnostics: Vec<Diagnostic<'a>>,
}

/// Converts a report to its wire form. `text_of(field)` gives the text a diagnostic's byte span
/// points into (`field` is `None` for `validate_text` without a field); a span whose text
/// cannot be found is dropped (set to `null`) rather than guessed.
pub fn report<'a, 't>(report: &'a report::Report, text_of: impl Fn(Option<&str>) -> Option<&'t str>) -> Report<'a> {
    convert(report, &text_of)
}

/// [`report`] without the closure's type: one copy in the wasm for every caller.
fn convert<'a, 't>(report: &'a report::Report, text_of: &dyn Fn(Option<&str>) -> Option<&'t str>) -> Report<'a> {
    let mut diagnostics = Vec::with_capacity(report.diagnostics.len());
    // The report is sorted by field, then span: each field's spans are converted in one
    // forward pass over its text.
    for group in report.diagnostics.chunk_by(|a, b| a.field == b.field) {
        let field = group.first().and_then(|d| d.field.as_deref());
        let text = if group.iter().any(|d| d.span.is_some()) { text_of(field) } else { None };
        let mut cursor = text.map(Utf16Cursor::new);
        for d in group {
            let span = match (d.span, cursor.as_mut()) {
                (Some(s), Some(cursor)) => Some(cursor.span(s.start, s.end)),
                _ => None,
            };
            diagnostics.push(Diagnostic {
                rule: d.rule,
                severity: d.severity,
                field: d.field.as_deref(),
                span,
                message: &d.message,
                suggestion: d.suggestion.as_deref(),
                reference: d.reference,
                explain: d.explain.as_deref(),
            });
        }
    }
    Report { ok: report.ok, counts: report.counts, diagnostics }
}

/// Converts byte offsets of one text to UTF-16 offsets, moving forward through the text.
///
/// Spans come sorted by start, so the starts cost one pass over the text in all; each end is
/// counted from its own start (spans are short). Offsets past the end are clamped, offsets
/// inside a character are rounded down to it, and an end before its start becomes the start.
/// A start before the previous one (a report not built by [`report::Report::new`]) restarts the
/// count from the beginning: slower, still exact.
struct Utf16Cursor<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    fn new(text: &'t str) -> Self {
        Utf16Cursor { text, byte: 0, unit: 0 }
    }

    fn span(&mut self, start: usize, end: usize) -> Utf16Span {
        let start = floor_char_boundary(self.text, start);
        if start < self.byte {
            (self.byte, self.unit) = (0, 0);
        }
        self.unit += utf16_len(self.text.get(self.byte..start).unwrap_or_default());
        self.byte = start;
        let end = floor_char_boundary(self.text, end).max(start);
        let len = utf16_len(self.text.get(start..end).unwrap_or_default());
        Utf16Span { start: self.unit, end: self.unit + len }
    }
}

/// The UTF-16 length of a text (what JavaScript's `.length` says).
pub fn utf16_len(text: &str) -> usize {
    // One unit per UTF-8 leading byte, two for the leading byte of a 4-byte sequence (a
    // surrogate pair in UTF-16); continuation bytes count nothing.
    text.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// Finds the text at a dotted path (`position.title.fi`, `contacts.0.email`) in the JSON the
/// ad was read from.
///
/// Keys of multilingual texts are free-form and may themselves contain dots
/// (`position.title.fi.x` for the key `"fi.x"`). Such a key is always the last part of a path
/// the engine makes, so at each object the rest of the path is first tried as one key.
pub fn text_at<'v>(root: &'v Value, path: &str) -> Option<&'v str> {
    let mut node = root;
    let mut rest = path;
    loop {
        if let Value::Object(map) = node {
            if let Some(text) = map.get(rest).and_then(Value::as_str) {
                return Some(text);
            }
        }
        let (part, tail) = match rest.split_once('.') {
            Some((part, tail)) => (part, Some(tail)),
            None => (rest, None),
        };
        node = match node {
            Value::Object(map) => map.get(part)?,
            Value::Array(items) => items.get(usize::try_from(parse_u64(part, 10)?).ok()?)?,
            _ => return None,
        };
        match tail {
            Some(tail) => rest = tail,
            None => return node.as_str(),
        }
    }
}

/// Replaces `\\uD800`–`\\uDFFF` escapes that are not part of a surrogate pair with `\\uFFFD` in
/// JSON text. `JSON.stringify` writes lone surrogates (which JavaScript strings may hold) as
/// such escapes, and serde_json rejects them; U+FFFD is one UTF-16 unit, like the surrogate it
/// replaces, so every JavaScript index stays the same. Linear; no copy when there is nothing to do.
pub fn repair_lone_surrogates(json: String) -> String {
    fn surrogate_at(b: &[u8], i: usize) -> Option<u16> {
        // `\uXXXX` starting at i
        if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
            return None;
        }
        let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
        let v = u16::try_from(parse_u64(hex, 16)?).ok()?;
        (0xD800..=0xDFFF).contains(&v).then_some(v)
    }
    let b = json.as_bytes();
    if !b.windows(3).any(|w| w[0] == b'\\' && w[1] == b'u' && (w[2] == b'd' || w[2] == b'D')) {
        return json;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        match surrogate_at(b, i) {
            Some(0xD800..=0xDBFF) if matches!(surrogate_at(b, i + 6), Some(0xDC00..=0xDFFF)) => {
                out.extend_from_slice(&b[i..i + 12]);
                i += 12;
            }
            Some(_) => {
                out.extend_from_slice(b"\\ufffd");
                i += 6;
            }
            None => {
                // Any other escape: copy the backslash and the escaped character together, so
                // that `\\\\u` (an escaped backslash before a `u`) is never taken for `\\u`.
                out.push(b[i]);
                if let Some(&next) = b.get(i + 1) {
                    out.push(next);
                }
                i += 2;
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// A small JSON writer for the wire types: the same text `serde_json::to_string` makes from
/// their `Serialize` impls (a test checks that), without serde's serializer in the WebAssembly
/// build. Strings are escaped as serde_json escapes them: `"`, `\` and control characters.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    /// Whether the next value in the current object or array needs a comma first.
    comma: bool,
}

impl JsonWriter {
    /// An empty writer.
    pub fn new() -> Self {
        JsonWriter::default()
    }

    /// The JSON text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn sep(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    /// Starts an object (as a value).
    pub fn open(&mut self) -> &mut Self {
        self.sep();
        self.out.push('{');
        self.comma = false;
        self
    }

    /// Ends an object.
    pub fn close(&mut self) -> &mut Self {
        self.out.push('}');
        self.comma = true;
        self
    }

    /// Starts an array (as a value).
    pub fn open_list(&mut self) -> &mut Self {
        self.sep();
        self.out.push('[');
        self.comma = false;
        self
    }

    /// Ends an array.
    pub fn close_list(&mut self) -> &mut Self {
        self.out.push(']');
        self.comma = true;
        self
    }

    /// Writes `"name":` (the next call writes its value). Names are never escaped.
    pub fn key(&mut self, name: &str) -> &mut Self {
        self.sep();
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
        self.comma = false;
        self
    }

    /// A JSON string.
    pub fn str(&mut self, text: &str) -> &mut Self {
        self.sep();
        self.out.push('"');
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0C => "\\f",
                0..=0x1F => "",
                _ => continue,
            };
            self.out.push_str(sub(text, start..i));
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 0xF)]));
            } else {
                self.out.push_str(escape);
            }
            start = i + 1;
        }
        self.out.push_str(sub(text, start..));
        self.out.push('"');
        self
    }

    /// A string, or `null`.
    pub fn opt_str(&mut self, text: Option<&str>) -> &mut Self {
        match text {
            Some(text) => self.str(text),
            None => self.raw("null"),
        }
    }

    /// A whole number.
    pub fn num(&mut self, n: usize) -> &mut Self {
        self.sep();
        crate::rule::push_decimal(&mut self.out, n, 1);
        self
    }

    /// `true` or `false`.
    pub fn bool(&mut self, value: bool) -> &mut Self {
        self.raw(if value { "true" } else { "false" })
    }

    /// Text that is already JSON (a literal, or a number as serde_json writes it).
    pub fn raw(&mut self, json: &str) -> &mut Self {
        self.sep();
        self.out.push_str(json);
        self
    }

    /// A JSON value.
    pub fn value(&mut self, value: &Value) -> &mut Self {
        match value {
            Value::Null => self.raw("null"),
            Value::Bool(b) => self.bool(*b),
            Value::Number(n) => self.raw(&n.to_string()),
            Value::String(s) => self.str(s),
            Value::Array(items) => {
                self.open_list();
                for item in items {
                    self.value(item);
                }
                self.close_list()
            }
            Value::Object(map) => {
                self.open();
                for (k, v) in map {
                    self.key_escaped(k).value(v);
                }
                self.close()
            }
        }
    }

    /// `"name":` for a name that may need escaping.
    fn key_escaped(&mut self, name: &str) -> &mut Self {
        self.str(name);
        self.out.push(':');
        self.comma = false;
        self
    }

    /// A span, or `null`.
    pub fn span(&mut self, span: Option<Utf16Span>) -> &mut Self {
        match span {
            Some(s) => self.open().key("start").num(s.start).key("end").num(s.end).close(),
            None => self.raw("null"),
        }
    }

    /// The counts object.
    pub fn counts(&mut self, counts: &Counts) -> &mut Self {
        self.open().key("error").num(counts.error).key("warning").num(counts.warning).key("info").num(counts.info).close()
    }

    /// One diagnostic object: the fields of [`Diagnostic`], and the explanation only when there
    /// is one.
    #[allow(clippy::too_many_arguments)]
    pub fn diagnostic(
        &mut self,
        rule: &str,
        severity: Severity,
        field: Option<&str>,
        span: Option<Utf16Span>,
        message: &str,
        suggestion: Option<&str>,
        reference: Option<&str>,
        explain: Option<&str>,
    ) -> &mut Self {
        self.open().key("rule").str(rule).key("severity").str(severity.as_str()).key("field").opt_str(field);
        self.key("span").span(span).key("message").str(message).key("suggestion").opt_str(suggestion);
        self.key("reference").opt_str(reference);
        if let Some(why) = explain {
            self.key("explain").str(why);
        }
        self.close()
    }
}

impl Report<'_> {
    /// The report as JSON text: what `serde_json::to_string(self)` gives, written by
    /// [`JsonWriter`] (no serde serializer in the WebAssembly build).
    pub fn to_json(&self) -> String {
        let mut w = JsonWriter::new();
        w.open().key("ok").bool(self.ok).key("counts").counts(&self.counts).key("diagnostics").open_list();
        for d in &self.diagnostics {
            w.diagnostic(d.rule, d.severity, d.field, d.span, d.message, d.suggestion, d.reference, d.explain);
        }
        w.close_list().close();
        w.finish()
    }
}

/// The catalogue entries as a JSON array: what `serde_json::to_string(entries)` gives.
pub fn rule_entries_json(entries: &[RuleEntry]) -> String {
    let mut w = JsonWriter::new();
    w.open_list();
    for e in entries {
        let scope = match e.scope {
            Scope::Ad => "ad",
            Scope::Text => "text",
        };
        w.open().key("id").str(e.id).key("severity").str(e.severity.as_str()).key("scope").str(scope);
        w.key("title").str(e.title).key("description").str(e.description).key("reference").opt_str(e.reference).close();
    }
    w.close_list();
    w.finish()
}

/// A catalogue entry, as serialized (in one language).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleEntry {
    /// Rule id.
    pub id: &'static str,
    /// Most severe level it reports.
    pub severity: Severity,
    /// `ad` or `text`.
    pub scope: Scope,
    /// Title.
    pub title: &'static str,
    /// Description.
    pub description: &'static str,
    /// Reference.
    pub reference: Option<&'static str>,
}

/// The catalogue entry of `info` in `lang`.
pub fn rule_entry(info: &RuleInfo, lang: Lang) -> RuleEntry {
    RuleEntry {
        id: info.id,
        severity: info.severity,
        scope: info.scope,
        title: info.title.get(lang),
        description: info.description.get(lang),
        reference: info.reference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Diagnostic as D, Span};

    fn d(field: &str, start: usize, end: usize) -> D {
        D {
            rule: "x.y",
            severity: Severity::Warning,
            field: Some(field.into()),
            span: Some(Span::new(start, end)),
            message: "m".into(),
            suggestion: None,
            reference: None,
            explain: None,
        }
    }

    #[test]
    fn the_hand_written_json_is_what_serde_json_writes() {
        // Every character class the writer treats apart: quotes, backslashes, every control
        // character, non-ASCII (written as is), and the empty string.
        let controls: String = (0u8..0x20).map(char::from).collect();
        let tricky = ["", "plain", "quote \" and \\ back", "ä😀\u{2028}\u{7f}", controls.as_str(), "/</script>"];
        let mut all = Vec::new();
        for (i, text) in tricky.iter().enumerate() {
            let mut diag = d("position.title.fi", 0, text.len());
            diag.message = (*text).to_owned();
            diag.suggestion = (i % 2 == 0).then(|| (*text).to_owned());
            diag.field = (i % 3 != 0).then(|| (*text).to_owned());
            diag.reference = (i % 2 == 1).then_some("ref");
            diag.explain = (i % 2 == 0).then(|| (*text).to_owned());
            diag.severity = [Severity::Error, Severity::Warning, Severity::Info][i % 3];
            all.push(diag);
        }
        for r in [report::Report::new(all), report::Report::new(Vec::new())] {
            let wired = report(&r, |_| Some("the text of every field"));
            assert!(wired.diagnostics.iter().any(|d| d.span.is_some()) || wired.diagnostics.is_empty());
            assert_eq!(wired.to_json(), serde_json::to_string(&wired).unwrap());
        }
        let entries: Vec<_> = crate::rules().into_iter().map(|info| rule_entry(info, Lang::Sv)).collect();
        assert_eq!(rule_entries_json(&entries), serde_json::to_string(&entries).unwrap());
        let value = serde_json::json!({
            "a": [1, -2, 3.5, 1e300, 0.1, null, true, false, "s\"\n\u{1}"],
            "k\"ey\\": { "nested": [], "empty": {} },
            "n": 18446744073709551615u64,
        });
        let mut w = JsonWriter::new();
        w.value(&value);
        assert_eq!(w.finish(), value.to_string());
    }

    #[test]
    fn byte_spans_become_utf16_spans() {
        // "ä" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units.
        let text = "ä😀 ikä 20–40 v";
        let json = serde_json::json!({ "t": text });
        let ika = text.find("ikä").unwrap();
        let end = text.len();
        let r = report::Report::new(vec![d("t", ika, end), d("t", 0, 2), d("t", 2, 6)]);
        let wire = report(&r, |f| text_at(&json, f?));
        let spans: Vec<_> = wire.diagnostics.iter().map(|d| d.span.unwrap()).collect();
        // The expected numbers are what JavaScript's indexOf/length would say.
        let js_index = |s: &str| utf16_len(&text[..text.find(s).unwrap()]);
        assert_eq!(spans[0], Utf16Span { start: 0, end: 1 });
        assert_eq!(spans[1], Utf16Span { start: 1, end: 3 });
        assert_eq!(spans[2], Utf16Span { start: js_index("ikä"), end: utf16_len(text) });
        assert_eq!(js_index("ikä"), 4);
    }

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        let cases = [
            (r#"{"a":"x\ud800y"}"#, "x\u{fffd}y"),
            (r#"{"a":"\udc00"}"#, "\u{fffd}"),
            (r#"{"a":"\ud83d\ude00"}"#, "😀"),
            (r#"{"a":"\ud83d\ud83d\ude00"}"#, "\u{fffd}😀"),
            (r#"{"a":"\\ud800"}"#, "\\ud800"),
            (r#"{"a":"plain ä"}"#, "plain ä"),
            (r#"{"a":"end\ud800"}"#, "end\u{fffd}"),
        ];
        for (json, expected) in cases {
            let repaired = repair_lone_surrogates(json.to_owned());
            let v: Value = serde_json::from_str(&repaired).unwrap_or_else(|e| panic!("{json}: {e}"));
            assert_eq!(v["a"].as_str().unwrap(), expected, "{json}");
            assert_eq!(utf16_len(v["a"].as_str().unwrap()), utf16_len(expected));
        }
    }

    #[test]
    fn text_at_finds_keys_with_dots() {
        let json = serde_json::json!({
            "position": { "title": { "fi": "a", "fi.x": "b", ".": "c", "x.": "d", "y": { "z": "e" } } },
            "contacts": [{ "email": "f" }],
        });
        let cases = [
            ("position.title.fi", Some("a")),
            ("position.title.fi.x", Some("b")),
            ("position.title..", Some("c")),
            ("position.title.x.", Some("d")),
            ("position.title.y.z", Some("e")),
            ("contacts.0.email", Some("f")),
            ("position.title", None),
            ("position.title.fi.y", None),
            ("contacts.1.email", None),
            ("", None),
        ];
        for (path, expected) in cases {
            assert_eq!(text_at(&json, path), expected, "{path}");
        }
    }

    #[test]
    fn bad_offsets_are_clamped_and_unknown_texts_drop_the_span() {
        let json = serde_json::json!({ "a": { "b": ["x", "é"] } });
        let r = report::Report::new(vec![d("a.b.1", 1, 99), d("nope", 0, 1)]);
        let wire = report(&r, |f| text_at(&json, f?));
        let by_field = |f: &str| wire.diagnostics.iter().find(|d| d.field == Some(f)).unwrap().span;
        assert_eq!(by_field("a.b.1"), Some(Utf16Span { start: 0, end: 1 }));
        assert_eq!(by_field("nope"), None);
    }
}
